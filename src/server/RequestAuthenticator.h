#pragma once

#include "Caller.h"

#include <QByteArray>
#include <QHostAddress>

#include <optional>

namespace icc {

// Turns the Authorization header of a request (HTTP or WebSocket upgrade)
// into a Caller. Implemented by the auth layer (sessions and ingest keys).
class RequestAuthenticator
{
public:
    virtual ~RequestAuthenticator() = default;

    // authorizationHeader is the raw header value ("Bearer <token>"), empty
    // when the request had none. Contract:
    // - empty header            -> a Caller of Kind::Anonymous
    // - a valid credential      -> the User or IngestKey caller
    // - anything else (malformed, unknown, expired, revoked) -> std::nullopt (401)
    // The peer is for rate limiting and audit; it never grants anything.
    virtual std::optional<Caller> authenticate(const QByteArray &authorizationHeader,
                                               const QHostAddress &peer) = 0;
};

} // namespace icc
