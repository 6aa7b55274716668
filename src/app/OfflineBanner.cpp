#include "OfflineBanner.h"

#include "AppContext.h"
#include "ConnectionState.h"
#include "ServerConnection.h"
#include "ui_OfflineBanner.h"

namespace icc {

OfflineBanner::OfflineBanner(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::OfflineBanner>())
{
    m_ui->setupUi(this);
    // A plain QWidget paints its style-sheet background only when asked to.
    setAttribute(Qt::WA_StyledBackground);
    connect(&m_context.connectionState, &ConnectionState::changed, this, &OfflineBanner::update);
    update();
}

OfflineBanner::~OfflineBanner() = default;

QString OfflineBanner::text() const
{
    return m_ui->message->text();
}

void OfflineBanner::update()
{
    const ConnectionState &state = m_context.connectionState;
    if (!state.isDisconnected()) {
        hide();
        return;
    }
    m_ui->message->setText(
        tr("Disconnected from %1 since %2 — reconnecting…; decisions are disabled")
            .arg(m_context.connection.hostAndPort(),
                 state.offlineSince().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    show();
}

} // namespace icc
