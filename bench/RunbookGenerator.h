#pragma once

#include "Alert.h"
#include "Runbook.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace icc {

// One query of the benchmark: an alert and the kind of text it carries, so
// latencies can be reported per kind.
struct BenchQuery
{
    // similar: an example/symptom of a generated runbook, reworded and with readings
    // variant: other operator vocabulary for the same problems ("pegged", "OOMKilled")
    // numeric: a terse alert whose evidence is mostly Alert::values
    // noise: text about nothing a runbook covers
    // informational: resolved / completed / maintenance notices
    QString category;
    Alert alert;
};

// Deterministic synthetic runbook libraries and query alerts for the matcher
// benchmark. The vocabulary mimics resources/runbooks: ~25 problem kinds
// (CPU, latency, replication lag, certificates...) spread over a few hundred
// services, with numeric conditions, tags, label selectors and 2-5 steps.
//
// Runbook i depends only on (seed, i), so the library of 1k runbooks is the
// prefix of the library of 10k: sizes compare like with like. Random numbers
// come from std::mt19937 and are reduced by hand (not through std
// distributions, whose output differs between standard libraries).
class RunbookGenerator final
{
public:
    static constexpr std::uint32_t kDefaultSeed = 20240611;

    explicit RunbookGenerator(std::uint32_t seed = kDefaultSeed);

    Runbook runbook(int index) const;
    // Runbooks 0 .. count-1, ids unique.
    QList<Runbook> runbooks(int count) const;
    // count query alerts; independent of the library size.
    QList<BenchQuery> queries(int count) const;

private:
    std::uint32_t m_seed;
};

} // namespace icc
