#include "RosterEditor.h"

#include "AppContext.h"
#include "ChainLevelModel.h"
#include "Clock.h"
#include "ConnectionState.h"
#include "EscalationTestModel.h"
#include "EventStream.h"
#include "OnCallModel.h"
#include "OverrideModel.h"
#include "RosterLoader.h"
#include "RosterYamlWriter.h"
#include "RotationModel.h"
#include "ServerConnection.h"
#include "Session.h"
#include "ui_RosterEditor.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace icc {

namespace {

constexpr int kTestPollMs = 2000;

// Which table and row a roster field path points at ("chain[2].timeout" ->
// chain, 2), so problems found locally or by the server mark that row.
struct FieldRow
{
    QString section;
    int row = -1;
};

FieldRow fieldRow(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(rotations|overrides|chain)\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return FieldRow{match.captured(1), match.captured(2).toInt()};
}

using RowProblems = QHash<int, QStringList>;

void addProblem(QHash<QString, RowProblems> &problems, const QString &line)
{
    const FieldRow at = fieldRow(line);
    if (at.row >= 0)
        problems[at.section][at.row].append(line);
}

} // namespace

RosterEditor::RosterEditor(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::RosterEditor>())
    , m_rotations(new RotationModel(this))
    , m_overrides(new OverrideModel(this))
    , m_overrideProxy(new QSortFilterProxyModel(this))
    , m_chain(new ChainLevelModel(this))
    , m_onCall(new OnCallModel(this))
    , m_test(new EscalationTestModel(this))
    , m_testPoll(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->onCallTable->setModel(m_onCall);
    m_ui->rotationTable->setModel(m_rotations);
    m_overrideProxy->setSourceModel(m_overrides);
    m_overrideProxy->setSortRole(Qt::UserRole);
    m_ui->overrideTable->setModel(m_overrideProxy);
    m_ui->chainTable->setModel(m_chain);
    m_ui->testTable->setModel(m_test);
    for (QTableView *table : {m_ui->onCallTable, m_ui->rotationTable, m_ui->overrideTable,
                              m_ui->chainTable, m_ui->testTable})
        table->horizontalHeader()->setStretchLastSection(true);
    m_ui->staleWarning->hide();
    m_testPoll->setInterval(kTestPollMs);

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_rotations),
                                      static_cast<QAbstractItemModel *>(m_overrides),
                                      static_cast<QAbstractItemModel *>(m_chain)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &RosterEditor::onDraftEdited);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RosterEditor::onDraftEdited);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RosterEditor::onDraftEdited);
        connect(model, &QAbstractItemModel::rowsMoved, this, &RosterEditor::onDraftEdited);
    }
    connect(m_rotations, &RotationModel::editRefused, this, &RosterEditor::showRefusal);
    connect(m_overrides, &OverrideModel::editRefused, this, &RosterEditor::showRefusal);
    connect(m_chain, &ChainLevelModel::editRefused, this, &RosterEditor::showRefusal);

    connect(m_ui->addOverrideButton, &QPushButton::clicked, this, [this] {
        // A one-day cover starting at the next full hour, for the first
        // rotation: the user edits the row in place from there.
        RosterOverride entry;
        const QStringList ids = m_rotations->rotationIds();
        entry.rotation = ids.value(0);
        entry.user = m_context.session.userName();
        QDateTime from = m_context.clock.now().toUTC();
        from.setTime(QTime(from.time().hour(), 0));
        entry.from = from.addSecs(3600);
        entry.to = entry.from.addDays(1);
        const int row = m_overrides->addOverride(entry);
        const QModelIndex shown =
            m_overrideProxy->mapFromSource(m_overrides->index(row, OverrideModel::UserColumn));
        m_ui->overrideTable->setCurrentIndex(shown);
        m_ui->overrideTable->edit(shown);
    });
    connect(m_ui->removeOverrideButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->overrideTable->currentIndex();
        if (current.isValid())
            m_overrides->removeOverride(m_overrideProxy->mapToSource(current).row());
    });
    connect(m_ui->addLevelButton, &QPushButton::clicked, this, [this] {
        const QString rotation = m_rotations->rotationIds().value(0);
        const int row = m_chain->addLevel(rotation, Roster::kDefaultLevelTimeoutSeconds);
        m_ui->chainTable->setCurrentIndex(m_chain->index(row, ChainLevelModel::RotationColumn));
    });
    connect(m_ui->removeLevelButton, &QPushButton::clicked, this,
            [this] { m_chain->removeLevel(selectedRow(QStringLiteral("chainTable"))); });
    const auto move = [this](int direction) {
        const int row = selectedRow(QStringLiteral("chainTable"));
        if (m_chain->moveLevel(row, direction))
            m_ui->chainTable->setCurrentIndex(
                m_chain->index(row + direction, ChainLevelModel::RotationColumn));
    };
    connect(m_ui->moveLevelUpButton, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_ui->moveLevelDownButton, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RosterEditor::save);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &RosterEditor::reload);
    connect(m_ui->runTestButton, &QPushButton::clicked, this, &RosterEditor::runEscalationTest);
    connect(m_testPoll, &QTimer::timeout, this, &RosterEditor::pollEscalationTest);

    connect(&m_context.session, &Session::loggedIn, this, &RosterEditor::reload);
    connect(&m_context.session, &Session::loggedOut, this, [this] {
        m_testPoll->stop();
        applyPermissions();
    });
    connect(&m_context.connectionState, &ConnectionState::onlineChanged, this,
            &RosterEditor::applyPermissions);
    connect(&m_context.events, &EventStream::eventReceived, this, &RosterEditor::onEvent);
    connect(&m_context.events, &EventStream::resyncRequired, this, &RosterEditor::reload);

    applyPermissions();
    if (m_context.session.isLoggedIn())
        reload();
}

