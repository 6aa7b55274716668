#include "DeferredReply.h"

#include <QHttpServerResponder>

namespace icc {

DeferredReply::DeferredReply(std::unique_ptr<QHttpServerResponder> responder)
    : m_responder(std::move(responder))
    , m_socket(m_responder ? m_responder->socket() : nullptr)
{}

DeferredReply::DeferredReply(DeferredReply &&other) noexcept
    : m_responder(std::move(other.m_responder))
    , m_socket(std::move(other.m_socket))
{}

DeferredReply &DeferredReply::operator=(DeferredReply &&other) noexcept
{
    if (this != &other) {
        if (isPending())
            send(ApiError::internal(QStringLiteral("the request's answer was replaced")));
        m_responder = std::move(other.m_responder);
        m_socket = std::move(other.m_socket);
    }
    return *this;
}

DeferredReply::~DeferredReply()
{
    if (isPending())
        send(ApiError::internal(QStringLiteral("the server dropped this request unanswered")));
}

bool DeferredReply::isClientConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool DeferredReply::send(const ApiResponse &response)
{
    if (!m_responder)
        return false;
    if (!isClientConnected()) {
        release();
        return false;
    }
    response.writeTo(std::move(*m_responder));
    m_responder.reset();
    return true;
}

bool DeferredReply::send(const ApiError &error)
{
    return send(error.toResponse());
}

void DeferredReply::release()
{
    // The socket (and the request the responder refers to) may be gone: the
    // 6.4 responder's destructor touches neither, so dropping it is safe.
    m_responder.reset();
}

} // namespace icc
