#pragma once

#include "EscalationTest.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace icc {

// The escalation tests a server has run since it started (PRODUCT.md
// "On-call roster": page every level, record who acknowledged and how fast).
// A test lives for minutes, so it is kept in memory; its start and every
// acknowledgement are audited by the routes, which is the durable record.
// The oldest tests are dropped to keep at most kMaxTests; never the one
// start() has just created. Not thread-safe (event loop only).
class EscalationTestRegistry final
{
public:
    static constexpr std::size_t kMaxTests = 50;

    EscalationTestRegistry() = default;
    Q_DISABLE_COPY_MOVE(EscalationTestRegistry)

    // Starts a test over `roster` (version rosterVersion) at `now`; returns its id.
    QString start(const Roster &roster, qint64 rosterVersion, const QDateTime &now);
    const EscalationTest *find(const QString &testId) const;
    EscalationTest *find(const QString &testId);
    std::optional<EscalationTestReport> report(const QString &testId, const QDateTime &now) const;

private:
    struct Entry
    {
        std::unique_ptr<EscalationTest> test;
        qint64 rosterVersion = 0;
    };

    std::map<QString, Entry> m_tests;
    qint64 m_nextId = 1;
};

} // namespace icc
