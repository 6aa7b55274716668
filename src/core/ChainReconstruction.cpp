#include "ChainReconstruction.h"

#include "AuditEvent.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

bool isType(const AuditEntry &entry, const char *type)
{
    return entry.type == QLatin1String(type);
}

QString text(const QJsonValue &value)
{
    // Some fields (context_revision) may be written as numbers or strings.
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString payloadText(const AuditEntry &entry, const char *key)
{
    return text(entry.payload.value(QLatin1String(key)));
}

QList<AuditEntry> inSequenceOrder(const QList<AuditEntry> &entries)
{
    QList<AuditEntry> log = entries;
    std::stable_sort(log.begin(), log.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.sequence < b.sequence;
    });
    return log;
}

QString reviewerKey(const QString &reviewId, const QString &reviewer)
{
    return reviewId + QLatin1Char('\n') + reviewer;
}

QString reviewerOf(const AuditEntry &entry)
{
    const QString reviewer = payloadText(entry, "reviewer");
    return reviewer.isEmpty() ? entry.actor : reviewer;
}

std::optional<double> dwellOf(const AuditEntry &decided)
{
    const QJsonValue dwell = decided.payload.value(QStringLiteral("dwell_seconds"));
    if (!dwell.isDouble())
        return std::nullopt;
    return dwell.toDouble();
}

// The figures a rule's message quotes: "confidence 0.62 below 0.80" -> 0.62, 0.80.
QStringList figuresIn(const QString &message)
{
    static const QRegularExpression figure(QStringLiteral("(?<![\\w.])\\d+(?:\\.\\d+)?%?"));
    QStringList figures;
    auto it = figure.globalMatch(message);
    while (it.hasNext())
        figures.append(it.next().captured(0));
    return figures;
}

std::optional<qint64> daysBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return static_cast<qint64>(std::floor(from.secsTo(to) / 86400.0));
}

QString seconds(double value)
{
    return QString::number(value, 'f', value < 10 && std::fmod(value, 1.0) != 0.0 ? 1 : 0);
}

MatchExplanation explanationFrom(const QJsonObject &object)
{
    const auto list = [&object](const char *key) {
        QStringList values;
        for (const QJsonValue &item : object.value(QLatin1String(key)).toArray())
            values.append(item.toString());
        return values;
    };
    MatchExplanation explanation;
    explanation.matchedTerms = list("terms");
    explanation.matchedConcepts = list("concepts");
    explanation.matchedLabels = list("labels");
    explanation.conditionsMet = list("conditions_met");
    explanation.conditionsFailed = list("conditions_failed");
    return explanation;
}

// Fills one ChainRecord from an ordered log. Kept apart from the public class
// so each layer's rules read top to bottom.
class ChainBuilder
{
public:
    ChainBuilder(const QList<AuditEntry> &log, const ChainOptions &options, const QDateTime &now,
                 const QString &actionId)
        : m_log(log)
        , m_options(options)
        , m_now(now)
        , m_actionId(actionId)
    {}

    ChainResult build()
    {
        ChainResult result;
        if (!namesAction()) {
            result.error = QStringLiteral("unknown action id '%1': no policy.decided, review, "
                                          "execution or outcome entry names it")
                               .arg(m_actionId);
            return result;
        }
        m_record.actionId = m_actionId;
        buildPolicy();
        buildAgent();
        buildHumanReview();
        buildExecutionAndOutcome();
        observeAcrossLayers();
        result.chain = m_record;
        return result;
    }

private:
    bool namesAction() const
    {
        for (const AuditEntry &entry : m_log) {
            if (refersToAction(entry))
                return true;
        }
        return false;
    }

    bool refersToAction(const AuditEntry &entry) const
    {
        if (isType(entry, AuditEvent::kPolicyDecided) ||
            isType(entry, AuditEvent::kExecutionCompleted) ||
            isType(entry, AuditEvent::kOutcomeMarked))
            return entry.subject == m_actionId;
        if (entry.type.startsWith(QLatin1String("review.")))
            return payloadText(entry, "action_id") == m_actionId;
        return false;
    }

    void noteIncident(const AuditEntry &entry)
    {
        if (m_record.incidentId.isEmpty() && !entry.incidentId.isEmpty())
            m_record.incidentId = entry.incidentId;
    }

