#pragma once

#include "Alert.h"

#include <QJsonObject>

namespace icc::test {

// Generic-format alerts (POST /api/v1/alerts) whose way through the shipped
// runbooks and policy the GUI tests and the screenshot tour rely on.

// Any core Alert as the generic format: summary, severity, labels.
QJsonObject genericAlert(const Alert &alert);

// Disk usage on /var/log at 96 % (resources/demo/alerts/generic-feed.jsonl):
// matches rb-disk-full-logs, whose compress_rotated_logs step is tier 3.
// Another host joins the same incident.
QJsonObject genericDiskAlert(const QString &host);

// HighCPU on checkout at 97 %: matches rb-cpu-high and proposes
// restart_service for a tier-2 review (as tests/server/support/TestAlerts).
QJsonObject genericCpuAlert(const QString &instance = QStringLiteral("pm-1"));

} // namespace icc::test
