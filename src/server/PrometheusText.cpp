#include "PrometheusText.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace icc {

namespace {

QString typeName(PrometheusText::Type type)
{
    switch (type) {
    case PrometheusText::Type::Counter:
        return QStringLiteral("counter");
    case PrometheusText::Type::Histogram:
        return QStringLiteral("histogram");
    case PrometheusText::Type::Gauge:
        break;
    }
    return QStringLiteral("gauge");
}

// HELP text escapes only backslash and newline.
QString escapeHelp(const QString &help)
{
    QString escaped = help;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return escaped;
}

} // namespace

bool PrometheusText::isValidMetricName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return pattern.match(name).hasMatch();
}

bool PrometheusText::isValidLabelName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("__"));
}

QString PrometheusText::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString PrometheusText::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // Counts stay integers ("42", not "42.0" or "4.2e+01"): easier to read.
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

PrometheusText::Family &PrometheusText::family(const QString &name, const QString &help, Type type)
{
    for (Family &existing : m_families) {
        if (existing.name == name)
            return existing;
    }
    Q_ASSERT_X(isValidMetricName(name), "PrometheusText", "invalid metric name");
    m_families.append(Family{name, help, type, {}});
    return m_families.last();
}

QString PrometheusText::sampleLine(const QString &name, const Labels &labels, double value)
{
    QString line = name;
    if (!labels.isEmpty()) {
        QStringList pairs;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            Q_ASSERT_X(isValidLabelName(it.key()), "PrometheusText", "invalid label name");
            pairs.append(it.key() + QStringLiteral("=\"") + escapeLabelValue(it.value()) +
                         QLatin1Char('"'));
        }
        line += QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    return line + QLatin1Char(' ') + formatValue(value);
}

void PrometheusText::addCounter(const QString &name, const QString &help, double value,
                                const Labels &labels)
{
    family(name, help, Type::Counter).samples.append(sampleLine(name, labels, value));
}

void PrometheusText::addGauge(const QString &name, const QString &help, double value,
                              const Labels &labels)
{
    family(name, help, Type::Gauge).samples.append(sampleLine(name, labels, value));
}

void PrometheusText::addHistogram(const QString &name, const QString &help,
                                  const QList<double> &upperBounds,
                                  const QList<quint64> &bucketCounts, quint64 count, double sum,
                                  const Labels &labels)
{
    Family &histogram = family(name, help, Type::Histogram);
    const QString bucketName = name + QStringLiteral("_bucket");
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < upperBounds.size(); ++i) {
        cumulative += bucketCounts.value(i);
        Labels bucketLabels = labels;
        bucketLabels.insert(QStringLiteral("le"), formatValue(upperBounds.at(i)));
        histogram.samples.append(sampleLine(bucketName, bucketLabels, double(cumulative)));
    }
    Labels infinity = labels;
    infinity.insert(QStringLiteral("le"), QStringLiteral("+Inf"));
    histogram.samples.append(sampleLine(bucketName, infinity, double(count)));
    histogram.samples.append(sampleLine(name + QStringLiteral("_sum"), labels, sum));
    histogram.samples.append(sampleLine(name + QStringLiteral("_count"), labels, double(count)));
}

QByteArray PrometheusText::toBytes() const
{
    QString text;
    for (const Family &family : m_families) {
        text += QStringLiteral("# HELP ") + family.name + QLatin1Char(' ') +
                escapeHelp(family.help) + QLatin1Char('\n');
        text += QStringLiteral("# TYPE ") + family.name + QLatin1Char(' ') + typeName(family.type) +
                QLatin1Char('\n');
        for (const QString &sample : family.samples)
            text += sample + QLatin1Char('\n');
    }
    return text.toUtf8();
}

} // namespace icc
