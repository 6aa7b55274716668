#pragma once

#include "DatabaseUrl.h"

#include <QString>

#include <optional>

namespace icc::test {

// A fresh PostgreSQL schema for one test run on the server named by
// ICC_TEST_POSTGRES_URL (tools/dev test sets it when run as root), dropped
// again when the object goes away. Whatever uses the schema (an in-process
// store, a server process) must be closed or dead by then.
class PostgresTestSchema final
{
public:
    PostgresTestSchema() = default;
    ~PostgresTestSchema();
    Q_DISABLE_COPY_MOVE(PostgresTestSchema)

    // ICC_TEST_POSTGRES_URL, empty when not set.
    static QString serverUrlText();
    // What a test says when it skips for want of a server.
    static const char *skipMessage();

    // Creates icc_test_<tag>_<pid>_<n> (dropping a leftover of that name).
    bool create(const QString &tag, QString *error);

    QString name() const { return m_name; }
    // For --database: the server URL with ?schema=NAME (or &schema=NAME).
    QString urlText() const;
    std::optional<DatabaseUrl> url() const { return m_url; }

private:
    std::optional<DatabaseUrl> m_base;
    std::optional<DatabaseUrl> m_url;
    QString m_name;
};

} // namespace icc::test
