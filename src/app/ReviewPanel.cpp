#include "ReviewPanel.h"

#include "ApiReply.h"
#include "AppContext.h"
#include "ClientEvent.h"
#include "Clock.h"
#include "ConnectionState.h"
#include "EventStream.h"
#include "ParameterEditModel.h"
#include "ReviewFriction.h"
#include "ReviewQueueModel.h"
#include "ReviewQueueProxy.h"
#include "ServerConnection.h"
#include "Session.h"
#include "SimilarActionsModel.h"
#include "ui_ReviewPanel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QKeySequence>
#include <QShortcut>
#include <QTimer>
#include <QUrl>

#include <initializer_list>

namespace icc {

namespace {

constexpr char kDecidePermission[] = "decide_reviews";

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString joinStrings(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toString());
    return items.join(QStringLiteral(", "));
}

QString reviewPath(const QString &reviewId, const char *verb = nullptr)
{
    QString path =
        QStringLiteral("/api/v1/reviews/") + QString::fromLatin1(QUrl::toPercentEncoding(reviewId));
    if (verb)
        path += QLatin1Char('/') + QLatin1String(verb);
    return path;
}

// Whether this user may decide, as the server's permission table says
// (/auth/me lists it); the server refuses anyone else anyway.
bool mayDecide(const Session &session)
{
    return session.may(QLatin1String(kDecidePermission));
}

} // namespace

ReviewPanel::ReviewPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ReviewPanel>())
    , m_queue(new ReviewQueueModel(context.clock, this))
    , m_queueProxy(new ReviewQueueProxy(this))
    , m_history(new SimilarActionsModel(this))
    , m_parameters(new ParameterEditModel(this))
    , m_tick(new QTimer(this))
    , m_queueReload(new QTimer(this))
{
    m_ui->setupUi(this);
    m_queueProxy->setSourceModel(m_queue);
    m_ui->queueView->setModel(m_queueProxy);
    m_ui->queueView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->parametersView->setModel(m_parameters);
    m_ui->parametersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(1, 3);

    // The countdown display ticks; how much is left comes from the clock.
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &ReviewPanel::updateFriction);
    // A burst of review events reloads the queue once; a steady flow reloads
    // it every interval (onEvent never restarts a running timer).
    m_queueReload->setSingleShot(true);
    m_queueReload->setInterval(100);
    connect(m_queueReload, &QTimer::timeout, this, &ReviewPanel::reloadQueue);

    connect(m_ui->queueView, &QAbstractItemView::activated, this, &ReviewPanel::openSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ReviewPanel::openSelected);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ReviewPanel::reloadOpenReview);
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { decide(DecisionKind::Approve); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this,
            [this] { decide(DecisionKind::Reject); });
    connect(m_ui->modifyButton, &QPushButton::clicked, this,
            [this] { decide(DecisionKind::Modify); });
    connect(m_ui->escalateButton, &QPushButton::clicked, this,
            [this] { decide(DecisionKind::Escalate); });
    connect(m_ui->phraseEdit, &QLineEdit::textChanged, this, &ReviewPanel::updateFriction);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ReviewPanel::updateFriction);
    connect(m_ui->rollbackAck, &QCheckBox::toggled, this, &ReviewPanel::updateFriction);
    connect(m_parameters, &QAbstractItemModel::dataChanged, this, &ReviewPanel::updateFriction);
    connect(m_parameters, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateFriction);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    // Ctrl+Enter approves only what the friction allows; decide() checks again.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { decide(DecisionKind::Approve); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { decide(DecisionKind::Approve); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { reloadOpenReview(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { m_ui->queueView->setFocus(); });

    // Whoever logs in sees nothing of the one before (an expired session's
    // user included): the queue is theirs, and a review needs their own open.
    connect(&m_context.session, &Session::loggedIn, this, [this] {
        forgetUser();
        reloadQueue();
    });
    connect(&m_context.session, &Session::loggedOut, this, &ReviewPanel::forgetUser);
    connect(&m_context.session, &Session::expired, this, [this] {
        forgetUser();
        m_notice =
            tr("Your session ended: log in again. The review you had open was closed; open it "
               "again after logging in.");
        updateFriction();
    });
    connect(&m_context.events, &EventStream::eventReceived, this, &ReviewPanel::onEvent);
    // Decisions only from fresh state: the stream connected and the last
    // request answered (ConnectionState), not merely a socket open.
    connect(&m_context.connectionState, &ConnectionState::onlineChanged, this,
            [this] { updateFriction(); });
    connect(&m_context.events, &EventStream::connectedChanged, this, [this](bool connected) {
        updateFriction();
        if (connected) {
            // Events may have been missed while away: look again.
            reloadQueue();
            refreshOpenView();
        }
    });
    connect(&m_context.events, &EventStream::resyncRequired, this, [this] {
        reloadQueue();
        refreshOpenView();
    });

    clearDetail();
    if (m_context.session.isLoggedIn())
        reloadQueue();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::reloadQueue()
{
    m_context.connection.get(
        QStringLiteral("/api/v1/reviews"), this, [this](const ApiReply &reply) {
            if (!reply.ok()) {
                m_ui->queueStatus->setText(
                    tr("Could not load the reviews: %1").arg(reply.message()));
                return;
            }
            const QString selected =
                m_ui->queueView->currentIndex().data(ReviewQueueModel::ReviewIdRole).toString();
            m_queue->setReviews(reply.object().value(QStringLiteral("reviews")).toArray());
            const int shown = m_queueProxy->rowCount();
            m_ui->queueStatus->setText(shown == 0 ? tr("Nothing is waiting for review.")
                                                  : tr("%n review(s) waiting", nullptr, shown));
            // Keep the reviewer's place in the list across reloads.
            const QString keep = selected.isEmpty() ? m_openReviewId : selected;
            QModelIndex current = m_queueProxy->index(0, 0);
            if (const int row = m_queue->rowOf(keep); row >= 0)
                current = m_queueProxy->mapFromSource(m_queue->index(row, 0));
            if (current.isValid())
                m_ui->queueView->setCurrentIndex(current);
            m_ui->openButton->setEnabled(current.isValid());
            emit queueLoaded();
        });
}

