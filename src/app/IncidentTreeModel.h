#pragma once

#include "DashboardRecords.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace icc {

class AlertTableModel;

// The grouping view: incidents as parents, their alerts as children. The
// alerts stay in AlertTableModel (one copy, one upsert path); this model
// follows its inserts and changes and keeps only which alert rows belong to
// which incident. An alert whose incident is not known yet gets a
// placeholder parent that the incident's record fills in when it arrives;
// alerts without an incident sit under a "not grouped yet" parent.
class IncidentTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit IncidentTreeModel(AlertTableModel &alerts, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(IncidentTreeModel)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Full records (GET /incidents) or event payloads (incident.opened /
    // incident.updated with the event's time as seenAt).
    void upsertIncidents(const QList<QJsonObject> &incidents, const QDateTime &seenAt = {});
    void upsertIncident(const QJsonObject &incident, const QDateTime &seenAt = {});
    // Forgets the incidents (the alerts belong to AlertTableModel).
    void clearIncidents();

    int incidentCount() const { return int(m_groups.size()); }
    const DashboardIncident *incident(const QString &incidentId) const;
    QModelIndex indexOfIncident(const QString &incidentId) const;
    // The tree index of the alert in row alertRow of AlertTableModel.
    QModelIndex indexOfAlertRow(int alertRow) const;

private:
    struct Group
    {
        DashboardIncident incident;
        QVector<int> alertRows; // rows of AlertTableModel, in arrival order
    };
    struct Position
    {
        int group = -1;
        int child = -1;
    };

    void onAlertsInserted(const QModelIndex &parent, int first, int last);
    void onAlertsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void rebuild();
    int groupFor(const QString &incidentId); // appends a placeholder if unknown (no signals)
    QVariant incidentData(const Group &group, int column, int role) const;

    AlertTableModel &m_alerts;
    QVector<Group> m_groups;
    QHash<QString, int> m_groupById;
    QVector<Position> m_positionOfAlertRow;
};

} // namespace icc
