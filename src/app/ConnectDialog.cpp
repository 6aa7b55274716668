#include "ConnectDialog.h"

#include "CertificatePins.h"
#include "ServerConnection.h"
#include "ui_ConnectDialog.h"

#include <QPushButton>
#include <QSettings>

namespace icc {

namespace {

const QString kLastServerKey = QStringLiteral("connection/lastServer");
constexpr int kDefaultPort = 8443;

} // namespace

ConnectDialog::ConnectDialog(ServerConnection &connection, CertificatePins &pins,
                             QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_pins(pins)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->trustBox->hide();
    m_ui->changedBox->hide();
    m_ui->serverEdit->setText(lastServer(settings));
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectDialog::probe);
    connect(m_ui->trustButton, &QPushButton::clicked, this, &ConnectDialog::trustPresented);
    connect(m_ui->verifiedCheck, &QCheckBox::toggled, m_ui->forgetButton, &QPushButton::setEnabled);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ConnectDialog::forgetPin);
    connect(&m_connection, &ServerConnection::certificateUntrusted, this,
            [this](const QString &fingerprint) { m_presentedFingerprint = fingerprint; });
    connect(&m_connection, &ServerConnection::certificateChanged, this,
            [this](const QString &pinned, const QString &presented) {
                m_pinnedFingerprint = pinned;
                m_presentedFingerprint = presented;
            });
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::lastServer(const QSettings &settings)
{
    return settings.value(kLastServerKey).toString();
}

void ConnectDialog::setServerText(const QString &address)
{
    m_ui->serverEdit->setText(address);
}

QUrl ConnectDialog::serverUrlFrom(const QString &text)
{
    QString address = text.trimmed();
    if (address.isEmpty())
        return {};
    if (!address.contains(QLatin1String("://")))
        address.prepend(QStringLiteral("https://"));
    QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return {};
    if (url.port() < 0)
        url.setPort(kDefaultPort);
    return url;
}

void ConnectDialog::showState(const QString &message, bool isError)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setStyleSheet(isError ? QStringLiteral("color: #b00020; font-weight: bold;")
                                             : QString());
}

void ConnectDialog::probe()
{
    const QUrl url = serverUrlFrom(m_ui->serverEdit->text());
    if (!url.isValid()) {
        showState(tr("Server address: enter host:port or https://host:port."), true);
        m_ui->serverEdit->setFocus();
        return;
    }
    m_ui->trustBox->hide();
    m_ui->changedBox->hide();
    m_presentedFingerprint.clear();
    m_pinnedFingerprint.clear();
    m_connection.setServer(url);
    m_ui->connectButton->setEnabled(false);
    showState(tr("Connecting to %1…").arg(m_connection.hostAndPort()), false);
    const int generation = ++m_probeGeneration;
    m_connection.get(QStringLiteral("/healthz"), this, [this, generation](const ApiReply &reply) {
        if (generation == m_probeGeneration)
            onProbeAnswered(reply);
    });
}

void ConnectDialog::onProbeAnswered(const ApiReply &reply)
{
    m_ui->connectButton->setEnabled(true);
    if (reply.error == QLatin1String("certificate_untrusted")) {
        m_ui->fingerprintLabel->setText(m_presentedFingerprint);
        m_ui->trustBox->show();
        showState(tr("First connection to %1: check the certificate below.")
                      .arg(m_connection.hostAndPort()),
                  false);
        return;
    }
    if (reply.error == QLatin1String("certificate_changed")) {
        m_ui->warningLabel->setText(
            tr("<b>WARNING: the certificate of %1 CHANGED.</b> This can be an attack "
               "(someone pretending to be the server). The connection was refused.<br><br>"
               "Pinned (trusted): <tt>%2</tt><br>Presented now: <tt>%3</tt><br><br>"
               "Only if the administrator confirms the server was really reinstalled, and "
               "tells you the new fingerprint, forget the pinned certificate below and "
               "connect again.")
                .arg(m_connection.hostAndPort().toHtmlEscaped(), m_pinnedFingerprint,
                     m_presentedFingerprint));
        m_ui->verifiedCheck->setChecked(false);
        m_ui->forgetButton->setEnabled(false);
        m_ui->changedBox->show();
        showState(tr("Refused: the server's certificate changed."), true);
        return;
    }
    if (reply.status == 0) {
        showState(tr("Cannot reach %1: %2").arg(m_connection.hostAndPort(), reply.message()), true);
        return;
    }
    // Any HTTP answer over the pinned channel is the server we trust; a
    // degraded /healthz (503) still lets the user log in and see why.
    m_settings.setValue(kLastServerKey, m_connection.server().toString());
    m_settings.sync();
    showState(tr("Connected to %1.").arg(m_connection.hostAndPort()), false);
    accept();
}

void ConnectDialog::trustPresented()
{
    if (m_presentedFingerprint.isEmpty())
        return;
    m_connection.trustFingerprint(m_presentedFingerprint);
    m_ui->trustBox->hide();
    probe();
}

void ConnectDialog::forgetPin()
{
    if (!m_ui->verifiedCheck->isChecked())
        return;
    m_pins.forget(m_connection.hostAndPort());
    m_ui->changedBox->hide();
    showState(tr("The pinned certificate of %1 was forgotten. Connect again and compare the new "
                 "fingerprint with the one the administrator gave you.")
                  .arg(m_connection.hostAndPort()),
              false);
}

} // namespace icc