    // --- policy classification ---------------------------------------------

    void buildPolicy()
    {
        PolicyLayer &layer = m_record.policy;
        const AuditEntry *decided = nullptr;
        for (const AuditEntry &entry : m_log) {
            if (!isType(entry, AuditEvent::kPolicyDecided) || entry.subject != m_actionId)
                continue;
            if (!decided)
                decided = &entry; // the first decision set the tier the action went through
            else
                ++layer.reevaluations;
        }
        if (!decided) {
            layer.absence = QStringLiteral("no policy.decided entry for action %1").arg(m_actionId);
            m_record.missing.append(QStringLiteral("policy classification: ") + layer.absence);
            findIncidentFromAnyEntry();
            fillIncidentVersion();
            return;
        }
        m_policyEntry = decided;
        noteIncident(*decided);
        layer.present = true;
        layer.decidedAt = decided->timestamp;
        layer.action = payloadText(*decided, "action");
        layer.runbook = payloadText(*decided, "runbook");
        layer.stepIndex = decided->payload.value(QStringLiteral("step_index")).toInt(-1);
        const QJsonValue confidence = decided->payload.value(QStringLiteral("confidence"));
        if (confidence.isDouble())
            layer.confidence = confidence.toDouble();
        m_record.action = layer.action;

        const QJsonObject decision = decided->payload.value(QStringLiteral("decision")).toObject();
        layer.outcome = decision.value(QStringLiteral("outcome")).toString();
        layer.autonomyLevel = decision.value(QStringLiteral("autonomy_level")).toInt(-1);
        layer.reviewTier = decision.value(QStringLiteral("review_tier")).toString();
        layer.requiresApproval = decision.value(QStringLiteral("requires_approval")).toBool();
        layer.approvalTimeoutSeconds =
            decision.value(QStringLiteral("approval_timeout_seconds")).toInt();
        layer.friction = decision.value(QStringLiteral("friction")).toObject();
        for (const QJsonValue &item : decision.value(QStringLiteral("reasons")).toArray()) {
            const QJsonObject reason = item.toObject();
            const QString message = reason.value(QStringLiteral("message")).toString();
            layer.rules.append(FiredRule{reason.value(QStringLiteral("rule")).toString(),
                                         reason.value(QStringLiteral("trigger")).toString(),
                                         message, figuresIn(message)});
        }

        layer.version.version = decision.value(QStringLiteral("policy_version")).toString();
        QString approvedOn = payloadText(*decided, "policy_approved_on");
        if (approvedOn.isEmpty())
            approvedOn = decision.value(QStringLiteral("policy_approved_on")).toString();
        layer.version.approvedOn = chainTimestampFromJson(approvedOn);

        fillIncidentVersion();
        // The incident pins a version; when it is the same one, its approval
        // date tells the age of the deciding version too.
        if (!layer.version.approvedOn.isValid() &&
            layer.incidentVersion.version == layer.version.version)
            layer.version.approvedOn = layer.incidentVersion.approvedOn;
        layer.version.ageDaysAtDecision = daysBetween(layer.version.approvedOn, layer.decidedAt);
        layer.version.ageDaysNow = daysBetween(layer.version.approvedOn, m_now);

        observePolicy();
    }

    void findIncidentFromAnyEntry()
    {
        for (const AuditEntry &entry : m_log) {
            if (refersToAction(entry))
                noteIncident(entry);
        }
    }

    void fillIncidentVersion()
    {
        for (const AuditEntry &entry : m_log) {
            if (!isType(entry, AuditEvent::kIncidentOpened) || entry.subject.isEmpty() ||
                entry.subject != m_record.incidentId)
                continue;
            PolicyVersionAge &pinned = m_record.policy.incidentVersion;
            pinned.version = payloadText(entry, "policy_version");
            pinned.approvedOn = chainTimestampFromJson(payloadText(entry, "policy_approved_on"));
            pinned.ageDaysAtDecision = daysBetween(pinned.approvedOn, entry.timestamp);
            pinned.ageDaysNow = daysBetween(pinned.approvedOn, m_now);
            return;
        }
    }

