#include "OversightMetrics.h"

#include "AuditEvent.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

bool isType(const AuditEntry &entry, const char *type)
{
    return entry.type == QLatin1String(type);
}

QString payloadString(const AuditEntry &entry, const char *key)
{
    return entry.payload.value(QLatin1String(key)).toString();
}

QString reviewerOf(const AuditEntry &entry)
{
    const QString reviewer = payloadString(entry, "reviewer");
    return reviewer.isEmpty() ? entry.actor : reviewer;
}

QString reviewerKey(const QString &reviewId, const QString &reviewer)
{
    return reviewId + QLatin1Char('\n') + reviewer;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / whole;
}

QJsonObject statsMap(const QMap<QString, DurationStats> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value().toJson());
    return object;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString secondsText(double seconds)
{
    return QString::number(seconds, 'f', 1) + QStringLiteral(" s");
}

// Everything the metrics look up across the whole log, built once.
struct LogIndex
{
    QHash<QString, QString> tierByAction;  // first policy.decided review_tier
    QHash<QString, QString> alertByAction; // policy.decided alert_id
    QHash<QString, QString> severityByAlert;
    QHash<QString, QDateTime> openedByReviewer; // first review.opened per review + reviewer
    QSet<QString> reviewsWithResolution;        // reviews that have any review.resolved
    QHash<QString, QString> lastQualityByAction;

    explicit LogIndex(const QList<AuditEntry> &log)
    {
        for (const AuditEntry &entry : log) {
            if (isType(entry, AuditEvent::kPolicyDecided)) {
                if (!tierByAction.contains(entry.subject)) {
                    const QJsonObject decision =
                        entry.payload.value(QStringLiteral("decision")).toObject();
                    tierByAction.insert(entry.subject,
                                        decision.value(QStringLiteral("review_tier")).toString());
                    alertByAction.insert(entry.subject, payloadString(entry, "alert_id"));
                }
            } else if (isType(entry, AuditEvent::kAlertReceived)) {
                const QJsonObject alert = entry.payload.value(QStringLiteral("alert")).toObject();
                if (!severityByAlert.contains(entry.subject))
                    severityByAlert.insert(entry.subject,
                                           alert.value(QStringLiteral("severity")).toString());
            } else if (isType(entry, AuditEvent::kReviewOpened)) {
                const QString key = reviewerKey(entry.subject, reviewerOf(entry));
                if (!openedByReviewer.contains(key))
                    openedByReviewer.insert(key, entry.timestamp);
            } else if (isType(entry, AuditEvent::kReviewResolved)) {
                reviewsWithResolution.insert(entry.subject);
            } else if (isType(entry, AuditEvent::kOutcomeMarked)) {
                lastQualityByAction.insert(entry.subject, payloadString(entry, "quality"));
            }
        }
    }

    QString tierOf(const QString &actionId) const
    {
        const QString tier = tierByAction.value(actionId);
        return tier.isEmpty() ? QStringLiteral("unknown") : tier;
    }

    QString severityOf(const QString &actionId) const
    {
        const QString severity = severityByAlert.value(alertByAction.value(actionId));
        return severity.isEmpty() ? QStringLiteral("unknown") : severity;
    }
};

class MetricsComputation
{
public:
    MetricsComputation(const QList<AuditEntry> &log, const QDateTime &from, const QDateTime &to,
                       const OversightOptions &options)
        : m_log(log)
        , m_index(log)
        , m_options(options)
    {
        m_report.from = from;
        m_report.to = to;
    }

    OversightReport run()
    {
        computeDecisions();
        computeQueueDepth();
        computeEscalationEffectiveness();
        computeDecisionQuality();
        computeMtta();
        computeMttr();
        computeTheaterCheck();
        return m_report;
    }

private:
    bool inWindow(const QDateTime &when) const
    {
        return (!m_report.from.isValid() || when >= m_report.from) &&
               (!m_report.to.isValid() || when < m_report.to);
    }
    bool beforeEnd(const QDateTime &when) const
    {
        return !m_report.to.isValid() || when < m_report.to;
    }

