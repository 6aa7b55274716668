// Push latency: the time from posting an alert to icc-server until each of N
// WebSocket clients holds the event about it.
//
//   bench_push --url https://127.0.0.1:8443 --ca cert.pem --token USER_TOKEN
//              --ingest-key KEY [--clients 50] [--alerts 300] [--interval-ms 20]
//
// The clients subscribe to /api/v1/events with a user's token; alerts go to
// POST /api/v1/alerts with an ingest key, one at a time, each with a unique
// instance label. For every alert and client the latency is measured from the
// moment the POST was handed to the network stack to the first text frame that
// names that instance. All clients live in this one process and thread, so the
// figures include the client side's own dispatch (a conservative bias).
// Prints one JSON object: client count, alerts, per-delivery percentiles (us)
// and the POST round-trip percentiles for comparison.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Options
{
    QUrl url;
    QString caFile;
    QString token;
    QString ingestKey;
    int clients = 50;
    int alerts = 300;
    int intervalMs = 20;
};

qint64 percentile(std::vector<qint64> values, double fraction)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    // nearest rank
    const auto rank = std::size_t(std::max(1.0, std::ceil(fraction * double(values.size()))));
    return values.at(std::min(values.size(), rank) - 1);
}

QJsonObject summary(const std::vector<qint64> &microseconds)
{
    return QJsonObject{{QStringLiteral("count"), qint64(microseconds.size())},
                       {QStringLiteral("p50_us"), percentile(microseconds, 0.50)},
                       {QStringLiteral("p90_us"), percentile(microseconds, 0.90)},
                       {QStringLiteral("p99_us"), percentile(microseconds, 0.99)},
                       {QStringLiteral("max_us"), percentile(microseconds, 1.0)}};
}

class PushBenchmark final : public QObject
{
public:
    explicit PushBenchmark(Options options)
        : m_options(std::move(options))
    {
        QFile ca(m_options.caFile);
        if (ca.open(QIODevice::ReadOnly))
            m_tls.setCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_clock.start();
    }

