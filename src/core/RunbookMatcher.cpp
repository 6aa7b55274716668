#include "RunbookMatcher.h"

#include "FastStringHash.h"
#include "NumericCondition.h"
#include "TextAnalyzer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <vector>

namespace icc {

namespace {

enum Family
{
    Unigram = 0,
    Bigram = 1,
    CharGram = 2,
    ConceptFamily = 3
};
constexpr int kFamilies = 4;
constexpr double kFamilyWeight[kFamilies] = {0.35, 0.10, 0.20, 0.35};
constexpr char kFamilyPrefix[kFamilies] = {'u', 'b', 'c', 'k'};

// Field weights of a runbook document: symptoms say most about what it fixes.
constexpr double kSymptomWeight = 3.0;
constexpr double kTitleWeight = 2.0;
constexpr double kTagWeight = 2.0;
constexpr double kExampleWeight = 1.5;

// Field weights of an alert.
constexpr double kSummaryWeight = 1.0;
constexpr double kDescriptionWeight = 0.7;
constexpr double kAlertnameWeight = 1.0;
constexpr double kOtherLabelWeight = 0.3;
constexpr double kValueNameWeight = 0.5;

constexpr double kDocumentShare = 0.4; // text = 0.4 document + 0.6 best passage
constexpr double kUnknownIdfFactor = 0.5;
// Selectors are explicit routing by a human: a bonus large enough to beat a
// generic runbook that matches as well, but not enough to match on labels
// alone (0.3 calibrates just under the default threshold).
constexpr double kLabelBonus = 0.3;
constexpr double kConditionBonus = 0.1;
constexpr double kMaxConditionBonus = 0.2;
constexpr double kFailedConditionFactor = 0.25;
constexpr int kMaxExplainedTerms = 8;

// Hash tables of the hot paths (see FastStringHash).
template<typename Value>
using StringMap = std::unordered_map<QString, Value, FastStringHash, FastStringEqual>;

// (unigram id, unigram id) of a bigram, packed into one integer.
std::uint64_t pairKey(int first, int second)
{
    return (std::uint64_t(std::uint32_t(first)) << 32) | std::uint32_t(second);
}

struct PairKeyHash
{
    std::size_t operator()(std::uint64_t key) const noexcept
    {
        key ^= key >> 31;
        key *= 0xbf58476d1ce4e5b9ULL;
        return std::size_t(key ^ (key >> 29));
    }
};
using PairMap = std::unordered_map<std::uint64_t, int, PairKeyHash>;

// Feature ids of one family by term, for queries: open addressing over two
// flat arrays (the hash, never 0, and the id; the term itself is the
// term shared with the feature), so a lookup, usually a miss for the n-grams of an unknown word,
// costs one or two cache lines instead of a bucket, a node and a string.
class TermTable
{
public:
    void build(const std::vector<std::pair<QString, int>> &terms)
    {
        size_t capacity = 16;
        while (capacity < terms.size() * 2)
            capacity *= 2;
        m_mask = capacity - 1;
        m_hashes.assign(capacity, 0);
        m_ids.assign(capacity, -1);
        m_terms.assign(capacity, QString());
        for (const auto &[term, id] : terms) {
            const std::uint64_t hash = hashOf(term);
            size_t slot = size_t(hash) & m_mask;
            while (m_hashes[slot] != 0)
                slot = (slot + 1) & m_mask;
            m_hashes[slot] = hash;
            m_ids[slot] = id;
            m_terms[slot] = term;
        }
    }
    int find(QStringView term) const
    {
        if (m_hashes.empty())
            return -1;
        const std::uint64_t hash = hashOf(term);
        for (size_t slot = size_t(hash) & m_mask; m_hashes[slot] != 0; slot = (slot + 1) & m_mask) {
            if (m_hashes[slot] == hash && QStringView(m_terms[slot]) == term)
                return m_ids[slot];
        }
        return -1;
    }

private:
    static std::uint64_t hashOf(QStringView term) { return FastStringHash{}(term) | 1U; }

    std::vector<std::uint64_t> m_hashes;
    std::vector<int> m_ids;
    std::vector<QString> m_terms; // implicitly shared with the features' terms
    size_t m_mask = 0;
};

// Feature keys are "<family>:<term>". Hash order varies between runs, so
// walks that assign ids or sum floats go in sorted key order.
QString featureKey(int family, QStringView term)
{
    QString key;
    key.reserve(term.size() + 2);
    key.append(QLatin1Char(kFamilyPrefix[family]));
    key.append(QLatin1Char(':'));
    key.append(term);
    return key;
}

int familyOf(const QString &key)
{
    for (int f = 0; f < kFamilies; ++f) {
        if (key.at(0) == QLatin1Char(kFamilyPrefix[f]))
            return f;
    }
    return Unigram;
}

// Walks the features of one piece of text, in text order, and hands them to
// a sink: sink.word(word, previous, weight, charGrams) for every content word
// (previous: the content word before it in the same segment, for the bigram;
// charGrams: whether its character n-grams count), sink.conceptHit(id, weight)
// for every lexicon hit. Per feature, the order of the additions is that of
// the text, so tf sums do not depend on the sink.
//
// The text is analysed into views (TextAnalyzer::analyze into an
// AnalyzedText): no string per word. sink.analysis() lends the memory.
using Word = AnalyzedText::Word;

struct AnalysisMemory
{
    AnalyzedText text;
    std::vector<QStringView> stems;
};

template<typename Sink>
void collectFeatures(const QString &text, double fieldWeight, const ConceptLexicon &lexicon,
                     bool withCharGrams, Sink &sink)
{
    AnalysisMemory &memory = sink.analysis();
    TextAnalyzer::analyze(text, memory.text);
    for (const AnalyzedText::Segment &segment : memory.text.segments()) {
        const double weight = fieldWeight * segment.weight;
        // Camel-case parts restate their word: their n-grams are already in.
        const bool charGrams = withCharGrams && segment.weight >= 1.0;
        std::vector<QStringView> &allStems = memory.stems;
        allStems.clear();
        const Word *previous = nullptr;
        for (const Word &word : memory.text.words(segment)) {
            allStems.push_back(word.stem);
            if (word.isStopWord || word.isNumber)
                continue;
            sink.word(word, previous, weight, charGrams);
            previous = &word;
        }
        for (const ConceptHit &hit : lexicon.find(allStems))
            sink.conceptHit(hit.conceptId, weight);
    }
}

QString joinedPair(QStringView first, QStringView second)
{
    QString term;
    term.reserve(first.size() + second.size() + 1);
    term.append(first);
    term.append(QLatin1Char(' '));
    term.append(second);
    return term;
}

QString bigramTerm(const Word &previous, const Word &word)
{
    return joinedPair(previous.stem, word.stem);
}

// Interns feature keys while the index is built: a key string is made and
// hashed once per distinct word (word pair for bigrams), not once per
// occurrence. Ids here are provisional; Index::addVector hands out the final
// ones in the order the sorted string keys of each vector give.
struct FeatureInterner
{
    struct WordFeatures
    {
        int unigram = -1;
        bool hasCharGrams = false;
        std::vector<int> charGrams; // with repeats, as charNGrams() lists them
    };
    StringMap<int> ids;            // key ("u:stem") -> provisional id
    std::vector<QString> keys;     // provisional id -> key
    StringMap<WordFeatures> words; // surface -> its features
    PairMap bigrams;               // unigram ids -> bigram id
    StringMap<int> concepts;       // concept id -> feature id

    // The vector being collected: tf by provisional id, ids in first-touch order.
    std::vector<double> tf;
    std::vector<char> inVector;
    std::vector<int> touched;
    int previousUnigram = -1;
    AnalysisMemory memory;

    AnalysisMemory &analysis() { return memory; }

