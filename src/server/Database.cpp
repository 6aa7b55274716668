#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace icc {

namespace {

std::unique_ptr<Database> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return nullptr;
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("icc-db-%1").arg(++counter);
}

} // namespace

Database::Database(const DatabaseUrl &url, const QString &connectionName)
    : m_url(url)
    , m_connectionName(connectionName)
    , m_dialect(url.isSqlite() ? Dialect::Sqlite : Dialect::Postgres)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    // Every handle on the connection is gone now, so removing it is safe.
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, QString *error)
{
    const QString driver = url.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(error, QStringLiteral("database %1: the Qt %2 driver is not installed "
                                          "(Debian: %3)")
                               .arg(url.redacted(), driver,
                                    url.isSqlite() ? QStringLiteral("libqt6sql6-sqlite")
                                                   : QStringLiteral("libqt6sql6-psql")));

    std::unique_ptr<Database> database(new Database(url, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
        if (url.isSqlite()) {
            const QFileInfo file(url.sqlitePath());
            if (!QDir().mkpath(file.absolutePath()))
                return fail(error, QStringLiteral("database %1: cannot create the directory %2")
                                       .arg(url.redacted(), file.absolutePath()));
            db.setDatabaseName(url.sqlitePath());
        } else {
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setDatabaseName(url.databaseName());
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setConnectOptions(url.connectOptions());
        }
        if (!db.open())
            return fail(error, QStringLiteral("database %1: cannot open: %2")
                                   .arg(url.redacted(), db.lastError().text()));
    }

    QString setupError;
    // libpq prints NOTICEs ("relation already exists, skipping") to stderr;
    // only warnings and errors are worth a line.
    const bool configured =
        url.isSqlite()
            ? database->configureSqlite(&setupError)
            : database->exec(QStringLiteral("SET client_min_messages TO warning"), &setupError);
    if (!configured || !database->applySchema(&setupError))
        return fail(error, QStringLiteral("database %1: %2").arg(url.redacted(), setupError));
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

bool Database::applySchema(QString *error)
{
    if (m_url.schema().isEmpty())
        return true;
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!identifier.match(m_url.schema()).hasMatch()) {
        if (error)
            *error = QStringLiteral("schema \"%1\" is not a plain identifier").arg(m_url.schema());
        return false;
    }
    return exec(QStringLiteral("SET search_path TO \"%1\"").arg(m_url.schema()), error);
}

bool Database::configureSqlite(QString *error)
{
    // WAL lets readers run beside the writer; synchronous=FULL syncs the WAL
    // on every commit, which is what makes "2xx means committed" hold after
    // a power loss, not only after a crash of the process.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QStringLiteral("cannot switch SQLite to WAL mode: %1")
                         .arg(query.lastError().isValid() ? query.lastError().text()
                                                          : query.value(0).toString());
        return false;
    }
    query.finish();
    return exec(QStringLiteral("PRAGMA synchronous=FULL"), error) &&
           exec(QStringLiteral("PRAGMA foreign_keys=ON"), error) &&
           exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs), error);
}

} // namespace icc