RosterEditor::~RosterEditor() = default;

bool RosterEditor::canEdit() const
{
    return m_context.session.may(QStringLiteral("edit_roster"));
}

void RosterEditor::applyPermissions()
{
    const bool editable = canEdit();
    const bool online = m_context.connectionState.isOnline();
    // Flags changing is presentation, not an edit of the roster.
    m_markingProblems = true;
    m_rotations->setEditable(editable);
    m_overrides->setEditable(editable);
    m_chain->setEditable(editable);
    m_markingProblems = false;
    for (QWidget *control : {static_cast<QWidget *>(m_ui->addOverrideButton),
                             static_cast<QWidget *>(m_ui->removeOverrideButton),
                             static_cast<QWidget *>(m_ui->addLevelButton),
                             static_cast<QWidget *>(m_ui->removeLevelButton),
                             static_cast<QWidget *>(m_ui->moveLevelUpButton),
                             static_cast<QWidget *>(m_ui->moveLevelDownButton),
                             static_cast<QWidget *>(m_ui->discardButton)})
        control->setEnabled(editable);
    // Nothing is sent from a desktop that may show stale state; the edits
    // stay in the tables until the connection is back.
    m_ui->runTestButton->setEnabled(editable && online);
    m_ui->saveButton->setEnabled(editable && online && m_dirty && !m_saving);
    if (!m_context.session.isLoggedIn()) {
        m_ui->permissionNote->setText(tr("Not logged in: the roster cannot be shown or edited."));
    } else if (!editable) {
        m_ui->permissionNote->setText(
            tr("READ-ONLY: as %1 (%2) you may look at the roster but not edit it or run "
               "escalation tests. Commanders and admins can.")
                .arg(m_context.session.userName(), m_context.session.role()));
    } else if (!online) {
        m_ui->permissionNote->setText(
            tr("OFFLINE: Save and escalation tests are disabled because this desktop is not "
               "connected to the server. Your edits stay here until the connection is back."));
    } else {
        m_ui->permissionNote->setText(
            tr("You may edit the roster. Edits take effect for new incidents once saved; open "
               "incidents keep the roster they started with."));
    }
}

void RosterEditor::reload()
{
    if (!m_context.session.isLoggedIn())
        return;
    applyPermissions();
    m_context.connection.get(QStringLiteral("/api/v1/roster"), this, [this](const ApiReply &reply) {
        if (reply.status == 404) {
            m_ui->rosterStatus->setText(tr("No roster has been set on the server yet."));
            applyRoster(QJsonObject());
            return;
        }
        if (!reply.ok()) {
            m_ui->serverErrorLabel->setText(
                tr("Could not load the roster: %1").arg(reply.message()));
            return;
        }
        applyRoster(reply.object());
    });
    loadOnCall();
}

