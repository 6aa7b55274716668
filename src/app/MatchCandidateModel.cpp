#include "MatchCandidateModel.h"

#include <QJsonArray>
#include <QLocale>

namespace icc {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

} // namespace

MatchCandidateModel::MatchCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MatchCandidateModel::clear()
{
    beginResetModel();
    m_candidates.clear();
    m_matchedRunbook.clear();
    endResetModel();
}

void MatchCandidateModel::setMatch(const QJsonObject &answer)
{
    beginResetModel();
    m_candidates.clear();
    m_matchedRunbook = answer.value(QStringLiteral("matched_runbook")).toString();
    for (const QJsonValue &value : answer.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject json = value.toObject();
        const QJsonObject explanation = json.value(QStringLiteral("explanation")).toObject();
        RunbookCandidate candidate;
        candidate.runbookId = json.value(QStringLiteral("runbook_id")).toString();
        candidate.title = json.value(QStringLiteral("title")).toString();
        candidate.confidence = json.value(QStringLiteral("confidence")).toDouble();
        candidate.risk = json.value(QStringLiteral("risk")).toString();
        candidate.terms = strings(explanation.value(QStringLiteral("terms")));
        candidate.concepts = strings(explanation.value(QStringLiteral("concepts")));
        candidate.labels = strings(explanation.value(QStringLiteral("labels")));
        candidate.conditionsMet = strings(explanation.value(QStringLiteral("conditions_met")));
        candidate.conditionsFailed =
            strings(explanation.value(QStringLiteral("conditions_failed")));
        m_candidates.append(candidate);
    }
    endResetModel();
}

int MatchCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int MatchCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_candidates.size())
        return {};
    const RunbookCandidate &candidate = m_candidates.at(index.row());
    if (role == RunbookIdRole)
        return candidate.runbookId;
    if (role == FractionRole)
        return candidate.confidence;
    if (role == Qt::ToolTipRole)
        return candidate.runbookId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RunbookColumn: {
        const QString title = candidate.title.isEmpty() ? candidate.runbookId : candidate.title;
        return candidate.runbookId == m_matchedRunbook ? tr("%1 (matched)").arg(title) : title;
    }
    case ConfidenceColumn:
        return QStringLiteral("%1 %").arg(QLocale().toString(candidate.confidence * 100.0, 'f', 0));
    case RiskColumn:
        return candidate.risk.toUpper();
    default:
        return {};
    }
}

QVariant MatchCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunbookColumn:
        return tr("Runbook");
    case ConfidenceColumn:
        return tr("Confidence");
    case RiskColumn:
        return tr("Risk");
    default:
        return {};
    }
}

} // namespace icc
