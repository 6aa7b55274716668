#pragma once

// The audit vocabulary: every event type the pipeline, the gate and the
// operators record, and the payload fields each carries. The chain
// reconstruction and the oversight metrics read exactly these fields, so a
// writer and a reader cannot drift apart without a test failing.
//
// Common entry fields (AuditEntry): sequence, timestamp, type, actor,
// incident_id, subject, payload, previous_hash, hash.
namespace icc::AuditEvent {

// subject = alert id; payload {alert: Alert::toJson()}
inline constexpr char kAlertReceived[] = "alert.received";
// subject = incident id; payload {policy_version, roster_version, first_alert_id}
inline constexpr char kIncidentOpened[] = "incident.opened";
// subject = alert id; payload {alert_id, match: MatchResult::toJson()}
inline constexpr char kMatchCompleted[] = "match.completed";
// subject = action id; payload {alert_id, runbook, step_index, action, confidence,
//                              decision: PolicyDecision::toJson()}
inline constexpr char kPolicyDecided[] = "policy.decided";
// subject = review id; payload {action_id, reviewer, context_revision, queue_depth,
//                              shown: {summary, action, rollback, confidence, ...}}
inline constexpr char kReviewOpened[] = "review.opened";
// subject = review id; payload {action_id, reviewer, decision: approve|reject|modify|escalate,
//                              reason, dwell_seconds, context_revision, parameters?}
inline constexpr char kReviewDecided[] = "review.decided";
// subject = review id; payload {action_id, reviewer, error, detail} (a refused decision)
inline constexpr char kReviewRefused[] = "review.refused";
// subject = review id; payload {action_id, level, escalated_to: [names], held: bool}
inline constexpr char kReviewTimedOut[] = "review.timed_out";
// subject = review id; payload {action_id, state: approved|rejected|held|...}
inline constexpr char kReviewResolved[] = "review.resolved";
// subject = action id; payload {action, mode: dry_run|live, success, exit_code, output,
//                              command, rolled_back, rollback_output, blocked_by?}
// Two-phase execution: the claim is committed (subject = action id; payload
// {action, executor, review_id, mode, step}) before the command runs, and
// its result is execution.completed in a transaction of its own. A claim
// without a result (crash in between) is reported as outcome_unknown
// ({action, review_id, reason}) and never run again.
inline constexpr char kExecutionStarted[] = "execution.started";
inline constexpr char kExecutionCompleted[] = "execution.completed";
inline constexpr char kExecutionOutcomeUnknown[] = "execution.outcome_unknown";
// subject = page id; payload {review_id, alert_id, level, recipient}
inline constexpr char kPageSent[] = "page.sent";
// subject = page id; payload {review_id, alert_id, level, user, latency_seconds}
inline constexpr char kPageAcknowledged[] = "page.acknowledged";
// subject = "" ; payload {by, reason}
inline constexpr char kKillSwitchEngaged[] = "kill_switch.engaged";
inline constexpr char kKillSwitchReleased[] = "kill_switch.released";
// subject = action type; payload {action, by, reason}
inline constexpr char kActionTypeHalted[] = "action_type.halted";
inline constexpr char kActionTypeResumed[] = "action_type.resumed";
// subject = class approval id; payload {action, scope, granted_by, expires_at, description}
inline constexpr char kClassApprovalGranted[] = "class_approval.granted";
// subject = class approval id; payload {action, scope, revoked_by, revoked_at}
inline constexpr char kClassApprovalRevoked[] = "class_approval.revoked";
// subject = incident id; payload {from_policy_version, to_policy_version, from_roster_version,
//                                to_roster_version, by} (a commander moved it to the current rules)
inline constexpr char kIncidentRepinned[] = "incident.repinned";
// subject = review id; payload {action_id, level, reason} (chain exhausted: the commander is
// alerted)
inline constexpr char kCommanderAlerted[] = "commander.alerted";
// subject = policy version; payload {version, approved_by, previous_version}
inline constexpr char kPolicyChanged[] = "policy.changed";
// subject = roster version; payload {version, by}
inline constexpr char kRosterChanged[] = "roster.changed";
// subject = ""; payload {by, runbooks: [ids]}
inline constexpr char kRunbooksReplaced[] = "runbooks.replaced";
// subject = action id; payload {quality: good|bad, by, note} (decision quality, after the fact)
inline constexpr char kOutcomeMarked[] = "outcome.marked";
// subject = incident id; payload {revision, by, failures: [{action_id, kind, layer, note}],
//                                action_items: [{id, title, owner, due, done}]}
// (the facilitator's post-mortem analysis, saved whole at each revision)
inline constexpr char kPostmortemChanged[] = "postmortem.changed";

} // namespace icc::AuditEvent
