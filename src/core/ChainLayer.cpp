#include "ChainLayer.h"

#include "JsonConversions.h"

#include <QJsonArray>

namespace icc {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalDays(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue();
}

std::optional<double> readOptionalNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

std::optional<int> readOptionalInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

std::optional<qint64> readOptionalDays(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

QStringList readStrings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QDateTime readTime(const QJsonObject &object, const char *key)
{
    return chainTimestampFromJson(object.value(QLatin1String(key)).toString());
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// --- human review -----------------------------------------------------------

QJsonObject toJson(const RecentDecision &decision)
{
    return QJsonObject{
        {QStringLiteral("review_id"), decision.reviewId},
        {QStringLiteral("action_id"), decision.actionId},
        {QStringLiteral("decided_at"), chainTimestampToJson(decision.decidedAt)},
        {QStringLiteral("decision"), decision.decision},
        {QStringLiteral("latency_seconds"), optionalNumber(decision.latencySeconds)},
    };
}

RecentDecision recentDecisionFromJson(const QJsonObject &object)
{
    RecentDecision decision;
    decision.reviewId = str(object, "review_id");
    decision.actionId = str(object, "action_id");
    decision.decidedAt = readTime(object, "decided_at");
    decision.decision = str(object, "decision");
    decision.latencySeconds = readOptionalNumber(object.value(QStringLiteral("latency_seconds")));
    return decision;
}

QJsonObject toJson(const ReviewerRecord &record)
{
    QJsonArray recent;
    for (const RecentDecision &decision : record.recentDecisions)
        recent.append(toJson(decision));
    return QJsonObject{
        {QStringLiteral("review_id"), record.reviewId},
        {QStringLiteral("reviewer"), record.reviewer},
        {QStringLiteral("opened_at"), chainTimestampToJson(record.openedAt)},
        {QStringLiteral("decided_at"), chainTimestampToJson(record.decidedAt)},
        {QStringLiteral("decision"), record.decision},
        {QStringLiteral("reason"), record.reason},
        {QStringLiteral("dwell_seconds"), optionalNumber(record.dwellSeconds)},
        {QStringLiteral("latency_seconds"), optionalNumber(record.latencySeconds())},
        {QStringLiteral("context_revision"), record.contextRevision},
        {QStringLiteral("shown"), record.shown},
        {QStringLiteral("parameters"), record.parameters},
        {QStringLiteral("queue_depth_at_open"), optionalInt(record.queueDepthAtOpen)},
        {QStringLiteral("local_hour"), record.localHour},
        {QStringLiteral("local_time"), record.localTime},
        {QStringLiteral("at_night"), record.atNight},
        {QStringLiteral("fast_approval"), record.fastApproval},
        {QStringLiteral("recent_decisions"), recent},
        {QStringLiteral("decisions_in_previous_hour"), record.decisionsInPreviousHour},
        {QStringLiteral("refusals"), strings(record.refusals)},
    };
}

ReviewerRecord reviewerFromJson(const QJsonObject &object)
{
    ReviewerRecord record;
    record.reviewId = str(object, "review_id");
    record.reviewer = str(object, "reviewer");
    record.openedAt = readTime(object, "opened_at");
    record.decidedAt = readTime(object, "decided_at");
    record.decision = str(object, "decision");
    record.reason = str(object, "reason");
    record.dwellSeconds = readOptionalNumber(object.value(QStringLiteral("dwell_seconds")));
    record.contextRevision = str(object, "context_revision");
    record.shown = object.value(QStringLiteral("shown")).toObject();
    record.parameters = object.value(QStringLiteral("parameters")).toObject();
    record.queueDepthAtOpen = readOptionalInt(object.value(QStringLiteral("queue_depth_at_open")));
    record.localHour = object.value(QStringLiteral("local_hour")).toInt(-1);
    record.localTime = str(object, "local_time");
    record.atNight = object.value(QStringLiteral("at_night")).toBool();
    record.fastApproval = object.value(QStringLiteral("fast_approval")).toBool();
    for (const QJsonValue &item : object.value(QStringLiteral("recent_decisions")).toArray())
        record.recentDecisions.append(recentDecisionFromJson(item.toObject()));
    record.decisionsInPreviousHour =
        object.value(QStringLiteral("decisions_in_previous_hour")).toInt();
    record.refusals = readStrings(object.value(QStringLiteral("refusals")));
    return record;
}

QJsonObject toJson(const HumanReviewLayer &layer)
{
    QJsonArray reviewers;
    for (const ReviewerRecord &record : layer.reviewers)
        reviewers.append(toJson(record));
    QJsonArray timeouts;
    for (const ReviewTimeout &timeout : layer.timeouts) {
        timeouts.append(QJsonObject{
            {QStringLiteral("review_id"), timeout.reviewId},
            {QStringLiteral("at"), chainTimestampToJson(timeout.at)},
            {QStringLiteral("level"), timeout.level},
            {QStringLiteral("escalated_to"), strings(timeout.escalatedTo)},
            {QStringLiteral("held"), timeout.held},
        });
    }
    return QJsonObject{
        {QStringLiteral("present"), layer.present},
        {QStringLiteral("absence"), layer.absence},
        {QStringLiteral("pre_approved"), layer.preApproved},
        {QStringLiteral("class_approved"), layer.classApproved},
        {QStringLiteral("class_approval_id"), layer.classApprovalId},
        {QStringLiteral("class_approved_by"), layer.classApprovedBy},
        {QStringLiteral("reviewers"), reviewers},
        {QStringLiteral("timeouts"), timeouts},
        {QStringLiteral("resolved_state"), layer.resolvedState},
        {QStringLiteral("resolved_at"), chainTimestampToJson(layer.resolvedAt)},
        {QStringLiteral("observations"), strings(layer.observations)},
    };
}

HumanReviewLayer humanReviewFromJson(const QJsonObject &object)
{
    HumanReviewLayer layer;
    layer.present = object.value(QStringLiteral("present")).toBool();
    layer.absence = str(object, "absence");
    layer.preApproved = object.value(QStringLiteral("pre_approved")).toBool();
    layer.classApproved = object.value(QStringLiteral("class_approved")).toBool();
    layer.classApprovalId = str(object, "class_approval_id");
    layer.classApprovedBy = str(object, "class_approved_by");
    for (const QJsonValue &item : object.value(QStringLiteral("reviewers")).toArray())
        layer.reviewers.append(reviewerFromJson(item.toObject()));
    for (const QJsonValue &item : object.value(QStringLiteral("timeouts")).toArray()) {
        const QJsonObject timeoutJson = item.toObject();
        ReviewTimeout timeout;
        timeout.reviewId = str(timeoutJson, "review_id");
        timeout.at = readTime(timeoutJson, "at");
        timeout.level = timeoutJson.value(QStringLiteral("level")).toInt();
        timeout.escalatedTo = readStrings(timeoutJson.value(QStringLiteral("escalated_to")));
        timeout.held = timeoutJson.value(QStringLiteral("held")).toBool();
        layer.timeouts.append(timeout);
    }
    layer.resolvedState = str(object, "resolved_state");
    layer.resolvedAt = readTime(object, "resolved_at");
    layer.observations = readStrings(object.value(QStringLiteral("observations")));
    return layer;
}

// --- policy -----------------------------------------------------------------

QJsonObject toJson(const PolicyVersionAge &age)
{
    return QJsonObject{
        {QStringLiteral("version"), age.version},
        {QStringLiteral("approved_on"), chainTimestampToJson(age.approvedOn)},
        {QStringLiteral("age_days_at_decision"), optionalDays(age.ageDaysAtDecision)},
        {QStringLiteral("age_days_now"), optionalDays(age.ageDaysNow)},
    };
}

PolicyVersionAge versionAgeFromJson(const QJsonObject &object)
{
    PolicyVersionAge age;
    age.version = str(object, "version");
    age.approvedOn = readTime(object, "approved_on");
    age.ageDaysAtDecision = readOptionalDays(object.value(QStringLiteral("age_days_at_decision")));
    age.ageDaysNow = readOptionalDays(object.value(QStringLiteral("age_days_now")));
    return age;
}

QJsonObject toJson(const PolicyLayer &layer)
{
    QJsonArray rules;
    for (const FiredRule &rule : layer.rules) {
        rules.append(QJsonObject{
            {QStringLiteral("rule"), rule.ruleId},
            {QStringLiteral("trigger"), rule.trigger},
            {QStringLiteral("message"), rule.message},
            {QStringLiteral("thresholds"), strings(rule.thresholds)},
        });
    }
    return QJsonObject{
        {QStringLiteral("present"), layer.present},
        {QStringLiteral("absence"), layer.absence},
        {QStringLiteral("decided_at"), chainTimestampToJson(layer.decidedAt)},
        {QStringLiteral("action"), layer.action},
        {QStringLiteral("runbook"), layer.runbook},
        {QStringLiteral("step_index"), layer.stepIndex},
        {QStringLiteral("confidence"), optionalNumber(layer.confidence)},
        {QStringLiteral("outcome"), layer.outcome},
        {QStringLiteral("autonomy_level"), layer.autonomyLevel},
        {QStringLiteral("review_tier"), layer.reviewTier},
        {QStringLiteral("requires_approval"), layer.requiresApproval},
        {QStringLiteral("approval_timeout_seconds"), layer.approvalTimeoutSeconds},
        {QStringLiteral("friction"), layer.friction},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("no_rule_fired"), layer.present && layer.rules.isEmpty()},
        {QStringLiteral("version"), toJson(layer.version)},
        {QStringLiteral("incident_version"), toJson(layer.incidentVersion)},
        {QStringLiteral("reevaluations"), layer.reevaluations},
        {QStringLiteral("observations"), strings(layer.observations)},
    };
}

PolicyLayer policyFromJson(const QJsonObject &object)
{
    PolicyLayer layer;
    layer.present = object.value(QStringLiteral("present")).toBool();
    layer.absence = str(object, "absence");
    layer.decidedAt = readTime(object, "decided_at");
    layer.action = str(object, "action");
    layer.runbook = str(object, "runbook");
    layer.stepIndex = object.value(QStringLiteral("step_index")).toInt(-1);
    layer.confidence = readOptionalNumber(object.value(QStringLiteral("confidence")));
    layer.outcome = str(object, "outcome");
    layer.autonomyLevel = object.value(QStringLiteral("autonomy_level")).toInt(-1);
    layer.reviewTier = str(object, "review_tier");
    layer.requiresApproval = object.value(QStringLiteral("requires_approval")).toBool();
    layer.approvalTimeoutSeconds = object.value(QStringLiteral("approval_timeout_seconds")).toInt();
    layer.friction = object.value(QStringLiteral("friction")).toObject();
    for (const QJsonValue &item : object.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject ruleJson = item.toObject();
        layer.rules.append(FiredRule{str(ruleJson, "rule"), str(ruleJson, "trigger"),
                                     str(ruleJson, "message"),
                                     readStrings(ruleJson.value(QStringLiteral("thresholds")))});
    }
    layer.version = versionAgeFromJson(object.value(QStringLiteral("version")).toObject());
    layer.incidentVersion =
        versionAgeFromJson(object.value(QStringLiteral("incident_version")).toObject());
    layer.reevaluations = object.value(QStringLiteral("reevaluations")).toInt();
    layer.observations = readStrings(object.value(QStringLiteral("observations")));
    return layer;
}

// --- agent ------------------------------------------------------------------

QJsonObject toJson(const AgentLayer &layer)
{
    QJsonArray candidates;
    for (const MatchCandidate &candidate : layer.candidates)
        candidates.append(QJsonObject{{QStringLiteral("id"), candidate.runbookId},
                                      {QStringLiteral("score"), candidate.score}});
    return QJsonObject{
        {QStringLiteral("present"), layer.present},
        {QStringLiteral("absence"), layer.absence},
        {QStringLiteral("alert_id"), layer.alertId},
        {QStringLiteral("alert_received_at"), chainTimestampToJson(layer.alertReceivedAt)},
        {QStringLiteral("alert"), layer.alert},
        {QStringLiteral("severity"), layer.severity},
        {QStringLiteral("alert_summary"), layer.alertSummary},
        {QStringLiteral("match_present"), layer.matchPresent},
        {QStringLiteral("matched_at"), chainTimestampToJson(layer.matchedAt)},
        {QStringLiteral("matched_runbook"), layer.matchedRunbook},
        {QStringLiteral("confidence"), layer.confidence},
        {QStringLiteral("ambiguous"), layer.ambiguous},
        {QStringLiteral("informational"), layer.informational},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("explanation"), layer.explanation.toJson()},
        {QStringLiteral("observations"), strings(layer.observations)},
    };
}

AgentLayer agentFromJson(const QJsonObject &object)
{
    AgentLayer layer;
    layer.present = object.value(QStringLiteral("present")).toBool();
    layer.absence = str(object, "absence");
    layer.alertId = str(object, "alert_id");
    layer.alertReceivedAt = readTime(object, "alert_received_at");
    layer.alert = object.value(QStringLiteral("alert")).toObject();
    layer.severity = str(object, "severity");
    layer.alertSummary = str(object, "alert_summary");
    layer.matchPresent = object.value(QStringLiteral("match_present")).toBool();
    layer.matchedAt = readTime(object, "matched_at");
    layer.matchedRunbook = str(object, "matched_runbook");
    layer.confidence = object.value(QStringLiteral("confidence")).toDouble();
    layer.ambiguous = object.value(QStringLiteral("ambiguous")).toBool();
    layer.informational = object.value(QStringLiteral("informational")).toBool();
    for (const QJsonValue &item : object.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject candidate = item.toObject();
        layer.candidates.append(MatchCandidate{
            str(candidate, "id"), candidate.value(QStringLiteral("score")).toDouble()});
    }
    const QJsonObject explanation = object.value(QStringLiteral("explanation")).toObject();
    layer.explanation.matchedTerms = readStrings(explanation.value(QStringLiteral("terms")));
    layer.explanation.matchedConcepts = readStrings(explanation.value(QStringLiteral("concepts")));
    layer.explanation.matchedLabels = readStrings(explanation.value(QStringLiteral("labels")));
    layer.explanation.conditionsMet =
        readStrings(explanation.value(QStringLiteral("conditions_met")));
    layer.explanation.conditionsFailed =
        readStrings(explanation.value(QStringLiteral("conditions_failed")));
    layer.observations = readStrings(object.value(QStringLiteral("observations")));
    return layer;
}

// --- execution and outcome ----------------------------------------------------

QJsonObject toJson(const ExecutionRecord &execution)
{
    return QJsonObject{
        {QStringLiteral("at"), chainTimestampToJson(execution.at)},
        {QStringLiteral("action"), execution.action},
        {QStringLiteral("mode"), execution.mode},
        {QStringLiteral("success"), execution.success},
        {QStringLiteral("exit_code"), optionalInt(execution.exitCode)},
        {QStringLiteral("output"), execution.output},
        {QStringLiteral("command"), execution.command},
        {QStringLiteral("rolled_back"), execution.rolledBack},
        {QStringLiteral("rollback_output"), execution.rollbackOutput},
        {QStringLiteral("blocked_by"), execution.blockedBy},
    };
}

ExecutionRecord executionFromJson(const QJsonObject &object)
{
    ExecutionRecord execution;
    execution.at = readTime(object, "at");
    execution.action = str(object, "action");
    execution.mode = str(object, "mode");
    execution.success = object.value(QStringLiteral("success")).toBool();
    execution.exitCode = readOptionalInt(object.value(QStringLiteral("exit_code")));
    execution.output = str(object, "output");
    execution.command = str(object, "command");
    execution.rolledBack = object.value(QStringLiteral("rolled_back")).toBool();
    execution.rollbackOutput = str(object, "rollback_output");
    execution.blockedBy = str(object, "blocked_by");
    return execution;
}

} // namespace

