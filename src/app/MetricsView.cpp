#include "MetricsView.h"

#include "AppContext.h"
#include "Clock.h"
#include "DecisionTimeModel.h"
#include "EventStream.h"
#include "OversightFiguresModel.h"
#include "ServerConnection.h"
#include "Session.h"
#include "ui_MetricsView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QPainter>
#include <QTimer>
#include <QUrl>
#include <QValueAxis>

#include <algorithm>

namespace icc {

namespace {

constexpr int kRefreshMs = 60 * 1000;
// Decisions arrive in bursts; one reload shortly after the burst is enough.
constexpr int kEventDebounceMs = 1500;

double rateValue(const QJsonValue &rate)
{
    return rate.isDouble() ? rate.toDouble() * 100.0 : 0.0;
}

} // namespace

MetricsView::MetricsView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MetricsView>())
    , m_decisionTimes(new DecisionTimeModel(this))
    , m_figures(new OversightFiguresModel(this))
    , m_refreshTimer(new QTimer(this))
    , m_eventDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->windowSelector->addItem(tr("Last 24 hours"), 24);
    m_ui->windowSelector->addItem(tr("Last 7 days"), 7 * 24);
    m_ui->windowSelector->addItem(tr("Last 30 days"), 30 * 24);
    m_ui->windowSelector->setCurrentIndex(1); // the server's default window
    m_ui->figuresTable->setModel(m_figures);
    m_ui->figuresTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->decisionTimeChart->setRenderHint(QPainter::Antialiasing);
    m_ui->ratesChart->setRenderHint(QPainter::Antialiasing);

    m_refreshTimer->setInterval(kRefreshMs);
    m_eventDebounce->setInterval(kEventDebounceMs);
    m_eventDebounce->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &MetricsView::reload);
    connect(m_eventDebounce, &QTimer::timeout, this, &MetricsView::reload);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MetricsView::reload);
    connect(m_ui->windowSelector, &QComboBox::currentIndexChanged, this, &MetricsView::reload);
    connect(&m_context.session, &Session::loggedIn, this, &MetricsView::reload);
    connect(&m_context.session, &Session::loggedOut, m_refreshTimer, &QTimer::stop);
    connect(&m_context.events, &EventStream::eventReceived, this, &MetricsView::onEvent);

    applyReport(QJsonObject());
    if (m_context.session.isLoggedIn())
        reload();
}

MetricsView::~MetricsView() = default;

int MetricsView::windowHours() const
{
    return m_ui->windowSelector->currentData().toInt();
}

bool MetricsView::mayReadMetrics() const
{
    return m_context.session.may(QStringLiteral("read_metrics"));
}

