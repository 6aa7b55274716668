#include "AuditEntry.h"

#include "CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

const QString kSequence = QStringLiteral("sequence");
const QString kTimestamp = QStringLiteral("timestamp");
const QString kType = QStringLiteral("type");
const QString kActor = QStringLiteral("actor");
const QString kIncidentId = QStringLiteral("incident_id");
const QString kSubject = QStringLiteral("subject");
const QString kPayload = QStringLiteral("payload");
const QString kPreviousHash = QStringLiteral("previous_hash");
const QString kHash = QStringLiteral("hash");

constexpr qint64 kMaxExactInteger = 9007199254740991; // 2^53 - 1

QString timestampText(const QDateTime &timestamp)
{
    return timestamp.toUTC().toString(Qt::ISODateWithMs);
}

// The object every field but `hash` goes into; canonicalBytes() and toJson()
// share it so the hashed form and the stored form cannot drift apart.
QJsonObject unhashedJson(const AuditEntry &entry)
{
    return QJsonObject{
        {kSequence, entry.sequence},
        {kTimestamp, timestampText(entry.timestamp)},
        {kType, entry.type},
        {kActor, entry.actor},
        {kIncidentId, entry.incidentId},
        {kSubject, entry.subject},
        {kPayload, entry.payload},
        {kPreviousHash, entry.previousHash},
    };
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readString(const QJsonObject &object, const QString &field, QString *out, QString *error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return fail(error, QStringLiteral("%1: missing").arg(field));
    if (!value.isString())
        return fail(error, QStringLiteral("%1: must be a string").arg(field));
    *out = value.toString();
    return true;
}

bool readHash(const QJsonObject &object, const QString &field, QString *out, QString *error)
{
    if (!readString(object, field, out, error))
        return false;
    if (!AuditEntry::isWellFormedHash(*out))
        return fail(error, QStringLiteral("%1: must be 64 lower-case hex digits").arg(field));
    return true;
}

} // namespace

const QString &AuditEntry::zeroHash()
{
    static const QString zeros(64, QLatin1Char('0'));
    return zeros;
}

bool AuditEntry::isWellFormedHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QByteArray AuditEntry::canonicalBytes() const
{
    return CanonicalJson::serialize(unhashedJson(*this));
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object = unhashedJson(*this);
    object.insert(kHash, hash);
    return object;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &object, QString *error)
{
    // A field the hash does not cover could be added to a stored entry
    // without breaking the chain, so unknown fields are refused.
    static const QSet<QString> known{kSequence, kTimestamp, kType,         kActor, kIncidentId,
                                     kSubject,  kPayload,   kPreviousHash, kHash};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            fail(error, QStringLiteral("%1: unknown field").arg(it.key()));
            return std::nullopt;
        }
    }

    AuditEntry entry;

    const QJsonValue sequence = object.value(kSequence);
    if (sequence.isUndefined()) {
        fail(error, QStringLiteral("sequence: missing"));
        return std::nullopt;
    }
    const double sequenceNumber = sequence.toDouble(-1);
    if (!sequence.isDouble() || sequenceNumber < 1 || sequenceNumber > double(kMaxExactInteger) ||
        sequenceNumber != std::trunc(sequenceNumber)) {
        fail(error, QStringLiteral("sequence: must be a positive integer"));
        return std::nullopt;
    }
    entry.sequence = static_cast<qint64>(sequenceNumber);

    QString timestamp;
    if (!readString(object, kTimestamp, &timestamp, error))
        return std::nullopt;
    entry.timestamp = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    // Only the exact form toJson() writes is accepted: another spelling of
    // the same instant would hash identically yet differ from what was stored.
    if (!entry.timestamp.isValid() || timestampText(entry.timestamp) != timestamp) {
        fail(error, QStringLiteral("timestamp: must be UTC ISO 8601 with milliseconds, like "
                                   "2026-01-15T03:00:00.000Z"));
        return std::nullopt;
    }
    entry.timestamp = entry.timestamp.toUTC();

    if (!readString(object, kType, &entry.type, error))
        return std::nullopt;
    if (entry.type.isEmpty()) {
        fail(error, QStringLiteral("type: must not be empty"));
        return std::nullopt;
    }
    if (!readString(object, kActor, &entry.actor, error) ||
        !readString(object, kIncidentId, &entry.incidentId, error) ||
        !readString(object, kSubject, &entry.subject, error))
        return std::nullopt;

    const QJsonValue payload = object.value(kPayload);
    if (payload.isUndefined()) {
        fail(error, QStringLiteral("payload: missing"));
        return std::nullopt;
    }
    if (!payload.isObject()) {
        fail(error, QStringLiteral("payload: must be an object"));
        return std::nullopt;
    }
    entry.payload = payload.toObject();

    if (!readHash(object, kPreviousHash, &entry.previousHash, error) ||
        !readHash(object, kHash, &entry.hash, error))
        return std::nullopt;

    return entry;
}

} // namespace icc
