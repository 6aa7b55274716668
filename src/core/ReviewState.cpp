#include "ReviewState.h"

#include <array>
#include <utility>

namespace icc {

namespace {

constexpr std::array<std::pair<ReviewState, const char *>, 8> kStateNames{{
    {ReviewState::Pending, "pending"},
    {ReviewState::Held, "held"},
    {ReviewState::Approved, "approved"},
    {ReviewState::Rejected, "rejected"},
    {ReviewState::Modified, "modified"},
    {ReviewState::Aborted, "aborted"},
    {ReviewState::Cancelled, "cancelled"},
    {ReviewState::Executed, "executed"},
}};

} // namespace

QString toString(ReviewState state)
{
    for (const auto &[candidate, name] : kStateNames) {
        if (candidate == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ReviewState> reviewStateFromString(QStringView text)
{
    for (const auto &[state, name] : kStateNames) {
        if (text == QLatin1String(name))
            return state;
    }
    return std::nullopt;
}

} // namespace icc
