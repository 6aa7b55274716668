#pragma once

#include "Caller.h"
#include "Role.h"

namespace icc {

// Whether a caller may use an endpoint that needs a permission. AccessPolicy
// implements it; HttpApi and the WebSocket upgrade ask it before any handler
// runs. Permission::Public routes never ask.
class PermissionChecker
{
public:
    virtual ~PermissionChecker() = default;
    virtual bool allows(const Caller &caller, Permission permission) const = 0;
};

} // namespace icc
