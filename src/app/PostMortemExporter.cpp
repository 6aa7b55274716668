#include "PostMortemExporter.h"

#include "ChainLayerModel.h"

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace icc {

namespace {

// Table cells must not break the row: pipes escaped, newlines flattened.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString orNone(const QStringList &items)
{
    return items.isEmpty() ? PostMortemExporter::tr("none") : items.join(QStringLiteral(", "));
}

void bullets(QString &out, const QStringList &items)
{
    for (const QString &item : items)
        out += QStringLiteral("- %1\n").arg(item);
}

void writeAgent(QString &out, const AgentLayer &layer)
{
    out += QStringLiteral("#### %1\n\n").arg(PostMortemExporter::tr("Agent reasoning"));
    if (!layer.present) {
        out += QStringLiteral("_%1: %2_\n\n").arg(PostMortemExporter::tr("Missing"), layer.absence);
        return;
    }
    QStringList lines;
    lines << PostMortemExporter::tr("Alert %1 [%2] received %3: %4")
                 .arg(layer.alertId, layer.severity,
                      PostMortemDocument::displayTime(layer.alertReceivedAt), layer.alertSummary);
    if (layer.matchPresent) {
        lines << PostMortemExporter::tr("Matched runbook: %1, confidence %2")
                     .arg(layer.matchedRunbook.isEmpty() ? PostMortemExporter::tr("none")
                                                         : layer.matchedRunbook,
                          ChainLayerModel::percent(layer.confidence));
        lines << PostMortemExporter::tr("Ambiguous: %1; informational: %2")
                     .arg(layer.ambiguous ? PostMortemExporter::tr("yes")
                                          : PostMortemExporter::tr("no"),
                          layer.informational ? PostMortemExporter::tr("yes")
                                              : PostMortemExporter::tr("no"));
        lines << PostMortemExporter::tr("Matched terms: %1")
                     .arg(orNone(layer.explanation.matchedTerms));
        lines << PostMortemExporter::tr("Matched concepts: %1")
                     .arg(orNone(layer.explanation.matchedConcepts));
        lines << PostMortemExporter::tr("Matched labels: %1")
                     .arg(orNone(layer.explanation.matchedLabels));
        lines << PostMortemExporter::tr("Conditions met: %1")
                     .arg(orNone(layer.explanation.conditionsMet));
        lines << PostMortemExporter::tr("Conditions failed: %1")
                     .arg(orNone(layer.explanation.conditionsFailed));
    } else {
        lines << PostMortemExporter::tr("Missing: no match recorded for this alert");
    }
    bullets(out, lines);
    if (!layer.candidates.isEmpty()) {
        out += QStringLiteral("\n| %1 | %2 |\n| --- | --- |\n")
                   .arg(PostMortemExporter::tr("Candidate runbook"),
                        PostMortemExporter::tr("Confidence"));
        for (const MatchCandidate &candidate : layer.candidates)
            out += QStringLiteral("| %1 | %2 |\n")
                       .arg(cell(candidate.runbookId), ChainLayerModel::percent(candidate.score));
    }
    if (!layer.observations.isEmpty()) {
        out += QStringLiteral("\n**%1**\n\n")
                   .arg(PostMortemExporter::tr("What this layer could have caught:"));
        bullets(out, layer.observations);
    }
    out += QLatin1Char('\n');
}

void writePolicy(QString &out, const PolicyLayer &layer)
{
    out += QStringLiteral("#### %1\n\n").arg(PostMortemExporter::tr("Policy classification"));
    if (!layer.present) {
        out += QStringLiteral("_%1: %2_\n\n").arg(PostMortemExporter::tr("Missing"), layer.absence);
        return;
    }
    QStringList lines;
    lines << PostMortemExporter::tr(
                 "Decided at %1: outcome **%2**, review tier **%3**, autonomy level %4")
                 .arg(PostMortemDocument::displayTime(layer.decidedAt), layer.outcome,
                      layer.reviewTier)
                 .arg(layer.autonomyLevel);
    if (!layer.action.isEmpty())
        lines << PostMortemExporter::tr("Proposed step: %1 (step %2 of %3)")
                     .arg(layer.action)
                     .arg(layer.stepIndex + 1)
                     .arg(layer.runbook);
    lines << PostMortemExporter::tr("Policy version: %1 (approved %2)")
                 .arg(layer.version.version, layer.version.approvedOn.date().toString(Qt::ISODate));
    QStringList friction;
    for (auto it = layer.friction.constBegin(); it != layer.friction.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if ((value.isBool() && value.toBool()) || (value.isDouble() && value.toDouble() != 0))
            friction << (value.isBool()
                             ? it.key()
                             : QStringLiteral("%1 %2").arg(it.key()).arg(value.toDouble()));
    }
    lines << PostMortemExporter::tr("Friction: %1").arg(orNone(friction));
    bullets(out, lines);
    out += QStringLiteral("\n| %1 | %2 | %3 |\n| --- | --- | --- |\n")
               .arg(PostMortemExporter::tr("Rule"), PostMortemExporter::tr("Trigger"),
                    PostMortemExporter::tr("Reason"));
    if (layer.rules.isEmpty())
        out += QStringLiteral("| - | - | %1 |\n").arg(PostMortemExporter::tr("no rule fired"));
    for (const FiredRule &rule : layer.rules)
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(cell(rule.ruleId), cell(rule.trigger), cell(rule.message));
    if (!layer.observations.isEmpty()) {
        out += QStringLiteral("\n**%1**\n\n")
                   .arg(PostMortemExporter::tr("What this layer could have caught:"));
        bullets(out, layer.observations);
    }
    out += QLatin1Char('\n');
}

void writeHuman(QString &out, const HumanReviewLayer &layer)
{
    out += QStringLiteral("#### %1\n\n").arg(PostMortemExporter::tr("Human review"));
    if (layer.preApproved)
        out +=
            QStringLiteral("- %1\n").arg(PostMortemExporter::tr("Pre-approved: nobody was asked"));
    if (layer.classApproved)
        out +=
            QStringLiteral("- %1\n").arg(PostMortemExporter::tr("Class approval %1 granted by %2")
                                             .arg(layer.classApprovalId, layer.classApprovedBy));
    if (!layer.present)
        out +=
            QStringLiteral("\n_%1: %2_\n\n").arg(PostMortemExporter::tr("Missing"), layer.absence);
    if (!layer.reviewers.isEmpty()) {
        out += QStringLiteral("\n| %1 | %2 | %3 | %4 | %5 | %6 |\n| --- | --- | --- | --- | --- | "
                              "--- |\n")
                   .arg(PostMortemExporter::tr("Reviewer"), PostMortemExporter::tr("Opened"),
                        PostMortemExporter::tr("Decided"), PostMortemExporter::tr("Decision"),
                        PostMortemExporter::tr("Dwell"), PostMortemExporter::tr("Reason"));
        for (const ReviewerRecord &reviewer : layer.reviewers) {
            out +=
                QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(cell(reviewer.reviewer),
                         cell(PostMortemDocument::displayTime(reviewer.openedAt)),
                         cell(PostMortemDocument::displayTime(reviewer.decidedAt)),
                         cell(reviewer.decision.isEmpty() ? PostMortemExporter::tr("never decided")
                                                          : reviewer.decision),
                         cell(ChainLayerModel::seconds(reviewer.dwellSeconds)),
                         cell(reviewer.reason));
        }
    }
    QStringList lines;
    for (const ReviewTimeout &timeout : layer.timeouts)
        lines << PostMortemExporter::tr("Timed out at %1 (level %2), escalated to %3%4")
                     .arg(PostMortemDocument::displayTime(timeout.at))
                     .arg(timeout.level)
                     .arg(orNone(timeout.escalatedTo),
                          timeout.held ? PostMortemExporter::tr(", held") : QString());
    if (!layer.resolvedState.isEmpty())
        lines << PostMortemExporter::tr("Resolved: %1 at %2")
                     .arg(layer.resolvedState, PostMortemDocument::displayTime(layer.resolvedAt));
    if (!lines.isEmpty()) {
        out += QLatin1Char('\n');
        bullets(out, lines);
    }
    if (!layer.observations.isEmpty()) {
        out += QStringLiteral("\n**%1**\n\n")
                   .arg(PostMortemExporter::tr("What this layer could have caught:"));
        bullets(out, layer.observations);
    }
    out += QLatin1Char('\n');
}

void writeExecution(QString &out, const ChainRecord &chain)
{
    out += QStringLiteral("#### %1\n\n").arg(PostMortemExporter::tr("Execution and outcome"));
    QStringList lines;
    if (chain.executions.isEmpty())
        lines << PostMortemExporter::tr("The action did not run.");
    for (const ExecutionRecord &execution : chain.executions)
        lines << PostMortemExporter::tr("%1 %2 at %3: %4")
                     .arg(execution.action, execution.mode,
                          PostMortemDocument::displayTime(execution.at),
                          execution.success ? PostMortemExporter::tr("succeeded")
                                            : PostMortemExporter::tr("failed"));
    if (chain.outcomes.isEmpty())
        lines << PostMortemExporter::tr("Outcome: not marked yet");
    for (const OutcomeMark &outcome : chain.outcomes)
        lines << PostMortemExporter::tr("Outcome: %1, marked by %2 %3")
                     .arg(outcome.quality, outcome.by, outcome.note);
    bullets(out, lines);
    if (!chain.missing.isEmpty()) {
        out += QStringLiteral("\n**%1**\n\n").arg(PostMortemExporter::tr("Gaps in the record:"));
        bullets(out, chain.missing);
    }
    out += QLatin1Char('\n');
}

} // namespace

QString PostMortemExporter::toMarkdown(const PostMortemDocument &document)
{
    const PostMortemIncident &incident = document.incident;
    const QString incidentId = document.incidentId.isEmpty() ? incident.id : document.incidentId;
    QString out;
    out += QStringLiteral("# %1\n\n")
               .arg(PostMortemExporter::tr("Post-mortem: incident %1").arg(incidentId));
    out += QStringLiteral("_%1_\n\n")
               .arg(PostMortemExporter::tr("Blameless: it asks what in the system made the failure "
                                           "possible, not who failed."));

    out += QStringLiteral("## %1\n\n").arg(PostMortemExporter::tr("Incident summary"));
    QStringList summary;
    summary << PostMortemExporter::tr("Title: %1")
                   .arg(incident.title.isEmpty() ? PostMortemExporter::tr("untitled")
                                                 : incident.title);
    summary << PostMortemExporter::tr("Severity: %1; status: %2")
                   .arg(incident.severity, incident.status);
    summary << PostMortemExporter::tr("Opened: %1 UTC")
                   .arg(PostMortemDocument::displayTime(incident.openedAt));
    if (incident.resolvedAt.isValid())
        summary << PostMortemExporter::tr("Resolved: %1 UTC")
                       .arg(PostMortemDocument::displayTime(incident.resolvedAt));
    summary << PostMortemExporter::tr("Policy version: %1; alerts: %2")
                   .arg(incident.policyVersion)
                   .arg(incident.alertCount);
    summary << PostMortemExporter::tr("Post-mortem revision %1, last saved by %2")
                   .arg(document.revision)
                   .arg(document.updatedBy.isEmpty() ? PostMortemExporter::tr("nobody yet")
                                                     : document.updatedBy);
    bullets(out, summary);

    out += QStringLiteral("\n## %1\n\n").arg(PostMortemExporter::tr("Timeline"));
    if (document.timeline.isEmpty()) {
        out += QStringLiteral("_%1_\n").arg(PostMortemExporter::tr("No audit entries loaded."));
    } else {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n| --- | --- | --- | --- |\n")
                   .arg(PostMortemExporter::tr("Time (UTC)"), PostMortemExporter::tr("Actor"),
                        PostMortemExporter::tr("Event"), PostMortemExporter::tr("What happened"));
        for (const TimelineEvent &event : document.timeline)
            out += QStringLiteral("| %1 | %2 | `%3` | %4 |\n")
                       .arg(cell(PostMortemDocument::displayTime(event.at)), cell(event.actor),
                            event.type, cell(event.summary));
    }

    out += QStringLiteral("\n## %1\n\n").arg(PostMortemExporter::tr("Failures"));
    if (document.failures.isEmpty()) {
        out += QStringLiteral("_%1_\n").arg(PostMortemExporter::tr("No failure marked."));
    } else {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n| --- | --- | --- | --- |\n")
                   .arg(PostMortemExporter::tr("Action"), PostMortemExporter::tr("Failure"),
                        PostMortemExporter::tr("Layer"), PostMortemExporter::tr("Note"));
        for (const PostMortemFailure &failure : document.failures)
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(cell(failure.actionId), cell(failure.kind), cell(failure.layer),
                            cell(failure.note));
    }

    out += QStringLiteral("\n## %1\n\n").arg(PostMortemExporter::tr("Action items"));
    if (document.actionItems.isEmpty()) {
        out += QStringLiteral("_%1_\n").arg(PostMortemExporter::tr("No action items."));
    } else {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n| --- | --- | --- | --- |\n")
                   .arg(PostMortemExporter::tr("Action item"), PostMortemExporter::tr("Owner"),
                        PostMortemExporter::tr("Due"), PostMortemExporter::tr("Done"));
        for (const PostMortemActionItem &item : document.actionItems)
            out +=
                QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(cell(item.title), cell(item.owner), cell(item.due.toString(Qt::ISODate)),
                         item.done ? PostMortemExporter::tr("yes") : PostMortemExporter::tr("no"));
    }

    out += QStringLiteral("\n## %1\n\n").arg(PostMortemExporter::tr("Chain reconstruction"));
    if (document.chains.isEmpty())
        out +=
            QStringLiteral("_%1_\n\n").arg(PostMortemExporter::tr("No action was reconstructed."));
    for (const ChainRecord &chain : document.chains) {
        out += QStringLiteral("### %1\n\n")
                   .arg(PostMortemExporter::tr("Action %1: %2")
                            .arg(chain.actionId, chain.action.isEmpty()
                                                     ? PostMortemExporter::tr("no step")
                                                     : chain.action));
        for (const PostMortemFailure &failure : document.failures) {
            if (failure.actionId == chain.actionId)
                out += QStringLiteral("> **%1**\n\n")
                           .arg(PostMortemExporter::tr("Marked %1 failure at the %2 layer: %3")
                                    .arg(failure.kind, failure.layer, failure.note));
        }
        writeAgent(out, chain.agent);
        writePolicy(out, chain.policy);
        writeHuman(out, chain.humanReview);
        writeExecution(out, chain);
    }
    return out;
}

QString PostMortemExporter::toHtml(const PostMortemDocument &document)
{
    QTextDocument text;
    text.setMarkdown(toMarkdown(document));
    return text.toHtml();
}

std::optional<PostMortemExporter::Format> PostMortemExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

bool PostMortemExporter::exportTo(const PostMortemDocument &document, const QString &path,
                                  Format format, QString *error)
{
    if (format == Format::Pdf) {
        QTextDocument text;
        text.setMarkdown(toMarkdown(document));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(
            PostMortemExporter::tr("Post-mortem: incident %1").arg(document.incidentId));
        writer.setCreator(QStringLiteral("icc"));
        text.print(&writer);
        // QPdfWriter reports no errors; an unwritable path leaves no file.
        if (QFileInfo(path).size() <= 0) {
            if (error)
                *error = PostMortemExporter::tr("cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    const QString content = format == Format::Markdown ? toMarkdown(document) : toHtml(document);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = PostMortemExporter::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace icc
