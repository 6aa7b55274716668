#pragma once

#include "GateError.h"

#include <QJsonObject>
#include <QString>

namespace icc {

// Why a service operation did not happen, in the terms of the HTTP layer.
enum class ServiceError
{
    None,
    BadRequest,    // 400: the request itself is malformed
    Forbidden,     // 403: this caller may not do this (e.g. reviewing one's own proposal)
    NotFound,      // 404: no such review, incident, page, class approval
    Conflict,      // 409: the state does not allow it now (stale context, dwell, held, halted)
    Unprocessable, // 422: well-formed but invalid (friction missing, bad YAML, bad parameter)
    Internal       // 500: the store failed; the caller rolls back and calls restore()
};

// The small answer every IncidentService operation returns; nothing throws.
// `body` carries the operation's data on success (and sometimes on a refusal,
// e.g. the gate's state), `field` names the input field a refusal is about.
struct ServiceResult
{
    ServiceError error = ServiceError::None;
    QString message;
    QString field;
    QJsonObject body;

    bool ok() const { return error == ServiceError::None; }
    int httpStatus() const;
    // {"error": snake_case kind, "detail": message, "field"?}
    QJsonObject errorJson() const;

    static ServiceResult success(QJsonObject body = {});
    static ServiceResult failure(ServiceError error, QString message, QString field = {});
    // Maps a gate refusal onto an HTTP-shaped error, naming the decision field
    // the reviewer has to fix where there is one.
    static ServiceResult fromGate(GateError error, const QString &message);
};

QString toString(ServiceError error);

} // namespace icc
