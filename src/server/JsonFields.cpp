#include "JsonFields.h"

#include <cmath>

namespace icc {

JsonFields::JsonFields(const QJsonObject &object, const QString &prefix)
    : m_object(object)
    , m_prefix(prefix)
{}

QString JsonFields::path(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void JsonFields::fail(const QString &key, const QString &problem)
{
    if (!m_error)
        m_error = ApiError::unprocessable(QStringLiteral("field %1 %2").arg(path(key), problem),
                                          path(key));
}

std::optional<QJsonValue> JsonFields::field(const QString &key, QJsonValue::Type type,
                                            bool required, const char *typeName)
{
    if (m_error)
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    if (value.type() != type) {
        fail(key, QStringLiteral("must be %1").arg(QLatin1String(typeName)));
        return std::nullopt;
    }
    return value;
}

QString JsonFields::requiredString(const QString &key)
{
    const auto value = field(key, QJsonValue::String, true, "a string");
    if (!value)
        return {};
    if (value->toString().trimmed().isEmpty()) {
        fail(key, QStringLiteral("must not be empty"));
        return {};
    }
    return value->toString();
}

QString JsonFields::optionalString(const QString &key, const QString &fallback)
{
    const auto value = field(key, QJsonValue::String, false, "a string");
    return value && value->isString() ? value->toString() : fallback;
}

qint64 JsonFields::requiredInteger(const QString &key)
{
    const auto value = optionalInteger(key);
    if (!value && !m_error)
        fail(key, QStringLiteral("is required"));
    return value.value_or(0);
}

std::optional<qint64> JsonFields::optionalInteger(const QString &key)
{
    const auto value = field(key, QJsonValue::Double, false, "an integer");
    if (!value || value->isUndefined())
        return std::nullopt;
    const double number = value->toDouble();
    // Doubles hold integers exactly up to 2^53; beyond that a value is not trustworthy.
    constexpr double kLargestExact = 9007199254740992.0;
    if (std::trunc(number) != number || std::abs(number) > kLargestExact) {
        fail(key, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

bool JsonFields::requiredBool(const QString &key)
{
    const auto value = field(key, QJsonValue::Bool, true, "true or false");
    return value && value->toBool();
}

bool JsonFields::optionalBool(const QString &key, bool fallback)
{
    const auto value = field(key, QJsonValue::Bool, false, "true or false");
    return value && value->isBool() ? value->toBool() : fallback;
}

QJsonObject JsonFields::requiredObject(const QString &key)
{
    const auto value = field(key, QJsonValue::Object, true, "an object");
    return value ? value->toObject() : QJsonObject();
}

QJsonObject JsonFields::optionalObject(const QString &key)
{
    const auto value = field(key, QJsonValue::Object, false, "an object");
    return value && value->isObject() ? value->toObject() : QJsonObject();
}

QJsonArray JsonFields::requiredArray(const QString &key)
{
    const auto value = field(key, QJsonValue::Array, true, "an array");
    return value ? value->toArray() : QJsonArray();
}

} // namespace icc
