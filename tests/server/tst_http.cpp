// The HTTP framework of icc-server over real TLS on loopback: routing, the
// central rules (auth, permission, 404/405/413, security headers), JSON body
// errors, deferred answers, and no plain-HTTP service on the TLS port.

#include "ApiError.h"
#include "HttpApi.h"
#include "JsonFields.h"
#include "OpensslTestCertificate.h"
#include "TableAuthenticator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace icc;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

} // namespace

class TestHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void answersJson();
    void passesTypedPathArguments();
    void refusesMissingCredentialWith401();
    void refusesInvalidCredentialWith401();
    void refusesRoleWithoutPermissionWith403();
    void publicRouteNeedsNoCredential();
    void answersWrongMethodWith405AndAllow();
    void answersUnknownPathWithJson404();
    void answersUnconvertibleArgumentWith404();
    void refusesOversizedBodyWith413();
    void cutsOffStreamedBodyOverLimit_data();
    void cutsOffStreamedBodyOverLimit();
    void namesOffsetOfMalformedJson();
    void refusesWrongContentTypeWith415();
    void namesMissingFieldWith422();
    void namesWronglyTypedFieldWith422();
    void putsSecurityHeadersOnEveryResponse();
    void answersDeferredRequestLater();
    void dropsDeferredAnswerOfDisconnectedClient();
    void refusesToListenWithoutTls();
    void givesPlainHttpNoService();
    void mapsEveryErrorKind();

private:
    Answer send(const QByteArray &method, const QString &path, const QByteArray &token = {},
                const QByteArray &body = {},
                const QByteArray &contentType = QByteArrayLiteral("application/json"));

    std::unique_ptr<test::OpensslTestCertificate> m_certificate;
    test::TableAuthenticator m_auth;
    std::unique_ptr<HttpApi> m_api;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::vector<DeferredReply> m_deferred;
    int m_thingsHandled = 0;
};

void TestHttp::initTestCase()
{
    m_certificate = std::make_unique<test::OpensslTestCertificate>();
    QVERIFY2(m_certificate->isValid(), qPrintable(m_certificate->errorString()));

    m_auth.addUser("responder-token", QStringLiteral("rita"), Role::Responder);
    m_auth.addUser("admin-token", QStringLiteral("ada"), Role::Admin);
    m_auth.grant(Role::Responder, Permission::ReadState);
    m_auth.grant(Role::Admin, Permission::ReadState);
    m_auth.grant(Role::Admin, Permission::ManageUsers);

    m_api = std::make_unique<HttpApi>(m_auth, m_auth);
    m_api->setMaxBodyBytes(4096);
    m_api->setTls(m_certificate->certificate(), m_certificate->key());

    m_api->addRoute(HttpApi::Get, QStringLiteral("/api/v1/things"), Permission::ReadState,
                    [this](RequestContext &context) -> Reply {
                        ++m_thingsHandled;
                        return QJsonObject{{QStringLiteral("things"), QJsonArray{}},
                                           {QStringLiteral("caller"), context.caller().name}};
                    });
    m_api->addRoute(HttpApi::Post, QStringLiteral("/api/v1/things"), Permission::ManageUsers,
                    [](RequestContext &context) -> Reply {
                        const auto body = context.jsonObject();
                        if (!body)
                            return body.error();
                        JsonFields fields(*body);
                        const QString name = fields.requiredString(QStringLiteral("name"));
                        const qint64 size = fields.requiredInteger(QStringLiteral("size"));
                        if (!fields.ok())
                            return *fields.error();
                        return ApiResponse::json(QJsonObject{{QStringLiteral("name"), name},
                                                             {QStringLiteral("size"), size}},
                                                 201);
                    });
    m_api->addRoute(
        HttpApi::Get | HttpApi::Delete, QStringLiteral("/api/v1/things/<arg>/parts/<arg>"),
        Permission::ReadState, [](RequestContext &, qint64 thing, const QString &part) -> Reply {
            return QJsonObject{{QStringLiteral("thing"), thing}, {QStringLiteral("part"), part}};
        });
    m_api->addRoute(HttpApi::Get, QStringLiteral("/api/v1/open"), Permission::Public,
                    [](RequestContext &context) -> Reply {
                        return QJsonObject{{QStringLiteral("anonymous"),
                                            context.caller().kind == Caller::Kind::Anonymous}};
                    });
    m_api->addRoute(HttpApi::Post, QStringLiteral("/api/v1/later"), Permission::ReadState,
                    [this](RequestContext &context) -> Reply {
                        m_deferred.push_back(context.defer());
                        return Reply::deferred();
                    });

    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(m_port != 0, qPrintable(m_api->errorString()));
}

