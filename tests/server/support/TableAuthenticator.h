#pragma once

#include "Caller.h"
#include "PermissionChecker.h"
#include "RequestAuthenticator.h"
#include "Role.h"

#include <QHash>
#include <QSet>

namespace icc::test {

// Bearer tokens and role permissions from two small tables, for tests of the
// HTTP framework (the real ones are the auth layer and AccessPolicy).
class TableAuthenticator final : public RequestAuthenticator, public PermissionChecker
{
public:
    void addUser(const QByteArray &token, const QString &name, Role role)
    {
        Caller caller;
        caller.kind = Caller::Kind::User;
        caller.id = ++m_lastId;
        caller.name = name;
        caller.role = role;
        m_callers.insert(token, caller);
    }
    // The token no longer authenticates (logout, expiry, disabled user).
    void removeUser(const QByteArray &token) { m_callers.remove(token); }
    void grant(Role role, Permission permission) { m_grants[role].insert(permission); }

    std::optional<Caller> authenticate(const QByteArray &authorizationHeader,
                                       const QHostAddress &) override
    {
        ++authenticateCalls;
        if (authorizationHeader.isEmpty())
            return Caller{};
        if (!authorizationHeader.startsWith("Bearer "))
            return std::nullopt;
        const auto it = m_callers.constFind(authorizationHeader.mid(7).trimmed());
        if (it == m_callers.constEnd())
            return std::nullopt;
        return *it;
    }

    bool allows(const Caller &caller, Permission permission) const override
    {
        return caller.role && m_grants.value(*caller.role).contains(permission);
    }

    int authenticateCalls = 0;

private:
    QHash<QByteArray, Caller> m_callers;
    QHash<Role, QSet<Permission>> m_grants;
    qint64 m_lastId = 0;
};

} // namespace icc::test
