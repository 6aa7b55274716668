#include "ClientEvent.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "EventStream.h"
#include "GuiTestAlerts.h"
#include "ParameterEditModel.h"
#include "ReviewFriction.h"
#include "ReviewPanel.h"
#include "ReviewQueueModel.h"
#include "ServerConnection.h"
#include "Session.h"
#include "TestAlerts.h"
#include "TestPaths.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace icc;
using namespace icc::test;

namespace {

// The shipped tier-3 dwell is 60 s; the test policy shortens it so the test
// waits seconds, long enough to see the refusal before it has passed.
constexpr int kDwellSeconds = 10;
constexpr int kNetworkTimeoutMs = 30000;

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// What a user types goes where the focus is.
void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, k, modifiers);
}

void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClicks(focus, text);
}

// The server answers an ingest 202 (queued for the pipeline) or 200.
bool accepted(int status)
{
    return status >= 200 && status < 300;
}

// The id of the queued review proposing action, or empty.
QString queuedReview(ReviewPanel &panel, const QString &action)
{
    auto *view = child<QAbstractItemView>(panel, "queueView");
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ReviewQueueModel::ActionColumn).data().toString() == action)
            return model->index(row, 0).data(ReviewQueueModel::ReviewIdRole).toString();
    }
    return {};
}

// Moves the queue's cursor with the arrow keys until it is on reviewId.
bool selectWithKeyboard(ReviewPanel &panel, const QString &reviewId)
{
    auto *view = child<QAbstractItemView>(panel, "queueView");
    if (QApplication::focusWidget() != view)
        return false;
    QTest::keyClick(view, Qt::Key_Home);
    for (int step = 0; step <= view->model()->rowCount(); ++step) {
        if (view->currentIndex().data(ReviewQueueModel::ReviewIdRole).toString() == reviewId)
            return true;
        QTest::keyClick(view, Qt::Key_Down);
    }
    return false;
}

bool activate(QWidget &window)
{
    window.activateWindow();
    window.raise();
    return QTest::qWaitForWindowActive(&window);
}

