#include "IncidentGrouping.h"

#include "Alert.h"

namespace icc {

IncidentGrouping::IncidentGrouping(int windowSeconds)
    : m_windowSeconds(windowSeconds > 0 ? windowSeconds : kDefaultWindowSeconds)
{}

QString IncidentGrouping::groupKey(const Alert &alert)
{
    QString name = alert.labels.value(QStringLiteral("alertname")).trimmed();
    if (name.isEmpty())
        name = alert.summary.simplified().toCaseFolded();
    QString scope;
    for (const char *label : {"service", "job"}) {
        scope = alert.labels.value(QLatin1String(label)).trimmed();
        if (!scope.isEmpty())
            break;
    }
    if (scope.isEmpty())
        scope = alert.origin.trimmed();
    if (scope.isEmpty())
        scope = QStringLiteral("-");
    return name + QLatin1Char('|') + scope;
}

bool IncidentGrouping::joins(const QString &alertKey, const QString &incidentKey, bool incidentOpen,
                             const QDateTime &incidentLastAlertAt, const QDateTime &now) const
{
    if (!incidentOpen || alertKey != incidentKey || !incidentLastAlertAt.isValid())
        return false;
    return incidentLastAlertAt.secsTo(now) <= m_windowSeconds;
}

} // namespace icc
