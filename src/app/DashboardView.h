#pragma once

#include <QWidget>

#include <memory>

class QModelIndex;

namespace Ui {
class DashboardView;
}

namespace icc {

struct AppContext;
struct ApiReply;
struct ClientEvent;
class AlertFilterProxyModel;
class AlertRateChart;
class AlertRateSeries;
class AlertTableModel;
class IncidentTreeModel;

// The live alert dashboard: every alert (newest first, paged in from
// /api/v1/alerts) and incident, kept current from the event stream, with
// severity/status/text filters, sorting on every column, grouping by
// incident and the alert rate of the last hour.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 1000; // the server's largest page

    explicit DashboardView(AppContext &context, QWidget *parent = nullptr);
    ~DashboardView() override;

    // How many alerts reload() pages in before "Load older" takes over.
    void setInitialAlertLimit(int limit) { m_initialAlertLimit = limit; }
    // Drops everything and loads incidents and the newest alerts again.
    void reload();
    // Appends the next page of older alerts.
    void loadOlder();

    bool isGrouped() const;
    void setGrouped(bool grouped);

    AlertTableModel &alertModel() { return *m_alerts; }
    IncidentTreeModel &incidentModel() { return *m_incidents; }
    AlertFilterProxyModel &filterModel() { return *m_filter; }
    AlertRateSeries &rateSeries() { return *m_rate; }

signals:
    // Enter (or a double click) on an alert or incident row.
    void incidentActivated(const QString &incidentId);
    // reload() finished: the incidents and the first alert pages arrived.
    void loadFinished();

private:
    void onEvent(const ClientEvent &event);
    void requestIncidents(int generation);
    void requestAlertPage(qint64 before, int remaining, int generation);
    void finishPart(int generation);
    void scheduleDetails();
    void fetchDetails();
    void onActivated(const QModelIndex &index);
    void focusSearch();
    void applyFilters();
    void scheduleCounts();
    void updateCounts();
    void showFailure(const QString &what, const ApiReply &reply);
    void clearAll();

    AppContext &m_context;
    std::unique_ptr<Ui::DashboardView> m_ui;
    AlertTableModel *m_alerts = nullptr;
    IncidentTreeModel *m_incidents = nullptr;
    AlertFilterProxyModel *m_filter = nullptr;
    AlertRateSeries *m_rate = nullptr;
    AlertRateChart *m_chart = nullptr;

    int m_initialAlertLimit = 5000;
    int m_generation = 0;
    int m_partsPending = 0;  // of the current reload: incidents, alert pages
    qint64 m_nextBefore = 0; // the next older page starts below this id; 0: none
    bool m_loadingOlder = false;
    int m_newAlertsWithoutDetails = 0;
    bool m_detailsInFlight = false;
    bool m_detailsScheduled = false;
    bool m_countsScheduled = false;
};

} // namespace icc
