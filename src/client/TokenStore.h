#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace icc {

// Where the login token is kept between runs: the OS keychain in the
// product, never a settings file. Asynchronous because keychains are.
class TokenStore
{
public:
    using ReadHandler = std::function<void(std::optional<QString> token, QString error)>;
    using DoneHandler = std::function<void(bool ok, QString error)>;

    virtual ~TokenStore() = default;
    // account is "user@host:port".
    virtual void read(const QString &account, ReadHandler done) = 0;
    virtual void write(const QString &account, const QString &token, DoneHandler done) = 0;
    virtual void remove(const QString &account, DoneHandler done) = 0;
    // Shown to the user ("GNOME Keyring", "memory only: no keychain").
    virtual QString description() const = 0;
};

} // namespace icc
