#include "ServerProcess.h"

#include "ProcessWait.h"

#include <QDir>
#include <QRegularExpression>

namespace icc::test {

ServerProcess::ServerProcess(QString binary, QString dataDir)
    : m_binary(std::move(binary))
    , m_dataDir(std::move(dataDir))
{}

ServerProcess::~ServerProcess()
{
    stop();
}

ServerProcess::Result ServerProcess::admin(const QStringList &arguments,
                                           const QByteArray &standardInput) const
{
    QProcess process;
    process.start(m_binary, QStringList{QStringLiteral("--data"), m_dataDir} + arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString ServerProcess::addIngestKey(const QString &name, QString *error) const
{
    const Result result = admin({QStringLiteral("ingest-key"), QStringLiteral("add"), name});
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    if (result.exitCode != 0 || lines.isEmpty() || lines.last().trimmed().isEmpty()) {
        *error = QStringLiteral("ingest-key add failed (%1): %2")
                     .arg(result.exitCode)
                     .arg(QString::fromUtf8(result.err + result.out));
        return {};
    }
    return QString::fromUtf8(lines.last().trimmed());
}

bool ServerProcess::addUser(const QString &name, const QString &role, const QString &password,
                            QString *error) const
{
    const Result result =
        admin({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
               QStringLiteral("--password-stdin")},
              password.toUtf8() + '\n');
    if (result.exitCode == 0)
        return true;
    *error = QStringLiteral("user add %1 failed (%2): %3")
                 .arg(name)
                 .arg(result.exitCode)
                 .arg(QString::fromUtf8(result.err + result.out));
    return false;
}

bool ServerProcess::start(const QStringList &extraArguments, QString *error)
{
    stop();
    m_output.clear();
    m_baseUrl.clear();
    m_fingerprint.clear();
    QStringList arguments{QStringLiteral("--data"), m_dataDir};
    if (!extraArguments.contains(QStringLiteral("--listen")))
        arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    arguments += extraArguments;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                     [this] { collectOutput(); });
    m_process->start(m_binary, arguments);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process->errorString());
        return false;
    }
    const bool listening = waitUntil(
        [this] { return !m_baseUrl.isEmpty() || m_process->state() == QProcess::NotRunning; },
        60000);
    if (!listening || m_baseUrl.isEmpty()) {
        *error = QStringLiteral("icc-server did not start: %1").arg(output());
        return false;
    }
    return true;
}

void ServerProcess::collectOutput()
{
    m_output += m_process->readAll();
    static const QRegularExpression listening(QStringLiteral("^listening: (https://\\S+)$"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression fingerprint(
        QStringLiteral("^certificate sha256: ([0-9A-F:]+)$"), QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(m_output);
    if (const auto match = fingerprint.match(text); match.hasMatch())
        m_fingerprint = match.captured(1);
    if (const auto match = listening.match(text); match.hasMatch())
        m_baseUrl = QUrl(match.captured(1));
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    collectOutput();
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    collectOutput();
    m_process.reset();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString ServerProcess::certificatePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("tls/cert.pem"));
}

QString ServerProcess::output() const
{
    return QString::fromUtf8(m_output);
}

} // namespace icc::test
