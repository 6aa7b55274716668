#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CommanderControlsView;
}

namespace icc {

struct AppContext;

// Controls (placeholder until the view lands).
class CommanderControlsView final : public QWidget
{
    Q_OBJECT

public:
    explicit CommanderControlsView(AppContext &context, QWidget *parent = nullptr);
    ~CommanderControlsView() override;

private:
    AppContext &m_context;
    std::unique_ptr<Ui::CommanderControlsView> m_ui;
};

} // namespace icc
