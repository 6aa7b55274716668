#include "ReviewFriction.h"

#include "Clock.h"

#include <QJsonArray>

#include <algorithm>

namespace icc {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

ReviewFriction::ReviewFriction(const QJsonObject &openedView, const QDateTime &openedAt,
                               const Clock &clock)
    : m_clock(clock)
    , m_view(openedView)
    , m_dwellEndsAt(openedAt.addSecs(std::max<qint64>(
          0, openedView.value(QStringLiteral("dwell_remaining_seconds")).toInteger())))
    , m_contextRevision(openedView.value(QStringLiteral("context_revision")).toInteger())
    , m_openedAt(text(openedView, "opened_at"))
    , m_approvalRound(openedView.value(QStringLiteral("review"))
                          .toObject()
                          .value(QStringLiteral("approval_round"))
                          .toInt())
{}

void ReviewFriction::refreshView(const QJsonObject &view)
{
    if (view.value(QStringLiteral("review")).toObject().value(QStringLiteral("id")).toString() !=
        reviewId())
        return;
    if (view.value(QStringLiteral("context_revision")).toInteger() != m_contextRevision)
        m_stale = true;
    const QJsonObject fresh = view.value(QStringLiteral("review")).toObject();
    const bool openGone = !m_openedAt.isEmpty() && text(view, "opened_at") != m_openedAt;
    const bool roundMoved =
        fresh.value(QStringLiteral("approval_round")).toInt() != m_approvalRound;
    if (openGone || roundMoved) {
        const QString held = text(fresh, "hold_reason");
        markNeedsReopen(held.isEmpty()
                            ? tr("the server no longer counts your open of this review")
                            : tr("the review was held (%1); opens and approvals from before "
                                 "no longer count")
                                  .arg(held));
    }
    // The open's friction fields (phrase, rollback) are kept: a GET answers
    // them the same way, and the dwell stays the one started at the open.
    for (const char *key : {"approvals_required", "approvals_so_far", "may_decide",
                            "others_reasoning_hidden", "review"})
        m_view.insert(QLatin1String(key), view.value(QLatin1String(key)));
}

void ReviewFriction::markNeedsReopen(const QString &why)
{
    m_reopenReason =
        why.isEmpty() ? tr("the server no longer counts your open of this review") : why;
}

QJsonObject ReviewFriction::review() const
{
    return m_view.value(QStringLiteral("review")).toObject();
}

QJsonObject ReviewFriction::friction() const
{
    const QJsonValue top = m_view.value(QStringLiteral("friction"));
    return top.isObject() ? top.toObject() : review().value(QStringLiteral("friction")).toObject();
}

QString ReviewFriction::reviewId() const
{
    return text(review(), "id");
}

QString ReviewFriction::incidentId() const
{
    return text(review(), "incident_id");
}

QString ReviewFriction::state() const
{
    return text(review(), "state");
}

QString ReviewFriction::tier() const
{
    return text(review(), "tier");
}

QString ReviewFriction::viewer() const
{
    return text(m_view, "viewer");
}

qint64 ReviewFriction::dwellRemainingSeconds() const
{
    const qint64 ms = m_clock.now().msecsTo(m_dwellEndsAt);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

int ReviewFriction::minDwellSeconds() const
{
    return friction().value(QStringLiteral("min_dwell_seconds")).toInt();
}

bool ReviewFriction::phraseRequired() const
{
    return friction().value(QStringLiteral("confirmation_phrase")).toBool();
}

QString ReviewFriction::phrase() const
{
    if (!phraseRequired())
        return {};
    const QString shown = text(m_view, "confirmation_phrase");
    return shown.isEmpty() ? text(review(), "confirmation_phrase") : shown;
}

bool ReviewFriction::phraseMatches() const
{
    // Exactly, case included: reading and typing it carefully is the point.
    return !phraseRequired() || (!phrase().isEmpty() && m_typedPhrase == phrase());
}

bool ReviewFriction::rollbackAcknowledgementRequired() const
{
    return friction().value(QStringLiteral("rollback_acknowledgement")).toBool();
}

QString ReviewFriction::rollback() const
{
    const QString shown = text(m_view, "rollback");
    return shown.isEmpty() ? text(review(), "rollback") : shown;
}

bool ReviewFriction::reasonRequired(DecisionKind kind) const
{
    // As the gate: escalate is checked before any reason is asked for.
    if (kind == DecisionKind::Escalate)
        return false;
    const QJsonObject f = friction();
    return f.value(QStringLiteral("reason_always")).toBool() ||
           (kind != DecisionKind::Approve &&
            f.value(QStringLiteral("reason_for_reject_or_modify")).toBool());
}

int ReviewFriction::approvalsSoFar() const
{
    return m_view.value(QStringLiteral("approvals_so_far")).toInt();
}

int ReviewFriction::approvalsRequired() const
{
    return std::max(1, m_view.value(QStringLiteral("approvals_required")).toInt(1));
}

bool ReviewFriction::hasApprovedThisRound() const
{
    const QJsonObject r = review();
    const int round = r.value(QStringLiteral("approval_round")).toInt();
    const QString me = viewer().toCaseFolded();
    const QJsonArray decisions = r.value(QStringLiteral("decisions")).toArray();
    return std::any_of(decisions.begin(), decisions.end(), [&](const QJsonValue &value) {
        const QJsonObject d = value.toObject();
        return text(d, "decision") == QLatin1String("approve") &&
               d.value(QStringLiteral("round")).toInt() == round &&
               text(d, "reviewer").toCaseFolded() == me;
    });
}

bool ReviewFriction::othersReasoningHidden() const
{
    return m_view.value(QStringLiteral("others_reasoning_hidden")).toBool();
}

QMap<QString, QString> ReviewFriction::currentParameters() const
{
    QMap<QString, QString> values;
    const QJsonObject parameters = review().value(QStringLiteral("parameters")).toObject();
    for (const QString &name : allowedParameterNames())
        values.insert(name, parameters.value(name).toString());
    return values;
}

QStringList ReviewFriction::allowedParameterNames() const
{
    return review().value(QStringLiteral("allowed_parameters")).toObject().keys();
}

QMap<QString, QString> ReviewFriction::changedParameters() const
{
    QMap<QString, QString> changed;
    const QMap<QString, QString> current = currentParameters();
    for (auto it = m_modified.cbegin(); it != m_modified.cend(); ++it) {
        if (current.contains(it.key()) && current.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QList<ReviewFriction::Missing> ReviewFriction::missing(DecisionKind kind) const
{
    QList<Missing> result;
    if (!m_connected) {
        result.append({Blocker::Offline,
                       tr("offline: the live connection to the server is down, so what you see "
                          "may be old")});
    }
    if (m_stale) {
        result.append({Blocker::Stale,
                       tr("the incident changed since you opened this review: reload (F5) and "
                          "look again")});
    }
    // Escalating needs no open on the server: it only adds human involvement.
    if (needsReopen() && kind != DecisionKind::Escalate) {
        result.append(
            {Blocker::Reopen, tr("%1: reopen the review (F5) and read it again; your reading time "
                                 "starts over")
                                  .arg(m_reopenReason)});
    }
    if (!m_view.value(QStringLiteral("may_decide")).toBool()) {
        result.append({Blocker::NotDecidable,
                       tr("this review takes no decision from you (state: %1)").arg(state())});
        return result; // nothing below can make it decidable
    }
    const bool towardExecution = kind == DecisionKind::Approve || kind == DecisionKind::Modify;
    if (kind == DecisionKind::Approve && hasApprovedThisRound()) {
        result.append({Blocker::AlreadyApproved,
                       tr("you approved already; the next approval must come from another "
                          "reviewer")});
    }
    if (towardExecution) {
        if (const qint64 left = dwellRemainingSeconds(); left > 0) {
            result.append(
                {Blocker::Dwell, tr("minimum time to read: %n s left", nullptr, int(left))});
        }
        if (!phraseMatches()) {
            result.append(
                {Blocker::Phrase, tr("type the confirmation phrase exactly: %1").arg(phrase())});
        }
        if (rollbackAcknowledgementRequired() && !m_rollbackAcknowledged) {
            result.append({Blocker::Rollback, tr("acknowledge the rollback procedure")});
        }
    }
    if (reasonRequired(kind) && m_reason.trimmed().isEmpty())
        result.append({Blocker::Reason, tr("state your reason")});
    if (kind == DecisionKind::Modify && changedParameters().isEmpty()) {
        result.append({Blocker::NoParameterChange,
                       allowedParameterNames().isEmpty()
                           ? tr("this step has no parameters a modify could change")
                           : tr("change at least one parameter value")});
    }
    return result;
}

bool ReviewFriction::blocks(DecisionKind kind, Blocker blocker) const
{
    const QList<Missing> all = missing(kind);
    return std::any_of(all.begin(), all.end(),
                       [blocker](const Missing &m) { return m.blocker == blocker; });
}

QString ReviewFriction::reviewerStatus() const
{
    const int required = approvalsRequired();
    const int so_far = approvalsSoFar();
    const QString current = state();
    if (current == QLatin1String("approved") || current == QLatin1String("executed"))
        return tr("Approved: %1 of %2 approvals").arg(so_far).arg(required);
    if (current != QLatin1String("pending") && current != QLatin1String("held"))
        return tr("Decided: %1").arg(current);
    QString status = required == 1 ? tr("One reviewer decides (%1 of 1 approvals)").arg(so_far)
                                   : tr("%1 of %2 approvals").arg(so_far).arg(required);
    if (required > 1) {
        if (hasApprovedThisRound())
            status += tr(" — you approved; waiting for a second reviewer");
        else if (so_far > 0)
            status += tr(" — waiting for your approval as the second reviewer");
        else
            status += tr(" — two different reviewers must approve");
    }
    if (othersReasoningHidden())
        status += tr(". The other reviewer's reasoning stays hidden until you decide.");
    return status;
}

QJsonObject ReviewFriction::decisionBody(DecisionKind kind) const
{
    QJsonObject body{
        {QStringLiteral("decision"), toString(kind)},
        {QStringLiteral("context_revision"), m_contextRevision},
        {QStringLiteral("reason"), m_reason.trimmed()},
        {QStringLiteral("confirmation_phrase"), m_typedPhrase},
        {QStringLiteral("rollback_acknowledged"), m_rollbackAcknowledged},
    };
    if (kind == DecisionKind::Modify) {
        QJsonObject parameters;
        const QMap<QString, QString> changed = changedParameters();
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            parameters.insert(it.key(), it.value());
        body.insert(QStringLiteral("parameters"), parameters);
    }
    return body;
}

} // namespace icc
