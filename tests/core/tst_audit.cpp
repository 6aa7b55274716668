#include "AuditEntry.h"
#include "AuditEvent.h"
#include "AuditFileStore.h"
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "CanonicalJson.h"
#include "ManualClock.h"
#include "MemoryAuditStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace icc;

namespace {

QByteArray canon(const QJsonValue &value)
{
    return CanonicalJson::serialize(value);
}

// Fills a log with `count` entries, one minute apart, payload {n: "value-<i>"}.
void fill(AuditLog &log, test::ManualClock &clock, int count)
{
    for (int i = 1; i <= count; ++i) {
        const auto entry =
            log.append(QString::fromLatin1(AuditEvent::kAlertReceived), QStringLiteral("agent"),
                       QStringLiteral("inc-%1").arg(i % 2), QStringLiteral("alert-%1").arg(i),
                       QJsonObject{{QStringLiteral("n"), QStringLiteral("value-%1").arg(i)}});
        QVERIFY(entry.has_value());
        clock.advanceMinutes(1);
    }
}

// A log of `count` entries written through AuditFileStore at path.
void writeLogFile(const QString &path, int count)
{
    test::ManualClock clock;
    AuditFileStore store(path);
    AuditLog log(store, clock);
    fill(log, clock, count);
}

// The entries of an intact in-memory log of `count` entries.
QList<AuditEntry> intactChain(int count)
{
    test::ManualClock clock;
    MemoryAuditStore store;
    AuditLog log(store, clock);
    fill(log, clock, count);
    return store.all();
}

QList<QByteArray> fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split('\n');
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    // ---- CanonicalJson -------------------------------------------------
    void canonicalSortsKeysWhateverTheInsertionOrder()
    {
        QJsonObject a;
        a.insert(QStringLiteral("zeta"), 1);
        a.insert(QStringLiteral("alpha"),
                 QJsonObject{{QStringLiteral("y"), true}, {QStringLiteral("x"), QJsonValue()}});
        a.insert(QStringLiteral("mid"), QJsonArray{3, QStringLiteral("b"), false});
        QJsonObject b;
        b.insert(QStringLiteral("mid"), QJsonArray{3, QStringLiteral("b"), false});
        b.insert(QStringLiteral("alpha"),
                 QJsonObject{{QStringLiteral("x"), QJsonValue()}, {QStringLiteral("y"), true}});
        b.insert(QStringLiteral("zeta"), 1);
        QCOMPARE(canon(a), canon(b));
        QCOMPARE(
            canon(a),
            QByteArray("{\"alpha\":{\"x\":null,\"y\":true},\"mid\":[3,\"b\",false],\"zeta\":1}"));
        QCOMPARE(canon(QJsonObject()), QByteArray("{}"));
        QCOMPARE(canon(QJsonArray()), QByteArray("[]"));
    }
    void canonicalKeyOrderIsUtf8ByteOrder()
    {
        // U+FF5E encodes as EF BD 9E, U+1F600 as F0 9F 98 80: UTF-8 puts U+FF5E
        // first, whereas UTF-16 (D83D DE00 vs FF5E) would put U+1F600 first.
        const QString fullwidth = QString(QChar(0xFF5E));
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        QJsonObject object{{emoji, 1},
                           {fullwidth, 2},
                           {QStringLiteral("B"), 3},
                           {QStringLiteral("a"), 4},
                           {QString(QChar(0xE9)), 5}};
        const QByteArray expected = QByteArray("{\"B\":3,\"a\":4,\"\xC3\xA9\":5,\"") +
                                    fullwidth.toUtf8() + "\":2,\"" + emoji.toUtf8() + "\":1}";
        QCOMPARE(canon(object), expected);
    }
    void canonicalEscapesStringsMinimally()
    {
        QString text = QStringLiteral("q\"b\\/ \b\f\n\r\t");
        text.append(QChar(0x01));
        text.append(QChar(0x1F));
        text.append(QChar(0x7F));
        text.append(QChar(0xE9));
        text.append(QString::fromUtf8("\xE2\x82\xAC\xF0\x9F\x98\x80"));
        const QByteArray expected = QByteArray("\"q\\\"b\\\\/ \\b\\f\\n\\r\\t\\u0001\\u001f\x7F") +
                                    "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"";
        QCOMPARE(canon(text), expected);
    }
    void canonicalWritesNumbersInShortestForm_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("integral double") << 42.0 << QByteArray("42");
        QTest::newRow("negative") << -17.0 << QByteArray("-17");
        QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
        QTest::newRow("sum not 0.3") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("one and a half") << 1.5 << QByteArray("1.5");
        QTest::newRow("2^53 - 1") << 9007199254740991.0 << QByteArray("9007199254740991");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
        QTest::newRow("small") << 1e-7 << QByteArray("1e-07");
        QTest::newRow("denormal") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("max") << std::numeric_limits<double>::max()
                             << QByteArray("1.7976931348623157e+308");
    }
    void canonicalWritesNumbersInShortestForm()
    {
        QFETCH(double, number);
        QFETCH(QByteArray, expected);
        QCOMPARE(canon(number), expected);
        // ...and the text reads back to the same double.
        const QJsonDocument back = QJsonDocument::fromJson("[" + expected + "]");
        QCOMPARE(back.array().at(0).toDouble(), number == 0 ? 0.0 : number);
    }
    void canonicalHandlesIntegersLiteralsAndNonFinite()
    {
        QCOMPARE(canon(QJsonValue(qint64(1234567890123))), QByteArray("1234567890123"));
        QCOMPARE(canon(QJsonValue(-3)), QByteArray("-3"));
        QCOMPARE(canon(QJsonValue(true)), QByteArray("true"));
        QCOMPARE(canon(QJsonValue(false)), QByteArray("false"));
        QCOMPARE(canon(QJsonValue()), QByteArray("null"));
        QCOMPARE(canon(QJsonValue(std::nan(""))), QByteArray("null"));
    }
    void canonicalIsStableThroughAParseRoundTrip()
    {
        const QJsonObject value{
            {QStringLiteral("nested"),
             QJsonObject{
                 {QStringLiteral("list"), QJsonArray{1.25, -0.0, 1e300, QStringLiteral("\n")}},
                 {QStringLiteral("unicode"), QString::fromUtf8("\xE6\x97\xA5\xE6\x9C\xAC")}}},
            {QStringLiteral("big"), 1e21},
            {QStringLiteral("int"), qint64(9007199254740991)},
        };
        const QByteArray once = canon(value);
        const QJsonDocument parsed = QJsonDocument::fromJson(once);
        QVERIFY(parsed.isObject());
        QCOMPARE(canon(parsed.object()), once);
    }

    // ---- AuditEntry -----------------------------------------------------
    void entryHashCoversEveryFieldButItself()
    {
        AuditEntry entry;
        entry.sequence = 3;
        entry.timestamp = QDateTime(QDate(2026, 1, 15), QTime(3, 0, 0, 7), Qt::UTC);
        entry.type = QString::fromLatin1(AuditEvent::kKillSwitchEngaged);
        entry.actor = QStringLiteral("alice");
        entry.incidentId = QStringLiteral("inc-1");
        entry.subject = QString();
        entry.payload = QJsonObject{{QStringLiteral("by"), QStringLiteral("alice")}};
        entry.previousHash = QString(64, QLatin1Char('a'));
        entry.hash = entry.computeHash();
        QVERIFY(AuditEntry::isWellFormedHash(entry.hash));
        // Single quotes stand for double quotes to keep the expectation readable.
        QByteArray expected = "{'actor':'alice','incident_id':'inc-1','payload':{'by':'alice'},"
                              "'previous_hash':'" +
                              QByteArray(64, 'a') +
                              "','sequence':3,'subject':'','timestamp':'2026-01-15T03:00:00.007Z',"
                              "'type':'kill_switch.engaged'}";
        expected.replace('\'', '"');
        QCOMPARE(entry.canonicalBytes(), expected);

        const QString original = entry.hash;
        entry.hash = QStringLiteral("ignored");
        QCOMPARE(entry.computeHash(), original); // the hash field is not hashed

        const auto changed = [&](auto mutate) {
            AuditEntry copy = entry;
            mutate(copy);
            return copy.computeHash() != original;
        };
        QVERIFY(changed([](AuditEntry &e) { e.sequence = 4; }));
        QVERIFY(changed([](AuditEntry &e) { e.timestamp = e.timestamp.addMSecs(1); }));
        QVERIFY(changed([](AuditEntry &e) { e.type = QStringLiteral("x"); }));
        QVERIFY(changed([](AuditEntry &e) { e.actor = QStringLiteral("bob"); }));
        QVERIFY(changed([](AuditEntry &e) { e.incidentId = QStringLiteral("inc-2"); }));
        QVERIFY(changed([](AuditEntry &e) { e.subject = QStringLiteral("s"); }));
        QVERIFY(changed(
            [](AuditEntry &e) { e.payload[QStringLiteral("by")] = QStringLiteral("bob"); }));
        QVERIFY(changed([](AuditEntry &e) { e.previousHash = AuditEntry::zeroHash(); }));
    }
    void entryRoundTripsThroughJson()
    {
        AuditEntry entry;
        entry.sequence = 9;
        entry.timestamp = QDateTime(QDate(2026, 1, 15), QTime(3, 4, 5, 678), Qt::UTC);
        entry.type = QString::fromLatin1(AuditEvent::kReviewDecided);
        entry.actor = QStringLiteral("bob");
        entry.incidentId = QStringLiteral("inc-7");
        entry.subject = QStringLiteral("rev-1");
        entry.payload = QJsonObject{{QStringLiteral("dwell_seconds"), 61.5},
                                    {QStringLiteral("decision"), QStringLiteral("approve")}};
        entry.previousHash = AuditEntry::zeroHash();
        entry.hash = entry.computeHash();

        QString error;
        const auto back = AuditEntry::fromJson(entry.toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->sequence, entry.sequence);
        QCOMPARE(back->timestamp, entry.timestamp);
        QCOMPARE(back->type, entry.type);
        QCOMPARE(back->actor, entry.actor);
        QCOMPARE(back->incidentId, entry.incidentId);
        QCOMPARE(back->subject, entry.subject);
        QCOMPARE(back->payload, entry.payload);
        QCOMPARE(back->previousHash, entry.previousHash);
        QCOMPARE(back->hash, entry.hash);
        QCOMPARE(back->computeHash(), entry.hash);
    }
    void entryFromJsonNamesTheBadField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined = remove the field
        QTest::addColumn<QString>("expected");
        QTest::newRow("no sequence")
            << QStringLiteral("sequence") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("sequence: missing");
        QTest::newRow("zero sequence") << QStringLiteral("sequence") << QJsonValue(0)
                                       << QStringLiteral("sequence: must be a positive integer");
        QTest::newRow("fractional sequence")
            << QStringLiteral("sequence") << QJsonValue(1.5)
            << QStringLiteral("sequence: must be a positive integer");
        QTest::newRow("text sequence")
            << QStringLiteral("sequence") << QJsonValue(QStringLiteral("1"))
            << QStringLiteral("sequence: must be a positive integer");
        QTest::newRow("local timestamp")
            << QStringLiteral("timestamp")
            << QJsonValue(QStringLiteral("2026-01-15T04:00:00.000+01:00"))
            << QStringLiteral("timestamp: must be UTC ISO 8601");
        QTest::newRow("no type") << QStringLiteral("type") << QJsonValue(QJsonValue::Undefined)
                                 << QStringLiteral("type: missing");
        QTest::newRow("numeric actor") << QStringLiteral("actor") << QJsonValue(5)
                                       << QStringLiteral("actor: must be a string");
        QTest::newRow("array payload") << QStringLiteral("payload") << QJsonValue(QJsonArray())
                                       << QStringLiteral("payload: must be an object");
        QTest::newRow("short previous hash")
            << QStringLiteral("previous_hash") << QJsonValue(QStringLiteral("abc"))
            << QStringLiteral("previous_hash: must be 64 lower-case hex digits");
        QTest::newRow("upper-case hash")
            << QStringLiteral("hash") << QJsonValue(QString(64, QLatin1Char('A')))
            << QStringLiteral("hash: must be 64 lower-case hex digits");
        QTest::newRow("unknown field")
            << QStringLiteral("approved_by") << QJsonValue(QStringLiteral("x"))
            << QStringLiteral("approved_by: unknown field");
    }
    void entryFromJsonNamesTheBadField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        AuditEntry entry;
        entry.sequence = 1;
        entry.timestamp = QDateTime(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC);
        entry.type = QStringLiteral("t");
        entry.previousHash = AuditEntry::zeroHash();
        entry.hash = entry.computeHash();
        QJsonObject object = entry.toJson();
        QVERIFY(AuditEntry::fromJson(object).has_value());
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        QString error;
        QVERIFY(!AuditEntry::fromJson(object, &error).has_value());
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    // ---- AuditLog -------------------------------------------------------
    void logChainsEntriesFromZeroHash()
    {
        test::ManualClock clock(QDateTime(QDate(2026, 1, 15), QTime(3, 0, 0, 123), Qt::UTC));
        MemoryAuditStore store;
        AuditLog log(store, clock);
        QVERIFY(log.isWritable());
        QCOMPARE(log.lastSequence(), 0);
        QCOMPARE(log.lastHash(), AuditEntry::zeroHash());

        const auto first =
            log.append(QString::fromLatin1(AuditEvent::kIncidentOpened), QStringLiteral("system"),
                       QStringLiteral("inc-1"), QStringLiteral("inc-1"),
                       QJsonObject{{QStringLiteral("policy_version"), 3}});
        QVERIFY(first);
        QCOMPARE(first->sequence, 1);
        QCOMPARE(first->previousHash, AuditEntry::zeroHash());
        QCOMPARE(first->hash, first->computeHash());
        QCOMPARE(first->toJson().value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-01-15T03:00:00.123Z"));

        clock.advanceSeconds(30);
        const auto second =
            log.append(QString::fromLatin1(AuditEvent::kAlertReceived), QStringLiteral("agent"),
                       QStringLiteral("inc-1"), QStringLiteral("a-1"), {});
        QVERIFY(second);
        QCOMPARE(second->sequence, 2);
        QCOMPARE(second->previousHash, first->hash);
        QCOMPARE(second->timestamp, clock.now());
        QCOMPARE(log.lastSequence(), 2);
        QCOMPARE(log.lastHash(), second->hash);
        QCOMPARE(store.all().size(), 2);
        QVERIFY(AuditVerifier::verifyStore(store).ok);
    }
    void logStoresTimestampsInUtc()
    {
        // 04:00 at UTC+1 is 03:00 UTC; the stored text has exactly one spelling.
        test::ManualClock clock(QDateTime(QDate(2026, 1, 15), QTime(4, 0), QTimeZone(3600)));
        MemoryAuditStore store;
        AuditLog log(store, clock);
        const auto entry = log.append(QStringLiteral("t"), QStringLiteral("agent"), {}, {}, {});
        QVERIFY(entry);
        QCOMPARE(entry->timestamp.timeSpec(), Qt::UTC);
        QCOMPARE(entry->toJson().value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-01-15T03:00:00.000Z"));
    }
    void logContinuesAnExistingChain()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        {
            AuditLog log(store, clock);
            fill(log, clock, 3);
        }
        AuditLog reopened(store, clock);
        QCOMPARE(reopened.lastSequence(), 3);
        const auto next = reopened.append(QStringLiteral("t"), QStringLiteral("agent"), {}, {}, {});
        QVERIFY(next);
        QCOMPARE(next->sequence, 4);
        QCOMPARE(next->previousHash, store.all().at(2).hash);
        QVERIFY(AuditVerifier::verifyStore(store).ok);
    }
    void logReadsRangesAndIncidents()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        AuditLog log(store, clock);
        fill(log, clock, 6);
        const AuditReadResult range = log.entries(2, 4);
        QVERIFY(range.ok());
        QCOMPARE(range.entries.size(), 3);
        QCOMPARE(range.entries.first().sequence, 2);
        QCOMPARE(range.entries.last().sequence, 4);
        QCOMPARE(log.entries().entries.size(), 6);

        const AuditReadResult odd = log.entriesForIncident(QStringLiteral("inc-1"));
        QVERIFY(odd.ok());
        QCOMPARE(odd.entries.size(), 3);
        for (const AuditEntry &entry : odd.entries)
            QCOMPARE(entry.sequence % 2, 1);
    }
    void logRefusesEmptyType()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        AuditLog log(store, clock);
        QString error;
        QVERIFY(!log.append({}, QStringLiteral("agent"), {}, {}, {}, &error));
        QVERIFY(error.startsWith(QStringLiteral("type")));
        QCOMPARE(store.all().size(), 0);
    }

    // ---- AuditFileStore -------------------------------------------------
    void fileStoreWritesOneCanonicalLinePerEntryAndContinues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        test::ManualClock clock;
        {
            AuditFileStore store(path);
            AuditLog log(store, clock);
            fill(log, clock, 3);
        }
        QList<QByteArray> lines = fileLines(path);
        QCOMPARE(lines.size(), 4); // three entries and the empty piece after the last newline
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < 3; ++i) {
            const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(CanonicalJson::serialize(object), lines.at(i));
            QCOMPARE(object.value(QStringLiteral("sequence")).toInt(), i + 1);
        }

        AuditFileStore store(path);
        AuditLog log(store, clock);
        QVERIFY(log.isWritable());
        QCOMPARE(log.lastSequence(), 3);
        fill(log, clock, 2);
        const AuditReadResult all = store.read();
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.entries.size(), 5);
        const AuditVerification verification = AuditVerifier::verifyFile(path);
        QVERIFY2(verification.ok, qPrintable(verification.reason));
        QCOMPARE(verification.count, 5);
    }
    void fileStoreReadsAMissingFileAsEmpty()
    {
        QTemporaryDir dir;
        AuditFileStore store(dir.filePath(QStringLiteral("none.jsonl")));
        QVERIFY(store.read().ok());
        QVERIFY(store.read().entries.isEmpty());
        QString error;
        QVERIFY(!store.last(&error).has_value());
        QVERIFY(error.isEmpty());
        QVERIFY(AuditVerifier::verifyFile(store.path()).ok);
    }
    void logRefusesToContinueAfterATornLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        test::ManualClock clock;
        {
            AuditFileStore store(path);
            AuditLog log(store, clock);
            fill(log, clock, 3);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 10)); // crash in the middle of the last write
        file.close();

        AuditFileStore store(path);
        AuditLog log(store, clock);
        QVERIFY(!log.isWritable());
        QVERIFY2(log.lastError().contains(QStringLiteral("line 3: incomplete last line")),
                 qPrintable(log.lastError()));
        QString error;
        QVERIFY(!log.append(QStringLiteral("t"), QStringLiteral("agent"), {}, {}, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(fileLines(path).size(), 3); // nothing was appended after the torn line
        QVERIFY(!store.read().ok());
    }
    void logStopsAfterAFailedAppend()
    {
        // A store whose disk fills up after the first entry, then recovers.
        class FlakyStore final : public AuditStore
        {
        public:
            bool append(const AuditEntry &entry, QString *error) override
            {
                if (failNext) {
                    failNext = false;
                    *error = QStringLiteral("disk full");
                    return false;
                }
                return inner.append(entry, error);
            }
            AuditReadResult read(qint64 from, qint64 to) const override
            {
                return inner.read(from, to);
            }
            std::optional<AuditEntry> last(QString *error) const override
            {
                return inner.last(error);
            }
            MemoryAuditStore inner;
            bool failNext = false;
        };
        test::ManualClock clock;
        FlakyStore store;
        AuditLog log(store, clock);
        QVERIFY(log.append(QStringLiteral("t"), QStringLiteral("agent"), {}, {}, {}));
        store.failNext = true;
        QString error;
        QVERIFY(!log.append(QStringLiteral("t"), QStringLiteral("agent"), {}, {}, {}, &error));
        QCOMPARE(error, QStringLiteral("audit append failed: disk full"));
        QVERIFY(!log.isWritable());
        QCOMPARE(log.lastSequence(), 1);
        // Even though the store works again, the log stays closed.
        QVERIFY(!log.append(QStringLiteral("t"), QStringLiteral("agent"), {}, {}, {}, &error));
        QCOMPARE(store.inner.all().size(), 1);
    }

    // ---- AuditVerifier: entries -------------------------------------------
    void verifierAcceptsAnIntactChain()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        AuditLog log(store, clock);
        fill(log, clock, 10);
        const AuditVerification result = AuditVerifier::verify(store.all());
        QVERIFY(result.ok);
        QCOMPARE(result.count, 10);
        QCOMPARE(result.firstBadSequence, 0);
        QVERIFY(AuditVerifier::verify({}).ok);
    }
    void verifierNamesATamperedEntry()
    {
        QList<AuditEntry> entries = intactChain(10);
        entries[4].payload[QStringLiteral("n")] = QStringLiteral("value-X");
        const AuditVerification result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 5);
        QCOMPARE(result.count, 4);
        QVERIFY2(result.reason.startsWith(QStringLiteral("hash mismatch")),
                 qPrintable(result.reason));
    }
    void verifierCatchesATamperedEntryWithARecomputedHash()
    {
        QList<AuditEntry> entries = intactChain(10);
        entries[4].actor = QStringLiteral("mallory");
        entries[4].hash = entries[4].computeHash();
        const AuditVerification result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 6);
        QCOMPARE(result.reason, QStringLiteral("previous hash does not match entry 5"));
    }
    void verifierNamesTheEntryAfterADeletion()
    {
        QList<AuditEntry> entries = intactChain(10);
        entries.removeAt(6); // sequence 7
        const AuditVerification result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 8);
        QCOMPARE(result.reason, QStringLiteral("sequence gap: expected 7, got 8"));
    }
    void verifierCatchesADeletionWithRenumbering()
    {
        // Renumbering and rehashing the moved entry still cannot fake the link.
        QList<AuditEntry> entries = intactChain(10);
        entries.removeAt(6);
        entries[6].sequence = 7;
        entries[6].hash = entries[6].computeHash();
        const AuditVerification result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 7);
        QCOMPARE(result.reason, QStringLiteral("previous hash does not match entry 6"));
    }
    void verifierCatchesReordering()
    {
        QList<AuditEntry> entries = intactChain(10);
        entries.swapItemsAt(3, 4);
        AuditVerification result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 5);
        QCOMPARE(result.reason, QStringLiteral("sequence gap: expected 4, got 5"));

        // Swapping the sequence numbers too leaves the hashes wrong.
        std::swap(entries[3].sequence, entries[4].sequence);
        result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 4);
        QVERIFY(result.reason.startsWith(QStringLiteral("hash mismatch")));
    }
    void verifierChecksTheFirstPreviousHash()
    {
        QList<AuditEntry> entries = intactChain(3);
        entries[0].previousHash = QString(64, QLatin1Char('1'));
        AuditVerification result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 1);
        QVERIFY(result.reason.startsWith(QStringLiteral("hash mismatch")));

        entries[0].hash = entries[0].computeHash();
        result = AuditVerifier::verify(entries);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 1);
        QCOMPARE(result.reason, QStringLiteral("previous hash of the first entry is not 64 zeros"));
    }
    void verifierChecksAPieceAgainstItsAnchor()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        AuditLog log(store, clock);
        fill(log, clock, 6);
        const QList<AuditEntry> piece = log.entries(4).entries;
        QVERIFY(AuditVerifier::verify(piece, 4, store.all().at(2).hash).ok);
        const AuditVerification wrongAnchor =
            AuditVerifier::verify(piece, 4, store.all().at(1).hash);
        QVERIFY(!wrongAnchor.ok);
        QCOMPARE(wrongAnchor.reason, QStringLiteral("previous hash does not match entry 3"));
        QVERIFY(!AuditVerifier::verify(piece).ok); // not a whole log
    }

    // ---- AuditVerifier: files -----------------------------------------------
    void verifierNamesTheLineOfAFileEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        writeLogFile(path, 10);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        // One byte in the payload of the fifth entry, still valid canonical JSON.
        const qsizetype at = content.indexOf("value-5");
        QVERIFY(at > 0);
        content[at] = 'V';
        writeFile(path, content);

        const AuditVerification result = AuditVerifier::verifyFile(path);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSequence, 5);
        QCOMPARE(result.firstBadLine, 5);
        QCOMPARE(result.count, 4);
        QVERIFY2(result.reason.startsWith(QStringLiteral("hash mismatch")),
                 qPrintable(result.reason));
    }
    void verifierReportsATruncatedLastLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        writeLogFile(path, 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 1)); // only the newline is lost
        file.close();
        AuditVerification result = AuditVerifier::verifyFile(path);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadLine, 4);
        QCOMPARE(result.firstBadSequence, 4);
        QCOMPARE(result.count, 3);
        QVERIFY2(result.reason.startsWith(QStringLiteral("line 4: incomplete last line")),
                 qPrintable(result.reason));
    }
    void verifierReportsInvalidJsonWithItsLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        writeLogFile(path, 4);
        QList<QByteArray> lines = fileLines(path);
        lines[2] = lines[2].left(40);
        writeFile(path, lines.join('\n'));
        const AuditVerification result = AuditVerifier::verifyFile(path);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadLine, 3);
        QCOMPARE(result.firstBadSequence, 3);
        QVERIFY2(result.reason.startsWith(QStringLiteral("line 3: invalid JSON: ")),
                 qPrintable(result.reason));
    }
    void verifierRefusesANonCanonicalLine()
    {
        // Pretty-printing a line keeps its meaning and its hash, but it is an edit.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        writeLogFile(path, 3);
        QList<QByteArray> lines = fileLines(path);
        lines[1] =
            QJsonDocument::fromJson(lines[1]).toJson(QJsonDocument::Compact).replace(",", ", ");
        writeFile(path, lines.join('\n'));
        const AuditVerification result = AuditVerifier::verifyFile(path);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadLine, 2);
        QCOMPARE(result.reason,
                 QStringLiteral("line 2: not in canonical form (the line was edited)"));
    }
    void verifierReportsADeletedLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        writeLogFile(path, 5);
        QList<QByteArray> lines = fileLines(path);
        lines.removeAt(1);
        writeFile(path, lines.join('\n'));
        const AuditVerification result = AuditVerifier::verifyFile(path);
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadLine, 2);
        QCOMPARE(result.firstBadSequence, 3);
        QCOMPARE(result.reason, QStringLiteral("sequence gap: expected 2, got 3"));
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("first_bad_line")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
