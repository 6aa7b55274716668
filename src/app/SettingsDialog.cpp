#include "SettingsDialog.h"

#include "NotificationSettings.h"
#include "ui_SettingsDialog.h"

namespace icc {

SettingsDialog::SettingsDialog(NotificationSettings &notifications, QWidget *parent)
    : QDialog(parent)
    , m_notifications(notifications)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->muteCheck->setChecked(m_notifications.muteNonCritical());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_notifications.setMuteNonCritical(m_ui->muteCheck->isChecked());
    QDialog::accept();
}

} // namespace icc
