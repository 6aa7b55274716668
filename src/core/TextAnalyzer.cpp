#include "TextAnalyzer.h"

#include "FastStringHash.h"

#include <algorithm>
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
    return isStopWord(QStringView(lowerWord));
}

bool TextAnalyzer::isStopWord(QStringView lowerWord)
{
    return lowerWord.size() < 2 || stopWords().contains(lowerWord);
}

bool TextAnalyzer::looksNumeric(const QString &lowerWord)
{
    return looksNumeric(QStringView(lowerWord));
}

bool TextAnalyzer::looksNumeric(QStringView lowerWord)
{
    if (lowerWord.isEmpty() || !lowerWord.at(0).isDigit())
        return false;
    qsizetype i = 0;
    while (i < lowerWord.size() &&
           (lowerWord.at(i).isDigit() || lowerWord.at(i) == u'.' || lowerWord.at(i) == u','))
        ++i;
    if (i == lowerWord.size())
        return true;
    return numberSuffixes().contains(lowerWord.mid(i));
}

namespace {

// Stemming-lite of the lower-case word buffer[start, size()), in place:
// every rule only removes or replaces characters at the end.
void stemInPlace(QString &buffer, qsizetype start)
{
    qsizetype length = buffer.size() - start;
    // Identifiers such as "5xx", "x509" and "p99" are kept exactly.
    for (QChar c : QStringView(buffer).mid(start)) {
        if (!c.isLetter())
            return;
    }
    if (length <= 3)
        return;
    auto word = [&] {
        return QStringView(buffer).mid(start, length);
    };
    auto endsWith = [&](const char *suffix) {
        return word().endsWith(QLatin1String(suffix));
    };
    // "runn" -> "run", "stopp" -> "stop"; "kill", "miss" and "buzz" keep their pair.
    auto undouble = [&] {
        const QStringView w = word();
        const qsizetype n = w.size();
        if (n >= 3 && w.at(n - 1) == w.at(n - 2) && !isVowel(w.at(n - 1)) && w.at(n - 1) != u'l' &&
            w.at(n - 1) != u's' && w.at(n - 1) != u'z')
            --length;
    };

    if (endsWith("sses")) {
        length -= 2;
    } else if (endsWith("ies") && length > 4) {
        length -= 2;
        buffer[start + length - 1] = QLatin1Char('y');
    } else if (endsWith("s") && !endsWith("ss") && !endsWith("us") && !endsWith("is") &&
               !endsWith("os")) {
        length -= 1;
    }

    if (endsWith("ing") && length - 3 >= 3 && hasVowel(word().left(length - 3))) {
        length -= 3;
        undouble();
    } else if (endsWith("ed") && !endsWith("eed") && length - 2 >= 3 &&
               hasVowel(word().left(length - 2))) {
        length -= 2;
        undouble();
    }

    // "throttle", "throttled" and "throttling" all become "throttl".
    if (length > 4 && endsWith("e") && !endsWith("ee"))
        length -= 1;
    buffer.truncate(start + length);
}

// Appends the lower-case form of word to buffer: ASCII directly, anything
// else through QString::toLower (which may change the length).
void appendLower(QStringView word, QString &buffer)
{
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            buffer.append(word.toString().toLower());
            return;
        }
    }
    const qsizetype start = buffer.size();
    buffer.append(word);
    QChar *out = buffer.data() + start;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = out[i].unicode();
        if (c >= u'A' && c <= u'Z')
            out[i] = QChar(char16_t(c + (u'a' - u'A')));
    }
}

} // namespace

