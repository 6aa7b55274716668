#pragma once

#include "Alert.h"

#include <QString>

namespace icc::test {

// An Alertmanager-style alert for the checkout shop (namespace "shop",
// deployment "checkout-api"), fingerprinted and with its derived id, as the
// parser would hand it to the pipeline.
Alert makeAlert(const QString &alertname, const QString &service, const QString &summary,
                const QString &severity = QStringLiteral("error"),
                const QString &instance = QStringLiteral("1"));

// HighCPU on checkout at 97 %: matches rb-cpu-high and needs review.
Alert cpuAlert(const QString &instance = QStringLiteral("1"));

// The PostgreSQL primary unreachable: a critical, irreversible-action incident.
Alert dbAlert();

} // namespace icc::test
