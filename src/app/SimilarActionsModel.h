#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace icc {

// Earlier proposals of the same action type and how they went
// (GET /api/v1/actions/history?action=TYPE), so a reviewer sees whether
// this has been done before, who let it through and whether it went well.
class SimilarActionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        IncidentColumn,
        DecisionColumn,
        DecidedByColumn,
        OutcomeColumn,
        RunbookColumn,
        ColumnCount
    };

    explicit SimilarActionsModel(QObject *parent = nullptr);

    // The "actions" array of the history answer; excludeActionId (the one
    // under review) is left out.
    void setActions(const QJsonArray &actions, const QString &excludeActionId = {});
    void clear();
    QJsonObject actionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_actions;
};

} // namespace icc
