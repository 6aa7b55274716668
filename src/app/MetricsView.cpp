#include "MetricsView.h"

#include "AppContext.h"
#include "ui_MetricsView.h"

namespace icc {

MetricsView::MetricsView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MetricsView>())
{
    m_ui->setupUi(this);
}

MetricsView::~MetricsView() = default;

} // namespace icc
