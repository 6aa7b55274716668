<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>icc, the incident command center desktop.</source>
        <translation>icc, die Einsatzzentrale für Vorfälle auf dem Desktop.</translation>
    </message>
    <message>
        <source>Connect to the icc-server at URL (https://host:port).</source>
        <translation>Mit dem icc-server unter URL verbinden (https://host:port).</translation>
    </message>
    <message>
        <source>Log in as NAME.</source>
        <translation>Als NAME anmelden.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (for scripts).</source>
        <translation>Passwort aus der ersten Zeile der Standardeingabe lesen (für Skripte).</translation>
    </message>
    <message>
        <source>Pin the server certificate&apos;s SHA-256 fingerprint FP before connecting; refused when a different certificate is already pinned.</source>
        <translation>SHA-256-Fingerabdruck FP des Serverzertifikats vor dem Verbinden pinnen; wird abgelehnt, wenn bereits ein anderes Zertifikat gepinnt ist.</translation>
    </message>
    <message>
        <source>User interface language: de or en (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche: de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>--trust-fingerprint: &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits, pairs may be separated by &apos;:&apos;)</source>
        <translation>--trust-fingerprint: &apos;%1&apos; ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Paare dürfen durch &apos;:&apos; getrennt sein)</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs --server (whose certificate it is)</source>
        <translation>--trust-fingerprint erfordert --server (dessen Zertifikat es ist)</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not available (de or en)</source>
        <translation>--lang: &apos;%1&apos; ist nicht verfügbar (de oder en)</translation>
    </message>
    <message>
        <source>--password-stdin needs --user (whose password it is)</source>
        <translation>--password-stdin erfordert --user (dessen Passwort es ist)</translation>
    </message>
</context>
<context>
    <name>CommanderControlsView</name>
    <message>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <source>Kill switch: stops every automated action</source>
        <translation>Not-Aus: stoppt jede automatisierte Aktion</translation>
    </message>
    <message>
        <source>Kill switch state not loaded yet.</source>
        <translation>Status des Not-Aus noch nicht geladen.</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Begründun&amp;g:</translation>
    </message>
    <message>
        <source>Why (recorded in the audit log)</source>
        <translation>Warum (wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Engage kill switch…</source>
        <translation>&amp;Not-Aus auslösen…</translation>
    </message>
    <message>
        <source>Action-type halts</source>
        <translation>Sperren nach Aktionstyp</translation>
    </message>
    <message>
        <source>Action &amp;type:</source>
        <translation>Aktions&amp;typ:</translation>
    </message>
    <message>
        <source>e.g. restart_service</source>
        <translation>z. B. restart_service</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Begrün&amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Halt action type…</source>
        <translation>Aktionstyp &amp;sperren…</translation>
    </message>
    <message>
        <source>&amp;Lift selected halt…</source>
        <translation>Ausgewählte Sperre &amp;aufheben…</translation>
    </message>
    <message>
        <source>Class approvals (tier-1 actions only)</source>
        <translation>Klassenfreigaben (nur Aktionen der Stufe 1)</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>action type or pattern, e.g. restart_*</source>
        <translation>Aktionstyp oder Muster, z. B. restart_*</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Geltungs&amp;bereich:</translation>
    </message>
    <message>
        <source>*</source>
        <translation>*</translation>
    </message>
    <message>
        <source>incident id, or * for every incident</source>
        <translation>Vorfall-ID oder * für alle Vorfälle</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>&amp;Grant class approval…</source>
        <translation>Klassenfreigabe &amp;erteilen…</translation>
    </message>
    <message>
        <source>Re&amp;voke selected approval…</source>
        <translation>Ausgewählte Freigabe &amp;widerrufen…</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Type the phrase to confirm:</source>
        <translation>Geben Sie die Phrase zur Bestätigung ein:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to icc-server</source>
        <translation>Mit icc-server verbinden</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>https://icc.example.internal:8443</source>
        <translation>https://icc.example.internal:8443</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>New server certificate — check before trusting</source>
        <translation>Neues Serverzertifikat — vor dem Vertrauen prüfen</translation>
    </message>
    <message>
        <source>This is the first connection to this server. Compare the SHA-256 fingerprint below, character by character, with the one the server&apos;s administrator gave you (icc-server prints it when it starts). Trust it only if they are identical.</source>
        <translation>Dies ist die erste Verbindung zu diesem Server. Vergleichen Sie den SHA-256-Fingerabdruck unten Zeichen für Zeichen mit dem, den Ihnen der Administrator des Servers genannt hat (icc-server gibt ihn beim Start aus). Vertrauen Sie ihm nur, wenn beide identisch sind.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate and connect</source>
        <translation>Diesem Zertifikat ver&amp;trauen und verbinden</translation>
    </message>
    <message>
        <source>Certificate changed — connection refused</source>
        <translation>Zertifikat geändert — Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>I &amp;verified with the administrator that the server was reinstalled</source>
        <translation>Ich habe mit dem Administrator ge&amp;prüft, dass der Server neu installiert wurde</translation>
    </message>
    <message>
        <source>&amp;Forget the pinned certificate</source>
        <translation>Hinterlegtes Zertifikat ver&amp;gessen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Live alerts</source>
        <translation>Aktuelle Alarme</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Summary, labels, service, incident (Ctrl+F or /)</source>
        <translation>Zusammenfassung, Labels, Dienst, Vorfall (Strg+F oder /)</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Alarme durchsuchen</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sc&amp;hweregrad:</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>WARNING and above</source>
        <translation>WARNING und höher</translation>
    </message>
    <message>
        <source>ERROR and above</source>
        <translation>ERROR und höher</translation>
    </message>
    <message>
        <source>CRITICAL only</source>
        <translation>Nur CRITICAL</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Alert status</source>
        <translation>Alarmstatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>&amp;Group by incident</source>
        <translation>Nach Vorfall &amp;gruppieren</translation>
    </message>
    <message>
        <source>Load &amp;older alerts</source>
        <translation>Ä&amp;ltere Alarme laden</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alert rate chart</source>
        <translation>Diagramm der Alarmrate</translation>
    </message>
    <message>
        <source>No alerts loaded</source>
        <translation>Keine Alarme geladen</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to icc</source>
        <translation>Bei icc anmelden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>icc — incident command center</source>
        <translation>icc — Einsatzzentrale für Vorfälle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>Mit anderem Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About icc</source>
        <translation>Ü&amp;ber icc</translation>
    </message>
</context>
<context>
    <name>MatcherView</name>
    <message>
        <source>Runbook matcher</source>
        <translation>Runbook-Abgleich</translation>
    </message>
    <message>
        <source>What to match</source>
        <translation>Was abgeglichen werden soll</translation>
    </message>
    <message>
        <source>Recent ale&amp;rt:</source>
        <translation>Aktueller Ala&amp;rm:</translation>
    </message>
    <message>
        <source>Recent alert</source>
        <translation>Aktueller Alarm</translation>
    </message>
    <message>
        <source>The last 200 alerts, newest first</source>
        <translation>Die letzten 200 Alarme, neueste zuerst</translation>
    </message>
    <message>
        <source>Match &amp;alert</source>
        <translation>&amp;Alarm abgleichen</translation>
    </message>
    <message>
        <source>Ask the server which runbooks fit the selected alert</source>
        <translation>Den Server fragen, welche Runbooks zum ausgewählten Alarm passen</translation>
    </message>
    <message>
        <source>Re&amp;load alerts</source>
        <translation>Alarme neu la&amp;den</translation>
    </message>
    <message>
        <source>Or &amp;paste alert text (Ctrl+Return matches it):</source>
        <translation>Oder Alarmtext &amp;einfügen (Strg+Eingabe gleicht ihn ab):</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation>Alarmtext</translation>
    </message>
    <message>
        <source>e.g. Disk usage on /var/log at 96% on db-replica-2</source>
        <translation>z. B. Disk usage on /var/log at 96% on db-replica-2</translation>
    </message>
    <message>
        <source>Match &amp;text</source>
        <translation>&amp;Text abgleichen</translation>
    </message>
    <message>
        <source>Ask the server which runbooks fit the pasted text</source>
        <translation>Den Server fragen, welche Runbooks zum eingefügten Text passen</translation>
    </message>
    <message>
        <source>&amp;Candidates, best first:</source>
        <translation>&amp;Kandidaten, bester zuerst:</translation>
    </message>
    <message>
        <source>Runbook candidates</source>
        <translation>Runbook-Kandidaten</translation>
    </message>
    <message>
        <source>Why this runbook (selected candidate)</source>
        <translation>Warum dieses Runbook (ausgewählter Kandidat)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translation>Noch kein Abgleich.</translation>
    </message>
    <message>
        <source>R&amp;unbook:</source>
        <translation>R&amp;unbook:</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>&amp;Steps the agent may propose from it:</source>
        <translation>&amp;Schritte, die der Agent daraus vorschlagen darf:</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <translation>Runbook-Schritte</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>HITL-theater check not loaded yet.</source>
        <translation>HITL-Theater-Analyse noch nicht geladen.</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>Reminder: you are paged</source>
        <translation>Erinnerung: Sie werden alarmiert</translation>
    </message>
    <message>
        <source>You are paged</source>
        <translation>Sie werden alarmiert</translation>
    </message>
    <message>
        <source>Review %1 (incident %2) needs you, escalation level %3.</source>
        <translation>Prüfung %1 (Vorfall %2) benötigt Sie, Eskalationsebene %3.</translation>
    </message>
    <message>
        <source>Review %1 (%2) for incident %3 waits for a decision.</source>
        <translation>Prüfung %1 (%2) für Vorfall %3 wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Tier-3 review waiting</source>
        <translation>Prüfung der Stufe 3 wartet</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>Review escalated</source>
        <translation>Prüfung eskaliert</translation>
    </message>
    <message>
        <source>Review %1 (incident %2) escalated to level %3: nobody decided in time.</source>
        <translation>Prüfung %1 (Vorfall %2) wurde auf Ebene %3 eskaliert: niemand hat rechtzeitig entschieden.</translation>
    </message>
    <message>
        <source>Escalation chain exhausted</source>
        <translation>Eskalationskette ausgeschöpft</translation>
    </message>
    <message>
        <source>Review %1 (incident %2) is held: nobody on the chain decided.</source>
        <translation>Prüfung %1 (Vorfall %2) ist angehalten: niemand in der Kette hat entschieden.</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Kritischer Vorfall</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) from while you were away</source>
        <translation>
            <numerusform>%n Benachrichtigung aus Ihrer Abwesenheit</numerusform>
            <numerusform>%n Benachrichtigungen aus Ihrer Abwesenheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n neue Benachrichtigung</numerusform>
            <numerusform>%n neue Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them older than ten minutes)</source>
        <translation>
            <numerusform>(%n davon älter als zehn Minuten)</numerusform>
            <numerusform>(%n davon älter als zehn Minuten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline banner</source>
        <translation>Offline-Hinweis</translation>
    </message>
    <message>
        <source>Disconnected — reconnecting…; decisions are disabled</source>
        <translation>Verbindung getrennt — neuer Verbindungsaufbau…; Entscheidungen sind deaktiviert</translation>
    </message>
</context>
<context>
    <name>PostMortemExporter</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Begründung des Agenten</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Alert %1 [%2] received %3: %4</source>
        <translation>Alarm %1 [%2], eingegangen %3: %4</translation>
    </message>
    <message>
        <source>Matched runbook: %1, confidence %2</source>
        <translation>Passendes Runbook: %1, Konfidenz %2</translation>
    </message>
    <message>
        <source>Ambiguous: %1; informational: %2</source>
        <translation>Mehrdeutig: %1; nur informativ: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Matched terms: %1</source>
        <translation>Übereinstimmende Begriffe: %1</translation>
    </message>
    <message>
        <source>Matched concepts: %1</source>
        <translation>Übereinstimmende Konzepte: %1</translation>
    </message>
    <message>
        <source>Matched labels: %1</source>
        <translation>Übereinstimmende Labels: %1</translation>
    </message>
    <message>
        <source>Conditions met: %1</source>
        <translation>Erfüllte Bedingungen: %1</translation>
    </message>
    <message>
        <source>Conditions failed: %1</source>
        <translation>Nicht erfüllte Bedingungen: %1</translation>
    </message>
    <message>
        <source>Missing: no match recorded for this alert</source>
        <translation>Fehlt: für diesen Alarm ist kein Abgleich erfasst</translation>
    </message>
    <message>
        <source>Candidate runbook</source>
        <translation>Runbook-Kandidat</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>What this layer could have caught:</source>
        <translation>Was diese Schicht hätte abfangen können:</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Richtlinien-Einstufung</translation>
    </message>
    <message>
        <source>Decided at %1: outcome **%2**, review tier **%3**, autonomy level %4</source>
        <translation>Entschieden um %1: Ergebnis **%2**, Prüfstufe **%3**, Autonomiegrad %4</translation>
    </message>
    <message>
        <source>Proposed step: %1 (step %2 of %3)</source>
        <translation>Vorgeschlagener Schritt: %1 (Schritt %2 von %3)</translation>
    </message>
    <message>
        <source>Policy version: %1 (approved %2)</source>
        <translation>Richtlinienversion: %1 (freigegeben %2)</translation>
    </message>
    <message>
        <source>Friction: %1</source>
        <translation>Hürden: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>keine Regel ausgelöst</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Prüfung durch Menschen</translation>
    </message>
    <message>
        <source>Pre-approved: nobody was asked</source>
        <translation>Vorab freigegeben: niemand wurde gefragt</translation>
    </message>
    <message>
        <source>Class approval %1 granted by %2</source>
        <translation>Klassenfreigabe %1 erteilt von %2</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>never decided</source>
        <translation>nie entschieden</translation>
    </message>
    <message>
        <source>Timed out at %1 (level %2), escalated to %3%4</source>
        <translation>Zeitüberschreitung um %1 (Ebene %2), eskaliert an %3%4</translation>
    </message>
    <message>
        <source>, held</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>Resolved: %1 at %2</source>
        <translation>Abgeschlossen: %1 um %2</translation>
    </message>
    <message>
        <source>Execution and outcome</source>
        <translation>Ausführung und Ergebnis</translation>
    </message>
    <message>
        <source>The action did not run.</source>
        <translation>Die Aktion wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4</source>
        <translation>%1 %2 um %3: %4</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome: not marked yet</source>
        <translation>Ergebnis: noch nicht markiert</translation>
    </message>
    <message>
        <source>Outcome: %1, marked by %2 %3</source>
        <translation>Ergebnis: %1, markiert von %2 %3</translation>
    </message>
    <message>
        <source>Gaps in the record:</source>
        <translation>Lücken in der Aufzeichnung:</translation>
    </message>
    <message>
        <source>Post-mortem: incident %1</source>
        <translation>Post-Mortem: Vorfall %1</translation>
    </message>
    <message>
        <source>Blameless: it asks what in the system made the failure possible, not who failed.</source>
        <translation>Ohne Schuldzuweisung: gefragt wird, was im System den Fehler möglich gemacht hat, nicht wer versagt hat.</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Zusammenfassung des Vorfalls</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Severity: %1; status: %2</source>
        <translation>Schweregrad: %1; Status: %2</translation>
    </message>
    <message>
        <source>Opened: %1 UTC</source>
        <translation>Geöffnet: %1 UTC</translation>
    </message>
    <message>
        <source>Resolved: %1 UTC</source>
        <translation>Behoben: %1 UTC</translation>
    </message>
    <message>
        <source>Policy version: %1; alerts: %2</source>
        <translation>Richtlinienversion: %1; Alarme: %2</translation>
    </message>
    <message>
        <source>Post-mortem revision %1, last saved by %2</source>
        <translation>Post-Mortem-Revision %1, zuletzt gespeichert von %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemandem</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>No audit entries loaded.</source>
        <translation>Keine Einträge des Audit-Protokolls geladen.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No failure marked.</source>
        <translation>Kein Fehler markiert.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Chain reconstruction</source>
        <translation>Rekonstruktion der Kette</translation>
    </message>
    <message>
        <source>No action was reconstructed.</source>
        <translation>Es wurde keine Aktion rekonstruiert.</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Aktion %1: %2</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>kein Schritt</translation>
    </message>
    <message>
        <source>Marked %1 failure at the %2 layer: %3</source>
        <translation>Als Fehler %1 in der Schicht %2 markiert: %3</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PostMortemView</name>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Vorfall:</translation>
    </message>
    <message>
        <source>Incidents, newest first</source>
        <translation>Vorfälle, neueste zuerst</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the incident, its audit timeline and its post-mortem again (F5)</source>
        <translation>Vorfall, Audit-Zeitleiste und Post-Mortem neu laden (F5)</translation>
    </message>
    <message>
        <source>Audit chain: not checked yet</source>
        <translation>Audit-Kette: noch nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;Save post-mortem</source>
        <translation>Post-Mortem &amp;speichern</translation>
    </message>
    <message>
        <source>Store the failure marks and action items on the server (Ctrl+S)</source>
        <translation>Fehlermarkierungen und Maßnahmen auf dem Server speichern (Strg+S)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the post-mortem as Markdown, HTML or PDF</source>
        <translation>Post-Mortem als Markdown, HTML oder PDF schreiben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Audit-Zeitleiste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>actor, event or words (e.g. review.decided, erin)</source>
        <translation>Akteur, Ereignis oder Wörter (z. B. review.decided, erin)</translation>
    </message>
    <message>
        <source>Audit timeline</source>
        <translation>Audit-Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>The actions the policy decided on in this incident; selecting a timeline row that names an action selects it too</source>
        <translation>Die Aktionen, über die die Richtlinie in diesem Vorfall entschieden hat; wird eine Zeile der Zeitleiste ausgewählt, die eine Aktion nennt, wird auch diese ausgewählt</translation>
    </message>
    <message>
        <source>Select an action to see the three layers that could each have stopped it.</source>
        <translation>Wählen Sie eine Aktion aus, um die drei Ebenen zu sehen, von denen jede sie hätte stoppen können.</translation>
    </message>
    <message>
        <source>1. Agent reasoning: alert, candidates, confidence, explanation</source>
        <translation>1. Begründung des Agenten: Alarm, Kandidaten, Konfidenz, Erklärung</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Begründung des Agenten</translation>
    </message>
    <message>
        <source>2. Policy classification: tier, rule reasons, friction, version</source>
        <translation>2. Richtlinien-Einstufung: Stufe, Regelgründe, Hürden, Version</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Richtlinien-Einstufung</translation>
    </message>
    <message>
        <source>3. Human review: reviewers, dwell, decisions, reasons, timeouts</source>
        <translation>3. Menschliche Prüfung: Prüfer, Lesezeit, Entscheidungen, Begründungen, Timeouts</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Menschliche Prüfung</translation>
    </message>
    <message>
        <source>Execution and outcome</source>
        <translation>Ausführung und Ergebnis</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Failure kind</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>Failure layer</source>
        <translation>Fehlerebene</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Noti&amp;z:</translation>
    </message>
    <message>
        <source>what this layer missed, and why</source>
        <translation>was diese Ebene übersehen hat und warum</translation>
    </message>
    <message>
        <source>&amp;Mark failure of this action</source>
        <translation>Fehler dieser Aktion &amp;markieren</translation>
    </message>
    <message>
        <source>Record a failure of the selected action at the chosen layer</source>
        <translation>Einen Fehler der ausgewählten Aktion auf der gewählten Ebene erfassen</translation>
    </message>
    <message>
        <source>Remove selected failure</source>
        <translation>Ausgewählten Fehler entfernen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <source>what will change</source>
        <translation>was sich ändern wird</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Verant&amp;wortlich:</translation>
    </message>
    <message>
        <source>who owns it</source>
        <translation>wer dafür verantwortlich ist</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Fälli&amp;g:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Add action ite&amp;m</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected item</source>
        <translation>Ausgewählte Maßnahme entfernen</translation>
    </message>
</context>
<context>
    <name>ReviewFriction</name>
    <message>
        <source>offline: the live connection to the server is down, so what you see may be old</source>
        <translation>offline: Die Live-Verbindung zum Server ist unterbrochen, das Angezeigte kann veraltet sein</translation>
    </message>
    <message>
        <source>the incident changed since you opened this review: reload (F5) and look again</source>
        <translation>der Vorfall hat sich geändert, seit Sie diese Prüfung geöffnet haben: neu laden (F5) und erneut ansehen</translation>
    </message>
    <message>
        <source>this review takes no decision from you (state: %1)</source>
        <translation>diese Prüfung erfordert keine Entscheidung von Ihnen (Status: %1)</translation>
    </message>
    <message>
        <source>you approved already; the next approval must come from another reviewer</source>
        <translation>Sie haben bereits freigegeben; die nächste Freigabe muss von einem anderen Prüfer kommen</translation>
    </message>
    <message numerus="yes">
        <source>minimum time to read: %n s left</source>
        <translation>
            <numerusform>Mindestlesezeit: noch %n s</numerusform>
            <numerusform>Mindestlesezeit: noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>type the confirmation phrase exactly: %1</source>
        <translation>Bestätigungsphrase exakt eingeben: %1</translation>
    </message>
    <message>
        <source>acknowledge the rollback procedure</source>
        <translation>Rollback-Verfahren bestätigen</translation>
    </message>
    <message>
        <source>state your reason</source>
        <translation>Begründung angeben</translation>
    </message>
    <message>
        <source>this step has no parameters a modify could change</source>
        <translation>dieser Schritt hat keine Parameter, die sich ändern ließen</translation>
    </message>
    <message>
        <source>change at least one parameter value</source>
        <translation>mindestens einen Parameterwert ändern</translation>
    </message>
    <message>
        <source>Approved: %1 of %2 approvals</source>
        <translation>Freigegeben: %1 von %2 Freigaben</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Entschieden: %1</translation>
    </message>
    <message>
        <source>One reviewer decides (%1 of 1 approvals)</source>
        <translation>Ein Prüfer entscheidet (%1 von 1 Freigaben)</translation>
    </message>
    <message>
        <source>%1 of %2 approvals</source>
        <translation>%1 von %2 Freigaben</translation>
    </message>
    <message>
        <source> — you approved; waiting for a second reviewer</source>
        <translation> — Sie haben freigegeben; Warten auf einen zweiten Prüfer</translation>
    </message>
    <message>
        <source> — waiting for your approval as the second reviewer</source>
        <translation> — Warten auf Ihre Freigabe als zweiter Prüfer</translation>
    </message>
    <message>
        <source> — two different reviewers must approve</source>
        <translation> — zwei verschiedene Prüfer müssen freigeben</translation>
    </message>
    <message>
        <source>. The other reviewer&apos;s reasoning stays hidden until you decide.</source>
        <translation>. Die Begründung des anderen Prüfers bleibt verborgen, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>the server no longer counts your open of this review</source>
        <translation>der Server zählt Ihr Öffnen dieser Prüfung nicht mehr</translation>
    </message>
    <message>
        <source>the review was held (%1); opens and approvals from before no longer count</source>
        <translation>die Prüfung wurde angehalten (%1); frühere Öffnungen und Freigaben zählen nicht mehr</translation>
    </message>
    <message>
        <source>%1: reopen the review (F5) and read it again; your reading time starts over</source>
        <translation>%1: Öffnen Sie die Prüfung erneut (F5) und lesen Sie sie noch einmal; Ihre Lesezeit beginnt von vorn</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Reviews waiting (&amp;Queue)</source>
        <translation>Wartende Prüfungen (&amp;Warteschlange)</translation>
    </message>
    <message>
        <source>Open the &amp;selected review</source>
        <translation>&amp;Ausgewählte Prüfung öffnen</translation>
    </message>
    <message>
        <source>Open it (Enter in the queue): the server starts your reading time</source>
        <translation>Öffnen (Eingabe in der Warteschlange): der Server startet Ihre Lesezeit</translation>
    </message>
    <message>
        <source>Pick a review on the left and press Enter to open it. Opening starts the minimum reading time.</source>
        <translation>Wählen Sie links eine Prüfung und drücken Sie die Eingabetaste, um sie zu öffnen. Das Öffnen startet die Mindestlesezeit.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Context revision</source>
        <translation>Kontext-Revision</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Vorgeschlagene Aktion</translation>
    </message>
    <message>
        <source>Review tier</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Exact command</source>
        <translation>Exakter Befehl</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>The agent&apos;s reasoning</source>
        <translation>Begründung des Agenten</translation>
    </message>
    <message>
        <source>Match confidence</source>
        <translation>Konfidenz des Abgleichs</translation>
    </message>
    <message>
        <source>Why this runbook</source>
        <translation>Warum dieses Runbook</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Why a human is asked</source>
        <translation>Warum ein Mensch gefragt wird</translation>
    </message>
    <message>
        <source>Similar actions before</source>
        <translation>Frühere ähnliche Aktionen</translation>
    </message>
    <message>
        <source>Before you decide</source>
        <translation>Bevor Sie entscheiden</translation>
    </message>
    <message>
        <source>Time to read</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Phrase to type</source>
        <translation>Einzugebende Phrase</translation>
    </message>
    <message>
        <source>&amp;Type the phrase</source>
        <translation>Phrase &amp;eingeben</translation>
    </message>
    <message>
        <source>type the phrase shown above, exactly</source>
        <translation>Geben Sie die oben angezeigte Phrase exakt ein</translation>
    </message>
    <message>
        <source>I have read the rollback procedure and &amp;know how to undo this</source>
        <translation>Ich habe das Rollback-Verfahren gelesen und weiß, wie ich dies &amp;rückgängig mache</translation>
    </message>
    <message>
        <source>Your reaso&amp;n</source>
        <translation>Ihre Begrü&amp;ndung</translation>
    </message>
    <message>
        <source>why you decide this way (kept in the audit log)</source>
        <translation>warum Sie so entscheiden (wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Modify: the parameters this step allows</source>
        <translation>Ändern: die Parameter, die dieser Schritt zulässt</translation>
    </message>
    <message>
        <source>New values (F2 edits) — parameters &amp;for modify</source>
        <translation>Neue Werte (F2 bearbeitet) — Parameter &amp;für Ändern</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Frei&amp;geben</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter when everything above is done)</source>
        <translation>Freigeben (Strg+Eingabe, wenn alles oben erledigt ist)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the action</source>
        <translation>Die Aktion ablehnen</translation>
    </message>
    <message>
        <source>Mo&amp;dify</source>
        <translation>Än&amp;dern</translation>
    </message>
    <message>
        <source>Send the changed parameters; the policy checks them again</source>
        <translation>Die geänderten Parameter senden; die Richtlinie prüft sie erneut</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>E&amp;skalieren</translation>
    </message>
    <message>
        <source>Pass this review to the next level of the roster</source>
        <translation>Diese Prüfung an die nächste Ebene des Bereitschaftsplans weitergeben</translation>
    </message>
    <message>
        <source>Re&amp;load (F5)</source>
        <translation>Neu &amp;laden (F5)</translation>
    </message>
    <message>
        <source>Open the review again with the current incident state</source>
        <translation>Die Prüfung mit dem aktuellen Stand des Vorfalls erneut öffnen</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Roster</source>
        <translation>Bereitschaftsplan</translation>
    </message>
    <message>
        <source>Roster not loaded yet.</source>
        <translation>Bereitschaftsplan noch nicht geladen.</translation>
    </message>
    <message>
        <source>On call &amp;now</source>
        <translation>&amp;Jetzt in Bereitschaft</translation>
    </message>
    <message>
        <source>Who each level of the escalation chain pages right now (overrides included).</source>
        <translation>Wen jede Stufe der Eskalationskette gerade benachrichtigt (Vertretungen eingeschlossen).</translation>
    </message>
    <message>
        <source>Ro&amp;tations</source>
        <translation>&amp;Rotationen</translation>
    </message>
    <message>
        <source>Members take turns in the order listed, one shift each. Double-click or press F2 to edit.</source>
        <translation>Die Mitglieder übernehmen abwechselnd in der aufgeführten Reihenfolge je eine Schicht. Zum Bearbeiten doppelklicken oder F2 drücken.</translation>
    </message>
    <message>
        <source>O&amp;verrides</source>
        <translation>&amp;Vertretungen</translation>
    </message>
    <message>
        <source>An override puts someone else on call for a rotation between two times (UTC). Where overrides overlap, the later one in this list wins.</source>
        <translation>Eine Vertretung setzt für eine Rotation zwischen zwei Zeitpunkten (UTC) eine andere Person in Bereitschaft. Überschneiden sich Vertretungen, gilt die spätere in dieser Liste.</translation>
    </message>
    <message>
        <source>&amp;Add override</source>
        <translation>Vertretung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected override</source>
        <translation>Ausgewählte Vertretung &amp;entfernen</translation>
    </message>
    <message>
        <source>Escalation &amp;chain</source>
        <translation>Eskalations&amp;kette</translation>
    </message>
    <message>
        <source>Level 1 is paged first; a level that does not acknowledge within its timeout hands the page to the next level.</source>
        <translation>Stufe 1 wird zuerst benachrichtigt; eine Stufe, die nicht innerhalb ihres Timeouts bestätigt, gibt die Benachrichtigung an die nächste Stufe weiter.</translation>
    </message>
    <message>
        <source>Add &amp;level</source>
        <translation>Stu&amp;fe hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected le&amp;vel</source>
        <translation>Ausgewählte St&amp;ufe entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Escalation &amp;test</source>
        <translation>Eskalations&amp;test</translation>
    </message>
    <message>
        <source>An escalation test pages every level at once. Each paged person acknowledges the test page; a level that does not answer within its timeout is a dead link.</source>
        <translation>Ein Eskalationstest benachrichtigt alle Stufen gleichzeitig. Jede benachrichtigte Person bestätigt die Testbenachrichtigung; eine Stufe, die nicht innerhalb ihres Timeouts antwortet, ist ein totes Glied.</translation>
    </message>
    <message>
        <source>&amp;Run escalation test</source>
        <translation>Eskalationstest &amp;durchführen</translation>
    </message>
    <message>
        <source>No escalation test run yet.</source>
        <translation>Noch kein Eskalationstest durchgeführt.</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>Änderungen ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Save roster</source>
        <translation>Bereitschaftsplan &amp;speichern</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Mute non-critical notifications</source>
        <translation>Nicht kritische Benachrichtigungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>Pages to you, escalations and tier-3 reviews are always shown.</source>
        <translation>Alarmierungen an Sie, Eskalationen und Prüfungen der Stufe 3 werden immer angezeigt.</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
</context>
<context>
    <name>icc::ActionItemModel</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>icc::AlertRateChart</name>
    <message>
        <source>Alerts per minute, last 60 minutes</source>
        <translation>Alarme pro Minute, letzte 60 Minuten</translation>
    </message>
    <message>
        <source>alerts / minute</source>
        <translation>Alarme / Minute</translation>
    </message>
</context>
<context>
    <name>icc::AlertTableModel</name>
    <message>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Service / source</source>
        <translation>Dienst / Quelle</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
</context>
<context>
    <name>icc::AuditTimelineModel</name>
    <message>
        <source> (reasoning hidden until you decide)</source>
        <translation> (Begründung verborgen, bis Sie entscheiden)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>icc::ChainLayerModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>not in the audit record</source>
        <translation>nicht in der Audit-Aufzeichnung</translation>
    </message>
    <message>
        <source>A gap in the record: this layer did not take part</source>
        <translation>Eine Lücke in der Aufzeichnung: Diese Ebene war nicht beteiligt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, approved %1</source>
        <translation>, freigegeben am %1</translation>
    </message>
    <message>
        <source> (%1 days old then</source>
        <translation> (damals %1 Tage alt</translation>
    </message>
    <message>
        <source>, %1 days now)</source>
        <translation>, heute %1 Tage)</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Begründung des Agenten</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Richtlinien-Einstufung</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Menschliche Prüfung</translation>
    </message>
    <message>
        <source>Execution and outcome</source>
        <translation>Ausführung und Ergebnis</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>%1 [%2] received %3: %4</source>
        <translation>%1 [%2] empfangen um %3: %4</translation>
    </message>
    <message>
        <source>no match.completed entry for this alert</source>
        <translation>kein match.completed-Eintrag für diesen Alarm</translation>
    </message>
    <message>
        <source>Matched runbook</source>
        <translation>Zugeordnetes Runbook</translation>
    </message>
    <message>
        <source>none (no runbook matched)</source>
        <translation>keins (kein Runbook zugeordnet)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Nur informativ</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konzepte</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Erfüllte Bedingungen</translation>
    </message>
    <message>
        <source>Conditions failed</source>
        <translation>Nicht erfüllte Bedingungen</translation>
    </message>
    <message>
        <source>Could have caught</source>
        <translation>Hätte es abfangen können</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden um</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Review tier</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <source>Autonomy level</source>
        <translation>Autonomiestufe</translation>
    </message>
    <message>
        <source>Requires approval</source>
        <translation>Freigabe erforderlich</translation>
    </message>
    <message>
        <source>Proposed step</source>
        <translation>Vorgeschlagener Schritt</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (Schritt %2 von %3)</translation>
    </message>
    <message>
        <source>Rule reasons</source>
        <translation>Regelgründe</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>keine Regel hat gegriffen</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Hürden</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Richtlinienversion</translation>
    </message>
    <message>
        <source>Incident pinned to</source>
        <translation>Vorfall festgelegt auf</translation>
    </message>
    <message>
        <source>Re-evaluations</source>
        <translation>Neubewertungen</translation>
    </message>
    <message>
        <source>Pre-approved</source>
        <translation>Vorab freigegeben</translation>
    </message>
    <message>
        <source>yes: nobody was asked</source>
        <translation>ja: niemand wurde gefragt</translation>
    </message>
    <message>
        <source>Class approval</source>
        <translation>Klassenfreigabe</translation>
    </message>
    <message>
        <source>%1 granted by %2</source>
        <translation>%1 erteilt von %2</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>never decided</source>
        <translation>nie entschieden</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>no reason stated</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Queue depth at open</source>
        <translation>Warteschlangenlänge beim Öffnen</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source> (at night)</source>
        <translation> (nachts)</translation>
    </message>
    <message>
        <source>Fast approval</source>
        <translation>Schnelle Freigabe</translation>
    </message>
    <message>
        <source>approved faster than the threshold</source>
        <translation>schneller als der Schwellenwert freigegeben</translation>
    </message>
    <message>
        <source>Decisions in the hour before</source>
        <translation>Entscheidungen in der Stunde davor</translation>
    </message>
    <message>
        <source>Refused decisions</source>
        <translation>Abgewiesene Entscheidungen</translation>
    </message>
    <message>
        <source>Recent decisions</source>
        <translation>Letzte Entscheidungen</translation>
    </message>
    <message>
        <source>%1 on %2 after %3</source>
        <translation>%1 zu %2 nach %3</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>%1 at level %2, escalated to %3%4</source>
        <translation>%1 auf Stufe %2, eskaliert an %3%4</translation>
    </message>
    <message>
        <source>, held</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>no execution: the action did not run</source>
        <translation>keine Ausführung: Die Aktion wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4</source>
        <translation>%1 %2 um %3: %4</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>, blocked by %1</source>
        <translation>, blockiert durch %1</translation>
    </message>
    <message>
        <source>, rolled back</source>
        <translation>, Rollback durchgeführt</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>noch nicht markiert</translation>
    </message>
    <message>
        <source>%1, marked by %2 at %3%4</source>
        <translation>%1, markiert von %2 um %3%4</translation>
    </message>
    <message>
        <source>Gaps in the record</source>
        <translation>Lücken in der Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>icc::ChainLevelModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 s (%2)</source>
        <translation>%1 s (%2)</translation>
    </message>
    <message>
        <source>Seconds this level has to acknowledge before the next level is paged.</source>
        <translation>Sekunden, die diese Ebene zum Bestätigen hat, bevor die nächste Ebene alarmiert wird.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Rotation paged</source>
        <translation>Alarmierte Rotation</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Timeout (Sekunden)</translation>
    </message>
    <message>
        <source>Level %1 needs a rotation to page.</source>
        <translation>Ebene %1 benötigt eine Rotation, die alarmiert wird.</translation>
    </message>
    <message>
        <source>Level %1: timeout &apos;%2&apos; must be a positive number of seconds (or 10m, 1h).</source>
        <translation>Ebene %1: Timeout &apos;%2&apos; muss eine positive Anzahl Sekunden sein (oder 10m, 1h).</translation>
    </message>
</context>
<context>
    <name>icc::ClassApprovalModel</name>
    <message>
        <source>REVOKED by %1</source>
        <translation>WIDERRUFEN von %1</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>every incident</source>
        <translation>alle Vorfälle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action (pattern)</source>
        <translation>Aktion (Muster)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>icc::CommanderControlsView</name>
    <message>
        <source>Not logged in: the controls cannot be shown or used.</source>
        <translation>Nicht angemeldet: Die Steuerung kann weder angezeigt noch verwendet werden.</translation>
    </message>
    <message>
        <source>VIEW ONLY: as %1 (%2) you see the kill switch, halts and class approvals but cannot change them. Only the incident commander can.</source>
        <translation>NUR ANSICHT: Als %1 (%2) sehen Sie den Not-Aus, die Sperren und die Klassenfreigaben, können sie aber nicht ändern. Das kann nur der Einsatzleiter.</translation>
    </message>
    <message>
        <source>You may stop actions but not grant class approvals.</source>
        <translation>Sie dürfen Aktionen stoppen, aber keine Klassenfreigaben erteilen.</translation>
    </message>
    <message>
        <source>You may grant class approvals but not stop actions.</source>
        <translation>Sie dürfen Klassenfreigaben erteilen, aber keine Aktionen stoppen.</translation>
    </message>
    <message>
        <source>You are the incident commander: every change below asks for confirmation first and is recorded in the audit log with your name and reason.</source>
        <translation>Sie sind der Einsatzleiter: Jede der folgenden Änderungen erfordert zuerst eine Bestätigung und wird mit Ihrem Namen und Ihrer Begründung im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Could not load the controls: %1</source>
        <translation>Steuerung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the class approvals: %1</source>
        <translation>Klassenfreigaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Kill switch state not loaded yet.</source>
        <translation>Status des Not-Aus noch nicht geladen.</translation>
    </message>
    <message>
        <source>KILL SWITCH ENGAGED: no automated action runs.
By %1 since %2 UTC: %3</source>
        <translation>NOT-AUS AUSGELÖST: Keine automatisierte Aktion wird ausgeführt.
Von %1 seit %2 UTC: %3</translation>
    </message>
    <message>
        <source>Kill switch OFF: automated actions run under policy and review.</source>
        <translation>Not-Aus INAKTIV: Automatisierte Aktionen laufen unter Richtlinie und Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Lift kill switch…</source>
        <translation>Not-Aus &amp;aufheben…</translation>
    </message>
    <message>
        <source>&amp;Engage kill switch…</source>
        <translation>Not-Aus &amp;auslösen…</translation>
    </message>
    <message>
        <source>Nothing sent: %1 is required.</source>
        <translation>Nichts gesendet: %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) now held.</source>
        <translation>
            <numerusform>%n Prüfung ist jetzt angehalten.</numerusform>
            <numerusform>%n Prüfungen sind jetzt angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>Kill switch ENGAGED.</source>
        <translation>Not-Aus AUSGELÖST.</translation>
    </message>
    <message>
        <source>Kill switch lifted.</source>
        <translation>Not-Aus aufgehoben.</translation>
    </message>
    <message>
        <source>Engage the kill switch?</source>
        <translation>Not-Aus auslösen?</translation>
    </message>
    <message>
        <source>EVERY automated action on EVERY incident stops now. Nothing executes until the kill switch is lifted, and reviews in flight are held.

