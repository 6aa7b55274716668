#include "CommandTemplate.h"

#include <QRegularExpression>

#include <cmath>

namespace icc {

namespace {

const QLatin1String kOpen("{{");
const QLatin1String kClose("}}");

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

// One placeholder found in a template: [start, end) covers the braces.
struct Placeholder
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString name;
};

// Scans a template the way a POSIX shell tokenizes quotes, so that a
// placeholder inside quotes (where our quoting would not protect it) is
// caught. Heredocs and $'...' are not modelled; '$' before a placeholder is
// refused instead.
std::optional<QList<Placeholder>> scan(const QString &text, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    enum class State
    {
        Plain,
        Single,
        Double,
        Comment
    };
    State state = State::Plain;
    QList<Placeholder> found;
    // '#' starts a comment only at the start of a word: after an unescaped
    // blank or at the very start.
    bool atWordStart = true;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool opensPlaceholder = QStringView(text).mid(i).startsWith(kOpen);
        switch (state) {
        case State::Comment:
            if (c == QLatin1Char('\n')) {
                state = State::Plain;
                atWordStart = true;
            }
            ++i;
            continue;
        case State::Single:
            if (opensPlaceholder) {
                return fail(QStringLiteral("placeholder at column %1 is inside single quotes; "
                                           "write it unquoted, values are quoted for you")
                                .arg(i + 1));
            }
            if (c == QLatin1Char('\''))
                state = State::Plain;
            ++i;
            continue;
        case State::Double:
            if (opensPlaceholder) {
                return fail(QStringLiteral("placeholder at column %1 is inside double quotes; "
                                           "write it unquoted, values are quoted for you")
                                .arg(i + 1));
            }
            if (c == QLatin1Char('\\'))
                i += 2;
            else {
                if (c == QLatin1Char('"'))
                    state = State::Plain;
                ++i;
            }
            continue;
        case State::Plain:
            break;
        }

        const bool wasAtWordStart = atWordStart;
        atWordStart = false;
        if (c == QLatin1Char('\\')) {
            if (QStringView(text).mid(i + 1).startsWith(kOpen)) {
                return fail(QStringLiteral("placeholder at column %1 follows a backslash, which "
                                           "would unquote its value")
                                .arg(i + 2));
            }
            i += 2; // the escaped character is literal
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            atWordStart = true;
        } else if (c == QLatin1Char('\'')) {
            state = State::Single;
        } else if (c == QLatin1Char('"')) {
            state = State::Double;
        } else if (c == QLatin1Char('#') && wasAtWordStart) {
            state = State::Comment;
        } else if (opensPlaceholder) {
            if (i > 0 && text.at(i - 1) == QLatin1Char('$')) {
                return fail(QStringLiteral("placeholder at column %1 follows '$', which would "
                                           "change how its value is quoted")
                                .arg(i + 1));
            }
            const qsizetype close = text.indexOf(kClose, i + 2);
            if (close < 0)
                return fail(QStringLiteral("unterminated placeholder at column %1").arg(i + 1));
            const QString name = text.mid(i + 2, close - i - 2).trimmed();
            if (!isIdentifier(name)) {
                return fail(QStringLiteral("malformed placeholder {{%1}} at column %2")
                                .arg(text.mid(i + 2, close - i - 2))
                                .arg(i + 1));
            }
            found.append(Placeholder{i, close + 2, name});
            i = close + 2;
            continue;
        }
        ++i;
    }
    if (state == State::Single || state == State::Double)
        return fail(QStringLiteral("unterminated quote in command"));
    return found;
}

} // namespace

QString CommandTemplate::shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