void TestHttp::cleanupTestCase()
{
    m_deferred.clear();
    m_api.reset();
}

Answer TestHttp::send(const QByteArray &method, const QString &path, const QByteArray &token,
                      const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1%2").arg(m_port).arg(path)));
    request.setSslConfiguration(m_certificate->clientConfiguration());
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        qWarning("no answer to %s %s", method.constData(), qPrintable(path));
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    return answer;
}

void TestHttp::answersJson()
{
    const Answer answer = send("GET", QStringLiteral("/api/v1/things"), "responder-token");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(answer.json.value(QStringLiteral("caller")).toString(), QStringLiteral("rita"));
    QVERIFY(answer.json.value(QStringLiteral("things")).isArray());
}

void TestHttp::passesTypedPathArguments()
{
    const Answer answer =
        send("GET", QStringLiteral("/api/v1/things/42/parts/wheel"), "responder-token");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QStringLiteral("thing")).toInteger(), 42);
    QCOMPARE(answer.json.value(QStringLiteral("part")).toString(), QStringLiteral("wheel"));
}

void TestHttp::refusesMissingCredentialWith401()
{
    const int handledBefore = m_thingsHandled;
    const Answer answer = send("GET", QStringLiteral("/api/v1/things"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(!answer.json.value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(answer.headers.value("www-authenticate"), QByteArrayLiteral("Bearer"));
    QCOMPARE(m_thingsHandled, handledBefore); // the handler never ran
}

void TestHttp::refusesInvalidCredentialWith401()
{
    const int handledBefore = m_thingsHandled;
    const Answer answer = send("GET", QStringLiteral("/api/v1/things"), "forged-token");
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(answer.headers.value("www-authenticate"), QByteArrayLiteral("Bearer"));
    QCOMPARE(m_thingsHandled, handledBefore);
}

void TestHttp::refusesRoleWithoutPermissionWith403()
{
    const Answer answer = send("POST", QStringLiteral("/api/v1/things"), "responder-token",
                               R"({"name": "x", "size": 1})");
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    QVERIFY2(answer.json.value(QStringLiteral("detail"))
                 .toString()
                 .contains(QStringLiteral("manage_users")),
             answer.body.constData());

    const Answer allowed = send("POST", QStringLiteral("/api/v1/things"), "admin-token",
                                R"({"name": "x", "size": 1})");
    QCOMPARE(allowed.status, 201);
    QCOMPARE(allowed.json.value(QStringLiteral("name")).toString(), QStringLiteral("x"));
}

void TestHttp::publicRouteNeedsNoCredential()
{
    const Answer anonymous = send("GET", QStringLiteral("/api/v1/open"));
    QCOMPARE(anonymous.status, 200);
    QCOMPARE(anonymous.json.value(QStringLiteral("anonymous")).toBool(), true);
    // A stale token must not lock anyone out of a public route.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/open"), "stale-token").status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/open"), "admin-token")
                 .json.value(QStringLiteral("anonymous"))
                 .toBool(),
             false);
}

void TestHttp::answersWrongMethodWith405AndAllow()
{
    const Answer answer = send("PUT", QStringLiteral("/api/v1/things"), "admin-token", "{}");
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("method_not_allowed"));
    QCOMPARE(answer.headers.value("allow"), QByteArrayLiteral("GET, POST"));

    const Answer withArguments =
        send("POST", QStringLiteral("/api/v1/things/7/parts/x"), "admin-token", "{}");
    QCOMPARE(withArguments.status, 405);
    QCOMPARE(withArguments.headers.value("allow"), QByteArrayLiteral("GET, DELETE"));
}

void TestHttp::answersUnknownPathWithJson404()
{
    for (const QString &path :
         {QStringLiteral("/api/v1/nothing"), QStringLiteral("/api/v1/things/extra/segment/more/x"),
          QStringLiteral("/")}) {
        const Answer answer = send("GET", path, "admin-token");
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.headers.value("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_found"));
    }
}

