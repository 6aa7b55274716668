#include "CommanderControlsView.h"

#include "AppContext.h"
#include "ClassApprovalModel.h"
#include "Clock.h"
#include "ConfirmationDialog.h"
#include "ConnectionState.h"
#include "EventStream.h"
#include "HaltModel.h"
#include "ServerConnection.h"
#include "Session.h"
#include "ui_CommanderControlsView.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QSortFilterProxyModel>
#include <QUrl>

namespace icc {

namespace {

const QString kKillSwitchPhrase = QStringLiteral("STOP");
const QString kLiftPhrase = QStringLiteral("LIFT");
const QString kRevokePhrase = QStringLiteral("REVOKE");

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

CommanderControlsView::CommanderControlsView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CommanderControlsView>())
    , m_halts(new HaltModel(this))
    , m_haltProxy(new QSortFilterProxyModel(this))
    , m_approvals(new ClassApprovalModel(this))
    , m_approvalProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_haltProxy->setSourceModel(m_halts);
    m_ui->haltTable->setModel(m_haltProxy);
    m_approvalProxy->setSourceModel(m_approvals);
    m_ui->approvalTable->setModel(m_approvalProxy);
    m_ui->haltTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->approvalTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->killSwitchButton, &QPushButton::clicked, this,
            &CommanderControlsView::toggleKillSwitch);
    connect(m_ui->addHaltButton, &QPushButton::clicked, this, &CommanderControlsView::addHalt);
    connect(m_ui->liftHaltButton, &QPushButton::clicked, this, &CommanderControlsView::liftHalt);
    connect(m_ui->grantApprovalButton, &QPushButton::clicked, this,
            &CommanderControlsView::grantApproval);
    connect(m_ui->revokeApprovalButton, &QPushButton::clicked, this,
            &CommanderControlsView::revokeApproval);

    // A confirmation opened under one session is never accepted under
    // another: the token that would send it is not the one that opened it.
    connect(&m_context.session, &Session::loggedIn, this, [this] {
        controlsChanged(tr("someone logged in again on this desktop"));
        reload();
    });
    connect(&m_context.session, &Session::loggedOut, this, [this] {
        controlsChanged(tr("the session was logged out"));
        applyPermissions();
    });
    connect(&m_context.session, &Session::expired, this, [this] {
        controlsChanged(tr("the session expired"));
        applyPermissions();
    });
    connect(&m_context.connectionState, &ConnectionState::onlineChanged, this,
            &CommanderControlsView::onOnlineChanged);
    connect(&m_context.events, &EventStream::eventReceived, this, &CommanderControlsView::onEvent);
    connect(&m_context.events, &EventStream::resyncRequired, this, [this] {
        controlsChanged(tr("events may have been missed"));
        reload();
    });

    applyControls(QJsonObject());
    if (m_context.session.isLoggedIn())
        reload();
}

CommanderControlsView::~CommanderControlsView() = default;

ConfirmationDialog *CommanderControlsView::pendingConfirmation() const
{
    return m_confirmation;
}

// The server's permission table decides (/auth/me lists it); the server
// checks every request anyway.
bool CommanderControlsView::mayStopActions() const
{
    return m_context.session.may(QStringLiteral("stop_actions"));
}

bool CommanderControlsView::mayGrantClassApprovals() const
{
    return m_context.session.may(QStringLiteral("grant_class_approvals"));
}

bool CommanderControlsView::isOnline() const
{
    return m_context.connectionState.isOnline();
}

void CommanderControlsView::onOnlineChanged(bool online)
{
    if (!online) {
        controlsChanged(tr("the connection to the server was lost"));
        applyPermissions();
        return;
    }
    // What changed while offline is unknown: load it again before anything
    // can be decided.
    reload();
}

bool CommanderControlsView::readyToSend()
{
    if (!m_context.session.isLoggedIn()) {
        m_ui->errorLabel->setText(tr("NOTHING was sent: you are not logged in."));
        return false;
    }
    if (!isOnline()) {
        m_ui->errorLabel->setText(
            tr("NOTHING was sent: this desktop is offline, so the state shown may be stale. "
               "Wait until the connection is back and look again."));
        applyPermissions();
        return false;
    }
    return true;
}

