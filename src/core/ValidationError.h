#pragma once

#include <QString>

namespace icc {

// One problem found while loading a document (runbook, policy, roster):
// where it is and which field is wrong, so an author can jump straight to it.
struct ValidationError
{
    QString file;
    int line = 0;
    QString field;
    QString message;

    QString toString() const;
};

} // namespace icc
