#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace icc {

// What a user of icc-server is allowed to be (PRODUCT.md "Who uses it").
// Which role may do what is AccessPolicy's business, not the role's.
enum class Role
{
    Responder,
    Reviewer,
    Commander,
    Facilitator,
    Admin
};

QString toString(Role role); // responder | reviewer | commander | facilitator | admin
std::optional<Role> roleFromString(QStringView text);
QList<Role> allRoles();

// One capability an endpoint needs. Every route names exactly one; the
// caller's role (or ingest key) must grant it (AccessPolicy::allows).
enum class Permission
{
    Public,              // no credentials: /healthz, login
    IngestAlerts,        // alert sources (ingest keys) and admins
    ReadState,           // alerts, incidents, proposals, runbooks, roster, policy, events
    DecideReviews,       // open, decide, escalate reviews
    AcknowledgePages,    // "I'm on it"
    GrantClassApprovals, // class approvals
    StopActions,         // kill switch and action-type halts
    EditRoster,          // rotations, overrides, chain; escalation tests
    EditRunbooks,        // import and edit runbooks
    SetPolicy,           // a new policy version
    ReadAudit,           // audit range, verify, chain reconstruction
    MarkOutcomes,        // post-mortem outcome marks
    ReadMetrics,         // oversight metrics
    ManageUsers,         // users and ingest keys
    ManageIncidents,     // move an open incident to the current policy and roster (repin)
    ScrapeMetrics        // GET /metrics: Prometheus scrapes with a machine credential
};

QString toString(Permission permission); // snake_case, for error bodies and the matrix test
QList<Permission> allPermissions();

} // namespace icc
