#include "ApiRoutes.h"

#include "AlertRoutes.h"
#include "AuthRoutes.h"
#include "HealthRoutes.h"
#include "IncidentRoutes.h"
#include "IngestKeyRoutes.h"
#include "MetricsRoutes.h"
#include "ProposalRoutes.h"
#include "UserRoutes.h"

namespace icc {

void registerApiRoutes(HttpApi &api, ServerContext &context)
{
    HealthRoutes::registerOn(api, context);
    AuthRoutes::registerOn(api, context);
    UserRoutes::registerOn(api, context);
    IngestKeyRoutes::registerOn(api, context);
    AlertRoutes::registerOn(api, context);
    IncidentRoutes::registerOn(api, context);
    ProposalRoutes::registerOn(api, context);
    MetricsRoutes::registerOn(api, context);
}

} // namespace icc
