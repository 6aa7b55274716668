#pragma once

#include <QSslCertificate>
#include <QString>

#include <optional>

namespace icc {

// Trust on first use: the SHA-256 fingerprint of each server's certificate
// ("host:port" -> "AB:CD:..."), remembered after the user accepted it once.
// A fingerprint is not a secret, so a plain INI file is the right place; a
// changed certificate is never accepted silently.
class CertificatePins final
{
public:
    explicit CertificatePins(QString iniFilePath);

    std::optional<QString> pinFor(const QString &hostAndPort) const;
    void pin(const QString &hostAndPort, const QString &fingerprint);
    void forget(const QString &hostAndPort);

    // "AB:CD:..." (upper-case hex pairs), the form icc-server prints.
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QString m_iniFilePath;
};

} // namespace icc
