#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "ManualClock.h"
#include "SchemaMigrator.h"
#include "SqlAuditStore.h"
#include "SqlServerStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace icc;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");

QDateTime at(int hour, int minute, int msec = 0)
{
    return QDateTime(QDate(2026, 1, 15), QTime(hour, minute, 0, msec), Qt::UTC);
}

QString postgresUrlText()
{
    return qEnvironmentVariable("ICC_TEST_POSTGRES_URL");
}

} // namespace

// Every test runs once per backend (initTestCase_data): SQLite in a fresh
// temporary directory, and PostgreSQL in a fresh schema when
// ICC_TEST_POSTGRES_URL names a server.
class StorageTest : public QObject
{
    Q_OBJECT

private:
    QString backend() const
    {
        return QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    }
    bool isSqlite() const { return m_url && m_url->isSqlite(); }

    std::unique_ptr<SqlServerStore> openStore()
    {
        QString error;
        std::unique_ptr<SqlServerStore> store = SqlServerStore::open(*m_url, &error);
        if (!store)
            qWarning().noquote() << "open failed:" << error;
        return store;
    }

    std::unique_ptr<Database> openDatabase()
    {
        QString error;
        std::unique_ptr<Database> database = Database::open(*m_url, &error);
        if (!database)
            qWarning().noquote() << "open failed:" << error;
        return database;
    }

    // Runs SQL behind the store's back (tampering, checking raw rows).
    bool rawExec(const QString &sql)
    {
        std::unique_ptr<Database> database = openDatabase();
        return database && database->exec(sql);
    }

    static UserRecord user(const QString &name, const QString &role = QStringLiteral("responder"))
    {
        UserRecord record;
        record.name = name;
        record.role = role;
        record.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$hash-of-") + name;
        record.createdAt = at(3, 0);
        return record;
    }

    static AlertRecord alert(const QString &fingerprint, const QString &incidentId = QString())
    {
        AlertRecord record;
        record.fingerprint = fingerprint;
        record.incidentId = incidentId;
        record.source = QStringLiteral("alertmanager");
        record.status = QStringLiteral("firing");
        record.severity = QStringLiteral("critical");
        record.summary = QStringLiteral("disk full on ") + fingerprint;
        record.alert = QJsonObject{{QStringLiteral("fingerprint"), fingerprint},
                                   {QStringLiteral("labels"),
                                    QJsonObject{{QStringLiteral("host"), QStringLiteral("db-1")}}},
                                   {QStringLiteral("value"), 97.5}};
        record.receivedAt = at(3, 1, 123);
        record.lastSeenAt = at(3, 2, 456);
        return record;
    }

    static IncidentRow incidentRow(const QString &id, const QString &groupKey,
                                   const QString &status = QStringLiteral("open"))
    {
        IncidentRow row;
        row.id = id;
        row.title = QStringLiteral("Incident ") + id;
        row.groupKey = groupKey;
        row.status = status;
        row.severity = QStringLiteral("critical");
        row.openedAt = at(3, 0);
        row.updatedAt = at(3, 5);
        row.policyVersion = QStringLiteral("2026-01");
        row.rosterVersion = 1;
        row.alertCount = 1;
        return row;
    }

    static ProposalRecord proposalRecord(const QString &actionId, const QString &incidentId,
                                         const QString &state = QStringLiteral("proposed"))
    {
        ProposalRecord record;
        record.actionId = actionId;
        record.incidentId = incidentId;
        record.alertId = 1;
        record.runbookId = QStringLiteral("disk-full");
        record.stepIndex = 0;
        record.actionType = QStringLiteral("restart_service");
        record.state = state;
        record.decision = QJsonObject{{QStringLiteral("outcome"), QStringLiteral("review")}};
        record.step =
            QJsonObject{{QStringLiteral("command"), QStringLiteral("systemctl restart x")}};
        record.match = QJsonObject{{QStringLiteral("confidence"), 0.9}};
        record.createdAt = at(3, 3);
        record.updatedAt = at(3, 4);
        return record;
    }

