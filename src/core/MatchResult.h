#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace icc {

struct MatchCandidate
{
    QString runbookId;
    double score = 0.0; // calibrated 0..1
};

// Why a runbook matched: the terms, concepts, labels and conditions that counted.
struct MatchExplanation
{
    QStringList matchedTerms;
    QStringList matchedConcepts;
    QStringList matchedLabels;
    QStringList conditionsMet;
    QStringList conditionsFailed;

    QJsonObject toJson() const;
};

// Result of matching one alert against the runbook library.
struct MatchResult
{
    QString runbookId; // empty: no runbook (novel, below threshold, informational)
    double confidence = 0.0;
    QList<MatchCandidate> candidates; // best first
    bool ambiguous = false;           // top two too close to call
    bool informational = false;       // resolved / notice / maintenance: nothing to do
    // Why the alert counts as informational ("status is resolved", "reading
    // CPU 45% does not meet CPU usage above 90%"); empty when it does not.
    QString informationalReason;
    MatchExplanation explanation;

    bool hasRunbook() const { return !runbookId.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace icc
