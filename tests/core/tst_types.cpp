#include "HitlTypes.h"

#include <QTest>

using namespace icc;

class TestTypes : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryName()
    {
        for (auto tier : {RiskTier::Low, RiskTier::Medium, RiskTier::High, RiskTier::Critical})
            QVERIFY(riskTierFromString(toString(tier)) == tier);
        for (auto outcome : {Outcome::Proceed, Outcome::Escalate, Outcome::Halt, Outcome::NoAction})
            QVERIFY(outcomeFromString(toString(outcome)) == outcome);
        for (auto tier : {ReviewTier::None, ReviewTier::PreApproved, ReviewTier::Reduced,
                          ReviewTier::Standard, ReviewTier::TwoReviewer})
            QVERIFY(reviewTierFromString(toString(tier)) == tier);
    }
    void rejectsUnknownNames()
    {
        QVERIFY(!riskTierFromString(u"severe").has_value());
        QVERIFY(!riskTierFromString(u"Low").has_value());
        QVERIFY(!autonomyLevelFromInt(5).has_value());
        QVERIFY(!autonomyLevelFromInt(-1).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"
