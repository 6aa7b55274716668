#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace icc {

// How a severity looks everywhere on the dashboard: its rank (for sorting
// and the minimum-severity filter), its words and its colours. Colour is
// never the only signal, so every cell that is coloured also carries text.
class SeverityStyle final
{
    Q_DECLARE_TR_FUNCTIONS(SeverityStyle)

public:
    static constexpr int kUnknownRank = -1;
    static constexpr int kInfoRank = 0;
    static constexpr int kWarningRank = 1;
    static constexpr int kErrorRank = 2;
    static constexpr int kCriticalRank = 3;

    // "info" 0, "warning" 1, "error" 2, "critical" 3; anything else -1.
    static int rank(const QString &severity);
    // The server's names, lowest rank first.
    static QStringList severities();
    static QString severityAt(int rank);
    // Upper-case words for the cell ("CRITICAL"); the raw name if unknown.
    static QString text(const QString &severity);
    static QColor background(const QString &severity);
    static QColor foreground(const QString &severity);
};

} // namespace icc
