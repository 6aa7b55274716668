#include "PostMortemView.h"

#include "ActionItemModel.h"
#include "AppContext.h"
#include "AuditTimelineModel.h"
#include "ChainLayerModel.h"
#include "ChoiceDelegate.h"
#include "Clock.h"
#include "ConnectionState.h"
#include "EventStream.h"
#include "FailureMarkModel.h"
#include "PostMortemExporter.h"
#include "ServerConnection.h"
#include "Session.h"
#include "ui_PostMortemView.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QUrl>

#include <algorithm>

namespace icc {

namespace {

constexpr int kAuditPageSize = 500;

QString pathPart(const QString &id)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

} // namespace

PostMortemView::PostMortemView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::PostMortemView>())
    , m_timeline(new AuditTimelineModel(this))
    , m_timelineProxy(new QSortFilterProxyModel(this))
    , m_chain(new ChainLayerModel(this))
    , m_failures(new FailureMarkModel(this))
    , m_actionItems(new ActionItemModel(this))
{
    m_ui->setupUi(this);

    m_timelineProxy->setSourceModel(m_timeline);
    m_timelineProxy->setFilterKeyColumn(-1);
    m_timelineProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->timelineView->setModel(m_timelineProxy);
    m_ui->timelineView->horizontalHeader()->setStretchLastSection(true);
    m_ui->timelineView->verticalHeader()->hide();
    connect(m_ui->timelineFilter, &QLineEdit::textChanged, m_timelineProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString actionId = current.data(AuditTimelineModel::ActionIdRole).toString();
                if (!actionId.isEmpty())
                    selectAction(actionId);
            });

    // Each layer in its own box: one model, each view rooted at its layer.
    const std::pair<QTreeView *, ChainLayerModel::Section> layerViews[] = {
        {m_ui->agentView, ChainLayerModel::AgentSection},
        {m_ui->policyView, ChainLayerModel::PolicySection},
        {m_ui->humanView, ChainLayerModel::HumanSection},
        {m_ui->executionView, ChainLayerModel::ExecutionSection}};
    for (const auto &[view, section] : layerViews) {
        view->setModel(m_chain);
        view->setRootIndex(m_chain->layerIndex(section));
        view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    }
    connect(m_chain, &ChainLayerModel::layersRebuilt, this, [this, layerViews] {
        for (const auto &[view, section] : layerViews) {
            view->setRootIndex(m_chain->layerIndex(section));
            view->expandAll();
        }
    });

    m_ui->failuresView->setModel(m_failures);
    m_ui->failuresView->setItemDelegate(new ChoiceDelegate(FailureMarkModel::ChoicesRole, this));
    m_ui->failuresView->horizontalHeader()->setStretchLastSection(true);
    m_ui->actionItemsView->setModel(m_actionItems);
    m_ui->actionItemsView->horizontalHeader()->setSectionResizeMode(ActionItemModel::TitleColumn,
                                                                    QHeaderView::Stretch);
    connect(m_failures, &FailureMarkModel::edited, this, [this] { setDirty(true); });
    connect(m_actionItems, &ActionItemModel::edited, this, [this] { setDirty(true); });

    m_ui->failureKindCombo->addItem(tr("Primary: failed first"), QStringLiteral("primary"));
    m_ui->failureKindCombo->addItem(tr("Secondary: failed to catch it"),
                                    QStringLiteral("secondary"));
    m_ui->failureLayerCombo->addItem(tr("Agent reasoning"), QStringLiteral("agent"));
    m_ui->failureLayerCombo->addItem(tr("Policy classification"), QStringLiteral("policy"));
    m_ui->failureLayerCombo->addItem(tr("Human review"), QStringLiteral("human"));
    m_ui->failureLayerCombo->addItem(tr("Execution"), QStringLiteral("execution"));
    m_ui->itemDueEdit->setDate(m_context.clock.now().date().addDays(14));

    connect(m_ui->incidentCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = m_ui->incidentCombo->itemData(index).toString();
        if (!id.isEmpty() && id != m_loadingIncident)
            selectIncident(id);
    });
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = m_ui->actionCombo->itemData(index).toString();
        if (!id.isEmpty())
            showChain(id);
    });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &PostMortemView::reload);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PostMortemView::save);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PostMortemView::exportWithDialog);
    connect(m_ui->markFailureButton, &QPushButton::clicked, this, &PostMortemView::markFailure);
    connect(m_ui->failureNoteEdit, &QLineEdit::returnPressed, this, &PostMortemView::markFailure);
    connect(m_ui->removeFailureButton, &QPushButton::clicked, this,
            [this] { m_failures->removeFailure(m_ui->failuresView->currentIndex().row()); });
    connect(m_ui->addItemButton, &QPushButton::clicked, this, &PostMortemView::addActionItem);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this,
            [this] { m_actionItems->removeItem(m_ui->actionItemsView->currentIndex().row()); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &PostMortemView::save);
    auto *reloadShortcut = new QShortcut(QKeySequence::Refresh, this);
    reloadShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadShortcut, &QShortcut::activated, this, &PostMortemView::reload);

    connect(&m_context.session, &Session::loggedIn, this, [this] {
        applyPermissions();
        refreshAfterResync();
    });
    connect(&m_context.session, &Session::loggedOut, this, [this] { applyPermissions(); });
    connect(&m_context.events, &EventStream::eventReceived, this, &PostMortemView::onEvent);
    connect(&m_context.events, &EventStream::resyncRequired, this,
            &PostMortemView::refreshAfterResync);
    connect(&m_context.connectionState, &ConnectionState::changed, this,
            &PostMortemView::updateSaveButton);

    applyPermissions();
    if (m_context.session.isLoggedIn())
        loadIncidentList(true);
}