QString toString(ChainLayerKind kind)
{
    switch (kind) {
    case ChainLayerKind::HumanReview:
        return QStringLiteral("human_review");
    case ChainLayerKind::PolicyClassification:
        return QStringLiteral("policy_classification");
    case ChainLayerKind::AgentReasoning:
        break;
    }
    return QStringLiteral("agent_reasoning");
}

std::optional<ChainLayerKind> chainLayerKindFromString(QStringView text)
{
    for (auto kind : {ChainLayerKind::HumanReview, ChainLayerKind::PolicyClassification,
                      ChainLayerKind::AgentReasoning}) {
        if (text == toString(kind))
            return kind;
    }
    return std::nullopt;
}

QString chainLayerTitle(ChainLayerKind kind)
{
    switch (kind) {
    case ChainLayerKind::HumanReview:
        return QStringLiteral("Human review");
    case ChainLayerKind::PolicyClassification:
        return QStringLiteral("Policy classification");
    case ChainLayerKind::AgentReasoning:
        break;
    }
    return QStringLiteral("Agent reasoning");
}

QString chainTimestampToJson(const QDateTime &when)
{
    return json::timestamp(when);
}

QDateTime chainTimestampFromJson(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        // A bare date (a policy's approval day) means the start of that day, UTC.
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            when = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

std::optional<double> ReviewerRecord::latencySeconds() const
{
    if (dwellSeconds)
        return dwellSeconds;
    if (openedAt.isValid() && decidedAt.isValid())
        return openedAt.msecsTo(decidedAt) / 1000.0;
    return std::nullopt;
}

const QStringList &ChainRecord::observations(ChainLayerKind kind) const
{
    switch (kind) {
    case ChainLayerKind::HumanReview:
        return humanReview.observations;
    case ChainLayerKind::PolicyClassification:
        return policy.observations;
    case ChainLayerKind::AgentReasoning:
        break;
    }
    return agent.observations;
}

QJsonObject ChainRecord::toJson() const
{
    QJsonArray executionsJson;
    for (const ExecutionRecord &execution : executions)
        executionsJson.append(icc::toJson(execution));
    QJsonArray outcomesJson;
    for (const OutcomeMark &mark : outcomes) {
        outcomesJson.append(QJsonObject{
            {QStringLiteral("at"), chainTimestampToJson(mark.at)},
            {QStringLiteral("quality"), mark.quality},
            {QStringLiteral("by"), mark.by},
            {QStringLiteral("note"), mark.note},
        });
    }
    return QJsonObject{
        {QStringLiteral("action_id"), actionId},
        {QStringLiteral("incident_id"), incidentId},
        {QStringLiteral("action"), action},
        {QStringLiteral("human_review"), icc::toJson(humanReview)},
        {QStringLiteral("policy_classification"), icc::toJson(policy)},
        {QStringLiteral("agent_reasoning"), icc::toJson(agent)},
        {QStringLiteral("executions"), executionsJson},
        {QStringLiteral("outcomes"), outcomesJson},
        {QStringLiteral("missing"), strings(missing)},
    };
}

std::optional<ChainRecord> ChainRecord::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ChainRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!object.value(QStringLiteral("action_id")).isString() ||
        object.value(QStringLiteral("action_id")).toString().isEmpty())
        return fail(QStringLiteral("chain: field 'action_id' is missing or not a string"));
    for (const char *layer : {"human_review", "policy_classification", "agent_reasoning"}) {
        if (!object.value(QLatin1String(layer)).isObject())
            return fail(QStringLiteral("chain %1: field '%2' is missing or not an object")
                            .arg(object.value(QStringLiteral("action_id")).toString(),
                                 QLatin1String(layer)));
    }

    ChainRecord record;
    record.actionId = str(object, "action_id");
    record.incidentId = str(object, "incident_id");
    record.action = str(object, "action");
    record.humanReview =
        humanReviewFromJson(object.value(QStringLiteral("human_review")).toObject());
    record.policy =
        policyFromJson(object.value(QStringLiteral("policy_classification")).toObject());
    record.agent = agentFromJson(object.value(QStringLiteral("agent_reasoning")).toObject());
    for (const QJsonValue &item : object.value(QStringLiteral("executions")).toArray())
        record.executions.append(executionFromJson(item.toObject()));
    for (const QJsonValue &item : object.value(QStringLiteral("outcomes")).toArray()) {
        const QJsonObject markJson = item.toObject();
        record.outcomes.append(OutcomeMark{readTime(markJson, "at"), str(markJson, "quality"),
                                           str(markJson, "by"), str(markJson, "note")});
    }
    record.missing = readStrings(object.value(QStringLiteral("missing")));
    return record;
}

} // namespace icc
