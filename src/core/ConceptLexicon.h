#pragma once

#include "FastStringHash.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <unordered_map>

namespace icc {

// One concept: an id and the operator vocabulary that names it.
struct Concept
{
    QString id;        // "memory", "error_rate"
    QStringList terms; // as written in the lexicon ("oomkilled", "out of memory")
    int line = 0;      // line of the concept in its YAML file
};

// A concept named in analysed text: which term matched, at which word.
struct ConceptHit
{
    QString conceptId;
    QString term;
    int firstWord = 0;
    int wordCount = 0;
};

// Maps operator vocabulary to concept ids so that "OOMKilled" and "memory
// exhaustion" meet on the concept "memory" although they share no word.
// Terms are reduced by TextAnalyzer exactly like alert and runbook text;
// multi-word terms match consecutive words within one clause.
//
// The shipped lexicon is resources/lexicon/concepts.yaml; builtin() holds the
// same text compiled in, so matching never depends on the file system.
class ConceptLexicon final
{
public:
    ConceptLexicon() = default; // empty: no concepts

    // Parses a lexicon ("concepts: {id: [term, ...]}"). On failure returns
    // nullopt and sets *error to "fileName:line: what is wrong".
    static std::optional<ConceptLexicon> fromYaml(const QString &text, const QString &fileName,
                                                  QString *error);
    static std::optional<ConceptLexicon> fromFile(const QString &path, QString *error);

    // The shipped lexicon, parsed once.
    static ConceptLexicon builtin();
    // Its YAML text, identical to resources/lexicon/concepts.yaml.
    static QString builtinYaml();

    const QList<Concept> &concepts() const { return m_concepts; }
    qsizetype size() const { return m_concepts.size(); }
    bool isEmpty() const { return m_concepts.isEmpty(); }
    bool contains(const QString &conceptId) const;

    // Every term occurrence in a sequence of stems (stop words included, as
    // TextAnalyzer produces them), in word order.
    QList<ConceptHit> find(const QStringList &stems) const;
    // The same over views (AnalyzedText), without copying the stems.
    QList<ConceptHit> find(std::span<const QStringView> stems) const;

    // Convenience: the distinct concept ids named in free text, sorted.
    QStringList conceptsIn(const QString &text) const;

private:
    struct Phrase
    {
        QStringList stems;
        qsizetype conceptIndex = 0;
        QString term;
    };

    void addTerm(qsizetype conceptIndex, const QString &term, const QStringList &termStems);

    QList<Concept> m_concepts;
    std::unordered_map<QString, QList<Phrase>, FastStringHash, FastStringEqual>
        m_phrasesByFirstStem;
};

} // namespace icc