PostMortemView::~PostMortemView() = default;

bool PostMortemView::mayRead() const
{
    return m_context.session.may(QStringLiteral("read_audit"));
}

bool PostMortemView::mayEdit() const
{
    return m_context.session.may(QStringLiteral("mark_outcomes"));
}

void PostMortemView::applyPermissions()
{
    const bool read = m_context.session.isLoggedIn() && mayRead();
    const bool edit = read && mayEdit();
    m_ui->mainSplitter->setEnabled(read);
    m_ui->incidentCombo->setEnabled(read);
    m_ui->reloadButton->setEnabled(read);
    m_ui->exportButton->setEnabled(read);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->failureKindCombo),
          static_cast<QWidget *>(m_ui->failureLayerCombo),
          static_cast<QWidget *>(m_ui->failureNoteEdit),
          static_cast<QWidget *>(m_ui->markFailureButton),
          static_cast<QWidget *>(m_ui->removeFailureButton),
          static_cast<QWidget *>(m_ui->itemTitleEdit), static_cast<QWidget *>(m_ui->itemOwnerEdit),
          static_cast<QWidget *>(m_ui->itemDueEdit), static_cast<QWidget *>(m_ui->addItemButton),
          static_cast<QWidget *>(m_ui->removeItemButton)})
        widget->setEnabled(edit);
    const auto triggers = edit ? QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked
                               : QAbstractItemView::NoEditTriggers;
    m_ui->failuresView->setEditTriggers(triggers);
    m_ui->actionItemsView->setEditTriggers(triggers);
    if (!m_context.session.isLoggedIn())
        m_ui->permissionLabel->setText(tr("Log in to see post-mortems."));
    else if (!read)
        m_ui->permissionLabel->setText(
            tr("Your role (%1) may not read the audit log: post-mortems are for commanders, "
               "facilitators and admins.")
                .arg(m_context.session.role()));
    else if (!edit)
        m_ui->permissionLabel->setText(
            tr("Read only: your role (%1) may not mark failures or edit action items; "
               "commanders and facilitators may.")
                .arg(m_context.session.role()));
    else
        m_ui->permissionLabel->clear();
    m_ui->permissionLabel->setVisible(!m_ui->permissionLabel->text().isEmpty());
    updateSaveButton();
}

void PostMortemView::updateSaveButton()
{
    const bool edit = m_context.session.isLoggedIn() && mayRead() && mayEdit();
    const bool online = m_context.connectionState.isOnline();
    m_ui->saveButton->setEnabled(edit && online && !m_saving);
    // A missing right is explained by permissionLabel; being offline here.
    m_ui->saveBlockedLabel->setText(
        edit && !online
            ? tr("Save is off while offline: the live connection to the server is down. Your "
                 "unsaved failure marks and action items stay here; save them when the "
                 "connection is back.")
            : QString());
    m_ui->saveBlockedLabel->setVisible(!m_ui->saveBlockedLabel->text().isEmpty());
}

