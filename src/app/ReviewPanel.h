#pragma once

#include "ReviewDecision.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class ReviewPanel;
}

namespace icc {

struct AppContext;
struct ApiReply;
struct ClientEvent;
class ParameterEditModel;
class ReviewFriction;
class ReviewQueueModel;
class ReviewQueueProxy;
class SimilarActionsModel;

// The reviewer's screen, built for someone paged at 3 a.m.: the queue on the
// left (most urgent first), and for the opened review, top to bottom, the
// incident, the proposed action and its rollback, the agent's reasoning, the
// history of similar actions, the tier's friction and the decision buttons.
// A button is enabled only when ReviewFriction says the server would take
// the decision, and a line next to it says what is still missing. The server
// checks everything again; a "context changed" refusal reloads the review.
//
// Keyboard: Tab runs queue → open → phrase → acknowledgement → reason →
// parameters → decisions; Enter in the queue opens; Ctrl+Enter approves when
// allowed; F5 reloads; Escape goes back to the queue; Alt+V/J/D/E decide.
class ReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(AppContext &context, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // The review open in the detail, empty if none.
    QString currentReviewId() const { return m_openReviewId; }
    // What is still missing per decision (null before a review is open).
    const ReviewFriction *friction() const { return m_friction.get(); }

    void reloadQueue();
    // POST /reviews/ID/open: starts (or, after a context change, restarts)
    // this reviewer's dwell on the server, then shows the review.
    void openReview(const QString &reviewId);

signals:
    void queueLoaded();
    void reviewOpened(const QString &reviewId);
    // The server answered a decision (ok or not); message is in words.
    void decisionAnswered(bool ok, const QString &message);

private:
    void onEvent(const ClientEvent &event);
    void openSelected();
    void reloadOpenReview(); // F5
    void refreshOpenView();  // GET without a new open: approvals, state
    void clearDetail();
    void showView(const QJsonObject &view);
    void showIncident(const QJsonObject &incident);
    void showProposal(const QJsonObject &proposal);
    void loadHistory(const QString &actionType, const QString &actionId);
    void fillParameters();
    void takeInputs();
    void updateFriction();
    void decide(DecisionKind kind);
    void onDecided(DecisionKind kind, const QString &reviewId, const ApiReply &reply);
    void forgetUser(); // the user changed or left: nothing of theirs stays on screen
    bool sending() const { return !m_sendingReviewId.isEmpty(); }
    void focusFirstInput();

    AppContext &m_context;
    std::unique_ptr<Ui::ReviewPanel> m_ui;
    ReviewQueueModel *m_queue = nullptr;
    ReviewQueueProxy *m_queueProxy = nullptr;
    SimilarActionsModel *m_history = nullptr;
    ParameterEditModel *m_parameters = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_queueReload = nullptr;
    std::unique_ptr<ReviewFriction> m_friction;
    QString m_openReviewId;
    QString m_notice;         // what happened last (shown until the next open)
    int m_openGeneration = 0; // answers for an earlier open are ignored
    // The review a decision is in flight for, empty when none. Kept apart from
    // the open generation: a decision's answer is always shown, and nothing
    // opens or reloads until it has come.
    QString m_sendingReviewId;
};

} // namespace icc
