#include "AlertFingerprint.h"
#include "AuditEvent.h"
#include "AuditVerifier.h"
#include "ChainReconstruction.h"
#include "DatabaseUrl.h"
#include "IncidentService.h"
#include "ManualClock.h"
#include "RosterLoader.h"
#include "SqlServerStore.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
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

Alert makeAlert(const QString &alertname, const QString &service, const QString &summary,
                const QString &severity = QStringLiteral("error"),
                const QString &instance = QStringLiteral("1"))
{
    Alert alert;
    alert.source = Alert::Source::Alertmanager;
    alert.severity = severity;
    alert.summary = summary;
    alert.labels = {{QStringLiteral("alertname"), alertname},
                    {QStringLiteral("service"), service},
                    {QStringLiteral("instance"), instance},
                    {QStringLiteral("namespace"), QStringLiteral("shop")},
                    {QStringLiteral("deployment"), QStringLiteral("checkout-api")}};
    alert.fingerprint = AlertFingerprint::compute(alert);
    alert.id = AlertFingerprint::derivedId(alert.fingerprint);
    return alert;
}

Alert cpuAlert(const QString &instance = QStringLiteral("1"))
{
    Alert alert = makeAlert(
        QStringLiteral("HighCPU"), QStringLiteral("checkout"),
        QStringLiteral("HighCPU firing: checkout-api CPU usage 97% for 10m in namespace shop"),
        QStringLiteral("error"), instance);
    alert.values.insert(QStringLiteral("cpu_percent"), 97);
    return alert;
}

Alert dbAlert()
{
    return makeAlert(QStringLiteral("PostgresPrimaryDown"), QStringLiteral("pg-main"),
                     QStringLiteral("PostgresPrimaryDown: pg-main primary pg-main-0 unreachable "
                                    "for 3m"),
                     QStringLiteral("critical"));
}

// One server's worth of state over a SQLite file in a temporary directory.
class Harness
{
public:
    QTemporaryDir dir;
    test::ManualClock clock{QDateTime(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC)};
    std::unique_ptr<SqlServerStore> store;
    std::unique_ptr<IncidentService> service;
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
        service = std::make_unique<IncidentService>(*store, clock);
        service->setEventPublisher([this](const EventRecord &event) { published.append(event); });
        const ServiceResult restored = service->restore();
        *error = restored.message;
        return restored.ok();
    }

    // What the HTTP layer does: one transaction per call, events after commit.
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
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
