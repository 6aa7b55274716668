#include "MemoryTokenStore.h"

#include <QCoreApplication>

namespace icc {

void MemoryTokenStore::read(const QString &account, ReadHandler done)
{
    const auto found = m_tokens.constFind(account);
    done(found == m_tokens.constEnd() ? std::nullopt : std::optional<QString>(*found), {});
}

void MemoryTokenStore::write(const QString &account, const QString &token, DoneHandler done)
{
    m_tokens.insert(account, token);
    done(true, {});
}

void MemoryTokenStore::remove(const QString &account, DoneHandler done)
{
    m_tokens.remove(account);
    done(true, {});
}

QString MemoryTokenStore::description() const
{
    return QCoreApplication::translate("icc::MemoryTokenStore",
                                       "memory only (no keychain: log in again next time)");
}

} // namespace icc
