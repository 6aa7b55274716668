#include "EscalationTest.h"
#include "ManualClock.h"
#include "PageTracker.h"
#include "Roster.h"
#include "RosterLoader.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace icc;
using icc::test::ManualClock;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

// Monday 2026-01-05 09:00 UTC: the first handoff of every rotation below.
const QDateTime kStart = utc(2026, 1, 5, 9);
constexpr qint64 kWeek = 7 * 24 * 3600;

Rotation rotation(const QString &id, const QStringList &members, qint64 shiftSeconds = kWeek)
{
    return Rotation{id, members, kStart, shiftSeconds};
}

// primary / secondary / manager / executive, weekly, chain 10/10/10/15 minutes.
Roster fourLevelRoster()
{
    Roster roster;
    [&] {
        QVERIFY(roster
                    .addRotation(rotation(QStringLiteral("primary"),
                                          {QStringLiteral("alice"), QStringLiteral("bob"),
                                           QStringLiteral("carol"), QStringLiteral("dave")}))
                    .ok());
        QVERIFY(roster
                    .addRotation(rotation(QStringLiteral("secondary"),
                                          {QStringLiteral("erin"), QStringLiteral("frank")}))
                    .ok());
        QVERIFY(roster
                    .addRotation(rotation(QStringLiteral("manager"),
                                          {QStringLiteral("ivan"), QStringLiteral("judy")}))
                    .ok());
        QVERIFY(
            roster.addRotation(rotation(QStringLiteral("executive"), {QStringLiteral("mallory")}))
                .ok());
        QVERIFY(roster
                    .setChain({{1, QStringLiteral("primary"), 600},
                               {2, QStringLiteral("secondary"), 600},
                               {3, QStringLiteral("manager"), 600},
                               {4, QStringLiteral("executive"), 900}})
                    .ok());
    }();
    return roster;
}

RosterOverride cover(const QString &rotationId, const QString &user, const QDateTime &from,
                     const QDateTime &to)
{
    return RosterOverride{0, rotationId, user, from, to, QStringLiteral("swap")};
}

QStringList fields(const QList<ValidationError> &errors)
{
    QStringList result;
    for (const ValidationError &error : errors)
        result.append(error.field);
    return result;
}

QStringList lines(const QList<ValidationError> &errors)
{
    QStringList result;
    for (const ValidationError &error : errors)
        result.append(error.toString());
    return result;
}

