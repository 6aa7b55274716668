#include "IncidentService.h"

#include "AuditEvent.h"
#include "AuditPayloads.h"
#include "JsonConversions.h"
#include "PolicyInput.h"
#include "PolicyLoader.h"
#include "RosterLoader.h"
#include "RunbookLoader.h"
#include "TriageEngine.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace icc {

namespace {

const QString kAgent = QStringLiteral("agent");
const QString kSystem = QStringLiteral("system");

using AuditEvent::kExecutionOutcomeUnknown;
using AuditEvent::kExecutionStarted;

int severityRank(const QString &severity)
{
    static const QStringList order{QStringLiteral("info"), QStringLiteral("warning"),
                                   QStringLiteral("error"), QStringLiteral("critical")};
    return int(order.indexOf(severity));
}

QString joinErrors(const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

QString fieldOf(const QList<ValidationError> &errors)
{
    return errors.isEmpty() ? QString() : errors.constFirst().field;
}

QMap<QString, QString> resolveParameters(const RunbookStep &step, const Alert &alert)
{
    QMap<QString, QString> values;
    for (auto it = step.params.cbegin(); it != step.params.cend(); ++it) {
        const StepParameter &param = it.value();
        const QString fromLabel =
            param.fromLabel.isEmpty() ? QString() : alert.labels.value(param.fromLabel);
        values.insert(it.key(), fromLabel.isEmpty() ? param.defaultValue : fromLabel);
    }
    return values;
}

// A proposal still waiting for a human or for its run; a new alert joining the
// incident does not propose the same action again while one is open.
bool isOpenProposalState(const QString &state)
{
    return state == QLatin1String("proposed") || state == QLatin1String("under_review") ||
           state == QLatin1String("approved");
}

// Same incident, runbook, step and resolved parameters: the same action.
QString proposalDedupKey(const QString &incidentId, const QString &runbookId, int stepIndex,
                         const QJsonObject &parameters)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return incidentId + QChar(0x1f) + runbookId + QChar(0x1f) + QString::number(stepIndex) +
           QChar(0x1f) +
           QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
}

QString proposalStateFor(ReviewState state)
{
    switch (state) {
    case ReviewState::Approved:
        return QStringLiteral("approved");
    case ReviewState::Rejected:
        return QStringLiteral("rejected");
    case ReviewState::Executed:
        return QStringLiteral("executed");
    case ReviewState::Aborted:
    case ReviewState::Cancelled:
    case ReviewState::Modified:
        return QStringLiteral("cancelled");
    case ReviewState::Pending:
    case ReviewState::Held:
        return QStringLiteral("under_review");
    }
    return QStringLiteral("under_review");
}

} // namespace

