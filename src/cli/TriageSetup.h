#pragma once

#include "CliIo.h"
#include "EscalationPolicy.h"
#include "RunbookLibrary.h"
#include "RunbookMatcher.h"
#include "SystemClock.h"
#include "TriageEngine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace icc::cli {

// The runbook library, matcher, policy and engine that triage and eval share,
// loaded once from the command line's --runbooks and --policy.
class TriageSetup final
{
public:
    // The policy built into iccctl, used when --policy is not given.
    static QString builtinPolicyPath() { return QStringLiteral(":/policy/default.yaml"); }

    // --runbooks DIR, --policy FILE and --lexicon FILE, added to a command's parser.
    static void addOptions(QCommandLineParser &parser);
    static bool hasRunbooks(const QCommandLineParser &parser);
    // Loads what the parsed options name (the built-in policy and concept
    // lexicon when --policy or --lexicon is not given).
    static std::unique_ptr<TriageSetup> load(const QCommandLineParser &parser,
                                             const QString &commandName, CliIo &io);

    // Reports problems on io.err; nullptr when nothing usable could be loaded
    // (no valid runbook, or an invalid policy: triage never runs without one).
    static std::unique_ptr<TriageSetup> load(const QString &runbooksDir, const QString &policyPath,
                                             const QString &lexiconPath, const QString &commandName,
                                             CliIo &io);

    const TriageEngine &engine() const { return m_engine; }
    const RunbookLibrary &library() const { return m_library; }

private:
    TriageSetup(RunbookLibrary library, EscalationPolicy policy, ConceptLexicon lexicon);

    RunbookLibrary m_library;
    EscalationPolicy m_policy;
    RunbookMatcher m_matcher;
    SystemClock m_clock;
    TriageEngine m_engine;
};

} // namespace icc::cli
