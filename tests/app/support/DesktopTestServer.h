#pragma once

#include "ServerProcess.h"

#include <QJsonValue>
#include <QTemporaryDir>

#include <memory>

namespace icc::test {

// A real icc-server for the GUI tests, in a fresh data directory with the
// shipped runbooks, policy and demo roster, one user per role (plus a
// second reviewer, frank, for the two-person rule) and an ingest key.
// Every user's password is kPassword.
class DesktopTestServer final
{
public:
    static constexpr char kPassword[] = "correct horse battery staple";

    DesktopTestServer();
    ~DesktopTestServer();
    Q_DISABLE_COPY_MOVE(DesktopTestServer)

    // Prepares the data directory and starts serving; extra arguments go to
    // the server (e.g. "--live"). policyFile replaces the shipped
    // resources/policy/default.yaml (e.g. a test policy with a short dwell).
    bool start(QString *error, const QStringList &extraArguments = {},
               const QString &policyFile = {});

    ServerProcess &process() { return *m_process; }
    QUrl baseUrl() const { return m_process->baseUrl(); }
    QString fingerprint() const { return m_process->certificateFingerprint(); }
    QString ingestKey() const { return m_ingestKey; }

    // POSTs alerts (anything /api/v1/alerts takes) with the ingest key and
    // waits for the answer; returns the HTTP status (0: no answer).
    int ingest(const QJsonValue &alerts, QString *error = nullptr);

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<ServerProcess> m_process;
    QString m_ingestKey;
};

} // namespace icc::test