    void observePolicy()
    {
        PolicyLayer &layer = m_record.policy;
        QStringList &notes = layer.observations;
        if (layer.rules.isEmpty())
            notes.append(QStringLiteral("no rule fired: the action took the policy's default "
                                        "classification (outcome %1, %2)")
                             .arg(layer.outcome, layer.reviewTier));
        if (layer.outcome == QLatin1String("proceed") && !layer.requiresApproval)
            notes.append(QStringLiteral("the policy let the action run without prior human "
                                        "approval (autonomy level %1, %2)")
                             .arg(layer.autonomyLevel)
                             .arg(layer.reviewTier));
        const QString &pinned = layer.incidentVersion.version;
        if (!pinned.isEmpty() && !layer.version.version.isEmpty() &&
            pinned != layer.version.version)
            notes.append(QStringLiteral("decided under policy %1 but the incident was pinned to %2")
                             .arg(layer.version.version, pinned));
        if (!layer.version.approvedOn.isValid()) {
            notes.append(QStringLiteral("age of policy %1 unknown: no approval date recorded")
                             .arg(layer.version.version.isEmpty() ? QStringLiteral("(no version)")
                                                                  : layer.version.version));
        } else if (layer.version.ageDaysAtDecision &&
                   *layer.version.ageDaysAtDecision > m_options.stalePolicyDays) {
            notes.append(QStringLiteral("policy %1 was %2 days old at the decision (review "
                                        "expected every %3 days)")
                             .arg(layer.version.version)
                             .arg(*layer.version.ageDaysAtDecision)
                             .arg(m_options.stalePolicyDays));
        }
        if (layer.reevaluations > 0)
            notes.append(QStringLiteral("re-evaluated %1 more time(s) after the first decision")
                             .arg(layer.reevaluations));
    }

    // --- agent reasoning -----------------------------------------------------

    void buildAgent()
    {
        AgentLayer &layer = m_record.agent;
        if (!m_policyEntry) {
            layer.absence = QStringLiteral("no policy decision names the alert behind the action");
            m_record.missing.append(QStringLiteral("agent reasoning: ") + layer.absence);
            return;
        }
        layer.alertId = payloadText(*m_policyEntry, "alert_id");
        const qint64 decisionSequence = m_policyEntry->sequence;

        // The last version of the alert the agent could have seen; a later
        // one (say, resolved) only when nothing came before the decision.
        const AuditEntry *alertBefore = nullptr;
        const AuditEntry *alertAfter = nullptr;
        const AuditEntry *match = nullptr;
        for (const AuditEntry &entry : m_log) {
            const bool beforeDecision = entry.sequence <= decisionSequence;
            if (isType(entry, AuditEvent::kAlertReceived) && entry.subject == layer.alertId) {
                if (beforeDecision)
                    alertBefore = &entry;
                else if (!alertAfter)
                    alertAfter = &entry;
            }
            if (isType(entry, AuditEvent::kMatchCompleted) && beforeDecision &&
                (entry.subject == layer.alertId || payloadText(entry, "alert_id") == layer.alertId))
                match = &entry;
        }
        const AuditEntry *alert = alertBefore ? alertBefore : alertAfter;

        if (alert) {
            layer.alertReceivedAt = alert->timestamp;
            layer.alert = alert->payload.value(QStringLiteral("alert")).toObject();
            layer.severity = layer.alert.value(QStringLiteral("severity")).toString();
            layer.alertSummary = layer.alert.value(QStringLiteral("summary")).toString();
        }
        if (match) {
            const QJsonObject result = match->payload.value(QStringLiteral("match")).toObject();
            layer.matchPresent = true;
            layer.matchedAt = match->timestamp;
            layer.matchedRunbook = text(result.value(QStringLiteral("runbook")));
            layer.confidence = result.value(QStringLiteral("confidence")).toDouble();
            layer.ambiguous = result.value(QStringLiteral("ambiguous")).toBool();
            layer.informational = result.value(QStringLiteral("informational")).toBool();
            for (const QJsonValue &item : result.value(QStringLiteral("candidates")).toArray()) {
                const QJsonObject candidate = item.toObject();
                layer.candidates.append(
                    MatchCandidate{candidate.value(QStringLiteral("id")).toString(),
                                   candidate.value(QStringLiteral("score")).toDouble()});
            }
            layer.explanation =
                explanationFrom(result.value(QStringLiteral("explanation")).toObject());
        }
        layer.present = alert || match;
        if (!alert && !match) {
            layer.absence = QStringLiteral("neither alert.received nor match.completed found for "
                                           "alert %1")
                                .arg(layer.alertId);
            m_record.missing.append(QStringLiteral("agent reasoning: ") + layer.absence);
            return;
        }
        if (!alert)
            m_record.missing.append(
                QStringLiteral("agent reasoning: no alert.received entry for alert %1")
                    .arg(layer.alertId));
        if (!match)
            m_record.missing.append(
                QStringLiteral("agent reasoning: no match.completed entry for alert %1")
                    .arg(layer.alertId));
        observeAgent();
    }

