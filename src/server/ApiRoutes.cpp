#include "ApiRoutes.h"

#include "ActionHistoryRoutes.h"
#include "AlertRoutes.h"
#include "AuditRoutes.h"
#include "AuthRoutes.h"
#include "ConfigRoutes.h"
#include "ControlRoutes.h"
#include "HealthRoutes.h"
#include "IncidentRoutes.h"
#include "IngestKeyRoutes.h"
#include "MetricsRoutes.h"
#include "OversightRoutes.h"
#include "PostmortemRoutes.h"
#include "ProposalRoutes.h"
#include "ReviewRoutes.h"
#include "RunbookMatchRoutes.h"
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
    ReviewRoutes::registerOn(api, context);
    ControlRoutes::registerOn(api, context);
    ConfigRoutes::registerOn(api, context);
    RunbookMatchRoutes::registerOn(api, context);
    ActionHistoryRoutes::registerOn(api, context);
    AuditRoutes::registerOn(api, context);
    PostmortemRoutes::registerOn(api, context);
    MetricsRoutes::registerOn(api, context);
    OversightRoutes::registerOn(api, context);
}

} // namespace icc
