#include "IncidentRecordMarkdown.h"

#include <QJsonValue>

namespace icc {

namespace {

QString utc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QStringLiteral("-");
}

// A table cell: one line, pipes escaped.
QString cell(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &text : cells)
        escaped.append(cell(text));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString header(const QStringList &titles)
{
    QString separator = QStringLiteral("|");
    for (qsizetype i = 0; i < titles.size(); ++i)
        separator += QStringLiteral(" --- |");
    return row(titles) + separator + QLatin1Char('\n');
}

QString seconds(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("-");
    const bool whole = *value == static_cast<double>(static_cast<qint64>(*value));
    return QString::number(*value, 'f', whole ? 0 : 1) + QStringLiteral(" s");
}

QString bullets(const QStringList &items, const QString &whenEmpty)
{
    if (items.isEmpty())
        return whenEmpty + QLatin1Char('\n');
    QString text;
    for (const QString &item : items)
        text += QStringLiteral("- ") + item + QLatin1Char('\n');
    return text;
}

QString couldHaveCaught(const QStringList &observations)
{
    return QStringLiteral("\n**What this layer could have caught:**\n\n") +
           bullets(observations, QStringLiteral("- nothing in the record points here"));
}

QString jsonScalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return QStringLiteral("(structured)");
}

QString renderHumanReview(const HumanReviewLayer &layer)
{
    QString text = QStringLiteral("#### Human review\n\n");
    if (!layer.present) {
        text += QStringLiteral("_%1._\n").arg(layer.absence);
        return text + couldHaveCaught(layer.observations);
    }
    if (layer.classApproved)
        text += QStringLiteral("Covered by class approval %1 granted by %2.\n\n")
                    .arg(cell(layer.classApprovalId), cell(layer.classApprovedBy));
    text +=
        header({QStringLiteral("Reviewer"), QStringLiteral("Review"), QStringLiteral("Opened"),
                QStringLiteral("Decided"), QStringLiteral("Time spent"), QStringLiteral("Decision"),
                QStringLiteral("Queue at open"), QStringLiteral("Local time")});
    for (const ReviewerRecord &reviewer : layer.reviewers) {
        QStringList flags;
        if (reviewer.atNight)
            flags.append(QStringLiteral("night"));
        if (reviewer.fastApproval)
            flags.append(QStringLiteral("fast approval"));
        const QString hour =
            reviewer.localTime.isEmpty()
                ? QStringLiteral("-")
                : reviewer.localTime +
                      (flags.isEmpty()
                           ? QString()
                           : QStringLiteral(" (%1)").arg(flags.join(QStringLiteral(", "))));
        text += row({reviewer.reviewer, reviewer.reviewId, utc(reviewer.openedAt),
                     utc(reviewer.decidedAt), seconds(reviewer.latencySeconds()),
                     reviewer.decision.isEmpty() ? QStringLiteral("(none)") : reviewer.decision,
                     reviewer.queueDepthAtOpen ? QString::number(*reviewer.queueDepthAtOpen)
                                               : QStringLiteral("-"),
                     hour});
    }
    for (const ReviewerRecord &reviewer : layer.reviewers) {
        text += QStringLiteral("\n**%1**\n\n").arg(reviewer.reviewer);
        QStringList shown;
        for (auto it = reviewer.shown.constBegin(); it != reviewer.shown.constEnd(); ++it)
            shown.append(QStringLiteral("%1: %2").arg(it.key(), jsonScalar(it.value())));
        text += QStringLiteral("- Context shown: %1\n")
                    .arg(shown.isEmpty() ? QStringLiteral("not recorded")
                                         : shown.join(QStringLiteral("; ")));
        text += QStringLiteral("- Stated reasoning: %1\n")
                    .arg(reviewer.reason.isEmpty()
                             ? QStringLiteral("none")
                             : QStringLiteral("\u201c%1\u201d").arg(reviewer.reason));
        QStringList recent;
        for (const RecentDecision &previous : reviewer.recentDecisions)
            recent.append(
                QStringLiteral("%1 (%2)").arg(previous.decision, seconds(previous.latencySeconds)));
        text +=
            QStringLiteral("- Previous %1 decisions, newest first: %2\n")
                .arg(reviewer.recentDecisions.size())
                .arg(recent.isEmpty() ? QStringLiteral("none") : recent.join(QStringLiteral(", ")));
        text += QStringLiteral("- Decisions in the hour before: %1\n")
                    .arg(reviewer.decisionsInPreviousHour);
        for (const QString &refusal : reviewer.refusals)
            text += QStringLiteral("- Refused decision: %1\n").arg(refusal);
    }
    if (!layer.resolvedState.isEmpty())
        text += QStringLiteral("\nReview resolved **%1** at %2.\n")
                    .arg(layer.resolvedState, utc(layer.resolvedAt));
    return text + couldHaveCaught(layer.observations);
}

