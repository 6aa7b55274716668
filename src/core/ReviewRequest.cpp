#include "ReviewRequest.h"

#include "JsonConversions.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace icc {

namespace {

// Friction, StepParameter and EscalationLevel are shared structs that only
// know how to write themselves; the review is the one place that reads them
// back, so the readers live here.
Friction frictionFromJson(const QJsonObject &object)
{
    Friction friction;
    friction.requiredReviewers = object.value(QStringLiteral("required_reviewers")).toInt(1);
    friction.minDwellSeconds = object.value(QStringLiteral("min_dwell_seconds")).toInt();
    friction.confirmationPhrase = object.value(QStringLiteral("confirmation_phrase")).toBool();
    friction.rollbackAcknowledgement =
        object.value(QStringLiteral("rollback_acknowledgement")).toBool();
    friction.reasonForRejectOrModify =
        object.value(QStringLiteral("reason_for_reject_or_modify")).toBool();
    friction.reasonAlways = object.value(QStringLiteral("reason_always")).toBool();
    friction.hideOtherReviewersReasoning =
        object.value(QStringLiteral("hide_other_reviewers_reasoning")).toBool();
    friction.abortWindowSeconds = object.value(QStringLiteral("abort_window_seconds")).toInt();
    return friction;
}

StepParameter parameterFromJson(const QString &key, const QJsonObject &object)
{
    StepParameter parameter;
    parameter.name = object.value(QStringLiteral("name")).toString(key);
    parameter.fromLabel = object.value(QStringLiteral("from_label")).toString();
    parameter.defaultValue = object.value(QStringLiteral("default")).toString();
    const QJsonArray allowed = object.value(QStringLiteral("allowed")).toArray();
    for (const QJsonValue &value : allowed)
        parameter.allowed.append(value.toString());
    parameter.pattern = object.value(QStringLiteral("pattern")).toString();
    if (object.contains(QStringLiteral("min")))
        parameter.minimum = object.value(QStringLiteral("min")).toDouble();
    if (object.contains(QStringLiteral("max")))
        parameter.maximum = object.value(QStringLiteral("max")).toDouble();
    return parameter;
}

QJsonObject levelToJson(const EscalationLevel &level)
{
    return QJsonObject{
        {QStringLiteral("level"), level.level},
        {QStringLiteral("rotation"), level.rotation},
        {QStringLiteral("timeout_seconds"), level.timeoutSeconds},
    };
}

EscalationLevel levelFromJson(const QJsonObject &object)
{
    EscalationLevel level;
    level.level = object.value(QStringLiteral("level")).toInt(1);
    level.rotation = object.value(QStringLiteral("rotation")).toString();
    level.timeoutSeconds = object.value(QStringLiteral("timeout_seconds")).toInt(600);
    return level;
}

} // namespace

QString ReviewRequest::normaliseIdentity(QStringView identity)
{
    return identity.trimmed().toString().toCaseFolded();
}

bool ReviewRequest::sameIdentity(QStringView a, QStringView b)
{
    return normaliseIdentity(a) == normaliseIdentity(b);
}

QString ReviewRequest::defaultConfirmationPhrase(const QString &actionType,
                                                 const QMap<QString, QString> &parameters)
{
    QStringList words{actionType};
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            words.append(it.value().trimmed());
    }
    return words.join(QLatin1Char(' '));
}

bool ReviewRequest::phraseMatches(const QString &expected, const QString &typed)
{
    const QString want = expected.simplified();
    // An empty expected phrase would accept an empty answer: fail closed.
    if (want.isEmpty())
        return false;
    return want.compare(typed.simplified(), Qt::CaseInsensitive) == 0;
}

bool ReviewRequest::isProposer(QStringView reviewer) const
{
    return sameIdentity(reviewer, proposer);
}

const ReviewOpening *ReviewRequest::openingFor(QStringView reviewer) const
{
    for (const ReviewOpening &opening : openings) {
        if (sameIdentity(opening.reviewer, reviewer))
            return &opening;
    }
    return nullptr;
}

QStringList ReviewRequest::approversInCurrentRound() const
{
    QStringList approvers;
    QStringList seen;
    for (const RecordedDecision &decision : decisions) {
        if (decision.kind != DecisionKind::Approve || decision.round != approvalRound)
            continue;
        // Defence in depth: a proposer's approval never counts, even if one
        // was somehow recorded (e.g. in a hand-edited persisted review).
        if (isProposer(decision.reviewer))
            continue;
        const QString key = normaliseIdentity(decision.reviewer);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.append(key);
        approvers.append(decision.reviewer);
    }
    return approvers;
}