    int intern(const QString &key)
    {
        const auto found = ids.find(key);
        if (found != ids.cend())
            return found->second;
        const int id = int(keys.size());
        ids.emplace(key, id);
        keys.push_back(key);
        tf.push_back(0.0);
        inVector.push_back(0);
        return id;
    }
    void add(int id, double weight)
    {
        if (!inVector[size_t(id)]) {
            inVector[size_t(id)] = 1;
            touched.push_back(id);
        }
        tf[size_t(id)] += weight;
    }
    void word(const Word &word, const Word *previous, double weight, bool charGrams)
    {
        auto slot = words.find(word.surface);
        if (slot == words.end())
            slot = words.emplace(word.surface.toString(), WordFeatures()).first;
        WordFeatures &features = slot->second;
        if (features.unigram < 0)
            features.unigram = intern(featureKey(Unigram, word.stem));
        add(features.unigram, weight);
        if (previous) {
            const std::uint64_t pair = pairKey(previousUnigram, features.unigram);
            auto found = bigrams.find(pair);
            if (found == bigrams.cend()) {
                found =
                    bigrams.emplace(pair, intern(featureKey(Bigram, bigramTerm(*previous, word))))
                        .first;
            }
            add(found->second, weight);
        }
        previousUnigram = features.unigram;
        if (charGrams) {
            if (!features.hasCharGrams) {
                for (const QString &gram : TextAnalyzer::charNGrams(word.surface.toString()))
                    features.charGrams.push_back(intern(featureKey(CharGram, gram)));
                features.hasCharGrams = true;
            }
            for (int id : features.charGrams)
                add(id, weight);
        }
    }
    void conceptHit(const QString &conceptId, double weight)
    {
        auto found = concepts.find(conceptId);
        if (found == concepts.cend())
            found = concepts.emplace(conceptId, intern(featureKey(ConceptFamily, conceptId))).first;
        add(found->second, weight);
    }
};

double tfWeight(double tf)
{
    return std::log1p(tf);
}

// tfWeight of an alert's term frequencies, remembered per thread: an alert
// has ~1000 features but few distinct sums of field weights (1, 2, 0.5,
// 1.3...), and log1p was 4 % of match time. Direct-mapped on the bits of
// tf, so a hit returns exactly what log1p returned.
class TfWeightCache
{
public:
    double operator()(double tf)
    {
        std::uint64_t bits;
        std::memcpy(&bits, &tf, sizeof bits);
        const size_t slot = size_t((bits * 0x9e3779b97f4a7c15ULL) >> (64 - kBits));
        if (m_keys[slot] != bits || !m_used[slot]) {
            m_keys[slot] = bits;
            m_values[slot] = tfWeight(tf);
            m_used[slot] = 1;
        }
        return m_values[slot];
    }

private:
    static constexpr int kBits = 8;
    std::array<std::uint64_t, size_t(1) << kBits> m_keys{};
    std::array<double, size_t(1) << kBits> m_values{};
    std::array<char, size_t(1) << kBits> m_used{};
};

// A reading, value or claim of the alert with what it is about.
struct Evidence
{
    Quantity quantity;                     // for readings and values
    std::optional<NumericCondition> claim; // "CPU above 95%" stated by the alert
    QStringList context;
    QStringList concepts;
    bool generic = false; // names nothing ("value"): may stand for any subject
    QString describe() const { return claim ? claim->text : quantity.describe(); }
};

struct IndexedCondition
{
    NumericCondition condition;
    QStringList concepts;
};

// A cue word preceded (within three words) by a negation does not count:
// "could not be resolved" is a DNS failure, not a resolution.
bool negatedBefore(const QString &lowerText, qsizetype position)
{
    static const QRegularExpression wordRegex(QStringLiteral("[a-z']+"));
    static const QStringList negations = {
        QStringLiteral("not"),    QStringLiteral("never"),    QStringLiteral("cannot"),
        QStringLiteral("can't"),  QStringLiteral("couldn't"), QStringLiteral("isn't"),
        QStringLiteral("wasn't"), QStringLiteral("unable"),   QStringLiteral("failed"),
        QStringLiteral("no"),     QStringLiteral("without"),  QStringLiteral("un")};
    QStringList words;
    auto it = wordRegex.globalMatch(lowerText.left(position));
    while (it.hasNext())
        words << it.next().captured(0);
    for (qsizetype i = std::max<qsizetype>(0, words.size() - 3); i < words.size(); ++i) {
        if (negations.contains(words.at(i)))
            return true;
    }
    return false;
}

// Words that name no failure mode on their own: a licence that "expires in
// 9 days" or a link that is "down" shares them with many runbooks without
// being about any of them. Compared as stems.
bool isGenericStem(const QString &stem)
{
    static const QSet<QString> generic = [] {
        QSet<QString> stems;
        for (const char *word :
             {"expire",    "expires",    "expiring", "expiry",   "expired",  "day",
              "days",      "hour",       "minute",   "week",     "renew",    "renewal",
              "fail",      "failed",     "failure",  "failing",  "error",    "errors",
              "server",    "service",    "job",      "high",     "low",      "down",
              "issue",     "problem",    "alert",    "warning",  "critical", "check",
              "status",    "request",    "user",     "customer", "account",  "link",
              "site",      "instance",   "host",     "system",   "process",  "application",
              "app",       "production", "prod",     "run",      "running",  "time",
              "state",     "count",      "rate",     "usage",    "size",     "new",
              "last",      "since",      "current",  "reached",  "detected", "increase",
              "increased", "threshold",  "value",    "total",    "limit",    "data",
              "team",      "access",     "denied",   "locked",   "lock",     "held",
              "domain",    "cluster",    "health",   "report",   "reports"})
            stems.insert(TextAnalyzer::stem(QString::fromLatin1(word)));
        return stems;
    }();
    return generic.contains(stem);
}

// "1.4% available inodes left" measures what remains, "inode usage above
// 95%" what is used: the two cannot be compared directly.
bool measuresComplement(const QStringList &readingContext, const QStringList &conditionSubject)
{
    static const QStringList complements = {TextAnalyzer::stem(QStringLiteral("left")),
                                            TextAnalyzer::stem(QStringLiteral("free")),
                                            TextAnalyzer::stem(QStringLiteral("available")),
                                            TextAnalyzer::stem(QStringLiteral("remaining"))};
    for (const QString &word : complements) {
        if (readingContext.contains(word) != conditionSubject.contains(word))
            return true;
    }
    return false;
}

// Concepts too broad to carry a match alone: many unrelated alerts are
// "down", about a "container" or a "database".
bool isBroadConcept(const QString &conceptId)
{
    static const QSet<QString> broad = {
        QStringLiteral("down"),     QStringLiteral("container"),     QStringLiteral("database"),
        QStringLiteral("network"),  QStringLiteral("deploy"),        QStringLiteral("timeout"),
        QStringLiteral("security"), QStringLiteral("authentication")};
    return broad.contains(conceptId);
}

// A word of the library: its unigram id and character n-gram ids.
struct RunbookMatcherKnownWord
{
    int unigram = -1;
    std::vector<int> charGrams;
};

// The passage scan of match() takes each runbook's best passage over a block
// of this many accumulators (the ones past its passages masked), so its trip
// count does not depend on the runbook; runbooks with more passages loop.
constexpr int kPassageBlock = 8;
// kPassageMasks[n][i]: 1 for the runbook's n passages, 0 past them.
constexpr double kPassageMasks[kPassageBlock + 1][kPassageBlock] = {
    {0, 0, 0, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0, 0, 0}, {1, 1, 0, 0, 0, 0, 0, 0},
    {1, 1, 1, 0, 0, 0, 0, 0}, {1, 1, 1, 1, 0, 0, 0, 0}, {1, 1, 1, 1, 1, 0, 0, 0},
    {1, 1, 1, 1, 1, 1, 0, 0}, {1, 1, 1, 1, 1, 1, 1, 0}, {1, 1, 1, 1, 1, 1, 1, 1}};
static_assert(kPassageBlock == 8, "the passage scan's maximum tree is written for 8");

struct Ranked
{
    double raw = 0.0;
    int runbook = 0;
};

// Sorts non-negative ids ascending, dropping repeats. An alert has about a thousand
// features: setting bits in a bitmap over the id range and reading them
// back in order costs less than a comparison sort (3 % of match time).
// bits is all zero before and after.
void sortDistinct(std::vector<int> &ids, std::vector<std::uint64_t> &bits)
{
    auto bySort = [&ids] {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    };
    if (ids.size() < 64)
        return bySort();
    const int largest = *std::max_element(ids.begin(), ids.end());
    const size_t words = size_t(largest) / 64 + 1;
    if (words > ids.size() * 16) // a sparse range: the sort is cheaper
        return bySort();
    if (bits.size() < words)
        bits.resize(words, 0);
    for (int id : ids)
        bits[size_t(id) / 64] |= std::uint64_t(1) << (unsigned(id) % 64);
    size_t out = 0;
    for (size_t w = 0; w < words; ++w) {
        std::uint64_t word = bits[w];
        bits[w] = 0;
        while (word != 0) {
            ids[out++] = int(w * 64 + size_t(std::countr_zero(word)));
            word &= word - 1;
        }
    }
    ids.resize(out);
}

// The alert's features the library lacks, with their tf (summed in text
// order): they only count in the alert's norm. Terms live in one character
// buffer and are found through an open-addressing table, so an unknown
// n-gram, word or word pair costs no allocation (it cost a key string and a
// hash node each).
class UnknownTerms
{
public:
    struct Term
    {
        int family = Unigram;
        qsizetype offset = 0;
        qsizetype length = 0;
        std::uint64_t hash = 0;
        double tf = 0.0;
    };

    void clear()
    {
        m_chars.resize(0);
        m_terms.clear();
        if (m_slots.empty())
            m_slots.assign(1024, -1);
        else
            std::fill(m_slots.begin(), m_slots.end(), -1);
    }
    // term must not be a view of this object's memory.
    void add(int family, QStringView term, double weight)
    {
        const std::uint64_t hash =
            FastStringHash{}(term) ^ (std::uint64_t(family + 1) * 0x9e3779b97f4a7c15ULL);
        const size_t mask = m_slots.size() - 1;
        size_t slot = size_t(hash) & mask;
        for (; m_slots[slot] >= 0; slot = (slot + 1) & mask) {
            Term &existing = m_terms[size_t(m_slots[slot])];
            if (existing.hash == hash && existing.family == family && termOf(existing) == term) {
                existing.tf += weight;
                return;
            }
        }
        m_slots[slot] = int(m_terms.size());
        m_terms.push_back(Term{family, m_chars.size(), term.size(), hash, weight});
        m_chars.append(term);
        if (m_terms.size() * 2 > m_slots.size())
            grow();
    }
    void addPair(int family, QStringView first, QStringView second, double weight)
    {
        m_pair.resize(0);
        m_pair.append(first);
        m_pair.append(QLatin1Char(' '));
        m_pair.append(second);
        add(family, m_pair, weight);
    }

    const std::vector<Term> &terms() const { return m_terms; }
    QStringView termOf(const Term &term) const
    {
        return QStringView(m_chars).mid(term.offset, term.length);
    }

private:
    void grow()
    {
        m_slots.assign(m_slots.size() * 2, -1);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = 0; i < m_terms.size(); ++i) {
            size_t slot = size_t(m_terms[i].hash) & mask;
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = int(i);
        }
    }

