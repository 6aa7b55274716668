#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace icc::test {

// A self-signed ECDSA P-256 certificate for localhost / 127.0.0.1, made with
// the openssl command line in a temporary directory. The server serves it;
// clients trust exactly it (clientConfiguration), with verification on.
class OpensslTestCertificate final
{
public:
    OpensslTestCertificate();

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    QString errorString() const { return m_error; }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey key() const { return m_key; }
    // Trusts this certificate as the only CA; peer verification stays on.
    QSslConfiguration clientConfiguration() const;

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
};

} // namespace icc::test
