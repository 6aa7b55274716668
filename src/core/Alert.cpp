#include "Alert.h"

#include "JsonConversions.h"

#include <QJsonArray>

namespace icc {

QString toString(Alert::Source source)
{
    switch (source) {
    case Alert::Source::Alertmanager:
        return QStringLiteral("alertmanager");
    case Alert::Source::PagerDuty:
        return QStringLiteral("pagerduty");
    case Alert::Source::Generic:
        break;
    }
    return QStringLiteral("generic");
}

QString toString(Alert::Status status)
{
    switch (status) {
    case Alert::Status::Acknowledged:
        return QStringLiteral("acknowledged");
    case Alert::Status::Resolved:
        return QStringLiteral("resolved");
    case Alert::Status::Firing:
        break;
    }
    return QStringLiteral("firing");
}

QString Alert::searchText() const
{
    QStringList parts{summary, description};
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() << it.value();
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        parts << it.value();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << it.key() << QString::number(it.value());
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QJsonObject Alert::toJson() const
{
    QJsonObject valuesJson;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        valuesJson.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), toString(source)},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("description"), description},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("dedup_key"), dedupKey},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("generator_url"), generatorUrl},
        {QStringLiteral("labels"), json::fromStringMap(labels)},
        {QStringLiteral("annotations"), json::fromStringMap(annotations)},
        {QStringLiteral("values"), valuesJson},
        {QStringLiteral("starts_at"), json::timestamp(startsAt)},
        {QStringLiteral("ends_at"), json::timestamp(endsAt)},
    };
}

} // namespace icc
