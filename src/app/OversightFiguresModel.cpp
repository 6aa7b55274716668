#include "OversightFiguresModel.h"

namespace icc {

OversightFiguresModel::OversightFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString OversightFiguresModel::percent(const QJsonValue &rate)
{
    return rate.isDouble() ? tr("%1 %").arg(rate.toDouble() * 100.0, 0, 'f', 1) : tr("n/a");
}

QString OversightFiguresModel::seconds(const QJsonValue &value)
{
    if (!value.isDouble())
        return tr("n/a");
    const double total = value.toDouble();
    if (total < 120)
        return tr("%1 s").arg(total, 0, 'f', 1);
    return tr("%1 min").arg(total / 60.0, 0, 'f', 1);
}

void OversightFiguresModel::setReport(const QJsonObject &report)
{
    const auto object = [&report](const char *key) {
        return report.value(QLatin1String(key)).toObject();
    };
    const QJsonObject decisions = object("decisions");
    const QJsonObject queue = object("queue_depth");
    const QJsonObject mtta = object("mtta");
    const QJsonObject mttr = object("mttr");
    const QJsonObject all = object("time_to_decision").value(QStringLiteral("all")).toObject();
    const QJsonObject escalation = object("escalation");
    const auto integer = [](const QJsonValue &value) {
        return value.isDouble() ? QString::number(value.toInteger()) : tr("n/a");
    };
    const auto stats = [](const QJsonObject &figures) {
        return tr("median %1, p90 %2 (%n measured)", nullptr,
                  figures.value(QStringLiteral("count")).toInt())
            .arg(seconds(figures.value(QStringLiteral("median_seconds"))),
                 seconds(figures.value(QStringLiteral("p90_seconds"))));
    };

    beginResetModel();
    m_rows.clear();
    if (!report.isEmpty()) {
        m_rows = {
            {QStringLiteral("decisions.total"), tr("Decisions"),
             tr("%1 (approve %2, reject %3, modify %4, escalate %5)")
                 .arg(integer(decisions.value(QStringLiteral("total"))),
                      integer(decisions.value(QStringLiteral("approve"))),
                      integer(decisions.value(QStringLiteral("reject"))),
                      integer(decisions.value(QStringLiteral("modify"))),
                      integer(decisions.value(QStringLiteral("escalate"))))},
            {QStringLiteral("rejection_rate"), tr("Rejection rate"),
             percent(report.value(QStringLiteral("rejection_rate")))},
            {QStringLiteral("modification_rate"), tr("Modification rate"),
             percent(report.value(QStringLiteral("modification_rate")))},
            {QStringLiteral("override_rate"), tr("Override rate"),
             percent(report.value(QStringLiteral("override_rate")))},
            {QStringLiteral("time_to_decision.all"), tr("Time to decision (all tiers)"),
             stats(all)},
            {QStringLiteral("queue_depth.at_end"), tr("Review queue now (end of window)"),
             integer(queue.value(QStringLiteral("at_end")))},
            {QStringLiteral("queue_depth.max"), tr("Review queue, deepest in window"),
             integer(queue.value(QStringLiteral("max")))},
            {QStringLiteral("mtta"), tr("MTTA (time to acknowledge)"), stats(mtta)},
            {QStringLiteral("mttr"), tr("MTTR (time to resolve)"), stats(mttr)},
            {QStringLiteral("escalation.timed_out_reviews"), tr("Reviews that timed out"),
             integer(escalation.value(QStringLiteral("timed_out_reviews")))},
            {QStringLiteral("unresolved_incidents"), tr("Unresolved incidents"),
             integer(report.value(QStringLiteral("unresolved_incidents")))},
        };
    }
    endResetModel();
}

QString OversightFiguresModel::valueOf(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.key == key)
            return row.value;
    }
    return QString();
}

int OversightFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OversightFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OversightFiguresModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    return index.column() == MeasureColumn ? row.measure : row.value;
}

QVariant OversightFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    return section == MeasureColumn ? tr("Measure") : tr("Value");
}

} // namespace icc
