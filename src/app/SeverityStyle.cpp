#include "SeverityStyle.h"

namespace icc {

int SeverityStyle::rank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return kCriticalRank;
    if (severity == QLatin1String("error"))
        return kErrorRank;
    if (severity == QLatin1String("warning"))
        return kWarningRank;
    if (severity == QLatin1String("info"))
        return kInfoRank;
    return kUnknownRank;
}

QStringList SeverityStyle::severities()
{
    return {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error"),
            QStringLiteral("critical")};
}

QString SeverityStyle::severityAt(int rank)
{
    const QStringList all = severities();
    return rank >= 0 && rank < all.size() ? all.at(rank) : QString();
}

QString SeverityStyle::text(const QString &severity)
{
    switch (rank(severity)) {
    case kCriticalRank:
        return tr("CRITICAL");
    case kErrorRank:
        return tr("ERROR");
    case kWarningRank:
        return tr("WARNING");
    case kInfoRank:
        return tr("INFO");
    default:
        return severity.isEmpty() ? tr("UNKNOWN") : severity.toUpper();
    }
}

// Dark backgrounds carry white text, light ones black: readable on a dim
// screen at night and distinct in grey scale as well.
QColor SeverityStyle::background(const QString &severity)
{
    switch (rank(severity)) {
    case kCriticalRank:
        return QColor(0xb7, 0x1c, 0x1c);
    case kErrorRank:
        return QColor(0xe6, 0x51, 0x00);
    case kWarningRank:
        return QColor(0xff, 0xd5, 0x4f);
    case kInfoRank:
        return QColor(0xbb, 0xde, 0xfb);
    default:
        return QColor(0xe0, 0xe0, 0xe0);
    }
}

QColor SeverityStyle::foreground(const QString &severity)
{
    const int r = rank(severity);
    return r >= kErrorRank ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace icc
