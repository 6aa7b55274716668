#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace icc {

// What `icc` was started with. Parsing needs no QApplication, so --version
// and argument errors work without a display.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    bool showVersion = false;
    bool showHelp = false;
    QString helpText;
    QString server; // --server URL
    QString user;   // --user NAME
    bool passwordFromStdin = false;
    QString trustFingerprint; // --trust-fingerprint FP (normalised "AB:CD:…")
    QString language;         // --lang de|en; empty: the system locale
    QString error;            // names the argument; empty when parsing succeeded

    static CommandLine parse(const QStringList &arguments);
    // "icc 0.1.0"
    static QString versionText();
    // "AB:CD:…" from any hex spelling; empty unless 32 bytes of hex.
    static QString normalisedFingerprint(const QString &text);
};

} // namespace icc
