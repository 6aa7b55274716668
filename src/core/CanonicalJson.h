#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace icc {

// The one byte form of a JSON value that the audit hash chain is computed over.
// Two values that compare equal always serialize to the same bytes, so a hash
// recomputed after a round trip through a file or a database still matches.
//
// Rules (close to RFC 8785, with one documented difference in key order):
// - no whitespace anywhere;
// - object keys sorted by the bytes of their UTF-8 encoding (RFC 8785 sorts
//   by UTF-16 code units; the two orders differ only for characters above
//   U+FFFF against U+E000..U+FFFF);
// - strings: \" \\ \b \f \n \r \t escaped, other control characters below
//   U+0020 as \u00xx (lower-case hex), everything else literal UTF-8;
// - numbers: an integral value with |x| < 2^53 as plain digits (so -0 is "0"),
//   any other finite value in the shortest form that reads back to the same
//   double (std::to_chars), non-finite values (which JSON cannot carry) as null.
//   Every number is taken as a double, so a qint64 beyond 2^53 is written as
//   its nearest double: carry such identifiers as strings;
// - null, true, false literally. QJsonValue::Undefined also becomes null.
class CanonicalJson final
{
public:
    CanonicalJson() = delete;

    static QByteArray serialize(const QJsonValue &value);
};

} // namespace icc