void CommanderControlsView::applyPermissions()
{
    const bool online = isOnline();
    const bool stop = mayStopActions() && online && !m_controlsStale;
    const bool grant = mayGrantClassApprovals() && online && !m_approvalsStale;
    for (QWidget *control :
         {static_cast<QWidget *>(m_ui->killSwitchReason),
          static_cast<QWidget *>(m_ui->killSwitchButton),
          static_cast<QWidget *>(m_ui->haltActionType), static_cast<QWidget *>(m_ui->haltReason),
          static_cast<QWidget *>(m_ui->addHaltButton),
          static_cast<QWidget *>(m_ui->liftHaltButton)})
        control->setEnabled(stop && m_loaded);
    for (QWidget *control :
         {static_cast<QWidget *>(m_ui->approvalAction), static_cast<QWidget *>(m_ui->approvalScope),
          static_cast<QWidget *>(m_ui->approvalMinutes),
          static_cast<QWidget *>(m_ui->approvalDescription),
          static_cast<QWidget *>(m_ui->grantApprovalButton),
          static_cast<QWidget *>(m_ui->revokeApprovalButton)})
        control->setEnabled(grant && m_loaded);

    const Session &session = m_context.session;
    if (!session.isLoggedIn()) {
        m_ui->permissionNote->setText(tr("Not logged in: the controls cannot be shown or used."));
    } else if (!online) {
        m_ui->permissionNote->setText(
            tr("OFFLINE: every control is disabled because this desktop is not connected to the "
               "server. The state shown may be stale; nothing can be changed until the "
               "connection is back."));
    } else if (!mayStopActions() && !mayGrantClassApprovals()) {
        m_ui->permissionNote->setText(
            tr("VIEW ONLY: as %1 (%2) you see the kill switch, halts and class approvals but "
               "cannot change them. Only the incident commander can.")
                .arg(session.userName(), session.role()));
    } else if (!mayStopActions() || !mayGrantClassApprovals()) {
        m_ui->permissionNote->setText(
            mayStopActions() ? tr("You may stop actions but not grant class approvals.")
                             : tr("You may grant class approvals but not stop actions."));
    } else {
        m_ui->permissionNote->setText(
            tr("You are the incident commander: every change below asks for confirmation first "
               "and is recorded in the audit log with your name and reason."));
    }
}

void CommanderControlsView::reload()
{
    if (!m_context.session.isLoggedIn())
        return;
    applyPermissions();
    m_context.connection.get(
        QStringLiteral("/api/v1/controls"), this, [this](const ApiReply &reply) {
            if (!reply.ok()) {
                m_ui->errorLabel->setText(
                    tr("Could not load the controls: %1").arg(reply.message()));
                return;
            }
            applyControls(reply.object());
        });
    loadClassApprovals();
}

void CommanderControlsView::loadClassApprovals()
{
    m_context.connection.get(
        QStringLiteral("/api/v1/class-approvals"), this, [this](const ApiReply &reply) {
            if (!reply.ok()) {
                m_ui->errorLabel->setText(
                    tr("Could not load the class approvals: %1").arg(reply.message()));
                return;
            }
            m_approvals->setApprovals(
                reply.object().value(QStringLiteral("class_approvals")).toArray());
            m_approvalsStale = false;
            applyPermissions();
            emit classApprovalsLoaded();
        });
}

void CommanderControlsView::applyControls(const QJsonObject &controls)
{
    m_loaded = !controls.isEmpty();
    m_controlsStale = false;
    const QJsonObject kill = controls.value(QStringLiteral("kill_switch")).toObject();
    m_killSwitchEngaged = kill.value(QStringLiteral("engaged")).toBool();
    if (!m_loaded) {
        m_ui->killSwitchState->setText(tr("Kill switch state not loaded yet."));
        m_ui->killSwitchState->setStyleSheet(QString());
    } else if (m_killSwitchEngaged) {
        m_ui->killSwitchState->setText(
            tr("KILL SWITCH ENGAGED: no automated action runs.\nBy %1 since %2 UTC: %3")
                .arg(kill.value(QStringLiteral("by")).toString(),
                     kill.value(QStringLiteral("since")).toString(),
                     kill.value(QStringLiteral("reason")).toString()));
        m_ui->killSwitchState->setStyleSheet(
            QStringLiteral("font-size: 15pt; font-weight: bold; padding: 8px; color: white; "
                           "background: #b00020;"));
    } else {
        m_ui->killSwitchState->setText(
            tr("Kill switch OFF: automated actions run under policy and review."));
        m_ui->killSwitchState->setStyleSheet(QStringLiteral(
            "font-size: 15pt; font-weight: bold; padding: 8px; background: #e8f5e9;"));
    }
    m_ui->killSwitchButton->setText(m_killSwitchEngaged ? tr("&Lift kill switch…")
                                                        : tr("&Engage kill switch…"));
    m_halts->setHalts(controls.value(QStringLiteral("halts")).toArray());
    applyPermissions();
    if (m_loaded)
        emit controlsLoaded();
}

