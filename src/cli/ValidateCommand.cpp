#include "ValidateCommand.h"

#include "EscalationPolicy.h"
#include "RunbookLibrary.h"
#include "RunbookLoader.h"

#include <QFileInfo>

namespace icc::cli {

namespace {

int report(const QList<ValidationError> &errors, const QString &what, CliIo &io)
{
    for (const ValidationError &error : errors)
        io.err << error.toString() << '\n';
    if (!errors.isEmpty()) {
        io.err << errors.size() << (errors.size() == 1 ? " problem" : " problems") << " found\n";
        return ExitBadInput;
    }
    io.out << "ok: " << what << '\n';
    return ExitOk;
}

} // namespace

int ValidateCommand::run(const QStringList &arguments, CliIo &io)
{
    const QStringList paths = arguments.mid(1);
    if (paths.size() != 1 || paths.constFirst().startsWith(QLatin1Char('-'))) {
        io.err << "usage: iccctl validate PATH   (a runbook directory, a runbook .md or a "
                  "policy .yaml)\n";
        return paths.contains(QStringLiteral("--help")) ? ExitOk : ExitUsage;
    }
    const QString path = paths.constFirst();
    const QFileInfo info(path);
    if (!info.exists()) {
        io.err << path << ": no such file or directory\n";
        return ExitFailure;
    }
    if (info.isDir()) {
        const RunbookLibraryLoadResult result = RunbookLibrary::loadDirectory(path);
        return report(result.errors,
                      QStringLiteral("%1 runbooks in %2").arg(result.library.size()).arg(path), io);
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("md")) {
        const RunbookLoadResult result = RunbookLoader::loadFile(path);
        return report(result.errors, QStringLiteral("runbook %1").arg(path), io);
    }
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) {
        const PolicyLoadResult result = EscalationPolicy::fromFile(path);
        const QString what =
            result.policy
                ? QStringLiteral("policy %1 version %2").arg(path, result.policy->version())
                : path;
        return report(result.errors, what, io);
    }
    io.err << path << ": cannot tell what to validate (expected a directory, .md or .yaml)\n";
    return ExitUsage;
}

} // namespace icc::cli
