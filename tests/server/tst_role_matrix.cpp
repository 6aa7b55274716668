#include "AccessPolicy.h"
#include "ApiClient.h"
#include "AuthService.h"
#include "HttpApi.h"
#include "ManualClock.h"
#include "PostgresTestSchema.h"
#include "ProcessWait.h"
#include "ServerApp.h"

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <memory>

using namespace icc;
using namespace icc::test;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");
constexpr int kRequestTimeoutMs = 30000;
const QString kPassword = QStringLiteral("matrix-password-1");
// Path arguments are filled with this: it converts to every type Qt's router
// accepts (strings, integers, doubles), so each request reaches the access
// check of its route instead of an "argument did not convert" 404.
const QString kDummyArgument = QStringLiteral("1");

// The only routes anyone may call without a credential. A route that becomes
// public by mistake (Permission::Public on a write, say) fails this list.
const QStringList kExpectedPublicRoutes = {
    QStringLiteral("GET /healthz"),
    QStringLiteral("POST /api/v1/auth/login"),
};

struct MethodName
{
    QHttpServerRequest::Method method;
    QByteArray name;
    bool hasBody;
};

const MethodName kMethods[] = {
    {QHttpServerRequest::Method::Get, "GET", false},
    {QHttpServerRequest::Method::Head, "HEAD", false},
    {QHttpServerRequest::Method::Post, "POST", true},
    {QHttpServerRequest::Method::Put, "PUT", true},
    {QHttpServerRequest::Method::Patch, "PATCH", true},
    {QHttpServerRequest::Method::Delete, "DELETE", false},
    {QHttpServerRequest::Method::Options, "OPTIONS", false},
};

QString routeLabel(const QByteArray &method, const QString &pattern)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + pattern;
}

} // namespace

// The endpoint x role matrix over real TLS, against the route table of a
// fully assembled server: every registered route, every method, every kind of
// caller. A route added later is walked without any change here.
class TestRoleMatrix : public QObject
{
    Q_OBJECT

private:
    // One kind of caller: who it is for AccessPolicy, and how it gets a
    // credential. Users get a fresh session per request, so a route that ends
    // a session (logout) or changes a user cannot spoil the cells after it.
    struct CallerKind
    {
        QString label;
        Caller caller;
        std::function<QString()> credential; // empty string: no Authorization header
    };

    struct Answer
    {
        int status = 0;
        QString detail;
    };

    QString backend() const
    {
        return QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    }