void RosterEditor::loadOnCall()
{
    m_context.connection.get(QStringLiteral("/api/v1/roster/on-call"), this,
                             [this](const ApiReply &reply) {
                                 if (reply.ok())
                                     m_onCall->setOnCall(reply.object());
                                 else
                                     m_onCall->setOnCall(QJsonObject());
                             });
}

void RosterEditor::applyRoster(const QJsonObject &answer)
{
    const QJsonObject json = answer.value(QStringLiteral("roster")).toObject();
    RosterLoadResult loaded = RosterLoader::fromJson(json);
    m_loading = true;
    if (loaded.ok()) {
        m_rosterName = loaded.roster->name();
        m_documentVersion = loaded.roster->version();
        m_rotations->setRotations(loaded.roster->rotations());
        m_overrides->setOverrides(loaded.roster->overrides());
        m_chain->setLevels(loaded.roster->chain());
    } else {
        m_rotations->setRotations({});
        m_overrides->setOverrides({});
        m_chain->setLevels({});
    }
    m_loading = false;
    m_dirty = false;
    if (m_conflict) {
        // The user chose to load the newer version: the conflict is over.
        m_conflict = false;
        m_ui->staleWarning->hide();
    }
    m_serverVersion = answer.value(QStringLiteral("version")).toInt();
    if (!answer.isEmpty()) {
        m_ui->rosterStatus->setText(
            tr("Roster %1, version %2, saved by %3 at %4 UTC.")
                .arg(m_rosterName.isEmpty() ? tr("(unnamed)") : m_rosterName)
                .arg(m_serverVersion)
                .arg(answer.value(QStringLiteral("updated_by")).toString(),
                     answer.value(QStringLiteral("updated_at")).toString()));
    }
    m_ui->problemsLabel->clear();
    m_ui->saveStatusLabel->clear();
    validateDraft();
    applyPermissions();
    emit rosterLoaded(m_serverVersion);
}

void RosterEditor::onEvent(const ClientEvent &event)
{
    if (event.type != QLatin1String("roster.changed"))
        return;
    const int version = event.payload.value(QStringLiteral("version")).toInt();
    const QString by = event.payload.value(QStringLiteral("by")).toString();
    if (version != 0 && version == m_serverVersion)
        return;
    // While our PUT is on its way this may be our own version or another
    // commander's: decided when the answer names ours.
    if (m_saving) {
        m_changedWhileSaving.insert(version, by);
        return;
    }
    rosterChangedElsewhere(version, by);
}

void RosterEditor::rosterChangedElsewhere(int version, const QString &by)
{
    if (m_conflict) {
        // The user has not chosen to load the newer version yet: the edits
        // stay on screen, the warning names the newest version.
        showConflict(version, by);
        return;
    }
    if (m_dirty) {
        m_ui->staleWarning->setText(
            tr("WARNING: %1 saved roster version %2 while you were editing. Your unsaved edits "
               "were replaced by that version; make them again if they are still needed.")
                .arg(by)
                .arg(version));
        m_ui->staleWarning->show();
    }
    reload();
}

void RosterEditor::showConflict(int version, const QString &by)
{
    m_ui->staleWarning->setText(
        tr("NOT SAVED: %1 saved roster version %2 after you loaded version %3. Your edits are "
           "still shown but are based on the old version, so the server refuses them. Choose "
           "Discard edits to load version %2, then make your edits again.")
            .arg(by.isEmpty() ? tr("another commander") : by)
            .arg(version)
            .arg(m_serverVersion));
    m_ui->staleWarning->show();
}

void RosterEditor::onDraftEdited()
{
    if (m_loading || m_markingProblems)
        return;
    m_dirty = true;
    m_ui->saveStatusLabel->setText(tr("Unsaved edits."));
    validateDraft();
    applyPermissions();
}

QJsonObject RosterEditor::draftJson() const
{
    QJsonArray rotations;
    for (const Rotation &rotation : m_rotations->rotations())
        rotations.append(rotation.toJson());
    QJsonArray overrides;
    int id = 0;
    for (RosterOverride entry : m_overrides->overrides()) {
        entry.id = ++id; // list order is precedence order
        overrides.append(entry.toJson());
    }
    QJsonArray chain;
    for (const EscalationLevel &level : m_chain->levels())
        chain.append(QJsonObject{{QStringLiteral("rotation"), level.rotation},
                                 {QStringLiteral("timeout_seconds"), level.timeoutSeconds}});
    return QJsonObject{{QStringLiteral("name"), m_rosterName},
                       {QStringLiteral("version"), m_documentVersion},
                       {QStringLiteral("next_override_id"), id + 1},
                       {QStringLiteral("rotations"), rotations},
                       {QStringLiteral("overrides"), overrides},
                       {QStringLiteral("chain"), chain}};
}