std::optional<QString> CommandTemplate::validate(const StepParameter &parameter,
                                                 const QString &value)
{
    const QString &name = parameter.name;
    if (value.contains(QChar(0)))
        return QStringLiteral("parameter %1: value contains a NUL character").arg(name);
    if (!parameter.allowed.isEmpty() && !parameter.allowed.contains(value)) {
        return QStringLiteral("parameter %1: '%2' is not one of the allowed values (%3)")
            .arg(name, value, parameter.allowed.join(QStringLiteral(", ")));
    }
    if (!parameter.pattern.isEmpty()) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(parameter.pattern));
        if (!pattern.isValid()) {
            return QStringLiteral("parameter %1: invalid pattern '%2': %3")
                .arg(name, parameter.pattern, pattern.errorString());
        }
        if (!pattern.match(value).hasMatch()) {
            return QStringLiteral("parameter %1: '%2' does not match the pattern '%3'")
                .arg(name, value, parameter.pattern);
        }
    }
    if (parameter.minimum || parameter.maximum) {
        bool isNumber = false;
        const double number = value.trimmed().toDouble(&isNumber);
        if (!isNumber || !std::isfinite(number))
            return QStringLiteral("parameter %1: '%2' is not a number").arg(name, value);
        if (parameter.minimum && number < *parameter.minimum) {
            return QStringLiteral("parameter %1: %2 is below the minimum %3")
                .arg(name, value)
                .arg(*parameter.minimum);
        }
        if (parameter.maximum && number > *parameter.maximum) {
            return QStringLiteral("parameter %1: %2 is above the maximum %3")
                .arg(name, value)
                .arg(*parameter.maximum);
        }
    }
    return std::nullopt;
}

std::optional<QStringList> CommandTemplate::placeholders(const QString &commandTemplate,
                                                         QString *error)
{
    const auto found = scan(commandTemplate, error);
    if (!found)
        return std::nullopt;
    QStringList names;
    for (const Placeholder &placeholder : *found) {
        if (!names.contains(placeholder.name))
            names.append(placeholder.name);
    }
    return names;
}

RenderedCommand CommandTemplate::render(const QString &commandTemplate,
                                        const QMap<QString, StepParameter> &declared,
                                        const QMap<QString, QString> &values)
{
    RenderedCommand result;
    // A reviewer's "modify" may only touch what the step declares.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!declared.contains(it.key())) {
            result.error = QStringLiteral("parameter %1: not declared by the step").arg(it.key());
            return result;
        }
        StepParameter parameter = declared.value(it.key());
        if (parameter.name.isEmpty())
            parameter.name = it.key();
        if (const auto invalid = validate(parameter, it.value())) {
            result.error = *invalid;
            return result;
        }
    }

    const auto found = scan(commandTemplate, &result.error);
    if (!found)
        return result;

    QString command;
    qsizetype copiedUpTo = 0;
    for (const Placeholder &placeholder : *found) {
        const auto declaration = declared.constFind(placeholder.name);
        if (declaration == declared.cend()) {
            result.error =
                QStringLiteral("placeholder {{%1}}: not a declared parameter of the step")
                    .arg(placeholder.name);
            return result;
        }
        QString value;
        if (values.contains(placeholder.name)) {
            value = values.value(placeholder.name);
        } else if (!declaration->defaultValue.isEmpty()) {
            StepParameter parameter = *declaration;
            if (parameter.name.isEmpty())
                parameter.name = placeholder.name;
            value = parameter.defaultValue;
            // Defaults come from a runbook file; check them like any value.
            if (const auto invalid = validate(parameter, value)) {
                result.error = *invalid;
                return result;
            }
        } else {
            result.error = QStringLiteral("parameter %1: no value").arg(placeholder.name);
            return result;
        }
        command += QStringView(commandTemplate).mid(copiedUpTo, placeholder.start - copiedUpTo);
        command += shellQuote(value);
        copiedUpTo = placeholder.end;
    }
    command += QStringView(commandTemplate).mid(copiedUpTo);
    result.command = command;
    return result;
}

QStringList CommandTemplate::shellArgv(const QString &shell, const QString &command)
{
    return {shell, QStringLiteral("-c"), command};
}

} // namespace icc
