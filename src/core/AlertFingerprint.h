#pragma once

#include <QDateTime>
#include <QString>

namespace icc {

struct Alert;

// The stable identity of an alert, used to deduplicate re-sends and to tie a
// resolve/acknowledge to the alert it closes. It is a SHA-256 (lower-case hex)
// over the first of these the alert has:
//   1. its labels, sorted by key (Alertmanager: the label set IS the identity);
//   2. the sender's dedup key (PagerDuty dedup_key);
//   3. its summary (case-folded, whitespace collapsed) and origin.
// Status, timestamps, severity, annotations and values never take part, so an
// alert keeps its fingerprint from firing to resolved and across re-sends.
// Each basis is tagged before hashing so that, say, a summary can never hash
// like a label set.
class AlertFingerprint final
{
public:
    AlertFingerprint() = delete;

    static QString compute(const Alert &alert);

    // Id for an alert whose sender gave none: "a-" + 12 hex digits. With a
    // valid firingStart (Alertmanager startsAt) the id names one firing: the
    // firing and its resolve share it, the same alert firing again next week
    // gets a new one. Without it the id is just the fingerprint's prefix
    // (PagerDuty and generic alerts carry event times, not firing starts).
    static QString derivedId(const QString &fingerprint, const QDateTime &firingStart = {});
};

} // namespace icc