void ReviewPanel::forgetUser()
{
    ++m_openGeneration; // answers to the last user's requests are not shown
    m_queueReload->stop();
    m_queue->setReviews({});
    m_ui->queueStatus->clear();
    m_ui->openButton->setEnabled(false);
    m_openReviewId.clear();
    m_notice.clear();
    m_ui->resultLabel->clear();
    clearDetail();
}

void ReviewPanel::openSelected()
{
    if (sending())
        return; // the decision's answer comes first (the button says so)
    const QString reviewId =
        m_ui->queueView->currentIndex().data(ReviewQueueModel::ReviewIdRole).toString();
    if (!reviewId.isEmpty()) {
        m_notice.clear();
        openReview(reviewId);
    }
}

void ReviewPanel::openReview(const QString &reviewId)
{
    if (sending())
        return;
    const int generation = ++m_openGeneration;
    clearDetail();
    m_openReviewId = reviewId;
    m_ui->emptyHint->setText(tr("Opening %1…").arg(reviewId));
    const auto shown = [this, generation, reviewId](const ApiReply &reply) {
        if (generation != m_openGeneration)
            return;
        if (!reply.ok()) {
            m_ui->emptyHint->setText(tr("Could not open %1: %2").arg(reviewId, reply.message()));
            return;
        }
        m_friction = std::make_unique<ReviewFriction>(reply.object(), m_context.clock.now(),
                                                      m_context.clock);
        showView(reply.object());
        m_tick->start();
        updateFriction();
        focusFirstInput();
        emit reviewOpened(reviewId);
    };
    // Only someone who may decide records an open (and starts a dwell).
    if (mayDecide(m_context.session))
        m_context.connection.post(reviewPath(reviewId, "open"), {}, this, shown);
    else
        m_context.connection.get(reviewPath(reviewId), this, shown);
}

void ReviewPanel::reloadOpenReview()
{
    if (!m_openReviewId.isEmpty() && !sending())
        openReview(m_openReviewId);
}