QString versionLine(const PolicyVersionAge &age, const QString &label)
{
    if (age.version.isEmpty())
        return QStringLiteral("- %1: not recorded\n").arg(label);
    if (!age.approvedOn.isValid())
        return QStringLiteral("- %1: %2, age unknown (no approval date recorded)\n")
            .arg(label, age.version);
    return QStringLiteral("- %1: %2, approved %3 (%4 days old then, %5 days now)\n")
        .arg(label, age.version, age.approvedOn.toUTC().date().toString(Qt::ISODate),
             age.ageDaysAtDecision ? QString::number(*age.ageDaysAtDecision) : QStringLiteral("?"),
             age.ageDaysNow ? QString::number(*age.ageDaysNow) : QStringLiteral("?"));
}

QString renderPolicy(const PolicyLayer &layer)
{
    QString text = QStringLiteral("#### Policy classification\n\n");
    if (!layer.present) {
        text += QStringLiteral("_%1._\n").arg(layer.absence);
        text += versionLine(layer.incidentVersion, QStringLiteral("Incident pinned to policy"));
        return text + couldHaveCaught(layer.observations);
    }
    text += QStringLiteral("- Decided at %1: outcome **%2**, autonomy level %3, review tier %4%5\n")
                .arg(utc(layer.decidedAt), layer.outcome)
                .arg(layer.autonomyLevel)
                .arg(layer.reviewTier, layer.requiresApproval
                                           ? QStringLiteral(" (approval required)")
                                           : QStringLiteral(" (no approval required)"));
    text += QStringLiteral("- Proposed step: %1 (step %2 of runbook %3)%4\n")
                .arg(layer.action)
                .arg(layer.stepIndex + 1)
                .arg(layer.runbook.isEmpty() ? QStringLiteral("-") : layer.runbook,
                     layer.confidence
                         ? QStringLiteral(", confidence %1").arg(*layer.confidence, 0, 'f', 2)
                         : QString());
    text += versionLine(layer.version, QStringLiteral("Policy version"));
    text += versionLine(layer.incidentVersion, QStringLiteral("Incident pinned to policy"));
    if (layer.rules.isEmpty()) {
        text += QStringLiteral("\nNo rule fired.\n");
    } else {
        text += QLatin1Char('\n') + header({QStringLiteral("Rule"), QStringLiteral("Trigger"),
                                            QStringLiteral("Why (thresholds)")});
        for (const FiredRule &rule : layer.rules)
            text += row({rule.ruleId, rule.trigger, rule.message});
    }
    return text + couldHaveCaught(layer.observations);
}

