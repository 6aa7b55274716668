#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>

namespace icc {

// Hash for the short strings of text analysis (words, stems, feature keys)
// in std::unordered_map / unordered_set. Qt 6.4's qHash(QString) runs SipHash
// on this platform, which dominated the matcher's profile; FNV-1a over the
// UTF-16 units with a final mix is several times cheaper for 3-20 characters.
// Transparent, so a QStringView can be looked up without building a QString.
// Not for untrusted keys an attacker could choose to collide.
struct FastStringHash
{
    using is_transparent = void;

    std::size_t operator()(QStringView text) const noexcept
    {
        std::uint64_t hash = 1469598103934665603ULL;
        for (QChar c : text) {
            hash ^= c.unicode();
            hash *= 1099511628211ULL;
        }
        hash ^= hash >> 32;
        return std::size_t(hash);
    }
    std::size_t operator()(const QString &text) const noexcept
    {
        return (*this)(QStringView(text));
    }
};

struct FastStringEqual
{
    using is_transparent = void;

    bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
};

} // namespace icc
