#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace icc {

// A table of an enum's canonical spellings, so every enum that travels through
// YAML, JSON or the audit log is named and parsed the same way.
template<typename Enum, std::size_t N>
using EnumNameTable = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N>
QString enumName(const EnumNameTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// Exact, case-sensitive: "Low" is not "low", so a typo is reported, not guessed.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const EnumNameTable<Enum, N> &table, QStringView text)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace icc
