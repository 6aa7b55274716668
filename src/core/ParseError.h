#pragma once

#include <QString>

namespace icc {

// One problem found while reading input. `index` says which item it belongs
// to: the alert's position inside an Alertmanager payload or a top-level JSON
// array (0-based), the line number in JSON Lines (1-based), 0 for a single
// alert object, and -1 for the payload as a whole. `field` is the JSON path of
// the offending value ("alerts[2].labels", "payload.severity"), empty when the
// problem is the item itself (e.g. malformed JSON).
struct ParseError
{
    int index = -1;
    QString field;
    QString message;

    QString toString() const
    {
        QString text;
        if (index >= 0)
            text += QStringLiteral("[%1] ").arg(index);
        if (!field.isEmpty())
            text += field + QStringLiteral(": ");
        return text + message;
    }
};

} // namespace icc
