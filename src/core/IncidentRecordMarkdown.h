#pragma once

#include "IncidentRecord.h"

#include <QString>

namespace icc {

// Renders an incident record as a blameless post-mortem in Markdown (GitHub
// flavoured tables): summary, timeline, the three layers of every
// reconstructed action with what each could have caught, the primary and
// secondary failures, contributing factors and the owned, dated action items.
// Times are UTC. The desktop's HTML / PDF export starts from this text.
class IncidentRecordMarkdown final
{
public:
    static QString render(const IncidentRecord &record);
};

} // namespace icc