void ReviewPanel::refreshOpenView()
{
    if (!m_friction)
        return;
    const int generation = m_openGeneration;
    m_context.connection.get(reviewPath(m_openReviewId), this,
                             [this, generation](const ApiReply &reply) {
                                 if (generation != m_openGeneration || !m_friction || !reply.ok())
                                     return;
                                 m_friction->refreshView(reply.object());
                                 // Another reviewer's modify moves the current values.
                                 m_parameters->refresh(m_friction->currentParameters());
                                 m_ui->modifyBox->setVisible(m_parameters->rowCount() > 0);
                                 updateFriction();
                             });
}

void ReviewPanel::clearDetail()
{
    m_friction.reset();
    m_tick->stop();
    m_history->clear();
    m_parameters->clear();
    m_ui->phraseEdit->clear();
    m_ui->rollbackAck->setChecked(false);
    m_ui->reasonEdit->clear();
    m_ui->emptyHint->setText(tr("Pick a review on the left and press Enter to open it. Opening "
                                "starts your minimum reading time."));
    m_ui->emptyHint->setVisible(true);
    for (QWidget *box : std::initializer_list<QWidget *>{
             m_ui->incidentBox, m_ui->actionBox, m_ui->reasoningBox, m_ui->historyBox,
             m_ui->frictionBox, m_ui->modifyBox, m_ui->decisionBox})
        box->setVisible(false);
    updateFriction();
}

