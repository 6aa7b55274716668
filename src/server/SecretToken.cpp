#include "SecretToken.h"

#include "SodiumInit.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

#include <array>

namespace icc {

QString SecretToken::prefix(Kind kind)
{
    switch (kind) {
    case Kind::Session:
        return QStringLiteral("icc_s_");
    case Kind::IngestKey:
        return QStringLiteral("icc_k_");
    }
    return {};
}

std::optional<QString> SecretToken::generate(Kind kind)
{
    if (!ensureSodiumInitialized())
        return std::nullopt;
    std::array<unsigned char, kRandomBytes> random{};
    randombytes_buf(random.data(), random.size());
    const QByteArray raw(reinterpret_cast<const char *>(random.data()), kRandomBytes);
    const QString encoded = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(random.data(), random.size());
    return prefix(kind) + encoded;
}

bool SecretToken::isWellFormed(const QString &text, Kind kind)
{
    if (text.size() != kPrefixLength + kEncodedLength || !text.startsWith(prefix(kind)))
        return false;
    for (qsizetype i = kPrefixLength; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool inAlphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                                (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!inAlphabet)
            return false;
    }
    return true;
}

QString SecretToken::sha256Hex(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool SecretToken::constantTimeEquals(const QString &left, const QString &right)
{
    const QByteArray a = left.toUtf8();
    const QByteArray b = right.toUtf8();
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace icc
