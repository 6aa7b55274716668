#include "PostMortemDocument.h"
#include "PostMortemExporter.h"
#include "TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace icc;

namespace {

// inc-6 of the demo server (tests/data/app/postmortem-inc-6.json: the
// incident row, its timeline and its reconstructed chains), with a human
// review added to one action so every layer has content, and the
// facilitator's marks.
PostMortemDocument sampleDocument()
{
    QFile file(QString::fromUtf8(icc::test::kTestDataDir) +
               QStringLiteral("/app/postmortem-inc-6.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample post-mortem data");
    const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();

    PostMortemDocument document;
    document.incidentId = QStringLiteral("inc-6");
    document.revision = 3;
    document.updatedBy = QStringLiteral("judy");
    document.incident =
        PostMortemIncident::fromJson(sample.value(QStringLiteral("incident")).toObject());
    for (const QJsonValue &value : sample.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject json = value.toObject();
        document.timeline.append(
            {json.value(QStringLiteral("sequence")).toInteger(),
             chainTimestampFromJson(json.value(QStringLiteral("at")).toString()),
             json.value(QStringLiteral("type")).toString(),
             json.value(QStringLiteral("actor")).toString(),
             json.value(QStringLiteral("subject")).toString(),
             json.value(QStringLiteral("summary")).toString()});
    }
    for (const QJsonValue &value : sample.value(QStringLiteral("chains")).toArray()) {
        QString error;
        const auto chain = ChainRecord::fromJson(value.toObject(), &error);
        if (!chain)
            qFatal("sample chain unreadable: %s", qPrintable(error));
        document.chains.append(*chain);
    }
    ChainRecord &scaleOut = document.chains[2]; // act-21, tier 2
    ReviewerRecord erin;
    erin.reviewer = QStringLiteral("erin");
    erin.decision = QStringLiteral("approve");
    erin.reason = QStringLiteral("zone b is saturated | scale out");
    erin.dwellSeconds = 4.5;
    erin.openedAt = chainTimestampFromJson(QStringLiteral("2026-11-21T20:35:00.000Z"));
    erin.decidedAt = chainTimestampFromJson(QStringLiteral("2026-11-21T20:35:04.500Z"));
    scaleOut.humanReview.present = true;
    scaleOut.humanReview.absence.clear();
    scaleOut.humanReview.reviewers.append(erin);

    document.failures.append({QStringLiteral("act-21"), QStringLiteral("primary"),
                              QStringLiteral("human"),
                              QStringLiteral("approved in 4.5 s without checking the zone")});
    document.failures.append({QStringLiteral("act-21"), QStringLiteral("secondary"),
                              QStringLiteral("policy"),
                              QStringLiteral("tier 2 was too low for a traffic shift")});
    PostMortemActionItem item;
    item.id = QStringLiteral("ai-1");
    item.title = QStringLiteral("Raise scale_out to tier 3 above 20% traffic");
    item.owner = QStringLiteral("ivan");
    item.due = QDate(2026, 12, 15);
    document.actionItems.append(item);
    return document;
}

// A catalogue that marks every message of one context, so a test sees
// whether a text went through translation at all.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context)
        : m_context(context)
    {}

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, m_context) != 0)
            return QString();
        return QStringLiteral("«") + QString::fromUtf8(sourceText);
    }

private:
    const char *m_context;
};

} // namespace

