#pragma once

#include <QString>

namespace icc {

// One problem found in a runbook (or policy) file, precise enough to fix without searching:
// "runbooks/cpu.md:14: steps[1].risk: expected one of low, medium, high, critical, got 'severe'".
struct ValidationError
{
    QString file;
    int line = 0;  // 1-based line in the file; 0 when the problem is the file as a whole
    QString field; // dotted path into the front matter, e.g. steps[1].params.service.pattern
    QString message;

    QString toString() const
    {
        return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, message);
    }
};

} // namespace icc
