#include "TextAnalyzer.h"

#include "FastStringHash.h"

#include <unordered_set>

namespace icc {

namespace {

using StringSet = std::unordered_set<QString, FastStringHash, FastStringEqual>;

// English function words plus the comparison words of numeric conditions
// ("above 90%"): they say how much, not what, so they are not features.
const StringSet &stopWords()
{
    static const StringSet words = [] {
        const char *const list[] = {
            "a",       "about",   "above",   "after", "again",  "against", "all",    "also",
            "am",      "an",      "and",     "any",   "are",    "as",      "at",     "be",
            "because", "been",    "before",  "being", "below",  "between", "both",   "but",
            "by",      "can",     "could",   "did",   "do",     "does",    "doing",  "done",
            "during",  "each",    "either",  "else",  "ever",   "every",   "few",    "fewer",
            "for",     "from",    "further", "had",   "has",    "have",    "having", "he",
            "her",     "here",    "his",     "how",   "i",      "if",      "in",     "into",
            "is",      "it",      "its",     "just",  "less",   "may",     "me",     "might",
            "more",    "most",    "must",    "my",    "no",     "nor",     "not",    "of",
            "off",     "on",      "once",    "only",  "onto",   "or",      "other",  "our",
            "out",     "over",    "own",     "per",   "same",   "she",     "should", "so",
            "some",    "such",    "than",    "that",  "the",    "their",   "them",   "then",
            "there",   "these",   "they",    "this",  "those",  "through", "to",     "too",
            "under",   "until",   "up",      "upon",  "very",   "via",     "vs",     "was",
            "we",      "were",    "what",    "when",  "where",  "which",   "while",  "who",
            "whom",    "why",     "will",    "with",  "within", "without", "would",  "you",
            "your",    "greater", "higher",  "lower", "exceed", "exceeds", "least"};
        StringSet set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

// Unit suffixes that may stick to a number ("2.4s", "500ms", "5GB", "10k").
const StringSet &numberSuffixes()
{
    static const StringSet suffixes = [] {
        const char *const list[] = {"ms", "s",   "sec", "secs", "m",   "min", "mins", "h",
                                    "hr", "hrs", "d",   "w",    "b",   "k",   "kb",   "mb",
                                    "gb", "tb",  "kib", "mib",  "gib", "tib", "x"};
        StringSet set;
        for (const char *suffix : list)
            set.insert(QString::fromLatin1(suffix));
        return set;
    }();
    return suffixes;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

bool hasVowel(QStringView text)
{
    for (QChar c : text) {
        if (isVowel(c))
            return true;
    }
    return false;
}

// "runn" -> "run", "stopp" -> "stop"; "kill", "miss" and "buzz" keep their pair.
QString undouble(QString word)
{
    const qsizetype n = word.size();
    if (n >= 3 && word.at(n - 1) == word.at(n - 2) && !isVowel(word.at(n - 1)) &&
        word.at(n - 1) != u'l' && word.at(n - 1) != u's' && word.at(n - 1) != u'z')
        word.chop(1);
    return word;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

// Punctuation that ends a clause: bigrams and phrases do not cross it. A dot
// or colon only ends one when followed by a space ("api.internal", "x509:").
bool TextAnalyzer::endsClause(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    switch (c.unicode()) {
    case ';':
    case ',':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '|':
    case '\n':
        return true;
    case '.':
    case ':':
        return i + 1 >= text.size() || text.at(i + 1).isSpace();
    default:
        return false;
    }
}

namespace {

AnalyzedWord makeWord(const QString &lower)
{
    AnalyzedWord word;
    word.surface = lower;
    word.isNumber = TextAnalyzer::looksNumeric(lower);
    word.stem = word.isNumber ? lower : TextAnalyzer::stem(lower);
    word.isStopWord = !word.isNumber && TextAnalyzer::isStopWord(lower);
    return word;
}

} // namespace

bool TextAnalyzer::isStopWord(const QString &lowerWord)
{
    return lowerWord.size() < 2 || stopWords().contains(lowerWord);
}

bool TextAnalyzer::looksNumeric(const QString &lowerWord)
{
    if (lowerWord.isEmpty() || !lowerWord.at(0).isDigit())
        return false;
    qsizetype i = 0;
    while (i < lowerWord.size() &&
           (lowerWord.at(i).isDigit() || lowerWord.at(i) == u'.' || lowerWord.at(i) == u','))
        ++i;
    if (i == lowerWord.size())
        return true;
    return numberSuffixes().contains(QStringView(lowerWord).mid(i));
}

QString TextAnalyzer::stem(const QString &lowerWord)
{
    QString word = lowerWord;
    // Identifiers such as "5xx", "x509" and "p99" are kept exactly.
    for (QChar c : word) {
        if (!c.isLetter())
            return word;
    }
    if (word.size() <= 3)
        return word;

    if (word.endsWith(QLatin1String("sses")))
        word.chop(2);
    else if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        word = word.chopped(3) + QLatin1Char('y');
    else if (word.endsWith(u's') && !word.endsWith(QLatin1String("ss")) &&
             !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is")) &&
             !word.endsWith(QLatin1String("os")))
        word.chop(1);

    if (word.endsWith(QLatin1String("ing")) && word.size() - 3 >= 3 &&
        hasVowel(QStringView(word).left(word.size() - 3))) {
        word = undouble(word.chopped(3));
    } else if (word.endsWith(QLatin1String("ed")) && !word.endsWith(QLatin1String("eed")) &&
               word.size() - 2 >= 3 && hasVowel(QStringView(word).left(word.size() - 2))) {
        word = undouble(word.chopped(2));
    }

    // "throttle", "throttled" and "throttling" all become "throttl".
    if (word.size() > 4 && word.endsWith(u'e') && !word.endsWith(QLatin1String("ee")))
        word.chop(1);
    return word;
}

QStringList TextAnalyzer::splitCamelCase(const QString &word)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 1; i < word.size(); ++i) {
        const QChar prev = word.at(i - 1);
        const QChar cur = word.at(i);
        const bool lowerToUpper = prev.isLower() && cur.isUpper();
        // The last capital of an acronym starts the next word: "OOMKilled" -> OOM|Killed.
        const bool acronymEnd =
            prev.isUpper() && cur.isUpper() && i + 1 < word.size() && word.at(i + 1).isLower();
        if (lowerToUpper || acronymEnd) {
            parts << word.mid(start, i - start);
            start = i;
        }
    }
    parts << word.mid(start);
    return parts;
}

QStringList TextAnalyzer::charNGrams(const QString &lowerWord, int minN, int maxN)
{
    const QString padded = QLatin1Char('<') + lowerWord + QLatin1Char('>');
    QStringList grams;
    for (int n = minN; n <= maxN; ++n) {
        for (qsizetype i = 0; i + n <= padded.size(); ++i)
            grams << padded.mid(i, n);
    }
    return grams;
}

QList<TextSegment> TextAnalyzer::analyze(const QString &text)
{
    QList<TextSegment> segments;
    QList<TextSegment> camelSegments;
    TextSegment current;

    auto flush = [&] {
        if (!current.words.isEmpty())
            segments << current;
        current = TextSegment();
    };

    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            if (endsClause(text, i))
                flush();
            ++i;
            continue;
        }
        qsizetype end = i;
        // Digits keep their decimal point and thousands separator: "2.4", "1,000".
        while (end < text.size() &&
               (isWordChar(text.at(end)) || ((text.at(end) == u'.' || text.at(end) == u',') &&
                                             end > i && text.at(end - 1).isDigit() &&
                                             end + 1 < text.size() && text.at(end + 1).isDigit())))
            ++end;
        const QString raw = text.mid(i, end - i);
        current.words << makeWord(raw.toLower());

        const QStringList parts = splitCamelCase(raw);
        if (parts.size() > 1) {
            TextSegment camel;
            camel.weight = 0.5; // the parts restate the word: lighter, never double weight
            for (const QString &part : parts)
                camel.words << makeWord(part.toLower());
            camelSegments << camel;
        }
        i = end;
    }
    flush();
    segments << camelSegments;
    return segments;
}

QStringList TextAnalyzer::stems(const QString &text)
{
    QStringList result;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        result << makeWord(text.mid(i, end - i).toLower()).stem;
        i = end;
    }
    return result;
}

} // namespace icc