    int run()
    {
        connectClients();
        QTimer::singleShot(30000, this, [this] {
            if (m_connected < m_options.clients)
                fail(QStringLiteral("only %1 of %2 clients connected")
                         .arg(m_connected)
                         .arg(m_options.clients));
        });
        return QCoreApplication::exec();
    }

private:
    void fail(const QString &message)
    {
        std::fprintf(stderr, "bench_push: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    }

    void connectClients()
    {
        QUrl events = m_options.url;
        events.setScheme(QStringLiteral("wss"));
        events.setPath(QStringLiteral("/api/v1/events"));
        for (int i = 0; i < m_options.clients; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QWebSocket *raw = socket.get();
            raw->setSslConfiguration(m_tls);
            connect(raw, &QWebSocket::connected, this, [this] {
                if (++m_connected == m_options.clients)
                    QTimer::singleShot(500, this, [this] { postNext(); }); // let replays finish
            });
            connect(raw, &QWebSocket::textMessageReceived, this,
                    [this, i](const QString &message) { received(i, message); });
            connect(raw, &QWebSocket::disconnected, this, [this, raw] {
                if (!m_finished)
                    fail(QStringLiteral("a client was disconnected: %1 %2")
                             .arg(raw->closeCode())
                             .arg(raw->closeReason()));
            });
            QNetworkRequest request(events);
            request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
            raw->open(request);
            m_sockets.push_back(std::move(socket));
        }
    }

    void postNext()
    {
        if (m_posted == m_options.alerts) {
            // Wait for the last deliveries, then report.
            QTimer::singleShot(5000, this, [this] { report(); });
            return;
        }
        const int index = m_posted++;
        const QString marker =
            QStringLiteral("push-bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(index);
        const QJsonArray body{
            QJsonObject{{QStringLiteral("labels"),
                         QJsonObject{{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                                     {QStringLiteral("service"), QStringLiteral("checkout-api")},
                                     {QStringLiteral("instance"), marker},
                                     {QStringLiteral("severity"), QStringLiteral("warning")}}},
                        {QStringLiteral("annotations"),
                         QJsonObject{{QStringLiteral("summary"),
                                      QStringLiteral("CPU usage at 97% on %1").arg(marker)}}}}};
        QUrl url = m_options.url;
        url.setPath(QStringLiteral("/api/v1/alerts"));
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_options.ingestKey.toUtf8());
        m_sentAt.insert(marker, m_clock.nsecsElapsed());
        m_pending.append(marker);
        QNetworkReply *reply =
            m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        const qint64 started = m_clock.nsecsElapsed();
        connect(reply, &QNetworkReply::finished, this, [this, reply, started] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status / 100 != 2)
                fail(QStringLiteral("POST answered %1: %2")
                         .arg(status)
                         .arg(QString::fromUtf8(reply->readAll())));
            m_postRoundTrips.push_back((m_clock.nsecsElapsed() - started) / 1000);
            reply->deleteLater();
            QTimer::singleShot(m_options.intervalMs, this, [this] { postNext(); });
        });
    }

    void received(int client, const QString &message)
    {
        const qint64 now = m_clock.nsecsElapsed();
        // Only markers not yet seen by this client count (an alert yields
        // several events: the first one naming it is the push).
        for (const QString &marker : std::as_const(m_pending)) {
            if (!message.contains(marker))
                continue;
            auto &seen = m_seen[marker];
            if (seen.contains(client))
                continue;
            seen.insert(client);
            m_deliveries.push_back((now - m_sentAt.value(marker)) / 1000);
        }
    }

    void report()
    {
        m_finished = true;
        const qint64 expected = qint64(m_options.alerts) * m_options.clients;
        const QJsonObject result{{QStringLiteral("clients"), m_options.clients},
                                 {QStringLiteral("alerts"), m_options.alerts},
                                 {QStringLiteral("interval_ms"), m_options.intervalMs},
                                 {QStringLiteral("deliveries_expected"), expected},
                                 {QStringLiteral("push_latency"), summary(m_deliveries)},
                                 {QStringLiteral("post_round_trip"), summary(m_postRoundTrips)}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        for (auto &socket : m_sockets)
            socket->close();
        QCoreApplication::exit(qint64(m_deliveries.size()) == expected ? 0 : 2);
    }

    Options m_options;
    QSslConfiguration m_tls = QSslConfiguration::defaultConfiguration();
    QElapsedTimer m_clock;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<QWebSocket>> m_sockets;
    int m_connected = 0;
    int m_posted = 0;
    bool m_finished = false;
    QStringList m_pending;
    QHash<QString, qint64> m_sentAt;
    QHash<QString, QSet<int>> m_seen;
    std::vector<qint64> m_deliveries;
    std::vector<qint64> m_postRoundTrips;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("icc-server push latency benchmark"));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Server base URL."),
                                 QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("Server certificate (PEM)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("A user's session token."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption ingestKey(QStringLiteral("ingest-key"),
                                       QStringLiteral("An ingest key."), QStringLiteral("KEY"));
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     QStringLiteral("WebSocket clients (default 50)."),
                                     QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption alerts(QStringLiteral("alerts"),
                                    QStringLiteral("Alerts to post (default 300)."),
                                    QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
                                      QStringLiteral("Pause after each answered POST."),
                                      QStringLiteral("MS"), QStringLiteral("20"));
    parser.addOptions({url, ca, token, ingestKey, clients, alerts, interval});
    parser.process(app);
    if (!parser.isSet(url) || !parser.isSet(ca) || !parser.isSet(token) ||
        !parser.isSet(ingestKey)) {
        std::fprintf(stderr, "bench_push: --url, --ca, --token and --ingest-key are required\n");
        return 64;
    }
    Options options{QUrl(parser.value(url)),       parser.value(ca),
                    parser.value(token),           parser.value(ingestKey),
                    parser.value(clients).toInt(), parser.value(alerts).toInt(),
                    parser.value(interval).toInt()};
    if (options.clients < 1 || options.alerts < 1 || options.intervalMs < 0) {
        std::fprintf(stderr, "bench_push: --clients and --alerts must be positive\n");
        return 64;
    }
    PushBenchmark benchmark(std::move(options));
    return benchmark.run();
}
