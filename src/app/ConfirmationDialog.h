#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmationDialog;
}

namespace icc {

// Asks before a change that stops (or restarts) automated actions. It states
// exactly what will happen, and the confirm button stays disabled until the
// user typed the phrase (an action type, or STOP for the kill switch): a
// tired hand cannot confirm by pressing Enter. Cancel is the default.
class ConfirmationDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmationDialog(const QString &headline, const QString &consequence, const QString &phrase,
                       const QString &confirmText, QWidget *parent = nullptr);
    ~ConfirmationDialog() override;

    QString phrase() const { return m_phrase; }
    bool phraseMatches() const;

private:
    void updateConfirm();

    std::unique_ptr<Ui::ConfirmationDialog> m_ui;
    QString m_phrase;
};

} // namespace icc
