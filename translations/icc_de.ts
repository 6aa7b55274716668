<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommanderControlsView</name>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Live alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>icc — incident command center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatcherView</name>
    <message>
        <source>Runbook matcher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostMortemView</name>
    <message>
        <source>Post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icc::KeychainTokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icc::MainWindow</name>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run&amp;books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icc::MemoryTokenStore</name>
    <message>
        <source>memory only (no keychain: log in again next time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icc::ServerConnection</name>
    <message>
        <source>The server&apos;s certificate changed (pinned %1, now %2). Refusing to connect: this may be an attack. If the server was really reinstalled, forget the old certificate in the connection dialog and check the new fingerprint with its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not trusted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icc::Session</name>
    <message>
        <source>No saved login for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
