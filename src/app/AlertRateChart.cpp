#include "AlertRateChart.h"

#include "AlertRateSeries.h"
#include "SeverityStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>

namespace icc {

AlertRateChart::AlertRateChart(AlertRateSeries &series, QGraphicsItem *parent)
    : QChart(parent)
    , m_series(series)
    , m_bars(new QStackedBarSeries(this))
    , m_minutes(new QBarCategoryAxis(this))
    , m_counts(new QValueAxis(this))
{
    setTitle(tr("Alerts per minute, last 60 minutes"));
    for (int rank = 0; rank < int(m_sets.size()); ++rank) {
        const QString severity = SeverityStyle::severityAt(rank);
        auto *set = new QBarSet(SeverityStyle::text(severity), m_bars);
        set->setColor(SeverityStyle::background(severity));
        set->setBorderColor(SeverityStyle::background(severity).darker(150));
        for (int minute = 0; minute < AlertRateSeries::kMinutes; ++minute)
            set->append(0);
        m_bars->append(set);
        m_sets[rank] = set;
    }
    m_bars->setBarWidth(0.9);
    addSeries(m_bars);
    m_minutes->setLabelsAngle(-90);
    QFont small = m_minutes->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    m_minutes->setLabelsFont(small);
    addAxis(m_minutes, Qt::AlignBottom);
    addAxis(m_counts, Qt::AlignLeft);
    m_bars->attachAxis(m_minutes);
    m_bars->attachAxis(m_counts);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setTitleText(tr("alerts / minute"));
    legend()->setAlignment(Qt::AlignBottom);
    setAnimationOptions(QChart::NoAnimation);
    connect(&m_series, &AlertRateSeries::changed, this, &AlertRateChart::scheduleRefresh);
    refresh();
}

int AlertRateChart::barTotal() const
{
    double sum = 0;
    for (const QBarSet *set : m_sets)
        sum += set->sum();
    return int(sum);
}

void AlertRateChart::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, &AlertRateChart::refresh);
}

void AlertRateChart::refresh()
{
    m_refreshScheduled = false;
    QStringList labels;
    labels.reserve(AlertRateSeries::kMinutes);
    for (int minute = 0; minute < AlertRateSeries::kMinutes; ++minute)
        labels.append(m_series.minuteStart(minute).toLocalTime().toString(QStringLiteral("HH:mm")));
    if (m_minutes->categories() != labels)
        m_minutes->setCategories(labels);
    for (int rank = 0; rank < int(m_sets.size()); ++rank) {
        for (int minute = 0; minute < AlertRateSeries::kMinutes; ++minute) {
            const double value = m_series.count(minute, rank);
            if (m_sets[rank]->at(minute) != value)
                m_sets[rank]->replace(minute, value);
        }
    }
    // A little headroom above the busiest minute; never a 0..0 axis.
    const int highest = std::max(4, m_series.maximum());
    m_counts->setRange(0, highest + highest / 5 + 1);
}

} // namespace icc