void ReviewPanel::showView(const QJsonObject &view)
{
    const QJsonObject review = view.value(QStringLiteral("review")).toObject();
    const QJsonObject step = view.value(QStringLiteral("step")).toObject();
    m_ui->emptyHint->setVisible(false);
    for (QWidget *box :
         std::initializer_list<QWidget *>{m_ui->incidentBox, m_ui->actionBox, m_ui->reasoningBox,
                                          m_ui->historyBox, m_ui->frictionBox, m_ui->decisionBox})
        box->setVisible(true);

    // --- incident (filled in by its own request; the id until then) ---------
    m_ui->incidentTitle->setText(str(review, "incident_id"));
    m_ui->incidentRevision->setText(
        tr("%1 (what you are deciding on)").arg(m_friction->contextRevision()));
    const QString incidentId = str(review, "incident_id");
    const int generation = m_openGeneration;
    m_context.connection.get(
        QStringLiteral("/api/v1/incidents/") +
            QString::fromLatin1(QUrl::toPercentEncoding(incidentId)),
        this, [this, generation](const ApiReply &reply) {
            if (generation != m_openGeneration)
                return;
            if (!reply.ok()) {
                m_ui->incidentStatus->setText(
                    tr("could not load the incident: %1").arg(reply.message()));
                return;
            }
            showIncident(reply.object());
        });

    // --- the proposed action ------------------------------------------------
    m_ui->actionTier->setText(ReviewQueueModel::tierText(str(review, "tier")) +
                              QStringLiteral(" — ") +
                              ReviewQueueModel::stateText(str(review, "state")));
    const QString description = str(step, "description");
    m_ui->actionDescription->setText(
        tr("%1 (step %2 of runbook %3): %4")
            .arg(str(review, "action"))
            .arg(review.value(QStringLiteral("step_index")).toInt() + 1)
            .arg(str(review, "runbook"),
                 description.isEmpty() ? tr("(no description)") : description));
    const QString command = str(step, "command");
    m_ui->actionCommand->setText(command.isEmpty() ? tr("(no command: a read-only step)")
                                                   : command);
    QStringList parameters;
    const QJsonObject values = review.value(QStringLiteral("parameters")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString value = it.value().toString();
        parameters.append(
            QStringLiteral("%1 = %2").arg(it.key(), value.isEmpty() ? tr("(empty)") : value));
    }
    m_ui->actionParameters->setText(parameters.isEmpty() ? tr("none")
                                                         : parameters.join(QLatin1Char('\n')));
    const QJsonObject blast = step.value(QStringLiteral("blast_radius")).toObject();
    const bool irreversible = step.value(QStringLiteral("irreversible")).toBool();
    m_ui->actionBlastRadius->setText(
        tr("%n service(s), %1% of traffic, %2", nullptr,
           blast.value(QStringLiteral("services")).toInt())
            .arg(qRound(blast.value(QStringLiteral("traffic_fraction")).toDouble() * 100))
            .arg(irreversible ? tr("IRREVERSIBLE")
                              : tr("reversible within %n minute(s)", nullptr,
                                   blast.value(QStringLiteral("reversible_minutes")).toInt())));
    QString risk = str(step, "risk").toUpper();
    if (step.value(QStringLiteral("regulated")).toBool())
        risk += tr(" — REGULATED asset");
    m_ui->actionRisk->setText(risk.isEmpty() ? tr("unknown") : risk);
    const QString rollback = m_friction->rollback();
    m_ui->actionRollback->setText(rollback.isEmpty() ? tr("NONE: this cannot be undone")
                                                     : rollback);

    // --- the agent's reasoning (from the proposal) --------------------------
    m_ui->matchConfidence->setText(tr("loading…"));
    m_context.connection.get(
        QStringLiteral("/api/v1/proposals/") +
            QString::fromLatin1(QUrl::toPercentEncoding(str(review, "action_id"))),
        this, [this, generation](const ApiReply &reply) {
            if (generation != m_openGeneration)
                return;
            if (!reply.ok()) {
                m_ui->matchConfidence->setText(
                    tr("could not load the proposal: %1").arg(reply.message()));
                return;
            }
            showProposal(reply.object());
        });
    loadHistory(str(review, "action"), str(review, "action_id"));

    // --- friction -------------------------------------------------------------
    const bool phrase = m_friction->phraseRequired();
    m_ui->phraseShown->setText(m_friction->phrase());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->phraseShownLabel, m_ui->phraseShown,
                                                       m_ui->phraseLabel, m_ui->phraseEdit})
        w->setVisible(phrase);
    const bool ack = m_friction->rollbackAcknowledgementRequired();
    m_ui->rollbackAck->setVisible(ack);
    m_ui->rollbackAck->setText(
        tr("I have read the rollback procedure and &know how to undo this:\n%1")
            .arg(rollback.isEmpty()
                     ? tr("(none: irreversible)")
                     : QString(rollback).replace(QLatin1Char('&'), QStringLiteral("&&"))));
    const bool reasonAsked = m_friction->reasonRequired(DecisionKind::Approve) ||
                             m_friction->reasonRequired(DecisionKind::Reject);
    m_ui->reasonLabel->setText(reasonAsked ? tr("Your reaso&n (required)")
                                           : tr("Your reaso&n (optional)"));
    fillParameters();
}

void ReviewPanel::showIncident(const QJsonObject &incident)
{
    m_ui->incidentTitle->setText(str(incident, "title"));
    const QString severity = str(incident, "severity");
    // Colour helps; the word is what counts.
    m_ui->incidentSeverity->setText(severity.toUpper());
    m_ui->incidentSeverity->setStyleSheet(severity == QLatin1String("critical") ||
                                                  severity == QLatin1String("error")
                                              ? QStringLiteral("color: #b00020; font-weight: bold;")
                                              : QString());
    m_ui->incidentStatus->setText(str(incident, "status"));
    m_ui->incidentAlerts->setText(
        QString::number(incident.value(QStringLiteral("alert_count")).toInt()));
    const qint64 revision = incident.value(QStringLiteral("context_revision")).toInteger();
    if (m_friction && revision != m_friction->contextRevision()) {
        m_friction->markStale();
        m_ui->incidentRevision->setText(
            tr("%1 now; you opened revision %2").arg(revision).arg(m_friction->contextRevision()));
        updateFriction();
    }
}

