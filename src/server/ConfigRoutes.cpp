#include "ConfigRoutes.h"

#include "Clock.h"
#include "CommitBatcher.h"
#include "EscalationTestRegistry.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "JsonConversions.h"
#include "JsonFields.h"
#include "ReviewRequest.h"
#include "RosterLoader.h"
#include "RouteInput.h"
#include "RunbookLoader.h"
#include "ServerContext.h"
#include "ServerStore.h"
#include "ServiceReply.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace icc {

namespace {

const QString kRosterFile = QStringLiteral("roster.yaml");
const QString kPolicyFile = QStringLiteral("policy.yaml");

// Escalation tests are not part of the core audit vocabulary (no reader
// depends on them); their names follow its noun.verb form.
constexpr char kEscalationTestStarted[] = "escalation_test.started";
constexpr char kEscalationTestAcknowledged[] = "escalation_test.acknowledged";

// A document refused by its loader: 422 whose field is the request field to
// fix and whose detail carries every "file:line: field: message".
Reply documentReply(ServiceResult result, const QString &requestField, int successStatus = 200)
{
    if (result.error == ServiceError::Unprocessable)
        result.field = requestField;
    return serviceReply(result, successStatus);
}

QJsonObject policyJson(const PolicyVersionRecord &policy, bool withYaml)
{
    QJsonObject object{{QStringLiteral("version"), policy.version},
                       {QStringLiteral("approved_by"), policy.approvedBy},
                       {QStringLiteral("set_at"), json::timestamp(policy.setAt)},
                       {QStringLiteral("active"), policy.active}};
    if (withYaml)
        object.insert(QStringLiteral("yaml"), policy.yaml);
    return object;
}

std::optional<Roster> latestRoster(const ServerStore &store, RosterVersionRecord *record)
{
    const auto latest = store.latestRoster();
    if (!latest)
        return std::nullopt;
    *record = *latest;
    RosterLoadResult loaded = RosterLoader::fromYaml(latest->yaml, kRosterFile);
    return loaded.ok() ? std::move(loaded.roster) : std::nullopt;
}

ApiError noRoster()
{
    return ApiError::notFound(QStringLiteral("no roster has been set (PUT /api/v1/roster)"));
}

QJsonObject runbookSummary(const Runbook &runbook)
{
    return QJsonObject{{QStringLiteral("id"), runbook.id},
                       {QStringLiteral("title"), runbook.title},
                       {QStringLiteral("risk"), toString(runbook.risk)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(runbook.tags)},
                       {QStringLiteral("steps"), qsizetype(runbook.steps.size())}};
}

QString runbookFileName(const RunbookRecord &record)
{
    return record.fileName.isEmpty() ? record.id + QStringLiteral(".md") : record.fileName;
}

QJsonObject escalationTestJson(const EscalationTestReport &report, const EscalationTest &test)
{
    QJsonObject body = report.toJson();
    QJsonArray pages;
    for (const PageTracker::Page &page : test.pages())
        pages.append(page.toJson());
    body.insert(QStringLiteral("pages"), pages);
    body.insert(QStringLiteral("complete"), report.complete());
    body.insert(QStringLiteral("passed"), report.passed());
    return body;
}

// Appends one audit entry inside the open transaction; a failure is a 500,
// which makes the batcher roll the whole batch back.
std::optional<ApiError> auditEscalationTest(ServerContext &context, const char *type,
                                            const QString &actor, const QString &testId,
                                            const QJsonObject &payload)
{
    QString error;
    if (!context.service.auditLog().append(QString::fromLatin1(type), actor, {}, testId, payload,
                                           &error))
        return ApiError::internal(
            QStringLiteral("cannot audit the escalation test: %1").arg(error));
    return std::nullopt;
}

void registerRoster(HttpApi &api, ServerContext &context,
                    const std::shared_ptr<EscalationTestRegistry> &tests)
{
    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/roster"), Permission::ReadState,
        [&context](RequestContext &) -> Reply {
            const auto latest = context.store.latestRoster();
            if (!latest)
                return noRoster();
            const RosterLoadResult loaded = RosterLoader::fromYaml(latest->yaml, kRosterFile);
            return QJsonObject{{QStringLiteral("version"), latest->version},
                               {QStringLiteral("yaml"), latest->yaml},
                               {QStringLiteral("roster"),
                                loaded.ok() ? QJsonValue(loaded.roster->toJson()) : QJsonValue()},
                               {QStringLiteral("updated_by"), latest->updatedBy},
                               {QStringLiteral("updated_at"), json::timestamp(latest->updatedAt)}};
        });