bool ReviewRequest::hasApprovedInCurrentRound(QStringView reviewer) const
{
    return std::any_of(decisions.cbegin(), decisions.cend(), [&](const RecordedDecision &d) {
        return d.kind == DecisionKind::Approve && d.round == approvalRound &&
               sameIdentity(d.reviewer, reviewer);
    });
}

bool ReviewRequest::hasDecidedInCurrentRound(QStringView reviewer) const
{
    return std::any_of(decisions.cbegin(), decisions.cend(), [&](const RecordedDecision &d) {
        return d.kind != DecisionKind::Escalate && d.round == approvalRound &&
               sameIdentity(d.reviewer, reviewer);
    });
}

int ReviewRequest::requiredApprovals() const
{
    const int floor = tier == ReviewTier::TwoReviewer ? 2 : 1;
    return std::max(floor, friction.requiredReviewers);
}

bool ReviewRequest::isDecidable() const
{
    if (state == ReviewState::Held)
        return true;
    return state == ReviewState::Pending && tier != ReviewTier::PreApproved;
}

bool ReviewRequest::isFinal() const
{
    return state == ReviewState::Rejected || state == ReviewState::Modified ||
           state == ReviewState::Aborted || state == ReviewState::Cancelled ||
           state == ReviewState::Executed;
}

QDateTime ReviewRequest::abortWindowEndsAt() const
{
    return createdAt.addSecs(std::max(0, friction.abortWindowSeconds));
}

QJsonObject ReviewRequest::toJson() const
{
    QJsonObject allowedJson;
    for (auto it = allowedParameters.cbegin(); it != allowedParameters.cend(); ++it)
        allowedJson.insert(it.key(), it.value().toJson());
    QJsonArray chainJson;
    for (const EscalationLevel &level : escalationChain)
        chainJson.append(levelToJson(level));
    QJsonArray openingsJson;
    for (const ReviewOpening &opening : openings) {
        openingsJson.append(QJsonObject{
            {QStringLiteral("reviewer"), opening.reviewer},
            {QStringLiteral("opened_at"), json::timestamp(opening.openedAt)},
            {QStringLiteral("context_revision"), opening.contextRevision},
        });
    }
    QJsonArray decisionsJson;
    for (const RecordedDecision &decision : decisions)
        decisionsJson.append(decision.toJson());
    QJsonArray acknowledgementsJson;
    for (const Acknowledgement &ack : acknowledgements) {
        acknowledgementsJson.append(QJsonObject{
            {QStringLiteral("who"), ack.who},
            {QStringLiteral("at"), json::timestamp(ack.at)},
        });
    }

    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("incident_id"), incidentId},
        {QStringLiteral("action_id"), actionId},
        {QStringLiteral("action"), actionType},
        {QStringLiteral("runbook"), runbookId},
        {QStringLiteral("step_index"), stepIndex},
        {QStringLiteral("proposer"), proposer},
        {QStringLiteral("policy_version"), policyVersion},
        {QStringLiteral("tier"), toString(tier)},
        {QStringLiteral("friction"), friction.toJson()},
        {QStringLiteral("confirmation_phrase"), confirmationPhrase},
        {QStringLiteral("rollback"), rollback},
        {QStringLiteral("allowed_parameters"), allowedJson},
        {QStringLiteral("parameters"), json::fromStringMap(parameters)},
        {QStringLiteral("escalation_chain"), chainJson},
        {QStringLiteral("supersedes"), supersedesReviewId},
        {QStringLiteral("created_at"), json::timestamp(createdAt)},
        {QStringLiteral("deadline"), json::timestamp(deadline)},
        {QStringLiteral("escalation_level"), escalationLevel},
        {QStringLiteral("chain_exhausted"), chainExhausted},
        {QStringLiteral("state"), toString(state)},
        {QStringLiteral("hold_reason"), holdReason},
        {QStringLiteral("held_at"), json::timestamp(heldAt)},
        {QStringLiteral("approval_round"), approvalRound},
        {QStringLiteral("approvals_required"), requiredApprovals()},
        {QStringLiteral("class_approval_id"), classApprovalId},
        {QStringLiteral("modified_parameters"), json::fromStringMap(modifiedParameters)},
        {QStringLiteral("resolved_by"), resolvedBy},
        {QStringLiteral("resolution_note"), resolutionNote},
        {QStringLiteral("resolved_at"), json::timestamp(resolvedAt)},
        {QStringLiteral("openings"), openingsJson},
        {QStringLiteral("decisions"), decisionsJson},
        {QStringLiteral("acknowledgements"), acknowledgementsJson},
    };
}

