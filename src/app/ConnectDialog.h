#pragma once

#include "ApiReply.h"

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class ConnectDialog;
}

namespace icc {

class CertificatePins;
class ServerConnection;

// Which icc-server to talk to. Probes GET /healthz; on first contact shows
// the certificate's full SHA-256 fingerprint and pins it only when the user
// accepts it (trust on first use). A changed certificate is refused with a
// warning naming both fingerprints; forgetting the old pin is a separate,
// deliberate action (confirm "I verified it", then a new first contact).
// Remembers the last address in QSettings (the address only).
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ServerConnection &connection, CertificatePins &pins, QSettings &settings,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Probes the address in the field (what the Connect button does).
    void probe();
    void setServerText(const QString &address);
    // A problem found before the dialog opened (shown as an error).
    void setMessage(const QString &message) { showState(message, true); }

    // "host:port", "https://host:port" -> https URL; invalid when unusable.
    static QUrl serverUrlFrom(const QString &text);
    static QString lastServer(const QSettings &settings);

private:
    void showState(const QString &message, bool isError);
    void onProbeAnswered(const ApiReply &reply);
    void trustPresented();
    void forgetPin();

    ServerConnection &m_connection;
    CertificatePins &m_pins;
    QSettings &m_settings;
    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QString m_presentedFingerprint;
    QString m_pinnedFingerprint;
    int m_probeGeneration = 0;
};

} // namespace icc
