#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace icc {

// Argon2id cost parameters (libsodium's opslimit / memlimit).
struct PasswordHashCost
{
    unsigned long long opsLimit = 0; // passes over memory
    std::size_t memLimitBytes = 0;   // memory per hash

    // The server default: libsodium's INTERACTIVE (2 passes, 64 MiB). It is
    // above OWASP's Argon2id minimum (19 MiB, 2 passes) and costs tens of
    // milliseconds, so a login stays responsive on a small shared server and a
    // burst of logins cannot exhaust its memory. MODERATE (256 MiB, ~0.7 s per
    // hash) would make every login block the server and a handful of parallel
    // attempts claim a gigabyte; the login throttle limits guessing instead.
    static PasswordHashCost interactive();
    static PasswordHashCost moderate();
    // The smallest libsodium accepts. Only for tests, to keep them fast.
    static PasswordHashCost minimum();
};

// Hashes and verifies user passwords with Argon2id through libsodium. The
// encoded string ("$argon2id$v=19$m=...,t=...,p=1$salt$hash") carries its own
// salt and cost, so it is all the store keeps. Never logs a password.
class PasswordHasher final
{
public:
    explicit PasswordHasher(PasswordHashCost cost = PasswordHashCost::interactive());

    // The encoded Argon2id hash with a fresh random salt; nullopt when
    // libsodium failed (not initialised, or out of memory).
    std::optional<QString> hash(const QString &password) const;

    // Whether the password matches the encoded hash. The comparison is
    // libsodium's (constant time); a malformed or non-Argon2id hash is false.
    bool verify(const QString &encodedHash, const QString &password) const;

    // True when the hash was made with other parameters than this hasher's
    // (or is not an Argon2id hash at all): re-hash at the next good login.
    bool needsRehash(const QString &encodedHash) const;

    PasswordHashCost cost() const { return m_cost; }

private:
    PasswordHashCost m_cost;
};

} // namespace icc
