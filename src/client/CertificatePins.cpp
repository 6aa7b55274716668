#include "CertificatePins.h"

#include <QCryptographicHash>
#include <QSettings>

#include <utility>

namespace icc {

namespace {

// QSettings treats '/' and ':' in keys specially; the host:port is encoded.
QString settingsKey(const QString &hostAndPort)
{
    return QStringLiteral("pins/") + QString::fromLatin1(hostAndPort.toUtf8().toHex());
}

} // namespace

CertificatePins::CertificatePins(QString iniFilePath)
    : m_iniFilePath(std::move(iniFilePath))
{}

std::optional<QString> CertificatePins::pinFor(const QString &hostAndPort) const
{
    const QSettings settings(m_iniFilePath, QSettings::IniFormat);
    const QString value = settings.value(settingsKey(hostAndPort)).toString();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

void CertificatePins::pin(const QString &hostAndPort, const QString &fingerprint)
{
    QSettings settings(m_iniFilePath, QSettings::IniFormat);
    settings.setValue(settingsKey(hostAndPort), fingerprint.toUpper());
    settings.sync();
}

void CertificatePins::forget(const QString &hostAndPort)
{
    QSettings settings(m_iniFilePath, QSettings::IniFormat);
    settings.remove(settingsKey(hostAndPort));
    settings.sync();
}

QString CertificatePins::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace icc
