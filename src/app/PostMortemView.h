#pragma once

#include "PostMortemDocument.h"

#include <QHash>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class PostMortemView;
}

namespace icc {

struct AppContext;
struct ClientEvent;
class ActionItemModel;
class AuditTimelineModel;
class ChainLayerModel;
class FailureMarkModel;

// The facilitator's post-mortem: pick an incident, walk its audit timeline,
// open an action's three-layer chain reconstruction, mark primary and
// secondary failures, keep owned and dated action items, save them to the
// server (a stale save is refused with 409: the view reloads and says so)
// and export the whole record as Markdown, HTML or PDF. Unsaved marks and
// items are never thrown away behind the facilitator's back: live events
// only add incidents to the list, and switching or reloading asks first.
class PostMortemView final : public QWidget
{
    Q_OBJECT

public:
    explicit PostMortemView(AppContext &context, QWidget *parent = nullptr);
    ~PostMortemView() override;

    QString currentIncidentId() const;
    // The document as it would be saved and exported now.
    PostMortemDocument document() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    // Loads the incident list again and then the selected incident; with
    // unsaved changes it asks first (discardQuestion()).
    void reload();
    // Switches to another incident; with unsaved changes it asks first.
    void selectIncident(const QString &incidentId);
    // The open "discard unsaved changes?" question (window modal, not
    // blocking; objectName "discardQuestion"), or nullptr.
    QMessageBox *discardQuestion() const { return m_discardQuestion; }
    void selectAction(const QString &actionId);
    void save();
    bool exportTo(const QString &path, QString *error) const;

signals:
    void incidentLoaded(const QString &incidentId); // timeline, document and verification in
    void chainShown(const QString &actionId);
    void saved(int revision);

private:
    bool mayRead() const;
    bool mayEdit() const;
    void applyPermissions();
    void updateSaveButton();
    // GET /incidents; loads the selected incident afterwards only when
    // loadCurrent (the list alone never touches the open document).
    void loadIncidentList(bool loadCurrent);
    void refreshAfterResync();
    // An incident.opened/updated payload: added to or updated in the list
    // without a request.
    void noteIncident(const QJsonObject &payload, const QDateTime &seenAt);
    void loadIncidentRow(const QString &incidentId);
    QString incidentLabel(const PostMortemIncident &incident) const;
    // Runs discard() at once when nothing is unsaved, else after the user
    // agrees to discard the unsaved changes.
    void unlessUnsavedKept(const QString &why, std::function<void()> discard);
    void loadIncident(const QString &incidentId);
    void loadTimelinePage(const QString &incidentId, qint64 from);
    void loadDocument(const QString &incidentId, const QString &afterwards = {});
    void loadVerification();
    void loadChain(const QString &actionId);
    void showChain(const QString &actionId);
    void refreshActions();
    void markFailure();
    void addActionItem();
    void exportWithDialog();
    void onEvent(const ClientEvent &event);
    void setDirty(bool dirty);
    void showStatus(const QString &text, bool problem = false);
    void checkLoaded();

    AppContext &m_context;
    std::unique_ptr<Ui::PostMortemView> m_ui;
    AuditTimelineModel *m_timeline = nullptr;
    QSortFilterProxyModel *m_timelineProxy = nullptr;
    ChainLayerModel *m_chain = nullptr;
    FailureMarkModel *m_failures = nullptr;
    ActionItemModel *m_actionItems = nullptr;

    QHash<QString, PostMortemIncident> m_incidents;
    QSet<QString> m_partialIncidents;     // known from an event only: no opened_at yet
    QHash<QString, ChainRecord> m_chains; // by action id, for display and export
    QHash<QString, QString> m_chainErrors;
    PostMortemDocument m_document; // as last loaded or saved
    QString m_loadingIncident;
    bool m_timelineDone = false;
    bool m_documentDone = false;
    bool m_dirty = false;
    bool m_saving = false;
    QPointer<QMessageBox> m_discardQuestion;
};

} // namespace icc
