#include "DashboardView.h"

#include "AlertFilterProxyModel.h"
#include "AlertRateChart.h"
#include "AlertRateSeries.h"
#include "AlertTableModel.h"
#include "AppContext.h"
#include "EventStream.h"
#include "IncidentTreeModel.h"
#include "ServerConnection.h"
#include "Session.h"
#include "SeverityStyle.h"
#include "ui_DashboardView.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QKeySequence>
#include <QShortcut>
#include <QTimer>

namespace icc {

namespace {

// The status filter's entries, in the form's order.
const char *const kStatuses[] = {"", "firing", "acknowledged", "resolved"};

QList<QJsonObject> objectsOf(const QJsonArray &array)
{
    QList<QJsonObject> objects;
    objects.reserve(array.size());
    for (const QJsonValue &value : array)
        objects.append(value.toObject());
    return objects;
}

} // namespace

DashboardView::DashboardView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::DashboardView>())
{
    m_ui->setupUi(this);

    m_alerts = new AlertTableModel(this);
    m_incidents = new IncidentTreeModel(*m_alerts, this);
    m_filter = new AlertFilterProxyModel(this);
    m_filter->setSourceModel(m_alerts);
    m_rate = new AlertRateSeries(m_context.clock, this);
    m_rate->setObjectName(QStringLiteral("alertRate"));
    m_rate->setModel(m_alerts);
    m_chart = new AlertRateChart(*m_rate);
    // The view owns the new chart but hands back the empty one it made itself.
    QChart *const emptyChart = m_ui->rateChart->chart();
    m_ui->rateChart->setChart(m_chart);
    delete emptyChart;
    m_ui->rateChart->setRenderHint(QPainter::Antialiasing, false);

    m_ui->alerts->setModel(m_filter);
    m_ui->alerts->sortByColumn(AlertTableModel::ReceivedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_ui->alerts->header();
    header->setSectionResizeMode(AlertTableModel::SummaryColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(AlertTableModel::SeverityColumn, 90);
    header->resizeSection(AlertTableModel::StatusColumn, 100);
    header->resizeSection(AlertTableModel::ReceivedColumn, 150);
    header->resizeSection(AlertTableModel::LastSeenColumn, 150);

    connect(m_ui->search, &QLineEdit::textChanged, this, &DashboardView::applyFilters);
    connect(m_ui->severityFilter, &QComboBox::currentIndexChanged, this,
            &DashboardView::applyFilters);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            &DashboardView::applyFilters);
    connect(m_ui->groupByIncident, &QCheckBox::toggled, this, &DashboardView::setGrouped);
    connect(m_ui->loadOlder, &QPushButton::clicked, this, &DashboardView::loadOlder);
    connect(m_ui->alerts, &QAbstractItemView::activated, this, &DashboardView::onActivated);

    // Ctrl+F and "/" jump to the search box from anywhere in the view; in
    // the box itself "/" is typed as usual (a line edit keeps text keys).
    for (const QKeySequence &keys :
         {QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &DashboardView::focusSearch);
    }

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &DashboardView::scheduleCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DashboardView::scheduleCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DashboardView::scheduleCounts);
    connect(m_rate, &AlertRateSeries::changed, this, &DashboardView::scheduleCounts);

    // The rate window slides with the clock even when no alert arrives.
    auto *tick = new QTimer(this);
    tick->setInterval(5000);
    connect(tick, &QTimer::timeout, m_rate, &AlertRateSeries::advance);
    tick->start();

    connect(&m_context.events, &EventStream::eventReceived, this, &DashboardView::onEvent);
    connect(&m_context.events, &EventStream::resyncRequired, this, &DashboardView::reload);
    connect(&m_context.session, &Session::loggedIn, this, &DashboardView::reload);
    connect(&m_context.session, &Session::loggedOut, this, &DashboardView::clearAll);
    if (m_context.session.isLoggedIn())
        reload();
    updateCounts();
}

