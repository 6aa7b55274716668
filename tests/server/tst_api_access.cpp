// Sessions, users and ingest keys over real TLS against an in-process
// ServerApp: every status code of AuthRoutes, UserRoutes and IngestKeyRoutes
// and the role rules in front of them.

#include "ApiClient.h"
#include "AuthService.h"
#include "ManualClock.h"
#include "ServerApp.h"
#include "SqlServerStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace icc;
using test::ApiClient;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

} // namespace

class TestApiAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock;
    std::unique_ptr<ServerApp> m_app;
    QString m_ingestKey;

    std::unique_ptr<ApiClient> client(const QString &bearer = {})
    {
        auto api = std::make_unique<ApiClient>(
            QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_app->port())),
            ApiClient::certificateFromFile(m_app->certificatePath()));
        api->setBearer(bearer);
        return api;
    }

    // A client logged in as a user of that role ("<role>1", created on demand).
    std::unique_ptr<ApiClient> as(const QString &role)
    {
        const QString name = role + QStringLiteral("1");
        QString error;
        if (!m_app->store().userByName(name))
            m_app->auth().addUser(name, role, kPassword, &error);
        auto api = client();
        if (!api->login(name, kPassword, &error))
            qWarning("%s", qPrintable(error));
        return api;
    }

    static QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
    {
        QJsonObject result;
        for (const auto &[key, value] : fields)
            result.insert(key, value);
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        ServerOptions options;
        options.dataDir = m_dir->path();
        options.listenPort = 0;
        options.fastPasswordHashing = true;
        options.tickIntervalMs = 0;
        m_app = std::make_unique<ServerApp>(options, m_clock);
        QString error;
        QVERIFY2(m_app->start(&error), qPrintable(error));
        const auto key = m_app->auth().addIngestKey(QStringLiteral("prometheus"), &error);
        QVERIFY2(key, qPrintable(error));
        m_ingestKey = *key;
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    // --- login / logout / me ------------------------------------------------------

    void loginAnswersTokenExpiryAndUser()
    {
        QString error;
        QVERIFY(m_app->auth().addUser(QStringLiteral("alice"), QStringLiteral("reviewer"),
                                      kPassword, &error));
        auto api = client();
        const auto response =
            api->post(QStringLiteral("/api/v1/auth/login"),
                      object({{QStringLiteral("username"), QStringLiteral("Alice")},
                              {QStringLiteral("password"), kPassword}}));
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json();
        QVERIFY(!body.value(QStringLiteral("token")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2026-01-15T15:00:00.000Z")); // 12 h after the clock's now
        QCOMPARE(body.value(QStringLiteral("user")).toObject(),
                 object({{QStringLiteral("name"), QStringLiteral("alice")},
                         {QStringLiteral("role"), QStringLiteral("reviewer")},
                         // what a reviewer may do, for the desktop's buttons
                         {QStringLiteral("permissions"),
                          QJsonArray{QStringLiteral("read_state"), QStringLiteral("decide_reviews"),
                                     QStringLiteral("acknowledge_pages")}}}));
        QVERIFY(!response.body.contains("hash"));

        api->setBearer(body.value(QStringLiteral("token")).toString());
        const auto me = api->get(QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
        QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("reviewer"));
        QCOMPARE(me.json().value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2026-01-15T15:00:00.000Z"));
    }

    void loginRefusesMissingFieldsAndBadCredentials()
    {
        QString error;
        QVERIFY(m_app->auth().addUser(QStringLiteral("alice"), QStringLiteral("reviewer"),
                                      kPassword, &error));
        auto api = client();
        auto response = api->post(QStringLiteral("/api/v1/auth/login"),
                                  object({{QStringLiteral("password"), kPassword}}));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("username"));
        response = api->post(QStringLiteral("/api/v1/auth/login"),
                             object({{QStringLiteral("username"), QStringLiteral("alice")}}));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("password"));
        response = api->send("POST", QStringLiteral("/api/v1/auth/login"), "{", "application/json");
        QCOMPARE(response.status, 400);
        response = api->send("POST", QStringLiteral("/api/v1/auth/login"), "user=alice",
                             "application/x-www-form-urlencoded");
        QCOMPARE(response.status, 415);

        response =
            api->post(QStringLiteral("/api/v1/auth/login"),
                      object({{QStringLiteral("username"), QStringLiteral("alice")},
                              {QStringLiteral("password"), QStringLiteral("wrong guess!")}}));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized"));
        const auto unknown =
            api->post(QStringLiteral("/api/v1/auth/login"),
                      object({{QStringLiteral("username"), QStringLiteral("mallory")},
                              {QStringLiteral("password"), kPassword}}));
        QCOMPARE(unknown.status, 401);
        // One answer for an unknown name and a wrong password: names stay secret.
        QCOMPARE(unknown.json(), response.json());
    }

    void loginIsThrottledWithRetryAfter()
    {
        QString error;
        QVERIFY(m_app->auth().addUser(QStringLiteral("alice"), QStringLiteral("reviewer"),
                                      kPassword, &error));
        auto api = client();
        const QJsonObject wrong{{QStringLiteral("username"), QStringLiteral("alice")},
                                {QStringLiteral("password"), QStringLiteral("wrong guess!")}};
        for (int attempt = 0; attempt < 5; ++attempt)
            QCOMPARE(api->post(QStringLiteral("/api/v1/auth/login"), wrong).status, 401);
        // Locked out: even the right password gets no answer about itself.
        const QJsonObject right{{QStringLiteral("username"), QStringLiteral("alice")},
                                {QStringLiteral("password"), kPassword}};
        const auto locked = api->post(QStringLiteral("/api/v1/auth/login"), right);
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.header("Retry-After").toInt() > 0);
        QVERIFY(locked.json().value(QStringLiteral("token")).isUndefined());

        m_clock.advanceMinutes(16);
        QCOMPARE(api->post(QStringLiteral("/api/v1/auth/login"), right).status, 200);
    }

    void logoutKillsTheToken()
    {
        auto api = as(QStringLiteral("responder"));
        QCOMPARE(api->get(QStringLiteral("/api/v1/auth/me")).status, 200);
        const auto response = api->send("POST", QStringLiteral("/api/v1/auth/logout"), {}, {});
        QCOMPARE(response.status, 204);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(api->get(QStringLiteral("/api/v1/auth/me")).status, 401);
        QCOMPARE(api->send("POST", QStringLiteral("/api/v1/auth/logout"), {}, {}).status, 401);
    }

    void sessionEndpointsNeedAUser()
    {
        auto anonymous = client();
        QCOMPARE(anonymous->get(QStringLiteral("/api/v1/auth/me")).status, 401);
        QCOMPARE(anonymous->send("POST", QStringLiteral("/api/v1/auth/logout"), {}, {}).status,
                 401);
        auto key = client(m_ingestKey);
        QCOMPARE(key->get(QStringLiteral("/api/v1/auth/me")).status, 403);
        QCOMPARE(key->send("POST", QStringLiteral("/api/v1/auth/logout"), {}, {}).status, 403);
        auto stale = client(QStringLiteral("not-a-token"));
        QCOMPARE(stale->get(QStringLiteral("/api/v1/auth/me")).status, 401);
    }

    // --- users --------------------------------------------------------------------

    void adminCreatesListsAndDisablesUsers()
    {
        auto admin = as(QStringLiteral("admin"));
        auto created = admin->post(QStringLiteral("/api/v1/users"),
                                   object({{QStringLiteral("name"), QStringLiteral("Bob")},
                                           {QStringLiteral("role"), QStringLiteral("commander")},
                                           {QStringLiteral("password"), kPassword}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("name")).toString(), QStringLiteral("bob"));
        QCOMPARE(created.json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("commander"));
        QCOMPARE(created.json().value(QStringLiteral("disabled")).toBool(), false);
        QVERIFY(!created.body.contains("hash"));
        QVERIFY(!created.body.contains("argon2"));

        const auto listed = admin->get(QStringLiteral("/api/v1/users"));
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains("hash"));
        QVERIFY(!listed.body.contains("argon2"));
        QStringList names;
        for (const QJsonValue &user : listed.json().value(QStringLiteral("users")).toArray())
            names << user.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("bob")));
        QVERIFY(names.contains(QStringLiteral("admin1")));

        auto bob = client();
        QString error;
        QVERIFY2(bob->login(QStringLiteral("bob"), kPassword, &error), qPrintable(error));

        const auto disabled =
            admin->send("POST", QStringLiteral("/api/v1/users/bob/disable"), {}, {});
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json().value(QStringLiteral("disabled")).toBool(), true);
        // The open session dies with the account, and no new one is given.
        QCOMPARE(bob->get(QStringLiteral("/api/v1/auth/me")).status, 401);
        QVERIFY(!client()->login(QStringLiteral("bob"), kPassword, &error));
        QVERIFY(error.contains(QStringLiteral("401")));
        // Idempotent.
        QCOMPARE(admin->send("POST", QStringLiteral("/api/v1/users/bob/disable"), {}, {}).status,
                 200);
    }

    void userCreationRefusesBadInput()
    {
        auto admin = as(QStringLiteral("admin"));
        const auto post = [&](const QJsonObject &body) {
            return admin->post(QStringLiteral("/api/v1/users"), body);
        };
        auto response = post(object({{QStringLiteral("role"), QStringLiteral("reviewer")},
                                     {QStringLiteral("password"), kPassword}}));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json().value(QStringLiteral("field")).toString(), QStringLiteral("name"));
        response = post(object({{QStringLiteral("name"), QStringLiteral("carol")},
                                {QStringLiteral("role"), QStringLiteral("overlord")},
                                {QStringLiteral("password"), kPassword}}));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json().value(QStringLiteral("field")).toString(), QStringLiteral("role"));
        response = post(object({{QStringLiteral("name"), QStringLiteral("carol")},
                                {QStringLiteral("role"), QStringLiteral("reviewer")},
                                {QStringLiteral("password"), QStringLiteral("short")}}));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("password"));
        response = post(object({{QStringLiteral("name"), QStringLiteral("admin1")},
                                {QStringLiteral("role"), QStringLiteral("reviewer")},
                                {QStringLiteral("password"), kPassword}}));
        QCOMPARE(response.status, 409);
        QCOMPARE(response.json().value(QStringLiteral("field")).toString(), QStringLiteral("name"));
        QVERIFY(!m_app->store().userByName(QStringLiteral("carol")));

        QCOMPARE(admin->send("POST", QStringLiteral("/api/v1/users/nobody/disable"), {}, {}).status,
                 404);
        // An admin cannot lock themselves out.
        QCOMPARE(admin->send("POST", QStringLiteral("/api/v1/users/admin1/disable"), {}, {}).status,
                 409);
        QVERIFY(!m_app->store().userByName(QStringLiteral("admin1"))->disabled);
    }

    void onlyAdminsManageUsersAndKeys()
    {
        const QJsonObject newUser{{QStringLiteral("name"), QStringLiteral("eve")},
                                  {QStringLiteral("role"), QStringLiteral("admin")},
                                  {QStringLiteral("password"), kPassword}};
        for (const QString &role : {QStringLiteral("responder"), QStringLiteral("reviewer"),
                                    QStringLiteral("commander"), QStringLiteral("facilitator")}) {
            auto api = as(role);
            QCOMPARE(api->post(QStringLiteral("/api/v1/users"), newUser).status, 403);
            QCOMPARE(api->get(QStringLiteral("/api/v1/users")).status, 403);
            QCOMPARE(
                api->send("POST", QStringLiteral("/api/v1/users/admin1/disable"), {}, {}).status,
                403);
            QCOMPARE(api->get(QStringLiteral("/api/v1/ingest-keys")).status, 403);
            QCOMPARE(api->post(QStringLiteral("/api/v1/ingest-keys"),
                               object({{QStringLiteral("name"), QStringLiteral("x")}}))
                         .status,
                     403);
            QCOMPARE(api->send("DELETE", QStringLiteral("/api/v1/ingest-keys/prometheus"), {}, {})
                         .status,
                     403);
        }
        auto key = client(m_ingestKey);
        QCOMPARE(key->post(QStringLiteral("/api/v1/users"), newUser).status, 403);
        QCOMPARE(key->get(QStringLiteral("/api/v1/ingest-keys")).status, 403);
        auto anonymous = client();
        QCOMPARE(anonymous->post(QStringLiteral("/api/v1/users"), newUser).status, 401);
        QCOMPARE(anonymous->get(QStringLiteral("/api/v1/ingest-keys")).status, 401);
        QVERIFY(!m_app->store().userByName(QStringLiteral("eve")));
        QVERIFY(!m_app->store().ingestKeys().constFirst().revokedAt.isValid());
    }

    // --- ingest keys --------------------------------------------------------------

    void ingestKeysAreShownOnceAndRevocable()
    {
        auto admin = as(QStringLiteral("admin"));
        const auto created = admin->post(QStringLiteral("/api/v1/ingest-keys"),
                                         object({{QStringLiteral("name"), QStringLiteral("pd")}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("name")).toString(), QStringLiteral("pd"));
        const QString key = created.json().value(QStringLiteral("key")).toString();
        QVERIFY(!key.isEmpty());

        const auto listed = admin->get(QStringLiteral("/api/v1/ingest-keys"));
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(key.toUtf8()));
        QVERIFY(!listed.body.contains("hash"));
        const QJsonArray keys = listed.json().value(QStringLiteral("ingest_keys")).toArray();
        QCOMPARE(keys.size(), 2);
        for (const QJsonValue &entry : keys) {
            QCOMPARE(entry.toObject().value(QStringLiteral("revoked")).toBool(), false);
            QVERIFY(entry.toObject().value(QStringLiteral("revoked_at")).isNull());
            QVERIFY(!entry.toObject().value(QStringLiteral("created_at")).toString().isEmpty());
        }

        // The new key delivers alerts.
        auto source = client(key);
        const QJsonObject alert{{QStringLiteral("summary"), QStringLiteral("disk full on db-1")},
                                {QStringLiteral("severity"), QStringLiteral("warning")}};
        QCOMPARE(source->post(QStringLiteral("/api/v1/alerts"), alert).status, 202);

        QCOMPARE(admin
                     ->post(QStringLiteral("/api/v1/ingest-keys"),
                            object({{QStringLiteral("name"), QStringLiteral("pd")}}))
                     .status,
                 409);
        const auto missing = admin->post(QStringLiteral("/api/v1/ingest-keys"), QJsonObject());
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.json().value(QStringLiteral("field")).toString(), QStringLiteral("name"));

        const auto revoked =
            admin->send("DELETE", QStringLiteral("/api/v1/ingest-keys/pd"), {}, {});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json().value(QStringLiteral("revoked")).toBool(), true);
        QCOMPARE(source->post(QStringLiteral("/api/v1/alerts"), alert).status, 401);
        QCOMPARE(admin->send("DELETE", QStringLiteral("/api/v1/ingest-keys/pd"), {}, {}).status,
                 409);
        QCOMPARE(admin->send("DELETE", QStringLiteral("/api/v1/ingest-keys/none"), {}, {}).status,
                 404);
        // Revoked names stay taken: a new key never inherits an old key's history.
        QCOMPARE(admin
                     ->post(QStringLiteral("/api/v1/ingest-keys"),
                            object({{QStringLiteral("name"), QStringLiteral("pd")}}))
                     .status,
                 409);
    }
};

QTEST_GUILESS_MAIN(TestApiAccess)
#include "tst_api_access.moc"
