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
// decisions are disabled". Hidden as soon as the live stream is back.
class OfflineBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit OfflineBanner(AppContext &context, QWidget *parent = nullptr);
    ~OfflineBanner() override;

    QString text() const;

private:
    void update();

    AppContext &m_context;
    std::unique_ptr<Ui::OfflineBanner> m_ui;
};

} // namespace icc
