#include "SimilarActionsModel.h"

#include <QDateTime>

namespace icc {

namespace {

QString field(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

} // namespace

SimilarActionsModel::SimilarActionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SimilarActionsModel::setActions(const QJsonArray &actions, const QString &excludeActionId)
{
    beginResetModel();
    m_actions.clear();
    for (const QJsonValue &value : actions) {
        const QJsonObject action = value.toObject();
        if (excludeActionId.isEmpty() || field(action, "action_id") != excludeActionId)
            m_actions.append(action);
    }
    endResetModel();
}

void SimilarActionsModel::clear()
{
    beginResetModel();
    m_actions.clear();
    endResetModel();
}

QJsonObject SimilarActionsModel::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? m_actions.at(row) : QJsonObject();
}

int SimilarActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int SimilarActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimilarActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size() || role != Qt::DisplayRole)
        return {};
    const QJsonObject action = m_actions.at(index.row());
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime at = QDateTime::fromString(field(action, "proposed_at"), Qt::ISODateWithMs);
        return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                            : field(action, "proposed_at");
    }
    case IncidentColumn: {
        const QString title = field(action, "incident_title");
        const QString id = field(action, "incident_id");
        return title.isEmpty() ? id : tr("%1 (%2)").arg(title, id);
    }
    case DecisionColumn: {
        const QString decision = field(action, "decision");
        const QString state = field(action, "state");
        return decision.isEmpty() ? state : tr("%1 (%2)").arg(decision, state);
    }
    case DecidedByColumn:
        return field(action, "decided_by");
    case OutcomeColumn: {
        const QString quality = field(action, "outcome_quality");
        return quality.isEmpty() ? tr("not marked") : quality;
    }
    case RunbookColumn:
        return field(action, "runbook_id");
    default:
        return {};
    }
}

QVariant SimilarActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Proposed");
    case IncidentColumn:
        return tr("Incident");
    case DecisionColumn:
        return tr("Decision");
    case DecidedByColumn:
        return tr("Decided by");
    case OutcomeColumn:
        return tr("Outcome");
    case RunbookColumn:
        return tr("Runbook");
    default:
        return {};
    }
}

} // namespace icc
