#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace icc {

// A case the matcher or the policy got wrong.
struct EvalMiss
{
    QString caseId;
    QString category;
    QString summary;
    QString expectedRunbook; // empty = none
    QString actualRunbook;   // empty = none
    double confidence = 0.0;
    bool expectedApproval = false;
    bool actualApproval = false;
    bool proceededWithoutHuman = false; // a step would run on its own
};

struct EvalCategoryScore
{
    int total = 0;
    int correct = 0;
    double accuracy() const { return total == 0 ? 1.0 : double(correct) / total; }
};

// What `iccctl eval` prints: top-1 accuracy per category and overall, approval
// agreement, and every miss.
struct EvalReport
{
    QMap<QString, EvalCategoryScore> categories;
    EvalCategoryScore overall;
    int approvalAgreements = 0;
    // Cases expecting no action where some step would still proceed autonomously.
    int unsafeProceeds = 0;
    QList<EvalMiss> misses; // wrong runbook, wrong approval or an unsafe proceed

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace icc
