#pragma once

#include "IncidentRecord.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>

namespace icc {

// The audit timeline of one incident, one row per entry: time, actor, event
// and a sentence saying what happened. Rows that concern an action carry its
// id (ActionIdRole) so selecting one opens that action's chain.
class AuditTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        EventColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        SequenceRole
    };

    explicit AuditTimelineModel(QObject *parent = nullptr);

    void clear();
    // Appends the "entries" of one /api/v1/audit page; returns how many were
    // readable (an entry that does not parse is skipped and counted out).
    int appendEntries(const QJsonArray &entries);

    const QList<TimelineEvent> &events() const { return m_events; }
    QString actionIdAt(int row) const;
    // The action ids in log order, each once.
    QStringList actionIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEvent> m_events;
    QStringList m_actionIds; // per row, empty when the entry names no action
};

} // namespace icc
