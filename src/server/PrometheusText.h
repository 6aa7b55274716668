#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace icc {

// Builds the Prometheus text exposition format (version 0.0.4) served on
// GET /metrics: one HELP and TYPE line per metric family, then its samples.
// Families come out in the order they were first added, samples in the order
// added, so a scrape is stable and diffable.
class PrometheusText final
{
public:
    enum class Type
    {
        Counter,
        Gauge,
        Histogram
    };
    using Labels = QMap<QString, QString>;

    void addCounter(const QString &name, const QString &help, double value,
                    const Labels &labels = {});
    void addGauge(const QString &name, const QString &help, double value,
                  const Labels &labels = {});
    // A cumulative histogram: bucketCounts[i] counts observations <= upperBounds[i]
    // (not yet cumulative: they are summed here); +Inf is `count`.
    void addHistogram(const QString &name, const QString &help, const QList<double> &upperBounds,
                      const QList<quint64> &bucketCounts, quint64 count, double sum,
                      const Labels &labels = {});

    QByteArray toBytes() const;

    static QByteArray contentType() { return "text/plain; version=0.0.4; charset=utf-8"; }
    // Metric and label names: [a-zA-Z_:][a-zA-Z0-9_:]* (labels without ':').
    static bool isValidMetricName(const QString &name);
    static bool isValidLabelName(const QString &name);
    // Backslash, double quote and newline escaped, as label values require.
    static QString escapeLabelValue(const QString &value);
    // Shortest round-trip form; +Inf, -Inf, NaN spelled as Prometheus does.
    static QString formatValue(double value);

private:
    struct Family
    {
        QString name;
        QString help;
        Type type = Type::Gauge;
        QStringList samples;
    };

    Family &family(const QString &name, const QString &help, Type type);
    static QString sampleLine(const QString &name, const Labels &labels, double value);

    QList<Family> m_families;
};

} // namespace icc
