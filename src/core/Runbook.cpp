#include "Runbook.h"

#include <QJsonArray>

namespace icc {

QJsonObject Runbook::toJson() const
{
    QJsonObject labels;
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonArray stepsJson;
    for (const RunbookStep &step : steps)
        stepsJson.append(step.toJson());
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("risk"), toString(risk)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("symptoms"), QJsonArray::fromStringList(symptoms)},
        {QStringLiteral("examples"), QJsonArray::fromStringList(examples)},
        {QStringLiteral("match_labels"), labels},
        {QStringLiteral("steps"), stepsJson},
        {QStringLiteral("body"), body},
        {QStringLiteral("source_file"), sourceFile},
    };
}

} // namespace icc
