#pragma once

#include "NotificationPolicy.h"

#include <QObject>

class QStatusBar;
class QSystemTrayIcon;
class QTimer;

namespace icc {

struct AppContext;
class NotificationSettings;

// Turns live events into native notifications through the system tray
// (NotificationPolicy decides which and how urgent). Without a system tray
// the notification goes to the status bar instead. At most one popup a
// second: a burst (or a replayed backlog) waits and comes as one summary.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    TrayNotifier(AppContext &context, NotificationSettings &settings, QStatusBar *fallback,
                 QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool usesTray() const { return m_tray != nullptr; }

signals:
    // Every notification shown (for the tests and anything that logs them).
    void notified(const icc::Notification &notification);

private:
    void onEvent(const ClientEvent &event);
    void show(const Notification &notification);
    void adoptUser();
    void flush();

    AppContext &m_context;
    NotificationSettings &m_settings;
    QStatusBar *m_fallback = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    NotificationPolicy m_policy;
    QTimer *m_flushTimer = nullptr;
};

} // namespace icc