QString PostMortemView::currentIncidentId() const
{
    return m_loadingIncident;
}

PostMortemDocument PostMortemView::document() const
{
    PostMortemDocument document = m_document;
    document.incidentId = m_loadingIncident;
    document.failures = m_failures->failures();
    document.actionItems = m_actionItems->items();
    document.incident = m_incidents.value(m_loadingIncident);
    document.timeline = m_timeline->events();
    document.chains.clear();
    for (const QString &actionId : m_timeline->actionIds()) {
        if (m_chains.contains(actionId))
            document.chains.append(m_chains.value(actionId));
    }
    return document;
}

void PostMortemView::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(problem ? tr("Problem: %1").arg(text) : text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;")
                                             : QString());
}

void PostMortemView::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_ui->saveButton->setText(dirty ? tr("&Save post-mortem (unsaved changes)")
                                    : tr("&Save post-mortem"));
}

void PostMortemView::reload()
{
    if (!m_context.session.isLoggedIn() || !mayRead())
        return;
    unlessUnsavedKept(
        tr("Reloading shows the stored post-mortem of %1 again.").arg(m_loadingIncident),
        [this] { loadIncidentList(true); });
}

void PostMortemView::refreshAfterResync()
{
    if (!m_context.session.isLoggedIn() || !mayRead())
        return;
    // Missed events: the list is fetched again, but unsaved work is never
    // replaced by the stored document; the facilitator is told instead.
    loadIncidentList(!m_dirty);
    if (m_dirty)
        showStatus(tr("the live connection missed events: a newer post-mortem of %1 may be "
                      "stored. Your unsaved changes are kept; a stale save is refused and says "
                      "so, or reload (F5) to see the stored version.")
                       .arg(m_loadingIncident),
                   true);
}

QString PostMortemView::incidentLabel(const PostMortemIncident &incident) const
{
    return tr("%1 · %2 · %3 · %4")
        .arg(incident.id, incident.severity.toUpper(), incident.status, incident.title);
}

void PostMortemView::loadIncidentList(bool loadCurrent)
{
    m_context.connection.get(
        QStringLiteral("/api/v1/incidents"), this, [this, loadCurrent](const ApiReply &reply) {
            if (!reply.ok()) {
                showStatus(tr("cannot load the incidents: %1").arg(reply.message()), true);
                return;
            }
            QList<PostMortemIncident> incidents;
            for (const QJsonValue &value :
                 reply.object().value(QStringLiteral("incidents")).toArray())
                incidents.append(PostMortemIncident::fromJson(value.toObject()));
            std::sort(incidents.begin(), incidents.end(),
                      [](const PostMortemIncident &a, const PostMortemIncident &b) {
                          return a.openedAt > b.openedAt;
                      });
            const QString keep = m_loadingIncident;
            m_incidents.clear();
            m_partialIncidents.clear();
            {
                const QSignalBlocker blocker(m_ui->incidentCombo);
                m_ui->incidentCombo->clear();
                for (const PostMortemIncident &incident : incidents) {
                    m_incidents.insert(incident.id, incident);
                    m_ui->incidentCombo->addItem(incidentLabel(incident), incident.id);
                }
            }
            if (incidents.isEmpty()) {
                showStatus(tr("No incidents yet: nothing to review."));
                return;
            }
            const int keepIndex = m_ui->incidentCombo->findData(keep);
            const bool keepOpen = !loadCurrent && !keep.isEmpty();
            const int index = keepIndex >= 0 || keepOpen ? keepIndex : 0;
            {
                const QSignalBlocker blocker(m_ui->incidentCombo);
                m_ui->incidentCombo->setCurrentIndex(index);
            }
            // The open incident's document (and any unsaved edit of it) stays.
            if (!keepOpen)
                loadIncident(m_ui->incidentCombo->itemData(index).toString());
        });
}