DashboardView::~DashboardView() = default;

bool DashboardView::isGrouped() const
{
    return m_filter->sourceModel() == m_incidents;
}

void DashboardView::setGrouped(bool grouped)
{
    if (grouped == isGrouped())
        return;
    const int column = m_ui->alerts->header()->sortIndicatorSection();
    const Qt::SortOrder order = m_ui->alerts->header()->sortIndicatorOrder();
    m_filter->setSourceModel(grouped ? static_cast<QAbstractItemModel *>(m_incidents)
                                     : static_cast<QAbstractItemModel *>(m_alerts));
    m_ui->alerts->setRootIsDecorated(grouped);
    m_ui->alerts->sortByColumn(column, order);
    if (m_ui->groupByIncident->isChecked() != grouped)
        m_ui->groupByIncident->setChecked(grouped);
    scheduleCounts();
}

void DashboardView::clearAll()
{
    ++m_generation; // late answers of the previous load are dropped
    m_alerts->clear();
    m_incidents->clearIncidents();
    m_nextBefore = 0;
    m_loadingOlder = false;
    m_partsPending = 0;
    m_newAlertsWithoutDetails = 0;
    m_ui->loadOlder->setEnabled(false);
    m_ui->loadStatus->clear();
}

void DashboardView::reload()
{
    clearAll();
    if (!m_context.session.isLoggedIn())
        return;
    m_ui->loadStatus->setText(tr("Loading incidents and alerts…"));
    m_partsPending = 2;
    requestIncidents(m_generation);
    requestAlertPage(0, m_initialAlertLimit, m_generation);
}

void DashboardView::requestIncidents(int generation)
{
    m_context.connection.get(
        QStringLiteral("/api/v1/incidents?limit=1000"), this,
        [this, generation](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok())
                showFailure(tr("Could not load the incidents"), reply);
            else
                m_incidents->upsertIncidents(
                    objectsOf(reply.object().value(QLatin1String("incidents")).toArray()));
            finishPart(generation);
        });
}

void DashboardView::requestAlertPage(qint64 before, int remaining, int generation)
{
    const int limit = std::clamp(remaining, 1, kPageSize);
    QString path = QStringLiteral("/api/v1/alerts?limit=%1").arg(limit);
    if (before > 0)
        path += QStringLiteral("&before=%1").arg(before);
    m_context.connection.get(path, this, [this, remaining, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            showFailure(tr("Could not load the alerts"), reply);
            m_loadingOlder = false;
            m_ui->loadOlder->setEnabled(m_nextBefore > 0);
            finishPart(generation);
            return;
        }
        const QJsonArray page = reply.object().value(QLatin1String("alerts")).toArray();
        m_alerts->upsert(objectsOf(page));
        m_nextBefore = reply.object().value(QLatin1String("next_before")).toInteger(0);
        const int left = remaining - int(page.size());
        if (left > 0 && m_nextBefore > 0 && !page.isEmpty()) {
            requestAlertPage(m_nextBefore, left, generation);
            return;
        }
        m_loadingOlder = false;
        m_ui->loadOlder->setEnabled(m_nextBefore > 0);
        finishPart(generation);
    });
}

void DashboardView::finishPart(int generation)
{
    if (generation != m_generation || m_partsPending <= 0)
        return;
    if (--m_partsPending > 0)
        return;
    if (m_ui->loadStatus->text() == tr("Loading incidents and alerts…"))
        m_ui->loadStatus->clear();
    emit loadFinished();
}

void DashboardView::loadOlder()
{
    if (m_loadingOlder || m_nextBefore <= 0)
        return;
    m_loadingOlder = true;
    m_ui->loadOlder->setEnabled(false);
    requestAlertPage(m_nextBefore, kPageSize, m_generation);
}

