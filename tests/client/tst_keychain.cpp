#include "KeychainTokenStore.h"

#include <QUuid>
#include <QtTest>

#include <optional>

using namespace icc;

namespace {

constexpr int kWaitMs = 30000;
constexpr char kHowToRun[] =
    "no Secret Service reachable (no D-Bus session or no unlocked keyring). Run it with: "
    "dbus-run-session -- sh -c 'echo pw | gnome-keyring-daemon --unlock --components=secrets; "
    "ctest -R tst_keychain'";

} // namespace

// KeychainTokenStore against the real OS keychain (Secret Service on Linux).
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP(kHowToRun);
        KeychainTokenStore store(QStringLiteral("icc-test"));
        const QString account =
            QStringLiteral("tst_keychain-%1@127.0.0.1:1").arg(QUuid::createUuid().toString());
        const QString token = QStringLiteral("token-") + QUuid::createUuid().toString();

        std::optional<std::pair<bool, QString>> written;
        store.write(account, token,
                    [&](bool ok, const QString &error) { written.emplace(ok, error); });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, kWaitMs));
        if (!written->first)
            QSKIP(qPrintable(
                QStringLiteral("%1 (%2)").arg(QLatin1String(kHowToRun), written->second)));

        std::optional<std::optional<QString>> read;
        store.read(account, [&](std::optional<QString> value, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            read.emplace(value);
        });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, kWaitMs));
        QCOMPARE(read->value_or(QString()), token);

        std::optional<bool> removed;
        store.remove(account, [&](bool ok, const QString &) { removed = ok; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, kWaitMs));
        QVERIFY(*removed);

        read.reset();
        store.read(account,
                   [&](std::optional<QString> value, const QString &) { read.emplace(value); });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, kWaitMs));
        QVERIFY(!read->has_value()); // gone

        // Removing what is not there is not an error (log out twice).
        removed.reset();
        store.remove(account, [&](bool ok, const QString &) { removed = ok; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, kWaitMs));
        QVERIFY(*removed);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
