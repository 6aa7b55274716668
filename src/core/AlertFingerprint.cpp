#include "AlertFingerprint.h"

#include "Alert.h"

#include <QCryptographicHash>

namespace icc {

namespace {

// Length-prefixing every part makes the encoding unambiguous: no choice of
// keys and values can make two different label sets produce the same bytes.
void appendPart(QByteArray &buffer, const QString &part)
{
    const QByteArray utf8 = part.toUtf8();
    buffer += QByteArray::number(utf8.size());
    buffer += ':';
    buffer += utf8;
}

QString normalised(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString AlertFingerprint::compute(const Alert &alert)
{
    QByteArray basis;
    if (!alert.labels.isEmpty()) {
        basis = "labels\n";
        // QMap iterates in key order, so insertion order never matters.
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            appendPart(basis, it.key());
            appendPart(basis, it.value());
        }
    } else if (!alert.dedupKey.isEmpty()) {
        basis = "dedup\n";
        appendPart(basis, alert.dedupKey);
    } else {
        basis = "summary\n";
        appendPart(basis, normalised(alert.summary));
        appendPart(basis, normalised(alert.origin));
    }
    return sha256Hex(basis);
}

QString AlertFingerprint::derivedId(const QString &fingerprint, const QDateTime &firingStart)
{
    QString hex = fingerprint;
    if (firingStart.isValid()) {
        QByteArray basis = "firing\n";
        appendPart(basis, fingerprint);
        appendPart(basis, firingStart.toUTC().toString(Qt::ISODateWithMs));
        hex = sha256Hex(basis);
    }
    return QStringLiteral("a-") + hex.left(12);
}

} // namespace icc
