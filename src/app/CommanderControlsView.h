#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class CommanderControlsView;
}

class QSortFilterProxyModel;

namespace icc {

struct AppContext;
struct ApiReply;
struct ClientEvent;
class ClassApprovalModel;
class ConfirmationDialog;
class HaltModel;

// The commander's brakes: the kill switch (every automated action stops),
// action-type halts, and class approvals of tier-1 actions. Every change
// first opens a ConfirmationDialog that says exactly what will stop or run,
// and is sent only after the user typed the phrase it asks for (STOP for the
// kill switch, the action type for a halt). Controls need stop_actions /
// grant_class_approvals (commanders); everyone else sees the state and why
// they cannot change it. The server checks the same permissions again.
// Nothing is sent from stale state: every control is disabled while the
// desktop is offline (ConnectionState), and an open confirmation is withdrawn
// (nothing sent, the user told to look again) when the controls change on
// the server, the connection drops or the session ends or changes hands.
class CommanderControlsView final : public QWidget
{
    Q_OBJECT

public:
    explicit CommanderControlsView(AppContext &context, QWidget *parent = nullptr);
    ~CommanderControlsView() override;

    bool mayStopActions() const;
    bool mayGrantClassApprovals() const;
    bool killSwitchEngaged() const { return m_killSwitchEngaged; }
    HaltModel *haltModel() const { return m_halts; }
    ClassApprovalModel *classApprovalModel() const { return m_approvals; }
    // The confirmation now waiting for the user, if any.
    ConfirmationDialog *pendingConfirmation() const;

public slots:
    void reload();

signals:
    void controlsLoaded();
    void classApprovalsLoaded();
    // After the server answered a confirmed change.
    void changeFinished(bool ok);

private:
    void applyPermissions();
    void applyControls(const QJsonObject &controls);
    void loadClassApprovals();
    void onEvent(const ClientEvent &event);
    void toggleKillSwitch();
    void addHalt();
    void liftHalt();
    void grantApproval();
    void revokeApproval();
    // Opens the confirmation; send runs on accept only if the desktop is
    // still online, the same user is logged in, nothing changed the controls
    // since it opened, and stillValid() (the state the dialog described)
    // still holds.
    void confirmThen(const QString &headline, const QString &consequence, const QString &phrase,
                     const QString &confirmText, std::function<bool()> stillValid,
                     std::function<void()> send);
    // Closes the open confirmation without sending and says why.
    void withdrawConfirmation(const QString &why);
    // The controls changed on the server (or may have): whatever a dialog
    // showed is stale.
    void controlsChanged(const QString &why);
    void onOnlineChanged(bool online);
    bool isOnline() const;
    // False (and says so) when a change must not be sent now.
    bool readyToSend();
    void finishChange(const ApiReply &reply, const QString &done, bool controlsInBody);
    bool requireText(const QString &text, QWidget *field, const QString &what);
    int selectedSourceRow(const QString &tableName, const QSortFilterProxyModel *proxy) const;

    AppContext &m_context;
    std::unique_ptr<Ui::CommanderControlsView> m_ui;
    HaltModel *m_halts = nullptr;
    QSortFilterProxyModel *m_haltProxy = nullptr;
    ClassApprovalModel *m_approvals = nullptr;
    QSortFilterProxyModel *m_approvalProxy = nullptr;
    QPointer<ConfirmationDialog> m_confirmation;
    quint64 m_generation = 0; // counts changes of the controls seen from the server
    bool m_killSwitchEngaged = false;
    bool m_loaded = false;
    bool m_controlsStale = false;  // a change event arrived, the reload is pending
    bool m_approvalsStale = false; // likewise for class approvals
};

} // namespace icc
