#include "AuditEvent.h"
#include "AuditVerifier.h"
#include "ChainReconstruction.h"
#include "CommitBatcher.h"
#include "DatabaseUrl.h"
#include "IncidentService.h"
#include "ManualClock.h"
#include "RosterLoader.h"
#include "SqlServerStore.h"
#include "TestAlerts.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace icc;

namespace {

QString resource(const QString &relative)
{
    return QDir(QString::fromUtf8(test::kResourcesDir)).filePath(relative);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

using test::cpuAlert;
using test::dbAlert;
using test::makeAlert;

// A runbook whose single step the test policy below lets run at level 4.
const char kShipperRunbook[] = R"(---
id: rb-test-log-shipper
title: Log shipper stuck
risk: low
symptoms:
  - log shipper gateway stuck, logs not forwarded
examples:
  - "LogShipperStuck: log shipper gateway stuck, logs not forwarded"
match:
  labels: {alertname: LogShipperStuck}
steps:
  - action: restart_log_shipper
    description: Restart the log shipper gateway.
    risk: low
    command: systemctl restart log-shipper
    rollback: systemctl start log-shipper
    blast_radius: {services: 1, traffic_fraction: 0.0, reversible_minutes: 1}
---

Restart it.
)";

Alert shipperAlert(const QString &service = QStringLiteral("logs"))
{
    return makeAlert(QStringLiteral("LogShipperStuck"), service,
                     QStringLiteral("LogShipperStuck: log shipper gateway stuck, logs not "
                                    "forwarded"),
                     QStringLiteral("warning"));
}

// The shipper runbook with a command that leaves a trace (live mode).
QString markerRunbook(const QString &marker)
{
    QString runbook = QString::fromUtf8(kShipperRunbook);
    runbook.replace(QStringLiteral("command: systemctl restart log-shipper"),
                    QStringLiteral("command: echo ran >> ") + marker);
    runbook.replace(QStringLiteral("rollback: systemctl start log-shipper"),
                    QStringLiteral("rollback: \"true\""));
    return runbook;
}

// One server's worth of state over a SQLite file in a temporary directory.
class Harness
{
public:
    QTemporaryDir dir;
    test::ManualClock clock{QDateTime(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC)};
    std::unique_ptr<SqlServerStore> store;
    std::unique_ptr<IncidentService> service;
    IncidentServiceOptions options;
    QList<EventRecord> published;

    bool open(QString *error)
    {
        const auto url =
            DatabaseUrl::parse(dir.filePath(QStringLiteral("icc.sqlite3")), dir.path(), error);
        if (!url)
            return false;
        store = SqlServerStore::open(*url, error);
        if (!store)
            return false;
        return startService(error);
    }

    bool startService(QString *error)
    {
        service = std::make_unique<IncidentService>(*store, clock, options);
        service->setEventPublisher([this](const EventRecord &event) { published.append(event); });
        const ServiceResult restored = service->restore();
        *error = restored.message;
        return restored.ok();
    }

    // What the HTTP layer does: one transaction per call, events after commit,
    // then the executions the call claimed, each recorded on its own.
    ServiceResult run(const std::function<ServiceResult()> &operation)
    {
        QString error;
        if (!store->begin(&error))
            return ServiceResult::failure(ServiceError::Internal, error);
        const ServiceResult result = operation();
        if (!store->commit(&error)) {
            store->rollback();
            service->restore();
            return ServiceResult::failure(ServiceError::Internal, error);
        }
        service->publishCommitted();
        const ServiceResult ran = service->runQueuedExecutions();
        if (!ran.ok()) {
            service->restore();
            return ran;
        }
        return result;
    }

    bool configure(QString *error)
    {
        ServiceResult result = run([this] {
            return service->setPolicy(readText(resource(QStringLiteral("policy/default.yaml"))),
                                      QStringLiteral("sre-lead"));
        });
        if (!result.ok()) {
            *error = result.message;
            return false;
        }
        result = run([this] {
            return service->setRoster(readText(resource(QStringLiteral("roster/demo.yaml"))),
                                      QStringLiteral("admin"));
        });
        if (!result.ok()) {
            *error = result.message;
            return false;
        }
        QList<RunbookRecord> files;
        const QDir runbooks(resource(QStringLiteral("runbooks")));
        for (const QString &name : runbooks.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            RunbookRecord record;
            record.fileName = name;
            record.markdown = readText(runbooks.filePath(name));
            files.append(record);
        }
        result = run([&] { return service->replaceRunbooks(files, QStringLiteral("admin")); });
        *error = result.message;
        return result.ok();
    }

    ServiceResult ingest(const Alert &alert)
    {
        return run([&] {
            return service->ingest({alert}, QStringLiteral("alertmanager"), QStringLiteral("am"));
        });
    }

