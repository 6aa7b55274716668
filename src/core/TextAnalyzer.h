#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>
#include <vector>

namespace icc {

// One word of analysed text.
struct AnalyzedWord
{
    QString surface;       // lower-cased as written ("oomkilled", "restarting", "503")
    QString stem;          // stemming-lite form ("oomkill", "restart"); numbers unchanged
    bool isNumber = false; // "97", "2.4s", "500ms": a reading, never a similarity feature
    bool isStopWord = false;
};

// A run of words that belong together: bigrams and lexicon phrases never span
// two segments. Clause punctuation starts a new segment; the parts of a
// camel-case word ("KubePodCrashLooping") form their own, lighter segment.
struct TextSegment
{
    QList<AnalyzedWord> words;
    double weight = 1.0;
};

// The result of TextAnalyzer::analyze as views, for hot paths (the matcher
// analyses every alert): one character buffer holds every word's lower-case
// surface and stem, so analysing text allocates nothing per word, and an
// instance that is reused keeps its memory. Views stay valid until the next
// analyze() into the same instance.
class AnalyzedText final
{
public:
    struct Word
    {
        QStringView surface;
        QStringView stem;
        bool isNumber = false;
        bool isStopWord = false;
    };
    struct Segment
    {
        qsizetype first = 0; // index of its first word
        qsizetype count = 0;
        double weight = 1.0;
    };

    const std::vector<Segment> &segments() const { return m_segments; }
    std::span<const Word> words(const Segment &segment) const
    {
        return std::span<const Word>(m_words).subspan(size_t(segment.first), size_t(segment.count));
    }

private:
    friend class TextAnalyzer;
    struct Slot
    {
        qsizetype surface = 0; // offsets into m_chars
        qsizetype surfaceLength = 0;
        qsizetype stem = 0;
        qsizetype stemLength = 0;
        bool isNumber = false;
        bool isStopWord = false;
    };
    QString m_chars;
    std::vector<Slot> m_slots;
    std::vector<Slot> m_camelSlots; // camel-case parts, appended after the text's words
    std::vector<Segment> m_camelSegments;
    std::vector<Word> m_words;
    std::vector<Segment> m_segments;
};

// Tokenising and normalising shared by the matcher, the concept lexicon and
// numeric conditions, so that runbooks, lexicon terms and alerts are reduced
// to the same words. Deliberately small and predictable: no dictionary, a
// "stemming-lite" that folds plural s, -ing, -ed and a trailing e.
class TextAnalyzer final
{
public:
    TextAnalyzer() = delete;

    // Splits text into segments of words (case-folded, stemmed, classified).
    static QList<TextSegment> analyze(const QString &text);
    // The same analysis into reusable memory, words as views.
    static void analyze(const QString &text, AnalyzedText &out);

    // The stems of every word of text in order, stop words included; used for
    // lexicon terms and short phrases. Camel-case words are kept whole.
    static QStringList stems(const QString &text);

    // Stemming-lite of one lower-case word.
    static QString stem(const QString &lowerWord);

    static bool isStopWord(const QString &lowerWord);
    static bool isStopWord(QStringView lowerWord);

    // "2.4s", "97%", "503", "1,000": a number, possibly with a unit suffix.
    static bool looksNumeric(const QString &lowerWord);
    static bool looksNumeric(QStringView lowerWord);

    // "KubePodCrashLooping" -> {Kube, Pod, Crash, Looping}; "OOMKilled" -> {OOM, Killed}.
    // Returns the word alone when it has no inner capital boundary.
    static QStringList splitCamelCase(const QString &word);

    // True when the character at i ends a clause (",", ";", "(", a dot or colon
    // followed by a space...): bigrams, phrases and number contexts stop there.
    static bool endsClause(const QString &text, qsizetype i);

    // Character n-grams (minN..maxN) of a word padded with '<' and '>'.
    static QStringList charNGrams(const QString &lowerWord, int minN = 3, int maxN = 5);
};

} // namespace icc
