#include "ReviewQueueModel.h"

#include "Clock.h"

#include <QDateTime>

namespace icc {

namespace {

QJsonObject reviewOf(const QJsonObject &view)
{
    return view.value(QStringLiteral("review")).toObject();
}

QDateTime timestamp(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

} // namespace

ReviewQueueModel::ReviewQueueModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void ReviewQueueModel::setReviews(const QJsonArray &reviews)
{
    beginResetModel();
    m_views.clear();
    for (const QJsonValue &value : reviews)
        m_views.append(value.toObject());
    endResetModel();
}

QJsonObject ReviewQueueModel::reviewViewAt(int row) const
{
    return row >= 0 && row < m_views.size() ? m_views.at(row) : QJsonObject();
}

int ReviewQueueModel::rowOf(const QString &reviewId) const
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (reviewOf(m_views.at(row)).value(QStringLiteral("id")).toString() == reviewId)
            return row;
    }
    return -1;
}

int ReviewQueueModel::tierRank(const QString &tier)
{
    if (tier == QLatin1String("tier3"))
        return 3;
    if (tier == QLatin1String("tier2"))
        return 2;
    if (tier == QLatin1String("tier1"))
        return 1;
    return 0;
}

QString ReviewQueueModel::tierText(const QString &tier)
{
    if (tier == QLatin1String("tier3"))
        return tr("Tier 3 — two reviewers");
    if (tier == QLatin1String("tier2"))
        return tr("Tier 2 — one reviewer");
    if (tier == QLatin1String("tier1"))
        return tr("Tier 1 — reduced");
    if (tier == QLatin1String("pre_approved"))
        return tr("Pre-approved — abort window");
    return tier;
}

QString ReviewQueueModel::stateText(const QString &state)
{
    if (state == QLatin1String("pending"))
        return tr("Waiting for decision");
    if (state == QLatin1String("held"))
        return tr("HELD — escalated or stopped");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    if (state == QLatin1String("modified"))
        return tr("Modified");
    return state;
}

QString ReviewQueueModel::dueText(const QJsonObject &review) const
{
    const QDateTime deadline = timestamp(review, "deadline");
    if (!deadline.isValid())
        return tr("no deadline");
    const qint64 seconds = m_clock.now().secsTo(deadline);
    if (seconds <= 0)
        return tr("overdue");
    return tr("in %n min", nullptr, int((seconds + 59) / 60));
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_views.size())
        return {};
    const QJsonObject review = reviewOf(m_views.at(index.row()));
    const QString tier = review.value(QStringLiteral("tier")).toString();
    const QString state = review.value(QStringLiteral("state")).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TierColumn:
            return tierText(tier);
        case StateColumn:
            return stateText(state);
        case ActionColumn:
            return review.value(QStringLiteral("action")).toString();
        case IncidentColumn:
            return review.value(QStringLiteral("incident_id")).toString();
        case DueColumn:
            return dueText(review);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 (%2), %3")
            .arg(review.value(QStringLiteral("id")).toString(), tierText(tier), stateText(state));
    case ReviewIdRole:
        return review.value(QStringLiteral("id")).toString();
    case IncidentIdRole:
        return review.value(QStringLiteral("incident_id")).toString();
    case TierRankRole:
        return tierRank(tier);
    case DeadlineRole:
        return timestamp(review, "deadline");
    case CreatedRole:
        return timestamp(review, "created_at");
    case StateRole:
        return state;
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TierColumn:
        return tr("Tier");
    case StateColumn:
        return tr("State");
    case ActionColumn:
        return tr("Action");
    case IncidentColumn:
        return tr("Incident");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace icc
