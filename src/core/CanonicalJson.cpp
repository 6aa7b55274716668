#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace icc {

namespace {

void appendValue(QByteArray &out, const QJsonValue &value);

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(kHex[byte >> 4]);
                out.append(kHex[byte & 0x0f]);
            } else {
                out.append(c); // UTF-8 continuation bytes are all >= 0x80
            }
        }
    }
    out.append('"');
}

void appendNumber(QByteArray &out, double number)
{
    if (!std::isfinite(number)) {
        out.append("null");
        return;
    }
    // Below 2^53 every integer is exact, so plain digits are both shortest
    // and unambiguous; this also folds -0 into 0.
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (number == std::trunc(number) && std::fabs(number) < kExactIntegerLimit) {
        out.append(QByteArray::number(static_cast<qint64>(number)));
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), number);
    // 64 bytes always suffice for the shortest form of a double (at most 24).
    out.append(buffer, result.ptr - buffer);
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    // Sort by the UTF-8 bytes, not by QString's UTF-16 order, so any
    // implementation that only sees bytes can reproduce the order.
    QList<std::pair<QByteArray, QString>> keys;
    keys.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        keys.append({it.key().toUtf8(), it.key()});
    std::sort(keys.begin(), keys.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    out.append('{');
    bool first = true;
    for (const auto &[bytes, key] : keys) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, key);
        out.append(':');
        appendValue(out, object.value(key));
    }
    out.append('}');
}

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out.append('[');
    bool first = true;
    for (const QJsonValue &element : array) {
        if (!first)
            out.append(',');
        first = false;
        appendValue(out, element);
    }
    out.append(']');
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

} // namespace

QByteArray CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

} // namespace icc
