#pragma once

#include <QDateTime>
#include <QString>

namespace icc {

struct Alert;

// Which alerts belong to one incident.
//
// The group key is "<name>|<scope>":
//   name  = the alertname label, else the summary case-folded with whitespace
//           collapsed (a pager text has no alertname; its wording is its name);
//   scope = the service label, else job, else the alert's origin, else "-".
// So "HighCPU on checkout" re-firing, or firing on another instance of
// checkout, joins the same incident, while the same alert on another service
// or another alert on the same service opens its own. Severity, status and
// instance are left out on purpose: an alert that escalates from warning to
// critical, or moves across replicas, is still the same problem.
//
// An alert joins an open incident when the keys are equal, the incident is
// open, and the incident's last alert is at most the window old (default
// 30 minutes): after a long quiet spell a re-fire is a new incident to
// triage afresh, with the policy and roster in force by then.
class IncidentGrouping final
{
public:
    static constexpr int kDefaultWindowSeconds = 30 * 60;

    explicit IncidentGrouping(int windowSeconds = kDefaultWindowSeconds);

    int windowSeconds() const { return m_windowSeconds; }

    static QString groupKey(const Alert &alert);

    bool joins(const QString &alertKey, const QString &incidentKey, bool incidentOpen,
               const QDateTime &incidentLastAlertAt, const QDateTime &now) const;

private:
    int m_windowSeconds;
};

} // namespace icc
