#pragma once

#include <QChart>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace icc {

class AlertRateSeries;

// The alert-rate chart: one stacked bar per minute of the last hour, one
// colour per severity, and the severities named in the legend (colour is
// never the only signal). Redraws once per event-loop turn at most.
class AlertRateChart final : public QChart
{
    Q_OBJECT

public:
    explicit AlertRateChart(AlertRateSeries &series, QGraphicsItem *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AlertRateChart)

    // What the bars show now (tests compare it with the series).
    int barTotal() const;

private:
    void scheduleRefresh();
    void refresh();

    AlertRateSeries &m_series;
    QStackedBarSeries *m_bars = nullptr;
    std::array<QBarSet *, 4> m_sets{};
    QBarCategoryAxis *m_minutes = nullptr;
    QValueAxis *m_counts = nullptr;
    bool m_refreshScheduled = false;
};

} // namespace icc
