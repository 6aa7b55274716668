#pragma once

#include "PostMortemDocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace icc {

// Writes a post-mortem as Markdown, HTML or PDF: the incident summary, the
// audit timeline, each action's three layers with its execution and outcome,
// the marked failures and the action items. HTML and PDF are rendered from
// the same Markdown (QTextDocument), so the three always say the same.
class PostMortemExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PostMortemExporter)

public:
    enum class Format
    {
        Markdown,
        Html,
        Pdf
    };

    static QString toMarkdown(const PostMortemDocument &document);
    static QString toHtml(const PostMortemDocument &document);

    // Writes the file; false and *error (naming the path) on failure.
    static bool exportTo(const PostMortemDocument &document, const QString &path, Format format,
                         QString *error);
    // By suffix: .md, .html/.htm, .pdf; nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);
};

} // namespace icc
