#include "GuiTestAlerts.h"

namespace icc::test {

QJsonObject genericAlert(const Alert &alert)
{
    QJsonObject labels;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("summary"), alert.summary},
                       {QStringLiteral("severity"), alert.severity},
                       {QStringLiteral("labels"), labels}};
}

QJsonObject genericDiskAlert(const QString &host)
{
    return QJsonObject{
        {QStringLiteral("summary"),
         QStringLiteral("Disk usage on /var/log at 96% on db-replica-2")},
        {QStringLiteral("severity"), QStringLiteral("warning")},
        {QStringLiteral("source"), QStringLiteral("node-exporter")},
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("host"), host},
                     {QStringLiteral("mountpoint"), QStringLiteral("/var/log")}}},
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("disk_used_percent"), 96}}}};
}

QJsonObject genericCpuAlert(const QString &instance)
{
    return QJsonObject{
        {QStringLiteral("summary"),
         QStringLiteral("HighCPU firing: checkout-api CPU usage 97% for 10m in namespace shop")},
        {QStringLiteral("severity"), QStringLiteral("error")},
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                     {QStringLiteral("service"), QStringLiteral("checkout")},
                     {QStringLiteral("instance"), instance},
                     {QStringLiteral("namespace"), QStringLiteral("shop")},
                     {QStringLiteral("deployment"), QStringLiteral("checkout-api")}}},
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("cpu_percent"), 97}}}};
}

} // namespace icc::test
