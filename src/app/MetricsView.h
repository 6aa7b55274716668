#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class MetricsView;
}

class QTimer;

namespace icc {

struct AppContext;
struct ClientEvent;
class DecisionTimeModel;
class OversightFiguresModel;

// Oversight metrics (GET /api/v1/metrics/oversight?from=&to=) over a chosen
// window (24 h, 7 d, 30 d): time to decision by tier (median and p90 bars),
// rejection / modification / override rates, queue depth, MTTA and MTTR, and
// the HITL-theater check as a banner that cannot be missed: red with its
// message when flagged, grey when there is not enough data to judge.
// Refreshes on a timer and, shortly after, on review events.
class MetricsView final : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsView(AppContext &context, QWidget *parent = nullptr);
    ~MetricsView() override;

    // Window length in hours of the selector's current choice.
    int windowHours() const;
    QJsonObject report() const { return m_report; }
    DecisionTimeModel *decisionTimeModel() const { return m_decisionTimes; }
    OversightFiguresModel *figuresModel() const { return m_figures; }

public slots:
    void reload();

signals:
    void reportLoaded();

private:
    void applyReport(const QJsonObject &report);
    void showTheaterCheck(const QJsonObject &check);
    void rebuildCharts();
    void onEvent(const ClientEvent &event);
    bool mayReadMetrics() const;

    AppContext &m_context;
    std::unique_ptr<Ui::MetricsView> m_ui;
    DecisionTimeModel *m_decisionTimes = nullptr;
    OversightFiguresModel *m_figures = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_eventDebounce = nullptr;
    QJsonObject m_report;
};

} // namespace icc
