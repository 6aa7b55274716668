#include "MainWindow.h"

#include "AppContext.h"
#include "CommanderControlsView.h"
#include "DashboardView.h"
#include "MatcherView.h"
#include "MetricsView.h"
#include "PostMortemView.h"
#include "ReviewPanel.h"
#include "RosterEditor.h"
#include "ui_MainWindow.h"

#include <QKeySequence>
#include <QShortcut>

namespace icc {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    addView(new DashboardView(context), tr("&Alerts"));
    addView(new ReviewPanel(context), tr("&Reviews"));
    addView(new MatcherView(context), tr("Run&books"));
    addView(new RosterEditor(context), tr("R&oster"));
    addView(new CommanderControlsView(context), tr("&Controls"));
    addView(new PostMortemView(context), tr("&Post-mortem"));
    addView(new MetricsView(context), tr("&Metrics"));
}

MainWindow::~MainWindow() = default;

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

} // namespace icc
