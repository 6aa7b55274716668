#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace icc {

class AlertTableModel;

// Filters and sorts AlertTableModel (flat) or IncidentTreeModel (grouped):
// a minimum severity, one status, and free text where every word must occur
// in the alert's summary, labels, origin or incident. Severity sorts by rank
// and times by time (the models' SortRole). On the flat model the checks
// read the alerts directly, which keeps 100k rows quick.
class AlertFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertFilterProxyModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AlertFilterProxyModel)

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // SeverityStyle rank; -1 (the default) shows every severity.
    void setMinimumSeverity(int rank);
    int minimumSeverity() const { return m_minimumSeverity; }
    // "firing", "acknowledged", "resolved"; empty shows every status.
    void setStatus(const QString &status);
    QString status() const { return m_status; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool accepts(int severityRank, const QString &status, const QString &searchText) const;

    AlertTableModel *m_table = nullptr; // set when the source is the flat model
    int m_minimumSeverity = -1;
    QString m_status;
    QString m_searchText;
    QStringList m_words; // lower-case
};

} // namespace icc
