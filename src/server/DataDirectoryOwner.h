#pragma once

#include <QString>

namespace icc {

// Whose data directory this is. The packaged service runs as the user icc; an
// admin command run as root on /var/lib/icc (`sudo icc-server ... user add`
// instead of `sudo -u icc ...`) would leave root-owned database files behind
// that the service then cannot write. Root is refused on a directory that
// belongs to someone else; everybody else is left to the file permissions.
class DataDirectoryOwner final
{
public:
    DataDirectoryOwner() = delete;

    // Empty when `effectiveUserId` may work in `dataDir` (or it does not exist
    // yet); otherwise the error, naming the directory and its owner.
    static QString refusal(const QString &dataDir, uint effectiveUserId);
};

} // namespace icc
