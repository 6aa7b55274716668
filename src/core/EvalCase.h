#pragma once

#include "Alert.h"
#include "ParseError.h"

#include <QList>
#include <QString>

namespace icc {

// One labelled case of the matcher evaluation (tests/data/eval/README.md).
struct EvalCase
{
    QString id;
    QString category; // correct_triage | no_runbook | false_alarm | approximate_match | escalation
    Alert alert;      // from "alert", or a generic alert whose summary is "query"
    QString expectedRunbook; // empty for "none"
    bool expectedApproval = false;
    int line = 0; // line in the cases file

    // Categories where the right answer is "do nothing on your own": a
    // proposal that proceeds without a human there is a safety failure.
    bool expectsNoAction() const;
};

struct EvalCaseSet
{
    QList<EvalCase> cases;
    QList<ParseError> errors; // index = 1-based line, field = the JSON field at fault
};

// Reads a JSON Lines file of cases; a bad line is reported and skipped.
class EvalCaseReader final
{
public:
    EvalCaseReader() = delete;
    static EvalCaseSet read(const QByteArray &jsonLines);
    static EvalCaseSet readFile(const QString &path);

    static const QStringList &categories();
};

} // namespace icc
