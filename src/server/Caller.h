#pragma once

#include "Role.h"

#include <QString>

#include <optional>

namespace icc {

// Who sent a request, once its bearer credential was checked.
struct Caller
{
    enum class Kind
    {
        Anonymous, // no credential (only Permission::Public routes)
        User,      // a login session token
        IngestKey  // an alert source's key
    };

    Kind kind = Kind::Anonymous;
    qint64 id = 0;            // user id or ingest key id
    QString name;             // user name or ingest key name; recorded as the actor
    std::optional<Role> role; // users only
    QString tokenHash;        // the session's token hash (logout deletes it)

    bool isUser() const { return kind == Kind::User; }
    bool isIngestKey() const { return kind == Kind::IngestKey; }
};

} // namespace icc
