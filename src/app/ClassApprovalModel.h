#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>

namespace icc {

// Class approvals (GET /api/v1/class-approvals): a commander's advance
// approval of a class of tier-1 actions for a scope and a time. The state
// column says in words whether one still applies (active, expired, revoked).
class ClassApprovalModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        ActionColumn,
        ScopeColumn,
        ExpiresColumn,
        GrantedByColumn,
        DescriptionColumn,
        IdColumn,
        ColumnCount
    };

    explicit ClassApprovalModel(QObject *parent = nullptr);

    void setApprovals(const QJsonArray &approvals);
    QString idAt(int row) const;
    QString actionAt(int row) const;
    bool isActiveAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(int row) const;

    QJsonArray m_approvals;
};

} // namespace icc
