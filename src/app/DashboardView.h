#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class DashboardView;
}

namespace icc {

struct AppContext;

// Live alerts (placeholder until the view lands).
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(AppContext &context, QWidget *parent = nullptr);
    ~DashboardView() override;

private:
    AppContext &m_context;
    std::unique_ptr<Ui::DashboardView> m_ui;
};

} // namespace icc
