#include "TestAlerts.h"

#include "AlertFingerprint.h"

namespace icc::test {

Alert makeAlert(const QString &alertname, const QString &service, const QString &summary,
                const QString &severity, const QString &instance)
{
    Alert alert;
    alert.source = Alert::Source::Alertmanager;
    alert.severity = severity;
    alert.summary = summary;
    alert.labels = {{QStringLiteral("alertname"), alertname},
                    {QStringLiteral("service"), service},
                    {QStringLiteral("instance"), instance},
                    {QStringLiteral("namespace"), QStringLiteral("shop")},
                    {QStringLiteral("deployment"), QStringLiteral("checkout-api")}};
    alert.fingerprint = AlertFingerprint::compute(alert);
    alert.id = AlertFingerprint::derivedId(alert.fingerprint);
    return alert;
}

Alert cpuAlert(const QString &instance)
{
    Alert alert = makeAlert(
        QStringLiteral("HighCPU"), QStringLiteral("checkout"),
        QStringLiteral("HighCPU firing: checkout-api CPU usage 97% for 10m in namespace shop"),
        QStringLiteral("error"), instance);
    alert.values.insert(QStringLiteral("cpu_percent"), 97);
    return alert;
}

Alert dbAlert()
{
    return makeAlert(QStringLiteral("PostgresPrimaryDown"), QStringLiteral("pg-main"),
                     QStringLiteral("PostgresPrimaryDown: pg-main primary pg-main-0 unreachable "
                                    "for 3m"),
                     QStringLiteral("critical"));
}

} // namespace icc::test