    // The proposal for `action` in the incident the first ingested alert went to.
    std::optional<ProposalRecord> proposal(const ServiceResult &ingested, const QString &action)
    {
        const QString incidentId = ingested.body.value(QStringLiteral("alerts"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("incident_id"))
                                       .toString();
        for (const ProposalRecord &proposal : store->proposalsForIncident(incidentId)) {
            if (proposal.actionType == action)
                return proposal;
        }
        return std::nullopt;
    }

    ServiceResult open(const QString &reviewId, const QString &reviewer)
    {
        return run([&] { return service->openReview(reviewId, reviewer); });
    }

    // Everything the friction asks for, with the revision the reviewer saw.
    DecisionInput approval(const QString &reviewId, const QString &reviewer, qint64 revision)
    {
        const ReviewRequest review = *service->gate().review(reviewId);
        DecisionInput input;
        input.reviewId = reviewId;
        input.reviewer = reviewer;
        input.kind = DecisionKind::Approve;
        input.reason = QStringLiteral("the evidence supports it");
        input.confirmationPhrase = review.confirmationPhrase;
        input.rollbackAcknowledged = true;
        input.contextRevision = revision;
        return input;
    }

    ServiceResult decide(const DecisionInput &input)
    {
        return run([&] { return service->decide(input); });
    }

    // Opens, waits out the dwell, approves.
    ServiceResult openAndApprove(const QString &reviewId, const QString &reviewer)
    {
        const ServiceResult opened = open(reviewId, reviewer);
        if (!opened.ok())
            return opened;
        clock.advanceSeconds(service->gate().review(reviewId)->friction.minDwellSeconds + 1);
        return decide(approval(reviewId, reviewer,
                               opened.body.value(QStringLiteral("context_revision")).toInteger()));
    }

    QList<AuditEntry> audit() { return service->auditLog().entries().entries; }

    int countAudit(const char *type, const QString &subject = {})
    {
        int count = 0;
        for (const AuditEntry &entry : audit()) {
            if (entry.type == QLatin1String(type) &&
                (subject.isEmpty() || entry.subject == subject))
                ++count;
        }
        return count;
    }

    // The shipped policy under another version, with text replacements.
    static QString policyVariant(const QString &version,
                                 const QList<std::pair<QString, QString>> &replacements = {})
    {
        QString yaml = readText(resource(QStringLiteral("policy/default.yaml")));
        yaml.replace(QStringLiteral("version: \"2026.11-1\""),
                     QStringLiteral("version: \"%1\"").arg(version));
        for (const auto &[from, to] : replacements)
            yaml.replace(from, to);
        return yaml;
    }

    ServiceResult setPolicy(const QString &yaml)
    {
        return run([&] { return service->setPolicy(yaml, QStringLiteral("sre-lead")); });
    }

    // The shipped runbooks plus extra ones.
    ServiceResult setRunbooks(const QList<RunbookRecord> &extra)
    {
        QList<RunbookRecord> files = extra;
        const QDir runbooks(resource(QStringLiteral("runbooks")));
        for (const QString &name : runbooks.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            RunbookRecord record;
            record.fileName = name;
            record.markdown = readText(runbooks.filePath(name));
            files.append(record);
        }
        return run([&] { return service->replaceRunbooks(files, QStringLiteral("admin")); });
    }

    // The shipped runbooks with one of them edited (a responder's PUT / import).
    ServiceResult editShippedRunbook(const QString &fileName, const QString &from,
                                     const QString &to)
    {
        QList<RunbookRecord> files;
        const QDir runbooks(resource(QStringLiteral("runbooks")));
        for (const QString &name : runbooks.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            RunbookRecord record;
            record.fileName = name;
            record.markdown = readText(runbooks.filePath(name));
            if (name == fileName) {
                if (!record.markdown.contains(from))
                    return ServiceResult::failure(ServiceError::BadRequest,
                                                  QStringLiteral("%1 not in %2").arg(from, name));
                record.markdown.replace(from, to);
            }
            files.append(record);
        }
        return run([&] { return service->replaceRunbooks(files, QStringLiteral("admin")); });
    }

    // The commands the audit says were run (dry run) for an action.
    QStringList executedCommands(const QString &actionId)
    {
        QStringList commands;
        for (const AuditEntry &entry : audit()) {
            if (entry.type == QLatin1String(AuditEvent::kExecutionCompleted) &&
                entry.subject == actionId)
                commands.append(entry.payload.value(QStringLiteral("command")).toString());
        }
        return commands;
    }

    // A policy and runbook under which restart_log_shipper runs at level 4
    // (the clock moves into the catalog entry's qualification period).
    bool enableAutonomousShipper(QString *error,
                                 const QString &runbook = QString::fromUtf8(kShipperRunbook))
    {
        clock.set(QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC));
        const QString yaml = policyVariant(
            QStringLiteral("test-autonomous"),
            {{QStringLiteral("when_unknown: degraded"), QStringLiteral("when_unknown: normal")},
             {QStringLiteral("min_pattern_occurrences: 10"),
              QStringLiteral("min_pattern_occurrences: 0")},
             {QStringLiteral("min_pattern_occurrences: 3"),
              QStringLiteral("min_pattern_occurrences: 0")},
             {QStringLiteral("min_confidence: 0.85"), QStringLiteral("min_confidence: 0.05")},
             {QStringLiteral("min_confidence: 0.70"), QStringLiteral("min_confidence: 0.05")}});
        ServiceResult result = setPolicy(yaml);
        if (result.ok()) {
            RunbookRecord record;
            record.fileName = QStringLiteral("test-log-shipper.md");
            record.markdown = runbook;
            result = setRunbooks({record});
        }
        *error = result.message;
        return result.ok();
    }

    int countEvents(const QString &type)
    {
        int count = 0;
        for (const EventRecord &event : store->events(0, 0))
            count += event.type == type ? 1 : 0;
        return count;
    }

    QString incidentOf(const ServiceResult &ingested)
    {
        return ingested.body[QStringLiteral("alerts")][0][QStringLiteral("incident_id")].toString();
    }

    QList<PageTracker::Page> pagesOf(const QString &reviewId)
    {
        QList<PageTracker::Page> found;
        for (const PageTracker::Page &page : service->pages()) {
            if (page.reviewId == reviewId)
                found.append(page);
        }
        return found;
    }

    QString onCall(int level)
    {
        const auto roster = store->latestRoster();
        const RosterLoadResult loaded =
            RosterLoader::fromYaml(roster->yaml, QStringLiteral("roster.yaml"));
        return loaded.roster->recipientsForLevel(level, clock.now()).value(0);
    }
};

#define START(h)                                                                                   \
    Harness h;                                                                                     \
    {                                                                                              \
        QString error;                                                                             \
        QVERIFY2(h.dir.isValid() && h.open(&error), qPrintable(error));                            \
        QVERIFY2(h.configure(&error), qPrintable(error));                                          \
    }

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void repeatOfFiringAlertIsDeduplicated()
    {
        START(h);
        const ServiceResult first = h.ingest(cpuAlert());
        QVERIFY2(first.ok(), qPrintable(first.message));
        const int proposals = int(h.store->proposals({}, 0).size());
        const ServiceResult again = h.ingest(cpuAlert());
        QVERIFY(again.ok());
        QCOMPARE(h.store->alertCount(), 1);
        const AlertRecord row = *h.store->alertById(
            first.body[QStringLiteral("alerts")][0][QStringLiteral("alert_id")].toInteger());
        QCOMPARE(row.occurrences, 2);
        QCOMPARE(again.body[QStringLiteral("alerts")][0][QStringLiteral("disposition")].toString(),
                 QStringLiteral("updated"));
        QCOMPARE(h.store->proposals({}, 0).size(), proposals); // nothing proposed twice

        Alert resolved = cpuAlert();
        resolved.status = Alert::Status::Resolved;
        QVERIFY(h.ingest(resolved).ok());
        QCOMPARE(h.store->alertCount(), 1);
        QCOMPARE(h.store->alertById(row.id)->status, QStringLiteral("resolved"));
        const IncidentRow incident = *h.store->incident(row.incidentId);
        QCOMPARE(incident.status, QStringLiteral("resolved"));
        // Its open reviews are withdrawn, never approved.
        for (const ReviewRequest &review : h.service->gate().reviews()) {
            if (review.incidentId == incident.id)
                QCOMPARE(toString(review.state), toString(ReviewState::Cancelled));
        }
    }

    void alertsGroupIntoIncidents()
    {
        START(h);
        const ServiceResult first = h.ingest(cpuAlert(QStringLiteral("1")));
        const QString incidentId =
            first.body[QStringLiteral("alerts")][0][QStringLiteral("incident_id")].toString();
        QVERIFY(!incidentId.isEmpty());
        const qint64 revision = h.store->incident(incidentId)->contextRevision;

        h.clock.advanceMinutes(5);
        const ServiceResult sameProblem = h.ingest(cpuAlert(QStringLiteral("2")));
        QCOMPARE(
            sameProblem.body[QStringLiteral("alerts")][0][QStringLiteral("incident_id")].toString(),
            incidentId);
        const IncidentRow joined = *h.store->incident(incidentId);
        QCOMPARE(joined.alertCount, 2);
        QVERIFY(joined.contextRevision > revision);
        QCOMPARE(h.service->gate().contextRevision(incidentId), joined.contextRevision);

        const ServiceResult otherService =
            h.ingest(makeAlert(QStringLiteral("HighCPU"), QStringLiteral("payments"),
                               QStringLiteral("HighCPU firing: payments CPU usage 97% for 10m")));
        QVERIFY(otherService.body[QStringLiteral("alerts")][0][QStringLiteral("incident_id")]
                    .toString() != incidentId);

        // After a quiet spell longer than the window the same alert opens a new incident.
        h.clock.advanceMinutes(31);
        const ServiceResult later = h.ingest(cpuAlert(QStringLiteral("3")));
        QVERIFY(later.body[QStringLiteral("alerts")][0][QStringLiteral("incident_id")].toString() !=
                incidentId);
        // Pinned to the versions in force when it opened.
        QCOMPARE(joined.policyVersion, h.service->activePolicyVersion());
        QCOMPARE(joined.rosterVersion, h.service->latestRosterVersion());
    }