    api.addRoute(HttpApi::Put, QStringLiteral("/api/v1/roster"), Permission::EditRoster,
                 [&context](RequestContext &request) -> Reply {
                     const auto body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const QString yaml = fields.requiredString(QStringLiteral("yaml"));
                     // The version the editor started from: a save based on an
                     // older one would silently undo another commander's save.
                     const std::optional<qint64> baseVersion =
                         fields.optionalInteger(QStringLiteral("base_version"));
                     if (!fields.ok())
                         return *fields.error();
                     const QString by = request.caller().name;
                     return context.commits.write(
                         request, [&context, yaml, by, baseVersion]() -> Reply {
                             // Checked at commit time, so two queued saves on the
                             // same base cannot both pass.
                             if (baseVersion) {
                                 const auto latest = context.store.latestRoster();
                                 const qint64 current = latest ? latest->version : 0;
                                 if (*baseVersion != current)
                                     return ApiError::conflict(
                                         QStringLiteral("the roster was edited from version %1 but "
                                                        "the latest version is %2 (saved by %3); "
                                                        "reload and make the edit again")
                                             .arg(*baseVersion)
                                             .arg(current)
                                             .arg(latest ? latest->updatedBy : QString()),
                                         QStringLiteral("base_version"));
                             }
                             return documentReply(context.service.setRoster(yaml, by, kRosterFile),
                                                  QStringLiteral("yaml"));
                         });
                 });

    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/roster/on-call"), Permission::ReadState,
        [&context](RequestContext &request) -> Reply {
            const auto at =
                RouteInput::queryTimestamp(request, QStringLiteral("at"), context.clock.now());
            if (!at)
                return at.error();
            RosterVersionRecord record;
            const auto roster = latestRoster(context.store, &record);
            if (!roster)
                return noRoster();
            QJsonObject rotations;
            const auto onCall = roster->whoIsOnCall(*at);
            for (auto it = onCall.cbegin(); it != onCall.cend(); ++it)
                rotations.insert(it.key(), it.value());
            QJsonArray chain;
            for (const EscalationLevel &level : roster->chain()) {
                chain.append(QJsonObject{
                    {QStringLiteral("level"), level.level},
                    {QStringLiteral("rotation"), level.rotation},
                    {QStringLiteral("timeout_seconds"), level.timeoutSeconds},
                    {QStringLiteral("recipients"),
                     QJsonArray::fromStringList(roster->recipientsForLevel(level.level, *at))}});
            }
            return QJsonObject{{QStringLiteral("at"), json::timestamp(*at)},
                               {QStringLiteral("version"), record.version},
                               {QStringLiteral("rotations"), rotations},
                               {QStringLiteral("chain"), chain}};
        });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/roster/escalation-test"),
                 Permission::EditRoster, [&context, tests](RequestContext &request) -> Reply {
                     const QString by = request.caller().name;
                     return context.commits.write(request, [&context, tests, by]() -> Reply {
                         RosterVersionRecord record;
                         const auto roster = latestRoster(context.store, &record);
                         if (!roster)
                             return noRoster();
                         const QDateTime now = context.clock.now().toUTC();
                         const QString testId = tests->start(*roster, record.version, now);
                         const EscalationTest *started = tests->find(testId);
                         const auto startedReport = tests->report(testId, now);
                         if (!started || !startedReport)
                             return ApiError::internal(
                                 QStringLiteral("escalation test %1 was lost").arg(testId));
                         const EscalationTest &test = *started;
                         const EscalationTestReport &report = *startedReport;
                         QJsonArray paged;
                         for (const PageTracker::Page &page : test.pages())
                             paged.append(
                                 QJsonObject{{QStringLiteral("page_id"), page.pageId},
                                             {QStringLiteral("level"), page.level},
                                             {QStringLiteral("recipient"), page.recipient}});
                         if (auto error = auditEscalationTest(
                                 context, kEscalationTestStarted, by, testId,
                                 QJsonObject{{QStringLiteral("test_id"), testId},
                                             {QStringLiteral("roster_version"), record.version},
                                             {QStringLiteral("by"), by},
                                             {QStringLiteral("pages"), paged}}))
                             return *error;
                         return ApiResponse::json(escalationTestJson(report, test), 201);
                     });
                 });

    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/roster/escalation-tests/<arg>"),
        Permission::ReadState, [&context, tests](RequestContext &, const QString &testId) -> Reply {
            const auto report = tests->report(testId, context.clock.now());
            const EscalationTest *test = tests->find(testId);
            if (!report || !test)
                return ApiError::notFound(QStringLiteral("no escalation test %1").arg(testId));
            return escalationTestJson(*report, *test);
        });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/roster/escalation-tests/<arg>/acknowledge"),
                 Permission::AcknowledgePages,
                 [&context, tests](RequestContext &request, const QString &testId) -> Reply {
                     const auto body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const qint64 level = fields.requiredInteger(QStringLiteral("level"));
                     if (!fields.ok())
                         return *fields.error();
                     const QString user = request.caller().name;
                     const bool commander = request.caller().role == Role::Commander;
                     return context.commits.write(
                         request, [&context, tests, testId, level, user, commander]() -> Reply {
                             EscalationTest *test = tests->find(testId);
                             if (!test)
                                 return ApiError::notFound(
                                     QStringLiteral("no escalation test %1").arg(testId));
                             const QDateTime now = context.clock.now().toUTC();
                             const QString pageId = EscalationTest::pageIdFor(testId, int(level));
                             // The test measures whether the paged person answers:
                             // only they (or a commander) may acknowledge it.
                             const auto pages = test->pages();
                             const auto page = std::find_if(
                                 pages.begin(), pages.end(),
                                 [&](const PageTracker::Page &p) { return p.pageId == pageId; });
                             if (!commander && page != pages.end() &&
                                 !ReviewRequest::sameIdentity(page->recipient, user))
                                 return ApiError::forbidden(
                                     QStringLiteral("level %1 paged %2; only they or a commander "
                                                    "may acknowledge it")
                                         .arg(level)
                                         .arg(page->recipient));
                             if (const auto refused = test->acknowledge(pageId, user, now))
                                 return ApiError::conflict(*refused, QStringLiteral("level"));
                             const auto acknowledgedReport = tests->report(testId, now);
                             if (!acknowledgedReport)
                                 return ApiError::internal(
                                     QStringLiteral("escalation test %1 was lost").arg(testId));
                             const EscalationTestReport &report = *acknowledgedReport;
                             QJsonObject levelJson;
                             for (const EscalationTestReport::Level &entry : report.levels) {
                                 if (entry.level == level)
                                     levelJson = entry.toJson();
                             }
                             if (auto error = auditEscalationTest(
                                     context, kEscalationTestAcknowledged, user, testId,
                                     QJsonObject{{QStringLiteral("test_id"), testId},
                                                 {QStringLiteral("page_id"), pageId},
                                                 {QStringLiteral("user"), user},
                                                 {QStringLiteral("level"), levelJson}}))
                                 return *error;
                             return escalationTestJson(report, *test);
                         });
                 });
}

