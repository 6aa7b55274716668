#pragma once

#include "TokenStore.h"

namespace icc {

// The token in the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows), service name "icc".
class KeychainTokenStore final : public TokenStore
{
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("icc"));

    void read(const QString &account, ReadHandler done) override;
    void write(const QString &account, const QString &token, DoneHandler done) override;
    void remove(const QString &account, DoneHandler done) override;
    QString description() const override;

private:
    QString m_service;
};

} // namespace icc
