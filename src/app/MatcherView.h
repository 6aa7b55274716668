#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MatcherView;
}

namespace icc {

struct AppContext;

// Runbook matcher (placeholder until the view lands).
class MatcherView final : public QWidget
{
    Q_OBJECT

public:
    explicit MatcherView(AppContext &context, QWidget *parent = nullptr);
    ~MatcherView() override;

private:
    AppContext &m_context;
    std::unique_ptr<Ui::MatcherView> m_ui;
};

} // namespace icc
