#pragma once

#include "HitlTypes.h"
#include "RunbookStep.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace icc {

// A runbook: YAML front matter (the machine part) plus a Markdown body (the
// human procedure). Loaded and validated by RunbookLoader.
struct Runbook
{
    QString id;
    QString title;
    RiskTier risk = RiskTier::Low;
    QStringList tags;
    QStringList symptoms;
    QStringList examples;               // optional example alert texts that should match
    QMap<QString, QString> matchLabels; // label selectors that must all hold
    QList<RunbookStep> steps;
    QString body; // Markdown procedure
    QString sourceFile;
    int sourceLine = 0; // line of the id field (for duplicate-id errors)

    QJsonObject toJson() const;
};

} // namespace icc
