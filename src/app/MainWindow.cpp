#include "MainWindow.h"

#include "AppContext.h"
#include "CommanderControlsView.h"
#include "ConnectionState.h"
#include "DashboardView.h"
#include "MatcherView.h"
#include "MetricsView.h"
#include "OfflineBanner.h"
#include "PostMortemView.h"
#include "ReviewPanel.h"
#include "RosterEditor.h"
#include "ServerConnection.h"
#include "Session.h"
#include "ui_MainWindow.h"

#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>

namespace icc {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    // The banner sits in the form (promoted widget); it needs the context.
    m_ui->offlineBanner->setContext(context);
    addView(new DashboardView(context), tr("&Alerts"));
    addView(new ReviewPanel(context), tr("&Reviews"));
    addView(new MatcherView(context), tr("Run&books"));
    addView(new RosterEditor(context), tr("R&oster"));
    addView(new CommanderControlsView(context), tr("&Controls"));
    addView(new PostMortemView(context), tr("&Post-mortem"));
    addView(new MetricsView(context), tr("&Metrics"));

    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_sessionLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_ui->actionLogout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(&m_context.session, &Session::loggedIn, this, &MainWindow::updateSessionDisplay);
    connect(&m_context.session, &Session::loggedOut, this, &MainWindow::updateSessionDisplay);
    connect(&m_context.session, &Session::expired, this, &MainWindow::updateSessionDisplay);
    connect(&m_context.connectionState, &ConnectionState::changed, this,
            &MainWindow::updateSessionDisplay);
    updateSessionDisplay();
}

MainWindow::~MainWindow() = default;

OfflineBanner *MainWindow::offlineBanner() const
{
    return m_ui->offlineBanner;
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    const int index = m_ui->views->addTab(view, title);
    // Ctrl+1 ... Ctrl+7 jump straight to a view: the keyboard path.
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, index] { m_ui->views->setCurrentIndex(index); });
    }
}

void MainWindow::updateSessionDisplay()
{
    const Session &session = m_context.session;
    const QString server = m_context.connection.hostAndPort();
    m_ui->actionLogout->setEnabled(session.isLoggedIn());
    if (!session.isLoggedIn()) {
        setWindowTitle(tr("icc — incident command center"));
        m_sessionLabel->setText(tr("Not logged in"));
        m_connectionLabel->setText(QString());
        return;
    }
    setWindowTitle(tr("icc — %1@%2").arg(session.userName(), server));
    m_sessionLabel->setText(tr("%1@%2 · role: %3").arg(session.userName(), server, session.role()));
    // In words, not only colour.
    m_connectionLabel->setText(m_context.connectionState.isOnline() ? tr("● Live")
                                                                    : tr("○ OFFLINE"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About icc"),
                       tr("<b>icc %1</b><br>Incident command center: human-in-the-loop incident "
                          "response.")
                           .arg(QStringLiteral(ICC_VERSION)));
}

} // namespace icc
