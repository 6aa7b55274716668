#pragma once

#include "StoreRecords.h"

#include <QJsonObject>
#include <QJsonValue>

namespace icc {

// The API's JSON shape of the stored rows, shared by the route classes that
// list and show them. snake_case fields, ISO-8601 UTC timestamps with
// milliseconds, null for what is not set. Secrets (password hashes, key
// hashes, token hashes) never appear.
class RecordJson final
{
public:
    RecordJson() = delete;

    static QJsonValue timestamp(const QDateTime &when); // null when invalid
    static QJsonValue text(const QString &value);       // null when empty

    // {"id","fingerprint","status","severity","summary","labels","source",
    //  "incident_id","received_at","last_seen_at","occurrences"}
    static QJsonObject alert(const AlertRecord &alert);
    // alert() plus "annotations", "description", "starts_at", "ends_at" and the
    // whole normalised alert as "alert".
    static QJsonObject alertDetail(const AlertRecord &alert);
    static QJsonObject incident(const IncidentRow &incident);
    static QJsonObject proposal(const ProposalRecord &proposal);
    static QJsonObject user(const UserRecord &user);
    static QJsonObject ingestKey(const IngestKeyRecord &key);
};

} // namespace icc