    QString m_chars;
    QString m_pair;
    std::vector<Term> m_terms;
    std::vector<int> m_slots; // term index or -1; a power of two
};

// A hint that memory at address will be read soon.
inline void prefetch(const void *address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

// Per-thread working memory of match(). Between matches every accumulator is
// zero and every list empty; ScratchReset restores that for what one match
// touched.
struct MatchScratch
{
    std::vector<double> dots;        // per indexed vector
    std::vector<int> touchedVectors; // vectors with a non-zero dot: the first touchedCount
    size_t touchedCount = 0;
    // dots[0, documentCount) are the document vectors, numbered like their
    // runbooks; documentsDirty until the scan of match() has listed the
    // touched ones among the considered runbooks.
    size_t documentCount = 0;
    bool documentsDirty = false;
    // Per runbook: its best passage's dot (divided by the passage weight only
    // when scored: division is monotonic, so the maximum is the same).
    std::vector<double> passageDot;
    std::vector<char> considered; // per runbook
    std::vector<int> consideredRunbooks;
    std::vector<Ranked> ranked;
    // Top-k pruning: the alert's scaled weight per feature id (zero for every
    // feature the alert lacks), the features set in it, and lower bounds.
    std::vector<double> queryWeights;
    std::vector<std::pair<int, double>> activeFeatures; // (feature id, scaled weight)
    std::vector<double> bounds;                         // per runbook
    std::vector<int> bonusRunbooks;
    std::vector<double> best; // the k best lower bounds
    // makeQuery: the alert's feature occurrences, and tf per feature id (zero
    // between queries) with the ids set in it.
    std::vector<std::pair<int, double>> occurrences;
    std::vector<double> queryTf;
    std::vector<int> queryIds;
    TfWeightCache tfWeights;
    std::vector<int> candidates; // runbooks to re-score
    UnknownTerms unknownTerms;
    std::vector<int> unknownOrder;
    AnalysisMemory analysis;
    // sortDistinct's bitmap (zero between calls) and known index by rank.
    std::vector<std::uint64_t> orderBits;
    std::vector<int> knownOfRank;
    // Pruned matches add to passage accumulators without listing them:
    // dots[documentCount, vectorCount) and passageDot are cleared whole.
    bool passagesDirty = false;
    size_t vectorCount = 0;

    void prepare(size_t vectorCount, size_t runbookCount, size_t featureCount)
    {
        // kPassageBlock zeros past the end: the passage scan reads whole blocks.
        if (dots.size() < vectorCount + kPassageBlock)
            dots.resize(vectorCount + kPassageBlock, 0.0);
        if (queryWeights.size() < featureCount)
            queryWeights.resize(featureCount, 0.0);
        if (considered.size() < runbookCount) {
            passageDot.resize(runbookCount, 0.0);
            considered.resize(runbookCount, 0);
        }
    }
};

struct ScratchReset
{
    MatchScratch &scratch;
    ~ScratchReset()
    {
        for (size_t i = 0; i < scratch.touchedCount; ++i)
            scratch.dots[size_t(scratch.touchedVectors[i])] = 0.0;
        scratch.touchedCount = 0;
        // Left early, or pruned (touched documents not listed): clear every
        // document accumulator.
        if (scratch.documentsDirty)
            std::fill_n(scratch.dots.begin(), scratch.documentCount, 0.0);
        scratch.documentsDirty = false;
        for (int r : scratch.consideredRunbooks) {
            scratch.dots[size_t(r)] = 0.0; // the runbook's document vector
            scratch.passageDot[size_t(r)] = 0.0;
            scratch.considered[size_t(r)] = 0;
        }
        scratch.consideredRunbooks.clear();
        scratch.ranked.clear();
        for (const auto &[featureId, weight] : scratch.activeFeatures)
            scratch.queryWeights[size_t(featureId)] = 0.0;
        scratch.activeFeatures.clear();
        scratch.bounds.clear();
        scratch.bonusRunbooks.clear();
        if (scratch.passagesDirty) {
            std::fill_n(scratch.passageDot.begin(), scratch.documentCount, 0.0);
            std::fill(scratch.dots.begin() + qsizetype(scratch.documentCount),
                      scratch.dots.begin() + qsizetype(scratch.vectorCount), 0.0);
        }
        scratch.passagesDirty = false;
    }
};

MatchScratch &matchScratch()
{
    thread_local MatchScratch scratch;
    return scratch;
}

} // namespace

struct RunbookMatcher::Index
{
    struct Feature
    {
        int family = Unigram;
        QString term;
        int documentFrequency = 0;
        double idf = 1.0;
        // Postings as two parallel arrays sorted by vector (12 bytes a
        // posting instead of a padded 16: the match loop streams them).
        std::vector<int> postingVectors;
        std::vector<double> postingWeights;
        // Postings [0, documentPostings) are document vectors (ids below the
        // runbook count), the rest passages.
        size_t documentPostings = 0;
        // The largest weight among the document postings: bounds what the
        // feature can add to any document (top-k pruning in match()).
        double maxDocumentWeight = 0.0;
    };
    struct Vector
    {
        int runbook = 0;
        bool document = false;                       // whole runbook, otherwise one passage
        std::vector<std::pair<int, double>> entries; // feature id -> weight, sorted by id
    };
    struct RunbookData
    {
        QList<IndexedCondition> conditions;
        int documentVector = 0;
    };

    QList<Runbook> runbooks;
    ConceptLexicon lexicon;
    MatcherOptions options;

    // Feature ids by family and term (the key without its "u:" prefix), so a
    // query looks words, n-grams and concepts up without building a key. Word
    // pairs are found through bigramIds.
    TermTable termIds[kFamilies];
    std::vector<Feature> features;
    std::vector<Vector> vectors;
    std::vector<RunbookData> data;
    // Compact copies of what the ranking loop reads for every touched vector
    // and every considered runbook, so it does not walk the large Vector and
    // Runbook structs (cache misses that grow with the library).
    struct VectorOwner
    {
        int runbook = 0;
        bool document = false;
    };
    std::vector<VectorOwner> vectorOwners;
    // Runbook r's passages are vectors [passageStart[r], passageStart[r + 1]).
    std::vector<int> passageStart;
    // Label selectors as interned (label, value) pairs: runbook r's selectors
    // are selectorPairs[selectorStart[r] .. selectorStart[r + 1]).
    QHash<std::pair<QString, QString>, int> selectorPairIds;
    std::vector<int> selectorStart;
    std::vector<int> selectorPairs;
    // First label selector of each runbook that has any -> runbooks, so that a
    // runbook whose selectors hold is considered even without shared words.
    QHash<QString, QList<int>> selectorIndex;
    double unknownIdf = 1.0;
    size_t charPostingLimit = 64;
    // What re-scoring one document costs in match(), in postings read: its
    // entries (a gather each) relative to a posting list's streaming adds.
    double rescoreCost = 1.0;

    // For queries: the features of every word the library has (surface ->
    // unigram id and character n-gram ids), bigram ids by unigram ids, and
    // each feature's position in sorted key order (norms are float sums,
    // added in that order).
    StringMap<RunbookMatcherKnownWord> knownWords;
    PairMap bigramIds;
    std::vector<int> featureRank;

    void build();
    // Turns the interner's current vector into an indexed one (and empties it).
    int addVector(int runbook, bool document, FeatureInterner &interner,
                  std::vector<int> &finalIds);

    struct Query
    {
        std::vector<std::pair<int, double>> known; // feature id -> weight, sorted by id
        double norm[kFamilies] = {0, 0, 0, 0};     // includes unknown features
        QHash<int, QString> surfaces;              // unigram / bigram id -> as first written
    };
    Query makeQuery(const Alert &alert) const;

