#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace icc {

class Clock;

// The reviews waiting for a human (GET /api/v1/reviews), one row each, with
// tier and state as words so colour is never the only signal. Sorting by
// urgency is ReviewQueueProxy's job; this model keeps the server's order.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TierColumn,
        StateColumn,
        ActionColumn,
        IncidentColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        ReviewIdRole = Qt::UserRole + 1,
        IncidentIdRole,
        TierRankRole, // 3 for tier 3 ... 0 for pre-approved: higher is more urgent
        DeadlineRole, // QDateTime, invalid when there is none
        CreatedRole,  // QDateTime
        StateRole     // "pending", "held", ...
    };

    explicit ReviewQueueModel(const Clock &clock, QObject *parent = nullptr);

    // The "reviews" array of GET /api/v1/reviews (each a reviewer's view).
    void setReviews(const QJsonArray &reviews);
    QJsonObject reviewViewAt(int row) const;
    int rowOf(const QString &reviewId) const; // -1 when not listed

    static int tierRank(const QString &tier);
    static QString tierText(const QString &tier);
    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString dueText(const QJsonObject &review) const;

    const Clock &m_clock;
    QList<QJsonObject> m_views;
};

} // namespace icc
