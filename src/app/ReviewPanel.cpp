#include "ReviewPanel.h"

#include "AppContext.h"
#include "ui_ReviewPanel.h"

namespace icc {

ReviewPanel::ReviewPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ReviewPanel>())
{
    m_ui->setupUi(this);
}

ReviewPanel::~ReviewPanel() = default;

} // namespace icc