    void observeAgent()
    {
        AgentLayer &layer = m_record.agent;
        QStringList &notes = layer.observations;
        if (layer.severity == QLatin1String("critical"))
            notes.append(QStringLiteral("the alert was critical"));
        if (!layer.matchPresent)
            return;
        if (layer.matchedRunbook.isEmpty())
            notes.append(QStringLiteral("no runbook matched: the pattern was novel or below the "
                                        "match threshold"));
        if (layer.ambiguous) {
            QString detail;
            if (layer.candidates.size() >= 2)
                detail = QStringLiteral(": %1 (%2) vs %3 (%4)")
                             .arg(layer.candidates.at(0).runbookId)
                             .arg(layer.candidates.at(0).score, 0, 'f', 2)
                             .arg(layer.candidates.at(1).runbookId)
                             .arg(layer.candidates.at(1).score, 0, 'f', 2);
            notes.append(QStringLiteral("the match was ambiguous") + detail);
        }
        if (!layer.matchedRunbook.isEmpty() && layer.confidence < m_options.lowConfidence)
            notes.append(QStringLiteral("match confidence %1 was below %2")
                             .arg(layer.confidence, 0, 'f', 2)
                             .arg(m_options.lowConfidence, 0, 'f', 2));
        if (!layer.explanation.conditionsFailed.isEmpty())
            notes.append(QStringLiteral("runbook conditions not met: %1")
                             .arg(layer.explanation.conditionsFailed.join(QStringLiteral("; "))));
        const QString &proposed = m_record.policy.runbook;
        if (!proposed.isEmpty() && !layer.matchedRunbook.isEmpty() &&
            proposed != layer.matchedRunbook)
            notes.append(QStringLiteral("the action came from runbook %1 but the match chose %2")
                             .arg(proposed, layer.matchedRunbook));
    }

    // --- human review --------------------------------------------------------