void CommanderControlsView::onEvent(const ClientEvent &event)
{
    const bool killSwitch = event.type == QLatin1String("kill_switch.changed");
    if (killSwitch || event.type == QLatin1String("halt.changed")) {
        // Until the new state is here the controls show the old one: no
        // decision is taken from it.
        m_controlsStale = true;
        controlsChanged(killSwitch ? tr("the kill switch was changed on the server")
                                   : tr("a halt was changed on the server"));
        applyPermissions();
        m_context.connection.get(
            QStringLiteral("/api/v1/controls"), this, [this](const ApiReply &reply) {
                if (!reply.ok()) {
                    m_ui->errorLabel->setText(
                        tr("Could not load the changed controls: %1").arg(reply.message()));
                    return;
                }
                applyControls(reply.object());
            });
    } else if (event.type == QLatin1String("class_approval.changed")) {
        m_approvalsStale = true;
        controlsChanged(tr("a class approval was changed on the server"));
        applyPermissions();
        loadClassApprovals();
    }
}

void CommanderControlsView::controlsChanged(const QString &why)
{
    ++m_generation;
    withdrawConfirmation(why);
}

void CommanderControlsView::withdrawConfirmation(const QString &why)
{
    if (!m_confirmation)
        return;
    ConfirmationDialog *dialog = m_confirmation;
    m_confirmation = nullptr;
    // Neither "cancelled" nor a send: the dialog just goes away.
    disconnect(dialog, nullptr, this, nullptr);
    dialog->close();
    m_ui->statusLabel->clear();
    m_ui->errorLabel->setText(
        tr("The confirmation was closed and NOTHING was sent: %1. The state changed; look at "
           "it again before you decide.")
            .arg(why));
}

bool CommanderControlsView::requireText(const QString &text, QWidget *field, const QString &what)
{
    if (!text.trimmed().isEmpty())
        return true;
    m_ui->errorLabel->setText(tr("Nothing sent: %1 is required.").arg(what));
    field->setFocus();
    return false;
}

int CommanderControlsView::selectedSourceRow(const QString &tableName,
                                             const QSortFilterProxyModel *proxy) const
{
    const auto *table = findChild<QTableView *>(tableName);
    if (!table || !table->currentIndex().isValid())
        return -1;
    return proxy->mapToSource(table->currentIndex()).row();
}

void CommanderControlsView::confirmThen(const QString &headline, const QString &consequence,
                                        const QString &phrase, const QString &confirmText,
                                        std::function<bool()> stillValid,
                                        std::function<void()> send)
{
    if (!readyToSend())
        return;
    if (m_confirmation)
        m_confirmation->close();
    m_ui->errorLabel->clear();
    auto *dialog = new ConfirmationDialog(headline, consequence, phrase, confirmText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = dialog;
    const QString openedBy = m_context.session.userName();
    const quint64 openedAt = m_generation;
    connect(dialog, &QDialog::accepted, this,
            [this, openedBy, openedAt, stillValid = std::move(stillValid), send = std::move(send)] {
                m_confirmation = nullptr;
                // Checked again at the moment of sending: what the dialog
                // described must still be what is true.
                if (!readyToSend())
                    return;
                if (m_context.session.userName() != openedBy || m_generation != openedAt ||
                    !stillValid()) {
                    m_ui->errorLabel->setText(
                        tr("NOTHING was sent: the state changed since the confirmation opened. "
                           "Look at it again before you decide."));
                    return;
                }
                send();
            });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_confirmation = nullptr;
        m_ui->statusLabel->setText(tr("Cancelled: nothing was sent."));
    });
    // Window-modal and asynchronous: the event stream keeps running meanwhile.
    dialog->open();
}