    QList<Evidence> evidenceOf(const Alert &alert) const;
    void checkConditions(int runbook, const QList<Evidence> &evidence, QStringList &met,
                         QStringList &failed) const;
    bool selectorsHold(const Runbook &runbook, const Alert &alert, QStringList *matched) const;
    QStringList conceptsOf(const QString &text) const { return lexicon.conceptsIn(text); }
};

int RunbookMatcher::Index::addVector(int runbook, bool document, FeatureInterner &interner,
                                     std::vector<int> &finalIds)
{
    Vector vector;
    vector.runbook = runbook;
    vector.document = document;
    finalIds.resize(interner.keys.size(), -1);
    // Features new to the index get ids in the order of their keys.
    std::vector<int> fresh;
    for (int id : interner.touched) {
        if (finalIds[size_t(id)] < 0)
            fresh.push_back(id);
    }
    std::sort(fresh.begin(), fresh.end(), [&interner](int a, int b) {
        return interner.keys[size_t(a)] < interner.keys[size_t(b)];
    });
    for (int id : fresh) {
        const QString &key = interner.keys[size_t(id)];
        const int finalId = int(features.size());
        finalIds[size_t(id)] = finalId;
        const int family = familyOf(key);
        features.push_back(Feature{family, key.mid(2), 0, 1.0, {}, {}, 0});
    }
    for (int id : interner.touched) {
        const int finalId = finalIds[size_t(id)];
        // Passages are matched on words and concepts only.
        if (document || features[size_t(finalId)].family != CharGram)
            vector.entries.emplace_back(finalId, interner.tf[size_t(id)]); // raw tf for now
        interner.tf[size_t(id)] = 0.0;
        interner.inVector[size_t(id)] = 0;
    }
    interner.touched.clear();
    std::sort(vector.entries.begin(), vector.entries.end());
    vectors.push_back(std::move(vector));
    return int(vectors.size()) - 1;
}

void RunbookMatcher::Index::build()
{
    data.resize(size_t(runbooks.size()));
    FeatureInterner interner;
    std::vector<int> finalIds; // provisional id -> feature id
    for (int r = 0; r < runbooks.size(); ++r) {
        const Runbook &runbook = runbooks.at(r);
        collectFeatures(runbook.title, kTitleWeight, lexicon, true, interner);
        for (const QString &tag : runbook.tags)
            collectFeatures(tag, kTagWeight, lexicon, true, interner);
        for (const QString &symptom : runbook.symptoms)
            collectFeatures(symptom, kSymptomWeight, lexicon, true, interner);
        for (const QString &example : runbook.examples)
            collectFeatures(example, kExampleWeight, lexicon, true, interner);
        data[size_t(r)].documentVector = addVector(r, true, interner, finalIds);

        QStringList passages = runbook.symptoms;
        passages << runbook.examples << runbook.title;
        for (const QString &passage : passages) {
            collectFeatures(passage, 1.0, lexicon, false, interner);
            if (!interner.touched.empty())
                addVector(r, false, interner, finalIds);
        }

        for (const QString &symptom : runbook.symptoms) {
            std::optional<IndexedCondition> previous;
            for (const NumericCondition &condition : NumericCondition::parse(symptom)) {
                if (condition.sustain)
                    continue;
                IndexedCondition indexed{condition, conceptsOf(condition.subjectText)};
                // "GC pause time above 1 s or more than 10% of wall time": a
                // later alternative naming no concept of its own measures the
                // same thing as the one before it.
                if (previous && indexed.concepts.isEmpty()) {
                    indexed.concepts = previous->concepts;
                    for (const QString &stem : previous->condition.subject) {
                        if (!indexed.condition.subject.contains(stem))
                            indexed.condition.subject << stem;
                    }
                }
                data[size_t(r)].conditions << indexed;
                previous = indexed;
            }
        }

        if (!runbook.matchLabels.isEmpty()) {
            const auto first = runbook.matchLabels.cbegin();
            selectorIndex[first.key() + QLatin1Char('=') + first.value()].append(r);
        }
    }

    // Every provisional id went into a vector, so each has its final id.
    for (const auto &[surface, wordFeatures] : interner.words) {
        if (!wordFeatures.hasCharGrams)
            continue; // seen in passages or camel-case parts only: the slow path
        RunbookMatcherKnownWord known;
        known.unigram = finalIds[size_t(wordFeatures.unigram)];
        known.charGrams.reserve(wordFeatures.charGrams.size());
        for (int id : wordFeatures.charGrams)
            known.charGrams.push_back(finalIds[size_t(id)]);
        knownWords.emplace(surface, std::move(known));
    }
    {
        std::vector<std::pair<QString, int>> terms[kFamilies];
        for (size_t id = 0; id < features.size(); ++id)
            terms[features[id].family].emplace_back(features[id].term, int(id));
        for (int family = 0; family < kFamilies; ++family) {
            if (family != Bigram) // word pairs are found through bigramIds
                termIds[family].build(terms[family]);
        }
    }
    for (const auto &[pair, bigram] : interner.bigrams) {
        bigramIds.emplace(
            pairKey(finalIds[size_t(pair >> 32)], finalIds[size_t(pair & 0xffffffffU)]),
            finalIds[size_t(bigram)]);
    }
    {
        std::vector<int> byKey(features.size());
        for (size_t i = 0; i < byKey.size(); ++i)
            byKey[i] = int(i);
        std::sort(byKey.begin(), byKey.end(), [this](int a, int b) {
            const Feature &fa = features[size_t(a)];
            const Feature &fb = features[size_t(b)];
            if (fa.family != fb.family)
                return kFamilyPrefix[fa.family] < kFamilyPrefix[fb.family];
            return fa.term < fb.term;
        });
        featureRank.resize(features.size());
        for (size_t i = 0; i < byKey.size(); ++i)
            featureRank[size_t(byKey[i])] = int(i);
    }

    // Document vectors first, numbered like their runbooks, then the passages:
    // character n-grams (most of a query's postings) index documents only and
    // so accumulate into one dense block of the accumulators. Feature ids were
    // handed out in the order the vectors were collected, and each vector's
    // dot still sums in feature-id order, so no result depends on this order.
    {
        std::vector<Vector> ordered;
        ordered.reserve(vectors.size());
        for (Vector &vector : vectors) {
            if (vector.document)
                ordered.push_back(std::move(vector));
        }
        for (Vector &vector : vectors) {
            if (!vector.document)
                ordered.push_back(std::move(vector));
        }
        vectors = std::move(ordered);
        for (size_t r = 0; r < data.size(); ++r)
            data[r].documentVector = int(r);
    }

    vectorOwners.reserve(vectors.size());
    for (const Vector &vector : vectors)
        vectorOwners.push_back(VectorOwner{vector.runbook, vector.document});
    // Passages follow the documents in runbook order.
    passageStart.assign(data.size() + 1, int(vectors.size()));
    for (size_t v = vectors.size(); v-- > data.size();)
        passageStart[size_t(vectors[v].runbook)] = int(v);
    for (size_t r = data.size(); r-- > 0;)
        passageStart[r] = std::min(passageStart[r], passageStart[r + 1]);
    selectorStart.reserve(size_t(runbooks.size()) + 1);
    for (const Runbook &runbook : std::as_const(runbooks)) {
        selectorStart.push_back(int(selectorPairs.size()));
        for (auto it = runbook.matchLabels.cbegin(); it != runbook.matchLabels.cend(); ++it) {
            const std::pair<QString, QString> pair{it.key(), it.value()};
            auto found = selectorPairIds.constFind(pair);
            if (found == selectorPairIds.cend())
                found = selectorPairIds.insert(pair, int(selectorPairIds.size()));
            selectorPairs.push_back(found.value());
        }
    }
    selectorStart.push_back(int(selectorPairs.size()));

    // Document frequency counts runbooks, not passages.
    for (const Vector &vector : vectors) {
        if (!vector.document)
            continue;
        for (const auto &entry : vector.entries)
            ++features[size_t(entry.first)].documentFrequency;
    }
    const double n = double(runbooks.size());
    for (Feature &feature : features)
        feature.idf = std::log((n + 1.0) / (feature.documentFrequency + 1.0)) + 1.0;
    unknownIdf = (std::log(n + 1.0) + 1.0) * kUnknownIdfFactor;
    charPostingLimit = std::max<size_t>(64, size_t(runbooks.size() / 4));
    {
        size_t entries = 0;
        for (size_t r = 0; r < data.size(); ++r)
            entries += vectors[r].entries.size();
        constexpr double kGatherCost = 1.5; // a random read against a streamed posting
        rescoreCost = data.empty() ? 1.0 : kGatherCost * double(entries) / double(data.size());
    }

    for (int v = 0; v < int(vectors.size()); ++v) {
        Vector &vector = vectors[size_t(v)];
        double norm[kFamilies] = {0, 0, 0, 0};
        for (auto &entry : vector.entries) {
            const Feature &feature = features[size_t(entry.first)];
            entry.second = tfWeight(entry.second) * feature.idf;
            norm[feature.family] += entry.second * entry.second;
        }
        for (auto &entry : vector.entries) {
            Feature &feature = features[size_t(entry.first)];
            entry.second /= std::sqrt(norm[feature.family]);
            feature.postingVectors.push_back(v);
            feature.postingWeights.push_back(entry.second);
            if (vector.document) {
                ++feature.documentPostings;
                feature.maxDocumentWeight = std::max(feature.maxDocumentWeight, entry.second);
            }
        }
    }
}

namespace {

// Collects an alert's features: those the library has by id (words it knows
// cost one hash lookup for all their n-grams), the others by key, as they
// only count in the alert's norm.
struct QuerySink
{
    const TermTable *termIds; // per family
    const StringMap<RunbookMatcherKnownWord> &knownWords;
    const PairMap &bigramIds;
    std::vector<std::pair<int, double>> &known; // (id, weight) per occurrence, in text order
    UnknownTerms &unknown;
    QHash<int, QString> &surfaces;
    AnalysisMemory &memory;
    int previousUnigram = -1;

    AnalysisMemory &analysis() { return memory; }

    int lookup(int family, QStringView term) const { return termIds[family].find(term); }
    void addTerm(int family, QStringView term, double weight)
    {
        const int id = lookup(family, term);
        if (id >= 0)
            known.emplace_back(id, weight);
        else
            unknown.add(family, term, weight);
    }