// The exports of a post-mortem say the same thing in three formats.
class TestPostMortemExport : public QObject
{
    Q_OBJECT

private slots:
    void documentRoundTripsThroughJson()
    {
        const PostMortemDocument document = sampleDocument();
        QString error;
        const auto back = PostMortemDocument::fromJson(document.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->revision, 3);
        QCOMPARE(back->failures.size(), 2);
        QCOMPARE(back->failures.at(0).kind, QStringLiteral("primary"));
        QCOMPARE(back->failures.at(0).layer, QStringLiteral("human"));
        QCOMPARE(back->actionItems.size(), 1);
        QCOMPARE(back->actionItems.at(0).due, QDate(2026, 12, 15));
        QCOMPARE(back->actionItems.at(0).owner, QStringLiteral("ivan"));
        QCOMPARE(document.toJson()
                     .value(QStringLiteral("action_items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("due"))
                     .toString(),
                 QStringLiteral("2026-12-15"));

        // A failure with an unknown layer is refused, naming the field.
        QJsonObject bad = document.toJson();
        QJsonArray failures = bad.value(QStringLiteral("failures")).toArray();
        QJsonObject failure = failures.at(0).toObject();
        failure.insert(QStringLiteral("layer"), QStringLiteral("luck"));
        failures.replace(0, failure);
        bad.insert(QStringLiteral("failures"), failures);
        QVERIFY(!PostMortemDocument::fromJson(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("failures[0].layer")), qPrintable(error));
    }

    // The parse errors reach the facilitator's status line, so they go
    // through the translation catalogue (context icc::PostMortemDocument).
    void parseErrorsAreTranslated()
    {
        MarkingTranslator translator("icc::PostMortemDocument");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto removeTranslator =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

        QString error;
        QVERIFY(!PostMortemDocument::fromJson(QJsonObject{}, &error));
        QCOMPARE(error, QStringLiteral("«postmortem: field 'incident_id' is missing"));

        QJsonObject bad = sampleDocument().toJson();
        QJsonArray failures = bad.value(QStringLiteral("failures")).toArray();
        QJsonObject failure = failures.at(0).toObject();
        failure.insert(QStringLiteral("kind"), QStringLiteral("tertiary"));
        failures.replace(0, failure);
        bad.insert(QStringLiteral("failures"), failures);
        QVERIFY(!PostMortemDocument::fromJson(bad, &error));
        QCOMPARE(error, QStringLiteral("«postmortem: failures[0].kind 'tertiary' is not primary or "
                                       "secondary"));

        bad = sampleDocument().toJson();
        failures = bad.value(QStringLiteral("failures")).toArray();
        failure = failures.at(0).toObject();
        failure.insert(QStringLiteral("layer"), QStringLiteral("luck"));
        failures.replace(0, failure);
        bad.insert(QStringLiteral("failures"), failures);
        QVERIFY(!PostMortemDocument::fromJson(bad, &error));
        QCOMPARE(error, QStringLiteral("«postmortem: failures[0].layer 'luck' is not a layer"));

        bad = sampleDocument().toJson();
        QJsonArray items = bad.value(QStringLiteral("action_items")).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(QStringLiteral("due"), QStringLiteral("next week"));
        items.replace(0, item);
        bad.insert(QStringLiteral("action_items"), items);
        QVERIFY(!PostMortemDocument::fromJson(bad, &error));
        QCOMPARE(error,
                 QStringLiteral("«postmortem: action_items[0].due 'next week' is not YYYY-MM-DD"));
    }

    void markdownHasEverySection()
    {
        const QString markdown = PostMortemExporter::toMarkdown(sampleDocument());
        QVERIFY(markdown.startsWith(QStringLiteral("# Post-mortem: incident inc-6")));
        for (const char *heading :
             {"## Incident summary", "## Timeline", "## Failures", "## Action items",
              "## Chain reconstruction", "### Action act-21: scale_out", "#### Agent reasoning",
              "#### Policy classification", "#### Human review", "#### Execution and outcome"})
            QVERIFY2(markdown.contains(QLatin1String(heading)), heading);
        QCOMPARE(markdown.count(QStringLiteral("#### Human review")), 4); // one per action
        // The layers' content.
        QVERIFY(markdown.contains(QStringLiteral("rb-latency-p99-high")));
        QVERIFY(markdown.contains(QStringLiteral("review tier **tier2**")));
        QVERIFY(markdown.contains(QStringLiteral("| erin |")));
        QVERIFY(markdown.contains(QStringLiteral("4.5 s")));
        QVERIFY(markdown.contains(QStringLiteral("_Missing: no review: action was pre-approved")));
        // A pipe in a reviewer's reason does not break the table row.
        QVERIFY(markdown.contains(QStringLiteral("zone b is saturated \\| scale out")));
        // Failures and action items.
        QVERIFY(markdown.contains(
            QStringLiteral("| act-21 | primary | human | approved in 4.5 s without checking")));
        QVERIFY(markdown.contains(QStringLiteral("| act-21 | secondary | policy |")));
        QVERIFY(markdown.contains(QStringLiteral(
            "| Raise scale_out to tier 3 above 20% traffic | ivan | 2026-12-15 | no |")));
        QVERIFY(markdown.contains(QStringLiteral("Marked primary failure at the human layer")));
        // The timeline.
        QVERIFY(markdown.contains(QStringLiteral("`incident.opened`")));
    }

    void htmlIsWellFormedAndSaysTheSame()
    {
        const QString html = PostMortemExporter::toHtml(sampleDocument());
        QVERIFY(html.contains(QStringLiteral("<html")));
        QVERIFY(html.contains(QStringLiteral("</html>")));
        // QTextDocument writes XHTML-like markup: it must parse as XML
        // once the doctype is dropped.
        QString body = html;
        body.remove(QRegularExpression(QStringLiteral("<!DOCTYPE[^>]*>")));
        QXmlStreamReader reader(body);
        int headings = 0;
        QStringList text;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name().startsWith(u'h') &&
                reader.name().size() == 2)
                ++headings;
            if (reader.isCharacters())
                text.append(reader.text().toString());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(headings > 10);
        const QString all = text.join(QString());
        for (const char *words : {"Agent reasoning", "Policy classification", "Human review",
                                  "Failures", "Action items", "Raise scale_out to tier 3",
                                  "approved in 4.5 s without checking the zone", "2026-12-15"})
            QVERIFY2(all.contains(QLatin1String(words)), words);
    }

    void filesInEachFormat()
    {
        QTemporaryDir dir;
        const PostMortemDocument document = sampleDocument();
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("inc-6.pdf"));
        QVERIFY2(
            PostMortemExporter::exportTo(document, pdf, PostMortemExporter::Format::Pdf, &error),
            qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY2(pdfFile.size() > 10000, qPrintable(QString::number(pdfFile.size())));

        const QString markdown = dir.filePath(QStringLiteral("inc-6.md"));
        QVERIFY(PostMortemExporter::formatForPath(markdown) ==
                PostMortemExporter::Format::Markdown);
        QVERIFY2(PostMortemExporter::exportTo(document, markdown,
                                              PostMortemExporter::Format::Markdown, &error),
                 qPrintable(error));
        QFile markdownFile(markdown);
        QVERIFY(markdownFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(markdownFile.readAll()),
                 PostMortemExporter::toMarkdown(document));

        const QString html = dir.filePath(QStringLiteral("inc-6.HTML"));
        QVERIFY(PostMortemExporter::formatForPath(html) == PostMortemExporter::Format::Html);
        QVERIFY(
            PostMortemExporter::exportTo(document, html, PostMortemExporter::Format::Html, &error));
        QVERIFY(QFileInfo(html).size() > 1000);
        QVERIFY(!PostMortemExporter::formatForPath(QStringLiteral("inc-6.docx")));

        // An unwritable place is an error in words, not a silent success.
        const QString nowhere = dir.filePath(QStringLiteral("missing/dir/inc-6.md"));
        QVERIFY(!PostMortemExporter::exportTo(document, nowhere,
                                              PostMortemExporter::Format::Markdown, &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
    }
};

QTEST_MAIN(TestPostMortemExport)
#include "tst_postmortem_export.moc"
