#include "ApiRoutes.h"

#include "AuditRoutes.h"
#include "ConfigRoutes.h"
#include "ControlRoutes.h"
#include "HealthRoutes.h"
#include "OversightRoutes.h"
#include "ReviewRoutes.h"

namespace icc {

void registerApiRoutes(HttpApi &api, ServerContext &context)
{
    HealthRoutes::registerOn(api, context);
    ReviewRoutes::registerOn(api, context);
    ControlRoutes::registerOn(api, context);
    ConfigRoutes::registerOn(api, context);
    AuditRoutes::registerOn(api, context);
    OversightRoutes::registerOn(api, context);
}

} // namespace icc
