#include "CommanderControlsView.h"

#include "AppContext.h"
#include "ui_CommanderControlsView.h"

namespace icc {

CommanderControlsView::CommanderControlsView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CommanderControlsView>())
{
    m_ui->setupUi(this);
}

CommanderControlsView::~CommanderControlsView() = default;

} // namespace icc
