#pragma once

#include "RunbookStep.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// A command with its parameters filled in, or why it could not be built.
struct RenderedCommand
{
    QString command; // shell text, every substituted value single-quoted
    QString error;   // empty on success; names the parameter or placeholder

    bool ok() const { return error.isEmpty(); }
};

// Fills the {{param}} placeholders of a runbook step's command or rollback.
// Values are never trusted: each one must be declared by the step, pass the
// step's allowed list, full-match pattern and numeric bounds, and is then
// single-quoted, so "x; rm -rf /", "$(id)", backticks or newlines reach the
// command as one literal argument.
//
// Quoting only protects a placeholder that stands outside any shell quotes,
// so templates that put one inside '...' or "...", right after a backslash
// or right after '$' are refused. Placeholders are {{name}} (spaces inside
// the braces allowed); any other "{{" outside quotes is an error. A shell
// comment is never run, so placeholders in one are left as written.
class CommandTemplate final
{
public:
    CommandTemplate() = delete;

    // 'value' with each ' written as '\'' : literal for any POSIX shell.
    static QString shellQuote(const QString &value);

    // Why value may not be used for parameter, or nullopt when it may.
    static std::optional<QString> validate(const StepParameter &parameter, const QString &value);

    // The placeholder names of a template in order of first use, or nullopt
    // with *error when the template is malformed or places one unsafely.
    static std::optional<QStringList> placeholders(const QString &commandTemplate,
                                                   QString *error = nullptr);

    // Substitutes values (a missing value falls back to the parameter's
    // default). Errors: a placeholder not declared by the step, a value for
    // an undeclared parameter, a missing value, a value that fails validation.
    static RenderedCommand render(const QString &commandTemplate,
                                  const QMap<QString, StepParameter> &declared,
                                  const QMap<QString, QString> &values);

    // The argv that runs command: {shell, "-c", command}.
    static QStringList shellArgv(const QString &shell, const QString &command);
};

} // namespace icc