Reason recorded: %1</source>
        <translation>JEDE automatisierte Aktion in JEDEM Vorfall stoppt jetzt. Nichts wird ausgeführt, bis der Not-Aus aufgehoben ist, und laufende Prüfungen werden angehalten.

Erfasste Begründung: %1</translation>
    </message>
    <message>
        <source>&amp;Engage kill switch</source>
        <translation>Not-Aus &amp;auslösen</translation>
    </message>
    <message>
        <source>Lift the kill switch?</source>
        <translation>Not-Aus aufheben?</translation>
    </message>
    <message>
        <source>Automated actions may run again under policy and review. Reviews the kill switch held stay held until someone decides them.

Reason recorded: %1</source>
        <translation>Automatisierte Aktionen dürfen wieder unter Richtlinie und Prüfung laufen. Prüfungen, die der Not-Aus angehalten hat, bleiben angehalten, bis jemand über sie entscheidet.

Erfasste Begründung: %1</translation>
    </message>
    <message>
        <source>&amp;Lift kill switch</source>
        <translation>Not-Aus &amp;aufheben</translation>
    </message>
    <message>
        <source>the action type</source>
        <translation>der Aktionstyp</translation>
    </message>
    <message>
        <source>Halt every %1 action?</source>
        <translation>Alle Aktionen vom Typ %1 sperren?</translation>
    </message>
    <message>
        <source>Every action of type %1 on every incident stops now: nothing of this type executes and its reviews are held until the halt is lifted. Other action types keep running.