void ReviewPanel::showProposal(const QJsonObject &proposal)
{
    const QJsonObject match = proposal.value(QStringLiteral("match")).toObject();
    const double confidence = match.value(QStringLiteral("confidence")).toDouble();
    const QString runbook = str(match, "runbook");
    m_ui->matchConfidence->setText(tr("%1% for %2")
                                       .arg(qRound(confidence * 100))
                                       .arg(runbook.isEmpty() ? tr("no runbook") : runbook));
    const QJsonObject explanation = match.value(QStringLiteral("explanation")).toObject();
    QStringList why;
    if (const QString met = joinStrings(explanation.value(QStringLiteral("conditions_met")));
        !met.isEmpty())
        why.append(tr("conditions met: %1").arg(met));
    if (const QString failed = joinStrings(explanation.value(QStringLiteral("conditions_failed")));
        !failed.isEmpty())
        why.append(tr("conditions FAILED: %1").arg(failed));
    if (const QString labels = joinStrings(explanation.value(QStringLiteral("labels")));
        !labels.isEmpty())
        why.append(tr("labels: %1").arg(labels));
    if (const QString terms = joinStrings(explanation.value(QStringLiteral("terms")));
        !terms.isEmpty())
        why.append(tr("shared terms: %1").arg(terms));
    if (const QString concepts = joinStrings(explanation.value(QStringLiteral("concepts")));
        !concepts.isEmpty())
        why.append(tr("concepts: %1").arg(concepts));
    m_ui->matchExplanation->setText(why.isEmpty() ? tr("no explanation given")
                                                  : why.join(QLatin1Char('\n')));
    QStringList candidates;
    for (const QJsonValue &value : match.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject candidate = value.toObject();
        candidates.append(
            tr("%1 (%2%)")
                .arg(str(candidate, "id"))
                .arg(qRound(candidate.value(QStringLiteral("score")).toDouble() * 100)));
    }
    m_ui->matchCandidates->setText(candidates.isEmpty() ? tr("not reported with this proposal")
                                                        : candidates.join(QStringLiteral(", ")));
    QStringList reasons;
    const QJsonObject decision = proposal.value(QStringLiteral("decision")).toObject();
    for (const QJsonValue &value : decision.value(QStringLiteral("reasons")).toArray())
        reasons.append(QStringLiteral("• ") + str(value.toObject(), "message"));
    m_ui->policyReasons->setText(reasons.isEmpty() ? tr("none recorded")
                                                   : reasons.join(QLatin1Char('\n')));
}

void ReviewPanel::loadHistory(const QString &actionType, const QString &actionId)
{
    m_ui->historyStatus->setText(tr("loading…"));
    const int generation = m_openGeneration;
    const QString path = QStringLiteral("/api/v1/actions/history?action=%1&limit=20")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(actionType)));
    m_context.connection.get(
        path, this, [this, generation, actionType, actionId](const ApiReply &reply) {
            if (generation != m_openGeneration)
                return;
            if (reply.status == 404) {
                m_ui->historyStatus->setText(
                    tr("History unavailable: this server does not keep it."));
                return;
            }
            if (!reply.ok()) {
                m_ui->historyStatus->setText(tr("History unavailable: %1").arg(reply.message()));
                return;
            }
            m_history->setActions(reply.object().value(QStringLiteral("history")).toArray(),
                                  actionId);
            m_ui->historyStatus->setText(
                m_history->rowCount() == 0
                    ? tr("%1 has not been proposed before: nobody has seen it work here.")
                          .arg(actionType)
                    : tr("%n earlier %1 proposal(s), newest first", nullptr, m_history->rowCount())
                          .arg(actionType));
        });
}

void ReviewPanel::fillParameters()
{
    const QMap<QString, QString> current = m_friction->currentParameters();
    m_parameters->setParameters(current);
    m_ui->modifyBox->setVisible(!current.isEmpty());
    if (!current.isEmpty())
        m_ui->parametersView->setCurrentIndex(
            m_parameters->index(0, ParameterEditModel::NewColumn));
}

void ReviewPanel::takeInputs()
{
    if (!m_friction)
        return;
    m_friction->setTypedPhrase(m_ui->phraseEdit->text());
    m_friction->setRollbackAcknowledged(m_ui->rollbackAck->isChecked());
    m_friction->setReason(m_ui->reasonEdit->text());
    m_friction->setModifiedParameters(m_parameters->newValues());
    m_friction->setConnected(m_context.connectionState.isOnline());
}

