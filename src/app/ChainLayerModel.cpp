#include "ChainLayerModel.h"

#include "PostMortemDocument.h"

#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace icc {

namespace {

QStandardItem *addRow(QStandardItem *parent, const QString &what, const QString &value = {})
{
    auto *whatItem = new QStandardItem(what);
    auto *valueItem = new QStandardItem(value);
    whatItem->setEditable(false);
    valueItem->setEditable(false);
    valueItem->setToolTip(value);
    parent->appendRow({whatItem, valueItem});
    return whatItem;
}

QString joined(const QStringList &items)
{
    return items.isEmpty() ? ChainLayerModel::tr("none") : items.join(QStringLiteral(", "));
}

QString yesNo(bool value)
{
    return value ? ChainLayerModel::tr("yes") : ChainLayerModel::tr("no");
}

void addList(QStandardItem *parent, const QString &what, const QStringList &items)
{
    QStandardItem *group =
        addRow(parent, what,
               items.isEmpty() ? ChainLayerModel::tr("none") : QString::number(items.size()));
    for (const QString &item : items)
        addRow(group, QString(), item);
}

void addMissing(QStandardItem *parent, const QString &absence)
{
    QStandardItem *row =
        addRow(parent, ChainLayerModel::tr("Missing"),
               absence.isEmpty() ? ChainLayerModel::tr("not in the audit record") : absence);
    row->setToolTip(ChainLayerModel::tr("A gap in the record: this layer did not take part"));
}

QString versionText(const PolicyVersionAge &age)
{
    if (age.version.isEmpty())
        return ChainLayerModel::tr("unknown");
    QString text = age.version;
    if (age.approvedOn.isValid())
        text +=
            ChainLayerModel::tr(", approved %1").arg(age.approvedOn.date().toString(Qt::ISODate));
    if (age.ageDaysAtDecision)
        text += ChainLayerModel::tr(" (%1 days old then").arg(*age.ageDaysAtDecision) +
                (age.ageDaysNow ? ChainLayerModel::tr(", %1 days now)").arg(*age.ageDaysNow)
                                : QStringLiteral(")"));
    return text;
}

} // namespace

ChainLayerModel::ChainLayerModel(QObject *parent)
    : QStandardItemModel(parent)
{
    clearChain();
}

QString ChainLayerModel::layerTitle(Section layer)
{
    switch (layer) {
    case AgentSection:
        return tr("Agent reasoning");
    case PolicySection:
        return tr("Policy classification");
    case HumanSection:
        return tr("Human review");
    case ExecutionSection:
    case SectionCount:
        break;
    }
    return tr("Execution and outcome");
}

QString ChainLayerModel::percent(double fraction)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 0));
}

QString ChainLayerModel::seconds(std::optional<double> value)
{
    if (!value)
        return tr("not recorded");
    return tr("%1 s").arg(QLocale().toString(*value, 'f', 1));
}

void ChainLayerModel::clearChain()
{
    clear();
    setHorizontalHeaderLabels({tr("What"), tr("Value")});
    m_chain = ChainRecord();
    m_hasChain = false;
    for (int layer = 0; layer < SectionCount; ++layer) {
        auto *root = new QStandardItem(layerTitle(Section(layer)));
        root->setEditable(false);
        appendRow(root);
    }
    emit layersRebuilt();
}

void ChainLayerModel::setChain(const ChainRecord &chain)
{
    clearChain();
    m_chain = chain;
    m_hasChain = true;
    fillAgent(item(AgentSection), chain.agent);
    fillPolicy(item(PolicySection), chain.policy);
    fillHuman(item(HumanSection), chain.humanReview);
    fillExecution(item(ExecutionSection), chain);
    emit layersRebuilt();
}

QModelIndex ChainLayerModel::layerIndex(Section layer) const
{
    return index(int(layer), 0);
}

QStringList ChainLayerModel::layerLines(Section layer) const
{
    QStringList lines;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex what = index(row, 0, parent);
            const QModelIndex value = index(row, 1, parent);
            lines.append(
                QStringLiteral("%1: %2").arg(what.data().toString(), value.data().toString()));
            walk(what);
        }
    };
    walk(layerIndex(layer));
    return lines;
}

