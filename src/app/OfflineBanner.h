#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OfflineBanner;
}

namespace icc {

struct AppContext;

// The red strip at the top of the main window while the shown state is not
// fresh: "Disconnected from <server> since 03:12:09 — reconnecting…;
// decisions are disabled", or the server's reason when it refuses the
// stream. Hidden as soon as the live stream is back. Its form styles it by
// class (icc--OfflineBanner), not by object name: MainWindow.ui names the
// promoted instance.
class OfflineBanner final : public QWidget
{
    Q_OBJECT

public:
    // The form's constructor (MainWindow.ui promotes a placeholder to this
    // class): hidden and inert until setContext().
    explicit OfflineBanner(QWidget *parent = nullptr);
    OfflineBanner(AppContext &context, QWidget *parent = nullptr);
    ~OfflineBanner() override;

    // Follows context's connection state from now on (once).
    void setContext(AppContext &context);

    QString text() const;

private:
    // Not update(): that would hide QWidget::update() (repaint scheduling).
    void refresh();

    AppContext *m_context = nullptr;
    std::unique_ptr<Ui::OfflineBanner> m_ui;
};

} // namespace icc