    void buildHumanReview()
    {
        HumanReviewLayer &layer = m_record.humanReview;
        QHash<QString, qsizetype> indexByKey;  // reviewer record by review + reviewer
        QHash<QString, qsizetype> referenceAt; // log position of the decision (or the open)
        QHash<QString, bool> decidedKeys;
        const auto recordFor = [&](const AuditEntry &entry) -> ReviewerRecord & {
            const QString key = reviewerKey(entry.subject, reviewerOf(entry));
            auto found = indexByKey.constFind(key);
            if (found == indexByKey.cend()) {
                ReviewerRecord record;
                record.reviewId = entry.subject;
                record.reviewer = reviewerOf(entry);
                layer.reviewers.append(record);
                found = indexByKey.insert(key, layer.reviewers.size() - 1);
            }
            return layer.reviewers[*found];
        };

        for (qsizetype i = 0; i < m_log.size(); ++i) {
            const AuditEntry &entry = m_log.at(i);
            if (!entry.type.startsWith(QLatin1String("review.")) ||
                payloadText(entry, "action_id") != m_actionId)
                continue;
            noteIncident(entry);
            const QString key = reviewerKey(entry.subject, reviewerOf(entry));
            if (isType(entry, AuditEvent::kReviewOpened)) {
                ReviewerRecord &record = recordFor(entry);
                if (!record.openedAt.isValid()) { // a re-open after a refusal keeps the first
                    record.openedAt = entry.timestamp;
                    record.shown = entry.payload.value(QStringLiteral("shown")).toObject();
                    const QJsonValue depth = entry.payload.value(QStringLiteral("queue_depth"));
                    if (depth.isDouble())
                        record.queueDepthAtOpen = depth.toInt();
                    record.contextRevision = payloadText(entry, "context_revision");
                }
                if (!decidedKeys.value(key))
                    referenceAt.insert(key, i);
            } else if (isType(entry, AuditEvent::kReviewDecided)) {
                ReviewerRecord &record = recordFor(entry);
                record.decidedAt = entry.timestamp;
                record.decision = payloadText(entry, "decision");
                record.reason = payloadText(entry, "reason");
                record.dwellSeconds = dwellOf(entry);
                record.contextRevision = payloadText(entry, "context_revision");
                record.parameters = entry.payload.value(QStringLiteral("parameters")).toObject();
                referenceAt.insert(key, i);
                decidedKeys.insert(key, true);
            } else if (isType(entry, AuditEvent::kReviewRefused)) {
                ReviewerRecord &record = recordFor(entry);
                const QString detail = payloadText(entry, "detail");
                record.refusals.append(
                    payloadText(entry, "error") +
                    (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
            } else if (isType(entry, AuditEvent::kReviewTimedOut)) {
                ReviewTimeout timeout;
                timeout.reviewId = entry.subject;
                timeout.at = entry.timestamp;
                timeout.level = entry.payload.value(QStringLiteral("level")).toInt();
                for (const QJsonValue &name :
                     entry.payload.value(QStringLiteral("escalated_to")).toArray())
                    timeout.escalatedTo.append(name.toString());
                timeout.held = entry.payload.value(QStringLiteral("held")).toBool();
                layer.timeouts.append(timeout);
            } else if (isType(entry, AuditEvent::kReviewResolved)) {
                layer.resolvedState = payloadText(entry, "state");
                layer.resolvedAt = entry.timestamp;
            }
        }

        for (ReviewerRecord &record : layer.reviewers) {
            const qsizetype reference =
                referenceAt.value(reviewerKey(record.reviewId, record.reviewer), m_log.size());
            describeReviewer(record, reference);
        }
        layer.present = !layer.reviewers.isEmpty();
        classifyApprovalPath();
        if (!layer.present)
            m_record.missing.append(QStringLiteral("human review: ") + layer.absence);
        observeHumanReview();
    }

    void describeReviewer(ReviewerRecord &record, qsizetype reference)
    {
        const QDateTime when = record.decidedAt.isValid() ? record.decidedAt : record.openedAt;
        if (when.isValid()) {
            const QTimeZone zone =
                m_options.reviewerTimeZones.value(record.reviewer, m_options.timeZone);
            const QDateTime local = when.toTimeZone(zone);
            record.localHour = local.time().hour();
            record.localTime = local.toString(QStringLiteral("HH:mm"));
            record.atNight = record.localHour >= m_options.nightStartHour &&
                             record.localHour < m_options.nightEndHour;
        }
        const std::optional<double> latency = record.latencySeconds();
        record.fastApproval = record.decision == QLatin1String("approve") && latency &&
                              *latency < m_options.fastApprovalSeconds;

        // The reviewer's pattern: previous decisions anywhere in the log.
        for (qsizetype j = std::min(reference, m_log.size()) - 1; j >= 0; --j) {
            const AuditEntry &entry = m_log.at(j);
            if (!isType(entry, AuditEvent::kReviewDecided) || reviewerOf(entry) != record.reviewer)
                continue;
            if (when.isValid() && entry.timestamp.secsTo(when) <= 3600)
                ++record.decisionsInPreviousHour;
            if (record.recentDecisions.size() < m_options.recentDecisionCount) {
                RecentDecision previous;
                previous.reviewId = entry.subject;
                previous.actionId = payloadText(entry, "action_id");
                previous.decidedAt = entry.timestamp;
                previous.decision = payloadText(entry, "decision");
                previous.latencySeconds = dwellOf(entry);
                if (!previous.latencySeconds) {
                    const QDateTime opened = openedAt(entry.subject, record.reviewer, j);
                    if (opened.isValid())
                        previous.latencySeconds = opened.msecsTo(entry.timestamp) / 1000.0;
                }
                record.recentDecisions.append(previous);
            } else if (when.isValid() && entry.timestamp.secsTo(when) > 3600) {
                break; // both questions answered
            }
        }
    }

    QDateTime openedAt(const QString &reviewId, const QString &reviewer, qsizetype before) const
    {
        for (qsizetype k = before - 1; k >= 0; --k) {
            const AuditEntry &entry = m_log.at(k);
            if (isType(entry, AuditEvent::kReviewOpened) && entry.subject == reviewId &&
                reviewerOf(entry) == reviewer)
                return entry.timestamp;
        }
        return {};
    }

    // Why there is (or is not) a human in this chain.
    void classifyApprovalPath()
    {
        HumanReviewLayer &layer = m_record.humanReview;
        const PolicyLayer &policy = m_record.policy;
        if (policy.reviewTier == QLatin1String("pre_approved")) {
            layer.preApproved = true;
            layer.absence = QStringLiteral("no review: action was pre-approved (policy tier "
                                           "pre_approved, autonomy level %1)")
                                .arg(policy.autonomyLevel);
        } else if (policy.present && policy.outcome == QLatin1String("proceed") &&
                   !policy.requiresApproval) {
            layer.preApproved = true;
            layer.absence = QStringLiteral("no review: the policy let the action proceed "
                                           "autonomously (autonomy level %1)")
                                .arg(policy.autonomyLevel);
        }
        if (layer.resolvedState.contains(QLatin1String("class")))
            layer.classApproved = true;
        if (const AuditEntry *grant = classApprovalCovering()) {
            layer.classApproved = true;
            layer.classApprovalId = grant->subject;
            layer.classApprovedBy = payloadText(*grant, "granted_by");
        }
        if (layer.present)
            return;
        if (layer.classApproved && !layer.preApproved) {
            layer.absence = QStringLiteral("no review: action was covered by class approval %1 "
                                           "granted by %2")
                                .arg(layer.classApprovalId.isEmpty() ? QStringLiteral("(unnamed)")
                                                                     : layer.classApprovalId,
                                     layer.classApprovedBy.isEmpty() ? QStringLiteral("(unknown)")
                                                                     : layer.classApprovedBy);
        } else if (!layer.preApproved) {
            if (!policy.present)
                layer.absence = QStringLiteral("no review entry for this action");
            else if (policy.reviewTier == QLatin1String("none"))
                layer.absence = QStringLiteral("no review: policy outcome %1 proposed nothing for "
                                               "approval")
                                    .arg(policy.outcome);
            else
                layer.absence = QStringLiteral("no review entry found although the policy "
                                               "required %1 review")
                                    .arg(policy.reviewTier);
        }
    }

    // A class approval for this action type, granted before the decision and
    // not expired then, whose scope covers this incident. Scope "incident"
    // means the incident the grant was recorded in; "", "global" and "all"
    // cover every incident; anything else must name the incident.
    const AuditEntry *classApprovalCovering() const
    {
        const PolicyLayer &policy = m_record.policy;
        if (!policy.present || policy.action.isEmpty() ||
            policy.reviewTier != QLatin1String("tier1"))
            return nullptr;
        const AuditEntry *covering = nullptr;
        for (const AuditEntry &entry : m_log) {
            if (!isType(entry, AuditEvent::kClassApprovalGranted) ||
                entry.sequence > m_policyEntry->sequence)
                continue;
            if (payloadText(entry, "action") != policy.action)
                continue;
            const QDateTime expires = chainTimestampFromJson(payloadText(entry, "expires_at"));
            if (expires.isValid() && expires <= policy.decidedAt)
                continue;
            const QString scope = payloadText(entry, "scope");
            const bool global = scope.isEmpty() || scope == QLatin1String("global") ||
                                scope == QLatin1String("all");
            const bool thisIncident = scope == QLatin1String("incident")
                                          ? entry.incidentId == m_record.incidentId
                                          : scope == m_record.incidentId;
            if (global || thisIncident)
                covering = &entry;
        }
        return covering;
    }

    void observeHumanReview()
    {
        HumanReviewLayer &layer = m_record.humanReview;
        QStringList &notes = layer.observations;
        if (!layer.present && (layer.preApproved || layer.classApproved)) {
            notes.append(QStringLiteral("no human looked at this action before it ran: %1")
                             .arg(layer.absence));
        }
        static const QStringList expectedContext{
            QStringLiteral("summary"), QStringLiteral("action"), QStringLiteral("rollback"),
            QStringLiteral("confidence")};
        for (const ReviewerRecord &record : layer.reviewers) {
            const QString &who = record.reviewer;
            const std::optional<double> latency = record.latencySeconds();
            if (record.decision.isEmpty())
                notes.append(QStringLiteral("%1 opened the review but never decided").arg(who));
            if (record.fastApproval)
                notes.append(
                    QStringLiteral("%1 approved in %2 s (under %3 s)")
                        .arg(who, seconds(*latency), seconds(m_options.fastApprovalSeconds)));
            if (record.atNight)
                notes.append(QStringLiteral("%1 %2 at %3 local time (night)")
                                 .arg(who,
                                      record.decision.isEmpty() ? QStringLiteral("opened it")
                                                                : QStringLiteral("decided"),
                                      record.localTime));
            if (record.queueDepthAtOpen && *record.queueDepthAtOpen >= m_options.busyQueueDepth)
                notes.append(QStringLiteral("%1 had %2 reviews queued when this one opened")
                                 .arg(who)
                                 .arg(*record.queueDepthAtOpen));
            if (!record.decision.isEmpty() && record.reason.trimmed().isEmpty())
                notes.append(QStringLiteral("%1 stated no reasoning").arg(who));
            if (record.openedAt.isValid()) {
                if (record.shown.isEmpty()) {
                    notes.append(QStringLiteral("no record of what %1 was shown").arg(who));
                } else {
                    QStringList notShown;
                    for (const QString &key : expectedContext) {
                        const QJsonValue value = record.shown.value(key);
                        if (value.isUndefined() || value.isNull() ||
                            (value.isString() && value.toString().isEmpty()))
                            notShown.append(key);
                    }
                    if (!notShown.isEmpty())
                        notes.append(QStringLiteral("%1 was not shown: %2")
                                         .arg(who, notShown.join(QStringLiteral(", "))));
                }
            }
            observePattern(record);
            for (const QString &refusal : record.refusals)
                notes.append(QStringLiteral("%1's decision was refused: %2").arg(who, refusal));
        }
        for (const ReviewTimeout &timeout : layer.timeouts) {
            if (timeout.escalatedTo.isEmpty())
                notes.append(QStringLiteral("review %1 timed out at level %2 with no one left to "
                                            "escalate to%3")
                                 .arg(timeout.reviewId)
                                 .arg(timeout.level)
                                 .arg(timeout.held ? QStringLiteral(" (held)") : QString()));
            else
                notes.append(QStringLiteral("review %1 timed out at level %2; escalated to %3")
                                 .arg(timeout.reviewId)
                                 .arg(timeout.level)
                                 .arg(timeout.escalatedTo.join(QStringLiteral(", "))));
        }
        if (m_record.policy.reviewTier == QLatin1String("tier3") && layer.present) {
            QSet<QString> approvers;
            for (const ReviewerRecord &record : layer.reviewers) {
                if (record.decision == QLatin1String("approve"))
                    approvers.insert(record.reviewer);
            }
            if (approvers.size() < 2 && layer.resolvedState == QLatin1String("approved"))
                notes.append(QStringLiteral("tier 3 needs two reviewers but %1 approved")
                                 .arg(approvers.size()));
        }
    }

    void observePattern(const ReviewerRecord &record)
    {
        QStringList &notes = m_record.humanReview.observations;
        const QList<RecentDecision> &recent = record.recentDecisions;
        if (recent.size() >= 3) {
            int approvals = 0;
            int fast = 0;
            for (const RecentDecision &previous : recent) {
                if (previous.decision != QLatin1String("approve"))
                    continue;
                ++approvals;
                if (previous.latencySeconds &&
                    *previous.latencySeconds < m_options.fastApprovalSeconds)
                    ++fast;
            }
            if (approvals == recent.size())
                notes.append(QStringLiteral("%1's previous %2 decisions were all approvals, %3 of "
                                            "them in under %4 s")
                                 .arg(record.reviewer)
                                 .arg(recent.size())
                                 .arg(fast)
                                 .arg(seconds(m_options.fastApprovalSeconds)));
        }
        if (record.decisionsInPreviousHour >= m_options.busyQueueDepth)
            notes.append(QStringLiteral("%1 had decided %2 other reviews in the hour before")
                             .arg(record.reviewer)
                             .arg(record.decisionsInPreviousHour));
    }

    // A weakness of the agent that the policy had a rule dimension for but
    // did not use is a policy observation too.
    void observeAcrossLayers()
    {
        const AgentLayer &agent = m_record.agent;
        PolicyLayer &policy = m_record.policy;
        if (!policy.present || !agent.matchPresent)
            return;
        const auto fired = [&policy](const QString &trigger) {
            return std::any_of(
                policy.rules.cbegin(), policy.rules.cend(),
                [&trigger](const FiredRule &rule) { return rule.trigger == trigger; });
        };
        if (agent.ambiguous && !fired(QStringLiteral("novelty")))
            policy.observations.append(QStringLiteral("the match was ambiguous but no novelty "
                                                      "rule fired"));
        if (agent.matchedRunbook.isEmpty() && !fired(QStringLiteral("novelty")))
            policy.observations.append(QStringLiteral("no runbook matched but no novelty rule "
                                                      "fired"));
    }

    // --- execution and outcome ------------------------------------------------

    void buildExecutionAndOutcome()
    {
        for (const AuditEntry &entry : m_log) {
            if (entry.subject != m_actionId)
                continue;
            if (isType(entry, AuditEvent::kExecutionCompleted)) {
                noteIncident(entry);
                ExecutionRecord execution;
                execution.at = entry.timestamp;
                execution.action = payloadText(entry, "action");
                execution.mode = payloadText(entry, "mode");
                execution.success = entry.payload.value(QStringLiteral("success")).toBool();
                const QJsonValue exitCode = entry.payload.value(QStringLiteral("exit_code"));
                if (exitCode.isDouble())
                    execution.exitCode = exitCode.toInt();
                execution.output = payloadText(entry, "output");
                execution.command = payloadText(entry, "command");
                execution.rolledBack = entry.payload.value(QStringLiteral("rolled_back")).toBool();
                execution.rollbackOutput = payloadText(entry, "rollback_output");
                execution.blockedBy = payloadText(entry, "blocked_by");
                if (m_record.action.isEmpty())
                    m_record.action = execution.action;
                m_record.executions.append(execution);
            } else if (isType(entry, AuditEvent::kOutcomeMarked)) {
                m_record.outcomes.append(OutcomeMark{entry.timestamp, payloadText(entry, "quality"),
                                                     payloadText(entry, "by"),
                                                     payloadText(entry, "note")});
            }
        }
        if (m_record.executions.isEmpty())
            m_record.missing.append(
                QStringLiteral("execution: no execution.completed entry (the action did not run)"));
        if (m_record.outcomes.isEmpty())
            m_record.missing.append(QStringLiteral("outcome: not marked yet"));
    }

    const QList<AuditEntry> &m_log;
    const ChainOptions &m_options;
    const QDateTime m_now;
    const QString m_actionId;
    ChainRecord m_record;
    const AuditEntry *m_policyEntry = nullptr;
};

} // namespace

QJsonObject ChainResult::toJson() const
{
    QJsonObject object{{QStringLiteral("ok"), ok()}};
    if (ok())
        object.insert(QStringLiteral("chain"), chain.toJson());
    else
        object.insert(QStringLiteral("error"), error);
    return object;
}

ChainReconstruction::ChainReconstruction(const Clock &clock, ChainOptions options)
    : m_clock(clock)
    , m_options(std::move(options))
{}

ChainResult ChainReconstruction::build(const QList<AuditEntry> &entries,
                                       const QString &actionId) const
{
    if (actionId.isEmpty())
        return ChainResult{{}, QStringLiteral("action id is empty")};
    const QList<AuditEntry> log = inSequenceOrder(entries);
    ChainBuilder builder(log, m_options, m_clock.now(), actionId);
    return builder.build();
}

QStringList ChainReconstruction::actionIds(const QList<AuditEntry> &entries,
                                           const QString &incidentId)
{
    QStringList ids;
    for (const AuditEntry &entry : inSequenceOrder(entries)) {
        if (isType(entry, AuditEvent::kPolicyDecided) && entry.incidentId == incidentId &&
            !ids.contains(entry.subject))
            ids.append(entry.subject);
    }
    return ids;
}

} // namespace icc