void PostMortemView::noteIncident(const QJsonObject &payload, const QDateTime &seenAt)
{
    const QString id = payload.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || !m_context.session.isLoggedIn() || !mayRead())
        return;
    // The event carries the row without its times: those the list already
    // knows stay, and a new incident opened (or was resolved) when the event
    // was sent. Loading a new incident fetches its full row.
    const QDateTime when = seenAt.isValid() ? seenAt : m_context.clock.now();
    PostMortemIncident incident = PostMortemIncident::fromJson(payload);
    const auto known = m_incidents.constFind(id);
    if (known != m_incidents.cend()) {
        incident.openedAt = known->openedAt;
        incident.resolvedAt = known->resolvedAt;
    } else {
        incident.openedAt = when;
        m_partialIncidents.insert(id);
    }
    if (!incident.resolvedAt.isValid() && incident.status == QLatin1String("resolved"))
        incident.resolvedAt = when;
    m_incidents.insert(id, incident);

    const int at = m_ui->incidentCombo->findData(id);
    {
        const QSignalBlocker blocker(m_ui->incidentCombo);
        if (at >= 0)
            m_ui->incidentCombo->setItemText(at, incidentLabel(incident));
        else
            m_ui->incidentCombo->insertItem(0, incidentLabel(incident), id); // the newest
    }
    if (m_loadingIncident.isEmpty() && !m_dirty) {
        // Nothing was open (there were no incidents): show the first one.
        {
            const QSignalBlocker blocker(m_ui->incidentCombo);
            m_ui->incidentCombo->setCurrentIndex(m_ui->incidentCombo->findData(id));
        }
        loadIncident(id);
    }
}

void PostMortemView::loadIncidentRow(const QString &incidentId)
{
    m_context.connection.get(
        QStringLiteral("/api/v1/incidents/%1").arg(pathPart(incidentId)), this,
        [this, incidentId](const ApiReply &reply) {
            if (!reply.ok()) {
                showStatus(tr("cannot load the details of %1: %2 (reload with F5)")
                               .arg(incidentId, reply.message()),
                           true);
                return;
            }
            const PostMortemIncident incident = PostMortemIncident::fromJson(reply.object());
            if (incident.id != incidentId)
                return;
            m_partialIncidents.remove(incidentId);
            m_incidents.insert(incidentId, incident);
            const int at = m_ui->incidentCombo->findData(incidentId);
            if (at >= 0)
                m_ui->incidentCombo->setItemText(at, incidentLabel(incident));
        });
}