IncidentService::IncidentService(ServerStore &store, const Clock &clock,
                                 IncidentServiceOptions options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_grouping(options.groupingWindowSeconds)
{
    ExecutorOptions executorOptions;
    executorOptions.live = m_options.live;
    m_executor = std::make_unique<Executor>(m_clock, m_guard, executorOptions);
    m_gate = std::make_unique<ApprovalGate>(m_clock, m_guard);
    m_audit = std::make_unique<AuditLog>(m_store.auditStore(), m_clock);
    m_matcher = std::make_unique<RunbookMatcher>(QList<Runbook>{});
}

IncidentService::~IncidentService() = default;

// ------------------------------------------------------------------ helpers

bool IncidentService::check(bool ok, const QString &error)
{
    if (!ok && m_storeError.isEmpty())
        m_storeError = error.isEmpty() ? QStringLiteral("store write failed") : error;
    return ok;
}

ServiceResult IncidentService::storeFailure() const
{
    return ServiceResult::failure(
        ServiceError::Internal,
        QStringLiteral("storage failed: %1; roll back and restore").arg(m_storeError));
}

QString IncidentService::nextId(const char *counter, const char *prefix)
{
    const QString key = QLatin1String(counter);
    const qint64 next = m_counters.value(key).toInteger() + 1;
    m_counters.insert(key, next);
    saveCounters();
    return QLatin1String(prefix) + QString::number(next);
}

void IncidentService::saveCounters()
{
    QString error;
    check(m_store.saveDocument(QStringLiteral("counters"), m_counters, &error), error);
}

void IncidentService::audit(const char *type, const QString &actor, const QString &incidentId,
                            const QString &subject, const QJsonObject &payload)
{
    QString error;
    check(m_audit->append(QString::fromLatin1(type), actor, incidentId, subject, payload, &error)
              .has_value(),
          error);
}

void IncidentService::emitEvent(const QString &type, const QJsonObject &payload)
{
    EventRecord event;
    event.type = type;
    event.payload = payload;
    event.at = m_clock.now().toUTC();
    QString error;
    if (check(m_store.appendEvent(event, &error), error))
        m_unpublished.append(event);
}

void IncidentService::publishCommitted()
{
    const QList<EventRecord> events = std::exchange(m_unpublished, {});
    if (!m_publisher)
        return;
    for (const EventRecord &event : events)
        m_publisher(event);
}

static QJsonObject incidentJson(const IncidentRow &incident)
{
    return QJsonObject{{QStringLiteral("id"), incident.id},
                       {QStringLiteral("title"), incident.title},
                       {QStringLiteral("status"), incident.status},
                       {QStringLiteral("severity"), incident.severity},
                       {QStringLiteral("context_revision"), incident.contextRevision},
                       {QStringLiteral("policy_version"), incident.policyVersion},
                       {QStringLiteral("roster_version"), incident.rosterVersion},
                       {QStringLiteral("alert_count"), incident.alertCount}};
}

static QJsonObject proposalJson(const ProposalRecord &proposal)
{
    return QJsonObject{{QStringLiteral("action_id"), proposal.actionId},
                       {QStringLiteral("incident_id"), proposal.incidentId},
                       {QStringLiteral("action"), proposal.actionType},
                       {QStringLiteral("runbook"), proposal.runbookId},
                       {QStringLiteral("step_index"), proposal.stepIndex},
                       {QStringLiteral("review_id"), proposal.reviewId},
                       {QStringLiteral("state"), proposal.state}};
}

static QJsonObject alertJson(const AlertRecord &alert)
{
    return QJsonObject{{QStringLiteral("id"), alert.id},
                       {QStringLiteral("fingerprint"), alert.fingerprint},
                       {QStringLiteral("incident_id"), alert.incidentId},
                       {QStringLiteral("status"), alert.status},
                       {QStringLiteral("severity"), alert.severity},
                       {QStringLiteral("summary"), alert.summary},
                       {QStringLiteral("occurrences"), alert.occurrences}};
}

void IncidentService::saveIncident(const IncidentRow &incident, const char *eventType)
{
    QString error;
    check(m_store.saveIncident(incident, &error), error);
    m_gate->setContextRevision(incident.id, incident.contextRevision);
    if (eventType)
        emitEvent(QLatin1String(eventType), incidentJson(incident));
}

void IncidentService::saveProposal(const ProposalRecord &proposal, const char *eventType)
{
    QString error;
    check(m_store.saveProposal(proposal, &error), error);
    indexProposal(proposal);
    if (eventType)
        emitEvent(QLatin1String(eventType), proposalJson(proposal));
}

void IncidentService::indexProposal(const ProposalRecord &proposal)
{
    const bool open = isOpenProposalState(proposal.state) && proposal.stepIndex >= 0;
    if (const auto old = m_openProposalKeys.constFind(proposal.actionId);
        old != m_openProposalKeys.cend()) {
        if (open)
            return; // keyed by what the agent proposed, even after a human modified it
        m_openProposals.remove(*old);
        m_openProposalKeys.erase(old);
    }
    if (!open)
        return;
    const QString key =
        proposalDedupKey(proposal.incidentId, proposal.runbookId, proposal.stepIndex,
                         proposal.step.value(QStringLiteral("parameters")).toObject());
    m_openProposals.insert(key, proposal.actionId);
    m_openProposalKeys.insert(proposal.actionId, key);
}

void IncidentService::saveReview(const QString &reviewId)
{
    const auto review = m_gate->review(reviewId);
    if (!review)
        return;
    QString error;
    check(m_store.saveReview(review->id, review->incidentId, toString(review->state),
                             review->toJson(), &error),
          error);
    emitEvent(QStringLiteral("review.updated"),
              QJsonObject{{QStringLiteral("review_id"), review->id},
                          {QStringLiteral("incident_id"), review->incidentId},
                          {QStringLiteral("action_id"), review->actionId},
                          {QStringLiteral("state"), toString(review->state)},
                          {QStringLiteral("level"), review->escalationLevel},
                          {QStringLiteral("hold_reason"), review->holdReason}});
}

void IncidentService::auditResolved(const ReviewRequest &review, const QString &note)
{
    audit(
        AuditEvent::kReviewResolved, kSystem, review.incidentId, review.id,
        AuditPayloads::reviewResolved(review.actionId, review.state, note, review.classApprovalId));
}

void IncidentService::bumpContext(IncidentRow &incident)
{
    incident.contextRevision += 1;
    incident.updatedAt = m_clock.now().toUTC();
}

std::optional<ProposalRecord> IncidentService::proposalForReview(const ReviewRequest &review) const
{
    return m_store.proposal(review.actionId);
}

QString IncidentService::alertIdOf(qint64 alertRowId) const
{
    const auto row = m_store.alertById(alertRowId);
    return row ? row->alert.value(QStringLiteral("id")).toString() : QString();
}

QMap<QString, QString> IncidentService::parametersOf(const ProposalRecord &proposal)
{
    return json::toStringMap(proposal.step.value(QStringLiteral("parameters")));
}

const RunbookStep *IncidentService::libraryStep(const QString &runbookId, int stepIndex) const
{
    const Runbook *runbook = m_library.find(runbookId);
    if (!runbook || stepIndex < 0 || stepIndex >= runbook->steps.size())
        return nullptr;
    return &runbook->steps.at(stepIndex);
}

std::optional<RunbookStep> IncidentService::proposedStep(const ProposalRecord &proposal)
{
    if (proposal.stepIndex < 0 || proposal.step.isEmpty())
        return std::nullopt;
    return RunbookStep::fromJson(proposal.step);
}

const EscalationPolicy *IncidentService::policyFor(const QString &version) const
{
    const auto it = m_policies.find(version);
    return it == m_policies.end() ? nullptr : &it->second;
}

const Roster *IncidentService::rosterFor(qint64 version)
{
    auto it = m_rosters.find(version);
    if (it != m_rosters.end())
        return &it->second;
    const auto record = m_store.rosterVersion(version);
    if (!record)
        return nullptr;
    RosterLoadResult loaded = RosterLoader::fromYaml(record->yaml, QStringLiteral("roster.yaml"));
    if (!loaded.ok())
        return nullptr;
    return &m_rosters.emplace(version, std::move(*loaded.roster)).first->second;
}

PageTracker &IncidentService::trackerFor(qint64 rosterVersion)
{
    auto it = m_trackers.find(rosterVersion);
    if (it == m_trackers.end()) {
        const Roster *roster = rosterFor(rosterVersion);
        it = m_trackers
                 .emplace(rosterVersion, std::make_unique<PageTracker>(roster ? *roster : Roster()))
                 .first;
    }
    return *it->second;
}

QList<PageTracker::Page> IncidentService::pages() const
{
    QList<PageTracker::Page> all;
    for (const auto &[version, tracker] : m_trackers)
        all.append(tracker->pages());
    return all;
}

// Pages are one document: the tracker's pages with what the tracker does not
// keep (roster version, incident, alert, last re-notify) and the decided reviews.
void IncidentService::savePages()
{
    QJsonArray items;
    QJsonArray decided;
    for (const auto &[version, tracker] : m_trackers) {
        for (const PageTracker::Page &page : tracker->pages()) {
            const PageInfo info = m_pageInfo.value(page.pageId);
            QJsonObject item = page.toJson();
            item.insert(QStringLiteral("roster_version"), version);
            item.insert(QStringLiteral("incident_id"), info.incidentId);
            item.insert(QStringLiteral("alert_id"), info.alertId);
            item.insert(QStringLiteral("renotified_at"), json::timestamp(info.renotifiedAt));
            items.append(item);
            if (!page.reviewId.isEmpty() && tracker->isReviewDecided(page.reviewId))
                decided.append(page.reviewId);
        }
    }
    const QJsonObject document{{QStringLiteral("pages"), items},
                               {QStringLiteral("decided_reviews"), decided}};
    // tick() calls this every second: an unchanged document is not written
    // again, so an idle server does not commit (and fsync) once a second.
    if (document == m_savedPages)
        return;
    QString error;
    if (check(m_store.saveDocument(QStringLiteral("pages"), document, &error), error))
        m_savedPages = document;
}

void IncidentService::saveGuard()
{
    const auto stopJson = [](const ExecutionGuard::Stop &stop) {
        return QJsonObject{{QStringLiteral("by"), stop.by},
                           {QStringLiteral("reason"), stop.reason},
                           {QStringLiteral("since"), json::timestamp(stop.since)}};
    };
    QJsonObject halts;
    const auto halted = m_guard.haltedActionTypes();
    for (auto it = halted.cbegin(); it != halted.cend(); ++it)
        halts.insert(it.key(), stopJson(it.value()));
    const auto killSwitch = m_guard.killSwitch();
    QString error;
    check(m_store.saveDocument(
              QStringLiteral("guard"),
              QJsonObject{{QStringLiteral("kill_switch"),
                           killSwitch ? QJsonValue(stopJson(*killSwitch)) : QJsonValue()},
                          {QStringLiteral("halts"), halts}},
              &error),
          error);
}

void IncidentService::saveClassApprovals()
{
    QString error;
    check(m_store.saveDocument(
              QStringLiteral("class_approvals"),
              QJsonObject{{QStringLiteral("items"), m_gate->classApprovals().toJson()}}, &error),
          error);
}

// ------------------------------------------------------------------ restore

bool IncidentService::loadRunbooks(const QList<RunbookRecord> &records, QStringList *errors)
{
    RunbookLibrary library;
    QList<ValidationError> problems;
    for (const RunbookRecord &record : records) {
        const QString fileName =
            record.fileName.isEmpty() ? record.id + QStringLiteral(".md") : record.fileName;
        RunbookLoadResult loaded = RunbookLoader::loadText(record.markdown, fileName);
        problems.append(loaded.errors);
        if (loaded.ok()) {
            if (const auto duplicate = library.add(*loaded.runbook))
                problems.append(*duplicate);
        }
    }
    if (!problems.isEmpty()) {
        for (const ValidationError &problem : std::as_const(problems))
            errors->append(problem.toString());
        return false;
    }
    m_matcher = std::make_unique<RunbookMatcher>(library.runbooks());
    m_library = std::move(library);
    return true;
}

ServiceResult IncidentService::restore()
{
    m_storeError.clear();
    m_unpublished.clear();
    // Claims not yet run: those the store has committed still run; the others
    // were rolled back with their transaction.
    const QList<QueuedExecution> notStarted = std::exchange(m_queuedExecutions, {});
    m_guard = ExecutionGuard();
    m_gate = std::make_unique<ApprovalGate>(m_clock, m_guard);
    m_audit = std::make_unique<AuditLog>(m_store.auditStore(), m_clock);
    m_trackers.clear();
    m_pageInfo.clear();
    m_savedPages = QJsonObject(); // unknown after a rollback: write the next one
    m_rosters.clear();
    m_policies.clear();
    m_openProposals.clear();
    m_openProposalKeys.clear();
    m_firingAlerts.clear();
    QStringList problems;

    m_counters = m_store.document(QStringLiteral("counters")).value_or(QJsonObject());
    m_patternCounts = m_store.document(QStringLiteral("pattern_counts")).value_or(QJsonObject());

    for (const PolicyVersionRecord &record : m_store.policyVersions()) {
        PolicyLoadResult loaded = EscalationPolicy::fromYaml(record.yaml, record.version);
        if (loaded.ok())
            m_policies.emplace(record.version, std::move(*loaded.policy));
        else
            problems.append(
                QStringLiteral("policy %1: %2").arg(record.version, joinErrors(loaded.errors)));
    }
    const auto active = m_store.activePolicy();
    m_activePolicy = active ? active->version : QString();
    const auto roster = m_store.latestRoster();
    m_latestRoster = roster ? roster->version : 0;

    QStringList runbookErrors;
    if (!loadRunbooks(m_store.runbooks(), &runbookErrors))
        problems.append(runbookErrors);

    // Stops first, so restored reviews see the guard as it was.
    if (const auto guard = m_store.document(QStringLiteral("guard"))) {
        const QJsonObject killSwitch = guard->value(QStringLiteral("kill_switch")).toObject();
        if (!killSwitch.isEmpty())
            m_guard.engageKillSwitch(
                killSwitch.value(QStringLiteral("by")).toString(),
                killSwitch.value(QStringLiteral("reason")).toString(),
                json::timestampFrom(killSwitch.value(QStringLiteral("since"))));
        const QJsonObject halts = guard->value(QStringLiteral("halts")).toObject();
        for (auto it = halts.constBegin(); it != halts.constEnd(); ++it) {
            const QJsonObject stop = it.value().toObject();
            m_guard.haltActionType(it.key(), stop.value(QStringLiteral("by")).toString(),
                                   stop.value(QStringLiteral("reason")).toString(),
                                   json::timestampFrom(stop.value(QStringLiteral("since"))));
        }
    }
    if (const auto approvals = m_store.document(QStringLiteral("class_approvals"))) {
        const auto loaded =
            m_gate->classApprovals().loadJson(approvals->value(QStringLiteral("items")).toArray());
        if (!loaded.ok())
            problems.append(QStringLiteral("class approvals: ") + loaded.message);
    }

    for (const IncidentRow &incident : m_store.incidents(QStringLiteral("open"), 1000000))
        m_gate->setContextRevision(incident.id, incident.contextRevision);
    for (const char *state : {"proposed", "under_review", "approved"}) {
        for (const ProposalRecord &proposal :
             m_store.proposals(QString::fromLatin1(state), 1000000))
            indexProposal(proposal);
    }

    for (const QJsonObject &stored : m_store.reviews(false)) {
        QString error;
        const auto review = ReviewRequest::fromJson(stored, &error);
        if (!review) {
            problems.append(QStringLiteral("review: ") + error);
            continue;
        }
        const GateResult restored = m_gate->restoreReview(*review);
        if (!restored.ok())
            problems.append(QStringLiteral("review %1: %2").arg(review->id, restored.message));
    }

    if (const auto stored = m_store.document(QStringLiteral("pages"))) {
        for (const QJsonValue &value : stored->value(QStringLiteral("pages")).toArray()) {
            const QJsonObject item = value.toObject();
            const QString pageId = item.value(QStringLiteral("page_id")).toString();
            const qint64 version = item.value(QStringLiteral("roster_version")).toInteger();
            PageTracker &tracker = trackerFor(version);
            const auto refused =
                tracker.page(pageId, item.value(QStringLiteral("review_id")).toString(),
                             item.value(QStringLiteral("level")).toInt(),
                             item.value(QStringLiteral("recipient")).toString(),
                             json::timestampFrom(item.value(QStringLiteral("paged_at"))));
            if (refused) {
                problems.append(QStringLiteral("page %1: %2").arg(pageId, *refused));
                continue;
            }
            const QDateTime acknowledgedAt =
                json::timestampFrom(item.value(QStringLiteral("acknowledged_at")));
            if (acknowledgedAt.isValid())
                tracker.acknowledge(pageId,
                                    item.value(QStringLiteral("acknowledged_by")).toString(),
                                    acknowledgedAt);
            const QDateTime escalatedAt =
                json::timestampFrom(item.value(QStringLiteral("escalated_at")));
            if (escalatedAt.isValid())
                tracker.markEscalated(pageId, escalatedAt);
            PageInfo info;
            info.rosterVersion = version;
            info.incidentId = item.value(QStringLiteral("incident_id")).toString();
            info.alertId = item.value(QStringLiteral("alert_id")).toString();
            info.renotifiedAt = json::timestampFrom(item.value(QStringLiteral("renotified_at")));
            if (info.renotifiedAt.isValid())
                tracker.markRenotified(pageId, info.renotifiedAt);
            m_pageInfo.insert(pageId, info);
        }
        for (const QJsonValue &value : stored->value(QStringLiteral("decided_reviews")).toArray()) {
            for (auto &[version, tracker] : m_trackers)
                tracker->reviewDecided(value.toString());
        }
    }

    if (!m_audit->isWritable())
        problems.append(QStringLiteral("audit log: ") + m_audit->lastError());

    QList<ProposalRecord> unknownOutcome;
    for (const ProposalRecord &proposal : m_store.proposals(QStringLiteral("executing"), 1000000)) {
        const auto queued =
            std::find_if(notStarted.cbegin(), notStarted.cend(),
                         [&](const QueuedExecution &q) { return q.actionId == proposal.actionId; });
        if (queued != notStarted.cend())
            m_queuedExecutions.append(*queued);
        else
            unknownOutcome.append(proposal);
    }
    if (problems.isEmpty() && !unknownOutcome.isEmpty())
        reportUnknownOutcomes(unknownOutcome, &problems);

    if (!problems.isEmpty())
        return ServiceResult::failure(ServiceError::Internal,
                                      QStringLiteral("restore: ") +
                                          problems.join(QStringLiteral("; ")));
    return ServiceResult::success(
        QJsonObject{{QStringLiteral("reviews"), qsizetype(m_gate->reviews().size())},
                    {QStringLiteral("pages"), qsizetype(m_pageInfo.size())},
                    {QStringLiteral("policy_version"), m_activePolicy},
                    {QStringLiteral("roster_version"), m_latestRoster},
                    {QStringLiteral("runbooks"), m_library.size()}});
}

// ------------------------------------------------------------ configuration

ServiceResult IncidentService::setPolicy(const QString &yaml, const QString &approvedBy,
                                         const QString &fileName)
{
    if (approvedBy.trimmed().isEmpty())
        return ServiceResult::failure(ServiceError::BadRequest,
                                      QStringLiteral("approved_by is required"),
                                      QStringLiteral("approved_by"));
    PolicyLoadResult loaded = PolicyLoader::load(yaml, fileName);
    if (!loaded.ok())
        return ServiceResult::failure(ServiceError::Unprocessable, joinErrors(loaded.errors),
                                      fieldOf(loaded.errors));
    const QString version = loaded.policy->version();
    if (m_store.policyVersion(version))
        return ServiceResult::failure(
            ServiceError::Conflict,
            QStringLiteral("policy version %1 already exists; a changed policy needs a new "
                           "metadata.version")
                .arg(version),
            QStringLiteral("metadata.version"));
    PolicyVersionRecord record;
    record.version = version;
    record.yaml = yaml;
    record.approvedBy = approvedBy;
    record.setAt = m_clock.now().toUTC();
    record.active = true;
    QString error;
    if (!check(m_store.addPolicyVersion(record, &error), error))
        return storeFailure();
    const QString previous = m_activePolicy;
    m_policies.insert_or_assign(version, std::move(*loaded.policy));
    m_activePolicy = version;
    audit(AuditEvent::kPolicyChanged, approvedBy, {}, version,
          QJsonObject{{QStringLiteral("version"), version},
                      {QStringLiteral("approved_by"), approvedBy},
                      {QStringLiteral("previous_version"), previous}});
    emitEvent(QStringLiteral("policy.changed"),
              QJsonObject{{QStringLiteral("version"), version},
                          {QStringLiteral("approved_by"), approvedBy}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(QJsonObject{{QStringLiteral("version"), version}});
}

ServiceResult IncidentService::setRoster(const QString &yaml, const QString &by,
                                         const QString &fileName)
{
    RosterLoadResult loaded = RosterLoader::fromYaml(yaml, fileName);
    if (!loaded.ok())
        return ServiceResult::failure(ServiceError::Unprocessable, joinErrors(loaded.errors),
                                      fieldOf(loaded.errors));
    RosterVersionRecord record;
    record.yaml = yaml;
    record.updatedBy = by;
    record.updatedAt = m_clock.now().toUTC();
    QString error;
    if (!check(m_store.addRosterVersion(record, &error), error))
        return storeFailure();
    m_rosters.insert_or_assign(record.version, std::move(*loaded.roster));
    m_latestRoster = record.version;
    audit(AuditEvent::kRosterChanged, by, {}, QString::number(record.version),
          QJsonObject{{QStringLiteral("version"), record.version}, {QStringLiteral("by"), by}});
    emitEvent(QStringLiteral("roster.changed"),
              QJsonObject{{QStringLiteral("version"), record.version}, {QStringLiteral("by"), by}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(QJsonObject{{QStringLiteral("version"), record.version}});
}

ServiceResult IncidentService::replaceRunbooks(const QList<RunbookRecord> &files, const QString &by)
{
    QStringList errors;
    if (!loadRunbooks(files, &errors))
        return ServiceResult::failure(ServiceError::Unprocessable, errors.join(QLatin1Char('\n')),
                                      QStringLiteral("runbooks"));
    const QStringList ids = m_library.ids();
    QString error;
    for (const RunbookRecord &old : m_store.runbooks()) {
        if (!ids.contains(old.id))
            check(m_store.deleteRunbook(old.id, &error), error);
    }
    for (const Runbook &runbook : m_library.runbooks()) {
        for (const RunbookRecord &file : files) {
            const QString fileName =
                file.fileName.isEmpty() ? file.id + QStringLiteral(".md") : file.fileName;
            if (fileName != runbook.sourceFile)
                continue;
            RunbookRecord record = file;
            record.id = runbook.id;
            record.fileName = fileName;
            record.updatedAt = m_clock.now().toUTC();
            check(m_store.saveRunbook(record, &error), error);
            break;
        }
    }
    audit(AuditEvent::kRunbooksReplaced, by, {}, {},
          QJsonObject{{QStringLiteral("by"), by},
                      {QStringLiteral("runbooks"), QJsonArray::fromStringList(ids)}});
    emitEvent(
        QStringLiteral("runbooks.changed"),
        QJsonObject{{QStringLiteral("count"), qsizetype(ids.size())}, {QStringLiteral("by"), by}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(
        QJsonObject{{QStringLiteral("runbooks"), QJsonArray::fromStringList(ids)}});
}

ServiceResult IncidentService::repinIncident(const QString &incidentId, const QString &commander)
{
    auto incident = m_store.incident(incidentId);
    if (!incident)
        return ServiceResult::failure(ServiceError::NotFound,
                                      QStringLiteral("no incident %1").arg(incidentId),
                                      QStringLiteral("incident_id"));
    if (incident->status != QLatin1String("open"))
        return ServiceResult::failure(ServiceError::Conflict,
                                      QStringLiteral("incident %1 is not open").arg(incidentId));
    if (m_activePolicy.isEmpty())
        return ServiceResult::failure(ServiceError::Conflict, QStringLiteral("no policy is set"));
    const QJsonObject payload{{QStringLiteral("from_policy_version"), incident->policyVersion},
                              {QStringLiteral("to_policy_version"), m_activePolicy},
                              {QStringLiteral("from_roster_version"), incident->rosterVersion},
                              {QStringLiteral("to_roster_version"), m_latestRoster},
                              {QStringLiteral("by"), commander}};
    incident->policyVersion = m_activePolicy;
    incident->rosterVersion = m_latestRoster;
    bumpContext(*incident); // reviewers must look again under the new rules
    saveIncident(*incident, "incident.updated");
    audit(AuditEvent::kIncidentRepinned, commander, incidentId, incidentId, payload);
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(incidentJson(*incident));
}

// ------------------------------------------------------------------ ingest

ServiceResult IncidentService::ingest(const QList<Alert> &alerts, const QString &source,
                                      const QString &actor)
{
    QJsonArray results;
    for (const Alert &alert : alerts) {
        results.append(ingestOne(alert, source, actor));
        if (!m_storeError.isEmpty())
            return storeFailure();
    }
    return ServiceResult::success(QJsonObject{{QStringLiteral("alerts"), results}});
}

QJsonObject IncidentService::ingestOne(Alert alert, const QString &source, const QString &actor)
{
    const QDateTime now = m_clock.now().toUTC();
    if (!alert.startsAt.isValid())
        alert.startsAt = now; // the parser has no clock; the receive time stands in
    // Prometheus' postable alerts carry no status: a resolved alert is sent
    // with endsAt in the past. The parser has no clock, so it is decided here.
    if (alert.status == Alert::Status::Firing && alert.endsAt.isValid() && alert.endsAt <= now)
        alert.status = Alert::Status::Resolved;
    const bool resolved = alert.status == Alert::Status::Resolved;
    const QString status = resolved ? QStringLiteral("resolved") : QStringLiteral("firing");
    QJsonObject answer{{QStringLiteral("fingerprint"), alert.fingerprint}};
    QString error;

    // Dedup: a repeat of a firing alert updates its row; a resolve closes it.
    std::optional<AlertRecord> existing = m_store.latestAlertByFingerprint(alert.fingerprint);
    if (existing && (existing->status == QLatin1String("firing") || resolved)) {
        const bool resolves = resolved && existing->status == QLatin1String("firing");
        const bool severityChanged = existing->severity != alert.severity && !resolved;
        existing->alert = alert.toJson();
        existing->status = status;
        if (!resolved)
            existing->severity = alert.severity;
        existing->lastSeenAt = now;
        existing->occurrences += 1;
        check(m_store.updateAlert(*existing, &error), error);
        if (resolves) {
            if (const auto firing = m_firingAlerts.find(existing->incidentId);
                firing != m_firingAlerts.end())
                *firing -= 1;
        }
        audit(AuditEvent::kAlertReceived, actor, existing->incidentId, alert.id,
              AuditPayloads::alertReceived(alert));
        emitEvent(QStringLiteral("alert.updated"), alertJson(*existing));
        if (auto incident = m_store.incident(existing->incidentId);
            incident && incident->status == QLatin1String("open")) {
            // A repeat keeps the grouping window open, as a new alert would.
            incident->lastAlertAt = now;
            if (resolves || severityChanged) {
                // A state change reviewers should see: decisions on the old picture are stale.
                bumpContext(*incident);
                if (severityChanged &&
                    severityRank(alert.severity) > severityRank(incident->severity))
                    incident->severity = alert.severity;
                saveIncident(*incident, "incident.updated");
                if (resolves)
                    resolveIncidentIfQuiet(*incident);
            } else {
                saveIncident(*incident, nullptr);
            }
        }
        answer.insert(QStringLiteral("alert_id"), existing->id);
        answer.insert(QStringLiteral("incident_id"), existing->incidentId);
        answer.insert(QStringLiteral("disposition"),
                      resolves ? QStringLiteral("resolved") : QStringLiteral("updated"));
        answer.insert(QStringLiteral("actions"), QJsonArray());
        return answer;
    }

    AlertRecord row;
    row.fingerprint = alert.fingerprint;
    row.source = source;
    row.status = status;
    row.severity = alert.severity;
    row.summary = alert.summary;
    row.alert = alert.toJson();
    row.receivedAt = now;
    row.lastSeenAt = now;

    // A resolve of something never seen firing opens nothing.
    std::optional<IncidentRow> incident;
    bool opened = false;
    if (!resolved) {
        const QString key = IncidentGrouping::groupKey(alert);
        incident = m_store.openIncidentByGroupKey(key);
        // The incident keeps its last alert time: joining reads one row, not
        // the incident's alerts (thousands of them in an alert storm).
        if (incident && !m_grouping.joins(key, incident->groupKey, true,
                                          incident->lastAlertAt.isValid() ? incident->lastAlertAt
                                                                          : incident->openedAt,
                                          now))
            incident.reset();
        if (incident) {
            incident->alertCount += 1;
            incident->lastAlertAt = now;
            if (const auto firing = m_firingAlerts.find(incident->id);
                firing != m_firingAlerts.end())
                *firing += 1;
            if (severityRank(alert.severity) > severityRank(incident->severity))
                incident->severity = alert.severity;
            bumpContext(*incident); // a new alert joined: reviewers must look again
        } else {
            IncidentRow fresh;
            fresh.id = nextId("incident", "inc-");
            fresh.title = alert.summary;
            fresh.groupKey = key;
            fresh.status = QStringLiteral("open");
            fresh.severity = alert.severity;
            fresh.openedAt = now;
            fresh.updatedAt = now;
            fresh.lastAlertAt = now;
            fresh.contextRevision = 1;
            fresh.policyVersion = m_activePolicy;
            fresh.rosterVersion = m_latestRoster;
            fresh.alertCount = 1;
            incident = fresh;
            opened = true;
            m_firingAlerts.insert(fresh.id, 1);
        }
        row.incidentId = incident->id;
    }
    check(m_store.insertAlert(row, &error), error);
    if (opened) {
        const EscalationPolicy *policy = policyFor(incident->policyVersion);
        audit(AuditEvent::kIncidentOpened, kSystem, incident->id, incident->id,
              AuditPayloads::incidentOpened(incident->policyVersion,
                                            policy ? policy->approvedOn() : QDate(),
                                            incident->rosterVersion, alert.id));
    }
    audit(AuditEvent::kAlertReceived, actor, row.incidentId, alert.id,
          AuditPayloads::alertReceived(alert));
    if (incident)
        saveIncident(*incident, opened ? "incident.opened" : "incident.updated");
    emitEvent(QStringLiteral("alert.created"), alertJson(row));

    QStringList actions;
    QStringList joined;
    if (incident)
        actions = triage(*incident, row, alert, &joined);
    answer.insert(QStringLiteral("alert_id"), row.id);
    answer.insert(QStringLiteral("incident_id"), row.incidentId);
    answer.insert(QStringLiteral("disposition"), QStringLiteral("created"));
    answer.insert(QStringLiteral("actions"), QJsonArray::fromStringList(actions));
    answer.insert(QStringLiteral("joined_actions"), QJsonArray::fromStringList(joined));
    return answer;
}

int IncidentService::firingAlertsIn(const QString &incidentId)
{
    auto it = m_firingAlerts.find(incidentId);
    if (it == m_firingAlerts.end()) {
        // Counted once per incident and process; kept up to date from then on.
        int firing = 0;
        for (const AlertRecord &member : m_store.alertsForIncident(incidentId))
            firing += member.status == QLatin1String("firing") ? 1 : 0;
        it = m_firingAlerts.insert(incidentId, firing);
    }
    return *it;
}

void IncidentService::resolveIncidentIfQuiet(IncidentRow &incident)
{
    if (firingAlertsIn(incident.id) > 0)
        return;
    m_firingAlerts.remove(incident.id);
    const QDateTime now = m_clock.now().toUTC();
    incident.status = QStringLiteral("resolved");
    incident.resolvedAt = now;
    incident.updatedAt = now;
    saveIncident(incident, "incident.updated");
    // Nothing is left to fix: withdraw what still waits for a human.
    for (const ReviewRequest &review : m_gate->reviews()) {
        if (review.incidentId != incident.id || review.isFinal())
            continue;
        const GateResult cancelled =
            m_gate->cancel(review.id, kSystem, QStringLiteral("incident resolved"));
        if (!cancelled.ok())
            continue;
        saveReview(review.id);
        if (const auto updated = m_gate->review(review.id))
            auditResolved(*updated, QStringLiteral("incident resolved"));
        if (auto proposal = m_store.proposal(review.actionId)) {
            proposal->state = QStringLiteral("cancelled");
            proposal->updatedAt = now;
            saveProposal(*proposal, "proposal.updated");
        }
        for (auto &[version, tracker] : m_trackers)
            tracker->reviewDecided(review.id);
    }
    savePages();
}

// An open proposal for the same action stands for the new alert too, unless
// the new decision asks for more human involvement (a higher review tier, or a
// halt): then the open one is withdrawn and the stricter one proposed, so a
// weaker review can never approve what now needs a stronger one.
bool IncidentService::supersedeIfStricter(const QString &openActionId,
                                          const PolicyDecision &decision)
{
    auto proposal = m_store.proposal(openActionId);
    if (!proposal)
        return true;
    const ReviewTier openTier =
        reviewTierFromString(proposal->decision.value(QStringLiteral("review_tier")).toString())
            .value_or(ReviewTier::None);
    const bool stricter =
        decision.outcome == Outcome::Halt || reviewRank(decision.reviewTier) > reviewRank(openTier);
    if (!stricter)
        return false;
    const QString note = QStringLiteral("superseded by a stricter policy decision");
    if (!proposal->reviewId.isEmpty()) {
        if (m_gate->cancel(proposal->reviewId, kSystem, note).ok()) {
            saveReview(proposal->reviewId);
            if (const auto review = m_gate->review(proposal->reviewId))
                auditResolved(*review, note);
            for (auto &[version, tracker] : m_trackers)
                tracker->reviewDecided(proposal->reviewId);
            savePages();
        }
    }
    proposal->state = QStringLiteral("cancelled");
    proposal->updatedAt = m_clock.now().toUTC();
    saveProposal(*proposal, "proposal.updated");
    return true;
}

QStringList IncidentService::triage(IncidentRow &incident, const AlertRecord &row,
                                    const Alert &alert, QStringList *duplicates)
{
    const EscalationPolicy *policy = policyFor(incident.policyVersion);
    if (!policy)
        return {}; // no policy set: alerts are recorded, nothing is proposed
    TriageContext context;
    context.autonomousActionsTaken = incident.autonomousActions;
    // The novelty trigger: how often this runbook was run successfully before.
    // Matched once: the match gives the runbook whose history the policy weighs.
    const MatchResult match = m_matcher->match(alert);
    if (match.hasRunbook())
        context.patternSeenCount = m_patternCounts.value(match.runbookId).toInt();
    const TriageEngine engine(m_library, *m_matcher, *policy, m_clock);
    const TriageResult result = engine.triage(alert, match, context);
    audit(AuditEvent::kMatchCompleted, kAgent, incident.id, alert.id,
          AuditPayloads::matchCompleted(alert.id, result.match));

    const Runbook *runbook = match.hasRunbook() ? m_library.find(match.runbookId) : nullptr;
    QStringList actions;
    for (const StepDecision &step : result.steps) {
        // Dedup within the incident: the same step with the same parameters
        // that is still open is not proposed again (see the header).
        if (runbook && step.index >= 0 && step.index < runbook->steps.size()) {
            const QString key = proposalDedupKey(
                incident.id, match.runbookId, step.index,
                json::fromStringMap(resolveParameters(runbook->steps.at(step.index), alert)));
            if (const auto open = m_openProposals.constFind(key); open != m_openProposals.cend()) {
                if (!supersedeIfStricter(*open, step.decision)) {
                    duplicates->append(*open);
                    continue;
                }
            }
        }
        const QString actionId = nextId("action", "act-");
        proposeStep(incident, row, alert, result.match, step.index, step.action, step.decision,
                    actionId);
        actions.append(actionId);
    }
    return actions;
}

void IncidentService::proposeStep(IncidentRow &incident, const AlertRecord &row, const Alert &alert,
                                  const MatchResult &match, int stepIndex, const QString &action,
                                  const PolicyDecision &decision, const QString &actionId)
{
    const EscalationPolicy *policy = policyFor(decision.policyVersion);
    audit(AuditEvent::kPolicyDecided, QStringLiteral("policy"), incident.id, actionId,
          AuditPayloads::policyDecided(alert.id, match.runbookId, stepIndex, action,
                                       match.confidence, decision,
                                       policy ? policy->approvedOn() : QDate()));
    const QDateTime now = m_clock.now().toUTC();
    ProposalRecord proposal;
    proposal.actionId = actionId;
    proposal.incidentId = incident.id;
    proposal.alertId = row.id;
    proposal.runbookId = match.runbookId;
    proposal.stepIndex = stepIndex;
    proposal.actionType = action;
    proposal.decision = decision.toJson();
    // The whole match, runners-up included: a reviewer who sees how close the
    // second candidate came knows how far to trust the choice.
    proposal.match = match.toJson();
    proposal.createdAt = now;
    proposal.updatedAt = now;
    proposal.state = QStringLiteral("proposed");
    if (const RunbookStep *step = libraryStep(match.runbookId, stepIndex)) {
        // The snapshot: what a reviewer sees and what runs, whatever the
        // runbook says by the time it is approved or its abort window ends.
        proposal.step = step->toJson();
        proposal.step.insert(QStringLiteral("parameters"),
                             json::fromStringMap(resolveParameters(*step, alert)));
        proposal.step.insert(QStringLiteral("runbook_risk"),
                             toString(m_library.find(match.runbookId)->risk));
    }

    switch (decision.outcome) {
    case Outcome::Halt:
        proposal.state = QStringLiteral("halted");
        saveProposal(proposal, "proposal.created");
        return;
    case Outcome::NoAction:
        proposal.state = QStringLiteral("no_action");
        saveProposal(proposal, "proposal.created");
        return;
    case Outcome::Proceed:
    case Outcome::Escalate:
        break;
    }
    if (stepIndex < 0 || proposal.step.isEmpty()) {
        // Nothing to run without a runbook step: the agent never invents one.
        proposal.state = QStringLiteral("no_action");
        saveProposal(proposal, "proposal.created");
        return;
    }
    saveProposal(proposal, "proposal.created");
    if (decision.outcome == Outcome::Proceed) {
        // Level 3/4 while a stop covers the action: not dropped, held for a human.
        if (const auto blocked = m_guard.blockedReason(action)) {
            holdBlockedAutonomousStep(proposal, decision, *blocked);
            return;
        }
    }
    if (decision.outcome == Outcome::Proceed && decision.reviewTier == ReviewTier::None) {
        // Runs once committed and is audited; it counts against the
        // per-incident budget from its claim on.
        if (!queueExecution(proposal, kAgent))
            return;
        if (const auto step = proposedStep(proposal); step && step->changesState()) {
            incident.autonomousActions += 1;
            saveIncident(incident, nullptr);
        }
        return;
    }
    openReviewFor(proposal, decision, kAgent, {});
}

// A step the policy lets run without a reviewer (level 3 or 4, proceed) that
// the kill switch or a halt stops is not dropped: the stop is audited with a
// policy decision raised to at least a standard review, created held, so a
// human can pick it up once the stop is released. Held is never approved by
// time (and is not pre-approved any more), so it never runs by itself.
void IncidentService::holdBlockedAutonomousStep(ProposalRecord &proposal,
                                                const PolicyDecision &decision,
                                                const QString &blockedBy)
{
    PolicyDecision held = decision;
    held.outcome = Outcome::Escalate;
    held.autonomyLevel = AutonomyLevel::Supervised;
    if (reviewRank(held.reviewTier) < reviewRank(ReviewTier::Standard)) {
        held.reviewTier = ReviewTier::Standard;
        if (const EscalationPolicy *policy = policyFor(decision.policyVersion))
            held.friction = policy->friction(ReviewTier::Standard);
    }
    held.reasons.append(PolicyReason{
        QStringLiteral("guard.autonomous_step_held"), QStringLiteral("stop"),
        QStringLiteral("blocked (%1): held for a human instead of running").arg(blockedBy)});
    const EscalationPolicy *policy = policyFor(decision.policyVersion);
    audit(AuditEvent::kPolicyDecided, QStringLiteral("policy"), proposal.incidentId,
          proposal.actionId,
          AuditPayloads::policyDecided(
              alertIdOf(proposal.alertId), proposal.runbookId, proposal.stepIndex,
              proposal.actionType, proposal.match.value(QStringLiteral("confidence")).toDouble(),
              held, policy ? policy->approvedOn() : QDate()));
    proposal.decision = held.toJson();
    openReviewFor(proposal, held, kAgent, {});
}

void IncidentService::openReviewFor(ProposalRecord &proposal, const PolicyDecision &decision,
                                    const QString &proposer, const QString &supersedes)
{
    const auto step = proposedStep(proposal);
    const auto incident = m_store.incident(proposal.incidentId);
    const Roster *roster = incident ? rosterFor(incident->rosterVersion) : nullptr;
    ReviewSubject subject;
    subject.reviewId = nextId("review", "rv-");
    subject.incidentId = proposal.incidentId;
    subject.actionId = proposal.actionId;
    subject.actionType = proposal.actionType;
    subject.runbookId = proposal.runbookId;
    subject.stepIndex = proposal.stepIndex;
    subject.proposer = proposer;
    subject.rollback = step ? step->rollback : QString();
    if (step)
        subject.allowedParameters = step->params;
    subject.parameters = parametersOf(proposal);
    if (roster)
        subject.escalationChain = roster->chain(); // pinned: the incident's roster version
    subject.supersedesReviewId = supersedes;
    const GateResult created = m_gate->createReview(decision, subject);
    if (!created.ok()) {
        // Cannot happen for a proceed/escalate decision with a subject filled
        // here; refuse to run rather than guess.
        proposal.state = QStringLiteral("halted");
        proposal.updatedAt = m_clock.now().toUTC();
        saveProposal(proposal, "proposal.updated");
        return;
    }
    proposal.reviewId = created.reviewId;
    proposal.state = created.state == ReviewState::Approved ? QStringLiteral("approved")
                                                            : QStringLiteral("under_review");
    proposal.updatedAt = m_clock.now().toUTC();
    saveProposal(proposal, "proposal.updated");
    const auto review = m_gate->review(created.reviewId);
    QString error;
    check(m_store.saveReview(review->id, review->incidentId, toString(review->state),
                             review->toJson(), &error),
          error);
    emitEvent(QStringLiteral("review.created"),
              QJsonObject{{QStringLiteral("review_id"), review->id},
                          {QStringLiteral("incident_id"), review->incidentId},
                          {QStringLiteral("action_id"), review->actionId},
                          {QStringLiteral("tier"), toString(review->tier)},
                          {QStringLiteral("state"), toString(review->state)}});
    if (created.state == ReviewState::Approved) {
        // Tier 1 under an active class approval.
        auditResolved(*review);
        if (m_gate->mayExecute(review->id))
            queueExecution(proposal, kAgent);
        return;
    }
    if (review->tier != ReviewTier::PreApproved)
        pageLevel(*review, 1, nullptr);
}

// Pages whoever is on call at `level` of the review's pinned chain.
void IncidentService::pageLevel(const ReviewRequest &review, int level, QStringList *recipients)
{
    const auto incident = m_store.incident(review.incidentId);
    if (!incident)
        return;
    const Roster *roster = rosterFor(incident->rosterVersion);
    if (!roster)
        return;
    PageTracker &tracker = trackerFor(incident->rosterVersion);
    const QDateTime now = m_clock.now().toUTC();
    const auto proposal = m_store.proposal(review.actionId);
    const QString alertId = proposal ? alertIdOf(proposal->alertId) : QString();
    for (const QString &recipient : roster->recipientsForLevel(level, now)) {
        const QString pageId = nextId("page", "pg-");
        if (tracker.page(pageId, review.id, level, recipient, now))
            continue;
        m_pageInfo.insert(pageId, PageInfo{incident->rosterVersion, incident->id, alertId, {}});
        if (recipients)
            recipients->append(recipient);
        audit(AuditEvent::kPageSent, kSystem, incident->id, pageId,
              AuditPayloads::pageSent(review.id, alertId, level, recipient));
        emitEvent(QStringLiteral("page.sent"),
                  QJsonObject{{QStringLiteral("page_id"), pageId},
                              {QStringLiteral("review_id"), review.id},
                              {QStringLiteral("incident_id"), incident->id},
                              {QStringLiteral("level"), level},
                              {QStringLiteral("recipient"), recipient}});
    }
    savePages();
}

// Phase one, inside the operation's transaction: the approval is used up
// (claimExecution) and the proposal marked executing, audited. The command runs
// only once that is committed (runQueuedExecutions), so a failed commit never
// leaves a command run that the store does not know was claimed.
bool IncidentService::queueExecution(ProposalRecord &proposal, const QString &executor)
{
    // The snapshot taken when it was proposed, never the runbook as it is now:
    // an edit after the review opened must not change what the approval runs.
    if (!proposedStep(proposal))
        return false;
    if (!proposal.reviewId.isEmpty()) {
        // The single way to use an approval: one approval never runs twice.
        const GateResult claimed = m_gate->claimExecution(proposal.reviewId, executor);
        if (!claimed.ok())
            return false;
        saveReview(proposal.reviewId);
        if (const auto review = m_gate->review(proposal.reviewId))
            auditResolved(*review);
    }
    proposal.state = QStringLiteral("executing");
    proposal.updatedAt = m_clock.now().toUTC();
    saveProposal(proposal, "proposal.updated");
    audit(kExecutionStarted, executor, proposal.incidentId, proposal.actionId,
          QJsonObject{{QStringLiteral("action"), proposal.actionType},
                      {QStringLiteral("executor"), executor},
                      {QStringLiteral("review_id"), proposal.reviewId},
                      {QStringLiteral("mode"),
                       m_options.live ? QStringLiteral("live") : QStringLiteral("dry_run")},
                      {QStringLiteral("step"), proposal.step}});
    m_queuedExecutions.append(QueuedExecution{proposal.actionId, executor});
    return true;
}

ServiceResult IncidentService::runQueuedExecutions()
{
    int ran = 0;
    while (!m_queuedExecutions.isEmpty()) {
        if (!m_storeError.isEmpty())
            return storeFailure(); // restore() first: the claims may not be what memory says
        const QueuedExecution next = m_queuedExecutions.takeFirst();
        auto proposal = m_store.proposal(next.actionId);
        if (!proposal || proposal->state != QLatin1String("executing"))
            continue; // not claimed in the store (rolled back): nothing to run
        const auto step = proposedStep(*proposal);
        ExecutionResult result;
        if (step)
            result = m_executor->run(*step, parametersOf(*proposal), proposal->actionId);
        else
            result.error = QStringLiteral("the proposal has no step to run");
        ++ran;
        // Phase two: the result in its own transaction. If it fails, the
        // caller restores and the execution is reported with an unknown outcome.
        QString error;
        if (!check(m_store.begin(&error), error))
            return storeFailure();
        recordExecution(*proposal, next.executor, result);
        if (m_storeError.isEmpty())
            check(m_store.commit(&error), error);
        if (!m_storeError.isEmpty()) {
            m_store.rollback();
            return storeFailure();
        }
        publishCommitted();
    }
    return ServiceResult::success(QJsonObject{{QStringLiteral("executed"), ran}});
}

void IncidentService::recordExecution(ProposalRecord &proposal, const QString &executor,
                                      const ExecutionResult &result)
{
    audit(AuditEvent::kExecutionCompleted, executor, proposal.incidentId, proposal.actionId,
          AuditPayloads::executionCompleted(result));
    proposal.state = result.blocked() ? QStringLiteral("halted") : QStringLiteral("executed");
    proposal.updatedAt = m_clock.now().toUTC();
    saveProposal(proposal, "proposal.updated");
    QJsonObject payload = result.toJson();
    payload.insert(QStringLiteral("action_id"), proposal.actionId);
    payload.insert(QStringLiteral("incident_id"), proposal.incidentId);
    emitEvent(QStringLiteral("execution.completed"), payload);
    if (result.success && !proposal.runbookId.isEmpty()) {
        m_patternCounts.insert(proposal.runbookId,
                               m_patternCounts.value(proposal.runbookId).toInt() + 1);
        QString error;
        check(m_store.saveDocument(QStringLiteral("pattern_counts"), m_patternCounts, &error),
              error);
    }
}

// Claimed executions without a recorded result: the command may or may not
// have run. Audited as such for a human to check; never run again by itself.
void IncidentService::reportUnknownOutcomes(const QList<ProposalRecord> &claimed,
                                            QStringList *problems)
{
    QString error;
    if (!m_store.begin(&error)) {
        problems->append(QStringLiteral("executions with unknown outcome: ") + error);
        return;
    }
    for (ProposalRecord proposal : claimed) {
        proposal.state = QStringLiteral("outcome_unknown");
        proposal.updatedAt = m_clock.now().toUTC();
        saveProposal(proposal, "proposal.updated");
        audit(kExecutionOutcomeUnknown, kSystem, proposal.incidentId, proposal.actionId,
              QJsonObject{{QStringLiteral("action"), proposal.actionType},
                          {QStringLiteral("review_id"), proposal.reviewId},
                          {QStringLiteral("reason"),
                           QStringLiteral("claimed for execution but no result was recorded "
                                          "(the server stopped or its storage failed): the "
                                          "command may have run; check by hand, it is not run "
                                          "again")}});
        emitEvent(QStringLiteral("execution.outcome_unknown"),
                  QJsonObject{{QStringLiteral("action_id"), proposal.actionId},
                              {QStringLiteral("incident_id"), proposal.incidentId}});
    }
    if (m_storeError.isEmpty())
        check(m_store.commit(&error), error);
    if (!m_storeError.isEmpty()) {
        m_store.rollback();
        problems->append(QStringLiteral("executions with unknown outcome: ") + m_storeError);
        return;
    }
    publishCommitted();
}

// ------------------------------------------------------------------ reviews

ServiceResult IncidentService::listReviews(const QString &viewer) const
{
    QJsonArray reviews;
    for (const ReviewRequest &review : m_gate->openReviews()) {
        const OpenResult view = m_gate->viewFor(review.id, viewer);
        if (view.ok() && view.view)
            reviews.append(view.view->toJson());
    }
    return ServiceResult::success(QJsonObject{{QStringLiteral("reviews"), reviews}});
}

ServiceResult IncidentService::openReview(const QString &reviewId, const QString &reviewer)
{
    const OpenResult opened = m_gate->open(reviewId, reviewer);
    if (!opened.ok())
        return ServiceResult::fromGate(opened.error, opened.message);
    const ReviewView &view = *opened.view;
    const ReviewRequest &review = view.request;
    const auto proposal = m_store.proposal(review.actionId);
    const auto alert = proposal ? m_store.alertById(proposal->alertId) : std::nullopt;
    const double confidence =
        proposal ? proposal->match.value(QStringLiteral("confidence")).toDouble() : 0.0;
    const QJsonObject shown = AuditPayloads::reviewShown(
        alert ? alert->summary : QString(),
        ReviewRequest::defaultConfirmationPhrase(review.actionType, review.parameters),
        review.rollback, confidence,
        QJsonObject{{QStringLiteral("tier"), toString(review.tier)},
                    {QStringLiteral("parameters"), json::fromStringMap(review.parameters)},
                    {QStringLiteral("policy"), proposal ? proposal->decision : QJsonObject()},
                    {QStringLiteral("step"), proposal ? proposal->step : QJsonObject()},
                    {QStringLiteral("others_reasoning_hidden"), view.othersReasoningHidden}});
    audit(AuditEvent::kReviewOpened, reviewer, review.incidentId, review.id,
          AuditPayloads::reviewOpened(review.actionId, reviewer, view.contextRevision,
                                      int(m_gate->openReviews().size()), shown));
    saveReview(review.id);
    if (!m_storeError.isEmpty())
        return storeFailure();
    // The step as it will run (command, rollback, parameters): the snapshot,
    // not the runbook as it may read by now.
    QJsonObject body = view.toJson();
    body.insert(QStringLiteral("step"), proposal ? proposal->step : QJsonObject());
    return ServiceResult::success(body);
}

void IncidentService::saveAfterHold(const QStringList &heldIds)
{
    for (const QString &id : heldIds) {
        saveReview(id);
        const auto review = m_gate->review(id);
        if (!review)
            continue;
        auditResolved(*review, review->holdReason);
        if (auto proposal = m_store.proposal(review->actionId);
            proposal && proposal->state != QLatin1String("under_review")) {
            proposal->state =
                QStringLiteral("under_review"); // approvals before the stop no longer count
            proposal->updatedAt = m_clock.now().toUTC();
            saveProposal(*proposal, "proposal.updated");
        }
    }
}

ServiceResult IncidentService::decide(const DecisionInput &input)
{
    const auto before = m_gate->review(input.reviewId);
    if (!before)
        return ServiceResult::failure(ServiceError::NotFound,
                                      QStringLiteral("no review %1").arg(input.reviewId),
                                      QStringLiteral("review_id"));
    const GateResult result = m_gate->decide(input);
    if (!result.ok()) {
        audit(AuditEvent::kReviewRefused, input.reviewer, before->incidentId, before->id,
              AuditPayloads::reviewRefused(before->actionId, input.reviewer, result.error,
                                           result.message));
        saveReview(before->id); // a refusal may drop the reviewer's open
        if (!m_storeError.isEmpty())
            return storeFailure();
        return ServiceResult::fromGate(result.error, result.message);
    }
    const ReviewRequest review = *m_gate->review(input.reviewId);
    if (result.decision)
        audit(AuditEvent::kReviewDecided, input.reviewer, review.incidentId, review.id,
              AuditPayloads::reviewDecided(review.actionId, *result.decision));
    saveReview(review.id);
    for (auto &[version, tracker] : m_trackers)
        tracker->reviewDecided(review.id); // a human decided: the pages stop
    savePages();

    std::optional<ProposalRecord> proposal = m_store.proposal(review.actionId);
    QJsonObject body = result.toJson();
    if (result.escalation) {
        QStringList recipients;
        if (!result.escalation->exhausted)
            pageLevel(review, result.escalation->toLevel, &recipients);
        else
            audit(AuditEvent::kCommanderAlerted, kSystem, review.incidentId, review.id,
                  QJsonObject{{QStringLiteral("action_id"), review.actionId},
                              {QStringLiteral("level"), result.escalation->fromLevel},
                              {QStringLiteral("reason"), QStringLiteral("escalated by %1; chain "
                                                                        "exhausted")
                                                             .arg(input.reviewer)}});
        auditResolved(review, review.holdReason);
        body.insert(QStringLiteral("paged"), QJsonArray::fromStringList(recipients));
    }
    if (review.state != ReviewState::Pending && review.state != ReviewState::Held &&
        !result.escalation)
        auditResolved(review);
    if (proposal && review.state != ReviewState::Pending) {
        proposal->state = proposalStateFor(review.state);
        proposal->updatedAt = m_clock.now().toUTC();
        saveProposal(*proposal, "proposal.updated");
    }

    if (review.state == ReviewState::Approved && proposal && m_gate->mayExecute(review.id)) {
        // Claimed now; it runs as soon as this is committed.
        body.insert(QStringLiteral("executed"), queueExecution(*proposal, input.reviewer));
    } else if (review.state == ReviewState::Modified && proposal) {
        // The modified action is re-checked by the policy, under the incident's
        // pinned version, and reviewed again by someone other than the modifier.
        const auto incident = m_store.incident(review.incidentId);
        const EscalationPolicy *policy = incident ? policyFor(incident->policyVersion) : nullptr;
        const auto snapshot = proposedStep(*proposal);
        if (policy && snapshot) {
            // Judged as proposed: the snapshot of the step and the runbook's
            // risk then (older proposals without it: the runbook's risk now).
            Runbook runbook;
            runbook.id = proposal->runbookId;
            const Runbook *current = m_library.find(proposal->runbookId);
            runbook.risk =
                riskTierFromString(proposal->step.value(QStringLiteral("runbook_risk")).toString())
                    .value_or(current ? current->risk : snapshot->risk);
            QJsonObject step = proposal->step;
            QMap<QString, QString> parameters = parametersOf(*proposal);
            for (auto it = review.modifiedParameters.cbegin();
                 it != review.modifiedParameters.cend(); ++it)
                parameters.insert(it.key(), it.value());
            step.insert(QStringLiteral("parameters"), json::fromStringMap(parameters));
            proposal->step = step;
            const auto alert = m_store.alertById(proposal->alertId);
            PolicyInput policyInput;
            policyInput.runbook = &runbook;
            policyInput.step = &*snapshot;
            policyInput.stepIndex = proposal->stepIndex;
            policyInput.matchConfidence =
                proposal->match.value(QStringLiteral("confidence")).toDouble();
            policyInput.patternSeenCount = m_patternCounts.value(proposal->runbookId).toInt();
            policyInput.autonomousActionsTaken = incident->autonomousActions;
            policyInput.alertSeverity = alert ? alert->severity : QString();
            policyInput.parameters = parameters;
            policyInput.now = m_clock.now();
            PolicyDecision decision = policy->evaluate(policyInput);
            audit(AuditEvent::kPolicyDecided, QStringLiteral("policy"), review.incidentId,
                  proposal->actionId,
                  AuditPayloads::policyDecided(
                      alert ? alert->alert.value(QStringLiteral("id")).toString() : QString(),
                      proposal->runbookId, proposal->stepIndex, proposal->actionType,
                      policyInput.matchConfidence, decision, policy->approvedOn()));
            proposal->decision = decision.toJson();
            if (decision.outcome == Outcome::Halt || decision.outcome == Outcome::NoAction) {
                proposal->state = decision.outcome == Outcome::Halt ? QStringLiteral("halted")
                                                                    : QStringLiteral("no_action");
                saveProposal(*proposal, "proposal.updated");
            } else {
                // A human changed the action: it never runs without another human.
                if (reviewRank(decision.reviewTier) < reviewRank(ReviewTier::Standard)) {
                    decision.reviewTier = ReviewTier::Standard;
                    decision.outcome = Outcome::Escalate;
                    decision.friction = policy->friction(ReviewTier::Standard);
                }
                openReviewFor(*proposal, decision, input.reviewer, review.id);
                body.insert(QStringLiteral("new_review_id"), proposal->reviewId);
            }
        }
    }
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(body);
}

ServiceResult IncidentService::acknowledgePage(const QString &pageId, const QString &user)
{
    const auto info = m_pageInfo.constFind(pageId);
    if (info == m_pageInfo.cend())
        return ServiceResult::failure(ServiceError::NotFound,
                                      QStringLiteral("no page %1").arg(pageId),
                                      QStringLiteral("page_id"));
    PageTracker &tracker = trackerFor(info->rosterVersion);
    // "I'm on it" stops the escalation: only the person paged can say it.
    if (const auto paged = tracker.pageById(pageId); paged && paged->recipient != user)
        return ServiceResult::failure(
            ServiceError::Forbidden,
            QStringLiteral("page %1 was sent to %2: only its recipient can acknowledge it")
                .arg(pageId, paged->recipient),
            QStringLiteral("page_id"));
    const QDateTime now = m_clock.now().toUTC();
    if (const auto refused = tracker.acknowledge(pageId, user, now))
        return ServiceResult::failure(ServiceError::Conflict, *refused);
    const PageTracker::Page page = *tracker.pageById(pageId);
    if (!page.reviewId.isEmpty() && m_gate->acknowledge(page.reviewId, user).ok())
        saveReview(page.reviewId);
    audit(AuditEvent::kPageAcknowledged, user, info->incidentId, pageId,
          AuditPayloads::pageAcknowledged(page.reviewId, info->alertId, page.level, user,
                                          page.acknowledgementLatencySeconds()));
    savePages();
    emitEvent(QStringLiteral("page.acknowledged"),
              QJsonObject{{QStringLiteral("page_id"), pageId},
                          {QStringLiteral("review_id"), page.reviewId},
                          {QStringLiteral("user"), user}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(page.toJson());
}

ServiceResult IncidentService::abort(const QString &reviewId, const QString &who,
                                     const QString &reason)
{
    const GateResult result = m_gate->abort(reviewId, who, reason);
    if (!result.ok())
        return ServiceResult::fromGate(result.error, result.message);
    const ReviewRequest review = *m_gate->review(reviewId);
    saveReview(reviewId);
    auditResolved(review, reason);
    if (auto proposal = m_store.proposal(review.actionId)) {
        proposal->state = QStringLiteral("cancelled");
        proposal->updatedAt = m_clock.now().toUTC();
        saveProposal(*proposal, "proposal.updated");
    }
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(result.toJson());
}

// ------------------------------------------------------------------ stops

ServiceResult IncidentService::engageKillSwitch(const QString &by, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return ServiceResult::failure(ServiceError::Unprocessable,
                                      QStringLiteral("a reason is required"),
                                      QStringLiteral("reason"));
    const QStringList held = m_gate->engageKillSwitch(by, reason);
    saveGuard();
    audit(AuditEvent::kKillSwitchEngaged, by, {}, {}, AuditPayloads::killSwitch(by, reason));
    saveAfterHold(held);
    emitEvent(QStringLiteral("kill_switch.changed"),
              QJsonObject{{QStringLiteral("engaged"), true},
                          {QStringLiteral("by"), by},
                          {QStringLiteral("reason"), reason},
                          {QStringLiteral("held_reviews"), QJsonArray::fromStringList(held)}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(
        QJsonObject{{QStringLiteral("held_reviews"), QJsonArray::fromStringList(held)}});
}

ServiceResult IncidentService::releaseKillSwitch(const QString &by, const QString &reason)
{
    if (!m_guard.killSwitchEngaged())
        return ServiceResult::failure(ServiceError::Conflict,
                                      QStringLiteral("the kill switch is not engaged"));
    m_gate->releaseKillSwitch(); // resumes nothing by itself: held reviews stay held
    saveGuard();
    audit(AuditEvent::kKillSwitchReleased, by, {}, {}, AuditPayloads::killSwitch(by, reason));
    emitEvent(QStringLiteral("kill_switch.changed"),
              QJsonObject{{QStringLiteral("engaged"), false}, {QStringLiteral("by"), by}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success();
}

ServiceResult IncidentService::haltActionType(const QString &actionType, const QString &by,
                                              const QString &reason)
{
    if (actionType.trimmed().isEmpty())
        return ServiceResult::failure(ServiceError::BadRequest,
                                      QStringLiteral("action type is required"),
                                      QStringLiteral("action"));
    const QStringList held = m_gate->haltActionType(actionType, by, reason);
    saveGuard();
    audit(AuditEvent::kActionTypeHalted, by, {}, actionType,
          AuditPayloads::actionType(actionType, by, reason));
    saveAfterHold(held);
    emitEvent(QStringLiteral("halt.changed"),
              QJsonObject{{QStringLiteral("action"), actionType},
                          {QStringLiteral("halted"), true},
                          {QStringLiteral("held_reviews"), QJsonArray::fromStringList(held)}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(
        QJsonObject{{QStringLiteral("held_reviews"), QJsonArray::fromStringList(held)}});
}

ServiceResult IncidentService::resumeActionType(const QString &actionType, const QString &by,
                                                const QString &reason)
{
    if (!m_guard.isHalted(actionType))
        return ServiceResult::failure(ServiceError::Conflict,
                                      QStringLiteral("%1 is not halted").arg(actionType),
                                      QStringLiteral("action"));
    m_gate->resumeActionType(actionType);
    saveGuard();
    audit(AuditEvent::kActionTypeResumed, by, {}, actionType,
          AuditPayloads::actionType(actionType, by, reason));
    emitEvent(QStringLiteral("halt.changed"), QJsonObject{{QStringLiteral("action"), actionType},
                                                          {QStringLiteral("halted"), false}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success();
}

ServiceResult IncidentService::grantClassApproval(ClassApproval approval)
{
    approval.id = nextId("class_approval", "ca-");
    approval.createdAt = m_clock.now().toUTC();
    const auto granted = m_gate->classApprovals().grant(approval);
    if (!granted.ok())
        return ServiceResult::fromGate(granted.error, granted.message);
    saveClassApprovals();
    audit(AuditEvent::kClassApprovalGranted, approval.grantedBy,
          approval.scope == ClassApproval::allIncidents() ? QString() : approval.scope, approval.id,
          AuditPayloads::classApprovalGranted(approval));
    emitEvent(QStringLiteral("class_approval.changed"), approval.toJson());
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(approval.toJson());
}

ServiceResult IncidentService::revokeClassApproval(const QString &id, const QString &by)
{
    const auto revoked = m_gate->classApprovals().revoke(id, by, m_clock.now().toUTC());
    if (!revoked.ok())
        return ServiceResult::fromGate(revoked.error, revoked.message);
    const ClassApproval approval = *m_gate->classApprovals().find(id);
    saveClassApprovals();
    audit(AuditEvent::kClassApprovalRevoked, by,
          approval.scope == ClassApproval::allIncidents() ? QString() : approval.scope, id,
          AuditPayloads::classApprovalRevoked(approval));
    emitEvent(QStringLiteral("class_approval.changed"), approval.toJson());
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(approval.toJson());
}

ServiceResult IncidentService::markOutcome(const QString &actionId, const QString &quality,
                                           const QString &by, const QString &note)
{
    if (quality != QLatin1String("good") && quality != QLatin1String("bad"))
        return ServiceResult::failure(ServiceError::Unprocessable,
                                      QStringLiteral("quality must be good or bad"),
                                      QStringLiteral("quality"));
    const auto proposal = m_store.proposal(actionId);
    if (!proposal)
        return ServiceResult::failure(ServiceError::NotFound,
                                      QStringLiteral("no action %1").arg(actionId),
                                      QStringLiteral("action_id"));
    audit(AuditEvent::kOutcomeMarked, by, proposal->incidentId, actionId,
          AuditPayloads::outcomeMarked(quality, by, note));
    emitEvent(QStringLiteral("outcome.marked"), QJsonObject{{QStringLiteral("action_id"), actionId},
                                                            {QStringLiteral("quality"), quality}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success();
}

// ------------------------------------------------------------------ post-mortem

PostmortemAnalysis IncidentService::postmortem(const QString &incidentId) const
{
    const auto stored = m_store.document(PostmortemAnalysis::documentKey(incidentId));
    if (!stored) {
        PostmortemAnalysis empty;
        empty.incidentId = incidentId;
        return empty;
    }
    PostmortemAnalysis analysis = PostmortemAnalysis::fromStoredJson(*stored);
    analysis.incidentId = incidentId;
    return analysis;
}

ServiceResult IncidentService::savePostmortem(PostmortemAnalysis analysis, const QString &by)
{
    if (!m_store.incident(analysis.incidentId))
        return ServiceResult::failure(ServiceError::NotFound,
                                      QStringLiteral("no incident %1").arg(analysis.incidentId));
    const PostmortemAnalysis current = postmortem(analysis.incidentId);
    if (analysis.revision != current.revision) {
        ServiceResult conflict = ServiceResult::failure(
            ServiceError::Conflict,
            QStringLiteral("the analysis was saved as revision %1 since revision %2 was loaded: "
                           "reload it and apply the change again")
                .arg(current.revision)
                .arg(analysis.revision),
            QStringLiteral("revision"));
        conflict.body.insert(QStringLiteral("current_revision"), current.revision);
        return conflict;
    }
    for (qsizetype i = 0; i < analysis.failures.size(); ++i) {
        const QString actionId = analysis.failures.at(i).actionId;
        const auto proposal = m_store.proposal(actionId);
        if (!proposal || proposal->incidentId != analysis.incidentId)
            return ServiceResult::failure(ServiceError::Unprocessable,
                                          QStringLiteral("%1 is not an action of incident %2")
                                              .arg(actionId, analysis.incidentId),
                                          QStringLiteral("failures[%1].action_id").arg(i));
    }
    analysis.nextActionItem = current.nextActionItem;
    analysis.assignActionItemIds();
    analysis.revision = current.revision + 1;
    analysis.updatedAt = m_clock.now().toUTC();
    analysis.updatedBy = by;

    QString error;
    check(m_store.saveDocument(PostmortemAnalysis::documentKey(analysis.incidentId),
                               analysis.toStoredJson(), &error),
          error);
    const QJsonObject saved = analysis.toJson();
    // The whole analysis goes into the log: what the facilitator concluded,
    // and when, is hash-chained like the facts it is about.
    audit(
        AuditEvent::kPostmortemChanged, by, analysis.incidentId, analysis.incidentId,
        QJsonObject{{QStringLiteral("revision"), analysis.revision},
                    {QStringLiteral("by"), by},
                    {QStringLiteral("failures"), saved.value(QStringLiteral("failures"))},
                    {QStringLiteral("action_items"), saved.value(QStringLiteral("action_items"))}});
    emitEvent(QStringLiteral("postmortem.changed"),
              QJsonObject{{QStringLiteral("incident_id"), analysis.incidentId},
                          {QStringLiteral("revision"), analysis.revision},
                          {QStringLiteral("by"), by}});
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(saved);
}

// ------------------------------------------------------------------ time

ServiceResult IncidentService::tick()
{
    const QDateTime now = m_clock.now().toUTC();
    int timedOut = 0;
    int paged = 0;
    int executed = 0;

    for (const EscalationEvent &event : m_gate->checkTimeouts()) {
        ++timedOut;
        const ReviewRequest review = *m_gate->review(event.reviewId);
        QStringList recipients;
        // The pages of the level that timed out are superseded by the next level's.
        for (const PageTracker::Page &page : pages()) {
            if (page.reviewId == review.id && !page.isEscalated() && !page.isAcknowledged())
                trackerFor(m_pageInfo.value(page.pageId).rosterVersion)
                    .markEscalated(page.pageId, now);
        }
        if (!event.exhausted)
            pageLevel(review, event.toLevel, &recipients);
        audit(AuditEvent::kReviewTimedOut, kSystem, review.incidentId, review.id,
              AuditPayloads::reviewTimedOut(review.actionId, event.fromLevel, recipients, true));
        auditResolved(review, review.holdReason);
        if (event.exhausted) {
            // Held, never approved: the commander is told.
            audit(AuditEvent::kCommanderAlerted, kSystem, review.incidentId, review.id,
                  QJsonObject{{QStringLiteral("action_id"), review.actionId},
                              {QStringLiteral("level"), event.fromLevel},
                              {QStringLiteral("reason"), QStringLiteral("escalation chain "
                                                                        "exhausted")}});
            emitEvent(QStringLiteral("commander.alerted"),
                      QJsonObject{{QStringLiteral("review_id"), review.id},
                                  {QStringLiteral("incident_id"), review.incidentId},
                                  {QStringLiteral("action_id"), review.actionId}});
        }
        saveReview(review.id);
        paged += int(recipients.size());
    }

    // Pages nobody acknowledged in their level's time (the review's own
    // timeout may be longer than the page's).
    for (auto &[version, tracker] : m_trackers) {
        for (const PageTracker::Escalation &due : tracker->dueForEscalation(now)) {
            const auto review = m_gate->review(due.page.reviewId);
            tracker->markEscalated(due.page.pageId, now);
            if (!review || review->isFinal() || due.chainExhausted() ||
                review->escalationLevel > due.page.level)
                continue; // the gate already moved the review up (and paged), or nobody is left
            const PageInfo info = m_pageInfo.value(due.page.pageId);
            for (const QString &recipient : due.nextRecipients) {
                const QString pageId = nextId("page", "pg-");
                if (tracker->page(pageId, review->id, due.next->level, recipient, now))
                    continue;
                m_pageInfo.insert(pageId, PageInfo{version, info.incidentId, info.alertId, {}});
                audit(
                    AuditEvent::kPageSent, kSystem, info.incidentId, pageId,
                    AuditPayloads::pageSent(review->id, info.alertId, due.next->level, recipient));
                emitEvent(QStringLiteral("page.sent"),
                          QJsonObject{{QStringLiteral("page_id"), pageId},
                                      {QStringLiteral("review_id"), review->id},
                                      {QStringLiteral("incident_id"), info.incidentId},
                                      {QStringLiteral("level"), due.next->level},
                                      {QStringLiteral("recipient"), recipient}});
                ++paged;
            }
        }
        for (const PageTracker::Page &page :
             tracker->renotifyDue(now, m_options.renotifyIntervalSeconds)) {
            tracker->markRenotified(page.pageId, now);
            m_pageInfo[page.pageId].renotifiedAt = now;
            emitEvent(QStringLiteral("page.renotified"),
                      QJsonObject{{QStringLiteral("page_id"), page.pageId},
                                  {QStringLiteral("review_id"), page.reviewId},
                                  {QStringLiteral("recipient"), page.acknowledgedBy}});
        }
    }
    savePages();

    // Pre-approved actions whose abort window is over (and nothing stops them).
    for (const ReviewRequest &review : m_gate->reviews()) {
        if (review.tier != ReviewTier::PreApproved || review.state != ReviewState::Pending ||
            !m_gate->mayExecute(review.id))
            continue;
        if (auto proposal = m_store.proposal(review.actionId);
            proposal && queueExecution(*proposal, kAgent))
            ++executed;
    }
    if (!m_storeError.isEmpty())
        return storeFailure();
    return ServiceResult::success(QJsonObject{{QStringLiteral("timed_out"), timedOut},
                                              {QStringLiteral("pages"), paged},
                                              {QStringLiteral("executed"), executed}});
}

} // namespace icc
