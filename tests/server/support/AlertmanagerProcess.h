#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace icc::test {

// Debian's prometheus-alertmanager as a real peer in tests: a throwaway
// configuration whose only receiver is a webhook to icc-server (bearer
// credential, icc-server's certificate as the only trusted CA), started on a
// free loopback port with clustering off.
class AlertmanagerProcess final
{
public:
    struct Webhook
    {
        QUrl url;            // https://127.0.0.1:PORT/api/v1/alerts/alertmanager
        QString bearerToken; // an icc-server ingest key
        QString caFile;      // icc-server's certificate (PEM)
    };

    AlertmanagerProcess();
    ~AlertmanagerProcess();
    Q_DISABLE_COPY_MOVE(AlertmanagerProcess)

    // The binary, or empty when the package is not installed (tests then skip).
    static QString executable();

    // Writes the configuration into workDir and starts Alertmanager; true once
    // it answers /-/ready. groupWaitSeconds bounds how soon it sends.
    bool start(const QString &workDir, const Webhook &webhook, QString *error,
               int groupWaitSeconds = 1);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    // POST /api/v2/alerts with Prometheus-style alerts; true on 200.
    bool postAlerts(const QJsonArray &alerts, QString *error);
    QString output() const; // what the process printed, for failure messages

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QByteArray m_output;
};

} // namespace icc::test
