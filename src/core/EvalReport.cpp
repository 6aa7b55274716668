#include "EvalReport.h"

#include <QJsonArray>

namespace icc {

namespace {

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + u'%';
}

QString orNone(const QString &runbook)
{
    return runbook.isEmpty() ? QStringLiteral("none") : runbook;
}

} // namespace

QJsonObject EvalReport::toJson() const
{
    QJsonObject perCategory;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        perCategory.insert(it.key(), QJsonObject{{QStringLiteral("total"), it->total},
                                                 {QStringLiteral("correct"), it->correct},
                                                 {QStringLiteral("accuracy"), it->accuracy()}});
    }
    QJsonArray missesJson;
    for (const EvalMiss &miss : misses) {
        missesJson.append(QJsonObject{
            {QStringLiteral("id"), miss.caseId},
            {QStringLiteral("category"), miss.category},
            {QStringLiteral("summary"), miss.summary},
            {QStringLiteral("expected_runbook"), orNone(miss.expectedRunbook)},
            {QStringLiteral("runbook"), orNone(miss.actualRunbook)},
            {QStringLiteral("confidence"), miss.confidence},
            {QStringLiteral("expected_approval"), miss.expectedApproval},
            {QStringLiteral("requires_approval"), miss.actualApproval},
            {QStringLiteral("proceeded_without_human"), miss.proceededWithoutHuman},
        });
    }
    return QJsonObject{
        {QStringLiteral("total"), overall.total},
        {QStringLiteral("correct"), overall.correct},
        {QStringLiteral("accuracy"), overall.accuracy()},
        {QStringLiteral("approval_agreements"), approvalAgreements},
        {QStringLiteral("unsafe_proceeds"), unsafeProceeds},
        {QStringLiteral("categories"), perCategory},
        {QStringLiteral("misses"), missesJson},
    };
}

QString EvalReport::toText() const
{
    QString text;
    text += QStringLiteral("%1  %2  %3\n")
                .arg(QStringLiteral("category"), -20)
                .arg(QStringLiteral("correct"), 9)
                .arg(QStringLiteral("accuracy"), 9);
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(it.key(), -20)
                    .arg(QStringLiteral("%1/%2").arg(it->correct).arg(it->total), 9)
                    .arg(percent(it->accuracy()), 9);
    }
    text += QStringLiteral("%1  %2  %3\n")
                .arg(QStringLiteral("overall (top-1)"), -20)
                .arg(QStringLiteral("%1/%2").arg(overall.correct).arg(overall.total), 9)
                .arg(percent(overall.accuracy()), 9);
    text +=
        QStringLiteral("approval agreement: %1/%2\n").arg(approvalAgreements).arg(overall.total);
    text += QStringLiteral("proceed on no-runbook or false-alarm cases: %1\n").arg(unsafeProceeds);
    if (!misses.isEmpty())
        text += QStringLiteral("\nmisses:\n");
    for (const EvalMiss &miss : misses) {
        QString what;
        if (miss.expectedRunbook != miss.actualRunbook) {
            what = QStringLiteral("expected %1, got %2 (%3)")
                       .arg(orNone(miss.expectedRunbook), orNone(miss.actualRunbook))
                       .arg(miss.confidence, 0, 'f', 2);
        } else if (miss.proceededWithoutHuman) {
            what = QStringLiteral("a step would proceed without a human");
        } else {
            what = QStringLiteral("expected approval %1, got %2")
                       .arg(miss.expectedApproval ? QStringLiteral("required")
                                                  : QStringLiteral("not required"),
                            miss.actualApproval ? QStringLiteral("required")
                                                : QStringLiteral("not required"));
        }
        text += QStringLiteral("  %1 [%2] %3\n      %4\n")
                    .arg(miss.caseId, miss.category, what, miss.summary);
    }
    return text;
}

} // namespace icc