Reason recorded: %2</source>
        <translation>Jede Aktion vom Typ %1 in jedem Vorfall stoppt jetzt: Nichts von diesem Typ wird ausgeführt, und die zugehörigen Prüfungen werden angehalten, bis die Sperre aufgehoben ist. Andere Aktionstypen laufen weiter.

Erfasste Begründung: %2</translation>
    </message>
    <message>
        <source>&amp;Halt %1</source>
        <translation>%1 &amp;sperren</translation>
    </message>
    <message>
        <source>%1 HALTED.</source>
        <translation>%1 GESPERRT.</translation>
    </message>
    <message>
        <source>Nothing sent: select the halt to lift first.</source>
        <translation>Nichts gesendet: Wählen Sie zuerst die aufzuhebende Sperre aus.</translation>
    </message>
    <message>
        <source>Lift the halt on %1?</source>
        <translation>Sperre für %1 aufheben?</translation>
    </message>
    <message>
        <source>Actions of type %1 may be proposed and executed again under policy and review. Reviews the halt held stay held until someone decides them.

Reason recorded: %2</source>
        <translation>Aktionen vom Typ %1 dürfen wieder unter Richtlinie und Prüfung vorgeschlagen und ausgeführt werden. Prüfungen, die die Sperre angehalten hat, bleiben angehalten, bis jemand über sie entscheidet.