void TestHttp::answersUnconvertibleArgumentWith404()
{
    const Answer answer =
        send("GET", QStringLiteral("/api/v1/things/abc/parts/wheel"), "admin-token");
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
}

void TestHttp::refusesOversizedBodyWith413()
{
    const QByteArray big = "{\"name\": \"" + QByteArray(8192, 'x') + "\", \"size\": 1}";
    const Answer answer = send("POST", QStringLiteral("/api/v1/things"), "admin-token", big);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("payload_too_large"));
    // Just under the limit is fine.
    const QByteArray fits = "{\"name\": \"" + QByteArray(3000, 'x') + "\", \"size\": 1}";
    QCOMPARE(send("POST", QStringLiteral("/api/v1/things"), "admin-token", fits).status, 201);
}

void TestHttp::cutsOffStreamedBodyOverLimit_data()
{
    QTest::addColumn<bool>("declaresLength");
    QTest::newRow("chunked") << false;
    QTest::newRow("content-length") << true;
}

// The limit holds while the body arrives: an anonymous client streaming far
// more than it (4 KiB here) is cut off long before it has sent it all, so
// the server never buffers it; other clients are still served.
void TestHttp::cutsOffStreamedBodyOverLimit()
{
    QFETCH(bool, declaresLength);
    // Over HttpApi::kMaxDrainedBodyBytes, so a declared one is not drained.
    constexpr qint64 kTotal = 64 * 1024 * 1024;
    constexpr qint64 kPiece = 64 * 1024;
    QSslSocket socket;
    socket.setSslConfiguration(m_certificate->clientConfiguration());
    socket.connectToHostEncrypted(QStringLiteral("localhost"), m_port);
    // The server runs in this thread: wait with the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 20000);
    QByteArray head = "POST /api/v1/things HTTP/1.1\r\nHost: localhost\r\n"
                      "Content-Type: application/json\r\n";
    head += declaresLength ? "Content-Length: " + QByteArray::number(kTotal) + "\r\n\r\n"
                           : QByteArray("Transfer-Encoding: chunked\r\n\r\n");
    socket.write(head);
    QByteArray received;
    connect(&socket, &QSslSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    const QByteArray piece(kPiece, 'x');
    const QByteArray chunk = QByteArray::number(kPiece, 16) + "\r\n" + piece + "\r\n";
    qint64 sent = 0;
    while (sent < kTotal && socket.state() == QAbstractSocket::ConnectedState) {
        socket.write(declaresLength ? piece : chunk);
        sent += kPiece;
        // Let the server read (and refuse) before the next piece goes out.
        QTRY_VERIFY_WITH_TIMEOUT(socket.encryptedBytesToWrite() + socket.bytesToWrite() == 0 ||
                                     socket.state() != QAbstractSocket::ConnectedState,
                                 20000);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 20000);
    QVERIFY2(sent < kTotal / 4, qPrintable(QStringLiteral("sent %1 bytes").arg(sent)));
    if (declaresLength) {
        // A declared length over the limit is answered before the body.
        QVERIFY2(received.startsWith("HTTP/1.1 413"), received.constData());
        QVERIFY(received.contains("payload_too_large"));
    }
    QCOMPARE(send("GET", QStringLiteral("/api/v1/open")).status, 200);
}

void TestHttp::namesOffsetOfMalformedJson()
{
    const Answer answer =
        send("POST", QStringLiteral("/api/v1/things"), "admin-token", R"({"name": "x",, })");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("bad_request"));
    const QString detail = answer.json.value(QStringLiteral("detail")).toString();
    QVERIFY2(
        detail.contains(QRegularExpression(QStringLiteral("^malformed JSON at offset 1[34]: "))),
        qPrintable(detail));

    QCOMPARE(send("POST", QStringLiteral("/api/v1/things"), "admin-token", "[1, 2]").status, 400);
}