// The pipeline may still be moving the incident on: opens the review until
// what the panel shows is current (the incident loaded and not changed since).
void openWhenSettled(ReviewPanel &panel, const QString &reviewId)
{
    auto *incidentTitle = child<QLabel>(panel, "incidentTitle");
    for (int attempt = 0;; ++attempt) {
        QSignalSpy shown(&panel, &ReviewPanel::reviewOpened);
        panel.openReview(reviewId);
        QVERIFY(shown.wait(kNetworkTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(incidentTitle->text() != panel.friction()->incidentId(),
                                 kNetworkTimeoutMs);
        if (!panel.friction()->isStale())
            return;
        QVERIFY2(attempt < 5, "the incident never settled");
    }
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QFile shipped(QString::fromUtf8(kResourcesDir) + QStringLiteral("/policy/default.yaml"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString policy = QString::fromUtf8(shipped.readAll());
        // Only tier 3's dwell carries this comment in the shipped policy.
        static const QRegularExpression tier3Dwell(
            QStringLiteral("min_dwell_seconds: 60( +# counted by the server)"));
        QVERIFY(policy.contains(tier3Dwell));
        policy.replace(tier3Dwell, QStringLiteral("min_dwell_seconds: %1\\1").arg(kDwellSeconds));
        const QString policyPath = m_policyDir.filePath(QStringLiteral("policy.yaml"));
        QFile file(policyPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(policy.toUtf8());
        file.close();

        QString error;
        QVERIFY2(m_server.start(&error, {}, policyPath), qPrintable(error));
        m_erin = std::make_unique<DesktopTestClient>(m_server);
        m_frank = std::make_unique<DesktopTestClient>(m_server);
        QVERIFY2(m_erin->login(QStringLiteral("erin"), &error), qPrintable(error));
        QVERIFY2(m_frank->login(QStringLiteral("frank"), &error), qPrintable(error));
        m_ivan = std::make_unique<DesktopTestClient>(m_server);
        QVERIFY2(m_ivan->login(QStringLiteral("ivan"), &error), qPrintable(error));
    }

    void tierThreeNeedsDwellPhraseAcknowledgementReasonAndASecondReviewer()
    {
        ReviewPanel erin(m_erin->context());
        ReviewPanel frank(m_frank->context());
        erin.setWindowTitle(QStringLiteral("erin"));
        frank.setWindowTitle(QStringLiteral("frank"));
        frank.show();
        erin.show();
        QString error;
        QVERIFY2(accepted(m_server.ingest(genericAlert(dbAlert()), &error)), qPrintable(error));

        const QString action = QStringLiteral("promote_replica");
        QTRY_VERIFY_WITH_TIMEOUT(!queuedReview(erin, action).isEmpty(), kNetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!queuedReview(frank, action).isEmpty(), kNetworkTimeoutMs);
        const QString reviewId = queuedReview(erin, action);

        // frank opens it too (his own dwell runs from his own open).
        QVERIFY(activate(frank));
        key(Qt::Key_Escape); // back to the queue
        QVERIFY(selectWithKeyboard(frank, reviewId));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(frank.friction() && frank.currentReviewId() == reviewId,
                                 kNetworkTimeoutMs);

        // --- erin, keyboard only ------------------------------------------------
        QVERIFY(activate(erin));
        key(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(erin, "queueView"));
        QVERIFY(selectWithKeyboard(erin, reviewId));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(erin.friction() && erin.currentReviewId() == reviewId,
                                 kNetworkTimeoutMs);
        auto *approve = child<QPushButton>(erin, "approveButton");
        auto *approveWhy = child<QLabel>(erin, "approveWhy");
        // The matcher's runners-up are shown with the proposal.
        auto *candidates = child<QLabel>(erin, "matchCandidates");
        QTRY_VERIFY2_WITH_TIMEOUT(
            candidates->text().contains(QStringLiteral("rb-db-primary-failover (")),
            qPrintable(candidates->text()), kNetworkTimeoutMs);
        QCOMPARE(erin.friction()->tier(), QStringLiteral("tier3"));
        QVERIFY(!approve->isEnabled());
        QVERIFY2(erin.friction()->blocks(DecisionKind::Approve, ReviewFriction::Blocker::Dwell),
                 qPrintable(approveWhy->text()));
        QVERIFY(approveWhy->text().contains(QStringLiteral("minimum time to read")));

        // The server refuses the same approval sent straight to it before the dwell.
        const QString phrase = child<QLabel>(erin, "phraseShown")->text();
        QVERIFY(!phrase.isEmpty());
        QJsonObject hasty{{QStringLiteral("decision"), QStringLiteral("approve")},
                          {QStringLiteral("context_revision"), erin.friction()->contextRevision()},
                          {QStringLiteral("reason"), QStringLiteral("looks right")},
                          {QStringLiteral("confirmation_phrase"), phrase},
                          {QStringLiteral("rollback_acknowledged"), true}};
        ApiReply refused;
        bool answered = false;
        m_erin->connection().post(QStringLiteral("/api/v1/reviews/%1/decide").arg(reviewId), hasty,
                                  this, [&](const ApiReply &reply) {
                                      refused = reply;
                                      answered = true;
                                  });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kNetworkTimeoutMs);
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.error.contains(QStringLiteral("dwell")), qPrintable(refused.message()));

        // Focus landed on the phrase. Wrong case does not count.
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(erin, "phraseEdit"));
        type(phrase.toUpper());
        QVERIFY(erin.friction()->blocks(DecisionKind::Approve, ReviewFriction::Blocker::Phrase));
        QVERIFY(approveWhy->text().contains(QStringLiteral("confirmation phrase")));
        key(Qt::Key_A, Qt::ControlModifier);
        type(phrase);
        QVERIFY(!erin.friction()->blocks(DecisionKind::Approve, ReviewFriction::Blocker::Phrase));
        QVERIFY(!approve->isEnabled());
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(erin, "rollbackAck"));
        QVERIFY(erin.friction()->blocks(DecisionKind::Approve, ReviewFriction::Blocker::Rollback));
        key(Qt::Key_Space);
        QVERIFY(child<QCheckBox>(erin, "rollbackAck")->isChecked());
        key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(erin, "reasonEdit"));
        QVERIFY(erin.friction()->blocks(DecisionKind::Approve, ReviewFriction::Blocker::Reason));
        type(QStringLiteral("primary is gone for 3 minutes, replica caught up"));
        QVERIFY(!erin.friction()->blocks(DecisionKind::Approve, ReviewFriction::Blocker::Reason));

        // Ctrl+Enter does nothing while the dwell runs...
        QSignalSpy erinAnswers(&erin, &ReviewPanel::decisionAnswered);
        if (erin.friction()->dwellRemainingSeconds() > 1) {
            key(Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(!erinAnswers.wait(300));
        }
        // ...and approves once it has passed.
        QTRY_VERIFY_WITH_TIMEOUT(approve->isEnabled(), (kDwellSeconds + 5) * 1000);
        QCOMPARE(approveWhy->text(), QStringLiteral("ready"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(erinAnswers.size(), 1, kNetworkTimeoutMs);
        QVERIFY2(erinAnswers.at(0).at(0).toBool(), qPrintable(erinAnswers.at(0).at(1).toString()));
        auto *erinStatus = child<QLabel>(erin, "reviewersValue");
        QTRY_VERIFY_WITH_TIMEOUT(erinStatus->text().contains(QStringLiteral("1 of 2 approvals")),
                                 kNetworkTimeoutMs);
        QVERIFY(erinStatus->text().contains(QStringLiteral("waiting for a second reviewer")));
        QVERIFY(!approve->isEnabled()); // a second approval must be someone else's
        QVERIFY(erin.friction()->blocks(DecisionKind::Approve,
                                        ReviewFriction::Blocker::AlreadyApproved));

        // --- frank: sees the first approval live, not erin's reasoning ----------
        auto *frankStatus = child<QLabel>(frank, "reviewersValue");
        QTRY_VERIFY_WITH_TIMEOUT(
            frankStatus->text().contains(QStringLiteral("waiting for your approval")),
            kNetworkTimeoutMs);
        QVERIFY(frankStatus->text().contains(QStringLiteral("1 of 2 approvals")));
        QVERIFY(frank.friction()->othersReasoningHidden());
        const QJsonArray seen =
            frank.friction()->review().value(QStringLiteral("decisions")).toArray();
        QVERIFY(seen.isEmpty()); // erin's reason stays hidden until frank decides
        auto *frankApprove = child<QPushButton>(frank, "approveButton");
        QVERIFY(!frankApprove->isEnabled());
        QVERIFY(activate(frank));
        child<QWidget>(frank, "phraseEdit")->setFocus(); // where opening put it
        type(child<QLabel>(frank, "phraseShown")->text());
        key(Qt::Key_Tab);
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        type(QStringLiteral("checked lag myself; failover is the only way back to writes"));
        QTRY_VERIFY_WITH_TIMEOUT(frankApprove->isEnabled(), (kDwellSeconds + 5) * 1000);
        QSignalSpy frankAnswers(&frank, &ReviewPanel::decisionAnswered);
        key(Qt::Key_V, Qt::AltModifier); // Appro&ve
        QTRY_COMPARE_WITH_TIMEOUT(frankAnswers.size(), 1, kNetworkTimeoutMs);
        QVERIFY2(frankAnswers.at(0).at(0).toBool(),
                 qPrintable(frankAnswers.at(0).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(frankStatus->text().contains(QStringLiteral("Approved: 2 of 2")) ||
                                     frank.friction()->state() == QLatin1String("executed"),
                                 kNetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(erinStatus->text().startsWith(QStringLiteral("Approved")) ||
                                     erin.friction()->state() == QLatin1String("executed"),
                                 kNetworkTimeoutMs);
    }

    void aChangedIncidentIsMarkedStaleAndAContextChangedRefusalReloads()
    {
        ReviewPanel erin(m_erin->context());
        erin.show();
        QVERIFY(activate(erin));
        QString error;
        QVERIFY2(
            accepted(m_server.ingest(genericDiskAlert(QStringLiteral("db-replica-2")), &error)),
            qPrintable(error));
        const QString action = QStringLiteral("compress_rotated_logs");
        QTRY_VERIFY_WITH_TIMEOUT(!queuedReview(erin, action).isEmpty(), kNetworkTimeoutMs);
        const QString reviewId = queuedReview(erin, action);
        key(Qt::Key_Escape);
        QVERIFY(selectWithKeyboard(erin, reviewId));
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(erin.friction() && erin.currentReviewId() == reviewId,
                                 kNetworkTimeoutMs);
        const qint64 firstRevision = erin.friction()->contextRevision();
        auto *banner = child<QLabel>(erin, "banner");
        auto *reject = child<QPushButton>(erin, "rejectButton");

        // 1. A live event says the incident changed: stale until reloaded.
        QVERIFY2(
            accepted(m_server.ingest(genericDiskAlert(QStringLiteral("db-replica-2b")), &error)),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(erin.friction()->isStale(), kNetworkTimeoutMs);
        QVERIFY(banner->text().contains(QStringLiteral("INCIDENT CHANGED")));
        child<QLineEdit>(erin, "reasonEdit")->setFocus();
        type(QStringLiteral("not while the replica is this full"));
        QVERIFY(!reject->isEnabled());
        QVERIFY(child<QLabel>(erin, "rejectWhy")->text().contains(QStringLiteral("reload")));
        QSignalSpy opened(&erin, &ReviewPanel::reviewOpened);
        key(Qt::Key_F5);
        QVERIFY(opened.wait(kNetworkTimeoutMs));
        QVERIFY(!erin.friction()->isStale());
        const qint64 secondRevision = erin.friction()->contextRevision();
        QVERIFY(secondRevision > firstRevision);

        // 2. The incident changes before the event arrives: the server answers
        //    409 context_changed and the panel reloads and clears the friction.
        child<QLineEdit>(erin, "phraseEdit")->setFocus();
        type(child<QLabel>(erin, "phraseShown")->text());
        key(Qt::Key_Tab);
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        type(QStringLiteral("not while the replica is this full"));
        QVERIFY(reject->isEnabled());
        m_erin->events().blockSignals(true); // the event is still on its way
        QVERIFY2(
            accepted(m_server.ingest(genericDiskAlert(QStringLiteral("db-replica-2c")), &error)),
            qPrintable(error));
        QSignalSpy answers(&erin, &ReviewPanel::decisionAnswered);
        opened.clear();
        key(Qt::Key_J, Qt::AltModifier); // Re&ject
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, kNetworkTimeoutMs);
        m_erin->events().blockSignals(false);
        QVERIFY(!answers.at(0).at(0).toBool());
        QVERIFY2(answers.at(0).at(1).toString().contains(QStringLiteral("incident changed")),
                 qPrintable(answers.at(0).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, kNetworkTimeoutMs);
        QVERIFY(erin.friction()->contextRevision() > secondRevision);
        QVERIFY(banner->text().contains(QStringLiteral("NOT recorded")));
        QVERIFY(child<QLineEdit>(erin, "phraseEdit")->text().isEmpty());
        QVERIFY(!child<QCheckBox>(erin, "rollbackAck")->isChecked());
        QVERIFY(child<QLineEdit>(erin, "reasonEdit")->text().isEmpty());
        QVERIFY(erin.friction()->dwellRemainingSeconds() > 0); // the dwell starts over

        // Deciding on what is there now works.
        child<QLineEdit>(erin, "reasonEdit")->setFocus();
        type(QStringLiteral("not while the replica is this full"));
        QTRY_VERIFY_WITH_TIMEOUT(reject->isEnabled(), kNetworkTimeoutMs);
        key(Qt::Key_J, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, kNetworkTimeoutMs);
        QVERIFY2(answers.at(1).at(0).toBool(), qPrintable(answers.at(1).at(1).toString()));
        QVERIFY(answers.at(1).at(1).toString().contains(QStringLiteral("rejected")));
    }

    void noDecisionWhileOffline()
    {
        ReviewPanel erin(m_erin->context());
        erin.show();
        // Any review still waiting that erin could decide (tier 2 or 3).
        QString reviewId;
        const auto findOne = [&] {
            QAbstractItemModel *model = child<QAbstractItemView>(erin, "queueView")->model();
            for (int row = 0; row < model->rowCount() && reviewId.isEmpty(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(ReviewQueueModel::TierRankRole).toInt() >= 2)
                    reviewId = index.data(ReviewQueueModel::ReviewIdRole).toString();
            }
            return !reviewId.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findOne(), kNetworkTimeoutMs);
        erin.openReview(reviewId);
        QTRY_VERIFY_WITH_TIMEOUT(erin.friction(), kNetworkTimeoutMs);
        auto *escalate = child<QPushButton>(erin, "escalateButton");
        QTRY_VERIFY(escalate->isEnabled());
        const qint64 since = m_erin->events().lastSequence();
        m_erin->events().stop();
        auto *escalateWhy = child<QLabel>(erin, "escalateWhy");
        QTRY_VERIFY(escalateWhy->text().contains(QStringLiteral("offline")));
        QVERIFY(!escalate->isEnabled());
        QVERIFY(erin.friction()->blocks(DecisionKind::Escalate, ReviewFriction::Blocker::Offline));
        QVERIFY(child<QLabel>(erin, "banner")->text().contains(QStringLiteral("OFFLINE")));
        m_erin->events().start(since);
        QTRY_VERIFY_WITH_TIMEOUT(m_erin->events().isConnected(), kNetworkTimeoutMs);
        QTRY_VERIFY(escalate->isEnabled());
    }

    // A kill switch holds every review and the server drops every open
    // (ApprovalGate::holdForStop): what was ready is not, until reopened.
    void aStopDropsTheOpenSoTheReviewMustBeOpenedAgain()
    {
        ReviewPanel erin(m_erin->context());
        erin.show();
        QVERIFY(activate(erin));
        QString error;
        QVERIFY2(accepted(m_server.ingest(genericCpuAlert(), &error)), qPrintable(error));
        const QString action = QStringLiteral("restart_service");
        QTRY_VERIFY_WITH_TIMEOUT(!queuedReview(erin, action).isEmpty(), kNetworkTimeoutMs);
        const QString reviewId = queuedReview(erin, action);
        openWhenSettled(erin, reviewId);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy opened(&erin, &ReviewPanel::reviewOpened);
        auto *approve = child<QPushButton>(erin, "approveButton");
        auto *approveWhy = child<QLabel>(erin, "approveWhy");
        auto *banner = child<QLabel>(erin, "banner");
        QTRY_COMPARE(approveWhy->text(), QStringLiteral("ready")); // tier 2: no dwell

        // 1. The stop's events have not arrived: the panel still says ready,
        //    the server refuses for the missing open, and the panel opens the
        //    review again instead of letting every retry be refused.
        m_erin->events().blockSignals(true);
        QVERIFY(killSwitch(true));
        QVERIFY(killSwitch(false));
        QVERIFY2(approve->isEnabled(), qPrintable(approveWhy->text()));
        QSignalSpy answers(&erin, &ReviewPanel::decisionAnswered);
        approve->click();
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, kNetworkTimeoutMs);
        m_erin->events().blockSignals(false);
        QVERIFY(!answers.at(0).at(0).toBool());
        QVERIFY2(answers.at(0).at(1).toString().contains(QStringLiteral("NOT recorded")),
                 qPrintable(answers.at(0).at(1).toString()));
        QVERIFY(answers.at(0).at(1).toString().contains(reviewId));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kNetworkTimeoutMs);
        QVERIFY(!erin.friction()->needsReopen());
        QTRY_COMPARE(approveWhy->text(), QStringLiteral("ready"));

        // 2. The stop arrives live: approve is no longer ready and says why.
        QVERIFY(killSwitch(true));
        QTRY_VERIFY_WITH_TIMEOUT(
            erin.friction()->blocks(DecisionKind::Approve, ReviewFriction::Blocker::Reopen),
            kNetworkTimeoutMs);
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approveWhy->text().contains(QStringLiteral("reopen")),
                 qPrintable(approveWhy->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("OPEN THIS REVIEW AGAIN")),
                 qPrintable(banner->text()));
        QVERIFY(killSwitch(false));
        // Lifting the stop resumes nothing: the panel still asks for a new open.
        QVERIFY(erin.friction()->needsReopen());
        QVERIFY(!approve->isEnabled());
        QVERIFY(activate(erin));
        key(Qt::Key_Escape);
        key(Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, kNetworkTimeoutMs);
        QVERIFY(!erin.friction()->needsReopen());
        QVERIFY(!banner->text().contains(QStringLiteral("OPEN THIS REVIEW AGAIN")));
        QTRY_COMPARE(approveWhy->text(), QStringLiteral("ready"));

        // 3. A decision in flight: F5 and opening another review wait for its
        //    answer, and the answer is shown, naming the review.
        auto *reload = child<QPushButton>(erin, "reloadButton");
        auto *reject = child<QPushButton>(erin, "rejectButton");
        child<QLineEdit>(erin, "reasonEdit")->setText(QStringLiteral("not during a stop drill"));
        QTRY_VERIFY(reject->isEnabled());
        reject->click(); // the request is on its way; nothing has answered yet
        QVERIFY(!reload->isEnabled());
        QVERIFY(!child<QPushButton>(erin, "openButton")->isEnabled());
        key(Qt::Key_F5);           // as the reviewer would
        erin.openReview(reviewId); // as another part of the app might
        QVERIFY2(erin.friction(), "the review was reopened while the decision was in flight");
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, kNetworkTimeoutMs);
        QVERIFY2(answers.at(1).at(0).toBool(), qPrintable(answers.at(1).at(1).toString()));
        QVERIFY(answers.at(1).at(1).toString().contains(reviewId));
        QVERIFY(child<QLabel>(erin, "resultLabel")->text().contains(reviewId));
        QCOMPARE(opened.size(), 2); // F5 opened nothing while the decision was in flight
        QTRY_VERIFY(reload->isEnabled());
    }

    // The session ends and someone else logs in at the same desk: nothing of
    // the last user's review (nor what they typed) stays on screen.
    void aNewUserSeesNothingOfTheLastOne()
    {
        DesktopTestClient desk(m_server);
        QString error;
        QVERIFY2(desk.login(QStringLiteral("erin"), &error), qPrintable(error));
        QVERIFY2(accepted(m_server.ingest(genericCpuAlert(QStringLiteral("pm-desk")), &error)),
                 qPrintable(error));
        ReviewPanel panel(desk.context());
        panel.show();
        // Every review the server lists, decided ones included (any will do).
        QAbstractItemModel *queue = qobject_cast<QSortFilterProxyModel *>(
                                        child<QAbstractItemView>(panel, "queueView")->model())
                                        ->sourceModel();
        QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() > 0, kNetworkTimeoutMs);
        const QString reviewId = queue->index(0, 0).data(ReviewQueueModel::ReviewIdRole).toString();
        panel.openReview(reviewId);
        QTRY_VERIFY_WITH_TIMEOUT(panel.friction(), kNetworkTimeoutMs);
        auto *reason = child<QLineEdit>(panel, "reasonEdit");
        reason->setText(QStringLiteral("erin's half-typed reason"));

        // The server no longer knows the token: the next request answers 401.
        QSignalSpy expired(&desk.session(), &Session::expired);
        desk.connection().setToken(QStringLiteral("no-longer-valid"));
        panel.reloadQueue();
        QVERIFY(expired.wait(kNetworkTimeoutMs));
        QVERIFY(!panel.friction());
        QVERIFY(panel.currentReviewId().isEmpty());
        QVERIFY(reason->text().isEmpty());
        QCOMPARE(queue->rowCount(), 0);

        // frank logs in: his queue, no review open until he opens one himself.
        QSignalSpy loggedIn(&desk.session(), &Session::loggedIn);
        desk.session().login(QStringLiteral("frank"),
                             QString::fromLatin1(DesktopTestServer::kPassword),
                             [](const ApiReply &) {});
        QVERIFY(loggedIn.wait(kNetworkTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() > 0, kNetworkTimeoutMs);
        QVERIFY(!panel.friction());
        QVERIFY(panel.currentReviewId().isEmpty());
        QVERIFY(reason->text().isEmpty());
        QVERIFY(!child<QWidget>(panel, "decisionBox")->isVisible());
    }

    // Review events every 30 ms (a busy night): the queue still reloads
    // while they keep coming, not only once they stop.
    // Modify through the panel: nothing to send until a value changed; the
    // edited value reaches the server, which records it beside the proposal.
    void modifySendsTheEditedParameter()
    {
        ReviewPanel erin(m_erin->context());
        erin.show();
        QVERIFY(activate(erin));
        QString error;
        QVERIFY2(accepted(m_server.ingest(genericCpuAlert(QStringLiteral("pm-modify")), &error)),
                 qPrintable(error));
        const QString action = QStringLiteral("restart_service");
        QTRY_VERIFY_WITH_TIMEOUT(!queuedReview(erin, action).isEmpty(), kNetworkTimeoutMs);
        const QString reviewId = queuedReview(erin, action);
        openWhenSettled(erin, reviewId);
        if (QTest::currentTestFailed())
            return;

        auto *modify = child<QPushButton>(erin, "modifyButton");
        auto *modifyWhy = child<QLabel>(erin, "modifyWhy");
        QVERIFY(child<QWidget>(erin, "modifyBox")->isVisible());
        QVERIFY(!modify->isEnabled()); // nothing changed yet
        QAbstractItemModel *parameters = child<QAbstractItemView>(erin, "parametersView")->model();
        int deployment = -1;
        for (int row = 0; row < parameters->rowCount(); ++row) {
            if (parameters->index(row, ParameterEditModel::NameColumn).data().toString() ==
                QLatin1String("deployment"))
                deployment = row;
        }
        QVERIFY2(deployment >= 0, "restart_service has no deployment parameter");
        QCOMPARE(parameters->index(deployment, ParameterEditModel::CurrentColumn).data().toString(),
                 QStringLiteral("checkout-api"));
        QVERIFY(parameters->setData(parameters->index(deployment, ParameterEditModel::NewColumn),
                                    QStringLiteral("checkout-api-canary")));
        child<QLineEdit>(erin, "reasonEdit")
            ->setText(QStringLiteral("restart the canary first, it holds the stuck worker"));
        QTRY_VERIFY2(modify->isEnabled(), qPrintable(modifyWhy->text()));

        QSignalSpy answers(&erin, &ReviewPanel::decisionAnswered);
        modify->click();
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, kNetworkTimeoutMs);
        QVERIFY2(answers.at(0).at(0).toBool(), qPrintable(answers.at(0).at(1).toString()));

        // The server holds the new value: what would run now names the canary.
        std::optional<ApiReply> review;
        m_erin->connection().get(QStringLiteral("/api/v1/reviews/") + reviewId, nullptr,
                                 [&](const ApiReply &reply) { review = reply; });
        QTRY_VERIFY_WITH_TIMEOUT(review.has_value(), kNetworkTimeoutMs);
        QVERIFY2(review->ok(), qPrintable(review->message()));
        const QJsonObject recorded = review->object().value(QStringLiteral("review")).toObject();
        QCOMPARE(recorded.value(QStringLiteral("state")).toString(), QStringLiteral("modified"));
        QCOMPARE(recorded.value(QStringLiteral("modified_parameters"))
                     .toObject()
                     .value(QStringLiteral("deployment"))
                     .toString(),
                 QStringLiteral("checkout-api-canary"));
        // What the agent proposed stays on record beside it.
        QCOMPARE(recorded.value(QStringLiteral("parameters"))
                     .toObject()
                     .value(QStringLiteral("deployment"))
                     .toString(),
                 QStringLiteral("checkout-api"));
    }

    void aSteadyFlowOfReviewEventsStillReloadsTheQueue()
    {
        ReviewPanel erin(m_erin->context());
        QSignalSpy loaded(&erin, &ReviewPanel::queueLoaded);
        QVERIFY(loaded.wait(kNetworkTimeoutMs)); // the first load
        loaded.clear();
        QTimer flow;
        flow.setInterval(30);
        qint64 sequence = 0;
        connect(&flow, &QTimer::timeout, this, [&] {
            ClientEvent event;
            event.sequence = ++sequence;
            event.type = QStringLiteral("review.updated");
            event.payload = QJsonObject{{QStringLiteral("review_id"), QStringLiteral("rv-none")}};
            emit m_erin->events().eventReceived(event);
        });
        flow.start();
        const bool reloaded = loaded.wait(3000);
        QVERIFY(flow.isActive()); // the flow never paused
        flow.stop();
        QVERIFY2(reloaded, "the queue did not reload during a steady flow of review events");
    }

private:
    // ivan, the commander, engages or lifts the kill switch.
    bool killSwitch(bool engaged)
    {
        ApiReply answer;
        bool answered = false;
        m_ivan->connection().post(
            QStringLiteral("/api/v1/controls/kill-switch"),
            QJsonObject{{QStringLiteral("engaged"), engaged},
                        {QStringLiteral("reason"), QStringLiteral("stop drill")}},
            this, [&](const ApiReply &reply) {
                answer = reply;
                answered = true;
            });
        if (!QTest::qWaitFor([&] { return answered; }, kNetworkTimeoutMs))
            return false;
        if (!answer.ok())
            qWarning("kill switch: %s", qPrintable(answer.message()));
        return answer.ok();
    }

    QTemporaryDir m_policyDir;
    DesktopTestServer m_server;
    std::unique_ptr<DesktopTestClient> m_erin;
    std::unique_ptr<DesktopTestClient> m_frank;
    std::unique_ptr<DesktopTestClient> m_ivan;
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
