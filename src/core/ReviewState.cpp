#include "ReviewState.h"

#include "EnumNames.h"

namespace icc {

namespace {

constexpr EnumNameTable<ReviewState, 8> kStateNames{{
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
    return enumName(kStateNames, state);
}

std::optional<ReviewState> reviewStateFromString(QStringView text)
{
    return enumFromName(kStateNames, text);
}

} // namespace icc
