#include "RotationModel.h"

#include "RosterLoader.h"
#include "RosterYamlWriter.h"

namespace icc {

RotationModel::RotationModel(QObject *parent)
    : RosterTableModel(parent)
{}

void RotationModel::setRotations(const QList<Rotation> &rotations)
{
    beginResetModel();
    m_rotations = rotations;
    clearProblems();
    endResetModel();
}

QStringList RotationModel::rotationIds() const
{
    QStringList ids;
    for (const Rotation &rotation : m_rotations)
        ids.append(rotation.id);
    return ids;
}

int RotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rotations.size());
}

int RotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RotationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rotations.size())
        return {};
    const Rotation &rotation = m_rotations.at(index.row());
    const bool broken = hasProblem(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case IdColumn:
            // The marker makes a problem visible without colour.
            return broken && role == Qt::DisplayRole ? tr("⚠ %1").arg(rotation.id) : rotation.id;
        case MembersColumn:
            return rotation.members.join(QStringLiteral(", "));
        case ShiftColumn:
            return RosterYamlWriter::durationText(rotation.shiftSeconds);
        case StartColumn:
            return RosterYamlWriter::timeText(rotation.handoffStart);
        default:
            return {};
        }
    }
    if (const auto decoration = problemDecoration(index.row(), role))
        return *decoration;
    if (role == Qt::ToolTipRole) {
        if (index.column() == MembersColumn)
            return tr("Members take turns in this order, separated by commas.");
        if (index.column() == ShiftColumn)
            return tr("Shift length: 90s, 10m, 12h, 7d, 2w.");
        if (index.column() == StartColumn)
            return tr("First handoff, UTC: 2026-01-05T09:00:00Z.");
    }
    return {};
}

QVariant RotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case IdColumn:
        return tr("Rotation");
    case MembersColumn:
        return tr("Members (in order)");
    case ShiftColumn:
        return tr("Shift");
    case StartColumn:
        return tr("First handoff (UTC)");
    default:
        return {};
    }
}

Qt::ItemFlags RotationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    // The id is the rotation's name in chain and overrides: renaming it here
    // would break them silently, so it is not editable in place.
    if (isEditable() && index.isValid() && index.column() != IdColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool RotationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEditable() || role != Qt::EditRole || !index.isValid() ||
        index.row() >= m_rotations.size())
        return false;
    Rotation &rotation = m_rotations[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case MembersColumn: {
        QStringList members;
        for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                members.append(name.trimmed());
        }
        if (members.isEmpty()) {
            emit editRefused(tr("Rotation %1 needs at least one member.").arg(rotation.id));
            return false;
        }
        rotation.members = members;
        break;
    }
    case ShiftColumn: {
        const auto seconds = RosterLoader::parseDuration(text);
        if (!seconds) {
            emit editRefused(
                tr("Shift '%1' is not a positive duration (e.g. 12h, 7d, 2w).").arg(text));
            return false;
        }
        rotation.shiftSeconds = *seconds;
        break;
    }
    case StartColumn: {
        const auto start = RosterLoader::parseUtcDateTime(text);
        if (!start) {
            emit editRefused(
                tr("Start '%1' is not a date or date-time (2026-01-05T09:00:00Z).").arg(text));
            return false;
        }
        rotation.handoffStart = *start;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace icc
