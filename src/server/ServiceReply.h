#pragma once

#include "Reply.h"
#include "ServiceResult.h"

namespace icc {

// The one mapping from a service outcome to an HTTP answer: the body on
// success (with successStatus, e.g. 201 for a creation), otherwise the
// ApiError of the same status with the service's message, field and, where
// the gate refused, its code (e.g. "stale_context").
Reply serviceReply(const ServiceResult &result, int successStatus = 200);

} // namespace icc