// The approval gate owns a review's timeout; this stand-in only shows that
// nothing PageTracker does moves or resolves it.
struct ReviewDeadline
{
    QDateTime openedAt;
    int timeoutSeconds = 600;
    bool timedOut(const QDateTime &now) const { return openedAt.addSecs(timeoutSeconds) <= now; }
};

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT
private slots:
    // --- rotations -------------------------------------------------------
    void roundRobinAcrossHandoffs()
    {
        const Roster roster = fourLevelRoster();
        ManualClock clock(kStart);
        const QString primary = QStringLiteral("primary");
        QCOMPARE(roster.onCall(primary, clock.now()), QStringLiteral("alice"));
        clock.set(kStart.addSecs(kWeek - 1)); // the last second of alice's week
        QCOMPARE(roster.onCall(primary, clock.now()), QStringLiteral("alice"));
        clock.advanceSeconds(1); // Monday 09:00: handoff
        QCOMPARE(roster.onCall(primary, clock.now()), QStringLiteral("bob"));
        clock.advanceMinutes(7 * 24 * 60);
        QCOMPARE(roster.onCall(primary, clock.now()), QStringLiteral("carol"));
        clock.advanceMinutes(7 * 24 * 60);
        QCOMPARE(roster.onCall(primary, clock.now()), QStringLiteral("dave"));
        clock.advanceMinutes(7 * 24 * 60); // the cycle wraps
        QCOMPARE(roster.onCall(primary, clock.now()), QStringLiteral("alice"));
        QCOMPARE(roster.onCall(QStringLiteral("secondary"), clock.now()), QStringLiteral("erin"));

        const Rotation weekly = *roster.rotation(primary);
        QCOMPARE(weekly.nextHandoffAfter(kStart.addSecs(3600)), kStart.addSecs(kWeek));
        QCOMPARE(weekly.shiftStartAt(kStart.addSecs(kWeek + 5)), kStart.addSecs(kWeek));
        QCOMPARE(weekly.handoffTime(), QTime(9, 0));
    }
    void beforeTheStartTheFirstMemberIsOnCall()
    {
        const Roster roster = fourLevelRoster();
        const QDateTime before = kStart.addDays(-3);
        QCOMPARE(roster.onCall(QStringLiteral("primary"), before), QStringLiteral("alice"));
        QCOMPARE(roster.rotation(QStringLiteral("primary"))->nextHandoffAfter(before),
                 kStart.addSecs(kWeek));
    }
    void shiftsMeasuredInHours()
    {
        const Rotation twelveHours =
            rotation(QStringLiteral("follow-the-sun"),
                     {QStringLiteral("grace"), QStringLiteral("heidi")}, 12 * 3600);
        QCOMPARE(twelveHours.onCallAt(kStart.addSecs(11 * 3600)), QStringLiteral("grace"));
        QCOMPARE(twelveHours.onCallAt(kStart.addSecs(12 * 3600)), QStringLiteral("heidi"));
        QCOMPARE(twelveHours.onCallAt(kStart.addSecs(24 * 3600)), QStringLiteral("grace"));
        // An instant given in another offset is the same instant.
        const QDateTime sameInstant = kStart.addSecs(12 * 3600).toOffsetFromUtc(2 * 3600);
        QCOMPARE(twelveHours.onCallAt(sameInstant), QStringLiteral("heidi"));
    }
    void unknownRotationHasNobody()
    {
        const Roster roster = fourLevelRoster();
        QVERIFY(roster.onCall(QStringLiteral("oncall"), kStart).isEmpty());
        const auto who = roster.whoIsOnCall(kStart.addSecs(kWeek));
        QCOMPARE(who.size(), 4);
        QCOMPARE(who.value(QStringLiteral("primary")), QStringLiteral("bob"));
        QCOMPARE(who.value(QStringLiteral("secondary")), QStringLiteral("frank"));
        QCOMPARE(who.value(QStringLiteral("manager")), QStringLiteral("judy"));
        QCOMPARE(who.value(QStringLiteral("executive")), QStringLiteral("mallory"));
    }

    // --- overrides -------------------------------------------------------
    void overrideWinsOnlyInsideItsWindow()
    {
        Roster roster = fourLevelRoster();
        const QDateTime from = utc(2026, 1, 9, 18); // alice's Friday evening
        const QDateTime to = utc(2026, 1, 11, 18);
        const RosterEditResult added =
            roster.addOverride(cover(QStringLiteral("primary"), QStringLiteral("bob"), from, to));
        QVERIFY(added.ok());
        const QString primary = QStringLiteral("primary");
        QCOMPARE(roster.onCall(primary, from.addSecs(-1)), QStringLiteral("alice"));
        QCOMPARE(roster.onCall(primary, from), QStringLiteral("bob"));
        QCOMPARE(roster.onCall(primary, to.addSecs(-1)), QStringLiteral("bob"));
        QCOMPARE(roster.onCall(primary, to), QStringLiteral("alice")); // [from, to)
        QCOMPARE(roster.activeOverride(primary, from)->id, added.overrideId);
        QVERIFY(!roster.activeOverride(primary, to));
        // Only its own rotation.
        QCOMPARE(roster.onCall(QStringLiteral("secondary"), from), QStringLiteral("erin"));
        QCOMPARE(roster.recipientsForLevel(1, from), QStringList{QStringLiteral("bob")});
        QCOMPARE(roster.recipientsForLevel(1, to), QStringList{QStringLiteral("alice")});
    }
    void laterOverrideWinsWhereTheyOverlap()
    {
        Roster roster = fourLevelRoster();
        const QString primary = QStringLiteral("primary");
        const auto first = roster.addOverride(
            cover(primary, QStringLiteral("carol"), utc(2026, 1, 6), utc(2026, 1, 9)));
        const auto second = roster.addOverride(
            cover(primary, QStringLiteral("dave"), utc(2026, 1, 7), utc(2026, 1, 8)));
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QVERIFY(second.overrideId > first.overrideId);
        QCOMPARE(roster.onCall(primary, utc(2026, 1, 6, 12)), QStringLiteral("carol"));
        QCOMPARE(roster.onCall(primary, utc(2026, 1, 7, 12)), QStringLiteral("dave"));
        QCOMPARE(roster.onCall(primary, utc(2026, 1, 8, 12)), QStringLiteral("carol"));
        // An earlier-created override never beats a later one, whatever its window.
        const auto third = roster.addOverride(
            cover(primary, QStringLiteral("erin"), utc(2026, 1, 5), utc(2026, 1, 10)));
        QVERIFY(third.ok());
        QCOMPARE(roster.onCall(primary, utc(2026, 1, 7, 12)), QStringLiteral("erin"));
        QVERIFY(roster.removeOverride(third.overrideId).ok());
        QCOMPARE(roster.onCall(primary, utc(2026, 1, 7, 12)), QStringLiteral("dave"));
    }

    // --- the chain -------------------------------------------------------
    void nextLevelUntilTheChainIsExhausted()
    {
        const Roster roster = fourLevelRoster();
        QCOMPARE(roster.nextLevel(0)->rotation, QStringLiteral("primary"));
        QCOMPARE(roster.nextLevel(1)->rotation, QStringLiteral("secondary"));
        QCOMPARE(roster.nextLevel(3)->level, 4);
        QCOMPARE(roster.nextLevel(3)->rotation, QStringLiteral("executive"));
        QVERIFY(!roster.nextLevel(4).has_value());
        QVERIFY(!roster.levelAt(0).has_value());
        QVERIFY(!roster.levelAt(5).has_value());
        QVERIFY(roster.recipientsForLevel(5, kStart).isEmpty());
        QCOMPARE(roster.recipientsForLevel(3, kStart), QStringList{QStringLiteral("ivan")});
    }
    void chainHasPerLevelTimeoutsDefaultingToTenMinutes()
    {
        const Roster roster = fourLevelRoster();
        QCOMPARE(roster.levelAt(1)->timeoutSeconds, 600);
        QCOMPARE(roster.levelAt(4)->timeoutSeconds, 900);

        Roster defaults = fourLevelRoster();
        EscalationLevel onlyRotation;
        onlyRotation.rotation = QStringLiteral("secondary");
        QVERIFY(defaults.setChain({onlyRotation, onlyRotation}).ok());
        QCOMPARE(defaults.levelAt(2)->timeoutSeconds, Roster::kDefaultLevelTimeoutSeconds);
        QCOMPARE(Roster::kDefaultLevelTimeoutSeconds, 600);
        QCOMPARE(defaults.levelAt(2)->level, 2); // position is the level
    }

    // --- pages -----------------------------------------------------------
    void unacknowledgedPageEscalatesAfterItsLevelTimeout()
    {
        ManualClock clock(kStart.addDays(1));
        PageTracker tracker(fourLevelRoster());
        const QDateTime pagedAt = clock.now();
        QVERIFY(!tracker.page(QStringLiteral("p1"), QStringLiteral("r1"), 1,
                              QStringLiteral("alice"), pagedAt));
        clock.advanceSeconds(599);
        QVERIFY(tracker.dueForEscalation(clock.now()).isEmpty());
        clock.advanceSeconds(1);
        const auto due = tracker.dueForEscalation(clock.now());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().page.pageId, QStringLiteral("p1"));
        QVERIFY(!due.first().chainExhausted());
        QCOMPARE(due.first().next->level, 2);
        QCOMPARE(due.first().nextRecipients, QStringList{QStringLiteral("erin")});
        QVERIFY(!tracker.markEscalated(QStringLiteral("p1"), clock.now()));
        QVERIFY(tracker.dueForEscalation(clock.now()).isEmpty());
        QVERIFY(tracker.markEscalated(QStringLiteral("p1"), clock.now()).has_value());
    }
    void eachLevelUsesItsOwnTimeoutAndTheLastOneExhausts()
    {
        ManualClock clock(kStart.addDays(1));
        PageTracker tracker(fourLevelRoster());
        QVERIFY(!tracker.page(QStringLiteral("p4"), QStringLiteral("r1"), 4,
                              QStringLiteral("mallory"), clock.now()));
        clock.advanceMinutes(10);
        QVERIFY(tracker.dueForEscalation(clock.now()).isEmpty()); // executive has 15 minutes
        clock.advanceMinutes(5);
        const auto due = tracker.dueForEscalation(clock.now());
        QCOMPARE(due.size(), 1);
        QVERIFY(due.first().chainExhausted());
        QVERIFY(due.first().nextRecipients.isEmpty());
    }
    void trackerStaysOnTheRosterVersionItWasGiven()
    {
        Roster live = fourLevelRoster();
        PageTracker tracker(live);
        QVERIFY(live.setChain({{1, QStringLiteral("primary"), 60}}).ok());
        QCOMPARE(tracker.roster().version() + 1, live.version());
        QVERIFY(!tracker.page(QStringLiteral("p1"), QString(), 1, QStringLiteral("alice"), kStart));
        QCOMPARE(tracker.pageById(QStringLiteral("p1"))->timeoutSeconds, 600);
        QVERIFY(tracker.dueForEscalation(kStart.addSecs(60)).isEmpty());
    }
    void acknowledgementStopsPageEscalationButNotTheReviewTimeout()
    {
        ManualClock clock(kStart.addDays(1));
        PageTracker tracker(fourLevelRoster());
        const QString review = QStringLiteral("review-7");
        const ReviewDeadline reviewDeadline{clock.now(), 600};
        QVERIFY(
            !tracker.page(QStringLiteral("p1"), review, 1, QStringLiteral("alice"), clock.now()));
        clock.advanceMinutes(2);
        QVERIFY(!tracker.acknowledge(QStringLiteral("p1"), QStringLiteral("alice"), clock.now()));
        QVERIFY(tracker.isAcknowledged(QStringLiteral("p1")));

        clock.advanceMinutes(30);
        // The page does not escalate any more...
        QVERIFY(tracker.dueForEscalation(clock.now()).isEmpty());
        // ...but "I'm on it" is not a decision: the review is still open and
        // its own timeout has run out, so the gate holds it and escalates it.
        QVERIFY(!tracker.isReviewDecided(review));
        QVERIFY(reviewDeadline.timedOut(clock.now()));
        QVERIFY(
            !tracker.page(QStringLiteral("p2"), review, 2, QStringLiteral("erin"), clock.now()));
        clock.advanceMinutes(10);
        const auto due = tracker.dueForEscalation(clock.now());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().page.pageId, QStringLiteral("p2"));
    }
    void decidedReviewStopsEscalationOfItsPages()
    {
        PageTracker tracker(fourLevelRoster());
        QVERIFY(!tracker.page(QStringLiteral("p1"), QStringLiteral("r1"), 1,
                              QStringLiteral("alice"), kStart));
        QVERIFY(!tracker.page(QStringLiteral("p2"), QStringLiteral("r2"), 1,
                              QStringLiteral("alice"), kStart));
        tracker.reviewDecided(QStringLiteral("r1"));
        const auto due = tracker.dueForEscalation(kStart.addSecs(3600));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().page.pageId, QStringLiteral("p2"));
    }
    void acknowledgedButUndecidedReviewIsRenotified()
    {
        ManualClock clock(kStart.addDays(1));
        PageTracker tracker(fourLevelRoster());
        const qint64 interval = 5 * 60;
        QVERIFY(!tracker.page(QStringLiteral("p1"), QStringLiteral("r1"), 1,
                              QStringLiteral("alice"), clock.now()));
        QVERIFY(!tracker.page(QStringLiteral("unreviewed"), QString(), 1, QStringLiteral("alice"),
                              clock.now()));
        QVERIFY(!tracker.page(QStringLiteral("silent"), QStringLiteral("r2"), 1,
                              QStringLiteral("alice"), clock.now()));
        clock.advanceMinutes(1);
        QVERIFY(!tracker.acknowledge(QStringLiteral("p1"), QStringLiteral("alice"), clock.now()));
        QVERIFY(!tracker.acknowledge(QStringLiteral("unreviewed"), QStringLiteral("alice"),
                                     clock.now()));

        clock.advanceSeconds(interval - 1);
        QVERIFY(tracker.renotifyDue(clock.now(), interval).isEmpty());
        clock.advanceSeconds(1);
        auto due = tracker.renotifyDue(clock.now(), interval);
        // Only the acknowledged page of an undecided review: the unacknowledged
        // one escalates instead, the one without a review has nothing to decide.
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().pageId, QStringLiteral("p1"));
        QCOMPARE(due.first().acknowledgedBy, QStringLiteral("alice"));
        QVERIFY(!tracker.markRenotified(QStringLiteral("p1"), clock.now()));
        QVERIFY(tracker.renotifyDue(clock.now(), interval).isEmpty());
        clock.advanceSeconds(interval);
        QCOMPARE(tracker.renotifyDue(clock.now(), interval).size(), 1);

        tracker.reviewDecided(QStringLiteral("r1"));
        QVERIFY(tracker.renotifyDue(clock.now(), interval).isEmpty());
        QVERIFY(tracker.renotifyDue(clock.now(), 0).isEmpty());
        QVERIFY(tracker.markRenotified(QStringLiteral("silent"), clock.now()).has_value());
    }
    void pagesAndAcknowledgementsAreChecked()
    {
        PageTracker tracker(fourLevelRoster());
        QVERIFY(tracker.page(QStringLiteral("p"), QString(), 5, QStringLiteral("alice"), kStart));
        QVERIFY(tracker.page(QStringLiteral("p"), QString(), 1, QString(), kStart));
        QVERIFY(tracker.page(QString(), QString(), 1, QStringLiteral("alice"), kStart));
        QVERIFY(!tracker.page(QStringLiteral("p"), QString(), 1, QStringLiteral("alice"), kStart));
        QVERIFY(tracker.page(QStringLiteral("p"), QString(), 1, QStringLiteral("alice"), kStart));

        QVERIFY(tracker.acknowledge(QStringLiteral("nope"), QStringLiteral("alice"), kStart));
        QVERIFY(
            tracker.acknowledge(QStringLiteral("p"), QStringLiteral("alice"), kStart.addSecs(-1)));
        QVERIFY(
            !tracker.acknowledge(QStringLiteral("p"), QStringLiteral("bob"), kStart.addSecs(30)));
        const auto second =
            tracker.acknowledge(QStringLiteral("p"), QStringLiteral("alice"), kStart.addSecs(40));
        QVERIFY(second.has_value());
        QVERIFY(second->contains(QStringLiteral("bob")));
        // The first acknowledgement stands.
        QCOMPARE(tracker.pageById(QStringLiteral("p"))->acknowledgedBy, QStringLiteral("bob"));
        QCOMPARE(*tracker.pageById(QStringLiteral("p"))->acknowledgementLatencySeconds(), 30);
    }

    // --- the escalation test ---------------------------------------------
    void escalationTestReportsLatenciesAndDeadLinks()
    {
        const Roster roster = fourLevelRoster();
        ManualClock clock(utc(2026, 1, 14, 3)); // week 2: bob, frank, judy, mallory
        EscalationTest drill(roster, QStringLiteral("drill-1"), clock.now());
        QCOMPARE(drill.pages().size(), 4); // every level paged at once
        for (const PageTracker::Page &sent : drill.pages())
            QCOMPARE(sent.pagedAt, clock.now());
        const auto pageId = [](int level) {
            return EscalationTest::pageIdFor(QStringLiteral("drill-1"), level);
        };

        clock.advanceSeconds(45);
        QVERIFY(!drill.acknowledge(pageId(1), QStringLiteral("bob"), clock.now()));
        clock.advanceSeconds(75); // T+120 s
        QVERIFY(!drill.acknowledge(pageId(4), QStringLiteral("niaj"), clock.now()));

        auto report = drill.report(clock.now());
        QCOMPARE(report.levels.size(), 4);
        QCOMPARE(report.levels.at(0).recipient, QStringLiteral("bob"));
        QCOMPARE(toString(report.levels.at(0).status), QStringLiteral("acknowledged"));
        QCOMPARE(*report.levels.at(0).latencySeconds, 45);
        QCOMPARE(toString(report.levels.at(1).status), QStringLiteral("pending"));
        QVERIFY(!report.complete());
        // Someone other than the paged recipient answered: mallory's link is unproven.
        QCOMPARE(toString(report.levels.at(3).status), QStringLiteral("dead_link"));
        QVERIFY(report.levels.at(3).note.contains(QStringLiteral("mallory")));

        clock.set(drill.startedAt().addSecs(650));
        QVERIFY(!drill.acknowledge(pageId(2), QStringLiteral("frank"), clock.now())); // late
        clock.set(drill.startedAt().addSecs(20 * 60));
        report = drill.report(clock.now());
        QVERIFY(report.complete());
        QVERIFY(!report.passed());
        QCOMPARE(report.deadLinks(), (QList<int>{2, 3, 4}));
        QCOMPARE(report.levels.at(1).recipient, QStringLiteral("frank"));
        QVERIFY(report.levels.at(1).acknowledged());
        QCOMPARE(*report.levels.at(1).latencySeconds, 650);
        QVERIFY(report.levels.at(1).deadLink());
        QCOMPARE(report.levels.at(2).recipient, QStringLiteral("judy"));
        QVERIFY(!report.levels.at(2).acknowledged());
        QVERIFY(report.levels.at(2).deadLink());

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("test_id")).toString(), QStringLiteral("drill-1"));
        QCOMPARE(json.value(QStringLiteral("roster_version")).toInt(), roster.version());
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("dead_links")).toArray(), (QJsonArray{2, 3, 4}));
        const QJsonArray levels = json.value(QStringLiteral("levels")).toArray();
        const QJsonObject first = levels.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("recipient")).toString(), QStringLiteral("bob"));
        QCOMPARE(first.value(QStringLiteral("latency_seconds")).toInt(), 45);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));
        const QJsonObject third = levels.at(2).toObject();
        QVERIFY(third.value(QStringLiteral("latency_seconds")).isNull());
        QCOMPARE(third.value(QStringLiteral("dead_link")).toBool(), true);
    }
    void escalationTestPassesWhenEveryLevelAnswersInTime()
    {
        const Roster roster = fourLevelRoster();
        const QDateTime start = kStart.addDays(1);
        EscalationTest drill(roster, QStringLiteral("drill-2"), start);
        int latency = 30;
        for (const PageTracker::Page &sent : drill.pages()) {
            QVERIFY(!drill.acknowledge(sent.pageId, sent.recipient, start.addSecs(latency)));
            latency += 60;
        }
        // An acknowledgement at exactly the timeout is too late: the page has moved on.
        const auto report = drill.report(start.addSecs(3600));
        QVERIFY(report.passed());
        QCOMPARE(*report.levels.at(3).latencySeconds, 210);
    }

    // --- validation ------------------------------------------------------
    void invalidEditsAreRejectedAndChangeNothing()
    {
        Roster roster = fourLevelRoster();
        const int version = roster.version();
        const Roster before = roster;

        auto result = roster.addRotation(rotation(QStringLiteral("oncall"), {}));
        QCOMPARE(fields(result.errors), QStringList{QStringLiteral("members")});
        result = roster.addRotation(rotation(QStringLiteral("primary"), {QStringLiteral("zed")}));
        QCOMPARE(fields(result.errors), QStringList{QStringLiteral("id")});
        QVERIFY(result.errors.first().message.contains(QStringLiteral("already exists")));
        result = roster.addRotation(
            rotation(QString(), {QStringLiteral("zed"), QStringLiteral("zed")}, 0));
        QCOMPARE(fields(result.errors),
                 (QStringList{QStringLiteral("id"), QStringLiteral("members[1]"),
                              QStringLiteral("shift")}));
        result = roster.setMembers(QStringLiteral("primary"), {});
        QCOMPARE(fields(result.errors), QStringList{QStringLiteral("members")});
        result = roster.setMembers(QStringLiteral("nope"), {QStringLiteral("zed")});
        QCOMPARE(fields(result.errors), QStringList{QStringLiteral("rotation")});

        result = roster.setChain({{1, QStringLiteral("oncall"), 600},
                                  {2, QStringLiteral("secondary"), 0},
                                  {3, QStringLiteral("manager"), -5}});
        QCOMPARE(fields(result.errors), (QStringList{QStringLiteral("chain[0].rotation"),
                                                     QStringLiteral("chain[1].timeout"),
                                                     QStringLiteral("chain[2].timeout")}));
        QVERIFY(
            result.errors.first().message.contains(QStringLiteral("unknown rotation 'oncall'")));
        result = roster.setChain({});
        QCOMPARE(fields(result.errors), QStringList{QStringLiteral("chain")});

        result = roster.addOverride(RosterOverride{0, QStringLiteral("nope"), QString(),
                                                   utc(2026, 1, 9), utc(2026, 1, 8), QString()});
        QCOMPARE(fields(result.errors),
                 (QStringList{QStringLiteral("rotation"), QStringLiteral("user"),
                              QStringLiteral("to"), QStringLiteral("reason")}));
        result = roster.removeRotation(QStringLiteral("manager")); // still in the chain
        QCOMPARE(fields(result.errors), QStringList{QStringLiteral("id")});
        QVERIFY(roster.removeOverride(42).errors.size() == 1);

        QCOMPARE(roster.version(), version);
        QVERIFY(roster == before);
        QCOMPARE(ValidationError({QString(), 0, QStringLiteral("members"), QStringLiteral("empty")})
                     .toString(),
                 QStringLiteral("members: empty"));
    }
    void everySuccessfulEditBumpsTheVersion()
    {
        Roster roster = fourLevelRoster();
        int version = roster.version();
        QVERIFY(roster.setMembers(QStringLiteral("executive"), {QStringLiteral("niaj")}).ok());
        QCOMPARE(roster.version(), ++version);
        const auto added = roster.addOverride(
            cover(QStringLiteral("primary"), QStringLiteral("bob"), kStart, kStart.addDays(1)));
        QVERIFY(added.ok());
        QCOMPARE(roster.version(), ++version);
        QVERIFY(roster.removeOverride(added.overrideId).ok());
        QCOMPARE(roster.version(), ++version);
        QVERIFY(roster.setSchedule(QStringLiteral("primary"), kStart, 24 * 3600).ok());
        QCOMPARE(roster.version(), ++version);
        QVERIFY(
            roster.addRotation(rotation(QStringLiteral("dba"), {QStringLiteral("olivia")})).ok());
        QCOMPARE(roster.version(), ++version);
        QVERIFY(roster.removeRotation(QStringLiteral("dba")).ok());
        QCOMPARE(roster.version(), ++version);
        QVERIFY(roster.setChain({{1, QStringLiteral("primary"), 300}}).ok());
        QCOMPARE(roster.version(), ++version);
    }

    // --- persistence -----------------------------------------------------
    void jsonRoundTrip()
    {
        Roster roster = fourLevelRoster();
        QVERIFY(roster.setName(QStringLiteral("payments")).ok());
        const auto first = roster.addOverride(
            cover(QStringLiteral("primary"), QStringLiteral("carol"), kStart, kStart.addDays(2)));
        const auto second = roster.addOverride(
            cover(QStringLiteral("primary"), QStringLiteral("dave"), kStart, kStart.addDays(1)));
        QVERIFY(roster.removeOverride(first.overrideId).ok());

        const QByteArray wire = QJsonDocument(roster.toJson()).toJson(QJsonDocument::Compact);
        const RosterLoadResult loaded = Roster::fromJson(QJsonDocument::fromJson(wire).object());
        QVERIFY2(loaded.ok(), qPrintable(lines(loaded.errors).join(u'\n')));
        QVERIFY(*loaded.roster == roster);
        QCOMPARE(loaded.roster->version(), roster.version());
        QCOMPARE(loaded.roster->overrides().first().id, second.overrideId);
        // A restored roster keeps numbering after the highest id ever handed out.
        Roster restored = *loaded.roster;
        const auto third = restored.addOverride(
            cover(QStringLiteral("primary"), QStringLiteral("bob"), kStart, kStart.addDays(1)));
        QCOMPARE(third.overrideId, second.overrideId + 1);
        QCOMPARE(restored.onCall(QStringLiteral("primary"), kStart), QStringLiteral("bob"));
    }
    void jsonWithBrokenFieldsIsRejected()
    {
        QJsonObject json = fourLevelRoster().toJson();
        json.remove(QStringLiteral("version"));
        QJsonArray chain = json.value(QStringLiteral("chain")).toArray();
        QJsonObject level = chain.at(0).toObject();
        level.insert(QStringLiteral("rotation"), QStringLiteral("oncall"));
        chain.replace(0, level);
        json.insert(QStringLiteral("chain"), chain);
        const RosterLoadResult loaded = Roster::fromJson(json);
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.roster.has_value());
        QCOMPARE(fields(loaded.errors),
                 (QStringList{QStringLiteral("version"), QStringLiteral("chain[0].rotation")}));
    }
    void durationsAndTimes()
    {
        QCOMPARE(RosterLoader::parseDuration(u"7d"), 7 * 24 * 3600);
        QCOMPARE(RosterLoader::parseDuration(u"2w"), 14 * 24 * 3600);
        QCOMPARE(RosterLoader::parseDuration(u"12h"), 12 * 3600);
        QCOMPARE(RosterLoader::parseDuration(u"10m"), 600);
        QCOMPARE(RosterLoader::parseDuration(u"90s"), 90);
        QCOMPARE(RosterLoader::parseDuration(u"600"), 600);
        for (const char *bad : {"", "0m", "-5m", "m", "7x", "ten minutes", "9999999w"})
            QVERIFY2(!RosterLoader::parseDuration(QString::fromLatin1(bad)), bad);

        QCOMPARE(*RosterLoader::parseUtcDateTime(u"2026-01-05T09:00:00Z"), kStart);
        QCOMPARE(*RosterLoader::parseUtcDateTime(u"2026-01-05T09:00:00"), kStart); // UTC assumed
        QCOMPARE(*RosterLoader::parseUtcDateTime(u"2026-01-05T11:00:00+02:00"), kStart);
        QCOMPARE(*RosterLoader::parseUtcDateTime(u"2026-01-05"), utc(2026, 1, 5));
        QVERIFY(!RosterLoader::parseUtcDateTime(u"next monday"));
    }
    void yamlErrorsNameFileLineAndField()
    {
        const QString yaml = QStringLiteral("name: broken\n"              // 1
                                            "rotations:\n"                // 2
                                            "  - id: primary\n"           // 3
                                            "    members: []\n"           // 4
                                            "    start: 2026-01-05\n"     // 5
                                            "  - id: secondary\n"         // 6
                                            "    members: [erin]\n"       // 7
                                            "    start: someday\n"        // 8
                                            "    shift: 7x\n"             // 9
                                            "  - id: manager\n"           // 10
                                            "    memebers: [ivan]\n"      // 11
                                            "    start: 2026-01-05\n"     // 12
                                            "chain:\n"                    // 13
                                            "  - rotation: primary\n"     // 14
                                            "  - rotation: oncall\n"      // 15
                                            "    timeout: 0m\n"           // 16
                                            "  - rotation: secondary\n"); // 17
        const RosterLoadResult loaded = Roster::fromYaml(yaml, QStringLiteral("team.yaml"));
        QVERIFY(!loaded.ok());
        const QStringList got = lines(loaded.errors);
        const QStringList expected{
            QStringLiteral("team.yaml:8: rotations[1].start: 'someday' is not an ISO 8601 date or "
                           "date-time"),
            QStringLiteral("team.yaml:9: rotations[1].shift: '7x' is not a positive duration "
                           "(e.g. 90s, 10m, 12h, 7d, 2w)"),
            QStringLiteral("team.yaml:11: rotations[2].memebers: unknown field (misspelt?)"),
            QStringLiteral("team.yaml:16: chain[1].timeout: '0m' is not a positive duration "
                           "(e.g. 90s, 10m, 12h, 7d, 2w)"),
            QStringLiteral("team.yaml:4: rotations[0].members: rotation 'primary' has no members: "
                           "nobody would be paged"),
            QStringLiteral("team.yaml:10: rotations[2].members: rotation 'manager' has no "
                           "members: nobody would be paged"),
            QStringLiteral("team.yaml:15: chain[1].rotation: level 2 pages unknown rotation "
                           "'oncall'"),
        };
        QCOMPARE(got, expected);
    }
    void yamlSyntaxErrorsAndMissingSections()
    {
        auto loaded = Roster::fromYaml(QStringLiteral("rotations:\n  - id: [primary\n"),
                                       QStringLiteral("bad.yaml"));
        QCOMPARE(loaded.errors.size(), 1);
        QCOMPARE(loaded.errors.first().file, QStringLiteral("bad.yaml"));
        QCOMPARE(loaded.errors.first().field, QStringLiteral("yaml"));
        QVERIFY(loaded.errors.first().line >= 2);

        loaded = Roster::fromYaml(QStringLiteral("name: empty\n"), QStringLiteral("empty.yaml"));
        QCOMPARE(lines(loaded.errors),
                 (QStringList{QStringLiteral("empty.yaml:1: rotations: required"),
                              QStringLiteral("empty.yaml:1: chain: required")}));
        loaded = Roster::fromYaml(QStringLiteral("- just a list\n"), QStringLiteral("list.yaml"));
        QCOMPARE(fields(loaded.errors), QStringList{QStringLiteral("roster")});
        loaded = Roster::fromYamlFile(QStringLiteral("/nonexistent/roster.yaml"));
        QCOMPARE(fields(loaded.errors), QStringList{QStringLiteral("file")});
    }
    void yamlOverridesAreOrderedByFilePosition()
    {
        const QString yaml =
            QStringLiteral("version: 3\n"
                           "rotations:\n"
                           "  - {id: primary, members: [alice, bob], start: "
                           "2026-01-05T09:00:00Z, shift: 12h}\n"
                           "overrides:\n"
                           "  - {rotation: primary, user: carol, from: 2026-01-06, "
                           "to: 2026-01-08, reason: a}\n"
                           "  - {rotation: primary, user: dave, from: 2026-01-07, "
                           "to: 2026-01-08, reason: b}\n"
                           "  - {rotation: primary, user: erin, from: 2026-01-07, "
                           "to: 2026-01-06, reason: c}\n"
                           "chain:\n"
                           "  - rotation: primary\n");
        auto loaded = Roster::fromYaml(yaml, QStringLiteral("o.yaml"));
        QCOMPARE(lines(loaded.errors),
                 QStringList{QStringLiteral("o.yaml:7: overrides[2].to: the override ends "
                                            "(2026-01-06T00:00:00Z) before it starts "
                                            "(2026-01-07T00:00:00Z)")});
        loaded =
            Roster::fromYaml(QString(yaml).replace(QStringLiteral("to: 2026-01-06, reason: c"),
                                                   QStringLiteral("to: 2026-01-09, reason: c")),
                             QStringLiteral("o.yaml"));
        QVERIFY2(loaded.ok(), qPrintable(lines(loaded.errors).join(u'\n')));
        const Roster &roster = *loaded.roster;
        QCOMPARE(roster.version(), 3);
        QCOMPARE(roster.levelAt(1)->timeoutSeconds, 600); // default
        QCOMPARE(roster.onCall(QStringLiteral("primary"), utc(2026, 1, 6, 12)),
                 QStringLiteral("carol"));
        QCOMPARE(roster.onCall(QStringLiteral("primary"), utc(2026, 1, 7, 12)),
                 QStringLiteral("erin"));
        QCOMPARE(roster.onCall(QStringLiteral("primary"), utc(2026, 1, 8, 12)),
                 QStringLiteral("erin"));
        QCOMPARE(roster.onCall(QStringLiteral("primary"), utc(2026, 1, 9, 22)),
                 QStringLiteral("bob"));
    }
    void demoRosterLoads()
    {
        const QString path =
            QString::fromUtf8(icc::test::kResourcesDir) + QStringLiteral("/roster/demo.yaml");
        const RosterLoadResult loaded = Roster::fromYamlFile(path);
        QVERIFY2(loaded.ok(), qPrintable(lines(loaded.errors).join(u'\n')));
        const Roster &roster = *loaded.roster;
        QCOMPARE(roster.name(), QStringLiteral("payments-platform"));
        QCOMPARE(roster.version(), 1);
        QCOMPARE(roster.rotations().size(), 4);
        QCOMPARE(roster.overrides().size(), 2);
        QCOMPARE(roster.chain().size(), 4);
        const QStringList chainRotations{QStringLiteral("primary"), QStringLiteral("secondary"),
                                         QStringLiteral("manager"), QStringLiteral("executive")};
        for (int level = 1; level <= 4; ++level) {
            QCOMPARE(roster.levelAt(level)->rotation, chainRotations.at(level - 1));
            QCOMPARE(roster.levelAt(level)->timeoutSeconds, level == 4 ? 900 : 600);
        }
        QCOMPARE(roster.rotation(QStringLiteral("manager"))->handoffTime(), QTime(9, 0));
        QCOMPARE(roster.rotation(QStringLiteral("manager"))->shiftSeconds, 14 * 24 * 3600);

        // Wednesday of week one, then alice's weekend covered by bob.
        auto who = roster.whoIsOnCall(utc(2026, 1, 7, 3));
        QCOMPARE(who.value(QStringLiteral("primary")), QStringLiteral("alice"));
        QCOMPARE(who.value(QStringLiteral("secondary")), QStringLiteral("erin"));
        QCOMPARE(who.value(QStringLiteral("manager")), QStringLiteral("ivan"));
        QCOMPARE(who.value(QStringLiteral("executive")), QStringLiteral("mallory"));
        QCOMPARE(roster.onCall(QStringLiteral("primary"), utc(2026, 1, 10, 3)),
                 QStringLiteral("bob"));
        QCOMPARE(roster.onCall(QStringLiteral("manager"), utc(2026, 1, 20, 3)),
                 QStringLiteral("judy"));
        QCOMPARE(roster.onCall(QStringLiteral("secondary"), utc(2026, 1, 21, 3)),
                 QStringLiteral("grace"));

        // The JSON form of the demo survives a round trip too.
        QVERIFY(*Roster::fromJson(roster.toJson()).roster == roster);
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
