#include "AuditCommand.h"

#include "AuditVerifier.h"

namespace icc::cli {

int AuditCommand::run(const QStringList &arguments, CliIo &io)
{
    if (arguments.size() != 3 || arguments.at(1) != QLatin1String("verify")) {
        io.err << "usage: iccctl audit verify FILE\n";
        return ExitUsage;
    }
    const QString path = arguments.at(2);
    const AuditVerification result = AuditVerifier::verifyFile(path);
    if (result.ok) {
        io.out << "ok: " << result.count << " entries, hash chain intact: " << path << '\n';
        return ExitOk;
    }
    io.err << path;
    if (result.firstBadLine > 0)
        io.err << ':' << result.firstBadLine;
    io.err << ": first bad entry is sequence " << result.firstBadSequence << ": " << result.reason
           << '\n';
    io.err << result.count << " entries before it verified\n";
    return ExitFailure;
}

} // namespace icc::cli
