#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The rows icc-server keeps, as plain values. They are used together through
// ServerStore, so they share one header. Times are UTC with millisecond
// precision; ids that the server hands out are allocated by the single
// writer (the server process), so the SQL stays the same on SQLite and
// PostgreSQL (no AUTOINCREMENT / SERIAL dialects).

namespace icc {

struct UserRecord
{
    qint64 id = 0;
    QString name;         // unique, compared as stored (the API lower-cases on creation)
    QString role;         // responder | reviewer | commander | facilitator | admin
    QString passwordHash; // libsodium crypto_pwhash_str (Argon2id), never the password
    QDateTime createdAt;
    bool disabled = false;
};

// A login session. Only the SHA-256 of the token is stored.
struct SessionRecord
{
    QString tokenHash; // hex SHA-256 of the bearer token
    qint64 userId = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
};

// A key an alert source sends as `Authorization: Bearer KEY`. Only its hash is stored.
struct IngestKeyRecord
{
    qint64 id = 0;
    QString name;    // unique
    QString keyHash; // hex SHA-256 of the key
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while the key is usable
};

// One alert as received and normalised, deduplicated by fingerprint: a repeat
// of a firing alert updates lastSeenAt and occurrences instead of adding a row.
struct AlertRecord
{
    qint64 id = 0;
    QString fingerprint;
    QString incidentId;
    QString source;   // alertmanager | pagerduty | generic
    QString status;   // firing | resolved
    QString severity; // as normalised by the parser
    QString summary;
    QJsonObject alert; // Alert::toJson() of the latest occurrence
    QDateTime receivedAt;
    QDateTime lastSeenAt;
    int occurrences = 1;
};

// An incident groups the alerts of one problem. It is pinned to the policy
// version and roster version in force when it opened.
struct IncidentRow
{
    QString id; // "inc-<n>"
    QString title;
    QString groupKey;
    QString status;   // open | resolved
    QString severity; // the highest of its alerts
    QDateTime openedAt;
    QDateTime updatedAt;
    QDateTime resolvedAt;       // invalid while open
    QDateTime lastAlertAt;      // when an alert last joined or repeated (the grouping window)
    qint64 contextRevision = 1; // bumped on every change a reviewer should see
    QString policyVersion;
    qint64 rosterVersion = 0;
    int alertCount = 0;
    int autonomousActions = 0;
};

// One proposed action: a step of the matched runbook with the policy's decision.
struct ProposalRecord
{
    QString actionId; // "act-<n>"
    QString incidentId;
    qint64 alertId = 0;
    QString runbookId;
    int stepIndex = -1;
    QString actionType;
    QString reviewId; // empty when no review was needed (proceed, halt, no action)
    QString state; // proposed | under_review | approved | rejected | executed | halted | cancelled
    QJsonObject decision; // PolicyDecision::toJson()
    QJsonObject step;     // RunbookStep as JSON, parameters resolved
    QJsonObject match;    // MatchResult summary (runbook, confidence, explanation)
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A state change pushed to clients. Sequence numbers are gap-free from 1.
struct EventRecord
{
    qint64 sequence = 0;
    QString type; // "alert.created", "incident.updated", "review.updated", ...
    QJsonObject payload;
    QDateTime at;
};

struct PolicyVersionRecord
{
    QString version; // from the document
    QString yaml;
    QString approvedBy;
    QDateTime setAt;
    bool active = false;
};

struct RunbookRecord
{
    QString id;
    QString fileName; // as imported, for error messages
    QString markdown; // the whole file: front matter and body
    QDateTime updatedAt;
};

struct RosterVersionRecord
{
    qint64 version = 0; // 1, 2, ... each save is a new version
    QString yaml;
    QString updatedBy;
    QDateTime updatedAt;
};

} // namespace icc
