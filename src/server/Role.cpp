#include "Role.h"

#include "EnumNames.h"

namespace icc {

namespace {

constexpr EnumNameTable<Role, 5> kRoleNames{{
    {Role::Responder, "responder"},
    {Role::Reviewer, "reviewer"},
    {Role::Commander, "commander"},
    {Role::Facilitator, "facilitator"},
    {Role::Admin, "admin"},
}};

constexpr EnumNameTable<Permission, 16> kPermissionNames{{
    {Permission::Public, "public"},
    {Permission::IngestAlerts, "ingest_alerts"},
    {Permission::ReadState, "read_state"},
    {Permission::DecideReviews, "decide_reviews"},
    {Permission::AcknowledgePages, "acknowledge_pages"},
    {Permission::GrantClassApprovals, "grant_class_approvals"},
    {Permission::StopActions, "stop_actions"},
    {Permission::EditRoster, "edit_roster"},
    {Permission::EditRunbooks, "edit_runbooks"},
    {Permission::SetPolicy, "set_policy"},
    {Permission::ReadAudit, "read_audit"},
    {Permission::MarkOutcomes, "mark_outcomes"},
    {Permission::ReadMetrics, "read_metrics"},
    {Permission::ManageUsers, "manage_users"},
    {Permission::ManageIncidents, "manage_incidents"},
    {Permission::ScrapeMetrics, "scrape_metrics"},
}};

} // namespace

QString toString(Role role)
{
    return enumName(kRoleNames, role);
}

std::optional<Role> roleFromString(QStringView text)
{
    return enumFromName(kRoleNames, text);
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto &entry : kRoleNames)
        roles.append(entry.first);
    return roles;
}

QString toString(Permission permission)
{
    return enumName(kPermissionNames, permission);
}

QList<Permission> allPermissions()
{
    QList<Permission> permissions;
    for (const auto &entry : kPermissionNames)
        permissions.append(entry.first);
    return permissions;
}

} // namespace icc