    QString freshSession(const QString &user)
    {
        const AuthService::LoginResult login = m_app->auth().login(user, kPassword);
        if (!login.ok())
            qWarning().noquote() << "login as" << user << "failed:" << login.message;
        return login.token;
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_app->port()).arg(path);
    }

    Answer sendHttp(const MethodName &method, const QString &path, const QString &credential)
    {
        ApiClient &client = *m_client;
        client.setBearer(credential);
        const ApiClient::Response response =
            method.hasBody ? client.send(method.name, path, QByteArrayLiteral("{}"),
                                         QByteArrayLiteral("application/json"), kRequestTimeoutMs)
                           : client.send(method.name, path, {}, {}, kRequestTimeoutMs);
        return Answer{response.status,
                      response.status == 0
                          ? response.networkError
                          : response.json().value(QStringLiteral("error")).toString()};
    }

    // A WebSocket route answers on the upgrade: open (then a ping gets its
    // pong) or closed with 1008 and "<error code>: detail" as the reason.
    // Mapped onto statuses for one matrix: 101 open, 401 / 403 refused.
    Answer openWebSocket(const QString &path, const QString &credential)
    {
        QWebSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_certificate});
        socket.setSslConfiguration(tls);
        bool ponged = false;
        bool closed = false;
        connect(&socket, &QWebSocket::connected, &socket, [&socket] { socket.ping("matrix"); });
        connect(&socket, &QWebSocket::pong, &socket, [&ponged] { ponged = true; });
        connect(&socket, &QWebSocket::disconnected, &socket, [&closed] { closed = true; });
        QNetworkRequest request(
            QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(m_app->port()).arg(path)));
        if (!credential.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + credential.toUtf8());
        socket.open(request);
        // A refusal is sent right after the handshake, before the server reads
        // the ping, so a pong means the socket was accepted.
        const bool settled = waitUntil([&] { return ponged || closed; }, kRequestTimeoutMs, 5);
        Answer answer;
        if (!settled) {
            answer.detail = QStringLiteral("no answer");
        } else if (ponged && !closed) {
            answer.status = 101;
        } else {
            const QString reason = socket.closeReason();
            answer.detail = reason;
            if (reason.startsWith(QLatin1String("unauthorized")))
                answer.status = 401;
            else if (reason.startsWith(QLatin1String("forbidden")))
                answer.status = 403;
            else
                answer.status = 1000 + socket.closeCode();
        }
        socket.abort();
        return answer;
    }

    // Every route and method as "METHOD /pattern" with how to call it.
    struct Cell
    {
        QString label;
        MethodName method;
        QString path;
        Permission permission;
        bool webSocket;
    };

    QList<Cell> cells(QString *unhandled) const
    {
        QList<Cell> result;
        for (const HttpApi::RouteDescription &route : m_app->api().routeTable()) {
            QString path = route.pathPattern;
            path.replace(QStringLiteral("<arg>"), kDummyArgument);
            HttpApi::Methods remaining = route.methods;
            for (const MethodName &method : kMethods) {
                if (!route.methods.testFlag(method.method))
                    continue;
                remaining &= ~HttpApi::Methods(method.method);
                result.append(Cell{routeLabel(method.name, route.pathPattern), method, path,
                                   route.permission, route.webSocket});
            }
            if (remaining)
                *unhandled += route.pathPattern + QLatin1Char(' ');
        }
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresTestSchema> m_schema;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ServerApp> m_app;
    QSslCertificate m_certificate;
    std::unique_ptr<ApiClient> m_client; // one, so connections are reused
    QList<CallerKind> m_callers;

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << kSqlite;
        QTest::newRow("postgresql") << kPostgres;
    }

    void initTestCase()
    {
        if (PostgresTestSchema::serverUrlText().isEmpty())
            qWarning("%s", PostgresTestSchema::skipMessage());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        ServerOptions options;
        options.dataDir = m_dir->path();
        options.listenPort = 0;
        options.fastPasswordHashing = true;
        options.tickIntervalMs = 0;
        if (backend == kPostgres) {
            if (PostgresTestSchema::serverUrlText().isEmpty())
                QSKIP(PostgresTestSchema::skipMessage());
            m_schema = std::make_unique<PostgresTestSchema>();
            QString error;
            QVERIFY2(m_schema->create(QStringLiteral("matrix"), &error), qPrintable(error));
            options.databaseUrl = m_schema->urlText();
        }
        m_clock = std::make_unique<ManualClock>();
        m_app = std::make_unique<ServerApp>(options, *m_clock);
        QString error;
        QVERIFY2(m_app->start(&error), qPrintable(error));
        m_certificate = ApiClient::certificateFromFile(m_app->certificatePath());
        QVERIFY(!m_certificate.isNull());
        m_client = std::make_unique<ApiClient>(QUrl(url(QStringLiteral("/"))), m_certificate);

        // Id 1 of users and ingest keys belongs to bystanders: a route that
        // acts on "<arg>" = 1 (disable, revoke) must not hit the callers.
        QVERIFY2(m_app->auth().addUser(QStringLiteral("bystander"), QStringLiteral("responder"),
                                       kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_app->auth().addIngestKey(QStringLiteral("bystander-key"), &error),
                 qPrintable(error));

        m_callers.clear();
        for (const Role role : allRoles()) {
            const QString name = QStringLiteral("matrix-") + toString(role);
            QVERIFY2(m_app->auth().addUser(name, toString(role), kPassword, &error),
                     qPrintable(error));
            Caller caller;
            caller.kind = Caller::Kind::User;
            caller.name = name;
            caller.role = role;
            m_callers.append({toString(role), caller, [this, name] {
                                  return freshSession(name);
                              }});
        }
        const std::optional<QString> key =
            m_app->auth().addIngestKey(QStringLiteral("matrix-ingest"), &error);
        QVERIFY2(key, qPrintable(error));
        Caller ingest;
        ingest.kind = Caller::Kind::IngestKey;
        ingest.name = QStringLiteral("matrix-ingest");
        m_callers.append({QStringLiteral("ingest-key"), ingest, [value = *key] {
                              return value;
                          }});
        m_callers.append({QStringLiteral("anonymous"), Caller{}, [] {
                              return QString();
                          }});
    }

    void cleanup()
    {
        m_client.reset();
        m_app.reset();
        m_schema.reset(); // after the server: its connection is closed
        m_dir.reset();
    }

    // The table really is the server's: the routes every build has are in
    // it, and it is more than a stub.
    void routeTableIsTheServers()
    {
        QStringList labels;
        QString unhandled;
        for (const Cell &cell : cells(&unhandled))
            labels.append(cell.label);
        QVERIFY2(unhandled.isEmpty(),
                 qPrintable(QStringLiteral("methods the matrix cannot send on: ") + unhandled));
        QVERIFY2(labels.contains(QStringLiteral("GET /healthz")), qPrintable(labels.join(u'\n')));
        // The routes the issue names, so a table that lost them cannot pass.
        const QStringList named = {
            QStringLiteral("GET /api/v1/events"),
            QStringLiteral("POST /api/v1/auth/login"),
            QStringLiteral("POST /api/v1/alerts/alertmanager"),
            QStringLiteral("POST /api/v1/alerts/pagerduty"),
            QStringLiteral("POST /api/v1/alerts"),
            QStringLiteral("GET /api/v1/alerts"),
            QStringLiteral("GET /api/v1/audit/verify"),
            // The desktop's: matcher view, review panel history, post-mortem.
            QStringLiteral("POST /api/v1/runbooks/match"),
            QStringLiteral("GET /api/v1/actions/history"),
            QStringLiteral("GET /api/v1/incidents/<arg>/postmortem"),
            QStringLiteral("PUT /api/v1/incidents/<arg>/postmortem"),
        };
        for (const QString &route : named)
            QVERIFY2(labels.contains(route),
                     qPrintable(route + QStringLiteral(" missing from:\n") + labels.join(u'\n')));
        qInfo().noquote() << "route table:" << labels.size() << "route methods";
    }

    // Public is the exception, named here: a new route is never public by
    // accident.
    void onlyTheNamedRoutesArePublic()
    {
        QString unhandled;
        QStringList unexpected;
        for (const Cell &cell : cells(&unhandled)) {
            if (cell.permission == Permission::Public &&
                !kExpectedPublicRoutes.contains(cell.label))
                unexpected.append(cell.label);
        }
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(QStringLiteral("routes public without being meant to: ") +
                            unexpected.join(QStringLiteral(", "))));
    }

    // Every route x method x caller: refused exactly when AccessPolicy says
    // no (401 without a credential, 403 with one that lacks the permission);
    // never refused for access when it says yes (404, 400, 422, 409 ... are
    // the handler's business).
    void everyCallerIsAnsweredAsThePolicySays()
    {
        QString unhandled;
        const QList<Cell> all = cells(&unhandled);
        QVERIFY(!all.isEmpty());

        QStringList header{QStringLiteral("route (permission)")};
        for (const CallerKind &kind : std::as_const(m_callers))
            header.append(kind.label);
        QStringList rows{header.join(QLatin1Char('\t'))};
        QStringList failures;

        for (const Cell &cell : all) {
            QStringList row{cell.label + QStringLiteral(" (") + toString(cell.permission) +
                            QLatin1Char(')')};
            for (const CallerKind &kind : std::as_const(m_callers)) {
                const QString credential = kind.credential();
                if (kind.caller.isUser() && credential.isEmpty()) {
                    failures.append(QStringLiteral("no session for ") + kind.label);
                    row.append(QStringLiteral("?"));
                    continue;
                }
                const Answer answer = cell.webSocket ? openWebSocket(cell.path, credential)
                                                     : sendHttp(cell.method, cell.path, credential);
                const bool allowed = AccessPolicy::allows(kind.caller, cell.permission);
                bool right = false;
                if (allowed) {
                    right = answer.status != 0 && answer.status != 401 && answer.status != 403 &&
                            (!cell.webSocket || answer.status == 101);
                } else {
                    const int expected = kind.caller.kind == Caller::Kind::Anonymous ? 401 : 403;
                    right = answer.status == expected;
                }
                row.append(QString::number(answer.status) +
                           (right ? QString() : QStringLiteral("!")));
                if (!right)
                    failures.append(QStringLiteral("%1 as %2: %3 (%4), policy %5")
                                        .arg(cell.label, kind.label)
                                        .arg(answer.status)
                                        .arg(answer.detail, allowed ? QStringLiteral("allows")
                                                                    : QStringLiteral("refuses")));
            }
            rows.append(row.join(QLatin1Char('\t')));
        }
        if (!failures.isEmpty())
            qWarning().noquote() << "endpoint x role matrix (! = wrong):\n" << rows.join(u'\n');
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // A credential that is not valid is a 401 on every route that needs one,
    // whatever the route: it is never read as anonymous or as someone else.
    void invalidCredentialIsUnauthorizedEverywhere()
    {
        QString unhandled;
        QStringList failures;
        int checked = 0;
        const QString forged = QStringLiteral("not-a-valid-token-0123456789abcdef");
        for (const Cell &cell : cells(&unhandled)) {
            if (cell.permission == Permission::Public)
                continue;
            const Answer answer = cell.webSocket ? openWebSocket(cell.path, forged)
                                                 : sendHttp(cell.method, cell.path, forged);
            ++checked;
            if (answer.status != 401)
                failures.append(QStringLiteral("%1: %2 (%3)")
                                    .arg(cell.label)
                                    .arg(answer.status)
                                    .arg(answer.detail));
        }
        QVERIFY(checked > 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_role_matrix.moc"
