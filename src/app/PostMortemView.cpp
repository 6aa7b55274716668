#include "PostMortemView.h"

#include "AppContext.h"
#include "ui_PostMortemView.h"

namespace icc {

PostMortemView::PostMortemView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::PostMortemView>())
{
    m_ui->setupUi(this);
}

PostMortemView::~PostMortemView() = default;

} // namespace icc
