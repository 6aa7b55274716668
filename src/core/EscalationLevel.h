#pragma once

#include <QString>

namespace icc {

// One level of the escalation chain: who is paged (a rotation of the roster)
// and how long they have before the page moves to the next level.
struct EscalationLevel
{
    int level = 1;            // 1-based position in the chain
    QString rotation;         // rotation id: primary, secondary, manager, executive, ...
    int timeoutSeconds = 600; // PRODUCT.md default: 10 minutes
};

} // namespace icc
