#include "RosterEditor.h"

#include "AppContext.h"
#include "ui_RosterEditor.h"

namespace icc {

RosterEditor::RosterEditor(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::RosterEditor>())
{
    m_ui->setupUi(this);
}

RosterEditor::~RosterEditor() = default;

} // namespace icc
