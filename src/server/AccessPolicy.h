#pragma once

#include "Caller.h"
#include "Role.h"

#include <QList>
#include <QStringList>

namespace icc {

// The endpoint x role matrix: which caller may use a route needing a given
// permission. Deny by default: anything not granted in the table is refused.
class AccessPolicy final
{
public:
    AccessPolicy() = delete;

    static bool allows(const Caller &caller, Permission permission);

    // Every permission the caller holds, read from the same table (Public,
    // which everyone holds, left out), in the order of allPermissions(). The
    // desktop enables its controls from this; every route still checks.
    static QList<Permission> grantedTo(const Caller &caller);
    // The same as snake_case names (toString(Permission)), for JSON.
    static QStringList grantedNames(const Caller &caller);
};

} // namespace icc
