#pragma once

#include "Alert.h"
#include "ClassApproval.h"
#include "ExecutionResult.h"
#include "GateError.h"
#include "MatchResult.h"
#include "PolicyDecision.h"
#include "ReviewDecision.h"
#include "ReviewState.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// The one place that builds the payload of each audit event type
// (AuditEvent.h). ChainReconstruction and OversightMetrics read these fields
// by name, so every writer goes through here and tst_auditpayloads checks that
// a log written only with these functions reconstructs and is counted.
//
// Ids are the audit log's: an alert is named by Alert::id (the subject of
// alert.received and the alert_id of match.completed, policy.decided and the
// page events), an action by its proposal id, a review by its review id.
class AuditPayloads final
{
public:
    AuditPayloads() = delete;

    // alert.received (subject = alert id)
    static QJsonObject alertReceived(const Alert &alert);
    // incident.opened (subject = incident id). policyApprovedOn lets the chain
    // tell the age of the pinned policy.
    static QJsonObject incidentOpened(const QString &policyVersion, const QDate &policyApprovedOn,
                                      qint64 rosterVersion, const QString &firstAlertId);
    // match.completed (subject = alert id)
    static QJsonObject matchCompleted(const QString &alertId, const MatchResult &match);
    // policy.decided (subject = action id). runbookId empty and stepIndex -1
    // when nothing matched.
    static QJsonObject policyDecided(const QString &alertId, const QString &runbookId,
                                     int stepIndex, const QString &action, double confidence,
                                     const PolicyDecision &decision, const QDate &policyApprovedOn);
    // What a review screen shows; the chain flags a missing summary, action,
    // rollback or confidence, so all four are always present (empty when unknown).
    static QJsonObject reviewShown(const QString &summary, const QString &action,
                                   const QString &rollback, double confidence,
                                   const QJsonObject &extra = {});
    // review.opened (subject = review id)
    static QJsonObject reviewOpened(const QString &actionId, const QString &reviewer,
                                    qint64 contextRevision, int queueDepth,
                                    const QJsonObject &shown);
    // review.decided (subject = review id)
    static QJsonObject reviewDecided(const QString &actionId, const RecordedDecision &decision);
    // review.refused (subject = review id)
    static QJsonObject reviewRefused(const QString &actionId, const QString &reviewer,
                                     GateError error, const QString &detail);
    // review.timed_out (subject = review id). escalatedTo is empty when the
    // chain is exhausted.
    static QJsonObject reviewTimedOut(const QString &actionId, int level,
                                      const QStringList &escalatedTo, bool held);
    // review.resolved (subject = review id). classApprovalId names the grant
    // that approved a tier-1 review, when one did.
    static QJsonObject reviewResolved(const QString &actionId, ReviewState state,
                                      const QString &note = {},
                                      const QString &classApprovalId = {});
    // execution.completed (subject = action id)
    static QJsonObject executionCompleted(const ExecutionResult &result);
    // page.sent (subject = page id)
    static QJsonObject pageSent(const QString &reviewId, const QString &alertId, int level,
                                const QString &recipient);
    // page.acknowledged (subject = page id)
    static QJsonObject pageAcknowledged(const QString &reviewId, const QString &alertId, int level,
                                        const QString &user, std::optional<qint64> latencySeconds);
    // kill_switch.engaged / kill_switch.released (subject empty)
    static QJsonObject killSwitch(const QString &by, const QString &reason);
    // action_type.halted / action_type.resumed (subject = action type)
    static QJsonObject actionType(const QString &action, const QString &by, const QString &reason);
    // class_approval.granted (subject = class approval id). The gate's "*"
    // scope (every incident) is written as "global", the word the chain reads.
    static QJsonObject classApprovalGranted(const ClassApproval &approval);
    // class_approval.revoked (subject = class approval id)
    static QJsonObject classApprovalRevoked(const ClassApproval &approval);
    // outcome.marked (subject = action id); quality good | bad
    static QJsonObject outcomeMarked(const QString &quality, const QString &by,
                                     const QString &note);
};

} // namespace icc