    std::optional<double> latencyOf(const AuditEntry &decided) const
    {
        const QJsonValue dwell = decided.payload.value(QStringLiteral("dwell_seconds"));
        if (dwell.isDouble())
            return dwell.toDouble();
        const QDateTime opened =
            m_index.openedByReviewer.value(reviewerKey(decided.subject, reviewerOf(decided)));
        if (opened.isValid())
            return opened.msecsTo(decided.timestamp) / 1000.0;
        return std::nullopt;
    }

    void computeDecisions()
    {
        QList<double> all;
        QMap<QString, QList<double>> byTier;
        QMap<QString, QList<double>> byReviewer;
        QMap<QString, QList<double>> bySeverity;
        for (const AuditEntry &entry : m_log) {
            if (!isType(entry, AuditEvent::kReviewDecided) || !inWindow(entry.timestamp))
                continue;
            const QString decision = payloadString(entry, "decision");
            const QString actionId = payloadString(entry, "action_id");
            ++m_report.decisions;
            m_decidedActions.insert(actionId);
            if (decision == QLatin1String("approve"))
                ++m_report.approvals;
            else if (decision == QLatin1String("reject"))
                ++m_report.rejections;
            else if (decision == QLatin1String("modify"))
                ++m_report.modifications;
            else if (decision == QLatin1String("escalate"))
                ++m_report.escalations;

            const std::optional<double> latency = latencyOf(entry);
            if (!latency)
                continue;
            all.append(*latency);
            byTier[m_index.tierOf(actionId)].append(*latency);
            byReviewer[reviewerOf(entry)].append(*latency);
            bySeverity[m_index.severityOf(actionId)].append(*latency);
            if (decision == QLatin1String("approve"))
                m_approvalLatencies.append(*latency);
        }
        m_report.rejectionRate = ratio(m_report.rejections, m_report.decisions);
        m_report.modificationRate = ratio(m_report.modifications, m_report.decisions);
        m_report.overrideRate =
            ratio(m_report.rejections + m_report.escalations, m_report.decisions);
        m_report.timeToDecision = DurationStats::of(all);
        for (auto it = byTier.cbegin(); it != byTier.cend(); ++it)
            m_report.timeToDecisionByTier.insert(it.key(), DurationStats::of(it.value()));
        for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it)
            m_report.timeToDecisionByReviewer.insert(it.key(), DurationStats::of(it.value()));
        for (auto it = bySeverity.cbegin(); it != bySeverity.cend(); ++it)
            m_report.timeToDecisionBySeverity.insert(it.key(), DurationStats::of(it.value()));
    }

    void computeQueueDepth()
    {
        QSet<QString> pending;
        QSet<QString> closed;
        for (const AuditEntry &entry : m_log) {
            if (!beforeEnd(entry.timestamp))
                break;
            const QString &reviewId = entry.subject;
            if (isType(entry, AuditEvent::kReviewOpened)) {
                if (!closed.contains(reviewId))
                    pending.insert(reviewId);
                if (inWindow(entry.timestamp)) {
                    const int reported = entry.payload.value(QStringLiteral("queue_depth")).toInt();
                    m_report.queueDepthMax = std::max(
                        {m_report.queueDepthMax, reported, static_cast<int>(pending.size())});
                }
            } else if (isType(entry, AuditEvent::kReviewResolved)) {
                if (payloadString(entry, "state") != QLatin1String("held")) {
                    pending.remove(reviewId);
                    closed.insert(reviewId);
                }
            } else if (isType(entry, AuditEvent::kReviewDecided) &&
                       !m_index.reviewsWithResolution.contains(reviewId)) {
                const QString decision = payloadString(entry, "decision");
                if (decision == QLatin1String("approve") || decision == QLatin1String("reject") ||
                    decision == QLatin1String("modify")) {
                    pending.remove(reviewId);
                    closed.insert(reviewId);
                }
            }
        }
        m_report.queueDepthAtEnd = static_cast<int>(pending.size());
    }

    void computeEscalationEffectiveness()
    {
        for (qsizetype i = 0; i < m_log.size(); ++i) {
            const AuditEntry &timeout = m_log.at(i);
            if (!isType(timeout, AuditEvent::kReviewTimedOut) || !inWindow(timeout.timestamp))
                continue;
            ++m_report.timedOutReviews;
            QSet<QString> nextLevel;
            for (const QJsonValue &name :
                 timeout.payload.value(QStringLiteral("escalated_to")).toArray())
                nextLevel.insert(name.toString());
            if (nextLevel.isEmpty())
                continue; // chain exhausted: nobody could answer
            QDateTime deadline = timeout.timestamp.addSecs(m_options.escalationTimeoutSeconds);
            bool answered = false;
            for (qsizetype j = i + 1; j < m_log.size(); ++j) {
                const AuditEntry &later = m_log.at(j);
                if (later.subject != timeout.subject)
                    continue;
                if (isType(later, AuditEvent::kReviewTimedOut)) {
                    deadline = std::min(deadline, later.timestamp); // the next level timed out too
                    break;
                }
                if (isType(later, AuditEvent::kReviewDecided) && later.timestamp <= deadline &&
                    nextLevel.contains(reviewerOf(later))) {
                    answered = true;
                    break;
                }
            }
            if (answered)
                ++m_report.escalationsAnswered;
        }
        m_report.escalationEffectiveness =
            ratio(m_report.escalationsAnswered, m_report.timedOutReviews);
    }

    void computeDecisionQuality()
    {
        for (const QString &actionId : std::as_const(m_decidedActions)) {
            const auto mark = m_index.lastQualityByAction.constFind(actionId);
            if (mark == m_index.lastQualityByAction.cend())
                continue;
            ++m_report.outcomesMarked;
            if (*mark == QLatin1String("good"))
                ++m_report.outcomesGood;
        }
        m_report.decisionQuality = ratio(m_report.outcomesGood, m_report.outcomesMarked);
    }

    void computeMtta()
    {
        QHash<QString, QDateTime> receivedAt; // first firing receipt per alert in the window
        QStringList order;
        QHash<QString, QDateTime> acknowledgedAt;
        const auto acknowledge = [&](const QString &alertId, const QDateTime &when) {
            const auto received = receivedAt.constFind(alertId);
            if (received == receivedAt.cend() || when < *received)
                return;
            auto existing = acknowledgedAt.find(alertId);
            if (existing == acknowledgedAt.end())
                acknowledgedAt.insert(alertId, when);
            else if (when < *existing)
                *existing = when;
        };
        for (const AuditEntry &entry : m_log) {
            if (isType(entry, AuditEvent::kAlertReceived)) {
                const QJsonObject alert = entry.payload.value(QStringLiteral("alert")).toObject();
                if (alert.value(QStringLiteral("status")).toString() == QLatin1String("resolved") ||
                    !inWindow(entry.timestamp) || receivedAt.contains(entry.subject))
                    continue;
                receivedAt.insert(entry.subject, entry.timestamp);
                order.append(entry.subject);
            } else if (isType(entry, AuditEvent::kReviewOpened)) {
                acknowledge(m_index.alertByAction.value(payloadString(entry, "action_id")),
                            entry.timestamp);
            } else if (m_options.acknowledgementEventTypes.contains(entry.type)) {
                acknowledge(payloadString(entry, "alert_id"), entry.timestamp);
            }
        }
        QList<double> durations;
        for (const QString &alertId : std::as_const(order)) {
            const auto acknowledged = acknowledgedAt.constFind(alertId);
            if (acknowledged != acknowledgedAt.cend())
                durations.append(receivedAt.value(alertId).msecsTo(*acknowledged) / 1000.0);
        }
        m_report.mtta = DurationStats::of(durations);
    }

    void computeMttr()
    {
        QList<double> durations;
        for (const AuditEntry &opened : m_log) {
            if (!isType(opened, AuditEvent::kIncidentOpened) || !inWindow(opened.timestamp))
                continue;
            QDateTime recovered;
            for (const AuditEntry &entry : m_log) {
                if (entry.incidentId != opened.subject || entry.timestamp < opened.timestamp)
                    continue;
                bool recovery = false;
                if (isType(entry, AuditEvent::kExecutionCompleted))
                    recovery = entry.payload.value(QStringLiteral("success")).toBool();
                else if (isType(entry, AuditEvent::kAlertReceived))
                    recovery = entry.payload.value(QStringLiteral("alert"))
                                   .toObject()
                                   .value(QStringLiteral("status"))
                                   .toString() == QLatin1String("resolved");
                if (recovery && (!recovered.isValid() || entry.timestamp > recovered))
                    recovered = entry.timestamp;
            }
            if (recovered.isValid())
                durations.append(opened.timestamp.msecsTo(recovered) / 1000.0);
            else
                ++m_report.unresolvedIncidents;
        }
        m_report.mttr = DurationStats::of(durations);
    }

    void computeTheaterCheck()
    {
        TheaterCheck &check = m_report.theater;
        check.decisions = m_report.decisions;
        check.minimumDecisions = m_options.theaterMinimumDecisions;
        check.medianApprovalSeconds = DurationStats::of(m_approvalLatencies).medianSeconds;
        check.rejectionRate = m_report.rejectionRate;
        check.modifications = m_report.modifications;
        if (check.decisions < check.minimumDecisions) {
            check.verdict = TheaterCheck::Verdict::InsufficientData;
            check.message = QStringLiteral("insufficient data: %1 decisions in the window, at "
                                           "least %2 needed to judge")
                                .arg(check.decisions)
                                .arg(check.minimumDecisions);
            return;
        }
        const bool fast = check.medianApprovalSeconds &&
                          *check.medianApprovalSeconds < m_options.theaterApprovalSeconds;
        const bool rarelyRejects =
            check.rejectionRate && *check.rejectionRate < m_options.theaterRejectionRate;
        const bool neverModifies = check.modifications == 0;
        const QString figures =
            QStringLiteral("median approval %1, rejection rate %2, %3 modifications over %4 "
                           "decisions")
                .arg(check.medianApprovalSeconds ? secondsText(*check.medianApprovalSeconds)
                                                 : QStringLiteral("n/a (no approvals)"),
                     percent(check.rejectionRate.value_or(0.0)))
                .arg(check.modifications)
                .arg(check.decisions);
        if (fast && rarelyRejects && neverModifies) {
            check.verdict = TheaterCheck::Verdict::Flagged;
            check.message = QStringLiteral("HITL theater: oversight looks ceremonial (%1; "
                                           "thresholds: approval under %2, rejection under %3, "
                                           "no modification)")
                                .arg(figures, secondsText(m_options.theaterApprovalSeconds),
                                     percent(m_options.theaterRejectionRate));
        } else {
            check.verdict = TheaterCheck::Verdict::NotFlagged;
            check.message = QStringLiteral("not flagged: %1").arg(figures);
        }
    }

    const QList<AuditEntry> &m_log;
    LogIndex m_index;
    const OversightOptions &m_options;
    OversightReport m_report;
    QSet<QString> m_decidedActions;
    QList<double> m_approvalLatencies;
};

} // namespace