void registerPolicy(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/policy"), Permission::ReadState,
                 [&context](RequestContext &) -> Reply {
                     const auto active = context.store.activePolicy();
                     if (!active)
                         return ApiError::notFound(QStringLiteral("no policy is active"));
                     return policyJson(*active, true);
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/policy/versions"), Permission::ReadState,
                 [&context](RequestContext &) -> Reply {
                     QJsonArray versions;
                     for (const PolicyVersionRecord &policy : context.store.policyVersions())
                         versions.append(policyJson(policy, false));
                     return QJsonObject{{QStringLiteral("versions"), versions}};
                 });

    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/policy/versions/<arg>"), Permission::ReadState,
        [&context](RequestContext &, const QString &version) -> Reply {
            const auto policy = context.store.policyVersion(version);
            if (!policy)
                return ApiError::notFound(QStringLiteral("no policy version %1").arg(version));
            return policyJson(*policy, true);
        });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/policy"), Permission::SetPolicy,
                 [&context](RequestContext &request) -> Reply {
                     const auto body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const QString yaml = fields.requiredString(QStringLiteral("yaml"));
                     if (!fields.ok())
                         return *fields.error();
                     // The approver is whoever is logged in, never a name in the body.
                     const QString approvedBy = request.caller().name;
                     return context.commits.write(request, [&context, yaml, approvedBy]() -> Reply {
                         const ServiceResult result =
                             context.service.setPolicy(yaml, approvedBy, kPolicyFile);
                         if (!result.ok())
                             return documentReply(result, QStringLiteral("yaml"));
                         const auto stored = context.store.policyVersion(
                             result.body.value(QStringLiteral("version")).toString());
                         return ApiResponse::json(stored ? policyJson(*stored, true) : result.body,
                                                  201);
                     });
                 });
}

