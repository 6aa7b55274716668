#include "TriageSetup.h"

namespace icc::cli {

TriageSetup::TriageSetup(RunbookLibrary library, EscalationPolicy policy, ConceptLexicon lexicon)
    : m_library(std::move(library))
    , m_policy(std::move(policy))
    , m_matcher(m_library.runbooks(), std::move(lexicon))
    , m_engine(m_library, m_matcher, m_policy, m_clock)
{}

namespace {

const QString kRunbooks = QStringLiteral("runbooks");
const QString kPolicy = QStringLiteral("policy");
const QString kLexicon = QStringLiteral("lexicon");

} // namespace

void TriageSetup::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(kRunbooks, QStringLiteral("Directory of runbook files."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(
        kPolicy, QStringLiteral("Escalation policy YAML (default: the built-in default policy)."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        kLexicon,
        QStringLiteral("Concept lexicon YAML bridging operator vocabulary (default: the built-in "
                       "copy of resources/lexicon/concepts.yaml)."),
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
    return load(parser.value(kRunbooks), policyPath, parser.value(kLexicon), commandName, io);
}

std::unique_ptr<TriageSetup> TriageSetup::load(const QString &runbooksDir,
                                               const QString &policyPath,
                                               const QString &lexiconPath,
                                               const QString &commandName, CliIo &io)
{
    ConceptLexicon lexicon = ConceptLexicon::builtin();
    if (!lexiconPath.isEmpty()) {
        QString error;
        std::optional<ConceptLexicon> loaded = ConceptLexicon::fromFile(lexiconPath, &error);
        if (!loaded) {
            io.err << error << '\n';
            io.err << "iccctl " << commandName << ": the concept lexicon is invalid\n";
            return nullptr;
        }
        lexicon = std::move(*loaded);
    }
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
        new TriageSetup(std::move(library.library), std::move(*policy.policy), std::move(lexicon)));
}

} // namespace icc::cli
