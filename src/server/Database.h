#pragma once

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace icc {

// One open Qt Sql connection, named uniquely per instance. A connection
// belongs to the thread that opened it: use the instance on that thread
// only. The connection is closed and removed when the instance goes away.
//
// SQLite is opened in WAL mode with synchronous=FULL, so a committed
// transaction survives kill -9 and power loss, with foreign keys enforced
// and a busy timeout instead of immediate "database is locked" failures.
class Database final
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    static constexpr int kBusyTimeoutMs = 5000;

    // Nullopt-like: nullptr and *error naming the database (password
    // redacted) and the driver's message.
    static std::unique_ptr<Database> open(const DatabaseUrl &url, QString *error = nullptr);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    Dialect dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    QString description() const { return m_url.redacted(); }

    // Runs one statement without parameters (pragmas, DDL). False and *error
    // with the SQL error otherwise.
    bool exec(const QString &sql, QString *error = nullptr);

private:
    Database(const DatabaseUrl &url, const QString &connectionName);
    bool configureSqlite(QString *error);
    bool applySchema(QString *error);

    DatabaseUrl m_url;
    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
};

} // namespace icc