DurationStats DurationStats::of(QList<double> seconds)
{
    DurationStats stats;
    stats.count = static_cast<int>(seconds.size());
    if (seconds.isEmpty())
        return stats;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    stats.medianSeconds =
        n % 2 == 1 ? seconds.at(n / 2) : (seconds.at(n / 2 - 1) + seconds.at(n / 2)) / 2.0;
    const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(n)));
    stats.p90Seconds = seconds.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
    return stats;
}

QJsonObject DurationStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("count"), count},
        {QStringLiteral("median_seconds"), optionalNumber(medianSeconds)},
        {QStringLiteral("p90_seconds"), optionalNumber(p90Seconds)},
    };
}

QString toString(TheaterCheck::Verdict verdict)
{
    switch (verdict) {
    case TheaterCheck::Verdict::NotFlagged:
        return QStringLiteral("not_flagged");
    case TheaterCheck::Verdict::Flagged:
        return QStringLiteral("flagged");
    case TheaterCheck::Verdict::InsufficientData:
        break;
    }
    return QStringLiteral("insufficient_data");
}

QJsonObject TheaterCheck::toJson() const
{
    return QJsonObject{
        {QStringLiteral("verdict"), toString(verdict)},
        {QStringLiteral("flagged"), flagged()},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("minimum_decisions"), minimumDecisions},
        {QStringLiteral("median_approval_seconds"), optionalNumber(medianApprovalSeconds)},
        {QStringLiteral("rejection_rate"), optionalNumber(rejectionRate)},
        {QStringLiteral("modifications"), modifications},
        {QStringLiteral("message"), message},
    };
}

