#include "AlertmanagerProcess.h"

#include "ProcessWait.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

namespace icc::test {

namespace {

// One request, answered or failed within timeoutMs; returns the status code
// (0 on a transport error) and the body.
int httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                QByteArray *answer, int timeoutMs = 5000)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    waitUntil([reply] { return reply->isFinished(); }, timeoutMs + 1000, 10);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer)
        *answer = reply->readAll();
    reply->deleteLater();
    return status;
}

// YAML single-quoted scalar: a quote is doubled, nothing else is special.
QString yamlQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

AlertmanagerProcess::AlertmanagerProcess() = default;

AlertmanagerProcess::~AlertmanagerProcess()
{
    stop();
}

QString AlertmanagerProcess::executable()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("alertmanager"));
    return path;
}

bool AlertmanagerProcess::start(const QString &workDir, const Webhook &webhook, QString *error,
                                int groupWaitSeconds)
{
    const QString binary = executable();
    if (binary.isEmpty()) {
        *error = QStringLiteral("prometheus-alertmanager is not installed");
        return false;
    }
    const QString configPath = QDir(workDir).filePath(QStringLiteral("alertmanager.yml"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(configPath, config.errorString());
        return false;
    }
    const QString groupWait = QStringLiteral("%1s").arg(groupWaitSeconds);
    const QString yaml = QStringLiteral("route:\n"
                                        "  receiver: icc\n"
                                        "  group_by: ['alertname']\n"
                                        "  group_wait: %1\n"
                                        "  group_interval: %1\n"
                                        "  repeat_interval: 1h\n"
                                        "receivers:\n"
                                        "  - name: icc\n"
                                        "    webhook_configs:\n"
                                        "      - url: %2\n"
                                        "        send_resolved: true\n"
                                        "        http_config:\n"
                                        "          authorization:\n"
                                        "            type: Bearer\n"
                                        "            credentials: %3\n"
                                        "          tls_config:\n"
                                        "            ca_file: %4\n")
                             .arg(groupWait, yamlQuoted(webhook.url.toString()),
                                  yamlQuoted(webhook.bearerToken), yamlQuoted(webhook.caFile));
    config.write(yaml.toUtf8());
    config.close();

    const quint16 port = freeLoopbackPort();
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                     [this] { m_output += m_process->readAll(); });
    m_process->start(binary, {QStringLiteral("--config.file=") + configPath,
                              QStringLiteral("--storage.path=") +
                                  QDir(workDir).filePath(QStringLiteral("alertmanager-data")),
                              QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                              QStringLiteral("--cluster.listen-address=")});
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary, m_process->errorString());
        return false;
    }
    const QUrl ready = m_baseUrl.resolved(QUrl(QStringLiteral("/-/ready")));
    const bool up = waitUntil(
        [&] {
            return m_process->state() == QProcess::Running &&
                   httpRequest("GET", ready, {}, nullptr, 1000) == 200;
        },
        15000, 100);
    if (!up) {
        *error = QStringLiteral("Alertmanager did not become ready: %1").arg(output());
        stop();
        return false;
    }
    return true;
}

void AlertmanagerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}

bool AlertmanagerProcess::postAlerts(const QJsonArray &alerts, QString *error)
{
    QByteArray answer;
    const int status =
        httpRequest("POST", m_baseUrl.resolved(QUrl(QStringLiteral("/api/v2/alerts"))),
                    QJsonDocument(alerts).toJson(QJsonDocument::Compact), &answer);
    if (status == 200)
        return true;
    *error =
        QStringLiteral("Alertmanager answered %1: %2").arg(status).arg(QString::fromUtf8(answer));
    return false;
}

QString AlertmanagerProcess::output() const
{
    return QString::fromUtf8(m_output);
}

} // namespace icc::test