QString TextAnalyzer::stem(const QString &lowerWord)
{
    QString word = lowerWord;
    stemInPlace(word, 0);
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

void TextAnalyzer::analyze(const QString &text, AnalyzedText &out)
{
    QString &chars = out.m_chars;
    chars.resize(0); // keeps the capacity
    out.m_slots.clear();
    out.m_camelSlots.clear();
    out.m_camelSegments.clear();
    out.m_segments.clear();
    qsizetype segmentStart = 0;

    auto addWord = [&chars](QStringView raw, std::vector<AnalyzedText::Slot> &into) {
        AnalyzedText::Slot slot;
        slot.surface = chars.size();
        appendLower(raw, chars);
        slot.surfaceLength = chars.size() - slot.surface;
        const QStringView lower = QStringView(chars).mid(slot.surface, slot.surfaceLength);
        slot.isNumber = TextAnalyzer::looksNumeric(lower);
        slot.isStopWord = !slot.isNumber && TextAnalyzer::isStopWord(lower);
        if (slot.isNumber) {
            slot.stem = slot.surface;
            slot.stemLength = slot.surfaceLength;
        } else {
            // A copy of the surface, stemmed in place (by index: resizing
            // may move chars).
            slot.stem = chars.size();
            chars.resize(slot.stem + slot.surfaceLength);
            QChar *data = chars.data();
            std::copy_n(data + slot.surface, slot.surfaceLength, data + slot.stem);
            stemInPlace(chars, slot.stem);
            slot.stemLength = chars.size() - slot.stem;
        }
        into.push_back(slot);
    };
    auto flush = [&] {
        const qsizetype count = qsizetype(out.m_slots.size()) - segmentStart;
        if (count > 0)
            out.m_segments.push_back(AnalyzedText::Segment{segmentStart, count, 1.0});
        segmentStart = qsizetype(out.m_slots.size());
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
        const QStringView raw = QStringView(text).mid(i, end - i);
        addWord(raw, out.m_slots);

        // Camel-case parts, split as splitCamelCase does.
        const qsizetype camelFirst = qsizetype(out.m_camelSlots.size());
        qsizetype start = 0;
        bool split = false;
        for (qsizetype k = 1; k < raw.size(); ++k) {
            const QChar prev = raw.at(k - 1);
            const QChar cur = raw.at(k);
            const bool lowerToUpper = prev.isLower() && cur.isUpper();
            const bool acronymEnd =
                prev.isUpper() && cur.isUpper() && k + 1 < raw.size() && raw.at(k + 1).isLower();
            if (lowerToUpper || acronymEnd) {
                addWord(raw.mid(start, k - start), out.m_camelSlots);
                start = k;
                split = true;
            }
        }
        if (split) {
            addWord(raw.mid(start), out.m_camelSlots);
            // The parts restate the word: lighter, never double weight.
            out.m_camelSegments.push_back(AnalyzedText::Segment{
                camelFirst, qsizetype(out.m_camelSlots.size()) - camelFirst, 0.5});
        }
        i = end;
    }
    flush();

    const qsizetype camelOffset = qsizetype(out.m_slots.size());
    out.m_slots.insert(out.m_slots.end(), out.m_camelSlots.cbegin(), out.m_camelSlots.cend());
    for (AnalyzedText::Segment segment : out.m_camelSegments) {
        segment.first += camelOffset;
        out.m_segments.push_back(segment);
    }
    // Views only now: appending to chars may have moved it.
    const QStringView all(chars);
    out.m_words.clear();
    out.m_words.reserve(out.m_slots.size());
    for (const AnalyzedText::Slot &slot : out.m_slots) {
        out.m_words.push_back(AnalyzedText::Word{all.mid(slot.surface, slot.surfaceLength),
                                                 all.mid(slot.stem, slot.stemLength), slot.isNumber,
                                                 slot.isStopWord});
    }
}

QList<TextSegment> TextAnalyzer::analyze(const QString &text)
{
    AnalyzedText analyzed;
    analyze(text, analyzed);
    QList<TextSegment> segments;
    segments.reserve(qsizetype(analyzed.segments().size()));
    for (const AnalyzedText::Segment &segment : analyzed.segments()) {
        TextSegment converted;
        converted.weight = segment.weight;
        for (const AnalyzedText::Word &word : analyzed.words(segment)) {
            converted.words << AnalyzedWord{word.surface.toString(), word.stem.toString(),
                                            word.isNumber, word.isStopWord};
        }
        segments << converted;
    }
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
