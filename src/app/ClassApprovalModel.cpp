#include "ClassApprovalModel.h"

#include <QJsonObject>

namespace icc {

ClassApprovalModel::ClassApprovalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClassApprovalModel::setApprovals(const QJsonArray &approvals)
{
    beginResetModel();
    m_approvals = approvals;
    endResetModel();
}

QString ClassApprovalModel::idAt(int row) const
{
    return m_approvals.at(row).toObject().value(QStringLiteral("id")).toString();
}

QString ClassApprovalModel::actionAt(int row) const
{
    return m_approvals.at(row).toObject().value(QStringLiteral("action")).toString();
}

bool ClassApprovalModel::isActiveAt(int row) const
{
    // The server judged "active" on its own clock when it answered.
    return m_approvals.at(row).toObject().value(QStringLiteral("active")).toBool();
}

QString ClassApprovalModel::stateText(int row) const
{
    const QJsonObject approval = m_approvals.at(row).toObject();
    if (approval.contains(QStringLiteral("revoked_at")))
        return tr("REVOKED by %1").arg(approval.value(QStringLiteral("revoked_by")).toString());
    return isActiveAt(row) ? tr("ACTIVE") : tr("expired");
}

int ClassApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_approvals.size());
}

int ClassApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassApprovalModel::data(const QModelIndex &index, int role) const
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !index.isValid() ||
        index.row() >= m_approvals.size())
        return {};
    const QJsonObject approval = m_approvals.at(index.row()).toObject();
    switch (index.column()) {
    case StateColumn:
        return stateText(index.row());
    case ActionColumn:
        return approval.value(QStringLiteral("action")).toString();
    case ScopeColumn: {
        const QString scope = approval.value(QStringLiteral("scope")).toString();
        return scope == QLatin1String("*") ? tr("every incident") : scope;
    }
    case ExpiresColumn:
        return approval.value(QStringLiteral("expires_at")).toString();
    case GrantedByColumn:
        return approval.value(QStringLiteral("granted_by")).toString();
    case DescriptionColumn:
        return approval.value(QStringLiteral("description")).toString();
    case IdColumn:
        return approval.value(QStringLiteral("id")).toString();
    default:
        return {};
    }
}

QVariant ClassApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case ActionColumn:
        return tr("Action (pattern)");
    case ScopeColumn:
        return tr("Scope");
    case ExpiresColumn:
        return tr("Expires (UTC)");
    case GrantedByColumn:
        return tr("Granted by");
    case DescriptionColumn:
        return tr("Description");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}

} // namespace icc