QString renderAgent(const AgentLayer &layer)
{
    QString text = QStringLiteral("#### Agent reasoning\n\n");
    if (!layer.present) {
        text += QStringLiteral("_%1._\n").arg(layer.absence);
        return text + couldHaveCaught(layer.observations);
    }
    text +=
        QStringLiteral("- Alert %1%2 received %3: %4\n")
            .arg(layer.alertId,
                 layer.severity.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(layer.severity),
                 utc(layer.alertReceivedAt),
                 layer.alertSummary.isEmpty() ? QStringLiteral("(not recorded)")
                                              : layer.alertSummary);
    if (!layer.matchPresent) {
        text += QStringLiteral("- Match: not recorded\n");
        return text + couldHaveCaught(layer.observations);
    }
    text += QStringLiteral("- Matched runbook: %1, confidence %2%3\n")
                .arg(layer.matchedRunbook.isEmpty() ? QStringLiteral("none") : layer.matchedRunbook)
                .arg(layer.confidence, 0, 'f', 2)
                .arg(layer.ambiguous ? QStringLiteral(" (ambiguous)") : QString());
    const MatchExplanation &why = layer.explanation;
    const auto listLine = [](const QString &label, const QStringList &items) {
        return items.isEmpty()
                   ? QString()
                   : QStringLiteral("- %1: %2\n").arg(label, items.join(QStringLiteral(", ")));
    };
    text += listLine(QStringLiteral("Matched terms"), why.matchedTerms);
    text += listLine(QStringLiteral("Matched concepts"), why.matchedConcepts);
    text += listLine(QStringLiteral("Matched labels"), why.matchedLabels);
    text += listLine(QStringLiteral("Conditions met"), why.conditionsMet);
    text += listLine(QStringLiteral("Conditions not met"), why.conditionsFailed);
    if (!layer.candidates.isEmpty()) {
        text += QLatin1Char('\n') +
                header({QStringLiteral("Candidate runbook"), QStringLiteral("Score")});
        for (const MatchCandidate &candidate : layer.candidates)
            text += row({candidate.runbookId, QString::number(candidate.score, 'f', 2)});
    }
    return text + couldHaveCaught(layer.observations);
}

QString renderResult(const ChainRecord &chain)
{
    QString text;
    if (chain.executions.isEmpty())
        text += QStringLiteral("**Result:** the action did not run.\n");
    for (const ExecutionRecord &execution : chain.executions) {
        QString result = !execution.blockedBy.isEmpty()
                             ? QStringLiteral("blocked by %1").arg(execution.blockedBy)
                         : execution.success
                             ? QStringLiteral("succeeded")
                             : QStringLiteral("failed (exit %1)")
                                   .arg(execution.exitCode ? *execution.exitCode : -1);
        if (execution.rolledBack)
            result += QStringLiteral(", rolled back");
        text +=
            QStringLiteral("**Result:** %1 at %2 (%3)%4.\n")
                .arg(result, utc(execution.at),
                     execution.mode.isEmpty()
                         ? QStringLiteral("mode unknown")
                         : QString(execution.mode).replace(QLatin1Char('_'), QLatin1Char(' ')),
                     execution.command.isEmpty() ? QString()
                                                 : QStringLiteral(": `%1`").arg(execution.command));
    }
    for (const OutcomeMark &mark : chain.outcomes)
        text += QStringLiteral("**Outcome:** marked %1 by %2 at %3%4.\n")
                    .arg(mark.quality, mark.by, utc(mark.at),
                         mark.note.isEmpty() ? QString() : QStringLiteral(": ") + mark.note);
    return text;
}

QString renderChain(const ChainRecord &chain)
{
    QString text =
        QStringLiteral("### Action %1%2\n\n")
            .arg(chain.actionId,
                 chain.action.isEmpty() ? QString() : QStringLiteral(": ") + chain.action);
    text += renderResult(chain) + QLatin1Char('\n');
    text += renderHumanReview(chain.humanReview) + QLatin1Char('\n');
    text += renderPolicy(chain.policy) + QLatin1Char('\n');
    text += renderAgent(chain.agent) + QLatin1Char('\n');
    if (!chain.missing.isEmpty())
        text += QStringLiteral("#### Missing from the record\n\n") +
                bullets(chain.missing, QString()) + QLatin1Char('\n');
    return text;
}

QString failureLine(const FailureMark &mark)
{
    return QStringLiteral("%1: %2").arg(
        chainLayerTitle(mark.layer), mark.note.isEmpty() ? QStringLiteral("(no note)") : mark.note);
}

} // namespace

