#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace icc::test {

// The real icc-server binary in a child process, as users run it. It relies
// on what the binary prints when serving (stdout, one line each):
//   listening: https://HOST:PORT
//   certificate sha256: AB:CD:...
// and on `ingest-key add` printing the key as its last line.
class ServerProcess final
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    ServerProcess(QString binary, QString dataDir);
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // An admin subcommand on the same data directory, run to completion.
    Result admin(const QStringList &arguments, const QByteArray &standardInput = {}) const;
    // Returns the new key, or empty (with *error) on failure.
    QString addIngestKey(const QString &name, QString *error) const;
    bool addUser(const QString &name, const QString &role, const QString &password,
                 QString *error) const;

    // Starts serving (on 127.0.0.1 with a free port unless extraArguments has
    // --listen) and waits until it printed where it listens.
    bool start(const QStringList &extraArguments, QString *error);
    void stop(); // SIGTERM, then SIGKILL after 10 s
    void kill(); // SIGKILL: the crash test
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString certificateFingerprint() const { return m_fingerprint; }
    QString certificatePath() const; // DATA/tls/cert.pem
    QString dataDir() const { return m_dataDir; }
    QString output() const; // everything printed so far (stdout and stderr)

private:
    void collectOutput();

    QString m_binary;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_fingerprint;
};

} // namespace icc::test