void MetricsView::reload()
{
    if (!m_context.session.isLoggedIn())
        return;
    if (!mayReadMetrics()) {
        m_ui->errorLabel->setText(
            tr("As %1 (%2) you may not read oversight metrics; commanders, facilitators and "
               "admins can.")
                .arg(m_context.session.userName(), m_context.session.role()));
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
    // The window ends now on our clock; the server counts [from, to).
    const QDateTime to = m_context.clock.now().toUTC();
    const QDateTime from = to.addSecs(-qint64(windowHours()) * 3600);
    const auto stamp = [](const QDateTime &when) {
        return QString::fromLatin1(QUrl::toPercentEncoding(when.toString(Qt::ISODateWithMs)));
    };
    m_ui->windowStatus->setText(tr("Loading…"));
    m_context.connection.get(
        QStringLiteral("/api/v1/metrics/oversight?from=%1&to=%2").arg(stamp(from), stamp(to)), this,
        [this](const ApiReply &reply) {
            if (!reply.ok()) {
                m_ui->windowStatus->clear();
                m_ui->errorLabel->setText(
                    tr("Could not load the oversight metrics: %1").arg(reply.message()));
                return;
            }
            m_ui->errorLabel->clear();
            applyReport(reply.object());
            emit reportLoaded();
        });
}

void MetricsView::onEvent(const ClientEvent &event)
{
    if (event.type.startsWith(QLatin1String("review.")) && mayReadMetrics())
        m_eventDebounce->start();
}

void MetricsView::applyReport(const QJsonObject &report)
{
    m_report = report;
    m_decisionTimes->setByTier(report.value(QStringLiteral("time_to_decision"))
                                   .toObject()
                                   .value(QStringLiteral("by_tier"))
                                   .toObject());
    m_figures->setReport(report);
    if (!report.isEmpty()) {
        m_ui->windowStatus->setText(tr("%1 to %2 UTC")
                                        .arg(report.value(QStringLiteral("from")).toString(),
                                             report.value(QStringLiteral("to")).toString()));
    }
    showTheaterCheck(report.value(QStringLiteral("theater_check")).toObject());
    rebuildCharts();
}

void MetricsView::showTheaterCheck(const QJsonObject &check)
{
    const QString verdict = check.value(QStringLiteral("verdict")).toString();
    const QString message = check.value(QStringLiteral("message")).toString();
    QString headline;
    QString style;
    if (check.isEmpty()) {
        headline = tr("HITL-theater check not loaded yet.");
        style = QStringLiteral("background: #eeeeee; color: #333333;");
    } else if (check.value(QStringLiteral("flagged")).toBool()) {
        headline = tr("HITL THEATER SUSPECTED: approvals look like rubber-stamping.");
        style = QStringLiteral("background: #b00020; color: white;");
    } else if (verdict == QLatin1String("not_flagged")) {
        headline = tr("Not flagged: reviews show signs of real scrutiny.");
        style = QStringLiteral("background: #e8f5e9; color: #1b5e20;");
    } else {
        headline = tr("Insufficient data to judge HITL theater.");
        style = QStringLiteral("background: #e0e0e0; color: #333333;");
    }
    m_ui->theaterBanner->setText(message.isEmpty() ? headline
                                                   : headline + QLatin1Char('\n') + message);
    m_ui->theaterBanner->setStyleSheet(
        QStringLiteral("font-size: 14pt; font-weight: bold; padding: 10px; %1").arg(style));
}

void MetricsView::rebuildCharts()
{
    // Time to decision: median and p90 per tier, in seconds.
    auto *median = new QBarSet(tr("Median (s)"));
    auto *p90 = new QBarSet(tr("90th percentile (s)"));
    QStringList tiers;
    double highest = 0;
    for (int row = 0; row < m_decisionTimes->rowCount(); ++row) {
        tiers.append(
            m_decisionTimes->data(m_decisionTimes->index(row, DecisionTimeModel::TierColumn))
                .toString());
        const double m =
            m_decisionTimes
                ->data(m_decisionTimes->index(row, DecisionTimeModel::MedianColumn), Qt::EditRole)
                .toDouble();
        const double p =
            m_decisionTimes
                ->data(m_decisionTimes->index(row, DecisionTimeModel::P90Column), Qt::EditRole)
                .toDouble();
        *median << m;
        *p90 << p;
        highest = std::max({highest, m, p});
    }
    auto *timeSeries = new QBarSeries;
    timeSeries->setObjectName(QStringLiteral("decisionTimeSeries"));
    timeSeries->append(median);
    timeSeries->append(p90);
    auto *timeChart = new QChart;
    timeChart->setTitle(tr("Time to decision by review tier"));
    timeChart->addSeries(timeSeries);
    auto *tierAxis = new QBarCategoryAxis;
    tierAxis->append(tiers);
    timeChart->addAxis(tierAxis, Qt::AlignBottom);
    timeSeries->attachAxis(tierAxis);
    auto *secondsAxis = new QValueAxis;
    secondsAxis->setTitleText(tr("seconds"));
    secondsAxis->setRange(0, highest > 0 ? highest * 1.1 : 60);
    timeChart->addAxis(secondsAxis, Qt::AlignLeft);
    timeSeries->attachAxis(secondsAxis);
    timeChart->legend()->setAlignment(Qt::AlignBottom);
    QChart *oldTime = m_ui->decisionTimeChart->chart();
    m_ui->decisionTimeChart->setChart(timeChart);
    delete oldTime;

    // Rates in percent of decisions; a rate without data shows as no bar.
    auto *rates = new QBarSet(tr("Share of decisions (%)"));
    *rates << rateValue(m_report.value(QStringLiteral("rejection_rate")))
           << rateValue(m_report.value(QStringLiteral("modification_rate")))
           << rateValue(m_report.value(QStringLiteral("override_rate")));
    auto *rateSeries = new QBarSeries;
    rateSeries->setObjectName(QStringLiteral("ratesSeries"));
    rateSeries->append(rates);
    auto *rateChart = new QChart;
    rateChart->setTitle(tr("Rejection, modification and override rates"));
    rateChart->addSeries(rateSeries);
    auto *rateAxis = new QBarCategoryAxis;
    rateAxis->append({tr("Rejected"), tr("Modified"), tr("Overridden")});
    rateChart->addAxis(rateAxis, Qt::AlignBottom);
    rateSeries->attachAxis(rateAxis);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setTitleText(tr("%"));
    rateChart->addAxis(percentAxis, Qt::AlignLeft);
    rateSeries->attachAxis(percentAxis);
    rateChart->legend()->setAlignment(Qt::AlignBottom);
    QChart *oldRates = m_ui->ratesChart->chart();
    m_ui->ratesChart->setChart(rateChart);
    delete oldRates;
}

} // namespace icc
