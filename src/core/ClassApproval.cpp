#include "ClassApproval.h"

#include "JsonConversions.h"

#include <QStringList>

namespace icc {

namespace {

// '*' matches any run of characters (including none); everything else is
// literal. Kept deliberately smaller than a regular expression: a class
// approval should read like the action types it covers.
bool wildcardMatches(QStringView pattern, QStringView text)
{
    const QList<QStringView> parts = pattern.split(QLatin1Char('*'));
    if (parts.size() == 1)
        return pattern == text;
    if (!text.startsWith(parts.first()) || !text.endsWith(parts.last()))
        return false;
    qsizetype position = parts.first().size();
    const qsizetype end = text.size() - parts.last().size();
    if (end < position)
        return false;
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const qsizetype found = text.indexOf(parts.at(i), position);
        if (found < 0 || found + parts.at(i).size() > end)
            return false;
        position = found + parts.at(i).size();
    }
    return true;
}

} // namespace

bool ClassApproval::coversActionType(QStringView actionType) const
{
    return !actionType.isEmpty() && wildcardMatches(actionPattern, actionType);
}

bool ClassApproval::coversIncident(QStringView incidentId) const
{
    return scope == allIncidents() || (!incidentId.isEmpty() && scope == incidentId);
}

bool ClassApproval::isActiveAt(const QDateTime &when) const
{
    if (!createdAt.isValid() || !expiresAt.isValid() || !when.isValid())
        return false;
    if (when < createdAt || when >= expiresAt)
        return false;
    return !isRevoked() || when < revokedAt;
}

QJsonObject ClassApproval::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("action"), actionPattern},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("granted_by"), grantedBy},
        {QStringLiteral("created_at"), json::timestamp(createdAt)},
        {QStringLiteral("expires_at"), json::timestamp(expiresAt)},
        {QStringLiteral("description"), description},
    };
    if (isRevoked()) {
        object.insert(QStringLiteral("revoked_by"), revokedBy);
        object.insert(QStringLiteral("revoked_at"), json::timestamp(revokedAt));
    }
    return object;
}

std::optional<ClassApproval> ClassApproval::fromJson(const QJsonObject &object, QString *error)
{
    ClassApproval approval;
    approval.id = object.value(QStringLiteral("id")).toString();
    approval.actionPattern = object.value(QStringLiteral("action")).toString();
    approval.scope = object.value(QStringLiteral("scope")).toString();
    approval.grantedBy = object.value(QStringLiteral("granted_by")).toString();
    approval.createdAt = QDateTime::fromString(
        object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    approval.expiresAt = QDateTime::fromString(
        object.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    approval.description = object.value(QStringLiteral("description")).toString();
    approval.revokedBy = object.value(QStringLiteral("revoked_by")).toString();
    approval.revokedAt = QDateTime::fromString(
        object.value(QStringLiteral("revoked_at")).toString(), Qt::ISODateWithMs);
    if (approval.id.isEmpty() || approval.actionPattern.isEmpty() || approval.scope.isEmpty() ||
        approval.grantedBy.isEmpty() || !approval.createdAt.isValid() ||
        !approval.expiresAt.isValid()) {
        if (error) {
            *error = QStringLiteral("class approval: id, action, scope, granted_by, created_at "
                                    "and expires_at are required");
        }
        return std::nullopt;
    }
    return approval;
}

} // namespace icc
