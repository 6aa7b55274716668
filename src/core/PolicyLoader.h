#pragma once

#include "EscalationPolicy.h"

#include <QString>

namespace icc {

// Reads and validates an escalation-policy YAML document. Collects every
// problem (file:line:field), rejects unknown keys and out-of-range values,
// and refuses any document that would let critical risk proceed on its own.
// Never throws; yaml-cpp exceptions are caught here.
class PolicyLoader final
{
public:
    static PolicyLoadResult load(const QString &text, const QString &fileName);
};

} // namespace icc
