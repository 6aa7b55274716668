#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <memory>

namespace Ui {
class RosterEditor;
}

class QSortFilterProxyModel;
class QTimer;

namespace icc {

struct AppContext;
struct ClientEvent;
class ChainLevelModel;
class EscalationTestModel;
class OnCallModel;
class OverrideModel;
class RotationModel;

// The escalation roster editor: rotations, overrides and chain levels, each
// edited in place in its table; what is wrong with the edit is shown before
// saving (checked with the same core rules the server uses), and Save sends
// the roster as YAML (PUT /api/v1/roster), showing the server's refusal with
// the field and line it names. Editing needs the edit_roster permission
// (commanders and admins); everyone else sees the roster read-only and why.
// Save names the version the edit started from (base_version): if another
// commander saved in between, the server refuses it (409) and the editor
// keeps the edits on screen, says who saved which version and offers to
// load it. Save is disabled while the desktop is offline.
// Also shows who is on call now and runs escalation tests: who was paged at
// each level, who acknowledged, how fast, and the dead links.
class RosterEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RosterEditor(AppContext &context, QWidget *parent = nullptr);
    ~RosterEditor() override;

    bool canEdit() const;
    bool hasUnsavedEdits() const { return m_dirty; }
    // The YAML Save would send for the current edit.
    QString draftYaml() const;

    RotationModel *rotationModel() const { return m_rotations; }
    OverrideModel *overrideModel() const { return m_overrides; }
    ChainLevelModel *chainModel() const { return m_chain; }
    EscalationTestModel *escalationTestModel() const { return m_test; }

public slots:
    void reload();
    void save();
    void runEscalationTest();

signals:
    // After every load from the server (initial, after a save, on roster.changed).
    void rosterLoaded(int version);
    void saveFinished(bool ok);
    void escalationTestUpdated();

private:
    void applyPermissions();
    void applyRoster(const QJsonObject &answer);
    void loadOnCall();
    void onEvent(const ClientEvent &event);
    // Someone else saved roster version `version`.
    void rosterChangedElsewhere(int version, const QString &by);
    // Our save was refused because `by` saved `version` first.
    void showConflict(int version, const QString &by);
    void onDraftEdited();
    void validateDraft();
    void showRefusal(const QString &message);
    void pollEscalationTest();
    void showEscalationTestStatus();
    int selectedRow(const QString &tableName) const;
    QJsonObject draftJson() const;

    AppContext &m_context;
    std::unique_ptr<Ui::RosterEditor> m_ui;
    RotationModel *m_rotations = nullptr;
    OverrideModel *m_overrides = nullptr;
    QSortFilterProxyModel *m_overrideProxy = nullptr;
    ChainLevelModel *m_chain = nullptr;
    OnCallModel *m_onCall = nullptr;
    EscalationTestModel *m_test = nullptr;
    QTimer *m_testPoll = nullptr;

    QString m_rosterName;
    int m_documentVersion = 1; // the "version" inside the YAML
    int m_serverVersion = 0;   // the stored version the server numbers
    // roster.changed events that arrived while our PUT was on its way:
    // version -> who saved it.
    QMap<int, QString> m_changedWhileSaving;
    bool m_conflict = false; // our save was refused as based on an old version
    bool m_dirty = false;
    bool m_saving = false;
    bool m_loading = false;
    bool m_markingProblems = false;
};

} // namespace icc
