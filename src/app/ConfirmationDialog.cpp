#include "ConfirmationDialog.h"

#include "ui_ConfirmationDialog.h"

namespace icc {

ConfirmationDialog::ConfirmationDialog(const QString &headline, const QString &consequence,
                                       const QString &phrase, const QString &confirmText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmationDialog>())
    , m_phrase(phrase)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("confirmationDialog"));
    setWindowTitle(headline);
    m_ui->headlineLabel->setText(headline);
    m_ui->consequenceLabel->setText(consequence);
    m_ui->phraseLabel->setText(tr("Type %1 to confirm:").arg(phrase));
    m_ui->confirmButton->setText(confirmText);
    connect(m_ui->phraseEdit, &QLineEdit::textChanged, this, &ConfirmationDialog::updateConfirm);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, [this] {
        if (phraseMatches())
            accept();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->phraseEdit->setFocus();
    updateConfirm();
}

ConfirmationDialog::~ConfirmationDialog() = default;

bool ConfirmationDialog::phraseMatches() const
{
    return m_ui->phraseEdit->text().trimmed() == m_phrase;
}

void ConfirmationDialog::updateConfirm()
{
    const bool matches = phraseMatches();
    m_ui->confirmButton->setEnabled(matches);
    m_ui->mismatchLabel->setText(
        matches ? tr("Phrase matches: the button is now enabled.")
                : tr("The button stays disabled until you type %1 exactly.").arg(m_phrase));
}

} // namespace icc
