#include "OfflineBanner.h"

#include "AppContext.h"
#include "ConnectionState.h"
#include "ServerConnection.h"
#include "ui_OfflineBanner.h"

namespace icc {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OfflineBanner>())
{
    m_ui->setupUi(this);
    // A plain QWidget paints its style-sheet background only when asked to.
    setAttribute(Qt::WA_StyledBackground);
    hide();
}

OfflineBanner::OfflineBanner(AppContext &context, QWidget *parent)
    : OfflineBanner(parent)
{
    setContext(context);
}

void OfflineBanner::setContext(AppContext &context)
{
    Q_ASSERT(!m_context);
    m_context = &context;
    connect(&context.connectionState, &ConnectionState::changed, this, &OfflineBanner::refresh);
    refresh();
}

OfflineBanner::~OfflineBanner() = default;

QString OfflineBanner::text() const
{
    return m_ui->message->text();
}

void OfflineBanner::refresh()
{
    if (!m_context) {
        hide();
        return;
    }
    const ConnectionState &state = m_context->connectionState;
    if (!state.isDisconnected()) {
        hide();
        return;
    }
    const QString server = m_context->connection.hostAndPort();
    const QString since = state.offlineSince().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    // Retrying would not help the user understand a refusal: say the
    // server's reason (it does not change by itself).
    m_ui->message->setText(
        state.refusal().isEmpty()
            ? tr("Disconnected from %1 since %2 — reconnecting…; decisions are disabled")
                  .arg(server, since)
            : tr("%1 refused the live updates since %2: %3 — retrying; decisions are disabled")
                  .arg(server, since, state.refusal()));
    show();
}

} // namespace icc