    void escalatedStepCreatesReviewAndPage()
    {
        START(h);
        const ServiceResult ingested = h.ingest(cpuAlert());
        const auto proposal = h.proposal(ingested, QStringLiteral("restart_service"));
        QVERIFY(proposal);
        QCOMPARE(proposal->state, QStringLiteral("under_review"));
        QVERIFY(!proposal->reviewId.isEmpty());
        const auto review = h.service->gate().review(proposal->reviewId);
        QVERIFY(review);
        QCOMPARE(toString(review->state), toString(ReviewState::Pending));
        QVERIFY(review->deadline.isValid());
        QCOMPARE(review->escalationChain.size(), 4); // the pinned roster's chain
        // The on-call of level 1 is paged, audited.
        const QString primary = h.onCall(1);
        bool paged = false;
        for (const PageTracker::Page &page : h.service->pages())
            paged |= page.reviewId == review->id && page.level == 1 && page.recipient == primary;
        QVERIFY(paged);
        QVERIFY(h.countAudit(AuditEvent::kPageSent) >= 1);
        QVERIFY(h.countAudit(AuditEvent::kPolicyDecided, proposal->actionId) == 1);
        // The review is persisted as the gate holds it.
        QCOMPARE(h.store->review(review->id)->value(QStringLiteral("state")).toString(),
                 QStringLiteral("pending"));
    }

    void approvalRunsDryRunAndIsAudited()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        // Nothing ran before a human approved.
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        const ServiceResult approved = h.openAndApprove(proposal->reviewId, QStringLiteral("erin"));
        QVERIFY2(approved.ok(), qPrintable(approved.message));
        QCOMPARE(h.store->proposal(proposal->actionId)->state, QStringLiteral("executed"));
        QCOMPARE(toString(h.service->gate().review(proposal->reviewId)->state),
                 toString(ReviewState::Executed));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
        for (const AuditEntry &entry : h.audit()) {
            if (entry.type == QLatin1String(AuditEvent::kExecutionCompleted))
                QCOMPARE(entry.payload.value(QStringLiteral("mode")).toString(),
                         QStringLiteral("dry_run"));
        }
        // One approval never runs twice.
        const ServiceResult again =
            h.decide(h.approval(proposal->reviewId, QStringLiteral("erin"),
                                h.store->incident(proposal->incidentId)->contextRevision));
        QVERIFY(!again.ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
    }

