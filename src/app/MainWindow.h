#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace icc {

struct AppContext;
class OfflineBanner;

// The frame: one tab per view, the offline banner above them, the session in
// the status bar, the menus. Views do their own work; the menu's connect,
// log-out and settings actions are signals for whoever runs the session
// (ShellController): this class only arranges.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    OfflineBanner *offlineBanner() const;

signals:
    void connectRequested();
    void logoutRequested();
    void settingsRequested();

private:
    void addView(QWidget *view, const QString &title);
    void updateSessionDisplay();
    void showAbout();

    AppContext &m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_sessionLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace icc
