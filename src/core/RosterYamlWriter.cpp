#include "RosterYamlWriter.h"

#include <yaml-cpp/yaml.h>

#include <array>
#include <string>

namespace icc {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

QString RosterYamlWriter::durationText(qint64 seconds)
{
    if (seconds <= 0)
        return QString::number(seconds);
    struct Unit
    {
        qint64 seconds;
        char suffix;
    };
    constexpr std::array<Unit, 4> units{
        {{7 * 24 * 3600, 'w'}, {24 * 3600, 'd'}, {3600, 'h'}, {60, 'm'}}};
    for (const Unit &unit : units) {
        if (seconds % unit.seconds == 0)
            return QString::number(seconds / unit.seconds) + QLatin1Char(unit.suffix);
    }
    return QString::number(seconds) + QLatin1Char('s');
}

QString RosterYamlWriter::timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString RosterYamlWriter::toYaml(const Roster &roster)
{
    return toYaml(roster.name(), roster.version(), roster.rotations(), roster.overrides(),
                  roster.chain());
}

QString RosterYamlWriter::toYaml(const QString &name, int version, const QList<Rotation> &rotations,
                                 const QList<RosterOverride> &overrides,
                                 const QList<EscalationLevel> &chain)
{
    // yaml-cpp's emitter quotes whatever would not read back as the same
    // string (": ", "#", "null", leading spaces), so free text is safe.
    YAML::Emitter out;
    out << YAML::BeginMap;
    if (!name.isEmpty())
        out << YAML::Key << "name" << YAML::Value << utf8(name);
    out << YAML::Key << "version" << YAML::Value << version;

    out << YAML::Key << "rotations" << YAML::Value << YAML::BeginSeq;
    for (const Rotation &rotation : rotations) {
        out << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << utf8(rotation.id);
        out << YAML::Key << "members" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &member : rotation.members)
            out << utf8(member);
        out << YAML::EndSeq;
        out << YAML::Key << "start" << YAML::Value << utf8(timeText(rotation.handoffStart));
        out << YAML::Key << "shift" << YAML::Value << utf8(durationText(rotation.shiftSeconds));
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    if (!overrides.isEmpty()) {
        // Written in the given order: where overrides overlap, the later one wins.
        out << YAML::Key << "overrides" << YAML::Value << YAML::BeginSeq;
        for (const RosterOverride &entry : overrides) {
            out << YAML::BeginMap;
            out << YAML::Key << "rotation" << YAML::Value << utf8(entry.rotation);
            out << YAML::Key << "user" << YAML::Value << utf8(entry.user);
            out << YAML::Key << "from" << YAML::Value << utf8(timeText(entry.from));
            out << YAML::Key << "to" << YAML::Value << utf8(timeText(entry.to));
            if (!entry.reason.isEmpty())
                out << YAML::Key << "reason" << YAML::Value << utf8(entry.reason);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }

    out << YAML::Key << "chain" << YAML::Value << YAML::BeginSeq;
    for (const EscalationLevel &level : chain) {
        out << YAML::BeginMap;
        out << YAML::Key << "rotation" << YAML::Value << utf8(level.rotation);
        out << YAML::Key << "timeout" << YAML::Value << utf8(durationText(level.timeoutSeconds));
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    return QString::fromStdString(out.c_str()) + QLatin1Char('\n');
}

} // namespace icc