void DashboardView::onEvent(const ClientEvent &event)
{
    if (event.type == QLatin1String("alert.created")) {
        m_alerts->enqueue(event.payload, event.at);
        // The event carries no labels or source: fetched with the next page.
        ++m_newAlertsWithoutDetails;
        scheduleDetails();
    } else if (event.type == QLatin1String("alert.updated")) {
        m_alerts->enqueue(event.payload, event.at);
    } else if (event.type == QLatin1String("incident.opened") ||
               event.type == QLatin1String("incident.updated")) {
        m_incidents->upsertIncident(event.payload, event.at);
    }
}

void DashboardView::scheduleDetails()
{
    if (m_detailsScheduled || m_detailsInFlight)
        return;
    m_detailsScheduled = true;
    QTimer::singleShot(0, this, &DashboardView::fetchDetails);
}

// One request for the newest alerts fills in labels, source and exact times
// of every alert announced since the last one, however many events came.
void DashboardView::fetchDetails()
{
    m_detailsScheduled = false;
    if (m_detailsInFlight || m_newAlertsWithoutDetails <= 0)
        return;
    const int limit = std::min(m_newAlertsWithoutDetails, kPageSize);
    m_newAlertsWithoutDetails = 0;
    m_detailsInFlight = true;
    const int generation = m_generation;
    m_context.connection.get(
        QStringLiteral("/api/v1/alerts?limit=%1").arg(limit), this,
        [this, generation](const ApiReply &reply) {
            m_detailsInFlight = false;
            if (generation != m_generation)
                return;
            if (reply.ok())
                m_alerts->upsert(
                    objectsOf(reply.object().value(QLatin1String("alerts")).toArray()));
            else
                showFailure(tr("Could not load the new alerts' details"), reply);
            if (m_newAlertsWithoutDetails > 0)
                scheduleDetails();
        });
}

void DashboardView::onActivated(const QModelIndex &index)
{
    const QString incidentId = index.data(AlertTableModel::IncidentIdRole).toString();
    if (incidentId.isEmpty())
        return;
    if (isGrouped() && index.parent().isValid()) {
        // Enter on an alert selects its incident row.
        const QModelIndex incident = index.parent().siblingAtColumn(0);
        m_ui->alerts->setCurrentIndex(incident);
        m_ui->alerts->scrollTo(incident);
    }
    emit incidentActivated(incidentId);
}

void DashboardView::focusSearch()
{
    m_ui->search->setFocus(Qt::ShortcutFocusReason);
    m_ui->search->selectAll();
}

void DashboardView::applyFilters()
{
    const int severity = m_ui->severityFilter->currentIndex();
    // Entry 0 is "all", then warning, error, critical and above.
    m_filter->setMinimumSeverity(severity <= 0 ? -1 : severity);
    const int status = std::clamp(m_ui->statusFilter->currentIndex(), 0, 3);
    m_filter->setStatus(QString::fromLatin1(kStatuses[status]));
    m_filter->setSearchText(m_ui->search->text());
}

void DashboardView::scheduleCounts()
{
    if (m_countsScheduled)
        return;
    m_countsScheduled = true;
    QTimer::singleShot(0, this, &DashboardView::updateCounts);
}

void DashboardView::updateCounts()
{
    m_countsScheduled = false;
    const int shown = m_filter->rowCount();
    if (isGrouped())
        m_ui->counts->setText(
            tr("%1 incidents shown; %2 alerts loaded").arg(shown).arg(m_alerts->rowCount()));
    else
        m_ui->counts->setText(
            tr("%1 of %2 loaded alerts shown").arg(shown).arg(m_alerts->rowCount()));
    const int lastHour = m_rate->total();
    m_ui->rateSummary->setText(lastHour == 1 ? tr("1 alert in the last hour")
                                             : tr("%1 alerts in the last hour").arg(lastHour));
}

void DashboardView::showFailure(const QString &what, const ApiReply &reply)
{
    m_ui->loadStatus->setText(tr("%1: %2").arg(what, reply.message()));
}

} // namespace icc