Erfasste Begründung: %2</translation>
    </message>
    <message>
        <source>&amp;Lift halt on %1</source>
        <translation>Sperre für %1 &amp;aufheben</translation>
    </message>
    <message>
        <source>Halt on %1 lifted.</source>
        <translation>Sperre für %1 aufgehoben.</translation>
    </message>
    <message>
        <source>the action (type or pattern)</source>
        <translation>die Aktion (Typ oder Muster)</translation>
    </message>
    <message>
        <source>the scope (an incident id, or *)</source>
        <translation>der Geltungsbereich (eine Vorfall-ID oder *)</translation>
    </message>
    <message>
        <source>Grant a class approval for %1?</source>
        <translation>Klassenfreigabe für %1 erteilen?</translation>
    </message>
    <message>
        <source>Tier-1 actions matching %1 on %2 run WITHOUT a per-action review for %3 minutes (until about %4 UTC). Tier-2 and tier-3 actions are never covered.</source>
        <translation>Aktionen der Prüfstufe 1, die zu %1 passen, laufen in %2 für %3 Minuten OHNE Einzelprüfung (bis etwa %4 UTC). Aktionen der Prüfstufen 2 und 3 sind nie abgedeckt.</translation>
    </message>
    <message>
        <source>every incident</source>
        <translation>allen Vorfällen</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>&amp;Grant approval</source>
        <translation>Freigabe &amp;erteilen</translation>
    </message>
    <message>
        <source>Class approval for %1 granted.</source>
        <translation>Klassenfreigabe für %1 erteilt.</translation>
    </message>
    <message>
        <source>Nothing sent: select the class approval to revoke first.</source>
        <translation>Nichts gesendet: Wählen Sie zuerst die zu widerrufende Klassenfreigabe aus.</translation>
    </message>
    <message>
        <source>Revoke the class approval for %1?</source>
        <translation>Klassenfreigabe für %1 widerrufen?</translation>
    </message>
    <message>
        <source>Tier-1 actions matching %1 need a per-action review again from now on.</source>
        <translation>Aktionen der Prüfstufe 1, die zu %1 passen, benötigen ab sofort wieder eine Einzelprüfung.</translation>
    </message>
    <message>
        <source>&amp;Revoke approval</source>
        <translation>Freigabe &amp;widerrufen</translation>
    </message>
    <message>
        <source>Class approval for %1 revoked.</source>
        <translation>Klassenfreigabe für %1 widerrufen.</translation>
    </message>
    <message>
        <source>someone logged in again on this desktop</source>
        <translation>auf diesem Desktop hat sich jemand erneut angemeldet</translation>
    </message>
    <message>
        <source>the session was logged out</source>
        <translation>die Sitzung wurde abgemeldet</translation>
    </message>
    <message>
        <source>the session expired</source>
        <translation>die Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>events may have been missed</source>
        <translation>möglicherweise wurden Ereignisse verpasst</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist unterbrochen</translation>
    </message>
    <message>
        <source>NOTHING was sent: you are not logged in.</source>
        <translation>NICHTS wurde gesendet: Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>NOTHING was sent: this desktop is offline, so the state shown may be stale. Wait until the connection is back and look again.</source>
        <translation>NICHTS wurde gesendet: Dieser Desktop ist offline, der angezeigte Stand kann veraltet sein. Warten Sie, bis die Verbindung wieder besteht, und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>OFFLINE: every control is disabled because this desktop is not connected to the server. The state shown may be stale; nothing can be changed until the connection is back.</source>
        <translation>OFFLINE: Alle Bedienelemente sind gesperrt, weil dieser Desktop nicht mit dem Server verbunden ist. Der angezeigte Stand kann veraltet sein; bis die Verbindung wieder besteht, kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>the kill switch was changed on the server</source>
        <translation>der Not-Aus wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>a halt was changed on the server</source>
        <translation>eine Sperre wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>Could not load the changed controls: %1</source>
        <translation>Die geänderte Steuerung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>a class approval was changed on the server</source>
        <translation>eine Klassenfreigabe wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>The confirmation was closed and NOTHING was sent: %1. The state changed; look at it again before you decide.</source>
        <translation>Die Bestätigung wurde geschlossen und NICHTS wurde gesendet: %1. Der Stand hat sich geändert; sehen Sie ihn sich erneut an, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>NOTHING was sent: the state changed since the confirmation opened. Look at it again before you decide.</source>
        <translation>NICHTS wurde gesendet: Der Stand hat sich geändert, seit die Bestätigung geöffnet wurde. Sehen Sie ihn sich erneut an, bevor Sie entscheiden.</translation>
    </message>
