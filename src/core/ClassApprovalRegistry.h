#pragma once

#include "ClassApproval.h"
#include "GateError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace icc {

// The class approvals granted so far, active or not (expired and revoked ones
// are kept for the audit trail and simply stop applying).
class ClassApprovalRegistry final
{
public:
    struct Result
    {
        GateError error = GateError::None;
        QString message;
        bool ok() const { return error == GateError::None; }
    };

    ClassApprovalRegistry() = default;
    Q_DISABLE_COPY_MOVE(ClassApprovalRegistry)

    // Refuses an approval without id, action, scope, grantor or a finite
    // lifetime, and one whose action pattern is nothing but wildcards: a class
    // approval names a class of actions, never "everything".
    Result grant(const ClassApproval &approval);
    Result revoke(const QString &id, const QString &by, const QDateTime &when);

    // The active approval covering actionType in incidentId at `when`, if any
    // (the one expiring soonest when several apply, so the record names the
    // narrowest grant in time).
    std::optional<ClassApproval> findActive(const QString &actionType, const QString &incidentId,
                                            const QDateTime &when) const;
    std::optional<ClassApproval> find(const QString &id) const;
    QList<ClassApproval> all() const { return m_approvals; }

    QJsonArray toJson() const;
    // Replaces the content; refuses (and keeps the old content) if any entry is malformed.
    Result loadJson(const QJsonArray &array);

private:
    QList<ClassApproval> m_approvals;
};

} // namespace icc