void ReviewPanel::updateFriction()
{
    struct Button
    {
        QPushButton *button;
        QLabel *why;
        DecisionKind kind;
    };
    const Button buttons[] = {
        {m_ui->approveButton, m_ui->approveWhy, DecisionKind::Approve},
        {m_ui->rejectButton, m_ui->rejectWhy, DecisionKind::Reject},
        {m_ui->modifyButton, m_ui->modifyWhy, DecisionKind::Modify},
        {m_ui->escalateButton, m_ui->escalateWhy, DecisionKind::Escalate},
    };
    const bool online = m_context.connectionState.isOnline();
    // Nothing opens or reloads while a decision is in flight: its answer
    // belongs to the review it was sent for and is always shown.
    m_ui->reloadButton->setEnabled(!m_openReviewId.isEmpty() && !sending());
    m_ui->openButton->setEnabled(!sending() && m_ui->queueView->currentIndex().isValid());
    m_ui->queueView->setToolTip(sending() ? tr("Sending your decision on %1: opening another "
                                               "review waits for its answer.")
                                                .arg(m_sendingReviewId)
                                          : QString());
    if (!m_friction) {
        for (const Button &b : buttons) {
            b.button->setEnabled(false);
            b.why->setText(tr("open a review first"));
        }
        m_ui->banner->setText(online ? m_notice
                                     : tr("OFFLINE — the live connection is down. No decision "
                                          "can be sent until it is back."));
        m_ui->banner->setVisible(!m_ui->banner->text().isEmpty());
        return;
    }
    takeInputs();
    const bool allowedToDecide = mayDecide(m_context.session);
    for (const Button &b : buttons) {
        const QList<ReviewFriction::Missing> missing = m_friction->missing(b.kind);
        QStringList words;
        for (const ReviewFriction::Missing &m : missing)
            words.append(m.text);
        if (!allowedToDecide)
            words.prepend(
                tr("your role (%1) may not decide reviews").arg(m_context.session.role()));
        if (sending())
            words.prepend(tr("sending your decision on %1…").arg(m_sendingReviewId));
        b.button->setEnabled(words.isEmpty());
        b.why->setText(words.isEmpty() ? tr("ready")
                                       : tr("Not yet: %1").arg(words.join(QStringLiteral("; "))));
    }

    const qint64 left = m_friction->dwellRemainingSeconds();
    const int minimum = m_friction->minDwellSeconds();
    m_ui->dwellValue->setText(
        minimum == 0 ? tr("no minimum reading time at this tier")
        : left > 0   ? tr("%1 s left of the %2 s minimum (the server counts from your open)")
                         .arg(left)
                         .arg(minimum)
                   : tr("done: the %1 s minimum reading time has passed").arg(minimum));
    m_ui->reviewersValue->setText(m_friction->reviewerStatus());
    m_ui->actionTier->setText(ReviewQueueModel::tierText(m_friction->tier()) +
                              QStringLiteral(" — ") +
                              ReviewQueueModel::stateText(m_friction->state()));

    QStringList banner;
    if (!online)
        banner.append(tr("OFFLINE — the live connection is down. No decision can be sent until "
                         "it is back."));
    if (m_friction->isStale())
        banner.append(tr("THE INCIDENT CHANGED since you opened this review. Press F5 to reload "
                         "and look again before deciding."));
    if (m_friction->needsReopen())
        banner.append(tr("OPEN THIS REVIEW AGAIN: %1. Press F5 to open it again; your reading "
                         "time starts over.")
                          .arg(m_friction->reopenReason()));
    if (!m_notice.isEmpty())
        banner.append(m_notice);
    m_ui->banner->setText(banner.join(QLatin1Char('\n')));
    m_ui->banner->setVisible(!banner.isEmpty());
    m_ui->banner->setStyleSheet(online && !m_friction->isStale() && !m_friction->needsReopen()
                                    ? QString()
                                    : QStringLiteral("background: #fff3cd; color: #5c3c00;"));
}