</context>
<context>
    <name>icc::ConfirmationDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Phrase matches: the button is now enabled.</source>
        <translation>Phrase stimmt überein: die Schaltfläche ist jetzt aktiviert.</translation>
    </message>
    <message>
        <source>The button stays disabled until you type %1 exactly.</source>
        <translation>Die Schaltfläche bleibt deaktiviert, bis Sie exakt %1 eingeben.</translation>
    </message>
</context>
<context>
    <name>icc::ConnectDialog</name>
    <message>
        <source>Server address: enter host:port or https://host:port.</source>
        <translation>Serveradresse: host:port oder https://host:port eingeben.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>First connection to %1: check the certificate below.</source>
        <translation>Erste Verbindung zu %1: Prüfen Sie das Zertifikat unten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: the certificate of %1 CHANGED.&lt;/b&gt; This can be an attack (someone pretending to be the server). The connection was refused.&lt;br&gt;&lt;br&gt;Pinned (trusted): &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Presented now: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Only if the administrator confirms the server was really reinstalled, and tells you the new fingerprint, forget the pinned certificate below and connect again.</source>
        <translation>&lt;b&gt;WARNUNG: Das Zertifikat von %1 hat sich GEÄNDERT.&lt;/b&gt; Das kann ein Angriff sein (jemand gibt sich als der Server aus). Die Verbindung wurde abgelehnt.&lt;br&gt;&lt;br&gt;Gepinnt (vertrauenswürdig): &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Jetzt vorgelegt: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Nur wenn der Administrator bestätigt, dass der Server wirklich neu installiert wurde, und Ihnen den neuen Fingerabdruck mitteilt: Vergessen Sie unten das gepinnte Zertifikat und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s certificate changed.</source>
        <translation>Abgelehnt: Das Zertifikat des Servers hat sich geändert.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>The pinned certificate of %1 was forgotten. Connect again and compare the new fingerprint with the one the administrator gave you.</source>
        <translation>Das gepinnte Zertifikat von %1 wurde vergessen. Verbinden Sie sich erneut und vergleichen Sie den neuen Fingerabdruck mit dem, den Ihnen der Administrator gegeben hat.</translation>
    </message>
</context>
<context>
    <name>icc::DashboardView</name>
    <message>
        <source>Loading incidents and alerts…</source>
        <translation>Vorfälle und Alarme werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the incidents</source>
        <translation>Vorfälle konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the alerts</source>
        <translation>Alarme konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the new alerts&apos; details</source>
        <translation>Details der neuen Alarme konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 incidents shown; %2 alerts loaded</source>
        <translation>%1 Vorfälle angezeigt; %2 Alarme geladen</translation>
    </message>
    <message>
        <source>%1 of %2 loaded alerts shown</source>
        <translation>%1 von %2 geladenen Alarmen angezeigt</translation>
    </message>
    <message>
        <source>1 alert in the last hour</source>
        <translation>1 Alarm in der letzten Stunde</translation>
    </message>
    <message>
        <source>%1 alerts in the last hour</source>
        <translation>%1 Alarme in der letzten Stunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>icc::DecisionTimeModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Review tier</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
</context>
<context>
    <name>icc::EscalationTestModel</name>
    <message>
        <source>nobody on call</source>
        <translation>niemand in Bereitschaft</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <source>DEAD LINK</source>
        <translation>UNTERBROCHENES GLIED</translation>
    </message>
    <message>
        <source>waiting (%1 s timeout)</source>
        <translation>wartet (%1 s Timeout)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Paged</source>
        <translation>Alarmiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>icc::FailureMarkModel</name>
    <message>
        <source>PRIMARY</source>
        <translation>PRIMÄR</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>icc::HaltModel</name>
    <message>
        <source>HALTED: %1</source>
        <translation>GESPERRT: %1</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Halted by</source>
        <translation>Gesperrt von</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
</context>
<context>
    <name>icc::IncidentTreeModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Noch nicht gruppiert</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 Alarm</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 Alarme</translation>
    </message>
    <message>
        <source>Incident / summary</source>
        <translation>Vorfall / Zusammenfassung</translation>
    </message>
    <message>
        <source>Opened / received</source>
        <translation>Geöffnet / empfangen</translation>
    </message>
    <message>
        <source>Updated / last seen</source>
        <translation>Aktualisiert / zuletzt gesehen</translation>
    </message>
    <message>
        <source>Alerts / occurrences</source>
        <translation>Alarme / Vorkommen</translation>
    </message>
</context>
<context>
    <name>icc::KeychainTokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>icc::LoginDialog</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>After login your token is kept in %1; your password is never stored.</source>
        <translation>Nach der Anmeldung wird Ihr Token in %1 aufbewahrt; Ihr Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Resuming the saved login of %1…</source>
        <translation>Gespeicherte Anmeldung von %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <source>The saved login of %1 has expired; enter the password.</source>
        <translation>Die gespeicherte Anmeldung von %1 ist abgelaufen; geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Could not resume the saved login: %1</source>
        <translation>Gespeicherte Anmeldung konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>User name: enter your user name.</source>
        <translation>Benutzername: Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Passwort: Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your login token could not be saved in %1 (%2). It is kept in memory only: you will log in again next time.</source>
        <translation>Ihr Anmelde-Token konnte nicht in %1 gespeichert werden (%2). Es wird nur im Arbeitsspeicher gehalten: Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>icc::MainWindow</name>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>P&amp;rüfungen</translation>
    </message>
    <message>
        <source>Run&amp;books</source>
        <translation>Run&amp;books</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>Bereitschafts&amp;plan</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>&amp;Steuerung</translation>
    </message>
    <message>
        <source>&amp;Post-mortem</source>
        <translation>Post-&amp;Mortem</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>Me&amp;triken</translation>
    </message>
    <message>
        <source>icc — incident command center</source>
        <translation>icc — Einsatzzentrale für Vorfälle</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>icc — %1@%2</source>
        <translation>icc — %1@%2</translation>
    </message>
    <message>
        <source>%1@%2 · role: %3</source>
        <translation>%1@%2 · Rolle: %3</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>○ OFFLINE</source>
        <translation>○ OFFLINE</translation>
    </message>
    <message>
        <source>About icc</source>
        <translation>Über icc</translation>
    </message>
    <message>
        <source>&lt;b&gt;icc %1&lt;/b&gt;&lt;br&gt;Incident command center: human-in-the-loop incident response.</source>
        <translation>&lt;b&gt;icc %1&lt;/b&gt;&lt;br&gt;Einsatzzentrale für Vorfälle: Vorfallbearbeitung mit menschlicher Kontrolle (Human-in-the-Loop).</translation>
    </message>
</context>
<context>
    <name>icc::MatchCandidateModel</name>
    <message>
        <source>%1 (matched)</source>
        <translation>%1 (Treffer)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>icc::MatcherView</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Log in to match alerts against the runbooks.</source>
        <translation>Melden Sie sich an, um Alarme mit den Runbooks abzugleichen.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>cannot load the recent alerts: %1</source>
        <translation>die letzten Alarme können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>#%1 [%2] %3</source>
        <translation>#%1 [%2] %3</translation>
    </message>
    <message>
        <source>No alerts received yet: paste text instead</source>
        <translation>Noch keine Alarme empfangen: fügen Sie stattdessen Text ein</translation>
    </message>
    <message>
        <source>paste some alert text first</source>
        <translation>zuerst Alarmtext einfügen</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>den eingefügten Text</translation>
    </message>
    <message>
        <source>select an alert first</source>
        <translation>zuerst einen Alarm auswählen</translation>
    </message>
    <message>
        <source>alert #%1</source>
        <translation>Alarm #%1</translation>
    </message>
    <message>
        <source>Matching %1…</source>
        <translation>Abgleich für %1…</translation>
    </message>
    <message>
        <source>this server cannot match on request yet (%1)</source>
        <translation>dieser Server kann noch nicht auf Anfrage abgleichen (%1)</translation>
    </message>
    <message>
        <source>no match for %1: %2</source>
        <translation>kein Treffer für %1: %2</translation>
    </message>
    <message>
        <source>No runbook matched: the agent would propose nothing and a human decides.</source>
        <translation>Kein Runbook passt: der Agent würde nichts vorschlagen, und ein Mensch entscheidet.</translation>
    </message>
    <message>
        <source>Matched runbook: %1.</source>
        <translation>Passendes Runbook: %1.</translation>
    </message>
    <message>
        <source>AMBIGUOUS: the best candidates are too close to call.</source>
        <translation>MEHRDEUTIG: die besten Kandidaten liegen zu nah beieinander.</translation>
    </message>
    <message>
        <source>INFORMATIONAL: nothing to remediate.</source>
        <translation>INFORMATIV: nichts zu beheben.</translation>
    </message>
    <message>
        <source>No observations.</source>
        <translation>Keine Beobachtungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1.</source>
        <translation>
            <numerusform>%n Kandidat für %1.</numerusform>
            <numerusform>%n Kandidaten für %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>**%1** (`%2`), confidence %3, risk **%4**

