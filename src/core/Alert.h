#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace icc {

// One normalised alert, whatever sent it. Parsers (AlertParser) fill it; the
// matcher, the policy and the audit log read it.
struct Alert
{
    enum class Source
    {
        Alertmanager,
        PagerDuty,
        Generic
    };
    // Acknowledged comes from PagerDuty's "acknowledge" event action.
    enum class Status
    {
        Firing,
        Acknowledged,
        Resolved
    };

    QString id; // the sender's id when it has one, otherwise derived from the fingerprint
    Source source = Source::Generic;
    Status status = Status::Firing;
    QString severity;    // normalised: critical | error | warning | info
    QString summary;     // one line, always present
    QString description; // longer text when the sender has one
    QString origin;      // the host/service/instance that raised it (PagerDuty "source")
    QString dedupKey; // sender-supplied dedup key (PagerDuty dedup_key, Alertmanager fingerprint)
    QString fingerprint; // stable identity for dedup, see AlertFingerprint
    QString generatorUrl;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QMap<QString, double> values; // numeric readings ("cpu_percent": 97.5)
    QDateTime startsAt;
    QDateTime endsAt;

    // All searchable text of the alert (summary, description, labels,
    // annotations) for the matcher.
    QString searchText() const;

    QJsonObject toJson() const;
};

QString toString(Alert::Source source);
QString toString(Alert::Status status);

} // namespace icc
