#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace icc {

// Reads the fields of a JSON request body and remembers the first problem as
// a 422 naming the field:
//   JsonFields fields(*body);
//   const QString name = fields.requiredString(QStringLiteral("username"));
//   if (!fields.ok()) return *fields.error();
// After a problem every further read returns the fallback, so a handler can
// read all fields first and check once.
class JsonFields final
{
public:
    // prefix names a nested object in error fields ("step" -> "step.name").
    explicit JsonFields(const QJsonObject &object, const QString &prefix = {});

    QString requiredString(const QString &key); // present, a string, not empty
    QString optionalString(const QString &key, const QString &fallback = {});
    qint64 requiredInteger(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    bool requiredBool(const QString &key);
    bool optionalBool(const QString &key, bool fallback);
    QJsonObject requiredObject(const QString &key);
    QJsonObject optionalObject(const QString &key);
    QJsonArray requiredArray(const QString &key);

    bool ok() const { return !m_error.has_value(); }
    const std::optional<ApiError> &error() const { return m_error; }

private:
    QString path(const QString &key) const;
    void fail(const QString &key, const QString &problem);
    // nullopt with the error recorded when the field is missing (required) or
    // present with the wrong type; an undefined value when absent and optional.
    std::optional<QJsonValue> field(const QString &key, QJsonValue::Type type, bool required,
                                    const char *typeName);

    QJsonObject m_object;
    QString m_prefix;
    std::optional<ApiError> m_error;
};

} // namespace icc
