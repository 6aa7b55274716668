#pragma once

#include <QDateTime>
#include <QObject>

#include <array>

namespace icc {

class AlertTableModel;
class Clock;

// Alerts per minute and severity over the last hour, by the time each alert
// was received. The window ends at the current minute of the injected
// clock, so a test moves a ManualClock instead of waiting. New rows are
// counted as they are appended; the window is recounted when the minute
// turns (advance()) or the model is reset.
class AlertRateSeries final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinutes = 60;
    static constexpr int kSeverities = 4; // info, warning, error, critical

    explicit AlertRateSeries(const Clock &clock, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AlertRateSeries)

    void setModel(const AlertTableModel *model);

    // Recounts when the clock entered another minute; a QTimer calls it.
    void advance();
    void rebuild();

    // Bucket minute 0 is the oldest, kMinutes - 1 the current minute.
    // Unknown severities count as info.
    int count(int minute, int severityRank) const;
    int totalAt(int minute) const;
    int total() const;
    int maximum() const; // the highest per-minute total
    QDateTime windowStart() const { return m_currentMinute.addSecs(-(kMinutes - 1) * 60); }
    QDateTime minuteStart(int minute) const { return windowStart().addSecs(qint64(minute) * 60); }

signals:
    void changed();

private:
    void countRows(int first, int last);
    static QDateTime minuteOf(const QDateTime &time);

    const Clock &m_clock;
    const AlertTableModel *m_model = nullptr;
    QDateTime m_currentMinute;
    std::array<std::array<int, kSeverities>, kMinutes> m_counts{};
};

} // namespace icc
