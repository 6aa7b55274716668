#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

// One <message> of a .ts file, as the checks need it.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as <numerusform> children.
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement ||
                   xml.name() != QLatin1String("translation")) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations.append(xml.readElementText());
                if (xml.atEnd())
                    break;
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral("%1/../translations/icc_%2.ts")
        .arg(QString::fromUtf8(icc::test::kResourcesDir), language);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

// English and German must be complete: a new or changed tr() string without
// a finished German (and English) entry fails here, naming it.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyEntryIsFinished()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 0);
        QStringList problems;
        for (const TsMessage &message : messages) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source);
            if (!message.type.isEmpty())
                problems.append(QStringLiteral("%1 is %2").arg(where, message.type));
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems.append(QStringLiteral("%1 has no translation").arg(where));
                else if (placeholders(translation) != placeholders(message.source))
                    problems.append(QStringLiteral("%1 loses or adds a placeholder (%2)")
                                        .arg(where, translation));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The .ts files list every string the sources have now: lupdate run on
    // a copy must not find anything new (or the German entry is missing).
    void translationFilesMatchTheSources_data() { everyEntryIsFinished_data(); }

    void translationFilesMatchTheSources()
    {
        QFETCH(QString, language);
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("icc_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        const QDir root(QString::fromUtf8(icc::test::kResourcesDir) + QStringLiteral("/.."));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ICC_LUPDATE_PATH),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), root.filePath(QStringLiteral("src/app")),
                       root.filePath(QStringLiteral("src/client")),
                       root.filePath(QStringLiteral("forms")), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<TsMessage> committed = readTs(tsPath(language), &error);
        const QList<TsMessage> current = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> known;
        for (const TsMessage &message : committed)
            known.insert(message.context + QLatin1Char('\x1f') + message.source);
        QStringList missing;
        QSet<QString> present;
        for (const TsMessage &message : current) {
            const QString key = message.context + QLatin1Char('\x1f') + message.source;
            present.insert(key);
            if (!known.contains(key))
                missing.append(QStringLiteral("%1: \"%2\"").arg(message.context, message.source));
        }
        QStringList stale;
        for (const TsMessage &message : committed) {
            if (!present.contains(message.context + QLatin1Char('\x1f') + message.source))
                stale.append(QStringLiteral("%1: \"%2\"").arg(message.context, message.source));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in translations/icc_%1.ts (run cmake --build "
                                           "build/dev --target update_translations, then "
                                           "translate):\n%2")
                                .arg(language, missing.join(QLatin1Char('\n')))));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("in translations/icc_%1.ts but gone from the sources "
                                           "(run update_translations):\n%2")
                                .arg(language, stale.join(QLatin1Char('\n')))));
    }

    // The German catalogue is embedded and loads.
    void germanCatalogueLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/icc_de.qm")));
        QVERIFY(!translator.isEmpty());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
