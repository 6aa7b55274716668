#include "RunbookStep.h"

#include <QJsonArray>

namespace icc {

QJsonObject BlastRadius::toJson() const
{
    return QJsonObject{
        {QStringLiteral("services"), services},
        {QStringLiteral("traffic_fraction"), trafficFraction},
        {QStringLiteral("reversible_minutes"), reversibleMinutes},
    };
}

QJsonObject StepParameter::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name}};
    if (!fromLabel.isEmpty())
        object.insert(QStringLiteral("from_label"), fromLabel);
    if (!defaultValue.isEmpty())
        object.insert(QStringLiteral("default"), defaultValue);
    if (!allowed.isEmpty())
        object.insert(QStringLiteral("allowed"), QJsonArray::fromStringList(allowed));
    if (!pattern.isEmpty())
        object.insert(QStringLiteral("pattern"), pattern);
    if (minimum)
        object.insert(QStringLiteral("min"), *minimum);
    if (maximum)
        object.insert(QStringLiteral("max"), *maximum);
    return object;
}

QJsonObject RunbookStep::toJson() const
{
    QJsonObject paramsJson;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        paramsJson.insert(it.key(), it.value().toJson());
    return QJsonObject{
        {QStringLiteral("action"), action},
        {QStringLiteral("description"), description},
        {QStringLiteral("risk"), toString(risk)},
        {QStringLiteral("requires_approval"), requiresApproval},
        {QStringLiteral("command"), command},
        {QStringLiteral("rollback"), rollback},
        {QStringLiteral("blast_radius"), blastRadius.toJson()},
        {QStringLiteral("regulated"), regulated},
        {QStringLiteral("irreversible"), irreversible},
        {QStringLiteral("params"), paramsJson},
    };
}

} // namespace icc
