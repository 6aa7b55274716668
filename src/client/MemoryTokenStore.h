#pragma once

#include "TokenStore.h"

#include <QHash>

namespace icc {

// Keeps tokens for this process only: the fallback when no keychain answers
// (the user logs in again next time) and the store of tests.
class MemoryTokenStore final : public TokenStore
{
public:
    void read(const QString &account, ReadHandler done) override;
    void write(const QString &account, const QString &token, DoneHandler done) override;
    void remove(const QString &account, DoneHandler done) override;
    QString description() const override;

private:
    QHash<QString, QString> m_tokens;
};

} // namespace icc