    void word(const Word &word, const Word *previous, double weight, bool charGrams)
    {
        const auto cached = knownWords.find(word.surface);
        const bool isCached = cached != knownWords.cend();
        const int unigram = isCached ? cached->second.unigram : lookup(Unigram, word.stem);
        if (unigram >= 0) {
            known.emplace_back(unigram, weight);
            if (!surfaces.contains(unigram))
                surfaces.insert(unigram, word.surface.toString());
        } else {
            unknown.add(Unigram, word.stem, weight);
        }
        if (previous) {
            // A bigram the library has joins two words it has.
            int bigram = -1;
            if (previousUnigram >= 0 && unigram >= 0) {
                const auto found = bigramIds.find(pairKey(previousUnigram, unigram));
                if (found != bigramIds.cend())
                    bigram = found->second;
            }
            if (bigram >= 0) {
                known.emplace_back(bigram, weight);
                if (!surfaces.contains(bigram))
                    surfaces.insert(bigram, joinedPair(previous->surface, word.surface));
            } else {
                unknown.addPair(Bigram, previous->stem, word.stem, weight);
            }
        }
        previousUnigram = unigram;
        if (!charGrams)
            return;
        if (isCached) {
            for (int id : cached->second.charGrams)
                known.emplace_back(id, weight);
        } else {
            // The n-grams of TextAnalyzer::charNGrams, in its order, looked up
            // as views of the padded word.
            QString padded;
            padded.reserve(word.surface.size() + 2);
            padded.append(QLatin1Char('<'));
            padded.append(word.surface);
            padded.append(QLatin1Char('>'));
            const QStringView view(padded);
            for (qsizetype n = 3; n <= 5; ++n) {
                for (qsizetype i = 0; i + n <= view.size(); ++i)
                    addTerm(CharGram, view.mid(i, n), weight);
            }
        }
    }
    void conceptHit(const QString &conceptId, double weight)
    {
        addTerm(ConceptFamily, conceptId, weight);
    }
};

} // namespace

RunbookMatcher::Index::Query RunbookMatcher::Index::makeQuery(const Alert &alert) const
{
    Query query;
    MatchScratch &scratch = matchScratch();
    std::vector<std::pair<int, double>> &occurrences = scratch.occurrences;
    occurrences.clear();
    scratch.unknownTerms.clear();
    QuerySink sink{termIds,        knownWords,      bigramIds, occurrences, scratch.unknownTerms,
                   query.surfaces, scratch.analysis};
    collectFeatures(alert.summary, kSummaryWeight, lexicon, true, sink);
    collectFeatures(alert.description, kDescriptionWeight, lexicon, true, sink);
    for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it) {
        if (it.value() != alert.summary && it.value() != alert.description &&
            !it.value().startsWith(QLatin1String("http")))
            collectFeatures(it.value(), kDescriptionWeight, lexicon, true, sink);
    }
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
        if (it.key() == QLatin1String("severity"))
            continue;
        const double weight =
            it.key() == QLatin1String("alertname") ? kAlertnameWeight : kOtherLabelWeight;
        collectFeatures(it.value(), weight, lexicon, true, sink);
    }
    for (auto it = alert.values.cbegin(); it != alert.values.cend(); ++it) {
        QString name = it.key();
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        collectFeatures(name, kValueNameWeight, lexicon, true, sink);
    }

    // tf per known feature: occurrences summed in text order, in a dense
    // per-thread array (zero between queries), then the features in id order.
    if (scratch.queryTf.size() < features.size())
        scratch.queryTf.resize(features.size(), 0.0);
    double *tf = scratch.queryTf.data();
    TfWeightCache &tfWeights = scratch.tfWeights;
    std::vector<int> &ids = scratch.queryIds;
    ids.clear();
    for (const auto &[id, weight] : occurrences) {
        double &sum = tf[size_t(id)];
        if (sum == 0.0)
            ids.push_back(id);
        sum += weight;
    }
    sortDistinct(ids, scratch.orderBits);
    query.known.reserve(ids.size());
    for (int id : ids) {
        query.known.emplace_back(id, tfWeights(tf[size_t(id)]) * features[size_t(id)].idf);
        tf[size_t(id)] = 0.0;
    }

    // The norms are float sums: add them in key order, the known and the
    // unknown features merged.
    // featureRank is a permutation: sort the ranks, then map them back.
    std::vector<int> knownByKey(query.known.size());
    if (scratch.knownOfRank.size() < features.size())
        scratch.knownOfRank.resize(features.size(), 0);
    for (size_t i = 0; i < knownByKey.size(); ++i) {
        const int rank = featureRank[size_t(query.known[i].first)];
        knownByKey[i] = rank;
        scratch.knownOfRank[size_t(rank)] = int(i);
    }
    sortDistinct(knownByKey, scratch.orderBits);
    for (int &entry : knownByKey)
        entry = scratch.knownOfRank[size_t(entry)];
    // Unknown terms in key order ("<family prefix>:<term>", compared as
    // UTF-16 like the QString keys they replace).
    const UnknownTerms &unknown = scratch.unknownTerms;
    const std::vector<UnknownTerms::Term> &unknownTerms = unknown.terms();
    std::vector<int> &unknownOrder = scratch.unknownOrder;
    unknownOrder.resize(unknownTerms.size());
    for (size_t i = 0; i < unknownOrder.size(); ++i)
        unknownOrder[i] = int(i);
    std::sort(unknownOrder.begin(), unknownOrder.end(), [&](int a, int b) {
        const UnknownTerms::Term &ta = unknownTerms[size_t(a)];
        const UnknownTerms::Term &tb = unknownTerms[size_t(b)];
        if (ta.family != tb.family)
            return kFamilyPrefix[ta.family] < kFamilyPrefix[tb.family];
        return unknown.termOf(ta).compare(unknown.termOf(tb)) < 0;
    });
    auto knownBefore = [this, &unknown](const Feature &feature, const UnknownTerms::Term &term) {
        if (feature.family != term.family)
            return kFamilyPrefix[feature.family] < kFamilyPrefix[term.family];
        return QStringView(feature.term).compare(unknown.termOf(term)) < 0;
    };
    size_t k = 0;
    size_t u = 0;
    while (k < knownByKey.size() || u < unknownOrder.size()) {
        if (k < knownByKey.size() &&
            (u == unknownOrder.size() ||
             knownBefore(features[size_t(query.known[size_t(knownByKey[k])].first)],
                         unknownTerms[size_t(unknownOrder[u])]))) {
            const auto &[id, weight] = query.known[size_t(knownByKey[k])];
            query.norm[features[size_t(id)].family] += weight * weight;
            ++k;
            continue;
        }
        const UnknownTerms::Term &term = unknownTerms[size_t(unknownOrder[u++])];
        const QStringView text = unknown.termOf(term);
        const bool hasDigit =
            std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
        if (term.family == ConceptFamily || !hasDigit) {
            // Identifiers ("7f9", "node17") say nothing about any runbook and are
            // left out; other unknown words dilute the similarity.
            const double weight = tfWeights(term.tf) * unknownIdf;
            query.norm[term.family] += weight * weight;
        }
    }
    for (double &norm : query.norm)
        norm = std::sqrt(norm);
    return query;
}

QList<Evidence> RunbookMatcher::Index::evidenceOf(const Alert &alert) const
{
    QList<Evidence> evidence;
    QStringList texts{alert.summary, alert.description};
    for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it) {
        if (!texts.contains(it.value()))
            texts << it.value();
    }
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        for (const Quantity &reading : NumericCondition::readings(text)) {
            Evidence item;
            item.quantity = reading;
            item.context = reading.context;
            item.concepts = conceptsOf(reading.contextText);
            item.generic = item.context.isEmpty() && item.concepts.isEmpty();
            evidence << item;
        }
        for (const NumericCondition &claim : NumericCondition::parse(text)) {
            if (claim.sustain)
                continue;
            Evidence item;
            item.claim = claim;
            item.context = claim.subject;
            item.concepts = conceptsOf(claim.subjectText);
            item.generic = item.context.isEmpty() && item.concepts.isEmpty();
            evidence << item;
        }
    }
    for (auto it = alert.values.cbegin(); it != alert.values.cend(); ++it) {
        Evidence item;
        item.quantity = NumericCondition::fromValue(it.key(), it.value());
        item.context = item.quantity.context;
        item.concepts = conceptsOf(item.quantity.contextText);
        item.generic = item.context.isEmpty() && item.concepts.isEmpty();
        evidence << item;
    }
    return evidence;
}

void RunbookMatcher::Index::checkConditions(int runbook, const QList<Evidence> &evidence,
                                            QStringList &met, QStringList &failed) const
{
    // Each reading speaks to the one condition whose subject it names best
    // (ties: the condition written first, the runbook's main symptom), so
    // "CPU at 45%" fails "CPU usage above 90%" instead of meeting a side
    // condition such as "CPU throttling above 25%". Readings that name
    // nothing ("value") count only when no named reading binds.
    const QList<IndexedCondition> &conditions = data[size_t(runbook)].conditions;
    QList<QString> metBy(conditions.size());
    QList<QString> failedBy(conditions.size());
    auto record = [&](qsizetype c, ConditionVerdict verdict, const Evidence &item) {
        if (verdict == ConditionVerdict::Met && metBy[c].isEmpty())
            metBy[c] = item.describe();
        else if (verdict == ConditionVerdict::Failed && failedBy[c].isEmpty())
            failedBy[c] = item.describe();
    };
    auto verdictOf = [](const IndexedCondition &indexed, const Evidence &item) {
        return item.claim ? indexed.condition.checkClaim(*item.claim)
                          : indexed.condition.check(item.quantity);
    };
    bool anyBound = false;
    for (const Evidence &item : evidence) {
        if (item.generic)
            continue;
        qsizetype best = -1;
        int bestBinding = 0;
        ConditionVerdict bestVerdict = ConditionVerdict::Unknown;
        for (qsizetype c = 0; c < conditions.size(); ++c) {
            const IndexedCondition &indexed = conditions.at(c);
            int sharedWords = 0;
            for (const QString &stem : item.context)
                sharedWords += indexed.condition.subject.contains(stem) ? 1 : 0;
            int binding = sharedWords;
            for (const QString &conceptId : item.concepts)
                binding += indexed.concepts.contains(conceptId) ? 1 : 0;
            if (binding <= bestBinding)
                continue;
            const ConditionVerdict verdict = verdictOf(indexed, item);
            if (verdict == ConditionVerdict::Unknown)
                continue; // another unit or a sustain duration: not this reading's condition
            best = c;
            bestBinding = binding;
            bestVerdict = verdict;
        }
        if (best < 0)
            continue;
        anyBound = true;
        // A failure needs a measured reading: a threshold the alert states
        // ("less than 5% left") or one that measures the complement ("5%
        // free" against a usage condition) says nothing against the
        // runbook. A reading bound through a shared concept alone does veto:
        // "disk usage 40%" fails "Filesystem usage above 90%".
        if (bestVerdict == ConditionVerdict::Failed &&
            (item.claim || measuresComplement(item.context, conditions.at(best).condition.subject)))
            continue;
        record(best, bestVerdict, item);
    }
    if (!anyBound) {
        for (const Evidence &item : evidence) {
            if (!item.generic)
                continue;
            for (qsizetype c = 0; c < conditions.size(); ++c)
                record(c, verdictOf(conditions.at(c), item), item);
        }
    }
    for (qsizetype c = 0; c < conditions.size(); ++c) {
        const QString &text = conditions.at(c).condition.text;
        if (!metBy.at(c).isEmpty())
            met << QStringLiteral("%1 (alert: %2)").arg(text, metBy.at(c));
        else if (!failedBy.at(c).isEmpty())
            failed << QStringLiteral("%1 (alert: %2)").arg(text, failedBy.at(c));
    }
}

bool RunbookMatcher::Index::selectorsHold(const Runbook &runbook, const Alert &alert,
                                          QStringList *matched) const
{
    QStringList holding;
    for (auto it = runbook.matchLabels.cbegin(); it != runbook.matchLabels.cend(); ++it) {
        const auto label = alert.labels.constFind(it.key());
        if (label == alert.labels.cend() || label.value() != it.value())
            return false;
        holding << it.key() + QLatin1Char('=') + it.value();
    }
    if (matched)
        *matched = holding;
    return true;
}

RunbookMatcher::RunbookMatcher(QList<Runbook> runbooks, ConceptLexicon lexicon,
                               MatcherOptions options)
    : m_index(std::make_unique<Index>())
{
    m_index->runbooks = std::move(runbooks);
    m_index->lexicon = std::move(lexicon);
    m_index->options = options;
    m_index->build();
}

RunbookMatcher::~RunbookMatcher() = default;
RunbookMatcher::RunbookMatcher(RunbookMatcher &&other) noexcept = default;
RunbookMatcher &RunbookMatcher::operator=(RunbookMatcher &&other) noexcept = default;

const QList<Runbook> &RunbookMatcher::runbooks() const
{
    return m_index->runbooks;
}

