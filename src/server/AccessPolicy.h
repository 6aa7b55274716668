#pragma once

#include "Caller.h"
#include "Role.h"

namespace icc {

// The endpoint x role matrix: which caller may use a route needing a given
// permission. Deny by default: anything not granted in the table is refused.
class AccessPolicy final
{
public:
    AccessPolicy() = delete;

    static bool allows(const Caller &caller, Permission permission);
};

} // namespace icc
