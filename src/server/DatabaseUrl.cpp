#include "DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace icc {

namespace {

std::optional<DatabaseUrl> fail(QString *error, const QString &message)
{
    if (error)
        *error = QStringLiteral("--database: %1").arg(message);
    return std::nullopt;
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return identifier.match(text).hasMatch();
}

// A libpq parameter name: lower-case letters and underscores.
bool isParameterName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_]+$"));
    return name.match(text).hasMatch();
}

} // namespace

QString DatabaseUrl::defaultSqliteFileName()
{
    return QStringLiteral("icc.sqlite3");
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, const QString &dataDir,
                                              QString *error)
{
    DatabaseUrl url;
    const QString trimmed = text.trimmed();

    if (trimmed.isEmpty()) {
        if (dataDir.isEmpty())
            return fail(error, QStringLiteral("no database given and no data directory"));
        url.m_sqlitePath = QDir(dataDir).absoluteFilePath(defaultSqliteFileName());
        return url;
    }

    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch scheme = schemePrefix.match(trimmed);
    const QString schemeName = scheme.hasMatch() ? scheme.captured(1).toLower() : QString();

    // "postgresql:/user:pw@host/db" (one slash) is a mistyped URL, not a file
    // name: taken as an SQLite path, its password would show in every error.
    static const QRegularExpression schemeWithoutSlashes(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(?!//)"));
    if (const QRegularExpressionMatch mistyped = schemeWithoutSlashes.match(trimmed);
        !scheme.hasMatch() && mistyped.hasMatch() &&
        mistyped.captured(1).compare(QLatin1String("sqlite"), Qt::CaseInsensitive) != 0)
        return fail(error, QStringLiteral("not a database URL: write sqlite:PATH or "
                                          "postgresql://user:password@host:port/dbname (a "
                                          "file name with a colon: start it with ./)"));

    if (!scheme.hasMatch() || schemeName == QLatin1String("sqlite")) {
        QString path = trimmed;
        if (path.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
            path = path.mid(7);
            // sqlite:///abs/path is the URL spelling of sqlite:/abs/path.
            if (path.startsWith(QLatin1String("//")))
                path = path.mid(2);
        }
        if (path.isEmpty())
            return fail(error, QStringLiteral("sqlite: needs a file path, like sqlite:/var/lib/icc/"
                                              "icc.sqlite3"));
        if (QFileInfo(path).isDir())
            return fail(error, QStringLiteral("SQLite path %1 is a directory, not a file")
                                   .arg(QDir::toNativeSeparators(path)));
        url.m_sqlitePath = QFileInfo(path).absoluteFilePath();
        return url;
    }

    if (schemeName != QLatin1String("postgresql") && schemeName != QLatin1String("postgres"))
        return fail(error, QStringLiteral("unsupported database scheme \"%1\"; use sqlite:PATH or "
                                          "postgresql://user:password@host:port/dbname")
                               .arg(schemeName));

    // Strict parsing: a password with a reserved character must be
    // percent-encoded. QUrl's own error text would quote the URL (and its
    // password), so the message is ours.
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(error, QStringLiteral("not a valid PostgreSQL URL (percent-encode special "
                                          "characters in the user name and password)"));

    url.m_kind = Kind::Postgres;
    url.m_host = parsed.host(QUrl::FullyDecoded);
    if (url.m_host.isEmpty())
        url.m_host = QStringLiteral("localhost");
    url.m_port = parsed.port(kDefaultPostgresPort);
    if (url.m_port <= 0 || url.m_port > 65535)
        return fail(error, QStringLiteral("port must be between 1 and 65535"));
    url.m_userName = parsed.userName(QUrl::FullyDecoded);
    url.m_password = parsed.password(QUrl::FullyDecoded);
    url.m_databaseName = parsed.path(QUrl::FullyDecoded);
    if (url.m_databaseName.startsWith(QLatin1Char('/')))
        url.m_databaseName = url.m_databaseName.mid(1);
    if (url.m_databaseName.isEmpty())
        return fail(error, QStringLiteral("the PostgreSQL URL names no database (…/dbname)"));
    if (url.m_databaseName.contains(QLatin1Char('/')))
        return fail(error,
                    QStringLiteral("database name \"%1\" contains '/'").arg(url.m_databaseName));

    QStringList options;
    const QUrlQuery query(parsed);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == QLatin1String("schema")) {
            if (!isIdentifier(value))
                return fail(error, QStringLiteral("schema \"%1\" must be letters, digits and "
                                                  "underscores, not starting with a digit")
                                       .arg(value));
            url.m_schema = value;
            continue;
        }
        // Not quoted: a malformed query may be a misplaced password.
        if (!isParameterName(name))
            return fail(error, QStringLiteral("an option name of the URL is not a PostgreSQL "
                                              "connection parameter name (a-z and _)"));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\'')) ||
            value.contains(QLatin1Char(' ')))
            return fail(
                error, QStringLiteral("option %1: the value must not contain ';', quotes or spaces")
                           .arg(name));
        options.append(name + QLatin1Char('=') + value);
    }
    url.m_connectOptions = options.join(QLatin1Char(';'));
    return url;
}

QString DatabaseUrl::redacted() const
{
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("sqlite:%1").arg(m_sqlitePath);

    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_userName);
    if (!m_password.isEmpty())
        url.setPassword(QStringLiteral("***"));
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    if (!m_schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), m_schema);
    const QStringList options = m_connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        const QString name = option.left(equals);
        query.addQueryItem(name, name.contains(QLatin1String("password")) ? QStringLiteral("***")
                                                                          : option.mid(equals + 1));
    }
    url.setQuery(query);
    return url.toString();
}

DatabaseUrl DatabaseUrl::withSchema(const QString &schema) const
{
    DatabaseUrl copy = *this;
    copy.m_schema = schema;
    return copy;
}

} // namespace icc
