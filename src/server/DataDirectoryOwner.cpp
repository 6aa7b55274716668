#include "DataDirectoryOwner.h"

#include <QFileInfo>

#include <pwd.h>

namespace icc {

namespace {

QString userName(uint userId)
{
    const passwd *entry = ::getpwuid(userId);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("uid %1").arg(userId);
}

} // namespace

QString DataDirectoryOwner::refusal(const QString &dataDir, uint effectiveUserId)
{
    const QFileInfo directory(dataDir);
    if (effectiveUserId != 0 || !directory.exists())
        return {};
    const uint owner = directory.ownerId();
    if (owner == 0)
        return {};
    const QString name = userName(owner);
    return QStringLiteral("%1 belongs to %2; running as root would leave files %2 cannot write. "
                          "Run it as that user: sudo -u %2 icc-server ...")
        .arg(directory.absoluteFilePath(), name);
}

} // namespace icc