void TestHttp::refusesWrongContentTypeWith415()
{
    const Answer answer = send("POST", QStringLiteral("/api/v1/things"), "admin-token",
                               R"({"name": "x", "size": 1})", "text/plain");
    QCOMPARE(answer.status, 415);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("unsupported_media_type"));
    // Parameters after the media type are fine.
    QCOMPARE(send("POST", QStringLiteral("/api/v1/things"), "admin-token",
                  R"({"name": "x", "size": 1})", "application/json; charset=utf-8")
                 .status,
             201);
}

void TestHttp::namesMissingFieldWith422()
{
    const Answer answer =
        send("POST", QStringLiteral("/api/v1/things"), "admin-token", R"({"size": 1})");
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("unprocessable"));
    QCOMPARE(answer.json.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
}

void TestHttp::namesWronglyTypedFieldWith422()
{
    const Answer answer = send("POST", QStringLiteral("/api/v1/things"), "admin-token",
                               R"({"name": "x", "size": "big"})");
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.json.value(QStringLiteral("field")).toString(), QStringLiteral("size"));
    const Answer fraction = send("POST", QStringLiteral("/api/v1/things"), "admin-token",
                                 R"({"name": "x", "size": 1.5})");
    QCOMPARE(fraction.status, 422);
    QCOMPARE(fraction.json.value(QStringLiteral("field")).toString(), QStringLiteral("size"));
}

void TestHttp::putsSecurityHeadersOnEveryResponse()
{
    const QList<Answer> answers{
        send("GET", QStringLiteral("/api/v1/things"), "responder-token"), // 200
        send("GET", QStringLiteral("/api/v1/things")),                    // 401
        send("GET", QStringLiteral("/api/v1/nothing")),                   // 404 (missing handler)
        send("PUT", QStringLiteral("/api/v1/things"), {}, "{}"),          // 405
    };
    for (const Answer &answer : answers) {
        QCOMPARE(answer.headers.value("strict-transport-security"),
                 QByteArrayLiteral("max-age=31536000"));
        QCOMPARE(answer.headers.value("x-content-type-options"), QByteArrayLiteral("nosniff"));
        QCOMPARE(answer.headers.value("cache-control"), QByteArrayLiteral("no-store"));
        QCOMPARE(answer.headers.value("content-security-policy"),
                 QByteArrayLiteral("default-src 'none'"));
        QCOMPARE(answer.headers.value("referrer-policy"), QByteArrayLiteral("no-referrer"));
    }
}

void TestHttp::answersDeferredRequestLater()
{
    m_deferred.clear();
    QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1/api/v1/later").arg(m_port)));
    request.setSslConfiguration(m_certificate->clientConfiguration());
    request.setRawHeader("Authorization", "Bearer responder-token");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArrayLiteral("{}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);

    QTRY_COMPARE_WITH_TIMEOUT(m_deferred.size(), std::size_t(1), 20000);
    QVERIFY(m_deferred.front().isPending());
    QVERIFY(m_deferred.front().isClientConnected());
    // The handler has returned, the client still waits: no answer yet.
    QCoreApplication::processEvents();
    QVERIFY(!reply->isFinished());

    QVERIFY(m_deferred.front().send(
        ApiResponse::json(QJsonObject{{QStringLiteral("committed"), true}}, 201)));
    QVERIFY(!m_deferred.front().isPending());
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                 .object()
                 .value(QStringLiteral("committed"))
                 .toBool(),
             true);
    QCOMPARE(reply->rawHeader("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    QVERIFY(!m_deferred.front().send(
        ApiError::internal(QStringLiteral("twice")))); // answered once only
    m_deferred.clear();
}