</source>
        <translation>**%1** (`%2`), Konfidenz %3, Risiko **%4**

</translation>
    </message>
    <message>
        <source>- Terms: %1
</source>
        <translation>- Begriffe: %1
</translation>
    </message>
    <message>
        <source>- Concepts: %1
</source>
        <translation>- Konzepte: %1
</translation>
    </message>
    <message>
        <source>- Labels: %1
</source>
        <translation>- Labels: %1
</translation>
    </message>
    <message>
        <source>- Conditions met: %1
</source>
        <translation>- Erfüllte Bedingungen: %1
</translation>
    </message>
    <message>
        <source>- Conditions failed: %1
</source>
        <translation>- Nicht erfüllte Bedingungen: %1
</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Cannot load runbook %1: %2</source>
        <translation>Runbook %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>_%1, risk %2_

</source>
        <translation>_%1, Risiko %2_

</translation>
    </message>
    <message>
        <source>%1. **%2**, risk %3, %4: %5
</source>
        <translation>%1. **%2**, Risiko %3, %4: %5
</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>erfordert Freigabe</translation>
    </message>
    <message>
        <source>runs without approval</source>
        <translation>läuft ohne Freigabe</translation>
    </message>
    <message>
        <source>   - command: `%1`
</source>
        <translation>   - Befehl: `%1`
</translation>
    </message>
    <message>
        <source>   - rollback: `%1`
</source>
        <translation>   - Rollback: `%1`
</translation>
    </message>
    <message>
        <source>   - IRREVERSIBLE
</source>
        <translation>   - IRREVERSIBEL
</translation>
    </message>
    <message>
        <source>_No steps._</source>
        <translation>_Keine Schritte._</translation>
    </message>
</context>
<context>
    <name>icc::MemoryTokenStore</name>
    <message>
        <source>memory only (no keychain: log in again next time)</source>
        <translation>dem Arbeitsspeicher (kein Schlüsselbund: beim nächsten Mal erneut anmelden)</translation>
    </message>
</context>
<context>
    <name>icc::MetricsView</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>As %1 (%2) you may not read oversight metrics; commanders, facilitators and admins can.</source>
        <translation>Als %1 (%2) dürfen Sie keine Aufsichtsmetriken lesen; Einsatzleiter, Moderatoren und Administratoren dürfen das.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the oversight metrics: %1</source>
        <translation>Aufsichtsmetriken konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <source>HITL-theater check not loaded yet.</source>
        <translation>HITL-Theater-Analyse noch nicht geladen.</translation>
    </message>
    <message>
        <source>HITL THEATER SUSPECTED: approvals look like rubber-stamping.</source>
        <translation>HITL-THEATER VERMUTET: Freigaben wirken wie bloßes Abnicken.</translation>
    </message>
    <message>
        <source>Not flagged: reviews show signs of real scrutiny.</source>
        <translation>Nicht auffällig: Prüfungen zeigen Anzeichen echter Sorgfalt.</translation>
    </message>
    <message>
        <source>Insufficient data to judge HITL theater.</source>
        <translation>Zu wenige Daten, um HITL-Theater zu beurteilen.</translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation>Median (s)</translation>
    </message>
    <message>
        <source>90th percentile (s)</source>
        <translation>90. Perzentil (s)</translation>
    </message>
    <message>
        <source>Time to decision by review tier</source>
        <translation>Zeit bis zur Entscheidung nach Prüfstufe</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Share of decisions (%)</source>
        <translation>Anteil der Entscheidungen (%)</translation>
    </message>
    <message>
        <source>Rejection, modification and override rates</source>
        <translation>Ablehnungs-, Änderungs- und Übersteuerungsquoten</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>icc::OfflineBanner</name>
    <message>
        <source>Disconnected from %1 since %2 — reconnecting…; decisions are disabled</source>
        <translation>Seit %2 von %1 getrennt — neuer Verbindungsaufbau…; Entscheidungen sind deaktiviert</translation>
    </message>
    <message>
        <source>%1 refused the live updates since %2: %3 — retrying; decisions are disabled</source>
        <translation>%1 verweigert seit %2 die Live-Aktualisierung: %3 — neuer Versuch läuft; Entscheidungen sind gesperrt</translation>
    </message>
</context>
<context>
    <name>icc::OnCallModel</name>
    <message>
        <source>NOBODY (dead link)</source>
        <translation>NIEMAND (unterbrochenes Glied)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>On call now</source>
        <translation>Jetzt in Bereitschaft</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
</context>
<context>
    <name>icc::OverrideModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>UTC, e.g. 2026-01-09T18:00:00Z; the override holds from &apos;from&apos; up to (not including) &apos;to&apos;.</source>
        <translation>UTC, z. B. 2026-01-09T18:00:00Z; die Vertretung gilt ab &apos;Von&apos; bis ausschließlich &apos;Bis&apos;.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Vertreten durch</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>An override needs the rotation it covers.</source>
        <translation>Eine Vertretung benötigt die Rotation, die sie abdeckt.</translation>
    </message>
    <message>
        <source>An override needs the user who covers the shift.</source>
        <translation>Eine Vertretung benötigt den Benutzer, der die Schicht übernimmt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or date-time (2026-01-09T18:00:00Z).</source>
        <translation>&apos;%1&apos; ist kein Datum und keine Datums-/Uhrzeitangabe (2026-01-09T18:00:00Z).</translation>
    </message>