std::optional<ReviewRequest> ReviewRequest::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ReviewRequest> {
        if (error)
            *error = QStringLiteral("review: %1").arg(why);
        return std::nullopt;
    };
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };

    ReviewRequest review;
    review.id = text("id");
    review.incidentId = text("incident_id");
    review.actionId = text("action_id");
    review.actionType = text("action");
    review.proposer = text("proposer");
    for (const auto &[value, name] :
         {std::pair{&review.id, "id"}, std::pair{&review.incidentId, "incident_id"},
          std::pair{&review.actionId, "action_id"}, std::pair{&review.actionType, "action"},
          std::pair{&review.proposer, "proposer"}}) {
        if (value->isEmpty())
            return fail(QStringLiteral("%1 is missing").arg(QLatin1String(name)));
    }
    review.runbookId = text("runbook");
    review.stepIndex = object.value(QStringLiteral("step_index")).toInt(-1);
    review.policyVersion = text("policy_version");

    const auto tier = reviewTierFromString(text("tier"));
    if (!tier || *tier == ReviewTier::None)
        return fail(QStringLiteral("tier is not pre_approved|tier1|tier2|tier3"));
    review.tier = *tier;
    review.friction = frictionFromJson(object.value(QStringLiteral("friction")).toObject());
    review.confirmationPhrase = text("confirmation_phrase");
    review.rollback = text("rollback");

    const QJsonObject allowedJson = object.value(QStringLiteral("allowed_parameters")).toObject();
    for (auto it = allowedJson.constBegin(); it != allowedJson.constEnd(); ++it)
        review.allowedParameters.insert(it.key(), parameterFromJson(it.key(), it->toObject()));
    review.parameters = json::toStringMap(object.value(QStringLiteral("parameters")));
    const QJsonArray chainJson = object.value(QStringLiteral("escalation_chain")).toArray();
    for (const QJsonValue &level : chainJson)
        review.escalationChain.append(levelFromJson(level.toObject()));
    review.supersedesReviewId = text("supersedes");

    review.createdAt = json::timestampFrom(object.value(QStringLiteral("created_at")));
    if (!review.createdAt.isValid())
        return fail(QStringLiteral("created_at is not an ISO 8601 time"));
    review.deadline = json::timestampFrom(object.value(QStringLiteral("deadline")));
    review.escalationLevel = object.value(QStringLiteral("escalation_level")).toInt(1);
    review.chainExhausted = object.value(QStringLiteral("chain_exhausted")).toBool();

    const auto state = reviewStateFromString(text("state"));
    if (!state)
        return fail(QStringLiteral("state is not a review state"));
    review.state = *state;
    review.holdReason = text("hold_reason");
    review.heldAt = json::timestampFrom(object.value(QStringLiteral("held_at")));
    review.approvalRound = object.value(QStringLiteral("approval_round")).toInt();
    review.classApprovalId = text("class_approval_id");
    review.modifiedParameters =
        json::toStringMap(object.value(QStringLiteral("modified_parameters")));
    review.resolvedBy = text("resolved_by");
    review.resolutionNote = text("resolution_note");
    review.resolvedAt = json::timestampFrom(object.value(QStringLiteral("resolved_at")));

    const QJsonArray openingsJson = object.value(QStringLiteral("openings")).toArray();
    for (const QJsonValue &value : openingsJson) {
        const QJsonObject openingJson = value.toObject();
        ReviewOpening opening;
        opening.reviewer = openingJson.value(QStringLiteral("reviewer")).toString();
        opening.openedAt = json::timestampFrom(openingJson.value(QStringLiteral("opened_at")));
        opening.contextRevision = openingJson.value(QStringLiteral("context_revision")).toInteger();
        if (opening.reviewer.isEmpty() || !opening.openedAt.isValid())
            return fail(QStringLiteral("an opening lacks reviewer or opened_at"));
        review.openings.append(opening);
    }
    const QJsonArray decisionsJson = object.value(QStringLiteral("decisions")).toArray();
    for (const QJsonValue &value : decisionsJson) {
        QString why;
        const auto decision = RecordedDecision::fromJson(value.toObject(), &why);
        if (!decision)
            return fail(why);
        review.decisions.append(*decision);
    }
    const QJsonArray acknowledgementsJson =
        object.value(QStringLiteral("acknowledgements")).toArray();
    for (const QJsonValue &value : acknowledgementsJson) {
        const QJsonObject ackJson = value.toObject();
        review.acknowledgements.append(
            Acknowledgement{ackJson.value(QStringLiteral("who")).toString(),
                            json::timestampFrom(ackJson.value(QStringLiteral("at")))});
    }
    return review;
}

} // namespace icc
