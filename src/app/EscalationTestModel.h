#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace icc {

// One escalation test, level by level, from GET /api/v1/roster/escalation-tests/ID:
// who was paged, whether and by whom it was acknowledged, how fast, and the
// levels that are dead links (nobody on call, or no acknowledgement in time).
class EscalationTestModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        RotationColumn,
        PagedColumn,
        StatusColumn,
        AcknowledgedByColumn,
        LatencyColumn,
        NoteColumn,
        ColumnCount
    };

    explicit EscalationTestModel(QObject *parent = nullptr);

    void setReport(const QJsonObject &report);
    QJsonObject report() const { return m_report; }
    QString testId() const;
    bool isComplete() const;
    bool hasPassed() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QJsonObject m_report;
    QJsonArray m_levels;
};

} // namespace icc