void ReviewPanel::decide(DecisionKind kind)
{
    updateFriction();
    if (!m_friction || sending() || !m_friction->allows(kind) || !mayDecide(m_context.session))
        return; // the button said why
    const QString reviewId = m_openReviewId;
    m_sendingReviewId = reviewId;
    m_ui->resultLabel->setText(tr("Sending your %1 on %2…").arg(toString(kind), reviewId));
    updateFriction();
    m_context.connection.post(reviewPath(reviewId, "decide"), m_friction->decisionBody(kind), this,
                              [this, kind, reviewId](const ApiReply &reply) {
                                  m_sendingReviewId.clear();
                                  onDecided(kind, reviewId, reply);
                              });
}

void ReviewPanel::onDecided(DecisionKind kind, const QString &reviewId, const ApiReply &reply)
{
    // The answer is about reviewId whatever is on screen now (a session end
    // may have cleared it): it is shown and announced in any case.
    const bool stillOpen = m_friction && m_openReviewId == reviewId;
    const auto show = [this, stillOpen](bool ok, const QString &message) {
        m_ui->resultLabel->setText(message);
        if (!stillOpen)
            m_notice = message; // the banner stays visible without a detail
        emit decisionAnswered(ok, message);
    };
    if (reply.error == QLatin1String("not_opened") && stillOpen) {
        // Nothing was decided: the server no longer counts this open (a kill
        // switch or halt held the review and cleared every open). Open it
        // again, as after a context change; the reviewer reads it again.
        m_notice = tr("Your %1 on %2 was NOT recorded: the server no longer counts your open "
                      "(the review was held by a stop). The review has been opened again: read "
                      "it again; the phrase, the acknowledgement and the reading time start "
                      "over. (Server: %3)")
                       .arg(toString(kind), reviewId, reply.message());
        show(false, m_notice);
        openReview(reviewId);
        return;
    }
    if (reply.isContextChanged() && stillOpen) {
        // Nothing was decided. What the reviewer looked at is not what is
        // there now: show it again, and make them read and confirm again.
        m_notice = tr("The incident changed while you were deciding, so your %1 on %2 was NOT "
                      "recorded. The review has been reloaded with the current state: read it "
                      "again; the phrase, the acknowledgement and the reading time start over. "
                      "(Server: %3)")
                       .arg(toString(kind), reviewId, reply.message());
        show(false, m_notice);
        openReview(reviewId);
        return;
    }
    if (!reply.ok()) {
        show(false, tr("The server refused your %1 on %2: %3")
                        .arg(toString(kind), reviewId, reply.message()));
        if (stillOpen)
            refreshOpenView();
        updateFriction();
        return;
    }
    show(true, tr("Recorded for %1: %2")
                   .arg(reviewId, reply.object().value(QStringLiteral("message")).toString()));
    if (stillOpen)
        refreshOpenView();
    reloadQueue();
    updateFriction();
}

void ReviewPanel::focusFirstInput()
{
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_ui->phraseEdit, m_ui->rollbackAck, m_ui->reasonEdit, m_ui->approveButton,
             m_ui->rejectButton, m_ui->escalateButton}) {
        if (input->isVisibleTo(this) && input->isEnabled()) {
            input->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void ReviewPanel::onEvent(const ClientEvent &event)
{
    const QJsonObject &payload = event.payload;
    if (event.type.startsWith(QLatin1String("review."))) {
        // Throttle, not debounce: restarting a running timer on every event
        // would starve the queue during a steady flow of them.
        if (!m_queueReload->isActive())
            m_queueReload->start();
        if (!m_openReviewId.isEmpty() && str(payload, "review_id") == m_openReviewId)
            refreshOpenView();
        return;
    }
    if (!m_friction)
        return;
    if (event.type == QLatin1String("kill_switch.changed") ||
        event.type == QLatin1String("halt.changed")) {
        refreshOpenView(); // a stop holds reviews and drops every open
        return;
    }
    if ((event.type == QLatin1String("incident.updated") ||
         event.type == QLatin1String("incident.opened")) &&
        str(payload, "id") == m_friction->incidentId()) {
        showIncident(payload);
    }
}

} // namespace icc
