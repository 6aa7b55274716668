#include "MatcherView.h"

#include "AppContext.h"
#include "ConfidenceBarDelegate.h"
#include "MatchCandidateModel.h"
#include "ServerConnection.h"
#include "Session.h"
#include "ui_MatcherView.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QShortcut>
#include <QUrl>

namespace icc {

namespace {

QString listOrNone(const QStringList &items)
{
    if (items.isEmpty())
        return MatcherView::tr("none");
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(QStringLiteral("`%1`").arg(item));
    return quoted.join(QStringLiteral(", "));
}

// A runbook file starts with YAML front matter (---\n...\n---); the view
// shows the prose, with the title as its heading.
QString bodyOf(const QJsonObject &runbook)
{
    QString markdown = runbook.value(QStringLiteral("markdown")).toString();
    if (markdown.startsWith(QLatin1String("---"))) {
        const qsizetype end = markdown.indexOf(QLatin1String("\n---"), 3);
        if (end >= 0)
            markdown = markdown.mid(markdown.indexOf(QLatin1Char('\n'), end + 1) + 1);
    }
    if (markdown.trimmed().isEmpty())
        markdown = runbook.value(QStringLiteral("runbook"))
                       .toObject()
                       .value(QStringLiteral("body"))
                       .toString();
    return markdown;
}

} // namespace

MatcherView::MatcherView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MatcherView>())
    , m_candidates(new MatchCandidateModel(this))
{
    m_ui->setupUi(this);
    m_ui->candidatesView->setModel(m_candidates);
    m_ui->candidatesView->setItemDelegateForColumn(
        MatchCandidateModel::ConfidenceColumn,
        new ConfidenceBarDelegate(MatchCandidateModel::FractionRole, this));
    m_ui->candidatesView->horizontalHeader()->setSectionResizeMode(
        MatchCandidateModel::RunbookColumn, QHeaderView::Stretch);
    m_ui->candidatesView->horizontalHeader()->setMinimumSectionSize(80);
    m_ui->candidatesView->verticalHeader()->hide();
    connect(m_ui->candidatesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCandidate(current.row()); });

    connect(m_ui->matchTextButton, &QPushButton::clicked, this,
            [this] { matchText(m_ui->pasteEdit->toPlainText()); });
    connect(m_ui->matchAlertButton, &QPushButton::clicked, this, &MatcherView::matchSelectedAlert);
    connect(m_ui->reloadAlertsButton, &QPushButton::clicked, this, &MatcherView::reloadAlerts);
    auto *matchShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->pasteEdit);
    matchShortcut->setContext(Qt::WidgetShortcut);
    connect(matchShortcut, &QShortcut::activated, this,
            [this] { matchText(m_ui->pasteEdit->toPlainText()); });

    connect(&m_context.session, &Session::loggedIn, this, [this] {
        applyPermissions();
        reloadAlerts();
    });
    connect(&m_context.session, &Session::loggedOut, this, &MatcherView::applyPermissions);
    applyPermissions();
    if (m_context.session.isLoggedIn())
        reloadAlerts();
}

MatcherView::~MatcherView() = default;

void MatcherView::applyPermissions()
{
    const bool loggedIn = m_context.session.isLoggedIn();
    m_ui->sourceBox->setEnabled(loggedIn);
    if (!loggedIn)
        showStatus(tr("Log in to match alerts against the runbooks."));
}

void MatcherView::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(problem ? tr("Problem: %1").arg(text) : text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                             : QString());
}

void MatcherView::reloadAlerts()
{
    m_context.connection.get(
        QStringLiteral("/api/v1/alerts?limit=200"), this, [this](const ApiReply &reply) {
            if (!reply.ok()) {
                showStatus(tr("cannot load the recent alerts: %1").arg(reply.message()), true);
                return;
            }
            const QVariant keep = m_ui->alertCombo->currentData();
            m_ui->alertCombo->clear();
            for (const QJsonValue &value :
                 reply.object().value(QStringLiteral("alerts")).toArray()) {
                const QJsonObject alert = value.toObject();
                const QString severity = alert.value(QStringLiteral("severity")).toString();
                m_ui->alertCombo->addItem(
                    tr("#%1 [%2] %3")
                        .arg(alert.value(QStringLiteral("id")).toVariant().toString(),
                             severity.toUpper(), alert.value(QStringLiteral("summary")).toString()),
                    alert.value(QStringLiteral("id")).toVariant());
            }
            const int index = m_ui->alertCombo->findData(keep);
            if (index >= 0)
                m_ui->alertCombo->setCurrentIndex(index);
            m_ui->matchAlertButton->setEnabled(m_ui->alertCombo->count() > 0);
            if (m_ui->alertCombo->count() == 0)
                m_ui->matchAlertButton->setToolTip(
                    tr("No alerts received yet: paste text instead"));
        });
}

void MatcherView::matchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        showStatus(tr("paste some alert text first"), true);
        return;
    }
    requestMatch(QJsonObject{{QStringLiteral("text"), trimmed}}, tr("the pasted text"));
}

void MatcherView::matchSelectedAlert()
{
    const QVariant id = m_ui->alertCombo->currentData();
    if (!id.isValid()) {
        showStatus(tr("select an alert first"), true);
        return;
    }
    requestMatch(QJsonObject{{QStringLiteral("alert_id"), QJsonValue::fromVariant(id)}},
                 tr("alert #%1").arg(id.toString()));
}

