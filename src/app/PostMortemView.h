#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PostMortemView;
}

namespace icc {

struct AppContext;

// Post-mortem (placeholder until the view lands).
class PostMortemView final : public QWidget
{
    Q_OBJECT

public:
    explicit PostMortemView(AppContext &context, QWidget *parent = nullptr);
    ~PostMortemView() override;

private:
    AppContext &m_context;
    std::unique_ptr<Ui::PostMortemView> m_ui;
};

} // namespace icc
