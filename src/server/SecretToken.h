#pragma once

#include <QString>

#include <optional>

namespace icc {

// Bearer secrets: login session tokens and alert-source ingest keys.
// 32 random bytes from libsodium, base64url without padding, behind a
// readable prefix ("icc_s_..." / "icc_k_...") so a leaked secret is
// recognisable in logs and by secret scanners. The server stores only
// sha256Hex(token); the token itself is shown once.
class SecretToken final
{
public:
    enum class Kind
    {
        Session,  // icc_s_
        IngestKey // icc_k_
    };

    static constexpr int kRandomBytes = 32;
    static constexpr int kEncodedLength = 43; // base64url of 32 bytes, no padding
    static constexpr int kPrefixLength = 6;

    SecretToken() = delete;

    static QString prefix(Kind kind);

    // A fresh token; nullopt only if libsodium could not be initialised.
    static std::optional<QString> generate(Kind kind);

    // Whether text has the shape of a token of this kind (prefix, length,
    // alphabet). A cheap filter before any lookup; says nothing about validity.
    static bool isWellFormed(const QString &text, Kind kind);

    // Lower-case hex SHA-256 of the token's UTF-8 bytes: what the store keeps.
    static QString sha256Hex(const QString &token);

    // Compares two secrets (or their hashes) in time independent of where
    // they differ. Lengths are not secret (every token has the same length).
    static bool constantTimeEquals(const QString &left, const QString &right);
};

} // namespace icc
