#pragma once

#include "Runbook.h"
#include "ValidationError.h"

#include <QList>
#include <QString>

#include <optional>

namespace icc {

// Result of loading one runbook file: the runbook when it is valid, otherwise every
// error found in it (never only the first, so an author fixes a file in one pass).
struct RunbookLoadResult
{
    std::optional<Runbook> runbook;
    QList<ValidationError> errors;

    bool ok() const { return runbook.has_value() && errors.isEmpty(); }
};

// Result of loading a directory: the valid runbooks, and the errors of the invalid files.
struct RunbookSetLoadResult
{
    QList<Runbook> runbooks;
    QList<ValidationError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Reads and validates runbook files: Markdown with YAML front matter (PRODUCT.md
// "Runbook file format"). A runbook is accepted only when it has no error at all.
//
// The file starts with a line `---`; the front matter runs to the next `---` line; the rest is
// the Markdown body (the human procedure). Errors name "file:line: field: message", where line
// is the line in the file and field a path such as steps[1].params.service.pattern (step
// indexes count from 0).
//
// Rules beyond the required fields (id, title, risk, symptoms, steps; each step's action):
// - unknown and duplicate keys at any level are errors (catches `stpes:` and typos in steps);
// - id matches [a-z0-9-]+, action matches [a-z0-9_]+, param names [a-z_][a-z0-9_]*;
// - booleans are true/false, numbers are unquoted; symptoms is one string or a list;
// - every {{placeholder}} in command/rollback is a declared param, and a param used there
//   restricts its values (pattern, allowed or min/max) because alert labels are untrusted input;
//   a param has from_label or default, and its default satisfies its own restrictions;
// - a state-changing step (one with a command) has a rollback, or `irreversible: true` with the
//   reason in its description (irreversible with a rollback is a contradiction);
// - a state-changing step declares blast_radius: services (>= 0), traffic_fraction (0..1) and
//   reversible_minutes (>= 0, or -1 for "cannot be undone"); for an irreversible step
//   reversible_minutes may be left out and is -1. A read-only step touches nothing: its blast
//   radius defaults to {services: 0, traffic_fraction: 0, reversible_minutes: 0};
// - a step without `risk` is low when read-only and inherits the runbook risk when it changes
//   state (never silently lower than the author's overall judgement); the runbook risk is
//   never below its riskiest step.
class RunbookLoader final
{
public:
    RunbookLoader() = delete;

    // Loads one file; errors name the path as given.
    static RunbookLoadResult loadFile(const QString &path);

    // Validates text as if read from fileName (used for error messages and sourceFile).
    static RunbookLoadResult loadText(const QString &text, const QString &fileName);

    // Loads every *.md file of dir in file-name order. Invalid files contribute their errors,
    // valid files are still loaded. Files are named "<dir name>/<file name>" in errors and in
    // Runbook::sourceFile. Duplicate ids are not checked here: see RunbookLibrary.
    static RunbookSetLoadResult loadDirectory(const QString &dir);
};

} // namespace icc
