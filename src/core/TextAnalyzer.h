#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

    // The stems of every word of text in order, stop words included; used for
    // lexicon terms and short phrases. Camel-case words are kept whole.
    static QStringList stems(const QString &text);

    // Stemming-lite of one lower-case word.
    static QString stem(const QString &lowerWord);

    static bool isStopWord(const QString &lowerWord);

    // "2.4s", "97%", "503", "1,000": a number, possibly with a unit suffix.
    static bool looksNumeric(const QString &lowerWord);

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