QJsonObject OversightReport::toJson() const
{
    const auto iso = [](const QDateTime &when) {
        return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("from"), iso(from)},
        {QStringLiteral("to"), iso(to)},
        {QStringLiteral("decisions"),
         QJsonObject{
             {QStringLiteral("total"), decisions},
             {QStringLiteral("approve"), approvals},
             {QStringLiteral("reject"), rejections},
             {QStringLiteral("modify"), modifications},
             {QStringLiteral("escalate"), escalations},
         }},
        {QStringLiteral("rejection_rate"), optionalNumber(rejectionRate)},
        {QStringLiteral("modification_rate"), optionalNumber(modificationRate)},
        {QStringLiteral("override_rate"), optionalNumber(overrideRate)},
        {QStringLiteral("time_to_decision"),
         QJsonObject{
             {QStringLiteral("all"), timeToDecision.toJson()},
             {QStringLiteral("by_tier"), statsMap(timeToDecisionByTier)},
             {QStringLiteral("by_reviewer"), statsMap(timeToDecisionByReviewer)},
             {QStringLiteral("by_severity"), statsMap(timeToDecisionBySeverity)},
         }},
        {QStringLiteral("queue_depth"), QJsonObject{{QStringLiteral("max"), queueDepthMax},
                                                    {QStringLiteral("at_end"), queueDepthAtEnd}}},
        {QStringLiteral("escalation"),
         QJsonObject{
             {QStringLiteral("timed_out_reviews"), timedOutReviews},
             {QStringLiteral("answered_by_next_level"), escalationsAnswered},
             {QStringLiteral("effectiveness"), optionalNumber(escalationEffectiveness)},
         }},
        {QStringLiteral("decision_quality"),
         QJsonObject{
             {QStringLiteral("marked"), outcomesMarked},
             {QStringLiteral("good"), outcomesGood},
             {QStringLiteral("share_good"), optionalNumber(decisionQuality)},
         }},
        {QStringLiteral("mtta"), mtta.toJson()},
        {QStringLiteral("mttr"), mttr.toJson()},
        {QStringLiteral("unresolved_incidents"), unresolvedIncidents},
        {QStringLiteral("theater_check"), theater.toJson()},
    };
}

OversightReport OversightMetrics::compute(const QList<AuditEntry> &entries, const QDateTime &from,
                                          const QDateTime &to, const OversightOptions &options)
{
    QList<AuditEntry> log = entries;
    std::stable_sort(log.begin(), log.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.sequence < b.sequence;
    });
    return MetricsComputation(log, from, to, options).run();
}

} // namespace icc