void ChainLayerModel::fillAgent(QStandardItem *root, const AgentLayer &layer)
{
    if (!layer.present) {
        addMissing(root, layer.absence);
        return;
    }
    addRow(root, tr("Alert"),
           tr("%1 [%2] received %3: %4")
               .arg(layer.alertId, layer.severity,
                    PostMortemDocument::displayTime(layer.alertReceivedAt), layer.alertSummary));
    if (!layer.matchPresent) {
        addMissing(root, tr("no match.completed entry for this alert"));
    } else {
        addRow(root, tr("Matched runbook"),
               layer.matchedRunbook.isEmpty() ? tr("none (no runbook matched)")
                                              : layer.matchedRunbook);
        addRow(root, tr("Confidence"), percent(layer.confidence));
        addRow(root, tr("Ambiguous"), yesNo(layer.ambiguous));
        addRow(root, tr("Informational"), yesNo(layer.informational));
        QStandardItem *candidates = addRow(
            root, tr("Candidates"),
            layer.candidates.isEmpty() ? tr("none") : QString::number(layer.candidates.size()));
        for (const MatchCandidate &candidate : layer.candidates)
            addRow(candidates, candidate.runbookId, percent(candidate.score));
        QStandardItem *explanation = addRow(root, tr("Explanation"));
        addRow(explanation, tr("Terms"), joined(layer.explanation.matchedTerms));
        addRow(explanation, tr("Concepts"), joined(layer.explanation.matchedConcepts));
        addRow(explanation, tr("Labels"), joined(layer.explanation.matchedLabels));
        addRow(explanation, tr("Conditions met"), joined(layer.explanation.conditionsMet));
        addRow(explanation, tr("Conditions failed"), joined(layer.explanation.conditionsFailed));
    }
    addList(root, tr("Could have caught"), layer.observations);
}

void ChainLayerModel::fillPolicy(QStandardItem *root, const PolicyLayer &layer)
{
    if (!layer.present) {
        addMissing(root, layer.absence);
        return;
    }
    addRow(root, tr("Decided at"), PostMortemDocument::displayTime(layer.decidedAt));
    addRow(root, tr("Outcome"), layer.outcome);
    addRow(root, tr("Review tier"), layer.reviewTier);
    addRow(root, tr("Autonomy level"), QString::number(layer.autonomyLevel));
    addRow(root, tr("Requires approval"), yesNo(layer.requiresApproval));
    addRow(root, tr("Proposed step"),
           layer.action.isEmpty() ? tr("none")
                                  : tr("%1 (step %2 of %3)")
                                        .arg(layer.action)
                                        .arg(layer.stepIndex + 1)
                                        .arg(layer.runbook));
    if (layer.confidence)
        addRow(root, tr("Confidence"), percent(*layer.confidence));
    QStandardItem *rules =
        addRow(root, tr("Rule reasons"),
               layer.rules.isEmpty() ? tr("no rule fired") : QString::number(layer.rules.size()));
    for (const FiredRule &rule : layer.rules) {
        addRow(rules, rule.ruleId,
               rule.trigger.isEmpty() ? rule.message
                                      : QStringLiteral("%1 (%2)").arg(rule.message, rule.trigger));
    }
    QStandardItem *friction = addRow(root, tr("Friction"));
    for (auto it = layer.friction.constBegin(); it != layer.friction.constEnd(); ++it) {
        const QJsonValue value = it.value();
        addRow(friction, it.key(),
               value.isBool() ? yesNo(value.toBool()) : QString::number(value.toDouble()));
    }
    addRow(root, tr("Policy version"), versionText(layer.version));
    addRow(root, tr("Incident pinned to"), versionText(layer.incidentVersion));
    addRow(root, tr("Re-evaluations"), QString::number(layer.reevaluations));
    addList(root, tr("Could have caught"), layer.observations);
}