</context>
<context>
    <name>icc::OversightFiguresModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>median %1, p90 %2 (%n measured)</source>
        <translation>
            <numerusform>Median %1, p90 %2 (%n Messung)</numerusform>
            <numerusform>Median %1, p90 %2 (%n Messungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 (approve %2, reject %3, modify %4, escalate %5)</source>
        <translation>%1 (freigegeben %2, abgelehnt %3, geändert %4, eskaliert %5)</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>Ablehnungsquote</translation>
    </message>
    <message>
        <source>Modification rate</source>
        <translation>Änderungsquote</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Übersteuerungsquote</translation>
    </message>
    <message>
        <source>Time to decision (all tiers)</source>
        <translation>Zeit bis zur Entscheidung (alle Stufen)</translation>
    </message>
    <message>
        <source>Review queue now (end of window)</source>
        <translation>Prüfungswarteschlange jetzt (Ende des Zeitfensters)</translation>
    </message>
    <message>
        <source>Review queue, deepest in window</source>
        <translation>Prüfungswarteschlange, Höchststand im Zeitfenster</translation>
    </message>
    <message>
        <source>MTTA (time to acknowledge)</source>
        <translation>MTTA (Zeit bis zur Bestätigung)</translation>
    </message>
    <message>
        <source>MTTR (time to resolve)</source>
        <translation>MTTR (Zeit bis zur Behebung)</translation>
    </message>
    <message>
        <source>Reviews that timed out</source>
        <translation>Prüfungen mit Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Unresolved incidents</source>
        <translation>Nicht behobene Vorfälle</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>icc::ParameterEditModel</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>icc::PostMortemDocument</name>
    <message>
        <source>postmortem: field &apos;incident_id&apos; is missing</source>
        <translation>Post-Mortem: Feld &apos;incident_id&apos; fehlt</translation>
    </message>
    <message>
        <source>postmortem: failures[%1].kind &apos;%2&apos; is not primary or secondary</source>
        <translation>Post-Mortem: failures[%1].kind &apos;%2&apos; ist weder primary noch secondary</translation>
    </message>
    <message>
        <source>postmortem: failures[%1].layer &apos;%2&apos; is not a layer</source>
        <translation>Post-Mortem: failures[%1].layer &apos;%2&apos; ist keine Schicht</translation>
    </message>
    <message>
        <source>postmortem: action_items[%1].due &apos;%2&apos; is not YYYY-MM-DD</source>
        <translation>Post-Mortem: action_items[%1].due &apos;%2&apos; ist nicht im Format JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>icc::PostMortemView</name>
    <message>
        <source>Primary: failed first</source>
        <translation>Primär: hat zuerst versagt</translation>
    </message>
    <message>
        <source>Secondary: failed to catch it</source>
        <translation>Sekundär: hat es nicht abgefangen</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Begründung des Agenten</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Richtlinien-Einstufung</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Menschliche Prüfung</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Log in to see post-mortems.</source>
        <translation>Melden Sie sich an, um Post-Mortems zu sehen.</translation>
    </message>
    <message>
        <source>Your role (%1) may not read the audit log: post-mortems are for commanders, facilitators and admins.</source>
        <translation>Ihre Rolle (%1) darf das Audit-Protokoll nicht lesen: Post-Mortems sind Einsatzleitern, Moderatoren und Administratoren vorbehalten.</translation>
    </message>
    <message>
        <source>Read only: your role (%1) may not mark failures or edit action items; commanders and facilitators may.</source>
        <translation>Nur lesen: Ihre Rolle (%1) darf keine Fehler markieren oder Maßnahmen bearbeiten; Einsatzleiter und Moderatoren dürfen das.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>&amp;Save post-mortem (unsaved changes)</source>
        <translation>Post-Mortem &amp;speichern (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>&amp;Save post-mortem</source>
        <translation>Post-Mortem &amp;speichern</translation>
    </message>
    <message>
        <source>cannot load the incidents: %1</source>
        <translation>Vorfälle können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No incidents yet: nothing to review.</source>
        <translation>Noch keine Vorfälle: nichts auszuwerten.</translation>
    </message>
    <message>
        <source>Loading the audit timeline of %1…</source>
        <translation>Audit-Zeitleiste von %1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>cannot load the audit timeline: %1</source>
        <translation>Audit-Zeitleiste kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the stored post-mortem is unreadable: %1</source>
        <translation>das gespeicherte Post-Mortem ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot load the post-mortem: %1</source>
        <translation>Post-Mortem kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Audit chain: NOT CHECKED (%1)</source>
        <translation>Audit-Kette: NICHT GEPRÜFT (%1)</translation>
    </message>
    <message>
        <source>✔ Audit chain INTACT: %1 entries verified</source>
        <translation>✔ Audit-Kette INTAKT: %1 Einträge verifiziert</translation>
    </message>
    <message>
        <source>✖ Audit chain BROKEN at entry %1: %2</source>
        <translation>✖ Audit-Kette UNTERBROCHEN bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 audit entries, %3 actions; post-mortem revision %4%5</source>
        <translation>%1: %2 Audit-Einträge, %3 Aktionen; Post-Mortem-Revision %4%5</translation>
    </message>
    <message>
        <source>, saved by %1</source>
        <translation>, gespeichert von %1</translation>
    </message>
    <message>
        <source>No action in this incident: the policy proposed nothing, so there is no chain to reconstruct.</source>
        <translation>Keine Aktion in diesem Vorfall: Die Richtlinie hat nichts vorgeschlagen, daher gibt es keine Kette zu rekonstruieren.</translation>
    </message>
    <message>
        <source>Cannot reconstruct %1: %2</source>
        <translation>%1 kann nicht rekonstruiert werden: %2</translation>
    </message>
    <message>
        <source>Reconstructing %1 from the audit log…</source>
        <translation>%1 wird aus dem Audit-Protokoll rekonstruiert…</translation>
    </message>
    <message>
        <source>%1 (%2): every layer is in the record.</source>
        <translation>%1 (%2): Jede Ebene ist in der Aufzeichnung enthalten.</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>kein Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n gap(s) in the record, shown in words below.</source>
        <translation>
            <numerusform>%1 (%2): %n Lücke in der Aufzeichnung, unten in Worten beschrieben.</numerusform>
            <numerusform>%1 (%2): %n Lücken in der Aufzeichnung, unten in Worten beschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>select an action first: a failure belongs to one action</source>
        <translation>Wählen Sie zuerst eine Aktion aus: Ein Fehler gehört zu genau einer Aktion</translation>
    </message>
    <message>
        <source>Failure of %1 marked; save to keep it.</source>
        <translation>Fehler von %1 markiert; speichern, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>an action item needs a title and an owner: ownerless items do not get done</source>
        <translation>Eine Maßnahme braucht einen Titel und einen Verantwortlichen: Maßnahmen ohne Verantwortlichen werden nicht erledigt</translation>
    </message>
    <message>
        <source>Action item added; save to keep it.</source>
        <translation>Maßnahme hinzugefügt; speichern, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>someone else saved this post-mortem since you loaded it (%1). Their version is shown now; your unsaved marks were not stored — add them again and save.</source>
        <translation>Jemand anderes hat dieses Post-Mortem gespeichert, seit Sie es geladen haben (%1). Jetzt wird dessen Version angezeigt; Ihre ungespeicherten Markierungen wurden nicht gespeichert — fügen Sie sie erneut hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved: post-mortem revision %1.</source>
        <translation>Gespeichert: Post-Mortem-Revision %1.</translation>
    </message>
    <message>
        <source>%1: choose a .md, .html or .pdf file</source>
        <translation>%1: Wählen Sie eine .md-, .html- oder .pdf-Datei</translation>
    </message>
    <message>
        <source>select an incident first</source>
        <translation>Wählen Sie zuerst einen Vorfall aus</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export post-mortem</source>
        <translation>Post-Mortem exportieren</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n action(s) could not be reconstructed and are left out).</source>
        <translation>
            <numerusform>Nach %1 exportiert (%n Aktion konnte nicht rekonstruiert werden und fehlt).</numerusform>
            <numerusform>Nach %1 exportiert (%n Aktionen konnten nicht rekonstruiert werden und fehlen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 saved this post-mortem meanwhile; your save will be refused. Reload (F5) to see their version.</source>
        <translation>%1 hat dieses Post-Mortem inzwischen gespeichert; Ihr Speichern wird abgelehnt. Neu laden (F5), um diese Version zu sehen.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Save is off while offline: the live connection to the server is down. Your unsaved failure marks and action items stay here; save them when the connection is back.</source>
        <translation>Speichern ist offline gesperrt: Die Live-Verbindung zum Server ist unterbrochen. Ihre ungespeicherten Fehlermarkierungen und Maßnahmen bleiben hier; speichern Sie sie, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Reloading shows the stored post-mortem of %1 again.</source>
        <translation>Neu laden zeigt wieder das gespeicherte Post-Mortem von %1.</translation>
    </message>
    <message>
        <source>the live connection missed events: a newer post-mortem of %1 may be stored. Your unsaved changes are kept; a stale save is refused and says so, or reload (F5) to see the stored version.</source>
        <translation>der Live-Verbindung sind Ereignisse entgangen: Möglicherweise ist ein neueres Post-Mortem von %1 gespeichert. Ihre ungespeicherten Änderungen bleiben erhalten; ein veraltetes Speichern wird mit Begründung abgelehnt, oder laden Sie neu (F5), um die gespeicherte Fassung zu sehen.</translation>
    </message>
    <message>
        <source>cannot load the details of %1: %2 (reload with F5)</source>
        <translation>Details von %1 können nicht geladen werden: %2 (mit F5 neu laden)</translation>
    </message>
    <message>
        <source>Discard unsaved post-mortem work?</source>
        <translation>Ungespeicherte Post-Mortem-Arbeit verwerfen?</translation>
    </message>
    <message>
        <source>%1

Your unsaved failure marks and action items of %2 would be lost. Keep editing and save them first to keep them.</source>
        <translation>%1

Ihre ungespeicherten Fehlermarkierungen und Maßnahmen zu %2 gingen verloren. Bearbeiten Sie weiter und speichern Sie zuerst, um sie zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Switching to %1 shows that incident&apos;s post-mortem.</source>
        <translation>Der Wechsel zu %1 zeigt das Post-Mortem dieses Vorfalls.</translation>
    </message>
    <message>
        <source>not saved: offline. Your changes stay here; save when the connection is back.</source>
        <translation>nicht gespeichert: offline. Ihre Änderungen bleiben hier; speichern Sie, sobald die Verbindung wieder steht.</translation>
    </message>
</context>
<context>
    <name>icc::ReviewPanel</name>
    <message>
        <source>Could not load the reviews: %1</source>
        <translation>Die Prüfungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Keine Prüfungen ausstehend.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting</source>
        <translation>
            <numerusform>%n Prüfung wartet</numerusform>
            <numerusform>%n Prüfungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Pick a review on the left and press Enter to open it. Opening starts your minimum reading time.</source>
        <translation>Wählen Sie links eine Prüfung und drücken Sie die Eingabetaste, um sie zu öffnen. Das Öffnen startet Ihre Mindestlesezeit.</translation>
    </message>
    <message>
        <source>%1 (what you are deciding on)</source>
        <translation>%1 (Gegenstand Ihrer Entscheidung)</translation>
    </message>
    <message>
        <source>could not load the incident: %1</source>
        <translation>der Vorfall konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (step %2 of runbook %3): %4</source>
        <translation>%1 (Schritt %2 von Runbook %3): %4</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>(no command: a read-only step)</source>
        <translation>(kein Befehl: ein rein lesender Schritt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), %1% of traffic, %2</source>
        <translation>
            <numerusform>%n Dienst, %1 % des Datenverkehrs, %2</numerusform>
            <numerusform>%n Dienste, %1 % des Datenverkehrs, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>IRREVERSIBLE</source>
        <translation>IRREVERSIBEL</translation>
    </message>
    <message numerus="yes">
        <source>reversible within %n minute(s)</source>
        <translation>
            <numerusform>innerhalb von %n Minute umkehrbar</numerusform>
            <numerusform>innerhalb von %n Minuten umkehrbar</numerusform>
        </translation>
    </message>
    <message>
        <source> — REGULATED asset</source>
        <translation> — REGULIERTES Asset</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>NONE: this cannot be undone</source>
        <translation>KEINES: dies kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>could not load the proposal: %1</source>
        <translation>der Vorschlag konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>I have read the rollback procedure and &amp;know how to undo this:
%1</source>
        <translation>Ich habe das Rollback-Verfahren gelesen und weiß, wie ich dies &amp;rückgängig mache:
%1</translation>
    </message>
    <message>
        <source>(none: irreversible)</source>
        <translation>(keines: irreversibel)</translation>
    </message>
    <message>
        <source>Your reaso&amp;n (required)</source>
        <translation>Ihre Begrü&amp;ndung (erforderlich)</translation>
    </message>
    <message>
        <source>Your reaso&amp;n (optional)</source>
        <translation>Ihre Begrü&amp;ndung (optional)</translation>
    </message>
    <message>
        <source>%1 now; you opened revision %2</source>
        <translation>jetzt %1; geöffnet haben Sie Revision %2</translation>
    </message>
    <message>
        <source>%1% for %2</source>
        <translation>%1 % für %2</translation>
    </message>
    <message>
        <source>no runbook</source>
        <translation>kein Runbook</translation>
    </message>
    <message>
        <source>conditions met: %1</source>
        <translation>erfüllte Bedingungen: %1</translation>
    </message>
    <message>
        <source>conditions FAILED: %1</source>
        <translation>NICHT erfüllte Bedingungen: %1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>shared terms: %1</source>
        <translation>gemeinsame Begriffe: %1</translation>
    </message>
    <message>
        <source>concepts: %1</source>
        <translation>Konzepte: %1</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>keine Erklärung angegeben</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>not reported with this proposal</source>
        <translation>mit diesem Vorschlag nicht gemeldet</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>History unavailable: this server does not keep it.</source>
        <translation>Verlauf nicht verfügbar: dieser Server speichert ihn nicht.</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 has not been proposed before: nobody has seen it work here.</source>
        <translation>%1 wurde noch nie vorgeschlagen: niemand hat es hier funktionieren sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier %1 proposal(s), newest first</source>
        <translation>
            <numerusform>%n früherer Vorschlag für %1, neuester zuerst</numerusform>
            <numerusform>%n frühere Vorschläge für %1, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>open a review first</source>
        <translation>zuerst eine Prüfung öffnen</translation>
    </message>
    <message>
        <source>OFFLINE — the live connection is down. No decision can be sent until it is back.</source>
        <translation>OFFLINE — die Live-Verbindung ist unterbrochen. Bis sie wiederhergestellt ist, kann keine Entscheidung gesendet werden.</translation>
    </message>
    <message>
        <source>your role (%1) may not decide reviews</source>
        <translation>Ihre Rolle (%1) darf keine Prüfungen entscheiden</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Noch nicht: %1</translation>
    </message>
    <message>
        <source>no minimum reading time at this tier</source>
        <translation>keine Mindestlesezeit auf dieser Stufe</translation>
    </message>
    <message>
        <source>%1 s left of the %2 s minimum (the server counts from your open)</source>
        <translation>noch %1 s von mindestens %2 s (der Server zählt ab Ihrem Öffnen)</translation>
    </message>
    <message>
        <source>done: the %1 s minimum reading time has passed</source>
        <translation>erledigt: die Mindestlesezeit von %1 s ist abgelaufen</translation>
    </message>
    <message>
        <source>THE INCIDENT CHANGED since you opened this review. Press F5 to reload and look again before deciding.</source>
        <translation>DER VORFALL HAT SICH GEÄNDERT, seit Sie diese Prüfung geöffnet haben. Drücken Sie F5, um neu zu laden, und sehen Sie ihn sich vor der Entscheidung erneut an.</translation>
    </message>
    <message>
        <source>Your session ended: log in again. The review you had open was closed; open it again after logging in.</source>
        <translation>Ihre Sitzung ist beendet: Melden Sie sich erneut an. Die geöffnete Prüfung wurde geschlossen; öffnen Sie sie nach der Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Sending your decision on %1: opening another review waits for its answer.</source>
        <translation>Ihre Entscheidung zu %1 wird gesendet: Das Öffnen einer anderen Prüfung wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>sending your decision on %1…</source>
        <translation>Ihre Entscheidung zu %1 wird gesendet…</translation>
    </message>
    <message>
        <source>OPEN THIS REVIEW AGAIN: %1. Press F5 to open it again; your reading time starts over.</source>
        <translation>DIESE PRÜFUNG ERNEUT ÖFFNEN: %1. Drücken Sie F5, um sie erneut zu öffnen; Ihre Lesezeit beginnt von vorn.</translation>
    </message>
    <message>
        <source>Sending your %1 on %2…</source>
        <translation>Ihre Entscheidung (%1) zu %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Your %1 on %2 was NOT recorded: the server no longer counts your open (the review was held by a stop). The review has been opened again: read it again; the phrase, the acknowledgement and the reading time start over. (Server: %3)</source>
        <translation>Ihre Entscheidung (%1) zu %2 wurde NICHT gespeichert: Der Server zählt Ihr Öffnen nicht mehr (die Prüfung wurde durch einen Stopp angehalten). Die Prüfung wurde erneut geöffnet: Lesen Sie sie noch einmal; Bestätigungssatz, Bestätigung und Lesezeit beginnen von vorn. (Server: %3)</translation>
    </message>
    <message>
        <source>The incident changed while you were deciding, so your %1 on %2 was NOT recorded. The review has been reloaded with the current state: read it again; the phrase, the acknowledgement and the reading time start over. (Server: %3)</source>
        <translation>Der Vorfall hat sich während Ihrer Entscheidung geändert, daher wurde Ihre Entscheidung (%1) zu %2 NICHT gespeichert. Die Prüfung wurde mit dem aktuellen Stand neu geladen: Lesen Sie sie noch einmal; Bestätigungssatz, Bestätigung und Lesezeit beginnen von vorn. (Server: %3)</translation>
    </message>
    <message>
        <source>The server refused your %1 on %2: %3</source>
        <translation>Der Server hat Ihre Entscheidung (%1) zu %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Recorded for %1: %2</source>
        <translation>Gespeichert für %1: %2</translation>
    </message>
</context>
<context>
    <name>icc::ReviewQueueModel</name>
    <message>
        <source>Tier 3 — two reviewers</source>
        <translation>Stufe 3 — zwei Prüfer</translation>
    </message>
    <message>
        <source>Tier 2 — one reviewer</source>
        <translation>Stufe 2 — ein Prüfer</translation>
    </message>
    <message>
        <source>Tier 1 — reduced</source>
        <translation>Stufe 1 — reduziert</translation>
    </message>
    <message>
        <source>Pre-approved — abort window</source>
        <translation>Vorab freigegeben — Abbruchfenster</translation>
    </message>
    <message>
        <source>Waiting for decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>HELD — escalated or stopped</source>
        <translation>ANGEHALTEN — eskaliert oder gestoppt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>icc::RosterEditor</name>
    <message>
        <source>Not logged in: the roster cannot be shown or edited.</source>
        <translation>Nicht angemeldet: Der Bereitschaftsplan kann weder angezeigt noch bearbeitet werden.</translation>
    </message>
    <message>
        <source>READ-ONLY: as %1 (%2) you may look at the roster but not edit it or run escalation tests. Commanders and admins can.</source>
        <translation>NUR LESEN: Als %1 (%2) dürfen Sie den Bereitschaftsplan ansehen, aber weder bearbeiten noch Eskalationstests durchführen. Einsatzleiter und Administratoren dürfen das.</translation>
    </message>
    <message>
        <source>You may edit the roster. Edits take effect for new incidents once saved; open incidents keep the roster they started with.</source>
        <translation>Sie dürfen den Bereitschaftsplan bearbeiten. Änderungen gelten nach dem Speichern für neue Vorfälle; offene Vorfälle behalten den Bereitschaftsplan, mit dem sie begonnen haben.</translation>
    </message>
    <message>
        <source>No roster has been set on the server yet.</source>
        <translation>Auf dem Server ist noch kein Bereitschaftsplan festgelegt.</translation>
    </message>
    <message>
        <source>Could not load the roster: %1</source>
        <translation>Bereitschaftsplan konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Roster %1, version %2, saved by %3 at %4 UTC.</source>
        <translation>Bereitschaftsplan %1, Version %2, gespeichert von %3 am %4 UTC.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>WARNING: %1 saved roster version %2 while you were editing. Your unsaved edits were replaced by that version; make them again if they are still needed.</source>
        <translation>WARNUNG: %1 hat während Ihrer Bearbeitung die Version %2 des Bereitschaftsplans gespeichert. Ihre ungespeicherten Änderungen wurden durch diese Version ersetzt; nehmen Sie sie erneut vor, falls sie noch nötig sind.</translation>
    </message>
    <message>
        <source>Unsaved edits.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>No problems found in your edits; the server checks again when you save.</source>
        <translation>Keine Probleme in Ihren Änderungen gefunden; der Server prüft beim Speichern erneut.</translation>
    </message>
    <message>
        <source>PROBLEMS in your edits (the server will refuse them):
%1</source>
        <translation>PROBLEME in Ihren Änderungen (der Server wird sie ablehnen):
%1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the roster; nothing was saved:
%1</source>
        <translation>Der Server hat den Bereitschaftsplan abgelehnt; es wurde nichts gespeichert:
%1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Starting the escalation test…</source>
        <translation>Eskalationstest wird gestartet…</translation>
    </message>
    <message>
        <source>The escalation test did not start: %1</source>
        <translation>Der Eskalationstest wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Cannot follow escalation test %1: %2</source>
        <translation>Eskalationstest %1 kann nicht verfolgt werden: %2</translation>
    </message>
    <message>
        <source>waiting for acknowledgements</source>
        <translation>Warten auf Bestätigungen</translation>
    </message>
    <message>
        <source>PASSED: every level acknowledged in time</source>
        <translation>BESTANDEN: Jede Stufe hat rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>FAILED: dead links at level(s) %1</source>
        <translation>FEHLGESCHLAGEN: tote Glieder auf Stufe(n) %1</translation>
    </message>
    <message>
        <source>Escalation test %1 (roster version %2): %3 of %4 levels acknowledged; %5.</source>
        <translation>Eskalationstest %1 (Bereitschaftsplan-Version %2): %3 von %4 Stufen haben bestätigt; %5.</translation>
    </message>
    <message>
        <source>OFFLINE: Save and escalation tests are disabled because this desktop is not connected to the server. Your edits stay here until the connection is back.</source>
        <translation>OFFLINE: Speichern und Eskalationstests sind gesperrt, weil dieser Desktop nicht mit dem Server verbunden ist. Ihre Änderungen bleiben hier erhalten, bis die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>NOT SAVED: %1 saved roster version %2 after you loaded version %3. Your edits are still shown but are based on the old version, so the server refuses them. Choose Discard edits to load version %2, then make your edits again.</source>
        <translation>NICHT GESPEICHERT: %1 hat Version %2 des Bereitschaftsplans gespeichert, nachdem Sie Version %3 geladen hatten. Ihre Änderungen werden weiter angezeigt, beruhen aber auf der alten Version, daher lehnt der Server sie ab. Wählen Sie „Änderungen verwerfen“, um Version %2 zu laden, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>another commander</source>
        <translation>ein anderer Einsatzleiter</translation>
    </message>
    <message>
        <source>Not saved: this desktop is offline. Your edits stay here; save again when the connection is back.</source>
        <translation>Nicht gespeichert: Dieser Desktop ist offline. Ihre Änderungen bleiben hier erhalten; speichern Sie erneut, wenn die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Another commander saved the roster first; nothing was saved:
%1</source>
        <translation>Ein anderer Einsatzleiter hat den Bereitschaftsplan zuerst gespeichert; es wurde nichts gespeichert:
%1</translation>
    </message>
    <message>
        <source>WARNING: %1 saved roster version %2 right after your save (version %3). The editor now shows their version; check that your change is still in it.</source>
        <translation>WARNUNG: %1 hat direkt nach Ihrem Speichern (Version %3) die Version %2 des Bereitschaftsplans gespeichert. Der Editor zeigt jetzt diese Version; prüfen Sie, ob Ihre Änderung noch darin enthalten ist.</translation>
    </message>
</context>
<context>
    <name>icc::RotationModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Members take turns in this order, separated by commas.</source>
        <translation>Die Mitglieder übernehmen abwechselnd in dieser Reihenfolge, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Shift length: 90s, 10m, 12h, 7d, 2w.</source>
        <translation>Schichtlänge: 90s, 10m, 12h, 7d, 2w.</translation>
    </message>
    <message>
        <source>First handoff, UTC: 2026-01-05T09:00:00Z.</source>
        <translation>Erste Übergabe, UTC: 2026-01-05T09:00:00Z.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Members (in order)</source>
        <translation>Mitglieder (in Reihenfolge)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>First handoff (UTC)</source>
        <translation>Erste Übergabe (UTC)</translation>
    </message>
    <message>
        <source>Rotation %1 needs at least one member.</source>
        <translation>Rotation %1 braucht mindestens ein Mitglied.</translation>
    </message>
    <message>
        <source>Shift &apos;%1&apos; is not a positive duration (e.g. 12h, 7d, 2w).</source>
        <translation>Schicht &apos;%1&apos; ist keine positive Dauer (z. B. 12h, 7d, 2w).</translation>
    </message>
    <message>
        <source>Start &apos;%1&apos; is not a date or date-time (2026-01-05T09:00:00Z).</source>
        <translation>Beginn &apos;%1&apos; ist weder ein Datum noch eine Datums-Uhrzeit-Angabe (2026-01-05T09:00:00Z).</translation>
    </message>
</context>
<context>
    <name>icc::ServerConnection</name>
    <message>
        <source>The server&apos;s certificate changed (pinned %1, now %2). Refusing to connect: this may be an attack. If the server was really reinstalled, forget the old certificate in the connection dialog and check the new fingerprint with its administrator.</source>
        <translation>Das Zertifikat des Servers hat sich geändert (hinterlegt %1, jetzt %2). Verbindung wird verweigert: dies könnte ein Angriff sein. Falls der Server wirklich neu installiert wurde, vergessen Sie das alte Zertifikat im Verbindungsdialog und prüfen Sie den neuen Fingerabdruck mit dem Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not trusted yet.</source>
        <translation>Dem Zertifikat des Servers (SHA-256 %1) wird noch nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>icc::Session</name>
    <message>
        <source>No saved login for %1.</source>
        <translation>Keine gespeicherte Anmeldung für %1.</translation>
    </message>
</context>
<context>
    <name>icc::ShellController</name>
    <message>
        <source>--server: &apos;%1&apos; is not a server address.</source>
        <translation>--server: &apos;%1&apos; ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>Your login token could not be saved in %1 (%2). It is kept in memory only.</source>
        <translation>Ihr Anmelde-Token konnte nicht in %1 gespeichert werden (%2). Es wird nur im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Login not saved</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (%1).</source>
        <translation>Hier abgemeldet; der Server konnte nicht benachrichtigt werden (%1).</translation>
    </message>
    <message>
        <source>Your session has ended on the server. Please log in again.</source>
        <translation>Ihre Sitzung auf dem Server ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>icc::SimilarActionsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
</context>
<context>
    <name>icc::TrayNotifier</name>
    <message>
        <source>icc — incident command center</source>
        <translation>icc — Einsatzzentrale für Vorfälle</translation>
    </message>
    <message>
        <source>URGENT: </source>
        <translation>DRINGEND: </translation>
    </message>
</context>
</TS>
