#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace icc {

class NotificationSettings;

// The user's preferences: for now whether non-critical notifications are
// muted (critical ones are always shown, and the dialog says so).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(NotificationSettings &notifications, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    NotificationSettings &m_notifications;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace icc
