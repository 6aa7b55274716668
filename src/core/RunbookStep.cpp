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

BlastRadius BlastRadius::fromJson(const QJsonObject &object)
{
    BlastRadius radius;
    radius.services = object.value(QStringLiteral("services")).toInt(radius.services);
    radius.trafficFraction =
        object.value(QStringLiteral("traffic_fraction")).toDouble(radius.trafficFraction);
    radius.reversibleMinutes =
        object.value(QStringLiteral("reversible_minutes")).toInt(radius.reversibleMinutes);
    return radius;
}

StepParameter StepParameter::fromJson(const QJsonObject &object, const QString &key)
{
    StepParameter param;
    param.name = object.value(QStringLiteral("name")).toString(key);
    param.fromLabel = object.value(QStringLiteral("from_label")).toString();
    param.defaultValue = object.value(QStringLiteral("default")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("allowed")).toArray())
        param.allowed.append(value.toString());
    param.pattern = object.value(QStringLiteral("pattern")).toString();
    if (object.value(QStringLiteral("min")).isDouble())
        param.minimum = object.value(QStringLiteral("min")).toDouble();
    if (object.value(QStringLiteral("max")).isDouble())
        param.maximum = object.value(QStringLiteral("max")).toDouble();
    return param;
}

std::optional<RunbookStep> RunbookStep::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<RunbookStep> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    RunbookStep step;
    step.action = object.value(QStringLiteral("action")).toString();
    if (step.action.isEmpty())
        return fail(QStringLiteral("action: missing"));
    const QString riskName = object.value(QStringLiteral("risk")).toString();
    const auto risk = riskTierFromString(riskName);
    if (!risk)
        return fail(QStringLiteral("risk: unknown risk tier '%1'").arg(riskName));
    step.risk = *risk;
    step.description = object.value(QStringLiteral("description")).toString();
    step.requiresApproval = object.value(QStringLiteral("requires_approval")).toBool();
    step.command = object.value(QStringLiteral("command")).toString();
    step.rollback = object.value(QStringLiteral("rollback")).toString();
    step.blastRadius =
        BlastRadius::fromJson(object.value(QStringLiteral("blast_radius")).toObject());
    step.regulated = object.value(QStringLiteral("regulated")).toBool();
    step.irreversible = object.value(QStringLiteral("irreversible")).toBool();
    const QJsonObject params = object.value(QStringLiteral("params")).toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        step.params.insert(it.key(), StepParameter::fromJson(it.value().toObject(), it.key()));
    return step;
}

} // namespace icc