void CommanderControlsView::finishChange(const ApiReply &reply, const QString &done,
                                         bool controlsInBody)
{
    if (!reply.ok()) {
        m_ui->errorLabel->setText(tr("The server refused: %1").arg(reply.message()));
        emit changeFinished(false);
        return;
    }
    m_ui->errorLabel->clear();
    QString status = done;
    const QJsonArray held = reply.object().value(QStringLiteral("held_reviews")).toArray();
    if (!held.isEmpty())
        status += QLatin1Char(' ') + tr("%n review(s) now held.", nullptr, int(held.size()));
    m_ui->statusLabel->setText(status);
    if (controlsInBody)
        applyControls(reply.object());
    else
        loadClassApprovals();
    emit changeFinished(true);
}

void CommanderControlsView::toggleKillSwitch()
{
    if (!mayStopActions() || !readyToSend())
        return;
    const QString reason = m_ui->killSwitchReason->text().trimmed();
    if (!requireText(reason, m_ui->killSwitchReason, tr("a reason")))
        return;
    // What the dialog will ask for; the request is derived again from the
    // state at accept time and refused if that no longer matches.
    const bool engage = !m_killSwitchEngaged;
    const auto stillValid = [this, engage] {
        return m_loaded && !m_controlsStale && m_killSwitchEngaged != engage;
    };
    const auto send = [this, reason] {
        const bool engage = !m_killSwitchEngaged;
        m_context.connection.post(
            QStringLiteral("/api/v1/controls/kill-switch"),
            QJsonObject{{QStringLiteral("engaged"), engage}, {QStringLiteral("reason"), reason}},
            this, [this, engage](const ApiReply &reply) {
                finishChange(reply, engage ? tr("Kill switch ENGAGED.") : tr("Kill switch lifted."),
                             true);
                if (reply.ok())
                    m_ui->killSwitchReason->clear();
            });
    };
    if (engage) {
        confirmThen(tr("Engage the kill switch?"),
                    tr("EVERY automated action on EVERY incident stops now. Nothing executes "
                       "until the kill switch is lifted, and reviews in flight are held.\n\n"
                       "Reason recorded: %1")
                        .arg(reason),
                    kKillSwitchPhrase, tr("&Engage kill switch"), stillValid, send);
    } else {
        confirmThen(tr("Lift the kill switch?"),
                    tr("Automated actions may run again under policy and review. Reviews the "
                       "kill switch held stay held until someone decides them.\n\n"
                       "Reason recorded: %1")
                        .arg(reason),
                    kLiftPhrase, tr("&Lift kill switch"), stillValid, send);
    }
}

void CommanderControlsView::addHalt()
{
    if (!mayStopActions() || !readyToSend())
        return;
    const QString actionType = m_ui->haltActionType->text().trimmed();
    const QString reason = m_ui->haltReason->text().trimmed();
    if (!requireText(actionType, m_ui->haltActionType, tr("the action type")) ||
        !requireText(reason, m_ui->haltReason, tr("a reason")))
        return;
    confirmThen(
        tr("Halt every %1 action?").arg(actionType),
        tr("Every action of type %1 on every incident stops now: nothing of this type executes "
           "and its reviews are held until the halt is lifted. Other action types keep "
           "running.\n\nReason recorded: %2")
            .arg(actionType, reason),
        actionType, tr("&Halt %1").arg(actionType),
        [this, actionType, wasHalted = m_halts->isHalted(actionType)] {
            return !m_controlsStale && m_halts->isHalted(actionType) == wasHalted;
        },
        [this, actionType, reason] {
            m_context.connection.post(QStringLiteral("/api/v1/controls/halts"),
                                      QJsonObject{{QStringLiteral("action_type"), actionType},
                                                  {QStringLiteral("reason"), reason}},
                                      this, [this, actionType](const ApiReply &reply) {
                                          finishChange(reply, tr("%1 HALTED.").arg(actionType),
                                                       true);
                                          if (reply.ok()) {
                                              m_ui->haltActionType->clear();
                                              m_ui->haltReason->clear();
                                          }
                                      });
        });
}

