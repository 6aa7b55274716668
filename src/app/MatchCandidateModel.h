#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace icc {

// One runbook the matcher proposes for an alert, with why.
struct RunbookCandidate
{
    QString runbookId;
    QString title;
    double confidence = 0.0; // 0..1
    QString risk;            // low | medium | high | critical
    QStringList terms;
    QStringList concepts;
    QStringList labels;
    QStringList conditionsMet;
    QStringList conditionsFailed;
};

// The candidates of one /runbooks/match answer, best first: runbook,
// confidence (as a percentage, and as a fraction under FractionRole for the
// bar) and risk in words.
class MatchCandidateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RunbookColumn,
        ConfidenceColumn,
        RiskColumn,
        ColumnCount
    };
    enum Role
    {
        RunbookIdRole = Qt::UserRole + 1,
        FractionRole // confidence 0..1 (double)
    };

    explicit MatchCandidateModel(QObject *parent = nullptr);

    // Reads {"candidates": [...], "matched_runbook", ...}.
    void setMatch(const QJsonObject &answer);
    void clear();

    const QList<RunbookCandidate> &candidates() const { return m_candidates; }
    QString matchedRunbook() const { return m_matchedRunbook; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RunbookCandidate> m_candidates;
    QString m_matchedRunbook;
};

} // namespace icc
