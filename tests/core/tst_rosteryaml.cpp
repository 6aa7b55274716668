#include "Roster.h"
#include "RosterLoader.h"
#include "RosterYamlWriter.h"
#include "TestPaths.h"

#include <QTest>

using namespace icc;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

// The desktop roster editor saves what the user edited as YAML: whatever the
// writer produces must read back as the same roster, and an invalid edit
// must reach the server's loader as written so its error names the field.
class TestRosterYaml : public QObject
{
    Q_OBJECT

private slots:
    void demoRosterRoundTrips()
    {
        const RosterLoadResult demo = RosterLoader::fromYamlFile(
            QString::fromUtf8(icc::test::kResourcesDir) + QStringLiteral("/roster/demo.yaml"));
        QVERIFY2(demo.ok(), qPrintable(demo.errors.value(0).toString()));
        const QString yaml = RosterYamlWriter::toYaml(*demo.roster);
        const RosterLoadResult again = RosterLoader::fromYaml(yaml, QStringLiteral("w.yaml"));
        QVERIFY2(again.ok(),
                 qPrintable(again.errors.value(0).toString() + QLatin1Char('\n') + yaml));
        QVERIFY(*again.roster == *demo.roster);
    }

    void awkwardTextRoundTrips()
    {
        Roster roster;
        QVERIFY(roster.setName(QStringLiteral("ops: night #2")).ok());
        QVERIFY(roster
                    .addRotation(Rotation{QStringLiteral("primary"),
                                          {QStringLiteral("null"), QStringLiteral("yes"),
                                           QStringLiteral("Zoë Ündërscore")},
                                          utc(2026, 1, 5, 9),
                                          90})
                    .ok());
        RosterOverride entry;
        entry.rotation = QStringLiteral("primary");
        entry.user = QStringLiteral("~");
        entry.from = utc(2026, 2, 1);
        entry.to = utc(2026, 2, 2);
        entry.reason = QStringLiteral("  leading spaces: and \"quotes\"\n and a second line");
        QVERIFY(roster.addOverride(entry).ok());
        entry.reason = QStringLiteral("null");
        QVERIFY(roster.addOverride(entry).ok());
        QVERIFY(roster.setChain({{1, QStringLiteral("primary"), 3600}}).ok());

        const QString yaml = RosterYamlWriter::toYaml(roster);
        const RosterLoadResult again = RosterLoader::fromYaml(yaml, QStringLiteral("w.yaml"));
        QVERIFY2(again.ok(),
                 qPrintable(again.errors.value(0).toString() + QLatin1Char('\n') + yaml));
        QCOMPARE(again.roster->name(), roster.name());
        QCOMPARE(again.roster->rotations(), roster.rotations());
        QCOMPARE(again.roster->overrides(), roster.overrides());
        QCOMPARE(again.roster->chain().constFirst().timeoutSeconds, 3600);
    }

    void durationsUseTheLargestExactUnit()
    {
        QCOMPARE(RosterYamlWriter::durationText(604800), QStringLiteral("1w"));
        QCOMPARE(RosterYamlWriter::durationText(2 * 86400), QStringLiteral("2d"));
        QCOMPARE(RosterYamlWriter::durationText(7200), QStringLiteral("2h"));
        QCOMPARE(RosterYamlWriter::durationText(600), QStringLiteral("10m"));
        QCOMPARE(RosterYamlWriter::durationText(90), QStringLiteral("90s"));
        for (qint64 seconds : {1LL, 59LL, 61LL, 3600LL, 90000LL, 1209600LL})
            QCOMPARE(RosterLoader::parseDuration(RosterYamlWriter::durationText(seconds)), seconds);
    }

    void invalidPartsAreWrittenForTheLoaderToRefuse()
    {
        const QList<Rotation> rotations{Rotation{QStringLiteral("primary"),
                                                 {QStringLiteral("alice")},
                                                 utc(2026, 1, 5, 9),
                                                 Rotation::kDefaultShiftSeconds}};
        const QString zeroTimeout = RosterYamlWriter::toYaml(QStringLiteral("x"), 1, rotations, {},
                                                             {{1, QStringLiteral("primary"), 0}});
        RosterLoadResult loaded = RosterLoader::fromYaml(zeroTimeout, QStringLiteral("r.yaml"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.constFirst().field, QStringLiteral("chain[0].timeout"));
        QVERIFY(loaded.errors.constFirst().line > 0);

        const QString unknownRotation = RosterYamlWriter::toYaml(
            QStringLiteral("x"), 1, rotations, {}, {{1, QStringLiteral("tertiary"), 600}});
        loaded = RosterLoader::fromYaml(unknownRotation, QStringLiteral("r.yaml"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.constFirst().field, QStringLiteral("chain[0].rotation"));
    }
};

QTEST_GUILESS_MAIN(TestRosterYaml)
#include "tst_rosteryaml.moc"