    void agentCannotReviewItsOwnProposal()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        const ServiceResult opened = h.open(proposal->reviewId, QStringLiteral("agent"));
        const ServiceResult decided =
            h.decide(h.approval(proposal->reviewId, QStringLiteral("agent"),
                                h.store->incident(proposal->incidentId)->contextRevision));
        QVERIFY(!decided.ok());
        QCOMPARE(decided.httpStatus(), 403);
        Q_UNUSED(opened);
    }

    void tier3NeedsTwoDistinctReviewersAndTheDwell()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(dbAlert()), QStringLiteral("promote_replica"));
        QVERIFY(proposal);
        const QString reviewId = proposal->reviewId;
        QCOMPARE(toString(h.service->gate().review(reviewId)->tier),
                 toString(ReviewTier::TwoReviewer));

        // Too fast: the server counts the dwell from the reviewer's own open.
        const ServiceResult opened = h.open(reviewId, QStringLiteral("alice"));
        QVERIFY(opened.ok());
        const qint64 revision = opened.body.value(QStringLiteral("context_revision")).toInteger();
        h.clock.advanceSeconds(5);
        const ServiceResult hasty =
            h.decide(h.approval(reviewId, QStringLiteral("alice"), revision));
        QCOMPARE(hasty.body.value(QStringLiteral("gate_error")).toString(),
                 toString(GateError::DwellNotMet));
        QCOMPARE(h.countAudit(AuditEvent::kReviewRefused, reviewId), 1);

        QVERIFY(h.openAndApprove(reviewId, QStringLiteral("alice")).ok());
        QCOMPARE(toString(h.service->gate().review(reviewId)->state),
                 toString(ReviewState::Pending));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        // The same reviewer again does not count twice.
        QVERIFY(!h.decide(h.approval(reviewId, QStringLiteral("alice"), revision)).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        // A second, distinct reviewer completes it.
        const ServiceResult second = h.openAndApprove(reviewId, QStringLiteral("bob"));
        QVERIFY2(second.ok(), qPrintable(second.message));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
    }

    void decisionOnStaleContextIsRefused()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        const ServiceResult opened = h.open(proposal->reviewId, QStringLiteral("erin"));
        const qint64 seen = opened.body.value(QStringLiteral("context_revision")).toInteger();
        // A new alert joins the incident while erin looks at the old picture.
        h.clock.advanceSeconds(30);
        QVERIFY(h.ingest(cpuAlert(QStringLiteral("2"))).ok());
        const ServiceResult stale =
            h.decide(h.approval(proposal->reviewId, QStringLiteral("erin"), seen));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.httpStatus(), 409);
        QCOMPARE(stale.field, QStringLiteral("context_revision"));
        QCOMPARE(h.countAudit(AuditEvent::kReviewRefused, proposal->reviewId), 1);
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        // Looking again at the current context, the decision goes through.
        QVERIFY(h.openAndApprove(proposal->reviewId, QStringLiteral("erin")).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
    }

    void timeoutHoldsAndEscalatesButNeverApproves()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        const QString reviewId = proposal->reviewId;
        h.clock.advanceMinutes(11);
        const ServiceResult ticked = h.run([&] { return h.service->tick(); });
        QVERIFY(ticked.ok());
        ReviewRequest review = *h.service->gate().review(reviewId);
        QCOMPARE(toString(review.state), toString(ReviewState::Held));
        QCOMPARE(review.escalationLevel, 2);
        QCOMPARE(h.countAudit(AuditEvent::kReviewTimedOut, reviewId), 1);
        const QString secondary = h.onCall(2);
        bool paged = false;
        for (const PageTracker::Page &page : h.service->pages())
            paged |= page.reviewId == reviewId && page.level == 2 && page.recipient == secondary;
        QVERIFY(paged);

        // Through the whole chain: held, commander alerted, never approved.
        for (int i = 0; i < 6; ++i) {
            h.clock.advanceMinutes(16);
            QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        }
        review = *h.service->gate().review(reviewId);
        QCOMPARE(toString(review.state), toString(ReviewState::Held));
        QVERIFY(review.chainExhausted);
        QCOMPARE(h.countAudit(AuditEvent::kCommanderAlerted, reviewId), 1);
        QVERIFY(!h.service->gate().mayExecute(reviewId));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        QCOMPARE(h.store->proposal(proposal->actionId)->state, QStringLiteral("under_review"));
        // A human can still decide a held review.
        QVERIFY(h.openAndApprove(reviewId, QStringLiteral("ivan")).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
    }

    void killSwitchHoldsInFlightReviews()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        const QString reviewId = proposal->reviewId;
        const ServiceResult opened = h.open(reviewId, QStringLiteral("erin"));
        const ServiceResult engaged = h.run([&] {
            return h.service->engageKillSwitch(QStringLiteral("ivan"), QStringLiteral("bad data"));
        });
        QVERIFY(engaged.ok());
        QVERIFY(engaged.body.value(QStringLiteral("held_reviews"))
                    .toArray()
                    .contains(QJsonValue(reviewId)));
        QCOMPARE(toString(h.service->gate().review(reviewId)->state), toString(ReviewState::Held));
        QCOMPARE(h.countAudit(AuditEvent::kKillSwitchEngaged), 1);
        h.clock.advanceSeconds(120);
        const ServiceResult blocked = h.openAndApprove(reviewId, QStringLiteral("erin"));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.body.value(QStringLiteral("gate_error")).toString(),
                 toString(GateError::KillSwitchEngaged));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        // The guard survives a restart.
        QString error;
        QVERIFY2(h.startService(&error), qPrintable(error));
        QVERIFY(h.service->guard().killSwitchEngaged());
        QVERIFY(h.run([&] {
                     return h.service->releaseKillSwitch(QStringLiteral("ivan"),
                                                         QStringLiteral("fixed"));
                 }).ok());
        QCOMPARE(toString(h.service->gate().review(reviewId)->state),
                 toString(ReviewState::Held)); // resumes nothing
        QVERIFY(h.openAndApprove(reviewId, QStringLiteral("erin")).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
        Q_UNUSED(opened);
    }

    void restartRestoresReviewsPagesAndTimers()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        const QString reviewId = proposal->reviewId;
        const ReviewRequest before = *h.service->gate().review(reviewId);
        const qsizetype pages = h.service->pages().size();
        QVERIFY(pages > 0);

        h.service.reset(); // the process dies
        QString error;
        QVERIFY2(h.startService(&error), qPrintable(error));
        const auto after = h.service->gate().review(reviewId);
        QVERIFY(after);
        QCOMPARE(toString(after->state), toString(ReviewState::Pending));
        QCOMPARE(after->deadline, before.deadline);
        QCOMPARE(h.service->pages().size(), pages);
        QCOMPARE(h.service->gate().contextRevision(proposal->incidentId),
                 h.store->incident(proposal->incidentId)->contextRevision);

        // The timer still fires after the restart.
        h.clock.advanceMinutes(11);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QCOMPARE(toString(h.service->gate().review(reviewId)->state), toString(ReviewState::Held));
        QCOMPARE(h.countAudit(AuditEvent::kReviewTimedOut, reviewId), 1);
        // Ids continue: a new incident does not reuse one.
        const ServiceResult other = h.ingest(dbAlert());
        QVERIFY(other.body[QStringLiteral("alerts")][0][QStringLiteral("incident_id")].toString() !=
                proposal->incidentId);
    }

    void modifyIsRecheckedAndReviewedBySomeoneElse()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("scale_out"));
        QVERIFY(proposal);
        const ServiceResult opened = h.open(proposal->reviewId, QStringLiteral("erin"));
        DecisionInput modify =
            h.approval(proposal->reviewId, QStringLiteral("erin"),
                       opened.body.value(QStringLiteral("context_revision")).toInteger());
        modify.kind = DecisionKind::Modify;
        modify.parameters = {{QStringLiteral("replicas"), QStringLiteral("8")}};
        const ServiceResult modified = h.decide(modify);
        QVERIFY2(modified.ok(), qPrintable(modified.message));
        const QString newReview = modified.body.value(QStringLiteral("new_review_id")).toString();
        QVERIFY(!newReview.isEmpty());
        QCOMPARE(h.countAudit(AuditEvent::kPolicyDecided, proposal->actionId), 2);
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        // erin proposed the modification: she cannot approve it herself.
        const ServiceResult own = h.openAndApprove(newReview, QStringLiteral("erin"));
        QVERIFY(!own.ok());
        QVERIFY(h.openAndApprove(newReview, QStringLiteral("frank")).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
        QCOMPARE(h.store->proposal(proposal->actionId)
                     ->step[QStringLiteral("parameters")][QStringLiteral("replicas")]
                     .toString(),
                 QStringLiteral("8"));
    }

    void auditChainVerifiesAndEventsAreGapFree()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        QVERIFY(h.openAndApprove(proposal->reviewId, QStringLiteral("erin")).ok());
        QVERIFY(h.run([&] {
                     return h.service->markOutcome(proposal->actionId, QStringLiteral("good"),
                                                   QStringLiteral("carol"), QStringLiteral("ok"));
                 }).ok());
        h.clock.advanceMinutes(11);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());

        const AuditVerification verified = AuditVerifier::verifyStore(h.store->auditStore());
        QVERIFY2(verified.ok, qPrintable(verified.reason));

        ChainReconstruction chain(h.clock);
        const ChainResult built = chain.build(h.audit(), proposal->actionId);
        QVERIFY2(built.ok(), qPrintable(built.error));
        QVERIFY(built.chain.humanReview.present);
        QVERIFY(built.chain.policy.present);
        QVERIFY(built.chain.agent.present);
        QVERIFY(built.chain.agent.matchPresent);
        QCOMPARE(built.chain.agent.matchedRunbook, QStringLiteral("rb-cpu-high"));
        QCOMPARE(built.chain.executions.size(), 1);
        QCOMPARE(built.chain.outcomes.size(), 1);
        QCOMPARE(built.chain.humanReview.reviewers.at(0).reviewer, QStringLiteral("erin"));

        const QList<EventRecord> stored = h.store->events(0, 0);
        QVERIFY(!stored.isEmpty());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(stored.at(i).sequence, i + 1);
        QCOMPARE(h.published.size(), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(h.published.at(i).sequence, stored.at(i).sequence);
    }

    // --- gaps fixed after the first version ----------------------------------

    void blockedAutonomousStepIsHeldForAHuman()
    {
        START(h);
        QString error;
        QVERIFY2(h.enableAutonomousShipper(&error), qPrintable(error));
        // Without a stop the step runs on its own (level 4): the setup is right.
        const auto free = h.proposal(h.ingest(shipperAlert(QStringLiteral("logs-a"))),
                                     QStringLiteral("restart_log_shipper"));
        QVERIFY(free);
        QCOMPARE(free->decision.value(QStringLiteral("autonomy_level")).toInt(), 4);
        QCOMPARE(toString(h.service->gate().review(free->reviewId)->tier),
                 toString(ReviewTier::PreApproved));

        QVERIFY(h.run([&] {
                     return h.service->engageKillSwitch(QStringLiteral("ivan"),
                                                        QStringLiteral("bad data"));
                 }).ok());
        const auto stopped = h.proposal(h.ingest(shipperAlert(QStringLiteral("logs-b"))),
                                        QStringLiteral("restart_log_shipper"));
        QVERIFY(stopped);
        // Audited as blocked, and not dropped: a held review waits for a human.
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, stopped->actionId), 0);
        bool heldByRule = false;
        for (const AuditEntry &entry : h.audit()) {
            if (entry.type == QLatin1String(AuditEvent::kPolicyDecided) &&
                entry.subject == stopped->actionId)
                heldByRule |=
                    QJsonDocument(entry.payload).toJson().contains("guard.autonomous_step_held");
        }
        QVERIFY(heldByRule);
        QCOMPARE(stopped->state, QStringLiteral("under_review"));
        QVERIFY(!stopped->reviewId.isEmpty());
        ReviewRequest review = *h.service->gate().review(stopped->reviewId);
        QCOMPARE(toString(review.state), toString(ReviewState::Held));
        QVERIFY(reviewRank(review.tier) >= reviewRank(ReviewTier::Standard));
        QCOMPARE(h.countAudit(AuditEvent::kPolicyDecided, stopped->actionId), 2);

        // Released: it never runs by itself, however long it waits.
        QVERIFY(h.run([&] {
                     return h.service->releaseKillSwitch(QStringLiteral("ivan"),
                                                         QStringLiteral("fixed"));
                 }).ok());
        for (int i = 0; i < 8; ++i) {
            h.clock.advanceMinutes(16);
            QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        }
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, stopped->actionId), 0);
        QCOMPARE(toString(h.service->gate().review(stopped->reviewId)->state),
                 toString(ReviewState::Held));
        // A human picks it up.
        const ServiceResult approved = h.openAndApprove(stopped->reviewId, QStringLiteral("erin"));
        QVERIFY2(approved.ok(), qPrintable(approved.message));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, stopped->actionId), 1);
        QCOMPARE(h.store->proposal(stopped->actionId)->state, QStringLiteral("executed"));
    }

    void haltedAutonomousStepIsHeldToo()
    {
        START(h);
        QString error;
        QVERIFY2(h.enableAutonomousShipper(&error), qPrintable(error));
        QVERIFY(h.run([&] {
                     return h.service->haltActionType(QStringLiteral("restart_log_shipper"),
                                                      QStringLiteral("ivan"),
                                                      QStringLiteral("flapping"));
                 }).ok());
        const auto stopped =
            h.proposal(h.ingest(shipperAlert()), QStringLiteral("restart_log_shipper"));
        QVERIFY(stopped);
        QCOMPARE(stopped->state, QStringLiteral("under_review"));
        QCOMPARE(toString(h.service->gate().review(stopped->reviewId)->state),
                 toString(ReviewState::Held));
        QVERIFY(h.run([&] {
                     return h.service->resumeActionType(QStringLiteral("restart_log_shipper"),
                                                        QStringLiteral("ivan"),
                                                        QStringLiteral("ok"));
                 }).ok());
        h.clock.advanceMinutes(20);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, stopped->actionId), 0);
        QVERIFY(!h.service->gate().mayExecute(stopped->reviewId));
        QVERIFY(reviewRank(h.service->gate().review(stopped->reviewId)->tier) >=
                reviewRank(ReviewTier::Standard));
    }

    void newAlertInIncidentDoesNotReproposeOpenActions()
    {
        START(h);
        const ServiceResult first = h.ingest(cpuAlert(QStringLiteral("1")));
        const QString incidentId = h.incidentOf(first);
        const qsizetype proposals = h.store->proposalsForIncident(incidentId).size();
        const qsizetype reviews = h.service->gate().reviews().size();
        QVERIFY(reviews > 0);
        qint64 revision = h.store->incident(incidentId)->contextRevision;
        for (int i = 2; i <= 6; ++i) {
            h.clock.advanceSeconds(20);
            const ServiceResult joined = h.ingest(cpuAlert(QString::number(i)));
            QCOMPARE(h.incidentOf(joined), incidentId);
            QVERIFY(joined.body[QStringLiteral("alerts")][0][QStringLiteral("actions")]
                        .toArray()
                        .isEmpty());
            QVERIFY(!joined.body[QStringLiteral("alerts")][0][QStringLiteral("joined_actions")]
                         .toArray()
                         .isEmpty());
            const IncidentRow incident = *h.store->incident(incidentId);
            QVERIFY(incident.contextRevision > revision); // reviewers must look again
            revision = incident.contextRevision;
        }
        QCOMPARE(h.store->proposalsForIncident(incidentId).size(), proposals);
        QCOMPARE(h.service->gate().reviews().size(), reviews);
        QCOMPARE(h.store->incident(incidentId)->alertCount, 6);
        QCOMPARE(h.countAudit(AuditEvent::kAlertReceived), 6);
        QCOMPARE(h.countAudit(AuditEvent::kMatchCompleted), 6);

        // The dedup survives a restart (rebuilt from the store).
        QString error;
        QVERIFY2(h.startService(&error), qPrintable(error));
        QVERIFY(h.ingest(cpuAlert(QStringLiteral("7"))).ok());
        QCOMPARE(h.store->proposalsForIncident(incidentId).size(), proposals);

        // Once the open proposal is final, the next alert may propose it again.
        const auto restart = h.proposal(first, QStringLiteral("restart_service"));
        const ServiceResult opened = h.open(restart->reviewId, QStringLiteral("erin"));
        DecisionInput reject =
            h.approval(restart->reviewId, QStringLiteral("erin"),
                       opened.body.value(QStringLiteral("context_revision")).toInteger());
        reject.kind = DecisionKind::Reject;
        QVERIFY(h.decide(reject).ok());
        const ServiceResult after = h.ingest(cpuAlert(QStringLiteral("8")));
        int restarts = 0;
        for (const ProposalRecord &proposal : h.store->proposalsForIncident(incidentId))
            restarts += proposal.actionType == QLatin1String("restart_service") ? 1 : 0;
        QCOMPARE(restarts, 2);
        Q_UNUSED(after);
    }

    void repeatsKeepTheGroupingWindowOpen()
    {
        START(h);
        const QString incidentId = h.incidentOf(h.ingest(cpuAlert(QStringLiteral("1"))));
        h.clock.advanceMinutes(20);
        QCOMPARE(h.incidentOf(h.ingest(cpuAlert(QStringLiteral("2")))), incidentId);
        QCOMPARE(h.store->incident(incidentId)->lastAlertAt, h.clock.now().toUTC());
        h.clock.advanceMinutes(20);
        QVERIFY(h.ingest(cpuAlert(QStringLiteral("1"))).ok()); // a repeat
        h.clock.advanceMinutes(20);
        // 60 minutes after the first alert, 20 after the last: still the same incident.
        QCOMPARE(h.incidentOf(h.ingest(cpuAlert(QStringLiteral("3")))), incidentId);
    }

    void endsAtInThePastResolves()
    {
        START(h);
        const ServiceResult first = h.ingest(cpuAlert());
        const QString incidentId = h.incidentOf(first);
        Alert ended = cpuAlert();
        ended.endsAt = h.clock.now().addSecs(-5);
        QVERIFY(ended.status == Alert::Status::Firing); // as the parser leaves it
        const ServiceResult resolved = h.ingest(ended);
        QCOMPARE(
            resolved.body[QStringLiteral("alerts")][0][QStringLiteral("disposition")].toString(),
            QStringLiteral("resolved"));
        QCOMPARE(h.store->incident(incidentId)->status, QStringLiteral("resolved"));

        // endsAt in the future is a firing alert that has not ended yet.
        Alert future = dbAlert();
        future.endsAt = h.clock.now().addSecs(300);
        const ServiceResult firing = h.ingest(future);
        QCOMPARE(firing.body[QStringLiteral("alerts")][0][QStringLiteral("disposition")].toString(),
                 QStringLiteral("created"));
        QCOMPARE(h.store->incident(h.incidentOf(firing))->status, QStringLiteral("open"));
    }

    // --- paths covered after the first version ------------------------------

    // What the reviewer approved runs, not what the runbook says by then.
    void approvalRunsTheStepAsReviewedNotTheEditedRunbook()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        QCOMPARE(toString(h.service->gate().review(proposal->reviewId)->tier),
                 toString(ReviewTier::Standard));
        const QString reviewed = QStringLiteral("kubectl -n 'shop' rollout restart "
                                                "deployment/'checkout-api'");
        // The reviewer is shown the command that will run.
        const ServiceResult opened = h.open(proposal->reviewId, QStringLiteral("erin"));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.body[QStringLiteral("step")][QStringLiteral("command")].toString(),
                 QStringLiteral("kubectl -n {{namespace}} rollout restart "
                                "deployment/{{deployment}}"));
        // A responder edits the step while the review is open.
        const ServiceResult edited = h.editShippedRunbook(
            QStringLiteral("cpu-high.md"),
            QStringLiteral("command: kubectl -n {{namespace}} rollout restart "
                           "deployment/{{deployment}}"),
            QStringLiteral("command: kubectl -n {{namespace}} delete deployment/{{deployment}}"));
        QVERIFY2(edited.ok(), qPrintable(edited.message));
        const ServiceResult approved =
            h.decide(h.approval(proposal->reviewId, QStringLiteral("erin"),
                                opened.body.value(QStringLiteral("context_revision")).toInteger()));
        QVERIFY2(approved.ok(), qPrintable(approved.message));
        QCOMPARE(h.executedCommands(proposal->actionId), QStringList{reviewed});
        QCOMPARE(h.store->proposal(proposal->actionId)->state, QStringLiteral("executed"));
    }

    // A pre-approved step runs at the end of its abort window as it was
    // proposed, even when its runbook was rewritten during the window.
    void preApprovedStepRunsItsSnapshotAfterARunbookEdit()
    {
        START(h);
        const auto identify = h.proposal(h.ingest(cpuAlert()), QStringLiteral("identify_process"));
        QVERIFY(identify);
        QCOMPARE(toString(h.service->gate().review(identify->reviewId)->tier),
                 toString(ReviewTier::PreApproved));
        // The diagnostic step suddenly changes state.
        const ServiceResult edited = h.editShippedRunbook(
            QStringLiteral("cpu-high.md"), QStringLiteral("  - action: identify_process\n"),
            QStringLiteral("  - action: identify_process\n"
                           "    command: kubectl -n shop delete deployment/checkout-api\n"
                           "    rollback: kubectl -n shop apply -f checkout-api.yaml\n"
                           "    blast_radius: {services: 1, traffic_fraction: 1.0, "
                           "reversible_minutes: 30}\n"));
        QVERIFY2(edited.ok(), qPrintable(edited.message));
        QVERIFY(h.service->runbooks()
                    .find(QStringLiteral("rb-cpu-high"))
                    ->steps.at(identify->stepIndex)
                    .changesState());
        h.clock.advanceSeconds(301); // the abort window is over
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QCOMPARE(h.executedCommands(identify->actionId), QStringList{QString()});
        QCOMPARE(h.store->proposal(identify->actionId)->state, QStringLiteral("executed"));
    }

    void preApprovedStepsWaitOutTheAbortWindow()
    {
        START(h);
        const ServiceResult ingested = h.ingest(cpuAlert());
        const auto identify = h.proposal(ingested, QStringLiteral("identify_process"));
        const auto changes = h.proposal(ingested, QStringLiteral("check_recent_changes"));
        QVERIFY(identify && changes);
        QCOMPARE(toString(h.service->gate().review(identify->reviewId)->tier),
                 toString(ReviewTier::PreApproved));
        QVERIFY(h.run([&] {
                     return h.service->abort(changes->reviewId, QStringLiteral("erin"),
                                             QStringLiteral("not now"));
                 }).ok());
        h.clock.advanceSeconds(100);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, identify->actionId), 0);
        h.clock.advanceSeconds(201); // the 300 s abort window is over
        const ServiceResult ticked = h.run([&] { return h.service->tick(); });
        QVERIFY(ticked.ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, identify->actionId), 1);
        QCOMPARE(h.store->proposal(identify->actionId)->state, QStringLiteral("executed"));
        // The aborted one never runs.
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, changes->actionId), 0);
        QCOMPARE(h.store->proposal(changes->actionId)->state, QStringLiteral("cancelled"));
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, identify->actionId), 1);
    }

    void haltHoldsOnlyThatActionTypeAndResumeReleasesNothing()
    {
        START(h);
        const ServiceResult ingested = h.ingest(cpuAlert());
        const auto restart = h.proposal(ingested, QStringLiteral("restart_service"));
        const auto scale = h.proposal(ingested, QStringLiteral("scale_out"));
        const ServiceResult halted = h.run([&] {
            return h.service->haltActionType(QStringLiteral("restart_service"),
                                             QStringLiteral("ivan"), QStringLiteral("flapping"));
        });
        QVERIFY(halted.ok());
        QVERIFY(halted.body.value(QStringLiteral("held_reviews"))
                    .toArray()
                    .contains(QJsonValue(restart->reviewId)));
        QCOMPARE(toString(h.service->gate().review(restart->reviewId)->state),
                 toString(ReviewState::Held));
        QCOMPARE(toString(h.service->gate().review(scale->reviewId)->state),
                 toString(ReviewState::Pending));
        h.clock.advanceSeconds(120);
        QVERIFY(!h.openAndApprove(restart->reviewId, QStringLiteral("erin")).ok());
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, restart->actionId), 0);
        QVERIFY(h.run([&] {
                     return h.service->resumeActionType(QStringLiteral("restart_service"),
                                                        QStringLiteral("ivan"),
                                                        QStringLiteral("stable"));
                 }).ok());
        QCOMPARE(toString(h.service->gate().review(restart->reviewId)->state),
                 toString(ReviewState::Held));
        QVERIFY(!h.service->gate().mayExecute(restart->reviewId));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, restart->actionId), 0);
        QCOMPARE(h.countAudit(AuditEvent::kActionTypeResumed), 1);
    }

    void classApprovalCarriesTier1UntilRevoked()
    {
        START(h);
        // A familiar pattern (tier 1 needs one).
        QVERIFY(h.run([&] {
                     return ServiceResult{
                         h.store->saveDocument(
                             QStringLiteral("pattern_counts"),
                             QJsonObject{{QStringLiteral("rb-telemetry-pipeline-outage"), 5}})
                             ? ServiceError::None
                             : ServiceError::Internal,
                         {},
                         {},
                         {}};
                 }).ok());
        QString error;
        QVERIFY2(h.startService(&error), qPrintable(error));
        const auto target = [](const QString &service) {
            return makeAlert(QStringLiteral("TargetDown"), service,
                             QStringLiteral("TargetDown: 100% of the otel-collector/otel-collector "
                                            "targets in observability namespace are down"),
                             QStringLiteral("warning"));
        };
        const auto before = h.proposal(h.ingest(target(QStringLiteral("otel-a"))),
                                       QStringLiteral("restart_collector"));
        QVERIFY(before);
        QCOMPARE(toString(h.service->gate().review(before->reviewId)->tier),
                 toString(ReviewTier::Reduced));
        QCOMPARE(toString(h.service->gate().review(before->reviewId)->state),
                 toString(ReviewState::Pending));

        ClassApproval grant;
        grant.actionPattern = QStringLiteral("restart_collector");
        grant.scope = ClassApproval::allIncidents();
        grant.grantedBy = QStringLiteral("ivan");
        grant.expiresAt = h.clock.now().addSecs(7200);
        grant.description = QStringLiteral("collector restarts, 2 h");
        const ServiceResult granted = h.run([&] { return h.service->grantClassApproval(grant); });
        QVERIFY2(granted.ok(), qPrintable(granted.message));
        const QString grantId = granted.body.value(QStringLiteral("id")).toString();

        const auto covered = h.proposal(h.ingest(target(QStringLiteral("otel-b"))),
                                        QStringLiteral("restart_collector"));
        const ReviewRequest approved = *h.service->gate().review(covered->reviewId);
        QCOMPARE(approved.classApprovalId, grantId);
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, covered->actionId), 1);
        QCOMPARE(h.store->proposal(covered->actionId)->state, QStringLiteral("executed"));
        // Tier 2 and 3 are never carried by a class approval.
        const auto scale = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        QCOMPARE(toString(h.service->gate().review(scale->reviewId)->state),
                 toString(ReviewState::Pending));

        QVERIFY(h.run([&] {
                     return h.service->revokeClassApproval(grantId, QStringLiteral("ivan"));
                 }).ok());
        const auto revoked = h.proposal(h.ingest(target(QStringLiteral("otel-c"))),
                                        QStringLiteral("restart_collector"));
        QCOMPARE(toString(h.service->gate().review(revoked->reviewId)->state),
                 toString(ReviewState::Pending));
        QVERIFY(!h.service->gate().mayExecute(revoked->reviewId));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, revoked->actionId), 0);
        QCOMPARE(h.countAudit(AuditEvent::kClassApprovalRevoked, grantId), 1);
    }

    void unacknowledgedPageEscalatesToTheNextLevel()
    {
        START(h);
        // Reviews wait 30 minutes; pages escalate after the roster's 10.
        QVERIFY(h.setPolicy(
                     Harness::policyVariant(QStringLiteral("test-long-review"),
                                            {{QStringLiteral("approval_timeout_seconds: 600"),
                                              QStringLiteral("approval_timeout_seconds: 1800")}}))
                    .ok());
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        h.clock.advanceMinutes(11);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        const ReviewRequest review = *h.service->gate().review(proposal->reviewId);
        QCOMPARE(toString(review.state), toString(ReviewState::Pending)); // its own timeout: 30 min
        bool secondLevel = false;
        for (const PageTracker::Page &page : h.pagesOf(review.id))
            secondLevel |= page.level == 2 && page.recipient == h.onCall(2);
        QVERIFY(secondLevel);
    }

    void acknowledgedPageStopsEscalationButNotTheReviewTimeout()
    {
        START(h);
        QVERIFY(h.setPolicy(
                     Harness::policyVariant(QStringLiteral("test-long-review"),
                                            {{QStringLiteral("approval_timeout_seconds: 600"),
                                              QStringLiteral("approval_timeout_seconds: 1800")}}))
                    .ok());
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        const QString reviewId = proposal->reviewId;
        const QList<PageTracker::Page> first = h.pagesOf(reviewId);
        QVERIFY(!first.isEmpty());
        for (const PageTracker::Page &page : first) {
            const ServiceResult acked =
                h.run([&] { return h.service->acknowledgePage(page.pageId, page.recipient); });
            QVERIFY2(acked.ok(), qPrintable(acked.message));
        }
        QCOMPARE(h.countAudit(AuditEvent::kPageAcknowledged), int(first.size()));

        // The acknowledged page does not escalate ...
        h.clock.advanceMinutes(11);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        for (const PageTracker::Page &page : h.pagesOf(reviewId))
            QCOMPARE(page.level, 1);
        // ... but the acknowledger, who has not decided, is re-notified.
        QVERIFY(h.countEvents(QStringLiteral("page.renotified")) >= 1);
        const int renotified = h.countEvents(QStringLiteral("page.renotified"));
        h.clock.advanceSeconds(60);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QCOMPARE(h.countEvents(QStringLiteral("page.renotified")), renotified); // not every tick
        h.clock.advanceMinutes(5);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QVERIFY(h.countEvents(QStringLiteral("page.renotified")) > renotified);

        // The review's own timeout still holds and escalates it.
        h.clock.advanceMinutes(15); // 32 minutes in
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        const ReviewRequest review = *h.service->gate().review(reviewId);
        QCOMPARE(toString(review.state), toString(ReviewState::Held));
        QCOMPARE(review.escalationLevel, 2);
        bool secondLevel = false;
        for (const PageTracker::Page &page : h.pagesOf(reviewId))
            secondLevel |= page.level == 2;
        QVERIFY(secondLevel);
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
    }

    void repinMovesAnIncidentToTheNewPolicy()
    {
        START(h);
        const QString incidentId = h.incidentOf(h.ingest(cpuAlert()));
        const IncidentRow before = *h.store->incident(incidentId);
        QCOMPARE(before.policyVersion, QStringLiteral("2026.11-1"));
        QVERIFY(h.setPolicy(Harness::policyVariant(QStringLiteral("2026.12-1"))).ok());
        // An edit mid-incident changes nothing by itself.
        QCOMPARE(h.store->incident(incidentId)->policyVersion, QStringLiteral("2026.11-1"));

        const ServiceResult repinned =
            h.run([&] { return h.service->repinIncident(incidentId, QStringLiteral("carol")); });
        QVERIFY2(repinned.ok(), qPrintable(repinned.message));
        const IncidentRow after = *h.store->incident(incidentId);
        QCOMPARE(after.policyVersion, QStringLiteral("2026.12-1"));
        QVERIFY(after.contextRevision > before.contextRevision);
        QCOMPARE(h.countAudit(AuditEvent::kIncidentRepinned, incidentId), 1);
        for (const AuditEntry &entry : h.audit()) {
            if (entry.type != QLatin1String(AuditEvent::kIncidentRepinned))
                continue;
            QCOMPARE(entry.actor, QStringLiteral("carol"));
            QCOMPARE(entry.payload.value(QStringLiteral("from_policy_version")).toString(),
                     QStringLiteral("2026.11-1"));
            QCOMPARE(entry.payload.value(QStringLiteral("to_policy_version")).toString(),
                     QStringLiteral("2026.12-1"));
        }
        const ServiceResult missing = h.run([&] {
            return h.service->repinIncident(QStringLiteral("inc-999"), QStringLiteral("c"));
        });
        QCOMPARE(missing.httpStatus(), 404);
    }

    void invalidConfigurationIsRefusedAndChangesNothing()
    {
        START(h);
        const QString policy = h.service->activePolicyVersion();
        const qsizetype versions = h.store->policyVersions().size();
        const qint64 roster = h.service->latestRosterVersion();
        const int audited = int(h.audit().size());

        const ServiceResult badPolicy = h.run([&] {
            return h.service->setPolicy(QStringLiteral("metadata:\n  version: [unclosed\n"),
                                        QStringLiteral("sre-lead"), QStringLiteral("p.yaml"));
        });
        QCOMPARE(badPolicy.httpStatus(), 422);
        QVERIFY2(badPolicy.message.contains(QLatin1String("p.yaml:")),
                 qPrintable(badPolicy.message));
        const ServiceResult badRoster = h.run([&] {
            return h.service->setRoster(QStringLiteral("rotations: {\n"), QStringLiteral("admin"),
                                        QStringLiteral("r.yaml"));
        });
        QCOMPARE(badRoster.httpStatus(), 422);
        QVERIFY2(badRoster.message.contains(QLatin1String("r.yaml:")),
                 qPrintable(badRoster.message));
        const ServiceResult duplicate = h.setPolicy(Harness::policyVariant(policy));
        QCOMPARE(duplicate.httpStatus(), 409);
        QCOMPARE(duplicate.field, QStringLiteral("metadata.version"));

        QCOMPARE(h.service->activePolicyVersion(), policy);
        QCOMPARE(h.store->activePolicy()->version, policy);
        QCOMPARE(h.store->policyVersions().size(), versions);
        QCOMPARE(h.service->latestRosterVersion(), roster);
        QCOMPARE(h.store->latestRoster()->version, roster);
        QCOMPARE(int(h.audit().size()), audited);
    }

    void failedCommitIsUndoneByRestore()
    {
        START(h);
        QVERIFY(h.store->begin());
        QVERIFY(h.service->ingest({cpuAlert()}, QStringLiteral("am"), QStringLiteral("am")).ok());
        QVERIFY(h.service->unpublishedEventCount() > 0);
        h.store->rollback();
        QVERIFY(h.service->restore().ok());
        QCOMPARE(h.service->unpublishedEventCount(), 0);
        QVERIFY(h.service->gate().reviews().isEmpty());
        QVERIFY(h.service->pages().isEmpty());
        // The next ingest continues the audit chain and the event sequence without a gap.
        QVERIFY(h.ingest(cpuAlert()).ok());
        QVERIFY(AuditVerifier::verifyStore(h.store->auditStore()).ok);
        const QList<EventRecord> stored = h.store->events(0, 0);
        for (qsizetype i = 0; i < stored.size(); ++i)
            QCOMPARE(stored.at(i).sequence, i + 1);
    }

    // --- executions run only once their claim is committed ------------------------

    // Live: the operation only claims; the command runs after the commit. A
    // rolled back operation therefore never ran a command.
    void commandRunsOnlyAfterItsClaimIsCommitted()
    {
        Harness h;
        h.options.live = true;
        QString error;
        QVERIFY2(h.dir.isValid() && h.open(&error), qPrintable(error));
        QVERIFY2(h.configure(&error), qPrintable(error));
        const QString marker = h.dir.filePath(QStringLiteral("ran"));
        QVERIFY2(h.enableAutonomousShipper(&error, markerRunbook(marker)), qPrintable(error));

        // Level 4 here: pre-approved, it runs when its abort window is over.
        const ServiceResult ingested = h.ingest(shipperAlert());
        QVERIFY2(ingested.ok(), qPrintable(ingested.message));
        const auto proposal = h.proposal(ingested, QStringLiteral("restart_log_shipper"));
        QVERIFY(proposal);
        QCOMPARE(proposal->state, QStringLiteral("under_review"));
        h.clock.advanceSeconds(301);

        QVERIFY(h.store->begin());
        const ServiceResult claimed = h.service->tick();
        QVERIFY2(claimed.ok(), qPrintable(claimed.message));
        QCOMPARE(claimed.body.value(QStringLiteral("executed")).toInt(), 1);
        QVERIFY(h.service->hasQueuedExecutions());
        QVERIFY2(!QFile::exists(marker), "the command ran inside the transaction");
        h.store->rollback(); // the commit failed
        QVERIFY(h.service->restore().ok());
        QVERIFY(!h.service->hasQueuedExecutions());
        QVERIFY(h.service->runQueuedExecutions().ok());
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted), 0);
        QCOMPARE(h.store->proposal(proposal->actionId)->state, QStringLiteral("under_review"));

        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QCOMPARE(h.store->proposal(proposal->actionId)->state, QStringLiteral("executed"));
        QCOMPARE(readText(marker), QStringLiteral("ran\n"));
        // Claimed (committed) first, then the result.
        QStringList order;
        for (const AuditEntry &entry : h.audit()) {
            if (entry.subject == proposal->actionId &&
                entry.type.startsWith(QLatin1String("execution.")))
                order.append(entry.type);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("execution.started"),
                                     QLatin1String(AuditEvent::kExecutionCompleted)}));
        QCOMPARE(h.countEvents(QStringLiteral("execution.completed")), 1);
    }

    // A claim committed whose result never was (the server died in between):
    // reported as outcome unknown at restore, never run again by itself.
    void claimWithoutResultIsReportedAndNeverRunAgain()
    {
        Harness h;
        h.options.live = true;
        QString error;
        QVERIFY2(h.dir.isValid() && h.open(&error), qPrintable(error));
        QVERIFY2(h.configure(&error), qPrintable(error));
        const QString marker = h.dir.filePath(QStringLiteral("ran"));
        QVERIFY2(h.enableAutonomousShipper(&error, markerRunbook(marker)), qPrintable(error));

        const auto proposal =
            h.proposal(h.ingest(shipperAlert()), QStringLiteral("restart_log_shipper"));
        QVERIFY(proposal);
        h.clock.advanceSeconds(301);
        QVERIFY(h.store->begin());
        QVERIFY(h.service->tick().ok());
        QVERIFY(h.store->commit());
        QCOMPARE(h.store->proposal(proposal->actionId)->state, QStringLiteral("executing"));

        QVERIFY2(h.startService(&error), qPrintable(error)); // a restart
        QCOMPARE(h.store->proposal(proposal->actionId)->state, QStringLiteral("outcome_unknown"));
        QCOMPARE(h.countAudit("execution.outcome_unknown", proposal->actionId), 1);
        QVERIFY(!h.service->hasQueuedExecutions());
        h.clock.advanceMinutes(30);
        QVERIFY(h.run([&] { return h.service->tick(); }).ok());
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(h.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        QVERIFY2(h.startService(&error), qPrintable(error));
        QCOMPARE(h.countAudit("execution.outcome_unknown", proposal->actionId), 1);
        QVERIFY(AuditVerifier::verifyStore(h.store->auditStore()).ok);
    }

    // --- a failed restore ---------------------------------------------------------

    void failedRestoreRefusesWritesUntilARestoreSucceeds()
    {
        START(h);
        CommitBatcher commits(*h.store, *h.service);
        QString error;
        // Something restore() cannot take back (a page without a recipient).
        const QJsonObject unreadable{
            {QStringLiteral("pages"),
             QJsonArray{QJsonObject{{QStringLiteral("page_id"), QStringLiteral("pg-9")},
                                    {QStringLiteral("roster_version"), 1},
                                    {QStringLiteral("level"), 1}}}}};
        QVERIFY2(h.store->saveDocument(QStringLiteral("pages"), unreadable, &error),
                 qPrintable(error));
        QVERIFY(!commits.isDegraded());
        QVERIFY(!commits.runNow(
            [] { return ServiceResult::failure(ServiceError::Internal, QStringLiteral("disk")); }));
        QVERIFY(commits.isDegraded());

        int runs = 0;
        const auto write = [&] {
            ++runs;
            return h.service->engageKillSwitch(QStringLiteral("ic"), QStringLiteral("test"));
        };
        QVERIFY(!commits.runNow(write, &error));
        QCOMPARE(runs, 0);
        QVERIFY2(error.contains(QStringLiteral("pg-9")), qPrintable(error));
        QVERIFY(commits.isDegraded());
        QVERIFY(h.store->activePolicy()); // reads still work

        // Repaired: the next write restores first, then runs.
        QVERIFY(h.store->saveDocument(QStringLiteral("pages"), QJsonObject(), &error));
        QVERIFY2(commits.runNow(write, &error), qPrintable(error));
        QCOMPARE(runs, 1);
        QVERIFY(!commits.isDegraded());
        QVERIFY(h.service->guard().killSwitchEngaged());
    }

    // --- pages ------------------------------------------------------------------

    void onlyThePageRecipientAcknowledgesIt()
    {
        START(h);
        const auto proposal = h.proposal(h.ingest(cpuAlert()), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        const QList<PageTracker::Page> pages = h.pagesOf(proposal->reviewId);
        QVERIFY(!pages.isEmpty());
        const PageTracker::Page page = pages.constFirst();
        const QString intruder = page.recipient + QStringLiteral("-not");
        const ServiceResult refused =
            h.run([&] { return h.service->acknowledgePage(page.pageId, intruder); });
        QCOMPARE(toString(refused.error), toString(ServiceError::Forbidden));
        QVERIFY(refused.message.contains(page.recipient));
        QVERIFY(!h.pagesOf(proposal->reviewId).constFirst().isAcknowledged());
        QCOMPARE(h.countAudit(AuditEvent::kPageAcknowledged), 0);
        const ServiceResult acknowledged =
            h.run([&] { return h.service->acknowledgePage(page.pageId, page.recipient); });
        QVERIFY2(acknowledged.ok(), qPrintable(acknowledged.message));
        QCOMPARE(h.pagesOf(proposal->reviewId).constFirst().acknowledgedBy, page.recipient);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