void ChainLayerModel::fillHuman(QStandardItem *root, const HumanReviewLayer &layer)
{
    if (layer.preApproved)
        addRow(root, tr("Pre-approved"), tr("yes: nobody was asked"));
    if (layer.classApproved) {
        addRow(root, tr("Class approval"),
               tr("%1 granted by %2").arg(layer.classApprovalId, layer.classApprovedBy));
    }
    if (!layer.present)
        addMissing(root, layer.absence);
    for (const ReviewerRecord &reviewer : layer.reviewers) {
        QStandardItem *item = addRow(root, tr("Reviewer"),
                                     tr("%1: %2").arg(reviewer.reviewer, reviewer.decision.isEmpty()
                                                                             ? tr("never decided")
                                                                             : reviewer.decision));
        addRow(item, tr("Opened"), PostMortemDocument::displayTime(reviewer.openedAt));
        addRow(item, tr("Decided"),
               reviewer.decidedAt.isValid() ? PostMortemDocument::displayTime(reviewer.decidedAt)
                                            : tr("never"));
        addRow(item, tr("Decision"), reviewer.decision.isEmpty() ? tr("none") : reviewer.decision);
        addRow(item, tr("Reason"),
               reviewer.reason.isEmpty() ? tr("no reason stated") : reviewer.reason);
        addRow(item, tr("Dwell"), seconds(reviewer.dwellSeconds));
        addRow(item, tr("Queue depth at open"),
               reviewer.queueDepthAtOpen ? QString::number(*reviewer.queueDepthAtOpen)
                                         : tr("not recorded"));
        addRow(item, tr("Local time"),
               reviewer.localTime + (reviewer.atNight ? tr(" (at night)") : QString()));
        if (reviewer.fastApproval)
            addRow(item, tr("Fast approval"), tr("approved faster than the threshold"));
        addRow(item, tr("Decisions in the hour before"),
               QString::number(reviewer.decisionsInPreviousHour));
        addList(item, tr("Refused decisions"), reviewer.refusals);
        QStandardItem *recent =
            addRow(item, tr("Recent decisions"), QString::number(reviewer.recentDecisions.size()));
        for (const RecentDecision &decision : reviewer.recentDecisions) {
            addRow(
                recent, PostMortemDocument::displayTime(decision.decidedAt),
                tr("%1 on %2 after %3")
                    .arg(decision.decision, decision.actionId, seconds(decision.latencySeconds)));
        }
    }
    for (const ReviewTimeout &timeout : layer.timeouts) {
        addRow(root, tr("Timeout"),
               tr("%1 at level %2, escalated to %3%4")
                   .arg(PostMortemDocument::displayTime(timeout.at))
                   .arg(timeout.level)
                   .arg(joined(timeout.escalatedTo), timeout.held ? tr(", held") : QString()));
    }
    if (!layer.resolvedState.isEmpty()) {
        addRow(root, tr("Resolved"),
               tr("%1 at %2")
                   .arg(layer.resolvedState, PostMortemDocument::displayTime(layer.resolvedAt)));
    }
    addList(root, tr("Could have caught"), layer.observations);
}

void ChainLayerModel::fillExecution(QStandardItem *root, const ChainRecord &chain)
{
    if (chain.executions.isEmpty())
        addMissing(root, tr("no execution: the action did not run"));
    for (const ExecutionRecord &execution : chain.executions) {
        QString value = tr("%1 %2 at %3: %4")
                            .arg(execution.action, execution.mode,
                                 PostMortemDocument::displayTime(execution.at),
                                 execution.success ? tr("succeeded") : tr("failed"));
        if (!execution.blockedBy.isEmpty())
            value += tr(", blocked by %1").arg(execution.blockedBy);
        if (execution.rolledBack)
            value += tr(", rolled back");
        QStandardItem *item = addRow(root, tr("Execution"), value);
        if (!execution.command.isEmpty())
            addRow(item, tr("Command"), execution.command);
        if (!execution.output.isEmpty())
            addRow(item, tr("Output"), execution.output);
    }
    if (chain.outcomes.isEmpty())
        addRow(root, tr("Outcome"), tr("not marked yet"));
    for (const OutcomeMark &outcome : chain.outcomes) {
        addRow(root, tr("Outcome"),
               tr("%1, marked by %2 at %3%4")
                   .arg(outcome.quality, outcome.by, PostMortemDocument::displayTime(outcome.at),
                        outcome.note.isEmpty() ? QString() : QStringLiteral(": ") + outcome.note));
    }
    addList(root, tr("Gaps in the record"), chain.missing);
}

} // namespace icc
