#include "MatcherView.h"

#include "AppContext.h"
#include "ui_MatcherView.h"

namespace icc {

MatcherView::MatcherView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MatcherView>())
{
    m_ui->setupUi(this);
}

MatcherView::~MatcherView() = default;

} // namespace icc
