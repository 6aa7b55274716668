#pragma once

#include <QString>

namespace icc {

// One problem found while validating a document or an edit: where it is
// (file and 1-based line, when there is a file) and which field is wrong.
struct ValidationError
{
    QString file;
    int line = 0;
    QString field;
    QString message;

    QString toString() const;
};

} // namespace icc
