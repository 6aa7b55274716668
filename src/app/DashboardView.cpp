#include "DashboardView.h"

#include "AppContext.h"
#include "ui_DashboardView.h"

namespace icc {

DashboardView::DashboardView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::DashboardView>())
{
    m_ui->setupUi(this);
}

DashboardView::~DashboardView() = default;

} // namespace icc