void registerRunbooks(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/runbooks"), Permission::ReadState,
                 [&context](RequestContext &) -> Reply {
                     QJsonArray runbooks;
                     for (const Runbook &runbook : context.service.runbooks().runbooks())
                         runbooks.append(runbookSummary(runbook));
                     return QJsonObject{{QStringLiteral("runbooks"), runbooks}};
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/runbooks/<arg>"), Permission::ReadState,
                 [&context](RequestContext &, const QString &id) -> Reply {
                     const Runbook *runbook = context.service.runbooks().find(id);
                     if (!runbook)
                         return ApiError::notFound(QStringLiteral("no runbook %1").arg(id));
                     QString markdown;
                     QDateTime updatedAt;
                     for (const RunbookRecord &record : context.store.runbooks()) {
                         if (record.id == id) {
                             markdown = record.markdown;
                             updatedAt = record.updatedAt;
                         }
                     }
                     QJsonObject body = runbookSummary(*runbook);
                     body.insert(QStringLiteral("markdown"), markdown);
                     body.insert(QStringLiteral("updated_at"), json::timestamp(updatedAt));
                     body.insert(QStringLiteral("runbook"), runbook->toJson());
                     return body;
                 });

    api.addRoute(
        HttpApi::Put, QStringLiteral("/api/v1/runbooks/<arg>"), Permission::EditRunbooks,
        [&context](RequestContext &request, const QString &id) -> Reply {
            const auto body = request.jsonObject();
            if (!body)
                return body.error();
            JsonFields fields(*body);
            const QString markdown = fields.requiredString(QStringLiteral("markdown"));
            if (!fields.ok())
                return *fields.error();
            const QString by = request.caller().name;
            return context.commits.write(request, [&context, id, markdown, by]() -> Reply {
                // The library is replaced whole (the service validates it as one),
                // built from the store at commit time so queued edits compose.
                QList<RunbookRecord> files = context.store.runbooks();
                bool replaced = false;
                RunbookRecord edited;
                edited.id = id;
                edited.fileName = id + QStringLiteral(".md");
                edited.markdown = markdown;
                for (RunbookRecord &file : files) {
                    if (file.id == id) {
                        edited.fileName = runbookFileName(file);
                        file = edited;
                        replaced = true;
                    }
                }
                // The path names the runbook; a document claiming another id
                // would silently create a second one.
                const RunbookLoadResult parsed = RunbookLoader::loadText(markdown, edited.fileName);
                if (parsed.ok() && parsed.runbook->id != id)
                    return ApiError::unprocessable(
                        QStringLiteral("%1: id: the markdown declares id '%2' but the path names "
                                       "'%3'")
                            .arg(edited.fileName, parsed.runbook->id, id),
                        QStringLiteral("markdown"));
                if (!replaced)
                    files.append(edited);
                const ServiceResult result = context.service.replaceRunbooks(files, by);
                if (!result.ok())
                    return documentReply(result, QStringLiteral("markdown"));
                const Runbook *runbook = context.service.runbooks().find(id);
                QJsonObject answer = runbook ? runbookSummary(*runbook) : QJsonObject();
                answer.insert(QStringLiteral("created"), !replaced);
                return ApiResponse::json(answer, replaced ? 200 : 201);
            });
        });

    api.addRoute(HttpApi::Delete, QStringLiteral("/api/v1/runbooks/<arg>"),
                 Permission::EditRunbooks,
                 [&context](RequestContext &request, const QString &id) -> Reply {
                     const QString by = request.caller().name;
                     return context.commits.write(request, [&context, id, by]() -> Reply {
                         QList<RunbookRecord> files = context.store.runbooks();
                         const qsizetype before = files.size();
                         files.removeIf([&id](const RunbookRecord &file) { return file.id == id; });
                         if (files.size() == before)
                             return ApiError::notFound(QStringLiteral("no runbook %1").arg(id));
                         const ServiceResult result = context.service.replaceRunbooks(files, by);
                         if (!result.ok())
                             return documentReply(result, QStringLiteral("markdown"));
                         return ApiResponse::noContent();
                     });
                 });
}

} // namespace

void ConfigRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    // Shared by the escalation-test routes; lives as long as the routes do.
    const auto tests = std::make_shared<EscalationTestRegistry>();
    registerRoster(api, context, tests);
    registerPolicy(api, context);
    registerRunbooks(api, context);
}

} // namespace icc
