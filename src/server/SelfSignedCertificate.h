#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// A certificate and its private key, PEM encoded (the key as unencrypted PKCS#8).
struct CertificatePem
{
    QByteArray certificate;
    QByteArray privateKey;
};

// What the HTTPS listener serves: a certificate whose private key was checked
// to belong to it.
struct TlsIdentity
{
    QSslCertificate certificate;          // the server's own
    QList<QSslCertificate> intermediates; // any further certificates in the file, in order
    QSslKey privateKey;
    QString certificatePath; // empty when made from memory
    QString keyPath;
    bool created = false; // ensureInDirectory made it just now
};

// The server's TLS identity, through OpenSSL 3: a self-signed ECDSA P-256
// certificate made on the first start in a data directory, or the user's own
// (--cert / --key). Every OpenSSL failure comes back as an error message.
class SelfSignedCertificate final
{
public:
    // Apple's limit for TLS server certificates; other clients accept it too.
    static constexpr int kValidityDays = 825;
    // notBefore lies this far before `now`, for clients whose clock is behind.
    static constexpr int kBackdateSeconds = 3600;

    SelfSignedCertificate() = delete;

    // A new key pair and certificate for CN=icc-server, valid from `now`,
    // naming localhost, 127.0.0.1, ::1 and every extra host (a DNS name or an
    // IP address) as subject alternative names.
    static std::optional<CertificatePem> generate(const QStringList &extraHosts,
                                                  const QDateTime &now, QString *error = nullptr);

    // Whether `host` can be named in a certificate (an IP address without a
    // scope id, or a DNS name); *error says why not. What generate() checks.
    static bool isValidHost(const QString &host, QString *error = nullptr);

    // DIR/tls/cert.pem and DIR/tls/key.pem: loaded when both exist (and still
    // valid at `now`), created when neither does (key file mode 0600, each
    // file written atomically). Never overwrites existing key material: one
    // file without the other is an error.
    static std::optional<TlsIdentity> ensureInDirectory(const QString &dataDir,
                                                        const QStringList &extraHosts,
                                                        const QDateTime &now,
                                                        QString *error = nullptr);

    // The user's own certificate (optionally followed by its chain) and key;
    // refused with a clear error when the key does not belong to the certificate.
    static std::optional<TlsIdentity> loadFiles(const QString &certificatePath,
                                                const QString &keyPath, QString *error = nullptr);
    static std::optional<TlsIdentity> fromPem(const QByteArray &certificatePem,
                                              const QByteArray &keyPem, QString *error = nullptr);

    static QString certificatePath(const QString &dataDir); // DIR/tls/cert.pem
    static QString keyPath(const QString &dataDir);         // DIR/tls/key.pem

    // "AB:CD:..." upper-case hex SHA-256 of the DER certificate: the form users
    // compare with what their client shows. Empty for a null certificate or
    // PEM that holds no certificate.
    static QString fingerprintSha256(const QSslCertificate &certificate);
    static QString fingerprintSha256(const QByteArray &certificatePem);
};

} // namespace icc
