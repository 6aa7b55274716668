#include "ApiRoutes.h"

#include "HealthRoutes.h"

namespace icc {

void registerApiRoutes(HttpApi &api, ServerContext &context)
{
    HealthRoutes::registerOn(api, context);
}

} // namespace icc
