#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerResponder;

namespace icc {

// The answer to a request that a handler handed on (RequestContext::defer()),
// e.g. to the storage layer, which sends 2xx only once its transaction has
// committed. Move-only; use it on the server's thread.
//
// Qt 6.4's QHttpServerResponder keeps a raw QTcpSocket pointer (and a
// reference to the connection's request object), both deleted when the client
// disconnects. So this class watches the socket with a QPointer and never
// touches the responder once the connection is gone.
//
// Destroying an unanswered DeferredReply answers 500, so no client waits
// forever on a lost reply.
class DeferredReply final
{
public:
    explicit DeferredReply(std::unique_ptr<QHttpServerResponder> responder);
    DeferredReply(DeferredReply &&other) noexcept;
    DeferredReply &operator=(DeferredReply &&other) noexcept;
    ~DeferredReply();
    Q_DISABLE_COPY(DeferredReply)

    // Sends the answer. False when it was already answered or the client has
    // disconnected (the answer is then dropped).
    bool send(const ApiResponse &response);
    bool send(const ApiError &error);

    bool isPending() const { return m_responder != nullptr; }
    bool isClientConnected() const;

private:
    void release();

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace icc
