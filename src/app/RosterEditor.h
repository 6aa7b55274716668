#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RosterEditor;
}

namespace icc {

struct AppContext;

// Roster (placeholder until the view lands).
class RosterEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RosterEditor(AppContext &context, QWidget *parent = nullptr);
    ~RosterEditor() override;

private:
    AppContext &m_context;
    std::unique_ptr<Ui::RosterEditor> m_ui;
};

} // namespace icc
