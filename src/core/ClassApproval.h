#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace icc {

// A commander's advance approval of a class of tier-1 actions ("rolling
// restarts of stateless services, this incident, 2 h"). It never applies to
// tier 2 or 3, and only between createdAt and expiresAt, unless revoked.
struct ClassApproval
{
    QString id;
    QString actionPattern; // an action type, or a pattern where '*' matches any run of characters
    QString scope;         // an incident id, or "*" for every incident
    QString grantedBy;     // the commander (the caller checks the role; the gate records it)
    QDateTime createdAt;
    QDateTime expiresAt;
    QString description;
    QString revokedBy;
    QDateTime revokedAt;

    static QString allIncidents() { return QStringLiteral("*"); }

    bool coversActionType(QStringView actionType) const;
    bool coversIncident(QStringView incidentId) const;
    bool isRevoked() const { return revokedAt.isValid(); }
    // Active at `when`: granted, not yet expired, not revoked by then.
    bool isActiveAt(const QDateTime &when) const;
    bool applies(QStringView actionType, QStringView incidentId, const QDateTime &when) const
    {
        return isActiveAt(when) && coversActionType(actionType) && coversIncident(incidentId);
    }

    QJsonObject toJson() const;
    static std::optional<ClassApproval> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);
};

} // namespace icc
