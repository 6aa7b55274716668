#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace icc {

struct AppContext;

// The frame: one tab per view, the offline banner above them, the session in
// the status bar. Views do their own work; this class only arranges them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void addView(QWidget *view, const QString &title);

    AppContext &m_context;
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace icc
