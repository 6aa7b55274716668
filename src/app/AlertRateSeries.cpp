#include "AlertRateSeries.h"

#include "AlertTableModel.h"
#include "Clock.h"

#include <algorithm>

namespace icc {

AlertRateSeries::AlertRateSeries(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_currentMinute(minuteOf(clock.now()))
{}

void AlertRateSeries::setModel(const AlertTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &AlertTableModel::alertsAppended, this, [this](int first, int last) {
            if (minuteOf(m_clock.now()) != m_currentMinute) {
                rebuild(); // counts the new rows too
                return;
            }
            countRows(first, last);
            emit changed();
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, &AlertRateSeries::rebuild);
    }
    rebuild();
}

QDateTime AlertRateSeries::minuteOf(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(msecs - msecs % 60000, Qt::UTC);
}

void AlertRateSeries::advance()
{
    if (minuteOf(m_clock.now()) != m_currentMinute)
        rebuild();
}

void AlertRateSeries::rebuild()
{
    m_currentMinute = minuteOf(m_clock.now());
    m_counts = {};
    if (m_model && m_model->rowCount() > 0)
        countRows(0, m_model->rowCount() - 1);
    emit changed();
}

void AlertRateSeries::countRows(int first, int last)
{
    const qint64 start = windowStart().toMSecsSinceEpoch();
    const qint64 end = m_currentMinute.toMSecsSinceEpoch() + 60000;
    for (int row = first; row <= last; ++row) {
        const DashboardAlert &alert = m_model->alertAt(row);
        if (!alert.receivedAt.isValid())
            continue;
        const qint64 at = alert.receivedAt.toMSecsSinceEpoch();
        if (at < start || at >= end)
            continue;
        const int minute = int((at - start) / 60000);
        const int severity = std::clamp(alert.severityRank, 0, kSeverities - 1);
        ++m_counts[minute][severity];
    }
}

int AlertRateSeries::count(int minute, int severityRank) const
{
    if (minute < 0 || minute >= kMinutes || severityRank < 0 || severityRank >= kSeverities)
        return 0;
    return m_counts[minute][severityRank];
}

int AlertRateSeries::totalAt(int minute) const
{
    if (minute < 0 || minute >= kMinutes)
        return 0;
    int sum = 0;
    for (const int n : m_counts[minute])
        sum += n;
    return sum;
}

int AlertRateSeries::total() const
{
    int sum = 0;
    for (int minute = 0; minute < kMinutes; ++minute)
        sum += totalAt(minute);
    return sum;
}

int AlertRateSeries::maximum() const
{
    int highest = 0;
    for (int minute = 0; minute < kMinutes; ++minute)
        highest = std::max(highest, totalAt(minute));
    return highest;
}

} // namespace icc