void MatcherView::requestMatch(const QJsonObject &body, const QString &what)
{
    const int request = ++m_matchRequest;
    showStatus(tr("Matching %1…").arg(what));
    m_context.connection.post(
        QStringLiteral("/api/v1/runbooks/match"), body, this,
        [this, request, what](const ApiReply &reply) {
            if (request != m_matchRequest)
                return; // a newer match was asked for
            if (!reply.ok()) {
                const QString message =
                    reply.status == 404 || reply.status == 405
                        ? tr("this server cannot match on request yet (%1)").arg(reply.message())
                        : reply.message();
                m_candidates->clear();
                showStatus(tr("no match for %1: %2").arg(what, message), true);
                emit matchFailed(message);
                return;
            }
            const QJsonObject answer = reply.object();
            m_candidates->setMatch(answer);
            m_ui->candidatesView->resizeColumnToContents(MatchCandidateModel::RiskColumn);
            QStringList verdict;
            const QString matchedId = answer.value(QStringLiteral("matched_runbook")).toString();
            verdict << (matchedId.isEmpty()
                            ? tr("No runbook matched: the agent would propose nothing and a human "
                                 "decides.")
                            : tr("Matched runbook: %1.").arg(matchedId));
            if (answer.value(QStringLiteral("ambiguous")).toBool())
                verdict << tr("AMBIGUOUS: the best candidates are too close to call.");
            if (answer.value(QStringLiteral("informational")).toBool())
                verdict << tr("INFORMATIONAL: nothing to remediate.");
            m_ui->verdictLabel->setText(verdict.join(QLatin1Char(' ')));
            QStringList observations;
            for (const QJsonValue &value : answer.value(QStringLiteral("observations")).toArray())
                observations << QStringLiteral("• ") + value.toString();
            m_ui->observationsLabel->setText(observations.isEmpty()
                                                 ? tr("No observations.")
                                                 : observations.join(QLatin1Char('\n')));
            showStatus(tr("%n candidate(s) for %1.", "", m_candidates->rowCount()).arg(what));
            if (m_candidates->rowCount() > 0) {
                m_ui->candidatesView->setCurrentIndex(m_candidates->index(0, 0));
            } else {
                m_ui->explanationBrowser->clear();
            }
            emit matched(m_candidates->rowCount());
        });
}

void MatcherView::showCandidate(int row)
{
    if (row < 0 || row >= m_candidates->candidates().size())
        return;
    const RunbookCandidate &candidate = m_candidates->candidates().at(row);
    QString text;
    text +=
        tr("**%1** (`%2`), confidence %3, risk **%4**\n\n")
            .arg(candidate.title, candidate.runbookId,
                 m_candidates->index(row, MatchCandidateModel::ConfidenceColumn).data().toString(),
                 candidate.risk);
    text += tr("- Terms: %1\n").arg(listOrNone(candidate.terms));
    text += tr("- Concepts: %1\n").arg(listOrNone(candidate.concepts));
    text += tr("- Labels: %1\n").arg(listOrNone(candidate.labels));
    text += tr("- Conditions met: %1\n").arg(listOrNone(candidate.conditionsMet));
    text += tr("- Conditions failed: %1\n").arg(listOrNone(candidate.conditionsFailed));
    m_ui->explanationBrowser->setMarkdown(text);
    showRunbook(candidate.runbookId);
}

void MatcherView::showRunbook(const QString &runbookId)
{
    m_shownRunbook = runbookId;
    m_ui->runbookBrowser->setPlainText(tr("Loading %1…").arg(runbookId));
    m_ui->stepsBrowser->clear();
    m_context.connection.get(
        QStringLiteral("/api/v1/runbooks/%1")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(runbookId))),
        this, [this, runbookId](const ApiReply &reply) {
            if (runbookId != m_shownRunbook)
                return;
            if (!reply.ok()) {
                m_ui->runbookBrowser->setPlainText(
                    tr("Cannot load runbook %1: %2").arg(runbookId, reply.message()));
                return;
            }
            const QJsonObject runbook = reply.object();
            const QString title = runbook.value(QStringLiteral("title")).toString(runbookId);
            m_ui->runbookBrowser->setMarkdown(
                QStringLiteral("# %1\n\n").arg(title) +
                tr("_%1, risk %2_\n\n")
                    .arg(runbookId, runbook.value(QStringLiteral("risk")).toString()) +
                bodyOf(runbook));
            QJsonArray steps = runbook.value(QStringLiteral("steps")).toArray();
            if (steps.isEmpty())
                steps = runbook.value(QStringLiteral("runbook"))
                            .toObject()
                            .value(QStringLiteral("steps"))
                            .toArray();
            QString stepsText;
            int number = 0;
            for (const QJsonValue &value : steps) {
                const QJsonObject step = value.toObject();
                ++number;
                stepsText += tr("%1. **%2**, risk %3, %4: %5\n")
                                 .arg(number)
                                 .arg(step.value(QStringLiteral("action")).toString(),
                                      step.value(QStringLiteral("risk")).toString(),
                                      step.value(QStringLiteral("requires_approval")).toBool()
                                          ? tr("needs approval")
                                          : tr("runs without approval"),
                                      step.value(QStringLiteral("description")).toString());
                const QString command = step.value(QStringLiteral("command")).toString();
                const QString rollback = step.value(QStringLiteral("rollback")).toString();
                if (!command.isEmpty())
                    stepsText += tr("   - command: `%1`\n").arg(command);
                if (!rollback.isEmpty())
                    stepsText += tr("   - rollback: `%1`\n").arg(rollback);
                if (step.value(QStringLiteral("irreversible")).toBool())
                    stepsText += tr("   - IRREVERSIBLE\n");
            }
            m_ui->stepsBrowser->setMarkdown(stepsText.isEmpty() ? tr("_No steps._") : stepsText);
            emit runbookShown(runbookId);
        });
}

} // namespace icc