QString IncidentRecordMarkdown::render(const IncidentRecord &record)
{
    QString text;
    text += QStringLiteral("# Post-mortem: %1\n\n")
                .arg(record.title.isEmpty() ? record.incidentId : record.title);
    text += QStringLiteral("_Blameless post-mortem: it asks what in the system made the failure "
                           "possible and what change prevents it, not who failed._\n\n");
    int done = 0;
    for (const ActionItem &item : record.actionItems)
        done += item.done ? 1 : 0;
    text += header({QStringLiteral("Incident"), QStringLiteral("Opened (UTC)"),
                    QStringLiteral("Policy version"), QStringLiteral("Facilitator"),
                    QStringLiteral("Action items done")});
    text += row({record.incidentId, utc(record.openedAt), record.policyVersion, record.facilitator,
                 QStringLiteral("%1 of %2").arg(done).arg(record.actionItems.size())});

    text += QStringLiteral("\n## Summary\n\n");
    text +=
        (record.summary.isEmpty() ? QStringLiteral("_No summary written yet._") : record.summary) +
        QLatin1Char('\n');
    if (!record.impact.isEmpty())
        text += QStringLiteral("\n**Impact:** %1\n").arg(record.impact);

    text += QStringLiteral("\n## Timeline\n\n");
    if (record.timeline.isEmpty()) {
        text += QStringLiteral("_No audit entries for this incident._\n");
    } else {
        text += header({QStringLiteral("Time (UTC)"), QStringLiteral("Event"),
                        QStringLiteral("Actor"), QStringLiteral("What happened")});
        for (const TimelineEvent &event : record.timeline)
            text += row({utc(event.at), QStringLiteral("`%1`").arg(event.type), event.actor,
                         event.summary});
    }

    text += QStringLiteral("\n## Chain reconstruction\n\n");
    if (record.chains.isEmpty()) {
        text += QStringLiteral("_No action reconstructed._\n\n");
    } else {
        text += QStringLiteral("Every action below passed three layers, each of which could have "
                               "stopped it: the human review, the policy classification and the "
                               "agent's reasoning.\n\n");
        for (const ChainRecord &chain : record.chains)
            text += renderChain(chain);
    }

    text += QStringLiteral("## Primary and secondary failures\n\n");
    text += QStringLiteral("**Primary failure** (the layer whose fix would have prevented the "
                           "incident): %1\n\n")
                .arg(record.primaryFailure ? failureLine(*record.primaryFailure)
                                           : QStringLiteral("_not marked yet_"));
    text += QStringLiteral("**Secondary failures** (layers that should have caught it and did "
                           "not):\n\n");
    QStringList secondary;
    for (const FailureMark &mark : record.secondaryFailures)
        secondary.append(failureLine(mark));
    text += bullets(secondary, QStringLiteral("- none marked"));

    text += QStringLiteral("\n## Contributing factors\n\n");
    text += bullets(record.contributingFactors, QStringLiteral("- none recorded"));
    if (!record.whatWentWell.isEmpty())
        text += QStringLiteral("\n## What went well\n\n") + bullets(record.whatWentWell, QString());

    text += QStringLiteral("\n## Action items\n\n");
    if (record.actionItems.isEmpty()) {
        text += QStringLiteral("_No action items yet._\n");
    } else {
        text += header({QStringLiteral("ID"), QStringLiteral("Action"), QStringLiteral("Owner"),
                        QStringLiteral("Due"), QStringLiteral("Status")});
        for (const ActionItem &item : record.actionItems)
            text += row({item.id, item.description,
                         item.owner.isEmpty() ? QStringLiteral("**missing**") : item.owner,
                         item.due.isValid() ? item.due.toString(Qt::ISODate)
                                            : QStringLiteral("**missing**"),
                         item.done ? QStringLiteral("done") : QStringLiteral("open")});
    }
    const QStringList problems = record.validate();
    if (!problems.isEmpty()) {
        text += QStringLiteral("\n> **Record incomplete:**\n");
        for (const QString &problem : problems)
            text += QStringLiteral("> - ") + problem + QLatin1Char('\n');
    }
    return text;
}

} // namespace icc
