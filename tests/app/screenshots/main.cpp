// icc-screenshots: renders every main view of the desktop offscreen against a
// real icc-server filled with demo alerts, one PNG per view, for docs/ and
// README. Run it through `tools/dev screenshots` (QT_QPA_PLATFORM=offscreen).

#include "CertificatePins.h"
#include "ConnectDialog.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "GuiTestAlerts.h"
#include "MainWindow.h"
#include "MatcherView.h"
#include "PostMortemView.h"
#include "ReviewPanel.h"
#include "ServerConnection.h"
#include "TestPaths.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace icc;
using namespace icc::test;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "icc-screenshots: %s\n", qPrintable(message));
    std::exit(1);
}

// Waits for one answer from the server, pumping the event loop.
ApiReply call(ServerConnection &connection, const QByteArray &verb, const QString &path,
              const QJsonObject &body = {})
{
    ApiReply answer;
    bool done = false;
    const auto handler = [&](const ApiReply &reply) {
        answer = reply;
        done = true;
    };
    if (verb == "GET")
        connection.get(path, nullptr, handler);
    else
        connection.post(path, body, nullptr, handler);
    for (int waited = 0; !done && waited < 30000; waited += 50)
        QTest::qWait(50);
    return answer;
}

// The first pending review proposing action, as the queue lists it.
QJsonObject pendingReview(ServerConnection &connection, const QString &action)
{
    const QJsonArray reviews = call(connection, "GET", QStringLiteral("/api/v1/reviews"))
                                   .object()
                                   .value(QStringLiteral("reviews"))
                                   .toArray();
    for (const QJsonValue &value : reviews) {
        const QJsonObject review = value.toObject().value(QStringLiteral("review")).toObject();
        if (review.value(QStringLiteral("action")).toString() == action &&
            review.value(QStringLiteral("state")).toString() == QLatin1String("pending"))
            return review;
    }
    return {};
}

void feedDemoAlerts(DesktopTestServer &server)
{
    QFile feed(QString::fromUtf8(kResourcesDir) +
               QStringLiteral("/demo/alerts/generic-feed.jsonl"));
    if (!feed.open(QIODevice::ReadOnly))
        fail(feed.errorString());
    QString error;
    int instance = 0;
    for (const QByteArray &line : feed.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonObject alert = QJsonDocument::fromJson(line).object();
        QJsonObject labels = alert.value(QStringLiteral("labels")).toObject();
        labels.insert(QStringLiteral("instance"), QStringLiteral("demo-%1").arg(++instance));
        alert.insert(QStringLiteral("labels"), labels);
        if (server.ingest(alert, &error) / 100 != 2)
            fail(error);
    }
    for (const QString &host : {QStringLiteral("db-replica-2"), QStringLiteral("db-replica-3")}) {
        if (server.ingest(genericDiskAlert(host), &error) / 100 != 2)
            fail(error);
    }
    for (int i = 1; i <= 3; ++i) {
        if (server.ingest(genericCpuAlert(QStringLiteral("pm-%1").arg(i)), &error) / 100 != 2)
            fail(error);
    }
}

// erin approves the tier-2 restart, so the post-mortem has all three layers
// and the metrics have a decision.
QString decideOneReview(DesktopTestServer &server)
{
    DesktopTestClient erin(server);
    QString error;
    if (!erin.login(QStringLiteral("erin"), &error))
        fail(error);
    const QJsonObject review = pendingReview(erin.connection(), QStringLiteral("restart_service"));
    if (review.isEmpty())
        fail(QStringLiteral("no restart_service review to decide"));
    const QString id = review.value(QStringLiteral("id")).toString();
    const ApiReply opened =
        call(erin.connection(), "POST", QStringLiteral("/api/v1/reviews/%1/open").arg(id));
    const QJsonObject decision{
        {QStringLiteral("decision"), QStringLiteral("approve")},
        {QStringLiteral("context_revision"),
         opened.object().value(QStringLiteral("context_revision"))},
        {QStringLiteral("reason"),
         QStringLiteral("CPU pinned at 97 % for 10 min; a restart is the runbook's first step")}};
    const ApiReply decided = call(erin.connection(), "POST",
                                  QStringLiteral("/api/v1/reviews/%1/decide").arg(id), decision);
    if (!decided.ok())
        fail(QStringLiteral("deciding %1: %2").arg(id, decided.message()));
    return review.value(QStringLiteral("action_id")).toString();
}

