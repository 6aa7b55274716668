#pragma once

#include <QString>

namespace icc {

// One problem found while validating a document or an edit, precise enough to
// fix without searching:
// "runbooks/cpu.md:14: steps[1].risk: expected one of low, medium, high, critical, got 'severe'".
struct ValidationError
{
    QString file;  // empty for edits made through an API
    int line = 0;  // 1-based line in the file; 0 when the problem is the file as a whole
    QString field; // path into the document, e.g. steps[1].params.service.pattern
    QString message;

    QString toString() const;
};

} // namespace icc
