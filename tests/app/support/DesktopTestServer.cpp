#include "DesktopTestServer.h"

#include "TestPaths.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace icc::test {

namespace {

struct TestUser
{
    const char *name;
    const char *role;
};

// Names from resources/roster/demo.yaml, so pages reach people who can log in.
constexpr TestUser kUsers[] = {
    {"alice", "responder"}, {"erin", "reviewer"},    {"frank", "reviewer"},
    {"ivan", "commander"},  {"judy", "facilitator"}, {"niaj", "admin"},
};

} // namespace

DesktopTestServer::DesktopTestServer()
    : m_process(std::make_unique<ServerProcess>(QStringLiteral(ICC_SERVER_PATH), m_dataDir.path()))
{}

DesktopTestServer::~DesktopTestServer()
{
    m_process->stop();
}

bool DesktopTestServer::start(QString *error, const QStringList &extraArguments,
                              const QString &policyFile)
{
    const QString resources = QString::fromUtf8(kResourcesDir);
    const auto run = [&](const QStringList &arguments) {
        const ServerProcess::Result result = m_process->admin(arguments);
        if (result.exitCode != 0)
            *error = QStringLiteral("%1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(result.err));
        return result.exitCode == 0;
    };
    if (!run({QStringLiteral("import-runbooks"), resources + QStringLiteral("/runbooks")}) ||
        !run(
            {QStringLiteral("policy"), QStringLiteral("set"),
             policyFile.isEmpty() ? resources + QStringLiteral("/policy/default.yaml") : policyFile,
             QStringLiteral("--approved-by"), QStringLiteral("niaj")}) ||
        !run({QStringLiteral("roster"), QStringLiteral("set"),
              resources + QStringLiteral("/roster/demo.yaml")}))
        return false;
    for (const TestUser &user : kUsers) {
        if (!m_process->addUser(QString::fromLatin1(user.name), QString::fromLatin1(user.role),
                                QString::fromLatin1(kPassword), error))
            return false;
    }
    m_ingestKey = m_process->addIngestKey(QStringLiteral("gui-tests"), error);
    if (m_ingestKey.isEmpty())
        return false;
    return m_process->start(extraArguments, error);
}

int DesktopTestServer::ingest(const QJsonValue &alerts, QString *error)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/api/v1/alerts"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_ingestKey.toUtf8());
    // The test trusts exactly the certificate this server created.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_process->certificatePath()));
    request.setSslConfiguration(tls);
    const QByteArray body = alerts.isArray()
                                ? QJsonDocument(alerts.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(alerts.toObject()).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        if (error)
            *error = QStringLiteral("ingest answered %1: %2 %3")
                         .arg(status)
                         .arg(reply->errorString(), QString::fromUtf8(reply->readAll()));
    }
    reply->deleteLater();
    return status;
}

} // namespace icc::test
