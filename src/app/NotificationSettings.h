#pragma once

#include <QObject>

class QSettings;

namespace icc {

// The user's notification preferences, kept in QSettings (nothing secret).
class NotificationSettings final : public QObject
{
    Q_OBJECT

public:
    explicit NotificationSettings(QSettings &settings, QObject *parent = nullptr);

    // Critical notifications (pages to me, escalations, tier-3 reviews) are
    // shown whatever this says.
    bool muteNonCritical() const;
    void setMuteNonCritical(bool mute);

signals:
    void changed();

private:
    QSettings &m_settings;
};

} // namespace icc
