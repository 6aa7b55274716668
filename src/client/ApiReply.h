#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace icc {

// One answer from icc-server, or the reason there was none. The server's
// errors are JSON {"error", "detail", "field"?}; network and TLS failures
// are reported the same way with status 0 so views handle one shape.
struct ApiReply
{
    int status = 0;  // HTTP status; 0 when no HTTP answer arrived
    QJsonValue json; // the parsed body (object or array), null if none
    QString error;   // server error code, or "network", "certificate_untrusted",
                     // "certificate_changed", "offline", "timeout"
    QString detail;  // words for a human
    QString field;   // the JSON field the server named, if any
    int retryAfterSeconds = 0;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject object() const { return json.toObject(); }
    // "detail (field: x)", or the error code when there is no detail.
    QString message() const;
    // A 409 "context_changed" on a decision: the reviewer must reload.
    bool isContextChanged() const { return error == QLatin1String("context_changed"); }
};

} // namespace icc
