#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MetricsView;
}

namespace icc {

struct AppContext;

// Metrics (placeholder until the view lands).
class MetricsView final : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsView(AppContext &context, QWidget *parent = nullptr);
    ~MetricsView() override;

private:
    AppContext &m_context;
    std::unique_ptr<Ui::MetricsView> m_ui;
};

} // namespace icc
