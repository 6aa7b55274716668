#include "EscalationTestRegistry.h"

namespace icc {

QString EscalationTestRegistry::start(const Roster &roster, qint64 rosterVersion,
                                      const QDateTime &now)
{
    // A fresh id per server start would repeat after a restart; the time makes
    // it unique across restarts, the counter within one millisecond.
    const QString id =
        QStringLiteral("et-%1-%2").arg(now.toUTC().toMSecsSinceEpoch()).arg(m_nextId++);
    // Room is made before the new test goes in, so the test just started is
    // never the one evicted (its start time may be the oldest when the clock
    // was stepped back).
    while (!m_tests.empty() && m_tests.size() >= kMaxTests) {
        auto oldest = m_tests.begin();
        for (auto it = m_tests.begin(); it != m_tests.end(); ++it) {
            if (it->second.test->startedAt() < oldest->second.test->startedAt())
                oldest = it;
        }
        m_tests.erase(oldest);
    }
    Entry entry;
    entry.test = std::make_unique<EscalationTest>(roster, id, now.toUTC());
    entry.rosterVersion = rosterVersion;
    m_tests.insert_or_assign(id, std::move(entry));
    return id;
}

const EscalationTest *EscalationTestRegistry::find(const QString &testId) const
{
    const auto it = m_tests.find(testId);
    return it == m_tests.end() ? nullptr : it->second.test.get();
}

EscalationTest *EscalationTestRegistry::find(const QString &testId)
{
    const auto it = m_tests.find(testId);
    return it == m_tests.end() ? nullptr : it->second.test.get();
}

std::optional<EscalationTestReport> EscalationTestRegistry::report(const QString &testId,
                                                                   const QDateTime &now) const
{
    const auto it = m_tests.find(testId);
    if (it == m_tests.end())
        return std::nullopt;
    EscalationTestReport report = it->second.test->report(now.toUTC());
    report.rosterVersion = int(it->second.rosterVersion);
    return report;
}

} // namespace icc
