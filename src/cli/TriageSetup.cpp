#include "TriageSetup.h"

namespace icc::cli {

TriageSetup::TriageSetup(RunbookLibrary library, EscalationPolicy policy)
    : m_library(std::move(library))
    , m_policy(std::move(policy))
    , m_matcher(m_library.runbooks())
    , m_engine(m_library, m_matcher, m_policy, m_clock)
{}

namespace {

const QString kRunbooks = QStringLiteral("runbooks");
const QString kPolicy = QStringLiteral("policy");

} // namespace

void TriageSetup::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(kRunbooks, QStringLiteral("Directory of runbook files."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        kPolicy, QStringLiteral("Escalation policy YAML (default: the built-in default policy)."),
        QStringLiteral("FILE")));
}

bool TriageSetup::hasRunbooks(const QCommandLineParser &parser)
{
    return parser.isSet(kRunbooks);
}

std::unique_ptr<TriageSetup> TriageSetup::load(const QCommandLineParser &parser,
                                               const QString &commandName, CliIo &io)
{
    const QString policyPath = parser.isSet(kPolicy) ? parser.value(kPolicy) : builtinPolicyPath();
    return load(parser.value(kRunbooks), policyPath, commandName, io);
}

std::unique_ptr<TriageSetup> TriageSetup::load(const QString &runbooksDir,
                                               const QString &policyPath,
                                               const QString &commandName, CliIo &io)
{
    RunbookLibraryLoadResult library = RunbookLibrary::loadDirectory(runbooksDir);
    for (const ValidationError &error : library.errors)
        io.err << "warning: " << error.toString() << '\n';
    if (library.library.isEmpty()) {
        io.err << "iccctl " << commandName << ": no valid runbook in " << runbooksDir << '\n';
        return nullptr;
    }
    PolicyLoadResult policy = EscalationPolicy::fromFile(policyPath);
    if (!policy.ok()) {
        for (const ValidationError &error : policy.errors)
            io.err << error.toString() << '\n';
        io.err << "iccctl " << commandName << ": the escalation policy is invalid\n";
        return nullptr;
    }
    return std::unique_ptr<TriageSetup>(
        new TriageSetup(std::move(library.library), std::move(*policy.policy)));
}

} // namespace icc::cli