QString RosterEditor::draftYaml() const
{
    return RosterYamlWriter::toYaml(m_rosterName, m_documentVersion, m_rotations->rotations(),
                                    m_overrides->overrides(), m_chain->levels());
}

void RosterEditor::validateDraft()
{
    const RosterLoadResult checked = RosterLoader::fromJson(draftJson());
    QHash<QString, RowProblems> problems;
    QStringList lines;
    for (const ValidationError &error : checked.errors) {
        const QString line = error.field.isEmpty()
                                 ? error.message
                                 : error.field + QStringLiteral(": ") + error.message;
        lines.append(line);
        addProblem(problems, line);
    }
    m_markingProblems = true;
    m_rotations->setProblems(problems.value(QStringLiteral("rotations")));
    m_overrides->setProblems(problems.value(QStringLiteral("overrides")));
    m_chain->setProblems(problems.value(QStringLiteral("chain")));
    m_markingProblems = false;
    if (lines.isEmpty()) {
        m_ui->problemsLabel->setText(m_dirty ? tr("No problems found in your edits; the server "
                                                  "checks again when you save.")
                                             : QString());
    } else {
        m_ui->problemsLabel->setText(tr("PROBLEMS in your edits (the server will refuse them):\n%1")
                                         .arg(lines.join(QLatin1Char('\n'))));
    }
}

void RosterEditor::showRefusal(const QString &message)
{
    m_ui->problemsLabel->setText(tr("Not changed: %1").arg(message));
}

void RosterEditor::save()
{
    if (!canEdit() || m_saving)
        return;
    if (!m_context.connectionState.isOnline()) {
        m_ui->saveStatusLabel->setText(tr("Not saved."));
        m_ui->serverErrorLabel->setText(
            tr("Not saved: this desktop is offline. Your edits stay here; save again when the "
               "connection is back."));
        applyPermissions();
        return;
    }
    m_saving = true;
    m_changedWhileSaving.clear();
    m_ui->serverErrorLabel->clear();
    m_ui->saveStatusLabel->setText(tr("Saving…"));
    applyPermissions();
    // The version this edit started from: the server refuses the save if
    // another commander saved a newer one meanwhile.
    const QJsonObject body{{QStringLiteral("yaml"), draftYaml()},
                           {QStringLiteral("base_version"), m_serverVersion}};
    m_context.connection.put(
        QStringLiteral("/api/v1/roster"), body, this, [this](const ApiReply &reply) {
            m_saving = false;
            const QMap<int, QString> changed = std::exchange(m_changedWhileSaving, {});
            if (reply.status == 409 && reply.field == QLatin1String("base_version")) {
                m_conflict = true;
                m_ui->saveStatusLabel->setText(tr("Not saved."));
                m_ui->serverErrorLabel->setText(
                    tr("Another commander saved the roster first; nothing was saved:\n%1")
                        .arg(reply.message()));
                if (!changed.isEmpty())
                    showConflict(changed.lastKey(), changed.last());
                // Who saved which version, without touching the edits.
                m_context.connection.get(
                    QStringLiteral("/api/v1/roster"), this, [this](const ApiReply &latest) {
                        if (m_conflict && latest.ok())
                            showConflict(
                                latest.object().value(QStringLiteral("version")).toInt(),
                                latest.object().value(QStringLiteral("updated_by")).toString());
                    });
                applyPermissions();
                emit saveFinished(false);
                return;
            }
            if (!reply.ok()) {
                m_ui->saveStatusLabel->setText(tr("Not saved."));
                m_ui->serverErrorLabel->setText(
                    tr("The server refused the roster; nothing was saved:\n%1")
                        .arg(reply.message()));
                // The server's lines name the field: mark those rows too.
                QHash<QString, RowProblems> problems;
                for (const QString &line : reply.detail.split(QLatin1Char('\n')))
                    addProblem(problems, line);
                m_markingProblems = true;
                m_rotations->setProblems(problems.value(QStringLiteral("rotations")));
                m_overrides->setProblems(problems.value(QStringLiteral("overrides")));
                m_chain->setProblems(problems.value(QStringLiteral("chain")));
                m_markingProblems = false;
                applyPermissions();
                emit saveFinished(false);
                // Someone saved while the refused PUT was on its way.
                if (!changed.isEmpty())
                    rosterChangedElsewhere(changed.lastKey(), changed.last());
                return;
            }
            m_serverVersion = reply.object().value(QStringLiteral("version")).toInt();
            m_dirty = false;
            // A newer version than ours arrived meanwhile: the reload below
            // shows it, and the user must know it is not (only) their edit.
            const auto newer = changed.upperBound(m_serverVersion);
            if (newer != changed.cend()) {
                const int latest = changed.lastKey();
                m_ui->staleWarning->setText(
                    tr("WARNING: %1 saved roster version %2 right after your save (version %3). "
                       "The editor now shows their version; check that your change is still "
                       "in it.")
                        .arg(changed.last())
                        .arg(latest)
                        .arg(m_serverVersion));
                m_ui->staleWarning->show();
            } else {
                m_ui->staleWarning->hide();
            }
            reload();
            m_ui->saveStatusLabel->setText(tr("Saved as version %1.").arg(m_serverVersion));
            emit saveFinished(true);
        });
}

