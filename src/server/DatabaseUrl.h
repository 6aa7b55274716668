#pragma once

#include <QString>

#include <optional>

namespace icc {

// Where icc-server keeps its state, parsed from the `--database` option:
//   (empty)                      SQLite file DATA_DIR/icc.sqlite3
//   sqlite:PATH  or  PATH        SQLite file (relative paths: from the working directory)
//   postgresql://user:password@host:port/dbname?options   PostgreSQL (also postgres://)
// PostgreSQL options are libpq connection parameters (sslmode=require,
// connect_timeout=5, ...), except `schema`, which sets the search_path so
// several installations (or test runs) can share one database.
class DatabaseUrl final
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    static constexpr int kDefaultPostgresPort = 5432;

    // Nullopt and *error naming what is wrong otherwise. The error never
    // contains the password.
    static std::optional<DatabaseUrl> parse(const QString &text, const QString &dataDir,
                                            QString *error = nullptr);
    static QString defaultSqliteFileName(); // "icc.sqlite3"

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }

    QString sqlitePath() const { return m_sqlitePath; } // absolute

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    QString schema() const { return m_schema; } // empty: the server's default search_path
    // libpq parameters for QSqlDatabase::setConnectOptions ("a=b;c=d").
    QString connectOptions() const { return m_connectOptions; }

    // For messages and logs: the URL with the password replaced by "***".
    QString redacted() const;

    // The same URL with another schema (tests run each in a fresh schema).
    DatabaseUrl withSchema(const QString &schema) const;

private:
    DatabaseUrl() = default;

    Kind m_kind = Kind::Sqlite;
    QString m_sqlitePath;
    QString m_host;
    int m_port = kDefaultPostgresPort;
    QString m_databaseName;
    QString m_userName;
    QString m_password;
    QString m_schema;
    QString m_connectOptions;
};

} // namespace icc
