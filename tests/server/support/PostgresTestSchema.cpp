#include "PostgresTestSchema.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDebug>

namespace icc::test {

PostgresTestSchema::~PostgresTestSchema()
{
    if (m_name.isEmpty() || !m_base)
        return;
    QString error;
    std::unique_ptr<Database> admin = Database::open(*m_base, &error);
    if (!admin ||
        !admin->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_name), &error))
        qWarning().noquote() << "dropping schema" << m_name << "failed:" << error;
}

QString PostgresTestSchema::serverUrlText()
{
    return qEnvironmentVariable("ICC_TEST_POSTGRES_URL");
}

const char *PostgresTestSchema::skipMessage()
{
    return "PostgreSQL run SKIPPED: ICC_TEST_POSTGRES_URL is not set; run tools/dev test as root "
           "to start a local PostgreSQL";
}

bool PostgresTestSchema::create(const QString &tag, QString *error)
{
    m_base = DatabaseUrl::parse(serverUrlText(), {}, error);
    if (!m_base)
        return false;
    static int counter = 0;
    const QString name = QStringLiteral("icc_test_%1_%2_%3")
                             .arg(tag)
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter);
    std::unique_ptr<Database> admin = Database::open(*m_base, error);
    if (!admin)
        return false;
    if (!admin->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(name), error) ||
        !admin->exec(QStringLiteral("CREATE SCHEMA %1").arg(name), error))
        return false;
    m_name = name;
    m_url = m_base->withSchema(name);
    return true;
}

QString PostgresTestSchema::urlText() const
{
    const QString base = serverUrlText();
    const QChar separator = base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return base + separator + QStringLiteral("schema=") + m_name;
}

} // namespace icc::test
