#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ReviewPanel;
}

namespace icc {

struct AppContext;

// Reviews (placeholder until the view lands).
class ReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(AppContext &context, QWidget *parent = nullptr);
    ~ReviewPanel() override;

private:
    AppContext &m_context;
    std::unique_ptr<Ui::ReviewPanel> m_ui;
};

} // namespace icc
