#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace icc {

class Database;

// One step of the schema: its version (1, 2, ... without gaps) and the
// statements that take the schema from version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Brings a database to the newest schema this binary knows. The applied
// version is kept in the table schema_version; each migration runs in its own
// transaction together with the row recording it, so a failed migration
// leaves the database at the previous version, never half-way. A database
// whose version is newer than the binary's is refused: an older server could
// otherwise write rows the newer schema does not expect.
class SchemaMigrator final
{
public:
    // The server's schema, in order.
    static const QList<Migration> &serverMigrations();

    explicit SchemaMigrator(Database &database, QList<Migration> migrations = serverMigrations());
    Q_DISABLE_COPY_MOVE(SchemaMigrator)

    // Applies every migration newer than the stored version; a no-op when the
    // database is current. False and *error naming the migration and the SQL
    // error otherwise.
    bool migrate(QString *error = nullptr);

    // The stored version (0 for a fresh database), or -1 with *error set.
    int currentVersion(QString *error = nullptr) const;
    int latestVersion() const;

private:
    bool ensureVersionTable(QString *error);
    bool apply(const Migration &migration, QString *error);

    Database &m_database;
    QList<Migration> m_migrations;
};

} // namespace icc
