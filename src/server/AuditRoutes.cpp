#include "AuditRoutes.h"

#include "AuditEvent.h"
#include "AuditVerifier.h"
#include "ChainReconstruction.h"
#include "CommitBatcher.h"
#include "HttpApi.h"
#include "IncidentRecord.h"
#include "IncidentRecordMarkdown.h"
#include "IncidentService.h"
#include "JsonFields.h"
#include "RouteInput.h"
#include "ServerContext.h"
#include "ServerStore.h"
#include "ServiceReply.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace icc {

namespace {

// The facilitator's part of a record; everything else comes from the log.
const QStringList kFacilitatorFields{QStringLiteral("title"),
                                     QStringLiteral("summary"),
                                     QStringLiteral("impact"),
                                     QStringLiteral("primary_failure"),
                                     QStringLiteral("secondary_failures"),
                                     QStringLiteral("contributing_factors"),
                                     QStringLiteral("what_went_well"),
                                     QStringLiteral("action_items")};

// Whether `viewer` must not see this entry's reasoning yet: another
// reviewer's decision on a review that still hides it from the viewer.
bool hiddenFrom(const ServerContext &context, const AuditEntry &entry, const QString &viewer)
{
    if (entry.type != QLatin1String(AuditEvent::kReviewDecided))
        return false;
    const QString reviewer = entry.payload.value(QStringLiteral("reviewer")).toString(entry.actor);
    if (ReviewRequest::sameIdentity(reviewer, viewer))
        return false;
    const OpenResult view = context.service.gate().viewFor(entry.subject, viewer);
    return view.ok() && view.view && view.view->othersReasoningHidden;
}

// Drops the hidden reasoning; returns whether it did.
bool redactFor(const ServerContext &context, AuditEntry &entry, const QString &viewer)
{
    if (!hiddenFrom(context, entry, viewer))
        return false;
    entry.payload.insert(QStringLiteral("reason"), QString());
    entry.payload.remove(QStringLiteral("parameters"));
    return true;
}

ApiResult<QList<AuditEntry>> wholeLog(ServerContext &context, const QString &viewer)
{
    AuditReadResult read = context.service.auditLog().entries();
    if (!read.ok())
        return ApiError::internal(QStringLiteral("cannot read the audit log: %1").arg(read.error));
    for (AuditEntry &entry : read.entries)
        redactFor(context, entry, viewer);
    return read.entries;
}

// A draft from the log with every action of the incident reconstructed.
IncidentRecord draftRecord(const ServerContext &context, const QList<AuditEntry> &entries,
                           const QString &incidentId)
{
    IncidentRecord record = IncidentRecord::draftFromAudit(entries, incidentId);
    const ChainReconstruction chains(context.clock);
    for (const QString &actionId : ChainReconstruction::actionIds(entries, incidentId)) {
        const ChainResult chain = chains.build(entries, actionId);
        if (chain.ok())
            record.chains.append(chain.chain);
    }
    return record;
}

QJsonObject recordJson(const IncidentRecord &record)
{
    return QJsonObject{{QStringLiteral("record"), record.toJson()},
                       {QStringLiteral("markdown"), IncidentRecordMarkdown::render(record)},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(record.validate())}};
}

Reply listEntries(ServerContext &context, RequestContext &request)
{
    const auto from =
        // Bounded so that from + limit below cannot overflow.
        request.queryInteger(QStringLiteral("from"), 1, 1,
                             AuditStore::kLastSequence - AuditRoutes::kMaxLimit - 1);
    if (!from)
        return from.error();
    const auto to = request.queryInteger(QStringLiteral("to"), AuditStore::kLastSequence, 1,
                                         AuditStore::kLastSequence);
    if (!to)
        return to.error();
    const auto limit = request.queryInteger(QStringLiteral("limit"), AuditRoutes::kDefaultLimit, 1,
                                            AuditRoutes::kMaxLimit);
    if (!limit)
        return limit.error();
    const QString incident =
        request.query().queryItemValue(QStringLiteral("incident"), QUrl::FullyDecoded);

    AuditLog &log = context.service.auditLog();
    // Without an incident filter the range itself is bounded by the limit
    // (one more, to know whether there is a next page).
    const AuditReadResult read = incident.isEmpty()
                                     ? log.entries(*from, std::min(*to, *from + *limit))
                                     : log.entriesForIncident(incident);
    if (!read.ok())
        return ApiError::internal(QStringLiteral("cannot read the audit log: %1").arg(read.error));
    QJsonArray entries;
    QJsonValue nextFrom;
    for (const AuditEntry &stored : read.entries) {
        if (stored.sequence < *from || stored.sequence > *to)
            continue;
        if (entries.size() == *limit) {
            nextFrom = stored.sequence;
            break;
        }
        AuditEntry entry = stored;
        if (redactFor(context, entry, request.caller().name)) {
            QJsonObject json = entry.toJson();
            json.insert(QStringLiteral("redacted"), true);
            entries.append(json);
        } else {
            entries.append(entry.toJson());
        }
    }
    return QJsonObject{{QStringLiteral("entries"), entries},
                       {QStringLiteral("next_from"), nextFrom},
                       {QStringLiteral("last_sequence"), log.lastSequence()},
                       {QStringLiteral("last_hash"), log.lastHash()}};
}

} // namespace

void AuditRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/audit"), Permission::ReadAudit,
                 [&context](RequestContext &request) { return listEntries(context, request); });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/audit/verify"), Permission::ReadAudit,
                 [&context](RequestContext &) -> Reply {
                     const AuditVerification verification =
                         AuditVerifier::verifyStore(context.store.auditStore());
                     QJsonObject body = verification.toJson();
                     body.insert(QStringLiteral("last_hash"),
                                 context.service.auditLog().lastHash());
                     return body;
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/actions/<arg>/chain"), Permission::ReadAudit,
                 [&context](RequestContext &request, const QString &actionId) -> Reply {
                     const auto entries = wholeLog(context, request.caller().name);
                     if (!entries)
                         return entries.error();
                     const ChainResult result =
                         ChainReconstruction(context.clock).build(*entries, actionId);
                     if (!result.ok())
                         return ApiError::notFound(result.error);
                     return result.toJson();
                 });

    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/incidents/<arg>/record"), Permission::ReadAudit,
        [&context](RequestContext &request, const QString &incidentId) -> Reply {
            if (!context.store.incident(incidentId))
                return ApiError::notFound(QStringLiteral("no incident %1").arg(incidentId));
            const auto entries = wholeLog(context, request.caller().name);
            if (!entries)
                return entries.error();
            return recordJson(draftRecord(context, *entries, incidentId));
        });

    // Renders the record with the facilitator's marks; nothing is stored (the
    // desktop keeps the record; the log stays the source of the facts).
    api.addRoute(
        HttpApi::Post, QStringLiteral("/api/v1/incidents/<arg>/record"), Permission::ReadAudit,
        [&context](RequestContext &request, const QString &incidentId) -> Reply {
            const auto body = request.jsonObject();
            if (!body)
                return body.error();
            if (!context.store.incident(incidentId))
                return ApiError::notFound(QStringLiteral("no incident %1").arg(incidentId));
            const auto entries = wholeLog(context, request.caller().name);
            if (!entries)
                return entries.error();
            QJsonObject merged = draftRecord(context, *entries, incidentId).toJson();
            for (const QString &field : kFacilitatorFields) {
                if (body->contains(field))
                    merged.insert(field, body->value(field));
            }
            merged.insert(QStringLiteral("facilitator"), request.caller().name);
            QString error;
            const auto record = IncidentRecord::fromJson(merged, &error);
            if (!record)
                return ApiError::unprocessable(error);
            return recordJson(*record);
        });

    api.addRoute(
        HttpApi::Post, QStringLiteral("/api/v1/actions/<arg>/outcome"), Permission::MarkOutcomes,
        [&context](RequestContext &request, const QString &actionId) -> Reply {
            const auto body = request.jsonObject();
            if (!body)
                return body.error();
            JsonFields fields(*body);
            const QString quality = fields.requiredString(QStringLiteral("quality"));
            const QString note = fields.optionalString(QStringLiteral("note"));
            if (!fields.ok())
                return *fields.error();
            const QString by = request.caller().name;
            return context.commits.write(
                request, [&context, actionId, quality, by, note]() -> Reply {
                    const ServiceResult result =
                        context.service.markOutcome(actionId, quality, by, note);
                    if (!result.ok())
                        return serviceReply(result);
                    return ApiResponse::json(QJsonObject{{QStringLiteral("action_id"), actionId},
                                                         {QStringLiteral("quality"), quality},
                                                         {QStringLiteral("note"), note},
                                                         {QStringLiteral("by"), by}},
                                             201);
                });
        });
}

} // namespace icc