const ConceptLexicon &RunbookMatcher::lexicon() const
{
    return m_index->lexicon;
}

const MatcherOptions &RunbookMatcher::options() const
{
    return m_index->options;
}

double RunbookMatcher::calibrate(double rawScore)
{
    // Gentle slope: strong matches stay apart (0.73 -> 0.85, 0.87 -> 0.92)
    // instead of all saturating near 1, so the ambiguity margin still means
    // something between two good candidates.
    auto logistic = [](double s) {
        return 1.0 / (1.0 + std::exp(-5.0 * (s - 0.35)));
    };
    const double floor = logistic(0.0);
    const double confidence = (logistic(std::max(0.0, rawScore)) - floor) / (1.0 - floor);
    return std::clamp(confidence, 0.0, 1.0);
}

bool RunbookMatcher::isInformational(const Alert &alert)
{
    return !informationalReason(alert).isEmpty();
}

QString RunbookMatcher::informationalReason(const Alert &alert)
{
    if (alert.status == Alert::Status::Resolved)
        return QStringLiteral("alert status is resolved");

    static const QRegularExpression resolutionTag(
        QStringLiteral("^\\s*(\\[\\s*(resolved|recovered|ok|info|fyi)\\s*\\]|"
                       "(resolved|recovered|fyi|info)\\s*:)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto tag = resolutionTag.match(alert.summary); tag.hasMatch())
        return QStringLiteral("summary starts with \"%1\"").arg(tag.captured(0).trimmed());

    const QString text = (alert.summary + QLatin1String(" \n ") + alert.description).toLower();
    auto cueReason = [&text](const QRegularExpression &cues) -> QString {
        auto it = cues.globalMatch(text);
        while (it.hasNext()) {
            const auto cue = it.next();
            if (!negatedBefore(text, cue.capturedStart()))
                return QStringLiteral("the alert says \"%1\"").arg(cue.captured(0));
        }
        return {};
    };
    // Explicit intent: a planned window, a drill, a silence or a test says so
    // in as many words, whatever else the text mentions.
    static const QRegularExpression explicitCues(QStringLiteral(
        "\\b(scheduled maintenance|planned maintenance|maintenance window|test alert|"
        "this is a test|informational only|planned switchover|planned failover|dr drill|"
        "drill|game ?day|silence created|silenced|expect brief|no action (required|needed)|"
        "watchdog)\\b"));
    if (QString reason = cueReason(explicitCues); !reason.isEmpty())
        return reason;

    static const QRegularExpression problemWords(QStringLiteral(
        "\\b(fail\\w*|errors?|down|unreachable|crash\\w*|exceed\\w*|full|timeout|timed out|"
        "oom\\w*|not responding|outage|degraded|unavailable|refused|panic|fatal|lost|"
        "no space|critical|5\\d\\d|red|stuck|missing|dropp\\w*|gone|deleted|truncat\\w*|"
        "corrupt\\w*|skipped|late|behind)\\b"));
    if (problemWords.match(text).hasMatch())
        return {};

    // An autoscaler scaling below its ceiling is doing its job: "scaled from
    // 6 to 9 replicas (max 30)", "HPA at 12/40". At the ceiling it is not.
    static const QRegularExpression scaledWithin(QStringLiteral(
        "\\bscaled (?:up |out )?from \\d+ to (\\d+)\\b[^.;]*?\\bmax(?:imum)?\\s*(?:replicas\\s*)?"
        "(?:of\\s*|=\\s*|:\\s*)?(\\d+)|\\b(?:hpa|replicas)\\s+(?:at\\s+)?(\\d+)\\s*/"
        "\\s*(\\d+)\\b"));
    if (const auto scaling = scaledWithin.match(text); scaling.hasMatch()) {
        const bool fromTo = scaling.capturedStart(1) >= 0;
        const int current = scaling.captured(fromTo ? 1 : 3).toInt();
        const int ceiling = scaling.captured(fromTo ? 2 : 4).toInt();
        if (current < ceiling) {
            return QStringLiteral("the autoscaler is below its ceiling (%1 of %2 replicas)")
                .arg(current)
                .arg(ceiling);
        }
    }

    // Outcome words: the thing finished well or is in a good state. Failure
    // words above override them ("backup completed with errors").
    static const QRegularExpression cues(QStringLiteral(
        "\\b(resolved|recovered|back to normal|returned to normal|deployment completed|"
        "deploy completed|deployment succeeded|deploy succeeded|deployment successful|"
        "deployed successfully|rollout completed?|under maintenance|maintenance "
        "mode|informational|fyi|"
        "completed successfully|completed in|finished successfully|succeeded|"
        "renewed|(is|are|now|all checks|health|status) (green|healthy|ok)|revision \\w+ healthy|"
        "within (slo|limits?|budget|normal range)|draining normally|steady|"
        "synced|in sync|promoted to 100)\\b"));
    if (QString reason = cueReason(cues); !reason.isEmpty())
        return reason;

    static const QRegularExpression infoCues(QStringLiteral(
        "\\b(completed?|succeeded|successful(ly)?|finished|started|notice|deployed|rolled out|"
        "new version)\\b"));
    if (alert.severity.compare(QLatin1String("info"), Qt::CaseInsensitive) == 0) {
        if (QString reason = cueReason(infoCues); !reason.isEmpty())
            return reason + QStringLiteral(" at severity info");
    }
    return {};
}

MatchResult RunbookMatcher::matchText(const QString &text) const
{
    Alert alert;
    alert.summary = text;
    return match(alert);
}

MatchResult RunbookMatcher::match(const Alert &alert) const
{
    const Index &index = *m_index;
    MatchResult result;
    result.informational = isInformational(alert);
    if (index.runbooks.isEmpty())
        return result;

    const Index::Query query = index.makeQuery(alert);

    // The combined score is sum_f W_f * dot_f / |q_f|, so the family weight and
    // the query's family norm fold into each query weight and one
    // accumulator per vector is enough.
    double documentWeight = 0.0;
    double passageWeight = 0.0;
    double scale[kFamilies] = {0, 0, 0, 0};
    for (int f = 0; f < kFamilies; ++f) {
        if (query.norm[f] <= 0.0)
            continue;
        scale[f] = kFamilyWeight[f] / query.norm[f];
        documentWeight += kFamilyWeight[f];
        if (f != CharGram)
            passageWeight += kFamilyWeight[f];
    }

    // Accumulators live in a per-thread scratch (match() is const and may run
    // on several threads) that is all zero between matches: only the entries
    // a match touched are reset, so a query costs what it touches, not the
    // size of the library.
    MatchScratch &scratch = matchScratch();
    ScratchReset reset{scratch};
    scratch.prepare(index.vectors.size(), size_t(index.runbooks.size()), index.features.size());
    std::vector<double> &dots = scratch.dots;
    double *dotData = dots.data();
    const size_t documentCount = size_t(index.runbooks.size());
    scratch.documentCount = documentCount;
    scratch.documentsDirty = true;

    // The features that count, in id order (the order every dot is summed
    // in), with the family weight and norm folded into their weight.
    std::vector<std::pair<int, double>> &active = scratch.activeFeatures;
    for (const auto &[featureId, weight] : query.known) {
        const Index::Feature &feature = index.features[size_t(featureId)];
        if (feature.family == CharGram && feature.postingVectors.size() > index.charPostingLimit)
            continue;
        active.emplace_back(featureId, weight * scale[feature.family]);
    }
    // Document postings (all character n-gram ones) only add: the touched
    // documents are found afterwards by one scan over the document block,
    // which is cheaper than bookkeeping on every posting.
    auto addToDocuments = [&](const Index::Feature &feature, double scaled) {
        const int *vectorIds = feature.postingVectors.data();
        const double *postingWeights = feature.postingWeights.data();
        const size_t documentEnd = feature.documentPostings;
        for (size_t p = 0; p < documentEnd; ++p)
            dotData[size_t(vectorIds[p])] += scaled * postingWeights[p];
    };
    // Passage postings record the vectors they touch. The first add to a
    // vector records it without a branch (the slot is always written, the
    // count only advances for a new vector).
    size_t &touchedCount = scratch.touchedCount;
    auto addToPassages = [&](const Index::Feature &feature, double scaled) {
        const int *vectorIds = feature.postingVectors.data();
        const double *postingWeights = feature.postingWeights.data();
        const size_t documentEnd = feature.documentPostings;
        const size_t postingCount = feature.postingVectors.size();
        if (scratch.touchedVectors.size() < touchedCount + (postingCount - documentEnd))
            scratch.touchedVectors.resize(touchedCount + (postingCount - documentEnd));
        int *touched = scratch.touchedVectors.data();
        size_t count = touchedCount;
        for (size_t p = documentEnd; p < postingCount; ++p) {
            const int v = vectorIds[p];
            double &dot = dotData[size_t(v)];
            touched[count] = v;
            count += dot == 0.0 ? 1 : 0;
            dot += scaled * postingWeights[p];
        }
        touchedCount = count;
    };

    std::vector<double> &passageDot = scratch.passageDot;
    std::vector<int> &consideredRunbooks = scratch.consideredRunbooks;
    std::vector<char> &considered = scratch.considered;
    auto consider = [&](int r) {
        if (!considered[size_t(r)]) {
            considered[size_t(r)] = 1;
            consideredRunbooks.push_back(r);
        }
    };
    // Which runbooks count: every one whose document or a passage shares a
    // feature with the alert, and those whose label selectors hold (even
    // without a shared word). Passage scores are final after this.
    auto considerTouched = [&]() {
        for (size_t r = 0; r < documentCount; ++r) {
            if (dotData[r] != 0.0)
                consider(int(r));
        }
        for (size_t i = 0; i < touchedCount; ++i) {
            const int v = scratch.touchedVectors[i];
            const Index::VectorOwner &owner = index.vectorOwners[size_t(v)];
            consider(owner.runbook);
            if (!owner.document) {
                const size_t r = size_t(owner.runbook);
                passageDot[r] = std::max(passageDot[r], dots[size_t(v)]);
            }
        }
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            const auto found =
                index.selectorIndex.constFind(it.key() + QLatin1Char('=') + it.value());
            if (found != index.selectorIndex.cend()) {
                for (int r : *found)
                    consider(r);
            }
        }
    };

    auto rankedFirst = [&index](const Ranked &a, const Ranked &b) {
        if (a.raw != b.raw)
            return a.raw > b.raw;
        const QString &idA = index.runbooks.at(a.runbook).id;
        const QString &idB = index.runbooks.at(b.runbook).id;
        if (idA != idB)
            return idA < idB;
        return a.runbook < b.runbook;
    };
    // Which interned selector pairs the alert's labels carry: a runbook's
    // selectors hold when all of its pairs do.
    std::vector<char> heldPairs(size_t(index.selectorPairIds.size()), 0);
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
        const auto found = index.selectorPairIds.constFind(std::pair{it.key(), it.value()});
        if (found != index.selectorPairIds.cend())
            heldPairs[size_t(found.value())] = 1;
    }
    auto selectorsHold = [&](size_t r) {
        const int begin = index.selectorStart[r];
        const int end = index.selectorStart[r + 1];
        if (begin == end)
            return false;
        for (int p = begin; p < end; ++p) {
            if (!heldPairs[size_t(index.selectorPairs[size_t(p)])])
                return false;
        }
        return true;
    };
    // The raw score of a runbook whose document dot is complete. Selectors
    // route: when the alert carries every selected label with the selected
    // value the runbook gets a bonus. A label the alert lacks (a text alert)
    // or names differently (KubeNodeUnreachable for a KubeNodeNotReady
    // runbook) is neutral: the text still decides.
    auto rawScore = [&](int r) {
        const double document = documentWeight > 0.0 ? dotData[r] / documentWeight : 0.0;
        const double passage = passageWeight > 0.0 ? passageDot[size_t(r)] / passageWeight : 0.0;
        double raw = kDocumentShare * document + (1.0 - kDocumentShare) * passage;
        if (selectorsHold(size_t(r)))
            raw += kLabelBonus;
        return raw;
    };
    std::vector<Ranked> &ranked = scratch.ranked;
    const size_t shortlistSize = size_t(std::max(15, index.options.maxCandidates * 3));

    bool ranksFound = false;
    if (index.options.pruneTopK) {
        // Exact top-k pruning. Words, word pairs and concepts first (a fifth
        // of the postings): they make every passage score final and give a
        // lower bound of every raw score. Character n-grams only add to the
        // document: the rarest are read (short lists, high idf), the others
        // are bounded by Cauchy-Schwarz (document vectors have unit length per
        // family, and no document weighs a feature more than its
        // maxDocumentWeight). A runbook whose lower bound plus that bound
        // stays below the k-th best lower bound cannot reach the shortlist;
        // the others get their document dot recomputed from their own vector
        // in feature-id order: the same additions in the same order as the
        // exhaustive path, so every score is bit-identical. The bounds live
        // in dense per-runbook arrays: a few linear scans cost less than
        // bookkeeping per touched runbook.
        scratch.passagesDirty = true;
        scratch.vectorCount = index.vectors.size();
        // The n-grams with what sorting and bounding them needs, copied once:
        // Feature structs are large, and a comparator reading them misses the
        // cache on every call.
        struct Gram
        {
            size_t postings;
            int featureId;
            double scaled;
            double maxWeight;
        };
        std::vector<Gram> chargrams;
        for (const auto &[featureId, scaled] : active) {
            const Index::Feature &feature = index.features[size_t(featureId)];
            if (feature.family == CharGram) {
                chargrams.push_back(Gram{feature.postingVectors.size(), featureId, scaled,
                                         feature.maxDocumentWeight});
                continue;
            }
            // Passages are found by the scan below, so their postings only
            // add, like the documents'.
            const int *vectorIds = feature.postingVectors.data();
            const double *postingWeights = feature.postingWeights.data();
            const size_t postingCount = feature.postingVectors.size();
            for (size_t p = 0; p < postingCount; ++p)
                dotData[size_t(vectorIds[p])] += scaled * postingWeights[p];
        }
        // Each runbook's best passage, by one sequential scan. Most runbooks
        // have fewer than kPassageBlock passages: a fixed block with the
        // accumulators past the runbook's end masked (dots has kPassageBlock
        // zeros past the last vector) costs no mispredicted loop exit.
        // Dots are never negative and max is exact, so the result is the same
        // as a loop over the passages alone.
        {
            const int *passageStart = index.passageStart.data();
            double *passageBest = passageDot.data();
            for (size_t r = 0; r < documentCount; ++r) {
                const int begin = passageStart[r];
                const int count = passageStart[r + 1] - begin;
                const double *block = dotData + begin;
                double best = 0.0;
                if (count <= kPassageBlock) {
                    // Loads without a branch (x * 0.0 is 0.0 for the finite,
                    // non-negative dots, x * 1.0 is x), maxima as a tree. The
                    // masks come from a table and the tree is written out in
                    // locals: a loop over a local array made the compiler
                    // store scalars and reload them as pairs, a store-
                    // forwarding stall that cost more than the whole scan.
                    const double *mask = kPassageMasks[count];
                    const double m01 = std::max(block[0] * mask[0], block[1] * mask[1]);
                    const double m23 = std::max(block[2] * mask[2], block[3] * mask[3]);
                    const double m45 = std::max(block[4] * mask[4], block[5] * mask[5]);
                    const double m67 = std::max(block[6] * mask[6], block[7] * mask[7]);
                    best = std::max(std::max(m01, m23), std::max(m45, m67));
                } else {
                    for (int i = 0; i < count; ++i)
                        best = std::max(best, block[i]);
                }
                passageBest[r] = best;
            }
        }
        // Runbooks whose selectors hold (the bonus is part of every bound).
        std::vector<int> &bonusRunbooks = scratch.bonusRunbooks;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            const auto found =
                index.selectorIndex.constFind(it.key() + QLatin1Char('=') + it.value());
            if (found == index.selectorIndex.cend())
                continue;
            for (int r : *found) {
                if (selectorsHold(size_t(r)))
                    bonusRunbooks.push_back(r);
            }
        }
        // Two labels can spell the same "key=value" ("a" = "b=c", "a=b" =
        // "c"): a runbook gets its bonus once.
        std::sort(bonusRunbooks.begin(), bonusRunbooks.end());
        bonusRunbooks.erase(std::unique(bonusRunbooks.begin(), bonusRunbooks.end()),
                            bonusRunbooks.end());
        std::sort(chargrams.begin(), chargrams.end(), [](const Gram &a, const Gram &b) {
            return a.postings != b.postings ? a.postings < b.postings : a.featureId < b.featureId;
        });
        // remaining[i]: what the n-grams from i on can add to any raw score.
        const size_t gramCount = chargrams.size();
        std::vector<double> remaining(gramCount + 1, 0.0);
        {
            double norm = 0.0;
            double maxNorm = 0.0;
            for (size_t i = gramCount; i-- > 0;) {
                const double maxWeight = chargrams[i].maxWeight;
                norm += chargrams[i].scaled * chargrams[i].scaled;
                maxNorm += maxWeight * maxWeight;
                // 1e-9: float sums in another order differ by ~1e-16.
                remaining[i] = documentWeight > 0.0 ? kDocumentShare * std::sqrt(norm) *
                                                          std::min(1.0, std::sqrt(maxNorm)) *
                                                          (1.0 + 1e-9) / documentWeight
                                                    : 0.0;
            }
        }
        // Lower bounds of every runbook (zero: shares nothing read so far) and
        // the k-th best of them less a margin for float rounding, or -infinity
        // while fewer runbooks have a positive bound.
        constexpr double kMargin = 1e-9;
        std::vector<double> &bounds = scratch.bounds;
        bounds.resize(documentCount);
        auto shortlistThreshold = [&]() {
            const double documentFactor =
                documentWeight > 0.0 ? kDocumentShare / documentWeight : 0.0;
            const double passageFactor =
                passageWeight > 0.0 ? (1.0 - kDocumentShare) / passageWeight : 0.0;
            for (size_t r = 0; r < documentCount; ++r)
                bounds[r] = dotData[r] * documentFactor + passageDot[r] * passageFactor;
            for (int r : bonusRunbooks)
                bounds[size_t(r)] += kLabelBonus;
            // The k best, smallest first, by insertion into a fixed array:
            // most bounds lose to the smallest (kept in a register) at once.
            std::vector<double> &best = scratch.best;
            best.assign(shortlistSize, 0.0);
            double *top = best.data();
            size_t filled = 0;
            double smallest = 0.0; // top[0] once full; 0 rejects what is not positive
            const double *boundData = bounds.data();
            for (size_t r = 0; r < documentCount; ++r) {
                const double bound = boundData[r];
                if (bound <= smallest)
                    continue;
                if (filled < shortlistSize) {
                    // Not full: insert in order among the first filled.
                    size_t i = filled++;
                    while (i > 0 && top[i - 1] > bound) {
                        top[i] = top[i - 1];
                        --i;
                    }
                    top[i] = bound;
                    if (filled == shortlistSize)
                        smallest = top[0];
                    continue;
                }
                // Full: drop the smallest, shift the smaller ones down.
                size_t i = 1;
                while (i < shortlistSize && top[i] < bound) {
                    top[i - 1] = top[i];
                    ++i;
                }
                top[i - 1] = bound;
                smallest = top[0];
            }
            return filled < shortlistSize ? -std::numeric_limits<double>::infinity()
                                          : top[0] - kMargin;
        };
        const double firstThreshold = shortlistThreshold();

        // How many n-gram lists to read: each list costs its postings, each
        // runbook left within the bound of the rest below the threshold costs
        // a re-scoring of its document. The lower bounds so far estimate how
        // many that would be. Untouched runbooks score at most the rest, so
        // the rest must stay below the threshold.
        size_t read = gramCount;
        if (firstThreshold > 0.0 && remaining[0] > 0.0) {
            constexpr size_t kBuckets = 64;
            const double span = remaining[0];
            const double bucketsPerSpan = double(kBuckets) / span;
            // within[b]: runbooks whose bound is at most (b + 1) / kBuckets of
            // span below the threshold (or above it).
            std::array<size_t, kBuckets> within{};
            for (size_t r = 0; r < documentCount; ++r) {
                const double gap = firstThreshold - bounds[r];
                if (gap < span)
                    ++within[gap <= 0.0 ? 0 : std::min(kBuckets - 1, size_t(gap * bucketsPerSpan))];
            }
            for (size_t b = 1; b < kBuckets; ++b)
                within[b] += within[b - 1];
            double bestCost = std::numeric_limits<double>::infinity();
            double postingsRead = 0.0;
            for (size_t i = 0; i <= gramCount; ++i) {
                if (remaining[i] < firstThreshold) {
                    const size_t bucket =
                        std::min(kBuckets - 1, size_t(remaining[i] * bucketsPerSpan));
                    const double cost = postingsRead + double(within[bucket]) * index.rescoreCost;
                    if (cost < bestCost) {
                        bestCost = cost;
                        read = i;
                    }
                }
                if (i < gramCount)
                    postingsRead += double(chargrams[i].postings);
            }
        }
        for (size_t i = 0; i < read; ++i)
            addToDocuments(index.features[size_t(chargrams[i].featureId)], chargrams[i].scaled);
        const double rest = remaining[read];
        const double threshold = read > 0 ? shortlistThreshold() : firstThreshold;
        std::vector<double> &queryWeights = scratch.queryWeights;
        for (const auto &[featureId, scaled] : active)
            queryWeights[size_t(featureId)] = scaled;
        auto rescore = [&](int r) {
            // The exact document dot, in feature-id order.
            double dot = 0.0;
            for (const auto &[featureId, weight] : index.vectors[size_t(r)].entries)
                dot += queryWeights[size_t(featureId)] * weight;
            dotData[r] = dot;
            ranked.push_back(Ranked{rawScore(r), r});
        };
        if (threshold > 0.0) {
            // One branch per runbook (rarely taken), not a mispredicted
            // short-circuit on bounds[r] > 0.
            const double *boundData = bounds.data();
            std::vector<int> &candidates = scratch.candidates;
            candidates.clear();
            for (size_t r = 0; r < documentCount; ++r) {
                const double bound = boundData[r];
                if ((bound > 0.0) & (bound + rest >= threshold))
                    candidates.push_back(int(r));
            }
            // The document entries of the candidates are cold (the re-scoring
            // loop waited on them): fetch the next one's vector and the start
            // of its entries while this one is summed.
            const size_t candidateCount = candidates.size();
            for (size_t i = 0; i < candidateCount; ++i) {
                if (i + 2 < candidateCount)
                    prefetch(&index.vectors[size_t(candidates[i + 2])]);
                if (i + 1 < candidateCount) {
                    const auto &entries = index.vectors[size_t(candidates[i + 1])].entries;
                    const char *start = reinterpret_cast<const char *>(entries.data());
                    const size_t bytes =
                        std::min<size_t>(entries.size() * sizeof(entries[0]), 1024);
                    for (size_t offset = 0; offset < bytes; offset += 64)
                        prefetch(start + offset);
                }
                rescore(candidates[i]);
            }
        } else {
            // Fewer runbooks share a feature than the shortlist holds (every
            // n-gram is read): all of them rank, as in the exhaustive path
            // (the order they are listed in does not matter: ranking is a
            // total order).
            for (size_t r = 0; r < documentCount; ++r) {
                if (dotData[r] != 0.0 || passageDot[r] != 0.0)
                    consider(int(r));
            }
            for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
                const auto found =
                    index.selectorIndex.constFind(it.key() + QLatin1Char('=') + it.value());
                if (found != index.selectorIndex.cend()) {
                    for (int r : *found)
                        consider(r);
                }
            }
            for (int r : consideredRunbooks)
                rescore(r);
        }
        ranksFound = true;
    } else {
        for (const auto &[featureId, scaled] : active) {
            const Index::Feature &feature = index.features[size_t(featureId)];
            addToDocuments(feature, scaled);
            addToPassages(feature, scaled);
        }
        considerTouched();
        scratch.documentsDirty = false; // every touched document is considered
    }
    if (!ranksFound) {
        ranked.reserve(consideredRunbooks.size());
        for (int r : consideredRunbooks)
            ranked.push_back(Ranked{rawScore(r), r});
    }
    const size_t shortlist = std::min(ranked.size(), shortlistSize);
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(shortlist), ranked.end(),
                      rankedFirst);

    struct Scored
    {
        int runbook = 0;
        double raw = 0.0;
        QStringList labels;
        QStringList met;
        QStringList failed;
    };
    std::vector<Scored> scored;
    for (size_t i = 0; i < shortlist; ++i) {
        Scored item;
        item.runbook = ranked[i].runbook;
        item.raw = ranked[i].raw;
        index.selectorsHold(index.runbooks.at(item.runbook), alert, &item.labels);
        scored.push_back(std::move(item));
    }
    auto byScore = [&](const Scored &a, const Scored &b) {
        return rankedFirst(Ranked{a.raw, a.runbook}, Ranked{b.raw, b.runbook});
    };

    // Numeric conditions re-rank the leading runbooks only: parsing the
    // alert's numbers once is cheap, checking every runbook is not needed.
    const QList<Evidence> evidence = index.evidenceOf(alert);
    QString healthyReading; // the text's best runbook, whose condition the alert's reading fails
    if (!evidence.isEmpty()) {
        for (size_t i = 0; i < scored.size(); ++i) {
            Scored &item = scored[i];
            index.checkConditions(item.runbook, evidence, item.met, item.failed);
            if (!item.met.isEmpty()) {
                item.raw += std::min(kMaxConditionBonus, kConditionBonus * item.met.size());
            } else if (!item.failed.isEmpty()) {
                if (i == 0)
                    healthyReading = item.failed.first();
                item.raw *= kFailedConditionFactor;
            }
        }
        std::sort(scored.begin(), scored.end(), byScore);
    }

    const size_t keep = std::min(scored.size(), size_t(std::max(0, index.options.maxCandidates)));
    for (size_t i = 0; i < keep; ++i) {
        const Scored &item = scored[i];
        result.candidates << MatchCandidate{index.runbooks.at(item.runbook).id,
                                            calibrate(item.raw)};
    }
    if (scored.empty() || keep == 0)
        return result;

    // Explain the best candidate, chosen or not.
    const Scored &best = scored.front();
    const Index::Vector &document =
        index.vectors[size_t(index.data[size_t(best.runbook)].documentVector)];
    struct Contribution
    {
        double value;
        QString text;
    };
    std::vector<Contribution> terms;
    std::vector<Contribution> concepts;
    bool specificOverlap = false;
    // A match needs one shared feature that names a failure mode: a concept
    // that is not broad, or a word (or word pair) that is neither generic nor
    // common to a quarter of the library.
    auto isSpecific = [](const Index::Feature &feature, qsizetype libraryCount) {
        const int commonFrequency = std::max(2, int(libraryCount / 4));
        switch (feature.family) {
        case ConceptFamily:
            return !isBroadConcept(feature.term);
        case Unigram:
            return !isGenericStem(feature.term) && feature.documentFrequency <= commonFrequency;
        case Bigram: {
            const QStringList parts = feature.term.split(QLatin1Char(' '));
            return feature.documentFrequency <= commonFrequency &&
                   std::any_of(parts.cbegin(), parts.cend(),
                               [](const QString &part) { return !isGenericStem(part); });
        }
        default:
            return false;
        }
    };
    auto queryIt = query.known.cbegin();
    for (const auto &[featureId, weight] : document.entries) {
        while (queryIt != query.known.cend() && queryIt->first < featureId)
            ++queryIt;
        if (queryIt == query.known.cend())
            break;
        if (queryIt->first != featureId)
            continue;
        const Index::Feature &feature = index.features[size_t(featureId)];
        const double value = weight * queryIt->second / query.norm[feature.family];
        if (isSpecific(feature, index.runbooks.size()))
            specificOverlap = true;
        if (feature.family == ConceptFamily) {
            concepts.push_back({value, feature.term});
        } else if (feature.family == Unigram || feature.family == Bigram) {
            terms.push_back({value * kFamilyWeight[feature.family],
                             query.surfaces.value(featureId, feature.term)});
        }
    }
    auto byContribution = [](const Contribution &a, const Contribution &b) {
        return a.value != b.value ? a.value > b.value : a.text < b.text;
    };
    std::sort(terms.begin(), terms.end(), byContribution);
    std::sort(concepts.begin(), concepts.end(), byContribution);
    for (const Contribution &term : terms) {
        if (result.explanation.matchedTerms.size() >= kMaxExplainedTerms)
            break;
        if (!result.explanation.matchedTerms.contains(term.text))
            result.explanation.matchedTerms << term.text;
    }
    for (const Contribution &conceptItem : concepts)
        result.explanation.matchedConcepts << conceptItem.text;
    result.explanation.matchedLabels = best.labels;
    result.explanation.conditionsMet = best.met;
    result.explanation.conditionsFailed = best.failed;

    result.confidence = result.candidates.first().score;
    if (result.informational) {
        result.informationalReason = informationalReason(alert);
        return result; // nothing to remediate: never a runbook
    }
    if (!healthyReading.isEmpty()) {
        // The alert is about what the best runbook watches, and its reading
        // says that all is well there: nothing to remediate.
        result.informational = true;
        result.informationalReason =
            QStringLiteral("the reading does not meet the runbook's condition: %1")
                .arg(healthyReading);
        return result;
    }
    if (result.confidence < index.options.minConfidence)
        return result; // novel or weak: no runbook
    if (!specificOverlap && best.labels.isEmpty())
        return result; // only generic words in common ("expires", "failed", "days")
    if (result.candidates.size() > 1 &&
        result.confidence - result.candidates.at(1).score < index.options.ambiguityMargin) {
        result.ambiguous = true;
        return result;
    }
    result.runbookId = result.candidates.first().runbookId;
    return result;
}

} // namespace icc