void PostMortemView::unlessUnsavedKept(const QString &why, std::function<void()> discard)
{
    if (!m_dirty) {
        discard();
        return;
    }
    if (m_discardQuestion) {
        // One question at a time: the newer request replaces the older one.
        m_discardQuestion->disconnect(this);
        m_discardQuestion->deleteLater();
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Discard unsaved post-mortem work?"),
        tr("%1\n\nYour unsaved failure marks and action items of %2 would be lost. Keep editing "
           "and save them first to keep them.")
            .arg(why, m_loadingIncident),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    QPushButton *discardButton =
        box->addButton(tr("&Discard my changes"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keepButton = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keepButton->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    box->setWindowModality(Qt::WindowModal);
    m_discardQuestion = box;
    connect(box, &QDialog::finished, this, [this, box, discardButton, discard] {
        const bool agreed = box->clickedButton() == discardButton;
        m_discardQuestion = nullptr;
        box->deleteLater();
        if (!agreed)
            return;
        setDirty(false);
        discard();
    });
    box->open();
}

void PostMortemView::selectIncident(const QString &incidentId)
{
    if (incidentId == m_loadingIncident || m_ui->incidentCombo->findData(incidentId) < 0)
        return;
    // Until the facilitator agrees to leave unsaved work, the list shows the
    // incident that is open.
    {
        const QSignalBlocker blocker(m_ui->incidentCombo);
        m_ui->incidentCombo->setCurrentIndex(m_ui->incidentCombo->findData(m_loadingIncident));
    }
    unlessUnsavedKept(tr("Switching to %1 shows that incident's post-mortem.").arg(incidentId),
                      [this, incidentId] {
                          const int index = m_ui->incidentCombo->findData(incidentId);
                          if (index < 0)
                              return;
                          {
                              const QSignalBlocker blocker(m_ui->incidentCombo);
                              m_ui->incidentCombo->setCurrentIndex(index);
                          }
                          loadIncident(incidentId);
                      });
}

void PostMortemView::loadIncident(const QString &incidentId)
{
    m_loadingIncident = incidentId;
    m_timelineDone = false;
    m_documentDone = false;
    m_timeline->clear();
    m_chains.clear();
    m_chainErrors.clear();
    m_chain->clearChain();
    {
        const QSignalBlocker blocker(m_ui->actionCombo);
        m_ui->actionCombo->clear();
    }
    m_ui->chainStatusLabel->setText(tr("Loading the audit timeline of %1…").arg(incidentId));
    showStatus(tr("Loading %1…").arg(incidentId));
    if (m_partialIncidents.contains(incidentId))
        loadIncidentRow(incidentId);
    loadTimelinePage(incidentId, 1);
    loadDocument(incidentId);
    loadVerification();
}

void PostMortemView::loadTimelinePage(const QString &incidentId, qint64 from)
{
    m_context.connection.get(
        QStringLiteral("/api/v1/audit?incident=%1&from=%2&limit=%3")
            .arg(pathPart(incidentId))
            .arg(from)
            .arg(kAuditPageSize),
        this, [this, incidentId](const ApiReply &reply) {
            if (incidentId != m_loadingIncident)
                return; // the user moved on
            if (!reply.ok()) {
                showStatus(tr("cannot load the audit timeline: %1").arg(reply.message()), true);
                m_timelineDone = true;
                checkLoaded();
                return;
            }
            const QJsonObject page = reply.object();
            m_timeline->appendEntries(page.value(QStringLiteral("entries")).toArray());
            m_ui->timelineView->resizeColumnsToContents();
            const QJsonValue next = page.value(QStringLiteral("next_from"));
            if (next.isDouble()) {
                loadTimelinePage(incidentId, qint64(next.toDouble()));
                return;
            }
            m_timelineDone = true;
            refreshActions();
            checkLoaded();
        });
}

void PostMortemView::loadDocument(const QString &incidentId, const QString &afterwards)
{
    m_context.connection.get(
        QStringLiteral("/api/v1/incidents/%1/postmortem").arg(pathPart(incidentId)), this,
        [this, incidentId, afterwards](const ApiReply &reply) {
            if (incidentId != m_loadingIncident)
                return;
            PostMortemDocument document;
            document.incidentId = incidentId;
            if (reply.ok()) {
                QString error;
                const auto parsed = PostMortemDocument::fromJson(reply.object(), &error);
                if (parsed)
                    document = *parsed;
                else
                    showStatus(tr("the stored post-mortem is unreadable: %1").arg(error), true);
            } else if (reply.status != 404) {
                showStatus(tr("cannot load the post-mortem: %1").arg(reply.message()), true);
            }
            m_document = document;
            m_failures->setFailures(document.failures);
            m_actionItems->setItems(document.actionItems);
            m_ui->actionItemsView->resizeColumnsToContents();
            setDirty(false);
            m_documentDone = true;
            if (!afterwards.isEmpty())
                showStatus(afterwards, true);
            checkLoaded();
        });
}

void PostMortemView::loadVerification()
{
    m_context.connection.get(
        QStringLiteral("/api/v1/audit/verify"), this, [this](const ApiReply &reply) {
            QLabel *badge = m_ui->verifyBadge;
            if (!reply.ok()) {
                badge->setText(tr("Audit chain: NOT CHECKED (%1)").arg(reply.message()));
                badge->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400;"));
                return;
            }
            const QJsonObject result = reply.object();
            if (result.value(QStringLiteral("ok")).toBool()) {
                badge->setText(tr("✔ Audit chain INTACT: %1 entries verified")
                                   .arg(result.value(QStringLiteral("count")).toInteger()));
                badge->setStyleSheet(QStringLiteral("background: #d4edda; color: #155724;"));
            } else {
                badge->setText(
                    tr("✖ Audit chain BROKEN at entry %1: %2")
                        .arg(result.value(QStringLiteral("first_bad_sequence")).toInteger())
                        .arg(result.value(QStringLiteral("reason")).toString()));
                badge->setStyleSheet(
                    QStringLiteral("background: #f8d7da; color: #721c24; font-weight: bold;"));
            }
        });
}

void PostMortemView::checkLoaded()
{
    if (!m_timelineDone || !m_documentDone)
        return;
    // A problem shown while loading stays visible.
    if (m_ui->statusLabel->styleSheet().isEmpty())
        showStatus(tr("%1: %2 audit entries, %3 actions; post-mortem revision %4%5")
                       .arg(m_loadingIncident)
                       .arg(m_timeline->rowCount())
                       .arg(m_timeline->actionIds().size())
                       .arg(m_document.revision)
                       .arg(m_document.updatedBy.isEmpty()
                                ? QString()
                                : tr(", saved by %1").arg(m_document.updatedBy)));
    emit incidentLoaded(m_loadingIncident);
}

void PostMortemView::refreshActions()
{
    const QString current = m_ui->actionCombo->currentData().toString();
    const QStringList ids = m_timeline->actionIds();
    {
        const QSignalBlocker blocker(m_ui->actionCombo);
        m_ui->actionCombo->clear();
        for (const QString &id : ids)
            m_ui->actionCombo->addItem(id, id);
    }
    for (const QString &id : ids)
        loadChain(id);
    if (ids.isEmpty()) {
        m_ui->chainStatusLabel->setText(
            tr("No action in this incident: the policy proposed nothing, so there is no chain to "
               "reconstruct."));
        return;
    }
    const int index = std::max(0, m_ui->actionCombo->findData(current));
    m_ui->actionCombo->setCurrentIndex(index);
    showChain(m_ui->actionCombo->itemData(index).toString());
}

void PostMortemView::loadChain(const QString &actionId)
{
    const QString incidentId = m_loadingIncident;
    m_context.connection.get(QStringLiteral("/api/v1/actions/%1/chain").arg(pathPart(actionId)),
                             this, [this, incidentId, actionId](const ApiReply &reply) {
                                 if (incidentId != m_loadingIncident)
                                     return;
                                 if (!reply.ok()) {
                                     m_chainErrors.insert(actionId, reply.message());
                                 } else {
                                     QString error;
                                     const auto chain = ChainRecord::fromJson(
                                         reply.object().value(QStringLiteral("chain")).toObject(),
                                         &error);
                                     if (chain)
                                         m_chains.insert(actionId, *chain);
                                     else
                                         m_chainErrors.insert(actionId, error);
                                 }
                                 if (m_ui->actionCombo->currentData().toString() == actionId)
                                     showChain(actionId);
                             });
}

void PostMortemView::selectAction(const QString &actionId)
{
    const int index = m_ui->actionCombo->findData(actionId);
    if (index >= 0)
        m_ui->actionCombo->setCurrentIndex(index);
}

void PostMortemView::showChain(const QString &actionId)
{
    if (m_chainErrors.contains(actionId)) {
        m_chain->clearChain();
        m_ui->chainStatusLabel->setText(
            tr("Cannot reconstruct %1: %2").arg(actionId, m_chainErrors.value(actionId)));
        return;
    }
    if (!m_chains.contains(actionId)) {
        m_chain->clearChain();
        m_ui->chainStatusLabel->setText(tr("Reconstructing %1 from the audit log…").arg(actionId));
        return;
    }
    const ChainRecord &chain = m_chains[actionId];
    m_chain->setChain(chain);
    m_ui->chainStatusLabel->setText(
        chain.missing.isEmpty()
            ? tr("%1 (%2): every layer is in the record.")
                  .arg(actionId, chain.action.isEmpty() ? tr("no step") : chain.action)
            : tr("%1 (%2): %n gap(s) in the record, shown in words below.", "",
                 int(chain.missing.size()))
                  .arg(actionId, chain.action.isEmpty() ? tr("no step") : chain.action));
    emit chainShown(actionId);
}

void PostMortemView::markFailure()
{
    const QString actionId = m_ui->actionCombo->currentData().toString();
    if (actionId.isEmpty()) {
        showStatus(tr("select an action first: a failure belongs to one action"), true);
        return;
    }
    m_failures->addFailure({actionId, m_ui->failureKindCombo->currentData().toString(),
                            m_ui->failureLayerCombo->currentData().toString(),
                            m_ui->failureNoteEdit->text().trimmed()});
    m_ui->failureNoteEdit->clear();
    showStatus(tr("Failure of %1 marked; save to keep it.").arg(actionId));
}

void PostMortemView::addActionItem()
{
    PostMortemActionItem item;
    item.title = m_ui->itemTitleEdit->text().trimmed();
    item.owner = m_ui->itemOwnerEdit->text().trimmed();
    item.due = m_ui->itemDueEdit->date();
    if (item.title.isEmpty() || item.owner.isEmpty()) {
        showStatus(tr("an action item needs a title and an owner: ownerless items do not get done"),
                   true);
        return;
    }
    m_actionItems->addItem(item);
    m_ui->itemTitleEdit->clear();
    m_ui->itemOwnerEdit->clear();
    m_ui->actionItemsView->resizeColumnsToContents();
    showStatus(tr("Action item added; save to keep it."));
}

void PostMortemView::save()
{
    if (m_loadingIncident.isEmpty() || m_saving || !mayEdit())
        return;
    if (!m_context.connectionState.isOnline()) {
        // Never sent from stale state (Ctrl+S reaches here with the button off).
        showStatus(tr("not saved: offline. Your changes stay here; save when the connection is "
                      "back."),
                   true);
        return;
    }
    m_saving = true;
    updateSaveButton();
    const QString incidentId = m_loadingIncident;
    showStatus(tr("Saving…"));
    m_context.connection.put(
        QStringLiteral("/api/v1/incidents/%1/postmortem").arg(pathPart(incidentId)),
        document().toJson(), this, [this, incidentId](const ApiReply &reply) {
            m_saving = false;
            applyPermissions();
            if (incidentId != m_loadingIncident)
                return;
            if (reply.status == 409) {
                // Someone saved since we loaded: never overwrite their work
                // silently. Show theirs and say what happened.
                loadDocument(incidentId,
                             tr("someone else saved this post-mortem since you loaded it (%1). "
                                "Their version is shown now; your unsaved marks were not stored "
                                "— add them again and save.")
                                 .arg(reply.message()));
                return;
            }
            if (!reply.ok()) {
                showStatus(tr("not saved: %1").arg(reply.message()), true);
                return;
            }
            const auto stored = PostMortemDocument::fromJson(reply.object());
            if (stored) {
                m_document = *stored;
                m_failures->setFailures(stored->failures);
                m_actionItems->setItems(stored->actionItems);
            } else {
                m_document.revision += 1;
            }
            setDirty(false);
            showStatus(tr("Saved: post-mortem revision %1.").arg(m_document.revision));
            emit saved(m_document.revision);
        });
}

bool PostMortemView::exportTo(const QString &path, QString *error) const
{
    const auto format = PostMortemExporter::formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("%1: choose a .md, .html or .pdf file").arg(path);
        return false;
    }
    return PostMortemExporter::exportTo(document(), path, *format, error);
}

void PostMortemView::exportWithDialog()
{
    if (m_loadingIncident.isEmpty()) {
        showStatus(tr("select an incident first"), true);
        return;
    }
    const QString markdown = tr("Markdown (*.md)");
    const QString html = tr("HTML (*.html)");
    const QString pdf = tr("PDF (*.pdf)");
    QString filter = markdown;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export post-mortem"), QStringLiteral("postmortem-%1.md").arg(m_loadingIncident),
        QStringList{markdown, html, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!PostMortemExporter::formatForPath(path))
        path += filter == pdf ? QStringLiteral(".pdf")
                              : (filter == html ? QStringLiteral(".html") : QStringLiteral(".md"));
    const int pending = int(m_timeline->actionIds().size() - m_chains.size());
    QString error;
    if (!exportTo(path, &error)) {
        showStatus(tr("export failed: %1").arg(error), true);
        return;
    }
    showStatus(pending > 0 ? tr("Exported to %1 (%n action(s) could not be reconstructed and are "
                                "left out).",
                                "", pending)
                                 .arg(path)
                           : tr("Exported to %1.").arg(path));
}

void PostMortemView::onEvent(const ClientEvent &event)
{
    if (event.type == QLatin1String("incident.opened") ||
        event.type == QLatin1String("incident.updated")) {
        // Only the list learns of it: no reload, so an alert storm costs no
        // requests and never touches the open post-mortem.
        noteIncident(event.payload, event.at);
        return;
    }
    if (m_loadingIncident.isEmpty())
        return;
    const QString incidentId = event.payload.value(QStringLiteral("incident_id")).toString();
    if (event.type == QLatin1String("postmortem.changed")) {
        if (incidentId != m_loadingIncident ||
            event.payload.value(QStringLiteral("revision")).toInt() == m_document.revision)
            return;
        if (m_dirty) {
            showStatus(tr("%1 saved this post-mortem meanwhile; your save will be refused. Reload "
                          "(F5) to see their version.")
                           .arg(event.payload.value(QStringLiteral("by")).toString(tr("someone"))),
                       true);
        } else {
            loadDocument(m_loadingIncident);
        }
        return;
    }
}

} // namespace icc