void CommanderControlsView::liftHalt()
{
    if (!mayStopActions() || !readyToSend())
        return;
    const int row = selectedSourceRow(QStringLiteral("haltTable"), m_haltProxy);
    if (row < 0) {
        m_ui->errorLabel->setText(tr("Nothing sent: select the halt to lift first."));
        m_ui->haltTable->setFocus();
        return;
    }
    const QString actionType = m_halts->actionTypeAt(row);
    const QString reason = m_ui->haltReason->text().trimmed();
    if (!requireText(reason, m_ui->haltReason, tr("a reason")))
        return;
    confirmThen(
        tr("Lift the halt on %1?").arg(actionType),
        tr("Actions of type %1 may be proposed and executed again under policy and "
           "review. Reviews the halt held stay held until someone decides them.\n\n"
           "Reason recorded: %2")
            .arg(actionType, reason),
        actionType, tr("&Lift halt on %1").arg(actionType),
        [this, actionType] { return !m_controlsStale && m_halts->isHalted(actionType); },
        [this, actionType, reason] {
            m_context.connection.deleteResource(
                QStringLiteral("/api/v1/controls/halts/%1?reason=%2")
                    .arg(encoded(actionType), encoded(reason)),
                this, [this, actionType](const ApiReply &reply) {
                    finishChange(reply, tr("Halt on %1 lifted.").arg(actionType), true);
                    if (reply.ok())
                        m_ui->haltReason->clear();
                });
        });
}

void CommanderControlsView::grantApproval()
{
    if (!mayGrantClassApprovals() || !readyToSend())
        return;
    const QString action = m_ui->approvalAction->text().trimmed();
    QString scope = m_ui->approvalScope->text().trimmed();
    if (!requireText(action, m_ui->approvalAction, tr("the action (type or pattern)")) ||
        !requireText(scope, m_ui->approvalScope, tr("the scope (an incident id, or *)")))
        return;
    const int minutes = m_ui->approvalMinutes->value();
    const QString description = m_ui->approvalDescription->text().trimmed();
    const QString until = m_context.clock.now()
                              .toUTC()
                              .addSecs(qint64(minutes) * 60)
                              .toString(QStringLiteral("HH:mm"));
    confirmThen(
        tr("Grant a class approval for %1?").arg(action),
        tr("Tier-1 actions matching %1 on %2 run WITHOUT a per-action review for %3 minutes "
           "(until about %4 UTC). Tier-2 and tier-3 actions are never covered.")
            .arg(action,
                 scope == QLatin1String("*") ? tr("every incident") : tr("incident %1").arg(scope))
            .arg(minutes)
            .arg(until),
        action, tr("&Grant approval"), [this] { return !m_approvalsStale; },
        [this, action, scope, minutes, description] {
            m_context.connection.post(
                QStringLiteral("/api/v1/class-approvals"),
                QJsonObject{{QStringLiteral("action"), action},
                            {QStringLiteral("scope"), scope},
                            {QStringLiteral("duration_minutes"), minutes},
                            {QStringLiteral("description"), description}},
                this, [this, action](const ApiReply &reply) {
                    finishChange(reply, tr("Class approval for %1 granted.").arg(action), false);
                    if (reply.ok()) {
                        m_ui->approvalAction->clear();
                        m_ui->approvalDescription->clear();
                    }
                });
        });
}

void CommanderControlsView::revokeApproval()
{
    if (!mayGrantClassApprovals() || !readyToSend())
        return;
    const int row = selectedSourceRow(QStringLiteral("approvalTable"), m_approvalProxy);
    if (row < 0) {
        m_ui->errorLabel->setText(tr("Nothing sent: select the class approval to revoke first."));
        m_ui->approvalTable->setFocus();
        return;
    }
    const QString id = m_approvals->idAt(row);
    const QString action = m_approvals->actionAt(row);
    confirmThen(
        tr("Revoke the class approval for %1?").arg(action),
        tr("Tier-1 actions matching %1 need a per-action review again from now on.").arg(action),
        kRevokePhrase, tr("&Revoke approval"),
        [this, id] {
            if (m_approvalsStale)
                return false;
            for (int row = 0; row < m_approvals->rowCount(); ++row) {
                if (m_approvals->idAt(row) == id)
                    return m_approvals->isActiveAt(row);
            }
            return false;
        },
        [this, id, action] {
            m_context.connection.deleteResource(
                QStringLiteral("/api/v1/class-approvals/%1").arg(encoded(id)), this,
                [this, action](const ApiReply &reply) {
                    finishChange(reply, tr("Class approval for %1 revoked.").arg(action), false);
                });
        });
}

} // namespace icc