void save(QWidget &widget, const QDir &directory, const QString &name)
{
    QTest::qWait(1500); // let late answers and charts settle before the picture
    const QString path = directory.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path))
        fail(QStringLiteral("cannot write %1").arg(path));
    std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("icc-screenshots"));
    const QStringList arguments = QApplication::arguments();
    const QDir output(arguments.size() > 1 ? arguments.at(1) : QStringLiteral("docs/screenshots"));
    if (!QDir().mkpath(output.path()))
        fail(QStringLiteral("cannot create %1").arg(output.path()));

    DesktopTestServer server;
    QString error;
    if (!server.start(&error))
        fail(error);
    feedDemoAlerts(server);
    const QString decidedAction = decideOneReview(server);

    // First contact: the fingerprint the user is asked to trust.
    {
        QTemporaryDir scratch;
        CertificatePins pins(scratch.filePath(QStringLiteral("pins.ini")));
        ServerConnection connection(pins);
        QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ConnectDialog dialog(connection, pins, settings);
        dialog.setServerText(server.baseUrl().toString());
        dialog.resize(720, 420);
        dialog.show();
        dialog.probe();
        save(dialog, output, QStringLiteral("connect"));
    }

    DesktopTestClient ivan(server);
    if (!ivan.login(QStringLiteral("ivan"), &error))
        fail(error);
    MainWindow window(ivan.context());
    window.resize(1440, 900);
    window.show();
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
    if (!views)
        fail(QStringLiteral("the main window has no views"));

    const QJsonObject tier3 =
        pendingReview(ivan.connection(), QStringLiteral("compress_rotated_logs"));
    const std::function<void(QWidget *)> prepare[] = {
        [](QWidget *) {},
        [&](QWidget *view) {
            if (auto *panel = qobject_cast<ReviewPanel *>(view); panel && !tier3.isEmpty())
                panel->openReview(tier3.value(QStringLiteral("id")).toString());
        },
        [](QWidget *view) {
            if (auto *matcher = qobject_cast<MatcherView *>(view))
                matcher->matchText(QStringLiteral("Disk usage on /var/log at 96% on db-replica-2"));
        },
        [](QWidget *) {},
        [](QWidget *) {},
        [&](QWidget *view) {
            auto *postMortem = qobject_cast<PostMortemView *>(view);
            const ApiReply chain =
                call(ivan.connection(), "GET",
                     QStringLiteral("/api/v1/actions/%1/chain").arg(decidedAction));
            const QString incident = chain.object()
                                         .value(QStringLiteral("chain"))
                                         .toObject()
                                         .value(QStringLiteral("incident_id"))
                                         .toString();
            if (postMortem && !incident.isEmpty()) {
                postMortem->selectIncident(incident);
                QTest::qWait(1500);
                postMortem->selectAction(decidedAction);
            }
        },
        [](QWidget *) {},
    };
    const QStringList names = {QStringLiteral("dashboard"), QStringLiteral("review"),
                               QStringLiteral("matcher"),   QStringLiteral("roster"),
                               QStringLiteral("controls"),  QStringLiteral("postmortem"),
                               QStringLiteral("metrics")};
    for (int index = 0; index < views->count() && index < names.size(); ++index) {
        views->setCurrentIndex(index);
        QTest::qWait(500);
        prepare[index](views->widget(index));
        save(window, output, names.at(index));
    }
    return 0;
}
