#include "AccessPolicy.h"

#include <array>

namespace icc {

namespace {

// One row per permission: which kinds of caller hold it (PRODUCT.md "Who uses it").
struct Grant
{
    Permission permission;
    bool responder;
    bool reviewer;
    bool commander;
    bool facilitator;
    bool admin;
    bool ingestKey;
    bool anonymous;
};

constexpr bool Y = true;
constexpr bool n = false;

// clang-format off
constexpr std::array<Grant, 16> kMatrix{{
    //  permission                       resp rev  cmd  facil admin ingest anon
    {Permission::Public,                 Y,   Y,   Y,   Y,    Y,    Y,     Y},
    {Permission::IngestAlerts,           n,   n,   n,   n,    Y,    Y,     n}, // admin: manual testing
    {Permission::ReadState,              Y,   Y,   Y,   Y,    Y,    n,     n},
    {Permission::DecideReviews,          n,   Y,   Y,   n,    n,    n,     n},
    {Permission::AcknowledgePages,       Y,   Y,   Y,   Y,    Y,    n,     n},
    {Permission::GrantClassApprovals,    n,   n,   Y,   n,    n,    n,     n},
    {Permission::StopActions,            n,   n,   Y,   n,    n,    n,     n},
    {Permission::EditRoster,             n,   n,   Y,   n,    Y,    n,     n},
    {Permission::EditRunbooks,           Y,   n,   n,   n,    Y,    n,     n},
    {Permission::SetPolicy,              n,   n,   n,   n,    Y,    n,     n},
    {Permission::ReadAudit,              n,   n,   Y,   Y,    Y,    n,     n},
    {Permission::MarkOutcomes,           n,   n,   Y,   Y,    n,    n,     n},
    {Permission::ReadMetrics,            n,   n,   Y,   Y,    Y,    n,     n},
    {Permission::ManageUsers,            n,   n,   n,   n,    Y,    n,     n},
    {Permission::ManageIncidents,        n,   n,   Y,   n,    n,    n,     n},
    {Permission::ScrapeMetrics,          n,   n,   Y,   Y,    Y,    Y,     n}, // Prometheus: a key
}};
// clang-format on

bool grantedToRole(const Grant &grant, Role role)
{
    switch (role) {
    case Role::Responder:
        return grant.responder;
    case Role::Reviewer:
        return grant.reviewer;
    case Role::Commander:
        return grant.commander;
    case Role::Facilitator:
        return grant.facilitator;
    case Role::Admin:
        return grant.admin;
    }
    return false;
}

} // namespace

bool AccessPolicy::allows(const Caller &caller, Permission permission)
{
    for (const Grant &grant : kMatrix) {
        if (grant.permission != permission)
            continue;
        switch (caller.kind) {
        case Caller::Kind::Anonymous:
            return grant.anonymous;
        case Caller::Kind::IngestKey:
            // A role on an ingest key means nothing: keys only deliver alerts.
            return grant.ingestKey;
        case Caller::Kind::User:
            // A user without a role (a damaged record) is no more than anonymous.
            return caller.role ? grantedToRole(grant, *caller.role) : grant.anonymous;
        }
        return false;
    }
    return false; // a permission missing from the table is granted to nobody
}

QList<Permission> AccessPolicy::grantedTo(const Caller &caller)
{
    QList<Permission> granted;
    for (const Permission permission : allPermissions()) {
        if (permission != Permission::Public && allows(caller, permission))
            granted.append(permission);
    }
    return granted;
}

QStringList AccessPolicy::grantedNames(const Caller &caller)
{
    QStringList names;
    for (const Permission permission : grantedTo(caller))
        names.append(toString(permission));
    return names;
}

} // namespace icc
