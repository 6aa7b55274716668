#include "NotificationSettings.h"

#include <QSettings>

namespace icc {

namespace {

const QString kMuteKey = QStringLiteral("notifications/muteNonCritical");

} // namespace

NotificationSettings::NotificationSettings(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

bool NotificationSettings::muteNonCritical() const
{
    return m_settings.value(kMuteKey, false).toBool();
}

void NotificationSettings::setMuteNonCritical(bool mute)
{
    if (mute == muteNonCritical())
        return;
    m_settings.setValue(kMuteKey, mute);
    m_settings.sync();
    emit changed();
}

} // namespace icc