int RosterEditor::selectedRow(const QString &tableName) const
{
    const auto *table = findChild<QTableView *>(tableName);
    return table && table->currentIndex().isValid() ? table->currentIndex().row() : -1;
}

void RosterEditor::runEscalationTest()
{
    if (!canEdit())
        return;
    m_ui->runTestButton->setEnabled(false);
    m_ui->testStatusLabel->setText(tr("Starting the escalation test…"));
    m_context.connection.post(
        QStringLiteral("/api/v1/roster/escalation-test"), {}, this, [this](const ApiReply &reply) {
            m_ui->runTestButton->setEnabled(canEdit());
            if (!reply.ok()) {
                m_ui->testStatusLabel->setText(
                    tr("The escalation test did not start: %1").arg(reply.message()));
                return;
            }
            m_test->setReport(reply.object());
            showEscalationTestStatus();
            if (!m_test->isComplete())
                m_testPoll->start();
        });
}

void RosterEditor::pollEscalationTest()
{
    const QString id = m_test->testId();
    if (id.isEmpty()) {
        m_testPoll->stop();
        return;
    }
    m_context.connection.get(
        QStringLiteral("/api/v1/roster/escalation-tests/%1")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
        this, [this, id](const ApiReply &reply) {
            if (id != m_test->testId())
                return; // a newer test started meanwhile
            if (!reply.ok()) {
                m_ui->testStatusLabel->setText(
                    tr("Cannot follow escalation test %1: %2").arg(id, reply.message()));
                if (reply.status == 404)
                    m_testPoll->stop();
                return;
            }
            m_test->setReport(reply.object());
            showEscalationTestStatus();
            if (m_test->isComplete())
                m_testPoll->stop();
        });
}

void RosterEditor::showEscalationTestStatus()
{
    const QJsonObject report = m_test->report();
    const QJsonArray levels = report.value(QStringLiteral("levels")).toArray();
    int acknowledged = 0;
    for (const QJsonValue &level : levels) {
        if (level.toObject().value(QStringLiteral("acknowledged")).toBool())
            ++acknowledged;
    }
    QStringList dead;
    for (const QJsonValue &level : report.value(QStringLiteral("dead_links")).toArray())
        dead.append(QString::number(level.toInt()));
    QString state;
    if (!m_test->isComplete())
        state = tr("waiting for acknowledgements");
    else if (m_test->hasPassed())
        state = tr("PASSED: every level acknowledged in time");
    else
        state = tr("FAILED: dead links at level(s) %1").arg(dead.join(QStringLiteral(", ")));
    m_ui->testStatusLabel->setText(tr("Escalation test %1 (roster version %2): %3 of %4 levels "
                                      "acknowledged; %5.")
                                       .arg(m_test->testId())
                                       .arg(report.value(QStringLiteral("roster_version")).toInt())
                                       .arg(acknowledged)
                                       .arg(levels.size())
                                       .arg(state));
    emit escalationTestUpdated();
}

} // namespace icc
