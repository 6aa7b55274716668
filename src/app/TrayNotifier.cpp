#include "TrayNotifier.h"

#include "AppContext.h"
#include "EventStream.h"
#include "NotificationSettings.h"
#include "Session.h"

#include <QApplication>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace icc {

namespace {

constexpr int kStatusBarMessageMs = 60000;

} // namespace

TrayNotifier::TrayNotifier(AppContext &context, NotificationSettings &settings,
                           QStatusBar *fallback, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(settings)
    , m_fallback(fallback)
    , m_policy(context.clock)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(int(NotificationPolicy::kCoalesceMs));
    connect(m_flushTimer, &QTimer::timeout, this, &TrayNotifier::flush);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_tray->setToolTip(tr("icc — incident command center"));
        m_tray->show();
    }
    m_policy.setMuteNonCritical(m_settings.muteNonCritical());
    connect(&m_settings, &NotificationSettings::changed, this,
            [this] { m_policy.setMuteNonCritical(m_settings.muteNonCritical()); });
    connect(&m_context.session, &Session::loggedIn, this, &TrayNotifier::adoptUser);
    connect(&m_context.session, &Session::loggedOut, this, &TrayNotifier::adoptUser);
    connect(&m_context.session, &Session::expired, this, &TrayNotifier::adoptUser);
    connect(&m_context.events, &EventStream::eventReceived, this, &TrayNotifier::onEvent);
    adoptUser();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::adoptUser()
{
    if (!m_context.session.isLoggedIn()) {
        // Nothing held back is shown to whoever logs in next.
        m_flushTimer->stop();
        (void)m_policy.flush();
    }
    m_policy.setUser(m_context.session.userName(), m_context.session.role(),
                     m_context.session.permissions());
}

void TrayNotifier::onEvent(const ClientEvent &event)
{
    if (const auto notification = m_policy.decide(event))
        show(*notification);
    // Held back (a burst, a backlog): one summary when the second is over.
    if (m_policy.hasPending() && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void TrayNotifier::flush()
{
    if (const auto summary = m_policy.flush())
        show(*summary);
}

void TrayNotifier::show(const Notification &notification)
{
    if (m_tray) {
        // Critical ones stay until clicked on most desktops (longest timeout).
        m_tray->showMessage(notification.title, notification.message,
                            notification.isCritical() ? QSystemTrayIcon::Critical
                                                      : QSystemTrayIcon::Information,
                            notification.isCritical() ? 0 : 10000);
    } else if (m_fallback) {
        const QString prefix = notification.isCritical() ? tr("URGENT: ") : QString();
        m_fallback->showMessage(prefix + notification.title + QStringLiteral(" — ") +
                                    notification.message,
                                kStatusBarMessageMs);
    }
    emit notified(notification);
}

} // namespace icc