void TestHttp::dropsDeferredAnswerOfDisconnectedClient()
{
    m_deferred.clear();
    QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1/api/v1/later").arg(m_port)));
    request.setSslConfiguration(m_certificate->clientConfiguration());
    request.setRawHeader("Authorization", "Bearer responder-token");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArrayLiteral("{}")));
    QTRY_COMPARE_WITH_TIMEOUT(m_deferred.size(), std::size_t(1), 20000);
    reply->abort();
    QTRY_VERIFY_WITH_TIMEOUT(!m_deferred.front().isClientConnected(), 20000);
    // The connection (and Qt's request object) is gone: the answer is dropped, no crash.
    QVERIFY(!m_deferred.front().send(ApiResponse::noContent()));
    m_deferred.clear();
}

void TestHttp::refusesToListenWithoutTls()
{
    HttpApi plain(m_auth, m_auth);
    QCOMPARE(plain.listen(QHostAddress::LocalHost, 0), quint16(0));
    QVERIFY(plain.errorString().contains(QStringLiteral("TLS")));
}

void TestHttp::givesPlainHttpNoService()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(20000));
    socket.write("GET /api/v1/open HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 20000);
    received += socket.readAll();
    QVERIFY2(!received.contains("HTTP/1.1"), received.constData());
    QVERIFY(!received.contains("anonymous"));
}

void TestHttp::mapsEveryErrorKind()
{
    struct Case
    {
        ApiError error;
        int status;
        const char *code;
        QByteArray header;
        QByteArray headerValue;
    };
    const QList<Case> cases{
        {ApiError::badRequest(QStringLiteral("d")), 400, "bad_request", {}, {}},
        {ApiError::unauthorized(QStringLiteral("d")), 401, "unauthorized", "WWW-Authenticate",
         "Bearer"},
        {ApiError::forbidden(QStringLiteral("d")), 403, "forbidden", {}, {}},
        {ApiError::notFound(QStringLiteral("d")), 404, "not_found", {}, {}},
        {ApiError::methodNotAllowed(QStringLiteral("d"), "GET"), 405, "method_not_allowed", "Allow",
         "GET"},
        {ApiError::conflict(QStringLiteral("d")), 409, "conflict", {}, {}},
        {ApiError::payloadTooLarge(QStringLiteral("d")), 413, "payload_too_large", {}, {}},
        {ApiError::unsupportedMediaType(QStringLiteral("d")),
         415,
         "unsupported_media_type",
         {},
         {}},
        {ApiError::unprocessable(QStringLiteral("d"), QStringLiteral("f")),
         422,
         "unprocessable",
         {},
         {}},
        {ApiError::tooManyRequests(QStringLiteral("d"), 30), 429, "too_many_requests",
         "Retry-After", "30"},
        {ApiError::internal(QStringLiteral("d")), 500, "internal_error", {}, {}},
        {ApiError::unavailable(QStringLiteral("d"), 5), 503, "unavailable", "Retry-After", "5"},
    };
    for (const Case &c : cases) {
        const ApiResponse response = c.error.toResponse();
        QCOMPARE(response.status(), c.status);
        const QJsonObject body = QJsonDocument::fromJson(response.body()).object();
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QString::fromLatin1(c.code));
        QCOMPARE(body.value(QStringLiteral("detail")).toString(), QStringLiteral("d"));
        if (!c.header.isEmpty())
            QVERIFY(response.headers().contains(qMakePair(c.header, c.headerValue)));
    }
    const QJsonObject withField =
        ApiError::unprocessable(QStringLiteral("d"), QStringLiteral("f")).toJson();
    QCOMPARE(withField.value(QStringLiteral("field")).toString(), QStringLiteral("f"));
    QVERIFY(!ApiError::notFound(QStringLiteral("d")).toJson().contains(QStringLiteral("field")));
    const ApiError specific =
        ApiError::conflict(QStringLiteral("d")).withCode(QStringLiteral("stale_revision"));
    QCOMPARE(specific.httpStatus(), 409);
    QCOMPARE(specific.toJson().value(QStringLiteral("error")).toString(),
             QStringLiteral("stale_revision"));
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
