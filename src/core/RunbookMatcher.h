#pragma once

#include "Alert.h"
#include "ConceptLexicon.h"
#include "MatchResult.h"
#include "Runbook.h"

#include <QList>
#include <QString>

#include <memory>

namespace icc {

struct MatcherOptions
{
    double minConfidence = 0.35;   // below: no runbook (novel or weak match)
    double ambiguityMargin = 0.05; // top1 - top2 below this: ambiguous, no runbook
    int maxCandidates = 5;
    // Exact top-k pruning (same results, fewer postings read); false scores
    // every runbook that shares a feature with the alert. For tests and
    // benchmarks that compare the two.
    bool pruneTopK = true;
};

// Finds the runbook whose symptoms an alert describes, with a calibrated
// confidence, the runner-up candidates and an explanation; or says that the
// alert is informational, novel or ambiguous.
//
// How a score is made (all of it deterministic):
// 1. Text -> features, by TextAnalyzer: word unigrams, word bigrams,
//    character 3..5-grams within words, and lexicon concepts. Numbers are
//    never features; they feed numeric conditions.
// 2. Each runbook is indexed as one document (symptoms weighted 3, title 2,
//    tags 2, examples 1.5) and as one passage per symptom / example / title.
//    Weights are log(1 + tf) * idf, idf = ln((N + 1) / (df + 1)) + 1, each
//    feature family normalised on its own.
// 3. An alert's cosine per family is combined with family weights (unigram
//    0.35, concept 0.35, char n-gram 0.2, bigram 0.1), renormalised over the
//    families the alert has. Alert features no runbook has still count in
//    the alert's norm (at half the highest idf), so unrelated words dilute
//    the score instead of being ignored: that is what makes novelty visible.
//    text = 0.4 * document + 0.6 * best passage.
// 4. Label selectors route: when the alert carries every selected label
//    with the selected value the runbook gets 0.3. A selected label the
//    alert lacks (a pager text) or names differently (KubeNodeUnreachable
//    for a KubeNodeNotReady runbook) is neutral: no bonus, no exclusion.
//    Numeric conditions: each reading of the alert speaks to the one
//    condition whose subject it names best (ties: the condition written
//    first; a later alternative in the same symptom that names nothing of its
//    own, "... or more than 10% of wall time", inherits the subject before
//    it); a condition met adds 0.1 (at most 0.2). A condition failed by a
//    measured reading bound through its words or a shared concept (not a
//    threshold the alert states, not "x% left" against a usage condition) multiplies the
//    score by 0.25; when that happens to the runbook the text matches best,
//    the alert is a healthy reading of what it watches ("CPU at 45%"):
//    informational, no runbook, and the reason says so.
//    A runbook is only chosen when it shares one specific feature with the
//    alert (a concept that is not broad, or a word that is neither generic
//    like "expires"/"failed"/"days" nor common to a quarter of the library)
//    or its selectors hold.
// 5. Calibration: confidence = (L(s) - L(0)) / (1 - L(0)) with
//    L(s) = 1 / (1 + exp(-5 (s - 0.35))), clamped to [0, 1]: 0 for no
//    evidence, 0.35 (the default threshold) at s = 0.3, 0.5 at s = 0.42,
//    0.85 at s = 0.73. Fitted by hand on tests/core/tst_matcher.cpp; a
//    labelled evaluation set should refit it.
//
// Cost per match: only runbooks sharing a feature with the alert are scored
// (inverted index with integer feature ids; accumulators in per-thread
// scratch memory, so match() is thread-safe and allocates little); posting
// lists of character n-grams longer than a quarter of the library (and at
// least 64) are skipped as uninformative. Exact top-k pruning: words, word
// pairs and concepts are read in full; of the n-gram lists only the rarest
// are read and the rest bounded, and only runbooks whose bound can still
// reach the shortlist (15 by default) get their document re-scored, with the
// same additions in the same order, so results are bit-identical to scoring
// everything (MatcherOptions::pruneTopK = false). Conditions and explanations
// are computed for the shortlist only. Measured on a synthetic 10k-runbook
// library with a small vocabulary (Release, one core of a busy 2-core
// machine, bench/README.md): about 0.33 ms of CPU time per match at the
// median and 0.6-0.9 ms at p99 (under the 1 ms target in CPU time; the
// wall clock of a shared core adds the scheduler's delays); building that
// index takes 2-3 s. Build once, share the matcher.
class RunbookMatcher final
{
public:
    explicit RunbookMatcher(QList<Runbook> runbooks,
                            ConceptLexicon lexicon = ConceptLexicon::builtin(),
                            MatcherOptions options = {});
    ~RunbookMatcher();
    RunbookMatcher(RunbookMatcher &&other) noexcept;
    RunbookMatcher &operator=(RunbookMatcher &&other) noexcept;
    Q_DISABLE_COPY(RunbookMatcher)

    MatchResult match(const Alert &alert) const;
    // A firing alert whose summary is text.
    MatchResult matchText(const QString &text) const;

    // True when the alert only informs (resolved, recovered, deployment
    // completed, maintenance, test alert, FYI...): nothing to remediate.
    // A negated cue ("could not be resolved") does not count, and failure
    // words ("failed", "error", "down"...) override a cue unless the status is
    // resolved or the summary starts with a resolution tag ("[RESOLVED]").
    static bool isInformational(const Alert &alert);
    // The same decision with its reason ("alert status is resolved", "the
    // alert says \"renewed\""); empty when the alert is not informational.
    static QString informationalReason(const Alert &alert);

    const QList<Runbook> &runbooks() const;
    const ConceptLexicon &lexicon() const;
    const MatcherOptions &options() const;

    // Maps a raw score (text similarity plus bonuses) to a confidence 0..1.
    static double calibrate(double rawScore);

private:
    struct Index;
    std::unique_ptr<Index> m_index;
};

} // namespace icc
