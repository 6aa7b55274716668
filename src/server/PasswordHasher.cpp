#include "PasswordHasher.h"

#include "SodiumInit.h"

#include <QByteArray>

#include <sodium.h>

#include <algorithm>
#include <array>

namespace icc {

namespace {

// The password as UTF-8 bytes, wiped when it goes out of scope so the
// plaintext does not linger in freed heap memory.
class WipedUtf8 final
{
public:
    explicit WipedUtf8(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~WipedUtf8()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    }
    Q_DISABLE_COPY_MOVE(WipedUtf8)

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

// libsodium wants a NUL-terminated encoded hash shorter than crypto_pwhash_STRBYTES.
std::optional<std::array<char, crypto_pwhash_STRBYTES>> encodedHashBuffer(const QString &encoded)
{
    const QByteArray ascii = encoded.toLatin1();
    if (ascii.isEmpty() || ascii.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES))
        return std::nullopt;
    std::array<char, crypto_pwhash_STRBYTES> buffer{};
    std::copy(ascii.cbegin(), ascii.cend(), buffer.begin());
    return buffer;
}

} // namespace

PasswordHashCost PasswordHashCost::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

PasswordHashCost PasswordHashCost::moderate()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

PasswordHashCost PasswordHashCost::minimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordHashCost cost)
    : m_cost(cost)
{}

std::optional<QString> PasswordHasher::hash(const QString &password) const
{
    if (!ensureSodiumInitialized())
        return std::nullopt;
    const WipedUtf8 bytes(password);
    std::array<char, crypto_pwhash_STRBYTES> encoded{};
    if (crypto_pwhash_str_alg(encoded.data(), bytes.data(), bytes.size(), m_cost.opsLimit,
                              m_cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    return QString::fromLatin1(encoded.data());
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    if (!ensureSodiumInitialized())
        return false;
    // crypto_pwhash_str_verify also accepts Argon2i hashes; this server only
    // ever wrote Argon2id, so anything else is refused rather than trusted.
    if (!encodedHash.startsWith(QStringLiteral("$argon2id$")))
        return false;
    const auto encoded = encodedHashBuffer(encodedHash);
    if (!encoded)
        return false;
    const WipedUtf8 bytes(password);
    return crypto_pwhash_str_verify(encoded->data(), bytes.data(), bytes.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &encodedHash) const
{
    if (!ensureSodiumInitialized())
        return true;
    if (!encodedHash.startsWith(QStringLiteral("$argon2id$")))
        return true;
    const auto encoded = encodedHashBuffer(encodedHash);
    if (!encoded)
        return true;
    // 0: same algorithm and parameters; 1: other parameters; -1: not a valid hash.
    return crypto_pwhash_str_needs_rehash(encoded->data(), m_cost.opsLimit, m_cost.memLimitBytes) !=
           0;
}

} // namespace icc