    std::optional<DatabaseUrl> m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_schema; // PostgreSQL: the schema this test runs in

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << kSqlite;
        QTest::newRow("postgresql") << kPostgres;
    }

    void initTestCase()
    {
        if (postgresUrlText().isEmpty())
            qWarning("PostgreSQL tests skipped: ICC_TEST_POSTGRES_URL not set; run tools/dev test "
                     "as root to start a local PostgreSQL");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_url.reset();
        m_schema.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        if (backend == kSqlite) {
            m_url = DatabaseUrl::parse(QString(), m_dir->path(), &error);
            QVERIFY2(m_url, qPrintable(error));
            return;
        }
        if (postgresUrlText().isEmpty())
            QSKIP("PostgreSQL tests skipped: ICC_TEST_POSTGRES_URL not set; run tools/dev test as "
                  "root to start a local PostgreSQL");
        const std::optional<DatabaseUrl> base = DatabaseUrl::parse(postgresUrlText(), {}, &error);
        QVERIFY2(base, qPrintable(error));
        static int counter = 0;
        m_schema =
            QStringLiteral("icc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        std::unique_ptr<Database> admin = Database::open(*base, &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY2(
            admin->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_schema), &error),
            qPrintable(error));
        QVERIFY2(admin->exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema), &error),
                 qPrintable(error));
        m_url = base->withSchema(m_schema);
    }

    void cleanup()
    {
        if (!m_schema.isEmpty()) {
            // Every store of the test is closed by now, so nothing holds a lock.
            QString error;
            std::unique_ptr<Database> admin = Database::open(m_url->withSchema(QString()), &error);
            if (!admin ||
                !admin->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema), &error))
                qWarning().noquote() << "dropping" << m_schema << "failed:" << error;
        }
        m_dir.reset();
    }

    // --- DatabaseUrl (backend-independent; checked in the sqlite row) --------

    void databaseUrlParsesEveryForm()
    {
        if (!isSqlite())
            QSKIP("backend-independent, checked once");
        QString error;
        auto url = DatabaseUrl::parse(QString(), QStringLiteral("/var/lib/icc"), &error);
        QVERIFY(url);
        QCOMPARE(url->sqlitePath(), QStringLiteral("/var/lib/icc/icc.sqlite3"));

        url = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x/db.sqlite3"), {}, &error);
        QVERIFY(url && url->isSqlite());
        QCOMPARE(url->sqlitePath(), QStringLiteral("/tmp/x/db.sqlite3"));
        url = DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/y.db"), {}, &error);
        QVERIFY(url);
        QCOMPARE(url->sqlitePath(), QStringLiteral("/tmp/y.db"));
        url = DatabaseUrl::parse(QStringLiteral("relative/icc.db"), {}, &error);
        QVERIFY(url && url->isSqlite());
        QCOMPARE(url->sqlitePath(),
                 QDir::current().absoluteFilePath(QStringLiteral("relative/icc.db")));
        // A URL with one slash is refused, not taken as a file holding the password.
        for (const QString &mistyped :
             {QStringLiteral("postgresql:/icc:S3cret@db/icc"), QStringLiteral("postgres:S3cret")}) {
            error.clear();
            QVERIFY(!DatabaseUrl::parse(mistyped, {}, &error));
            QVERIFY2(error.contains(QStringLiteral("not a database URL")) &&
                         !error.contains(QStringLiteral("S3cret")),
                     qPrintable(error));
        }
        url = DatabaseUrl::parse(QStringLiteral("./with:colon.db"), {}, &error);
        QVERIFY(url && url->isSqlite());

        url = DatabaseUrl::parse(
            QStringLiteral("postgresql://icc:p%40ss%3Aword@db.example:6543/iccdb?sslmode=require&"
                           "connect_timeout=5&schema=tenant_a"),
            {}, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->kind(), DatabaseUrl::Kind::Postgres);
        QCOMPARE(url->host(), QStringLiteral("db.example"));
        QCOMPARE(url->port(), 6543);
        QCOMPARE(url->userName(), QStringLiteral("icc"));
        QCOMPARE(url->password(), QStringLiteral("p@ss:word"));
        QCOMPARE(url->databaseName(), QStringLiteral("iccdb"));
        QCOMPARE(url->schema(), QStringLiteral("tenant_a"));
        QCOMPARE(url->connectOptions(), QStringLiteral("sslmode=require;connect_timeout=5"));

        url = DatabaseUrl::parse(QStringLiteral("postgres://u@localhost/db"), {}, &error);
        QVERIFY(url);
        QCOMPARE(url->port(), DatabaseUrl::kDefaultPostgresPort);
        QVERIFY(url->password().isEmpty());
    }

    void databaseUrlNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scheme") << QStringLiteral("mysql://u:secret@h/db")
                                << QStringLiteral("unsupported database scheme \"mysql\"");
        QTest::newRow("no database") << QStringLiteral("postgresql://u:secret@h:5432/")
                                     << QStringLiteral("names no database");
        QTest::newRow("port") << QStringLiteral("postgresql://u:secret@h:99999/db")
                              << QStringLiteral("PostgreSQL URL");
        QTest::newRow("schema") << QStringLiteral("postgresql://u:secret@h/db?schema=a;drop")
                                << QStringLiteral("schema \"a;drop\"");
        QTest::newRow("option") << QStringLiteral("postgresql://u:secret@h/db?Bad-Name=1")
                                << QStringLiteral("option name of the URL is not a PostgreSQL "
                                                  "connection parameter name");
        // A malformed query may be a misplaced password: the name is not quoted.
        QTest::newRow("option with a secret")
            << QStringLiteral("postgresql://u@h/db?a_secret-pw=1")
            << QStringLiteral("option name of the URL is not a PostgreSQL connection parameter");
        QTest::newRow("empty sqlite") << QStringLiteral("sqlite:") << QStringLiteral("file path");
    }

    void databaseUrlNamesWhatIsWrong()
    {
        if (!isSqlite())
            QSKIP("backend-independent, checked once");
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!DatabaseUrl::parse(text, QStringLiteral("/data"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("--database:")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    }

    void redactedNeverShowsThePassword()
    {
        if (!isSqlite())
            QSKIP("backend-independent, checked once");
        const auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://icc:s3cret@db:5432/icc?sslpassword=other&sslmode=require"),
            {});
        QVERIFY(url);
        const QString shown = url->redacted();
        QVERIFY2(!shown.contains(QLatin1String("s3cret")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("other")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("icc:***@db:5432/icc")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("sslmode=require")), qPrintable(shown));

        // A connection failure names the database without its password.
        const auto unreachable = DatabaseUrl::parse(
            QStringLiteral("postgresql://icc:s3cret@127.0.0.1:1/icc?connect_timeout=2"), {});
        QVERIFY(unreachable);
        QString error;
        QVERIFY(!Database::open(*unreachable, &error));
        QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
    }

    // --- Database ------------------------------------------------------------

    void sqliteIsDurableAndEnforcesForeignKeys()
    {
        if (!isSqlite())
            QSKIP("SQLite pragmas");
        std::unique_ptr<Database> database = openDatabase();
        QVERIFY(database);
        QCOMPARE(database->dialect(), Database::Dialect::Sqlite);
        const auto pragma = [&](const char *name) {
            QSqlQuery query(database->connection());
            if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
                return QString();
            return query.value(0).toString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("busy_timeout"), QString::number(Database::kBusyTimeoutMs));
    }

    void connectionsAreNamedPerInstanceAndRemoved()
    {
        std::unique_ptr<Database> first = openDatabase();
        std::unique_ptr<Database> second = openDatabase();
        QVERIFY(first && second);
        QVERIFY(first->connectionName() != second->connectionName());
        QCOMPARE(first->dialect(),
                 isSqlite() ? Database::Dialect::Sqlite : Database::Dialect::Postgres);
        const QString name = first->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        first.reset();
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(second->connection().isOpen());
    }

    // --- migrations ----------------------------------------------------------

    void freshDatabaseGetsTheWholeSchema()
    {
        {
            auto store = openStore();
            QVERIFY(store);
        }
        std::unique_ptr<Database> database = openDatabase();
        QVERIFY(database);
        SchemaMigrator migrator(*database);
        QCOMPARE(migrator.currentVersion(), migrator.latestVersion());
        QVERIFY(migrator.latestVersion() >= 1);
        const QStringList tables{QStringLiteral("users"),       QStringLiteral("sessions"),
                                 QStringLiteral("ingest_keys"), QStringLiteral("alerts"),
                                 QStringLiteral("incidents"),   QStringLiteral("proposals"),
                                 QStringLiteral("reviews"),     QStringLiteral("documents"),
                                 QStringLiteral("events"),      QStringLiteral("policy_versions"),
                                 QStringLiteral("runbooks"),    QStringLiteral("roster_versions"),
                                 QStringLiteral("audit")};
        for (const QString &table : tables) {
            QString error;
            QVERIFY2(database->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table, &error),
                     qPrintable(error));
        }
    }

    void reopeningIsANoOp()
    {
        {
            QVERIFY(openStore());
        }
        {
            QVERIFY(openStore());
        }
        std::unique_ptr<Database> database = openDatabase();
        QVERIFY(database);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), SchemaMigrator::serverMigrations().size());
        QString error;
        QVERIFY2(SchemaMigrator(*database).migrate(&error), qPrintable(error));
    }

    void aNewerSchemaIsRefused()
    {
        {
            QVERIFY(openStore());
        }
        QVERIFY(rawExec(QStringLiteral(
            "INSERT INTO schema_version (version, description) VALUES (999, 'from the future')")));
        QString error;
        QVERIFY(!SqlServerStore::open(*m_url, &error));
        QVERIFY2(error.contains(QLatin1String("schema is version 999, newer than")),
                 qPrintable(error));
    }

    void aFailingMigrationRollsBack()
    {
        std::unique_ptr<Database> database = openDatabase();
        QVERIFY(database);
        const Migration first{1,
                              QStringLiteral("first"),
                              {QStringLiteral("CREATE TABLE first_table (id BIGINT PRIMARY KEY)")}};
        const Migration broken{2,
                               QStringLiteral("broken"),
                               {QStringLiteral("CREATE TABLE second_table (id BIGINT)"),
                                QStringLiteral("INSERT INTO first_table (id) VALUES (1)"),
                                QStringLiteral("THIS IS NOT SQL")}};
        SchemaMigrator migrator(*database, {first, broken});
        QString error;
        QVERIFY(!migrator.migrate(&error));
        QVERIFY2(error.contains(QLatin1String("schema migration 2 (broken) failed")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("THIS IS NOT SQL")), qPrintable(error));
        QCOMPARE(migrator.currentVersion(), 1);
        // Nothing of migration 2 remains: its table and its row are gone.
        QVERIFY(!database->exec(QStringLiteral("SELECT COUNT(*) FROM second_table")));
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM first_table")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // Migration 2 adds incidents.last_alert_at and back-fills it from the
    // incident's newest alert, so a server upgraded mid-incident keeps grouping.
    void migrationTwoBackfillsLastAlertAt()
    {
        std::unique_ptr<Database> database = openDatabase();
        QVERIFY(database);
        QString error;
        SchemaMigrator first(*database, {SchemaMigrator::serverMigrations().at(0)});
        QVERIFY2(first.migrate(&error), qPrintable(error));
        QCOMPARE(first.currentVersion(), 1);
        QVERIFY2(database->exec(
                     QStringLiteral(
                         "INSERT INTO incidents (id, ordinal, title, group_key, status, severity, "
                         "context_revision, policy_version, roster_version, alert_count, "
                         "autonomous_actions) VALUES ('inc-1', 1, 't', 'g', 'open', 'error', 1, "
                         "'p', 1, 2, 0)"),
                     &error),
                 qPrintable(error));
        for (const auto &[id, lastSeen] : {std::pair{1, 1000}, std::pair{2, 5000}}) {
            QVERIFY2(database->exec(
                         QStringLiteral("INSERT INTO alerts (id, fingerprint, incident_id, source, "
                                        "status, severity, summary, alert_json, last_seen_at, "
                                        "occurrences) VALUES (%1, 'f%1', 'inc-1', 'generic', "
                                        "'firing', 'error', 's', '{}', %2, 1)")
                             .arg(id)
                             .arg(lastSeen),
                         &error),
                     qPrintable(error));
        }
        SchemaMigrator all(*database);
        QVERIFY2(all.migrate(&error), qPrintable(error));
        QCOMPARE(all.currentVersion(), 2);
        QSqlQuery query(database->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT last_alert_at FROM incidents WHERE id = 'inc-1'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 5000);
    }

    void migrationsMustBeNumberedInOrder()
    {
        std::unique_ptr<Database> database = openDatabase();
        QVERIFY(database);
        SchemaMigrator migrator(*database, {Migration{2, QStringLiteral("two"), {}}});
        QString error;
        QVERIFY(!migrator.migrate(&error));
        QVERIFY2(error.contains(QLatin1String("not numbered")), qPrintable(error));
    }

    // --- users, sessions, ingest keys ------------------------------------------

    void users()
    {
        auto store = openStore();
        QVERIFY(store);
        UserRecord alice = user(QStringLiteral("alice"), QStringLiteral("admin"));
        UserRecord bob = user(QStringLiteral("bob"));
        QString error;
        QVERIFY2(store->addUser(alice, &error), qPrintable(error));
        QVERIFY2(store->addUser(bob, &error), qPrintable(error));
        QCOMPARE(alice.id, 1);
        QCOMPARE(bob.id, 2);

        UserRecord duplicate = user(QStringLiteral("alice"));
        QVERIFY(!store->addUser(duplicate, &error));
        QVERIFY2(error.contains(QLatin1String("adding user \"alice\"")), qPrintable(error));

        const auto found = store->userByName(QStringLiteral("alice"));
        QVERIFY(found);
        QCOMPARE(found->id, alice.id);
        QCOMPARE(found->role, QStringLiteral("admin"));
        QCOMPARE(found->passwordHash, alice.passwordHash);
        QCOMPARE(found->createdAt, alice.createdAt);
        QVERIFY(!found->disabled);
        QVERIFY(!store->userByName(QStringLiteral("carol")));

        bob.disabled = true;
        bob.role = QStringLiteral("reviewer");
        QVERIFY2(store->updateUser(bob, &error), qPrintable(error));
        const auto updated = store->userById(bob.id);
        QVERIFY(updated);
        QVERIFY(updated->disabled);
        QCOMPARE(updated->role, QStringLiteral("reviewer"));

        UserRecord ghost = user(QStringLiteral("ghost"));
        ghost.id = 42;
        QVERIFY(!store->updateUser(ghost, &error));
        QVERIFY2(error.contains(QLatin1String("no such user")), qPrintable(error));

        const QList<UserRecord> all = store->users();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("alice"));
        QCOMPARE(all.at(1).name, QStringLiteral("bob"));
    }

    void sessions()
    {
        auto store = openStore();
        QVERIFY(store);
        UserRecord alice = user(QStringLiteral("alice"));
        QVERIFY(store->addUser(alice));
        const auto session = [&](const QString &hash, const QDateTime &expires) {
            return SessionRecord{hash, alice.id, at(3, 0), expires};
        };
        QString error;
        QVERIFY2(store->addSession(session(QStringLiteral("aa"), at(4, 0)), &error),
                 qPrintable(error));
        QVERIFY(store->addSession(session(QStringLiteral("bb"), at(5, 0))));
        QVERIFY(store->addSession(session(QStringLiteral("cc"), at(6, 0))));

        // A session must belong to a user (foreign key).
        QVERIFY(!store->addSession(SessionRecord{QStringLiteral("dd"), 99, at(3, 0), at(4, 0)},
                                   &error));

        const auto found = store->sessionByTokenHash(QStringLiteral("bb"));
        QVERIFY(found);
        QCOMPARE(found->userId, alice.id);
        QCOMPARE(found->expiresAt, at(5, 0));
        QCOMPARE(found->createdAt, at(3, 0));

        QCOMPARE(store->deleteExpiredSessions(at(5, 0)), 2); // expiry is inclusive
        QVERIFY(!store->sessionByTokenHash(QStringLiteral("aa")));
        QVERIFY(store->sessionByTokenHash(QStringLiteral("cc")));
        QVERIFY(store->deleteSession(QStringLiteral("cc"), &error));
        QVERIFY(!store->sessionByTokenHash(QStringLiteral("cc")));
        QVERIFY(store->deleteSession(QStringLiteral("cc"), &error)); // logout twice is fine
    }

    void ingestKeys()
    {
        auto store = openStore();
        QVERIFY(store);
        IngestKeyRecord prometheus{
            0, QStringLiteral("prometheus"), QStringLiteral("hash-1"), at(3, 0), {}};
        IngestKeyRecord pagerduty{
            0, QStringLiteral("pagerduty"), QStringLiteral("hash-2"), at(3, 1), {}};
        QString error;
        QVERIFY2(store->addIngestKey(prometheus, &error), qPrintable(error));
        QVERIFY(store->addIngestKey(pagerduty));
        QCOMPARE(prometheus.id, 1);
        QCOMPARE(pagerduty.id, 2);
        IngestKeyRecord sameName{
            0, QStringLiteral("prometheus"), QStringLiteral("hash-3"), at(3, 0), {}};
        QVERIFY(!store->addIngestKey(sameName, &error));

        auto found = store->ingestKeyByHash(QStringLiteral("hash-1"));
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("prometheus"));
        QVERIFY(!found->revokedAt.isValid());

        QVERIFY2(store->revokeIngestKey(QStringLiteral("prometheus"), at(4, 0), &error),
                 qPrintable(error));
        found = store->ingestKeyByHash(QStringLiteral("hash-1"));
        QVERIFY(found);
        QCOMPARE(found->revokedAt, at(4, 0));
        QVERIFY(!store->revokeIngestKey(QStringLiteral("prometheus"), at(5, 0), &error));
        QVERIFY2(error.contains(QLatin1String("already revoked")), qPrintable(error));
        QVERIFY(!store->revokeIngestKey(QStringLiteral("nobody"), at(5, 0), &error));
        QVERIFY2(error.contains(QLatin1String("no such key")), qPrintable(error));
        QCOMPARE(store->ingestKeyByHash(QStringLiteral("hash-1"))->revokedAt, at(4, 0));

        const auto keys = store->ingestKeys();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(1).name, QStringLiteral("pagerduty"));
    }

    // --- alerts and incidents --------------------------------------------------

    void alerts()
    {
        auto store = openStore();
        QVERIFY(store);
        QString error;
        AlertRecord first = alert(QStringLiteral("fp-a"), QStringLiteral("inc-1"));
        QVERIFY2(store->insertAlert(first, &error), qPrintable(error));
        AlertRecord second = alert(QStringLiteral("fp-b"), QStringLiteral("inc-1"));
        QVERIFY(store->insertAlert(second));
        AlertRecord third = alert(QStringLiteral("fp-a")); // no incident yet
        QVERIFY(store->insertAlert(third));
        QCOMPARE(first.id, 1);
        QCOMPARE(second.id, 2);
        QCOMPARE(third.id, 3);
        QCOMPARE(store->alertCount(), 3);

        const auto stored = store->alertById(1);
        QVERIFY(stored);
        QCOMPARE(stored->fingerprint, first.fingerprint);
        QCOMPARE(stored->incidentId, QStringLiteral("inc-1"));
        QCOMPARE(stored->source, first.source);
        QCOMPARE(stored->status, first.status);
        QCOMPARE(stored->severity, first.severity);
        QCOMPARE(stored->summary, first.summary);
        QCOMPARE(stored->alert, first.alert);
        QCOMPARE(stored->receivedAt, first.receivedAt); // milliseconds kept
        QCOMPARE(stored->lastSeenAt, first.lastSeenAt);
        QCOMPARE(stored->occurrences, 1);
        QVERIFY(store->alertById(3)->incidentId.isEmpty());
        QVERIFY(!store->alertById(4));

        QCOMPARE(store->latestAlertByFingerprint(QStringLiteral("fp-a"))->id, 3);
        QVERIFY(!store->latestAlertByFingerprint(QStringLiteral("fp-z")));

        first.occurrences = 5;
        first.status = QStringLiteral("resolved");
        first.lastSeenAt = at(3, 30, 7);
        QVERIFY2(store->updateAlert(first, &error), qPrintable(error));
        QCOMPARE(store->alertById(1)->occurrences, 5);
        QCOMPARE(store->alertById(1)->lastSeenAt, at(3, 30, 7));
        QCOMPARE(store->alertById(1)->status, QStringLiteral("resolved"));
        AlertRecord missing = alert(QStringLiteral("fp-x"));
        missing.id = 77;
        QVERIFY(!store->updateAlert(missing, &error));
        QVERIFY2(error.contains(QLatin1String("updating alert 77")), qPrintable(error));

        QList<AlertRecord> page = store->alerts(2);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).id, 3);
        QCOMPARE(page.at(1).id, 2);
        page = store->alerts(2, page.constLast().id);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).id, 1);
        QCOMPARE(store->alerts(0).size(), 3); // no limit

        const auto ofIncident = store->alertsForIncident(QStringLiteral("inc-1"));
        QCOMPARE(ofIncident.size(), 2);
        QCOMPARE(ofIncident.at(0).id, 1);
        QCOMPARE(ofIncident.at(1).id, 2);
    }

    void incidents()
    {
        auto store = openStore();
        QVERIFY(store);
        QString error;
        // Ten incidents, so "inc-10" vs "inc-9" would sort wrongly as text.
        for (int i = 1; i <= 10; ++i) {
            QVERIFY2(store->saveIncident(incidentRow(QStringLiteral("inc-%1").arg(i),
                                                     QStringLiteral("group-%1").arg(i % 3)),
                                         &error),
                     qPrintable(error));
        }
        IncidentRow nine = *store->incident(QStringLiteral("inc-9"));
        QCOMPARE(nine.groupKey, QStringLiteral("group-0"));
        QCOMPARE(nine.policyVersion, QStringLiteral("2026-01"));
        QVERIFY(!nine.resolvedAt.isValid());
        QVERIFY(!nine.lastAlertAt.isValid());

        nine.status = QStringLiteral("resolved");
        nine.resolvedAt = at(4, 0);
        nine.lastAlertAt = at(3, 59, 250);
        nine.contextRevision = 4;
        nine.autonomousActions = 2;
        QVERIFY2(store->saveIncident(nine, &error), qPrintable(error)); // update, no new row
        const IncidentRow reread = *store->incident(QStringLiteral("inc-9"));
        QCOMPARE(reread.resolvedAt, at(4, 0));
        QCOMPARE(reread.lastAlertAt, at(3, 59, 250));
        QCOMPARE(reread.contextRevision, 4);
        QCOMPARE(reread.autonomousActions, 2);
        QCOMPARE(store->incidents(QString(), 0).size(), 10);

        // group-0 has inc-3, inc-6, inc-9 (resolved): the open one is inc-6.
        QCOMPARE(store->openIncidentByGroupKey(QStringLiteral("group-0"))->id,
                 QStringLiteral("inc-6"));
        QVERIFY(!store->openIncidentByGroupKey(QStringLiteral("group-x")));

        const auto newest = store->incidents(QString(), 3);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.at(0).id, QStringLiteral("inc-10"));
        QCOMPARE(newest.at(1).id, QStringLiteral("inc-9"));
        QCOMPARE(newest.at(2).id, QStringLiteral("inc-8"));
        const auto resolved = store->incidents(QStringLiteral("resolved"), 10);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.at(0).id, QStringLiteral("inc-9"));
        QCOMPARE(store->incidents(QStringLiteral("open"), 100).size(), 9);

        QVERIFY(!store->saveIncident(IncidentRow{}, &error));
        QVERIFY(!store->incident(QStringLiteral("inc-99")));
    }

    void proposals()
    {
        auto store = openStore();
        QVERIFY(store);
        QString error;
        QVERIFY2(store->saveProposal(
                     proposalRecord(QStringLiteral("act-1"), QStringLiteral("inc-1")), &error),
                 qPrintable(error));
        QVERIFY(
            store->saveProposal(proposalRecord(QStringLiteral("act-2"), QStringLiteral("inc-2"))));
        QVERIFY(
            store->saveProposal(proposalRecord(QStringLiteral("act-3"), QStringLiteral("inc-1"))));

        ProposalRecord first = *store->proposal(QStringLiteral("act-1"));
        QCOMPARE(first.decision, proposalRecord({}, {}).decision);
        QCOMPARE(first.step, proposalRecord({}, {}).step);
        QCOMPARE(first.match, proposalRecord({}, {}).match);
        QCOMPARE(first.stepIndex, 0);
        QCOMPARE(first.createdAt, at(3, 3));
        QVERIFY(first.reviewId.isEmpty());

        first.state = QStringLiteral("under_review");
        first.reviewId = QStringLiteral("rev-1");
        QVERIFY(store->saveProposal(first, &error));
        QCOMPARE(store->proposal(QStringLiteral("act-1"))->reviewId, QStringLiteral("rev-1"));

        const auto ofIncident = store->proposalsForIncident(QStringLiteral("inc-1"));
        QCOMPARE(ofIncident.size(), 2);
        QCOMPARE(ofIncident.at(0).actionId, QStringLiteral("act-1"));
        QCOMPARE(ofIncident.at(1).actionId, QStringLiteral("act-3"));
        const auto newest = store->proposals(QString(), 2);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.at(0).actionId, QStringLiteral("act-3"));
        const auto underReview = store->proposals(QStringLiteral("under_review"), 0);
        QCOMPARE(underReview.size(), 1);
        QCOMPARE(underReview.at(0).actionId, QStringLiteral("act-1"));
        QVERIFY(!store->proposal(QStringLiteral("act-9")));
    }

    // --- reviews and documents ---------------------------------------------------

    void reviews()
    {
        auto store = openStore();
        QVERIFY(store);
        const auto review = [](const QString &id, const QString &state) {
            return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("state"), state}};
        };
        QString error;
        QVERIFY2(store->saveReview(
                     QStringLiteral("rev-1"), QStringLiteral("inc-1"), QStringLiteral("pending"),
                     review(QStringLiteral("rev-1"), QStringLiteral("pending")), &error),
                 qPrintable(error));
        QVERIFY(store->saveReview(QStringLiteral("rev-2"), QStringLiteral("inc-1"),
                                  QStringLiteral("held"),
                                  review(QStringLiteral("rev-2"), QStringLiteral("held"))));
        QVERIFY(store->saveReview(QStringLiteral("rev-3"), QStringLiteral("inc-2"),
                                  QStringLiteral("approved"),
                                  review(QStringLiteral("rev-3"), QStringLiteral("approved"))));
        QCOMPARE(store->reviews(true).size(), 2);
        QCOMPARE(store->reviews(false).size(), 3);

        QVERIFY(store->saveReview(QStringLiteral("rev-1"), QStringLiteral("inc-1"),
                                  QStringLiteral("rejected"),
                                  review(QStringLiteral("rev-1"), QStringLiteral("rejected"))));
        const auto open = store->reviews(true);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).value(QStringLiteral("id")).toString(), QStringLiteral("rev-2"));
        QCOMPARE(store->review(QStringLiteral("rev-1"))->value(QStringLiteral("state")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(store->reviews(false).size(), 3);
        QCOMPARE(store->reviews(false).at(0).value(QStringLiteral("id")).toString(),
                 QStringLiteral("rev-1")); // oldest first, updates keep the place
        QVERIFY(!store->review(QStringLiteral("rev-9")));
    }

    void documents()
    {
        auto store = openStore();
        QVERIFY(store);
        const QJsonObject guard{{QStringLiteral("killSwitch"), true},
                                {QStringLiteral("halts"), QJsonArray{QStringLiteral("restart")}}};
        QString error;
        QVERIFY2(store->saveDocument(QStringLiteral("execution_guard"), guard, &error),
                 qPrintable(error));
        QCOMPARE(*store->document(QStringLiteral("execution_guard")), guard);
        const QJsonObject cleared{{QStringLiteral("killSwitch"), false}};
        QVERIFY(store->saveDocument(QStringLiteral("execution_guard"), cleared));
        QCOMPARE(*store->document(QStringLiteral("execution_guard")), cleared);
        QVERIFY(!store->document(QStringLiteral("missing")));
        QVERIFY(!store->saveDocument(QString(), cleared, &error));
    }

    // --- events --------------------------------------------------------------------

    void eventsAreGapFree()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QCOMPARE(store->lastEventSequence(), 0);
            for (int i = 1; i <= 5; ++i) {
                EventRecord event{0, QStringLiteral("alert.created"),
                                  QJsonObject{{QStringLiteral("n"), i}}, at(3, i)};
                QString error;
                QVERIFY2(store->appendEvent(event, &error), qPrintable(error));
                QCOMPARE(event.sequence, i);
            }
            // A rolled-back event leaves no hole: its number is handed out again.
            QVERIFY(store->begin());
            EventRecord discarded{0, QStringLiteral("x"), {}, at(4, 0)};
            QVERIFY(store->appendEvent(discarded));
            QCOMPARE(discarded.sequence, 6);
            store->rollback();
            QCOMPARE(store->lastEventSequence(), 5);

            const auto some = store->events(2, 2);
            QCOMPARE(some.size(), 2);
            QCOMPARE(some.at(0).sequence, 3);
            QCOMPARE(some.at(1).sequence, 4);
            QCOMPARE(some.at(0).payload.value(QStringLiteral("n")).toInt(), 3);
            QCOMPARE(some.at(0).type, QStringLiteral("alert.created"));
            QCOMPARE(some.at(0).at, at(3, 3));
            QCOMPARE(store->events(0, 0).size(), 5);
            QVERIFY(store->events(5, 10).isEmpty());
        }
        auto reopened = openStore();
        QVERIFY(reopened);
        QCOMPARE(reopened->lastEventSequence(), 5);
        EventRecord next{0, QStringLiteral("incident.updated"), {}, at(5, 0)};
        QVERIFY(reopened->appendEvent(next));
        QCOMPARE(next.sequence, 6);
        const auto all = reopened->events(0, 100);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).sequence, i + 1);
    }

    // --- policy, runbooks, roster ----------------------------------------------------

    void policyVersions()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(!store->activePolicy());
        QString error;
        QVERIFY2(store->addPolicyVersion({QStringLiteral("v1"), QStringLiteral("version: v1"),
                                          QStringLiteral("alice"), at(3, 0), false},
                                         &error),
                 qPrintable(error));
        QCOMPARE(store->activePolicy()->version, QStringLiteral("v1"));
        QVERIFY(store->addPolicyVersion({QStringLiteral("v2"), QStringLiteral("version: v2"),
                                         QStringLiteral("bob"), at(4, 0), false}));
        const auto active = store->activePolicy();
        QVERIFY(active);
        QCOMPARE(active->version, QStringLiteral("v2"));
        QCOMPARE(active->yaml, QStringLiteral("version: v2"));
        QCOMPARE(active->approvedBy, QStringLiteral("bob"));
        QCOMPARE(active->setAt, at(4, 0));
        QVERIFY(active->active);
        QVERIFY(!store->policyVersion(QStringLiteral("v1"))->active);

        // A stored version is never overwritten.
        QVERIFY(!store->addPolicyVersion({QStringLiteral("v1"), QStringLiteral("changed"),
                                          QStringLiteral("mallory"), at(5, 0), false},
                                         &error));
        QVERIFY2(error.contains(QLatin1String("already stored")), qPrintable(error));
        QCOMPARE(store->policyVersion(QStringLiteral("v1"))->yaml, QStringLiteral("version: v1"));
        QCOMPARE(store->activePolicy()->version, QStringLiteral("v2"));

        const auto all = store->policyVersions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).version, QStringLiteral("v2"));
        QCOMPARE(all.at(1).version, QStringLiteral("v1"));
    }

    void runbooks()
    {
        auto store = openStore();
        QVERIFY(store);
        QString error;
        QVERIFY2(store->saveRunbook({QStringLiteral("disk-full"), QStringLiteral("disk-full.md"),
                                     QStringLiteral("# Disk full"), at(3, 0)},
                                    &error),
                 qPrintable(error));
        QVERIFY(store->saveRunbook({QStringLiteral("api-5xx"), QStringLiteral("api-5xx.md"),
                                    QStringLiteral("# API"), at(3, 0)}));
        QVERIFY(store->saveRunbook({QStringLiteral("disk-full"), QStringLiteral("disk-full.md"),
                                    QStringLiteral("# Disk full v2"), at(4, 0)}));
        auto all = store->runbooks();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, QStringLiteral("api-5xx"));
        QCOMPARE(all.at(1).markdown, QStringLiteral("# Disk full v2"));
        QCOMPARE(all.at(1).updatedAt, at(4, 0));
        QVERIFY2(store->deleteRunbook(QStringLiteral("api-5xx"), &error), qPrintable(error));
        QVERIFY(!store->deleteRunbook(QStringLiteral("api-5xx"), &error));
        QVERIFY2(error.contains(QLatin1String("no such runbook")), qPrintable(error));
        QCOMPARE(store->runbooks().size(), 1);
    }

    void rosterVersions()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(!store->latestRoster());
        RosterVersionRecord first{0, QStringLiteral("rotation: a"), QStringLiteral("alice"),
                                  at(3, 0)};
        RosterVersionRecord second{0, QStringLiteral("rotation: b"), QStringLiteral("bob"),
                                   at(4, 0)};
        QString error;
        QVERIFY2(store->addRosterVersion(first, &error), qPrintable(error));
        QVERIFY(store->addRosterVersion(second));
        QCOMPARE(first.version, 1);
        QCOMPARE(second.version, 2);
        QCOMPARE(store->latestRoster()->yaml, QStringLiteral("rotation: b"));
        QCOMPARE(store->rosterVersion(1)->updatedBy, QStringLiteral("alice"));
        QCOMPARE(store->rosterVersion(1)->updatedAt, at(3, 0));
        QVERIFY(!store->rosterVersion(3));
    }

    // --- transactions and durability ----------------------------------------------------

    void rollbackDiscards()
    {
        auto store = openStore();
        QVERIFY(store);
        UserRecord alice = user(QStringLiteral("alice"));
        QVERIFY(store->addUser(alice));

        QString error;
        QVERIFY2(store->begin(&error), qPrintable(error));
        QVERIFY(store->inTransaction());
        UserRecord bob = user(QStringLiteral("bob"));
        QVERIFY(store->addUser(bob));
        AlertRecord record = alert(QStringLiteral("fp"));
        QVERIFY(store->insertAlert(record));
        QVERIFY(store->saveIncident(incidentRow(QStringLiteral("inc-1"), QStringLiteral("g"))));
        // Reads see the transaction's own writes.
        QVERIFY(store->userByName(QStringLiteral("bob")));
        QCOMPARE(store->alertCount(), 1);
        store->rollback();
        QVERIFY(!store->inTransaction());

        QVERIFY(!store->userByName(QStringLiteral("bob")));
        QCOMPARE(store->alertCount(), 0);
        QVERIFY(!store->incident(QStringLiteral("inc-1")));
        // The discarded ids are handed out again: no gaps.
        UserRecord carol = user(QStringLiteral("carol"));
        QVERIFY(store->addUser(carol));
        QCOMPARE(carol.id, 2);
        AlertRecord again = alert(QStringLiteral("fp"));
        QVERIFY(store->insertAlert(again));
        QCOMPARE(again.id, 1);
    }

    void commitPersistsAndReopenSeesIt()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QString error;
            QVERIFY(store->begin(&error));
            QVERIFY(!store->begin(&error)); // no nesting
            QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
            UserRecord alice = user(QStringLiteral("alice"));
            QVERIFY(store->addUser(alice));
            AlertRecord record = alert(QStringLiteral("fp"), QStringLiteral("inc-1"));
            QVERIFY(store->insertAlert(record));
            QVERIFY(store->saveIncident(incidentRow(QStringLiteral("inc-1"), QStringLiteral("g"))));
            QVERIFY2(store->commit(&error), qPrintable(error));
            QVERIFY(!store->commit(&error)); // nothing open any more
            QVERIFY2(error.contains(QLatin1String("no transaction")), qPrintable(error));

            // Not committed: lost when the store goes away (as after a crash).
            QVERIFY(store->begin());
            UserRecord lost = user(QStringLiteral("lost"));
            QVERIFY(store->addUser(lost));
        }
        auto reopened = openStore();
        QVERIFY(reopened);
        QVERIFY(reopened->userByName(QStringLiteral("alice")));
        QVERIFY(!reopened->userByName(QStringLiteral("lost")));
        QCOMPARE(reopened->alertCount(), 1);
        QCOMPARE(reopened->incident(QStringLiteral("inc-1"))->groupKey, QStringLiteral("g"));
        // The counters continue from what was committed.
        UserRecord bob = user(QStringLiteral("bob"));
        QVERIFY(reopened->addUser(bob));
        QCOMPARE(bob.id, 2);
    }

    void aWriteOutsideATransactionCommitsOnItsOwn()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(!store->inTransaction());
            UserRecord alice = user(QStringLiteral("alice"));
            QVERIFY(store->addUser(alice));
            QVERIFY(store->addPolicyVersion({QStringLiteral("v1"), QStringLiteral("y"),
                                             QStringLiteral("alice"), at(3, 0), false}));
            // Another connection sees it at once: it is committed.
            auto other = openStore();
            QVERIFY(other);
            QVERIFY(other->userByName(QStringLiteral("alice")));
            QCOMPARE(other->activePolicy()->version, QStringLiteral("v1"));
        }
        auto reopened = openStore();
        QVERIFY(reopened && reopened->userByName(QStringLiteral("alice")));
    }

    void everythingSurvivesCloseAndReopen()
    {
        QJsonObject reviewJson{{QStringLiteral("id"), QStringLiteral("rev-1")}};
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->begin());
            UserRecord alice = user(QStringLiteral("alice"));
            QVERIFY(store->addUser(alice));
            QVERIFY(store->addSession({QStringLiteral("tok"), alice.id, at(3, 0), at(9, 0)}));
            IngestKeyRecord key{0, QStringLiteral("am"), QStringLiteral("kh"), at(3, 0), {}};
            QVERIFY(store->addIngestKey(key));
            AlertRecord record = alert(QStringLiteral("fp"), QStringLiteral("inc-1"));
            QVERIFY(store->insertAlert(record));
            QVERIFY(store->saveIncident(incidentRow(QStringLiteral("inc-1"), QStringLiteral("g"))));
            QVERIFY(store->saveProposal(
                proposalRecord(QStringLiteral("act-1"), QStringLiteral("inc-1"))));
            QVERIFY(store->saveReview(QStringLiteral("rev-1"), QStringLiteral("inc-1"),
                                      QStringLiteral("pending"), reviewJson));
            QVERIFY(store->saveDocument(QStringLiteral("guard"), reviewJson));
            EventRecord event{0, QStringLiteral("alert.created"), {}, at(3, 0)};
            QVERIFY(store->appendEvent(event));
            QVERIFY(store->addPolicyVersion({QStringLiteral("v1"), QStringLiteral("y"),
                                             QStringLiteral("alice"), at(3, 0), false}));
            QVERIFY(store->saveRunbook(
                {QStringLiteral("rb"), QStringLiteral("rb.md"), QStringLiteral("# rb"), at(3, 0)}));
            RosterVersionRecord roster{0, QStringLiteral("r"), QStringLiteral("alice"), at(3, 0)};
            QVERIFY(store->addRosterVersion(roster));
            test::ManualClock clock;
            AuditLog log(store->auditStore(), clock);
            QVERIFY(log.append(QStringLiteral("alert.received"), QStringLiteral("system"),
                               QStringLiteral("inc-1"), QStringLiteral("fp"), {}));
            QString error;
            QVERIFY2(store->commit(&error), qPrintable(error));
        }
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->users().size(), 1);
        QVERIFY(store->sessionByTokenHash(QStringLiteral("tok")));
        QCOMPARE(store->ingestKeys().size(), 1);
        QCOMPARE(store->alertCount(), 1);
        QVERIFY(store->incident(QStringLiteral("inc-1")));
        QVERIFY(store->proposal(QStringLiteral("act-1")));
        QCOMPARE(*store->review(QStringLiteral("rev-1")), reviewJson);
        QCOMPARE(*store->document(QStringLiteral("guard")), reviewJson);
        QCOMPARE(store->lastEventSequence(), 1);
        QCOMPARE(store->activePolicy()->version, QStringLiteral("v1"));
        QCOMPARE(store->runbooks().size(), 1);
        QCOMPARE(store->latestRoster()->version, 1);
        QCOMPARE(AuditVerifier::verifyStore(store->auditStore()).count, 1);
    }

    // --- audit ----------------------------------------------------------------------------

    void auditChainOverSqlVerifies()
    {
        test::ManualClock clock;
        QString firstHash;
        {
            auto store = openStore();
            QVERIFY(store);
            AuditLog log(store->auditStore(), clock);
            QVERIFY(log.isWritable());
            for (int i = 1; i <= 5; ++i) {
                clock.advanceSeconds(1);
                QString error;
                const auto entry = log.append(
                    QStringLiteral("alert.received"), QStringLiteral("system"),
                    QStringLiteral("inc-%1").arg(i % 2), QStringLiteral("alert %1").arg(i),
                    QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("ratio"), 0.1 * i}},
                    &error);
                QVERIFY2(entry, qPrintable(error));
                if (i == 1)
                    firstHash = entry->hash;
            }
            const AuditVerification verification = AuditVerifier::verifyStore(store->auditStore());
            QVERIFY2(verification.ok, qPrintable(verification.reason));
            QCOMPARE(verification.count, 5);

            const AuditReadResult range = store->auditStore().read(2, 4);
            QVERIFY(range.ok());
            QCOMPARE(range.entries.size(), 3);
            QCOMPARE(range.entries.at(0).sequence, 2);
            QCOMPARE(range.entries.at(0).previousHash, firstHash);
            QCOMPARE(log.entriesForIncident(QStringLiteral("inc-1")).entries.size(), 3);
            QString error;
            QCOMPARE(store->auditStore().last(&error)->sequence, 5);
            QVERIFY(error.isEmpty());
        }
        // A new log over the reopened store continues the same chain.
        auto store = openStore();
        QVERIFY(store);
        AuditLog log(store->auditStore(), clock);
        QCOMPARE(log.lastSequence(), 5);
        const auto sixth = log.append(QStringLiteral("review.opened"), QStringLiteral("agent"),
                                      QStringLiteral("inc-1"), QStringLiteral("rev-1"), {});
        QVERIFY(sixth);
        QCOMPARE(sixth->sequence, 6);
        const AuditVerification verification = AuditVerifier::verifyStore(store->auditStore());
        QVERIFY2(verification.ok, qPrintable(verification.reason));
        QCOMPARE(verification.count, 6);
    }

    void emptyAuditStoreHasNoLast()
    {
        auto store = openStore();
        QVERIFY(store);
        QString error;
        QVERIFY(!store->auditStore().last(&error));
        QVERIFY(error.isEmpty());
        QVERIFY(AuditVerifier::verifyStore(store->auditStore()).ok);
    }

    void auditEntriesRollBackWithTheirTransaction()
    {
        test::ManualClock clock;
        auto store = openStore();
        QVERIFY(store);
        {
            AuditLog log(store->auditStore(), clock);
            QVERIFY(log.append(QStringLiteral("a"), QStringLiteral("system"), {}, {}, {}));
            QVERIFY(store->begin());
            QVERIFY(log.append(QStringLiteral("b"), QStringLiteral("system"), {}, {}, {}));
            store->rollback();
        }
        QCOMPARE(store->auditStore().read().entries.size(), 1);
        // A log built after the rollback continues from what is stored.
        AuditLog log(store->auditStore(), clock);
        const auto entry = log.append(QStringLiteral("c"), QStringLiteral("system"), {}, {}, {});
        QVERIFY(entry);
        QCOMPARE(entry->sequence, 2);
        QVERIFY(AuditVerifier::verifyStore(store->auditStore()).ok);
    }

    void aTamperedAuditRowIsFound()
    {
        test::ManualClock clock;
        {
            auto store = openStore();
            QVERIFY(store);
            AuditLog log(store->auditStore(), clock);
            for (int i = 1; i <= 5; ++i) {
                QVERIFY(log.append(
                    QStringLiteral("review.decided"), QStringLiteral("alice"),
                    QStringLiteral("inc-1"), QStringLiteral("rev-%1").arg(i),
                    QJsonObject{{QStringLiteral("decision"), QStringLiteral("rejected")}}));
            }
        }
        // Someone with database access turns a rejection into an approval.
        QVERIFY(rawExec(QStringLiteral("UPDATE audit SET entry_json = REPLACE(entry_json, "
                                       "'rejected', 'approved') WHERE sequence = 3")));
        auto store = openStore();
        QVERIFY(store);
        const AuditVerification verification = AuditVerifier::verifyStore(store->auditStore());
        QVERIFY(!verification.ok);
        QCOMPARE(verification.firstBadSequence, 3);
        QCOMPARE(verification.count, 2);

        // A row that is no longer an entry at all is reported with its sequence.
        QVERIFY(
            rawExec(QStringLiteral("UPDATE audit SET entry_json = '{oops' WHERE sequence = 4")));
        const AuditReadResult read = store->auditStore().read();
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(QLatin1String("audit row 4")), qPrintable(read.error));
        QCOMPARE(read.entries.size(), 3);
    }

    void aDeletedAuditRowIsFound()
    {
        test::ManualClock clock;
        {
            auto store = openStore();
            QVERIFY(store);
            AuditLog log(store->auditStore(), clock);
            for (int i = 1; i <= 4; ++i)
                QVERIFY(log.append(QStringLiteral("x"), QStringLiteral("system"), {}, {}, {}));
        }
        QVERIFY(rawExec(QStringLiteral("DELETE FROM audit WHERE sequence = 2")));
        auto store = openStore();
        QVERIFY(store);
        const AuditVerification verification = AuditVerifier::verifyStore(store->auditStore());
        QVERIFY(!verification.ok);
        QCOMPARE(verification.count, 1);
        QCOMPARE(verification.firstBadSequence, 3); // entry 3 sits where 2 belongs
    }

    void aDuplicateAuditSequenceIsRefused()
    {
        auto store = openStore();
        QVERIFY(store);
        test::ManualClock clock;
        AuditLog log(store->auditStore(), clock);
        const auto entry = log.append(QStringLiteral("x"), QStringLiteral("system"), {}, {}, {});
        QVERIFY(entry);
        QString error;
        QVERIFY(!store->auditStore().append(*entry, &error));
        QVERIFY2(error.contains(QLatin1String("appending audit entry 1")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
