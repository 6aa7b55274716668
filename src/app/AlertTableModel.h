#pragma once

#include "DashboardRecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>

namespace icc {

// Every alert the dashboard knows, one row per alert id. Rows are only
// appended (arrival order; the proxy sorts), so an id keeps its row and the
// id -> row hash makes an upsert O(1). Live events are queued with enqueue()
// and applied together once the event loop turns: a burst of a thousand
// alert.created events becomes one beginInsertRows, not a thousand.
class AlertTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        StatusColumn,
        SummaryColumn,
        OriginColumn,
        IncidentColumn,
        ReceivedColumn,
        LastSeenColumn,
        OccurrencesColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // rank, msecs since epoch, count or text
        AlertIdRole,
        IncidentIdRole,
        SeverityRankRole,
        StatusRole,
        SearchTextRole, // lower-case summary + labels + origin + incident
        IsIncidentRole, // false for alerts (true on IncidentTreeModel's parents)
    };

    explicit AlertTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AlertTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Applies alerts now: updates known ids in place, appends new ones in one
    // insert. seenAt stands in for missing timestamps (an event's "at").
    void upsert(const QList<QJsonObject> &alerts, const QDateTime &seenAt = {});
    // Queues one alert (a live event); applied with the rest of this
    // event-loop turn's alerts by flush(), which a zero timer calls.
    void enqueue(const QJsonObject &alert, const QDateTime &seenAt);
    void flush();
    bool hasPending() const { return !m_pending.isEmpty(); }
    void clear();

    int rowOf(qint64 alertId) const { return m_rowById.value(alertId, -1); }
    const DashboardAlert &alertAt(int row) const { return m_alerts.at(row); }
    const QVector<DashboardAlert> &alerts() const { return m_alerts; }

    // The shared column contents, so IncidentTreeModel shows alerts the same way.
    static QVariant alertData(const DashboardAlert &alert, int column, int role);
    static QVariant headerText(int section);
    // Ordering of two alerts by column (the proxy's fast path).
    static bool lessThan(const DashboardAlert &left, const DashboardAlert &right, int column);

signals:
    // Rows [first, last] were appended by one upsert (the chart counts them).
    void alertsAppended(int first, int last);

private:
    struct Pending
    {
        QJsonObject json;
        QDateTime seenAt;
    };

    QVector<DashboardAlert> m_alerts;
    QHash<qint64, int> m_rowById;
    QList<Pending> m_pending;
    bool m_flushScheduled = false;
};

} // namespace icc
