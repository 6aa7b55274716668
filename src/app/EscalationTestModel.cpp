#include "EscalationTestModel.h"

#include <QBrush>
#include <QColor>

namespace icc {

EscalationTestModel::EscalationTestModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EscalationTestModel::setReport(const QJsonObject &report)
{
    const QJsonArray levels = report.value(QStringLiteral("levels")).toArray();
    if (levels.size() == m_levels.size() &&
        testId() == report.value(QStringLiteral("test_id")).toString()) {
        // Same test, new state: update in place so selection and scroll stay.
        m_report = report;
        m_levels = levels;
        if (!m_levels.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_report = report;
    m_levels = levels;
    endResetModel();
}

QString EscalationTestModel::testId() const
{
    return m_report.value(QStringLiteral("test_id")).toString();
}

bool EscalationTestModel::isComplete() const
{
    return m_report.value(QStringLiteral("complete")).toBool();
}

bool EscalationTestModel::hasPassed() const
{
    return m_report.value(QStringLiteral("passed")).toBool();
}

int EscalationTestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int EscalationTestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationTestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_levels.size())
        return {};
    const QJsonObject level = m_levels.at(index.row()).toObject();
    const QString status = level.value(QStringLiteral("status")).toString();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LevelColumn:
            return level.value(QStringLiteral("level")).toInt();
        case RotationColumn:
            return level.value(QStringLiteral("rotation")).toString();
        case PagedColumn: {
            const QString recipient = level.value(QStringLiteral("recipient")).toString();
            return recipient.isEmpty() ? tr("nobody on call") : recipient;
        }
        case StatusColumn:
            if (status == QLatin1String("acknowledged"))
                return tr("ACKNOWLEDGED");
            if (status == QLatin1String("dead_link"))
                return tr("DEAD LINK");
            return tr("waiting (%1 s timeout)")
                .arg(level.value(QStringLiteral("timeout_seconds")).toInt());
        case AcknowledgedByColumn:
            return level.value(QStringLiteral("acknowledged_by")).toString();
        case LatencyColumn: {
            const QJsonValue latency = level.value(QStringLiteral("latency_seconds"));
            return latency.isDouble() ? tr("%1 s").arg(latency.toInteger()) : QString();
        }
        case NoteColumn:
            return level.value(QStringLiteral("note")).toString();
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == StatusColumn) {
        if (status == QLatin1String("acknowledged"))
            return QBrush(QColor(0xd8, 0xf5, 0xd8));
        if (status == QLatin1String("dead_link"))
            return QBrush(QColor(0xff, 0xd0, 0xd0));
    }
    if (role == Qt::UserRole)
        return level.toVariantMap();
    return {};
}

QVariant EscalationTestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case RotationColumn:
        return tr("Rotation");
    case PagedColumn:
        return tr("Paged");
    case StatusColumn:
        return tr("Status");
    case AcknowledgedByColumn:
        return tr("Acknowledged by");
    case LatencyColumn:
        return tr("Time to acknowledge");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace icc
