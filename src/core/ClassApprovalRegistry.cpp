#include "ClassApprovalRegistry.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace icc {

namespace {

// A class of actions is one action type ("restart_service") or the action
// types sharing a literal prefix ("restart_*"). Wildcards elsewhere ("*_*",
// "*e*") match nearly everything and would pre-approve unrelated actions.
QString patternProblem(const QString &pattern)
{
    static constexpr int kMinLiteralCharacters = 3;
    const qsizetype star = pattern.indexOf(QLatin1Char('*'));
    if (star >= 0 && star != pattern.size() - 1)
        return QStringLiteral("may hold one '*', only at the end (e.g. restart_*)");
    const QString literal = star >= 0 ? pattern.left(star) : pattern;
    if (literal.trimmed() != literal || literal.contains(QLatin1Char(' ')))
        return QStringLiteral("must not contain spaces");
    if (literal.size() < kMinLiteralCharacters)
        return QStringLiteral("needs at least %1 literal characters before any '*'; "
                              "name the class of actions")
            .arg(kMinLiteralCharacters);
    return {};
}

} // namespace

ClassApprovalRegistry::Result ClassApprovalRegistry::grant(const ClassApproval &approval)
{
    const auto invalid = [](const QString &why) {
        return Result{GateError::ClassApprovalInvalid, why};
    };
    if (approval.id.trimmed().isEmpty())
        return invalid(QStringLiteral("class approval: id is required"));
    if (approval.actionPattern.trimmed().isEmpty())
        return invalid(QStringLiteral("class approval: action is required"));
    if (const QString why = patternProblem(approval.actionPattern); !why.isEmpty())
        return invalid(
            QStringLiteral("class approval: action \"%1\" %2").arg(approval.actionPattern, why));
    if (approval.scope.trimmed().isEmpty())
        return invalid(QStringLiteral("class approval: scope (an incident id or *) is required"));
    if (approval.grantedBy.trimmed().isEmpty())
        return invalid(QStringLiteral("class approval: granted_by is required"));
    if (!approval.createdAt.isValid() || !approval.expiresAt.isValid())
        return invalid(QStringLiteral("class approval: created_at and expires_at are required"));
    if (approval.expiresAt <= approval.createdAt)
        return invalid(QStringLiteral("class approval: expires_at must be after created_at"));
    if (find(approval.id))
        return Result{GateError::DuplicateClassApproval,
                      QStringLiteral("class approval %1 already exists").arg(approval.id)};
    ClassApproval stored = approval;
    stored.revokedBy.clear();
    stored.revokedAt = QDateTime();
    m_approvals.append(stored);
    return {};
}

ClassApprovalRegistry::Result ClassApprovalRegistry::revoke(const QString &id, const QString &by,
                                                            const QDateTime &when)
{
    for (ClassApproval &approval : m_approvals) {
        if (approval.id != id)
            continue;
        if (!approval.isRevoked()) {
            approval.revokedBy = by;
            approval.revokedAt = when;
        }
        return {};
    }
    return Result{GateError::UnknownClassApproval,
                  QStringLiteral("no class approval with id %1").arg(id)};
}

std::optional<ClassApproval> ClassApprovalRegistry::findActive(const QString &actionType,
                                                               const QString &incidentId,
                                                               const QDateTime &when) const
{
    std::optional<ClassApproval> best;
    for (const ClassApproval &approval : m_approvals) {
        if (!approval.applies(actionType, incidentId, when))
            continue;
        if (!best || approval.expiresAt < best->expiresAt)
            best = approval;
    }
    return best;
}

std::optional<ClassApproval> ClassApprovalRegistry::find(const QString &id) const
{
    const auto it =
        std::find_if(m_approvals.cbegin(), m_approvals.cend(),
                     [&id](const ClassApproval &approval) { return approval.id == id; });
    if (it == m_approvals.cend())
        return std::nullopt;
    return *it;
}

QJsonArray ClassApprovalRegistry::toJson() const
{
    QJsonArray array;
    for (const ClassApproval &approval : m_approvals)
        array.append(approval.toJson());
    return array;
}

ClassApprovalRegistry::Result ClassApprovalRegistry::loadJson(const QJsonArray &array)
{
    QList<ClassApproval> loaded;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        auto approval = ClassApproval::fromJson(array.at(i).toObject(), &why);
        if (!approval) {
            return Result{GateError::ClassApprovalInvalid,
                          QStringLiteral("entry %1: %2").arg(i).arg(why)};
        }
        // Saved before the pattern rule existed and too broad for it: kept in
        // the record, but no longer carries anything.
        if (!approval->revokedAt.isValid() && !patternProblem(approval->actionPattern).isEmpty()) {
            approval->revokedBy = QStringLiteral("icc (action pattern too broad)");
            approval->revokedAt = approval->createdAt;
        }
        loaded.append(*approval);
    }
    m_approvals = loaded;
    return {};
}

} // namespace icc
