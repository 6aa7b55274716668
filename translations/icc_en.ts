<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>icc, the incident command center desktop.</source>
        <translation>icc, the incident command center desktop.</translation>
    </message>
    <message>
        <source>Connect to the icc-server at URL (https://host:port).</source>
        <translation>Connect to the icc-server at URL (https://host:port).</translation>
    </message>
    <message>
        <source>Log in as NAME.</source>
        <translation>Log in as NAME.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (for scripts).</source>
        <translation>Read the password from the first line of standard input (for scripts).</translation>
    </message>
    <message>
        <source>Pin the server certificate&apos;s SHA-256 fingerprint FP before connecting; refused when a different certificate is already pinned.</source>
        <translation>Pin the server certificate&apos;s SHA-256 fingerprint FP before connecting; refused when a different certificate is already pinned.</translation>
    </message>
    <message>
        <source>User interface language: de or en (default: the system&apos;s).</source>
        <translation>User interface language: de or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unexpected argument &apos;%1&apos; (see --help)</translation>
    </message>
    <message>
        <source>--trust-fingerprint: &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits, pairs may be separated by &apos;:&apos;)</source>
        <translation>--trust-fingerprint: &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits, pairs may be separated by &apos;:&apos;)</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs --server (whose certificate it is)</source>
        <translation>--trust-fingerprint needs --server (whose certificate it is)</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not available (de or en)</source>
        <translation>--lang: &apos;%1&apos; is not available (de or en)</translation>
    </message>
    <message>
        <source>--password-stdin needs --user (whose password it is)</source>
        <translation>--password-stdin needs --user (whose password it is)</translation>
    </message>
</context>
<context>
    <name>CommanderControlsView</name>
    <message>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>Kill switch: stops every automated action</source>
        <translation>Kill switch: stops every automated action</translation>
    </message>
    <message>
        <source>Kill switch state not loaded yet.</source>
        <translation>Kill switch state not loaded yet.</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>Why (recorded in the audit log)</source>
        <translation>Why (recorded in the audit log)</translation>
    </message>
    <message>
        <source>&amp;Engage kill switch…</source>
        <translation>&amp;Engage kill switch…</translation>
    </message>
    <message>
        <source>Action-type halts</source>
        <translation>Action-type halts</translation>
    </message>
    <message>
        <source>Action &amp;type:</source>
        <translation>Action &amp;type:</translation>
    </message>
    <message>
        <source>e.g. restart_service</source>
        <translation>e.g. restart_service</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>&amp;Halt action type…</source>
        <translation>&amp;Halt action type…</translation>
    </message>
    <message>
        <source>&amp;Lift selected halt…</source>
        <translation>&amp;Lift selected halt…</translation>
    </message>
    <message>
        <source>Class approvals (tier-1 actions only)</source>
        <translation>Class approvals (tier-1 actions only)</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acti&amp;on:</translation>
    </message>
    <message>
        <source>action type or pattern, e.g. restart_*</source>
        <translation>action type or pattern, e.g. restart_*</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <source>*</source>
        <translation>*</translation>
    </message>
    <message>
        <source>incident id, or * for every incident</source>
        <translation>incident id, or * for every incident</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>&amp;Grant class approval…</source>
        <translation>&amp;Grant class approval…</translation>
    </message>
    <message>
        <source>Re&amp;voke selected approval…</source>
        <translation>Re&amp;voke selected approval…</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Type the phrase to confirm:</source>
        <translation>Type the phrase to confirm:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to icc-server</source>
        <translation>Connect to icc-server</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>https://icc.example.internal:8443</source>
        <translation>https://icc.example.internal:8443</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>New server certificate — check before trusting</source>
        <translation>New server certificate — check before trusting</translation>
    </message>
    <message>
        <source>This is the first connection to this server. Compare the SHA-256 fingerprint below, character by character, with the one the server&apos;s administrator gave you (icc-server prints it when it starts). Trust it only if they are identical.</source>
        <translation>This is the first connection to this server. Compare the SHA-256 fingerprint below, character by character, with the one the server&apos;s administrator gave you (icc-server prints it when it starts). Trust it only if they are identical.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate and connect</source>
        <translation>&amp;Trust this certificate and connect</translation>
    </message>
    <message>
        <source>Certificate changed — connection refused</source>
        <translation>Certificate changed — connection refused</translation>
    </message>
    <message>
        <source>I &amp;verified with the administrator that the server was reinstalled</source>
        <translation>I &amp;verified with the administrator that the server was reinstalled</translation>
    </message>
    <message>
        <source>&amp;Forget the pinned certificate</source>
        <translation>&amp;Forget the pinned certificate</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Live alerts</source>
        <translation>Live alerts</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Summary, labels, service, incident (Ctrl+F or /)</source>
        <translation>Summary, labels, service, incident (Ctrl+F or /)</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Search alerts</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Minimum severity</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>WARNING and above</source>
        <translation>WARNING and above</translation>
    </message>
    <message>
        <source>ERROR and above</source>
        <translation>ERROR and above</translation>
    </message>
    <message>
        <source>CRITICAL only</source>
        <translation>CRITICAL only</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Alert status</source>
        <translation>Alert status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Firing</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>&amp;Group by incident</source>
        <translation>&amp;Group by incident</translation>
    </message>
    <message>
        <source>Load &amp;older alerts</source>
        <translation>Load &amp;older alerts</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alert rate chart</source>
        <translation>Alert rate chart</translation>
    </message>
    <message>
        <source>No alerts loaded</source>
        <translation>No alerts loaded</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to icc</source>
        <translation>Log in to icc</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>icc — incident command center</source>
        <translation>icc — incident command center</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>&amp;Connect to another server…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About icc</source>
        <translation>&amp;About icc</translation>
    </message>
</context>
<context>
    <name>MatcherView</name>
    <message>
        <source>Runbook matcher</source>
        <translation>Runbook matcher</translation>
    </message>
    <message>
        <source>What to match</source>
        <translation>What to match</translation>
    </message>
    <message>
        <source>Recent ale&amp;rt:</source>
        <translation>Recent ale&amp;rt:</translation>
    </message>
    <message>
        <source>Recent alert</source>
        <translation>Recent alert</translation>
    </message>
    <message>
        <source>The last 200 alerts, newest first</source>
        <translation>The last 200 alerts, newest first</translation>
    </message>
    <message>
        <source>Match &amp;alert</source>
        <translation>Match &amp;alert</translation>
    </message>
    <message>
        <source>Ask the server which runbooks fit the selected alert</source>
        <translation>Ask the server which runbooks fit the selected alert</translation>
    </message>
    <message>
        <source>Re&amp;load alerts</source>
        <translation>Re&amp;load alerts</translation>
    </message>
    <message>
        <source>Or &amp;paste alert text (Ctrl+Return matches it):</source>
        <translation>Or &amp;paste alert text (Ctrl+Return matches it):</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation>Alert text</translation>
    </message>
    <message>
        <source>e.g. Disk usage on /var/log at 96% on db-replica-2</source>
        <translation>e.g. Disk usage on /var/log at 96% on db-replica-2</translation>
    </message>
    <message>
        <source>Match &amp;text</source>
        <translation>Match &amp;text</translation>
    </message>
    <message>
        <source>Ask the server which runbooks fit the pasted text</source>
        <translation>Ask the server which runbooks fit the pasted text</translation>
    </message>
    <message>
        <source>&amp;Candidates, best first:</source>
        <translation>&amp;Candidates, best first:</translation>
    </message>
    <message>
        <source>Runbook candidates</source>
        <translation>Runbook candidates</translation>
    </message>
    <message>
        <source>Why this runbook (selected candidate)</source>
        <translation>Why this runbook (selected candidate)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translation>No match yet.</translation>
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
        <translation>&amp;Steps the agent may propose from it:</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <translation>Runbook steps</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>HITL-theater check not loaded yet.</source>
        <translation>HITL-theater check not loaded yet.</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>Reminder: you are paged</source>
        <translation>Reminder: you are paged</translation>
    </message>
    <message>
        <source>You are paged</source>
        <translation>You are paged</translation>
    </message>
    <message>
        <source>Review %1 (incident %2) needs you, escalation level %3.</source>
        <translation>Review %1 (incident %2) needs you, escalation level %3.</translation>
    </message>
    <message>
        <source>Review %1 (%2) for incident %3 waits for a decision.</source>
        <translation>Review %1 (%2) for incident %3 waits for a decision.</translation>
    </message>
    <message>
        <source>Tier-3 review waiting</source>
        <translation>Tier-3 review waiting</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>New review</translation>
    </message>
    <message>
        <source>Review escalated</source>
        <translation>Review escalated</translation>
    </message>
    <message>
        <source>Review %1 (incident %2) escalated to level %3: nobody decided in time.</source>
        <translation>Review %1 (incident %2) escalated to level %3: nobody decided in time.</translation>
    </message>
    <message>
        <source>Escalation chain exhausted</source>
        <translation>Escalation chain exhausted</translation>
    </message>
    <message>
        <source>Review %1 (incident %2) is held: nobody on the chain decided.</source>
        <translation>Review %1 (incident %2) is held: nobody on the chain decided.</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Critical incident</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) from while you were away</source>
        <translation>
            <numerusform>%n notification from while you were away</numerusform>
            <numerusform>%n notifications from while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them older than ten minutes)</source>
        <translation>
            <numerusform>(%n of them older than ten minutes)</numerusform>
            <numerusform>(%n of them older than ten minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline banner</source>
        <translation>Offline banner</translation>
    </message>
    <message>
        <source>Disconnected — reconnecting…; decisions are disabled</source>
        <translation>Disconnected — reconnecting…; decisions are disabled</translation>
    </message>
</context>
<context>
    <name>PostMortemExporter</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Agent reasoning</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Alert %1 [%2] received %3: %4</source>
        <translation>Alert %1 [%2] received %3: %4</translation>
    </message>
    <message>
        <source>Matched runbook: %1, confidence %2</source>
        <translation>Matched runbook: %1, confidence %2</translation>
    </message>
    <message>
        <source>Ambiguous: %1; informational: %2</source>
        <translation>Ambiguous: %1; informational: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Matched terms: %1</source>
        <translation>Matched terms: %1</translation>
    </message>
    <message>
        <source>Matched concepts: %1</source>
        <translation>Matched concepts: %1</translation>
    </message>
    <message>
        <source>Matched labels: %1</source>
        <translation>Matched labels: %1</translation>
    </message>
    <message>
        <source>Conditions met: %1</source>
        <translation>Conditions met: %1</translation>
    </message>
    <message>
        <source>Conditions failed: %1</source>
        <translation>Conditions failed: %1</translation>
    </message>
    <message>
        <source>Missing: no match recorded for this alert</source>
        <translation>Missing: no match recorded for this alert</translation>
    </message>
    <message>
        <source>Candidate runbook</source>
        <translation>Candidate runbook</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>What this layer could have caught:</source>
        <translation>What this layer could have caught:</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Policy classification</translation>
    </message>
    <message>
        <source>Decided at %1: outcome **%2**, review tier **%3**, autonomy level %4</source>
        <translation>Decided at %1: outcome **%2**, review tier **%3**, autonomy level %4</translation>
    </message>
    <message>
        <source>Proposed step: %1 (step %2 of %3)</source>
        <translation>Proposed step: %1 (step %2 of %3)</translation>
    </message>
    <message>
        <source>Policy version: %1 (approved %2)</source>
        <translation>Policy version: %1 (approved %2)</translation>
    </message>
    <message>
        <source>Friction: %1</source>
        <translation>Friction: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>no rule fired</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Human review</translation>
    </message>
    <message>
        <source>Pre-approved: nobody was asked</source>
        <translation>Pre-approved: nobody was asked</translation>
    </message>
    <message>
        <source>Class approval %1 granted by %2</source>
        <translation>Class approval %1 granted by %2</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation>Dwell</translation>
    </message>
    <message>
        <source>never decided</source>
        <translation>never decided</translation>
    </message>
    <message>
        <source>Timed out at %1 (level %2), escalated to %3%4</source>
        <translation>Timed out at %1 (level %2), escalated to %3%4</translation>
    </message>
    <message>
        <source>, held</source>
        <translation>, held</translation>
    </message>
    <message>
        <source>Resolved: %1 at %2</source>
        <translation>Resolved: %1 at %2</translation>
    </message>
    <message>
        <source>Execution and outcome</source>
        <translation>Execution and outcome</translation>
    </message>
    <message>
        <source>The action did not run.</source>
        <translation>The action did not run.</translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4</source>
        <translation>%1 %2 at %3: %4</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Outcome: not marked yet</source>
        <translation>Outcome: not marked yet</translation>
    </message>
    <message>
        <source>Outcome: %1, marked by %2 %3</source>
        <translation>Outcome: %1, marked by %2 %3</translation>
    </message>
    <message>
        <source>Gaps in the record:</source>
        <translation>Gaps in the record:</translation>
    </message>
    <message>
        <source>Post-mortem: incident %1</source>
        <translation>Post-mortem: incident %1</translation>
    </message>
    <message>
        <source>Blameless: it asks what in the system made the failure possible, not who failed.</source>
        <translation>Blameless: it asks what in the system made the failure possible, not who failed.</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Incident summary</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Severity: %1; status: %2</source>
        <translation>Severity: %1; status: %2</translation>
    </message>
    <message>
        <source>Opened: %1 UTC</source>
        <translation>Opened: %1 UTC</translation>
    </message>
    <message>
        <source>Resolved: %1 UTC</source>
        <translation>Resolved: %1 UTC</translation>
    </message>
    <message>
        <source>Policy version: %1; alerts: %2</source>
        <translation>Policy version: %1; alerts: %2</translation>
    </message>
    <message>
        <source>Post-mortem revision %1, last saved by %2</source>
        <translation>Post-mortem revision %1, last saved by %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>No audit entries loaded.</source>
        <translation>No audit entries loaded.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>No failure marked.</source>
        <translation>No failure marked.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>No action items.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Chain reconstruction</source>
        <translation>Chain reconstruction</translation>
    </message>
    <message>
        <source>No action was reconstructed.</source>
        <translation>No action was reconstructed.</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Action %1: %2</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>no step</translation>
    </message>
    <message>
        <source>Marked %1 failure at the %2 layer: %3</source>
        <translation>Marked %1 failure at the %2 layer: %3</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PostMortemView</name>
    <message>
        <source>Post-mortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>Incidents, newest first</source>
        <translation>Incidents, newest first</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Load the incident, its audit timeline and its post-mortem again (F5)</source>
        <translation>Load the incident, its audit timeline and its post-mortem again (F5)</translation>
    </message>
    <message>
        <source>Audit chain: not checked yet</source>
        <translation>Audit chain: not checked yet</translation>
    </message>
    <message>
        <source>&amp;Save post-mortem</source>
        <translation>&amp;Save post-mortem</translation>
    </message>
    <message>
        <source>Store the failure marks and action items on the server (Ctrl+S)</source>
        <translation>Store the failure marks and action items on the server (Ctrl+S)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write the post-mortem as Markdown, HTML or PDF</source>
        <translation>Write the post-mortem as Markdown, HTML or PDF</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Audit timeline&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>actor, event or words (e.g. review.decided, erin)</source>
        <translation>actor, event or words (e.g. review.decided, erin)</translation>
    </message>
    <message>
        <source>Audit timeline</source>
        <translation>Audit timeline</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>The actions the policy decided on in this incident; selecting a timeline row that names an action selects it too</source>
        <translation>The actions the policy decided on in this incident; selecting a timeline row that names an action selects it too</translation>
    </message>
    <message>
        <source>Select an action to see the three layers that could each have stopped it.</source>
        <translation>Select an action to see the three layers that could each have stopped it.</translation>
    </message>
    <message>
        <source>1. Agent reasoning: alert, candidates, confidence, explanation</source>
        <translation>1. Agent reasoning: alert, candidates, confidence, explanation</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Agent reasoning</translation>
    </message>
    <message>
        <source>2. Policy classification: tier, rule reasons, friction, version</source>
        <translation>2. Policy classification: tier, rule reasons, friction, version</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Policy classification</translation>
    </message>
    <message>
        <source>3. Human review: reviewers, dwell, decisions, reasons, timeouts</source>
        <translation>3. Human review: reviewers, dwell, decisions, reasons, timeouts</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Human review</translation>
    </message>
    <message>
        <source>Execution and outcome</source>
        <translation>Execution and outcome</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Failure kind</source>
        <translation>Failure kind</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>La&amp;yer:</translation>
    </message>
    <message>
        <source>Failure layer</source>
        <translation>Failure layer</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>what this layer missed, and why</source>
        <translation>what this layer missed, and why</translation>
    </message>
    <message>
        <source>&amp;Mark failure of this action</source>
        <translation>&amp;Mark failure of this action</translation>
    </message>
    <message>
        <source>Record a failure of the selected action at the chosen layer</source>
        <translation>Record a failure of the selected action at the chosen layer</translation>
    </message>
    <message>
        <source>Remove selected failure</source>
        <translation>Remove selected failure</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>what will change</source>
        <translation>what will change</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>who owns it</source>
        <translation>who owns it</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Add action ite&amp;m</source>
        <translation>Add action ite&amp;m</translation>
    </message>
    <message>
        <source>Remove selected item</source>
        <translation>Remove selected item</translation>
    </message>
</context>
<context>
    <name>ReviewFriction</name>
    <message>
        <source>offline: the live connection to the server is down, so what you see may be old</source>
        <translation>offline: the live connection to the server is down, so what you see may be old</translation>
    </message>
    <message>
        <source>the incident changed since you opened this review: reload (F5) and look again</source>
        <translation>the incident changed since you opened this review: reload (F5) and look again</translation>
    </message>
    <message>
        <source>this review takes no decision from you (state: %1)</source>
        <translation>this review takes no decision from you (state: %1)</translation>
    </message>
    <message>
        <source>you approved already; the next approval must come from another reviewer</source>
        <translation>you approved already; the next approval must come from another reviewer</translation>
    </message>
    <message numerus="yes">
        <source>minimum time to read: %n s left</source>
        <translation>
            <numerusform>minimum time to read: %n s left</numerusform>
            <numerusform>minimum time to read: %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>type the confirmation phrase exactly: %1</source>
        <translation>type the confirmation phrase exactly: %1</translation>
    </message>
    <message>
        <source>acknowledge the rollback procedure</source>
        <translation>acknowledge the rollback procedure</translation>
    </message>
    <message>
        <source>state your reason</source>
        <translation>state your reason</translation>
    </message>
    <message>
        <source>this step has no parameters a modify could change</source>
        <translation>this step has no parameters a modify could change</translation>
    </message>
    <message>
        <source>change at least one parameter value</source>
        <translation>change at least one parameter value</translation>
    </message>
    <message>
        <source>Approved: %1 of %2 approvals</source>
        <translation>Approved: %1 of %2 approvals</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Decided: %1</translation>
    </message>
    <message>
        <source>One reviewer decides (%1 of 1 approvals)</source>
        <translation>One reviewer decides (%1 of 1 approvals)</translation>
    </message>
    <message>
        <source>%1 of %2 approvals</source>
        <translation>%1 of %2 approvals</translation>
    </message>
    <message>
        <source> — you approved; waiting for a second reviewer</source>
        <translation> — you approved; waiting for a second reviewer</translation>
    </message>
    <message>
        <source> — waiting for your approval as the second reviewer</source>
        <translation> — waiting for your approval as the second reviewer</translation>
    </message>
    <message>
        <source> — two different reviewers must approve</source>
        <translation> — two different reviewers must approve</translation>
    </message>
    <message>
        <source>. The other reviewer&apos;s reasoning stays hidden until you decide.</source>
        <translation>. The other reviewer&apos;s reasoning stays hidden until you decide.</translation>
    </message>
    <message>
        <source>the server no longer counts your open of this review</source>
        <translation>the server no longer counts your open of this review</translation>
    </message>
    <message>
        <source>the review was held (%1); opens and approvals from before no longer count</source>
        <translation>the review was held (%1); opens and approvals from before no longer count</translation>
    </message>
    <message>
        <source>%1: reopen the review (F5) and read it again; your reading time starts over</source>
        <translation>%1: reopen the review (F5) and read it again; your reading time starts over</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Reviews waiting (&amp;Queue)</source>
        <translation>Reviews waiting (&amp;Queue)</translation>
    </message>
    <message>
        <source>Open the &amp;selected review</source>
        <translation>Open the &amp;selected review</translation>
    </message>
    <message>
        <source>Open it (Enter in the queue): the server starts your reading time</source>
        <translation>Open it (Enter in the queue): the server starts your reading time</translation>
    </message>
    <message>
        <source>Pick a review on the left and press Enter to open it. Opening starts the minimum reading time.</source>
        <translation>Pick a review on the left and press Enter to open it. Opening starts the minimum reading time.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Context revision</source>
        <translation>Context revision</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Proposed action</translation>
    </message>
    <message>
        <source>Review tier</source>
        <translation>Review tier</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Exact command</source>
        <translation>Exact command</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Blast radius</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>The agent&apos;s reasoning</source>
        <translation>The agent&apos;s reasoning</translation>
    </message>
    <message>
        <source>Match confidence</source>
        <translation>Match confidence</translation>
    </message>
    <message>
        <source>Why this runbook</source>
        <translation>Why this runbook</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Why a human is asked</source>
        <translation>Why a human is asked</translation>
    </message>
    <message>
        <source>Similar actions before</source>
        <translation>Similar actions before</translation>
    </message>
    <message>
        <source>Before you decide</source>
        <translation>Before you decide</translation>
    </message>
    <message>
        <source>Time to read</source>
        <translation>Time to read</translation>
    </message>
    <message>
        <source>Phrase to type</source>
        <translation>Phrase to type</translation>
    </message>
    <message>
        <source>&amp;Type the phrase</source>
        <translation>&amp;Type the phrase</translation>
    </message>
    <message>
        <source>type the phrase shown above, exactly</source>
        <translation>type the phrase shown above, exactly</translation>
    </message>
    <message>
        <source>I have read the rollback procedure and &amp;know how to undo this</source>
        <translation>I have read the rollback procedure and &amp;know how to undo this</translation>
    </message>
    <message>
        <source>Your reaso&amp;n</source>
        <translation>Your reaso&amp;n</translation>
    </message>
    <message>
        <source>why you decide this way (kept in the audit log)</source>
        <translation>why you decide this way (kept in the audit log)</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Modify: the parameters this step allows</source>
        <translation>Modify: the parameters this step allows</translation>
    </message>
    <message>
        <source>New values (F2 edits) — parameters &amp;for modify</source>
        <translation>New values (F2 edits) — parameters &amp;for modify</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <source>Approve (Ctrl+Enter when everything above is done)</source>
        <translation>Approve (Ctrl+Enter when everything above is done)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Reject the action</source>
        <translation>Reject the action</translation>
    </message>
    <message>
        <source>Mo&amp;dify</source>
        <translation>Mo&amp;dify</translation>
    </message>
    <message>
        <source>Send the changed parameters; the policy checks them again</source>
        <translation>Send the changed parameters; the policy checks them again</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <source>Pass this review to the next level of the roster</source>
        <translation>Pass this review to the next level of the roster</translation>
    </message>
    <message>
        <source>Re&amp;load (F5)</source>
        <translation>Re&amp;load (F5)</translation>
    </message>
    <message>
        <source>Open the review again with the current incident state</source>
        <translation>Open the review again with the current incident state</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Roster not loaded yet.</source>
        <translation>Roster not loaded yet.</translation>
    </message>
    <message>
        <source>On call &amp;now</source>
        <translation>On call &amp;now</translation>
    </message>
    <message>
        <source>Who each level of the escalation chain pages right now (overrides included).</source>
        <translation>Who each level of the escalation chain pages right now (overrides included).</translation>
    </message>
    <message>
        <source>Ro&amp;tations</source>
        <translation>Ro&amp;tations</translation>
    </message>
    <message>
        <source>Members take turns in the order listed, one shift each. Double-click or press F2 to edit.</source>
        <translation>Members take turns in the order listed, one shift each. Double-click or press F2 to edit.</translation>
    </message>
    <message>
        <source>O&amp;verrides</source>
        <translation>O&amp;verrides</translation>
    </message>
    <message>
        <source>An override puts someone else on call for a rotation between two times (UTC). Where overrides overlap, the later one in this list wins.</source>
        <translation>An override puts someone else on call for a rotation between two times (UTC). Where overrides overlap, the later one in this list wins.</translation>
    </message>
    <message>
        <source>&amp;Add override</source>
        <translation>&amp;Add override</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected override</source>
        <translation>Remo&amp;ve selected override</translation>
    </message>
    <message>
        <source>Escalation &amp;chain</source>
        <translation>Escalation &amp;chain</translation>
    </message>
    <message>
        <source>Level 1 is paged first; a level that does not acknowledge within its timeout hands the page to the next level.</source>
        <translation>Level 1 is paged first; a level that does not acknowledge within its timeout hands the page to the next level.</translation>
    </message>
    <message>
        <source>Add &amp;level</source>
        <translation>Add &amp;level</translation>
    </message>
    <message>
        <source>Remove selected le&amp;vel</source>
        <translation>Remove selected le&amp;vel</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Escalation &amp;test</source>
        <translation>Escalation &amp;test</translation>
    </message>
    <message>
        <source>An escalation test pages every level at once. Each paged person acknowledges the test page; a level that does not answer within its timeout is a dead link.</source>
        <translation>An escalation test pages every level at once. Each paged person acknowledges the test page; a level that does not answer within its timeout is a dead link.</translation>
    </message>
    <message>
        <source>&amp;Run escalation test</source>
        <translation>&amp;Run escalation test</translation>
    </message>
    <message>
        <source>No escalation test run yet.</source>
        <translation>No escalation test run yet.</translation>
    </message>
    <message>
        <source>&amp;Discard edits</source>
        <translation>&amp;Discard edits</translation>
    </message>
    <message>
        <source>&amp;Save roster</source>
        <translation>&amp;Save roster</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Mute non-critical notifications</source>
        <translation>&amp;Mute non-critical notifications</translation>
    </message>
    <message>
        <source>Pages to you, escalations and tier-3 reviews are always shown.</source>
        <translation>Pages to you, escalations and tier-3 reviews are always shown.</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRITICAL</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
</context>
<context>
    <name>icc::ActionItemModel</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>icc::AlertRateChart</name>
    <message>
        <source>Alerts per minute, last 60 minutes</source>
        <translation>Alerts per minute, last 60 minutes</translation>
    </message>
    <message>
        <source>alerts / minute</source>
        <translation>alerts / minute</translation>
    </message>
</context>
<context>
    <name>icc::AlertTableModel</name>
    <message>
        <source>Firing</source>
        <translation>Firing</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Service / source</source>
        <translation>Service / source</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
</context>
<context>
    <name>icc::AuditTimelineModel</name>
    <message>
        <source> (reasoning hidden until you decide)</source>
        <translation> (reasoning hidden until you decide)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>icc::ChainLayerModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>not in the audit record</source>
        <translation>not in the audit record</translation>
    </message>
    <message>
        <source>A gap in the record: this layer did not take part</source>
        <translation>A gap in the record: this layer did not take part</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>, approved %1</source>
        <translation>, approved %1</translation>
    </message>
    <message>
        <source> (%1 days old then</source>
        <translation> (%1 days old then</translation>
    </message>
    <message>
        <source>, %1 days now)</source>
        <translation>, %1 days now)</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Agent reasoning</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Policy classification</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Human review</translation>
    </message>
    <message>
        <source>Execution and outcome</source>
        <translation>Execution and outcome</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>%1 [%2] received %3: %4</source>
        <translation>%1 [%2] received %3: %4</translation>
    </message>
    <message>
        <source>no match.completed entry for this alert</source>
        <translation>no match.completed entry for this alert</translation>
    </message>
    <message>
        <source>Matched runbook</source>
        <translation>Matched runbook</translation>
    </message>
    <message>
        <source>none (no runbook matched)</source>
        <translation>none (no runbook matched)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguous</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Informational</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Conditions met</translation>
    </message>
    <message>
        <source>Conditions failed</source>
        <translation>Conditions failed</translation>
    </message>
    <message>
        <source>Could have caught</source>
        <translation>Could have caught</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Review tier</source>
        <translation>Review tier</translation>
    </message>
    <message>
        <source>Autonomy level</source>
        <translation>Autonomy level</translation>
    </message>
    <message>
        <source>Requires approval</source>
        <translation>Requires approval</translation>
    </message>
    <message>
        <source>Proposed step</source>
        <translation>Proposed step</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (step %2 of %3)</translation>
    </message>
    <message>
        <source>Rule reasons</source>
        <translation>Rule reasons</translation>
    </message>
    <message>
        <source>no rule fired</source>
        <translation>no rule fired</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Friction</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <source>Incident pinned to</source>
        <translation>Incident pinned to</translation>
    </message>
    <message>
        <source>Re-evaluations</source>
        <translation>Re-evaluations</translation>
    </message>
    <message>
        <source>Pre-approved</source>
        <translation>Pre-approved</translation>
    </message>
    <message>
        <source>yes: nobody was asked</source>
        <translation>yes: nobody was asked</translation>
    </message>
    <message>
        <source>Class approval</source>
        <translation>Class approval</translation>
    </message>
    <message>
        <source>%1 granted by %2</source>
        <translation>%1 granted by %2</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>never decided</source>
        <translation>never decided</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>no reason stated</source>
        <translation>no reason stated</translation>
    </message>
    <message>
        <source>Dwell</source>
        <translation>Dwell</translation>
    </message>
    <message>
        <source>Queue depth at open</source>
        <translation>Queue depth at open</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Local time</translation>
    </message>
    <message>
        <source> (at night)</source>
        <translation> (at night)</translation>
    </message>
    <message>
        <source>Fast approval</source>
        <translation>Fast approval</translation>
    </message>
    <message>
        <source>approved faster than the threshold</source>
        <translation>approved faster than the threshold</translation>
    </message>
    <message>
        <source>Decisions in the hour before</source>
        <translation>Decisions in the hour before</translation>
    </message>
    <message>
        <source>Refused decisions</source>
        <translation>Refused decisions</translation>
    </message>
    <message>
        <source>Recent decisions</source>
        <translation>Recent decisions</translation>
    </message>
    <message>
        <source>%1 on %2 after %3</source>
        <translation>%1 on %2 after %3</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>%1 at level %2, escalated to %3%4</source>
        <translation>%1 at level %2, escalated to %3%4</translation>
    </message>
    <message>
        <source>, held</source>
        <translation>, held</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>no execution: the action did not run</source>
        <translation>no execution: the action did not run</translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4</source>
        <translation>%1 %2 at %3: %4</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>, blocked by %1</source>
        <translation>, blocked by %1</translation>
    </message>
    <message>
        <source>, rolled back</source>
        <translation>, rolled back</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>not marked yet</translation>
    </message>
    <message>
        <source>%1, marked by %2 at %3%4</source>
        <translation>%1, marked by %2 at %3%4</translation>
    </message>
    <message>
        <source>Gaps in the record</source>
        <translation>Gaps in the record</translation>
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
        <translation>Seconds this level has to acknowledge before the next level is paged.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Rotation paged</source>
        <translation>Rotation paged</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Timeout (seconds)</translation>
    </message>
    <message>
        <source>Level %1 needs a rotation to page.</source>
        <translation>Level %1 needs a rotation to page.</translation>
    </message>
    <message>
        <source>Level %1: timeout &apos;%2&apos; must be a positive number of seconds (or 10m, 1h).</source>
        <translation>Level %1: timeout &apos;%2&apos; must be a positive number of seconds (or 10m, 1h).</translation>
    </message>
</context>
<context>
    <name>icc::ClassApprovalModel</name>
    <message>
        <source>REVOKED by %1</source>
        <translation>REVOKED by %1</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>every incident</source>
        <translation>every incident</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Action (pattern)</source>
        <translation>Action (pattern)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Expires (UTC)</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>icc::CommanderControlsView</name>
    <message>
        <source>Not logged in: the controls cannot be shown or used.</source>
        <translation>Not logged in: the controls cannot be shown or used.</translation>
    </message>
    <message>
        <source>VIEW ONLY: as %1 (%2) you see the kill switch, halts and class approvals but cannot change them. Only the incident commander can.</source>
        <translation>VIEW ONLY: as %1 (%2) you see the kill switch, halts and class approvals but cannot change them. Only the incident commander can.</translation>
    </message>
    <message>
        <source>You may stop actions but not grant class approvals.</source>
        <translation>You may stop actions but not grant class approvals.</translation>
    </message>
    <message>
        <source>You may grant class approvals but not stop actions.</source>
        <translation>You may grant class approvals but not stop actions.</translation>
    </message>
    <message>
        <source>You are the incident commander: every change below asks for confirmation first and is recorded in the audit log with your name and reason.</source>
        <translation>You are the incident commander: every change below asks for confirmation first and is recorded in the audit log with your name and reason.</translation>
    </message>
    <message>
        <source>Could not load the controls: %1</source>
        <translation>Could not load the controls: %1</translation>
    </message>
    <message>
        <source>Could not load the class approvals: %1</source>
        <translation>Could not load the class approvals: %1</translation>
    </message>
    <message>
        <source>Kill switch state not loaded yet.</source>
        <translation>Kill switch state not loaded yet.</translation>
    </message>
    <message>
        <source>KILL SWITCH ENGAGED: no automated action runs.
By %1 since %2 UTC: %3</source>
        <translation>KILL SWITCH ENGAGED: no automated action runs.
By %1 since %2 UTC: %3</translation>
    </message>
    <message>
        <source>Kill switch OFF: automated actions run under policy and review.</source>
        <translation>Kill switch OFF: automated actions run under policy and review.</translation>
    </message>
    <message>
        <source>&amp;Lift kill switch…</source>
        <translation>&amp;Lift kill switch…</translation>
    </message>
    <message>
        <source>&amp;Engage kill switch…</source>
        <translation>&amp;Engage kill switch…</translation>
    </message>
    <message>
        <source>Nothing sent: %1 is required.</source>
        <translation>Nothing sent: %1 is required.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelled: nothing was sent.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) now held.</source>
        <translation>
            <numerusform>%n review now held.</numerusform>
            <numerusform>%n reviews now held.</numerusform>
        </translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>a reason</translation>
    </message>
    <message>
        <source>Kill switch ENGAGED.</source>
        <translation>Kill switch ENGAGED.</translation>
    </message>
    <message>
        <source>Kill switch lifted.</source>
        <translation>Kill switch lifted.</translation>
    </message>
    <message>
        <source>Engage the kill switch?</source>
        <translation>Engage the kill switch?</translation>
    </message>
    <message>
        <source>EVERY automated action on EVERY incident stops now. Nothing executes until the kill switch is lifted, and reviews in flight are held.

Reason recorded: %1</source>
        <translation>EVERY automated action on EVERY incident stops now. Nothing executes until the kill switch is lifted, and reviews in flight are held.

Reason recorded: %1</translation>
    </message>
    <message>
        <source>&amp;Engage kill switch</source>
        <translation>&amp;Engage kill switch</translation>
    </message>
    <message>
        <source>Lift the kill switch?</source>
        <translation>Lift the kill switch?</translation>
    </message>
    <message>
        <source>Automated actions may run again under policy and review. Reviews the kill switch held stay held until someone decides them.

Reason recorded: %1</source>
        <translation>Automated actions may run again under policy and review. Reviews the kill switch held stay held until someone decides them.

Reason recorded: %1</translation>
    </message>
    <message>
        <source>&amp;Lift kill switch</source>
        <translation>&amp;Lift kill switch</translation>
    </message>
    <message>
        <source>the action type</source>
        <translation>the action type</translation>
    </message>
    <message>
        <source>Halt every %1 action?</source>
        <translation>Halt every %1 action?</translation>
    </message>
    <message>
        <source>Every action of type %1 on every incident stops now: nothing of this type executes and its reviews are held until the halt is lifted. Other action types keep running.

Reason recorded: %2</source>
        <translation>Every action of type %1 on every incident stops now: nothing of this type executes and its reviews are held until the halt is lifted. Other action types keep running.

Reason recorded: %2</translation>
    </message>
    <message>
        <source>&amp;Halt %1</source>
        <translation>&amp;Halt %1</translation>
    </message>
    <message>
        <source>%1 HALTED.</source>
        <translation>%1 HALTED.</translation>
    </message>
    <message>
        <source>Nothing sent: select the halt to lift first.</source>
        <translation>Nothing sent: select the halt to lift first.</translation>
    </message>
    <message>
        <source>Lift the halt on %1?</source>
        <translation>Lift the halt on %1?</translation>
    </message>
    <message>
        <source>Actions of type %1 may be proposed and executed again under policy and review. Reviews the halt held stay held until someone decides them.

Reason recorded: %2</source>
        <translation>Actions of type %1 may be proposed and executed again under policy and review. Reviews the halt held stay held until someone decides them.

Reason recorded: %2</translation>
    </message>
    <message>
        <source>&amp;Lift halt on %1</source>
        <translation>&amp;Lift halt on %1</translation>
    </message>
    <message>
        <source>Halt on %1 lifted.</source>
        <translation>Halt on %1 lifted.</translation>
    </message>
    <message>
        <source>the action (type or pattern)</source>
        <translation>the action (type or pattern)</translation>
    </message>
    <message>
        <source>the scope (an incident id, or *)</source>
        <translation>the scope (an incident id, or *)</translation>
    </message>
    <message>
        <source>Grant a class approval for %1?</source>
        <translation>Grant a class approval for %1?</translation>
    </message>
    <message>
        <source>Tier-1 actions matching %1 on %2 run WITHOUT a per-action review for %3 minutes (until about %4 UTC). Tier-2 and tier-3 actions are never covered.</source>
        <translation>Tier-1 actions matching %1 on %2 run WITHOUT a per-action review for %3 minutes (until about %4 UTC). Tier-2 and tier-3 actions are never covered.</translation>
    </message>
    <message>
        <source>every incident</source>
        <translation>every incident</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>&amp;Grant approval</source>
        <translation>&amp;Grant approval</translation>
    </message>
    <message>
        <source>Class approval for %1 granted.</source>
        <translation>Class approval for %1 granted.</translation>
    </message>
    <message>
        <source>Nothing sent: select the class approval to revoke first.</source>
        <translation>Nothing sent: select the class approval to revoke first.</translation>
    </message>
    <message>
        <source>Revoke the class approval for %1?</source>
        <translation>Revoke the class approval for %1?</translation>
    </message>
    <message>
        <source>Tier-1 actions matching %1 need a per-action review again from now on.</source>
        <translation>Tier-1 actions matching %1 need a per-action review again from now on.</translation>
    </message>
    <message>
        <source>&amp;Revoke approval</source>
        <translation>&amp;Revoke approval</translation>
    </message>
    <message>
        <source>Class approval for %1 revoked.</source>
        <translation>Class approval for %1 revoked.</translation>
    </message>
    <message>
        <source>someone logged in again on this desktop</source>
        <translation>someone logged in again on this desktop</translation>
    </message>
    <message>
        <source>the session was logged out</source>
        <translation>the session was logged out</translation>
    </message>
    <message>
        <source>the session expired</source>
        <translation>the session expired</translation>
    </message>
    <message>
        <source>events may have been missed</source>
        <translation>events may have been missed</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>the connection to the server was lost</translation>
    </message>
    <message>
        <source>NOTHING was sent: you are not logged in.</source>
        <translation>NOTHING was sent: you are not logged in.</translation>
    </message>
    <message>
        <source>NOTHING was sent: this desktop is offline, so the state shown may be stale. Wait until the connection is back and look again.</source>
        <translation>NOTHING was sent: this desktop is offline, so the state shown may be stale. Wait until the connection is back and look again.</translation>
    </message>
    <message>
        <source>OFFLINE: every control is disabled because this desktop is not connected to the server. The state shown may be stale; nothing can be changed until the connection is back.</source>
        <translation>OFFLINE: every control is disabled because this desktop is not connected to the server. The state shown may be stale; nothing can be changed until the connection is back.</translation>
    </message>
    <message>
        <source>the kill switch was changed on the server</source>
        <translation>the kill switch was changed on the server</translation>
    </message>
    <message>
        <source>a halt was changed on the server</source>
        <translation>a halt was changed on the server</translation>
    </message>
    <message>
        <source>Could not load the changed controls: %1</source>
        <translation>Could not load the changed controls: %1</translation>
    </message>
    <message>
        <source>a class approval was changed on the server</source>
        <translation>a class approval was changed on the server</translation>
    </message>
    <message>
        <source>The confirmation was closed and NOTHING was sent: %1. The state changed; look at it again before you decide.</source>
        <translation>The confirmation was closed and NOTHING was sent: %1. The state changed; look at it again before you decide.</translation>
    </message>
    <message>
        <source>NOTHING was sent: the state changed since the confirmation opened. Look at it again before you decide.</source>
        <translation>NOTHING was sent: the state changed since the confirmation opened. Look at it again before you decide.</translation>
    </message>
</context>
<context>
    <name>icc::ConfirmationDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Type %1 to confirm:</translation>
    </message>
    <message>
        <source>Phrase matches: the button is now enabled.</source>
        <translation>Phrase matches: the button is now enabled.</translation>
    </message>
    <message>
        <source>The button stays disabled until you type %1 exactly.</source>
        <translation>The button stays disabled until you type %1 exactly.</translation>
    </message>
</context>
<context>
    <name>icc::ConnectDialog</name>
    <message>
        <source>Server address: enter host:port or https://host:port.</source>
        <translation>Server address: enter host:port or https://host:port.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>First connection to %1: check the certificate below.</source>
        <translation>First connection to %1: check the certificate below.</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: the certificate of %1 CHANGED.&lt;/b&gt; This can be an attack (someone pretending to be the server). The connection was refused.&lt;br&gt;&lt;br&gt;Pinned (trusted): &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Presented now: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Only if the administrator confirms the server was really reinstalled, and tells you the new fingerprint, forget the pinned certificate below and connect again.</source>
        <translation>&lt;b&gt;WARNING: the certificate of %1 CHANGED.&lt;/b&gt; This can be an attack (someone pretending to be the server). The connection was refused.&lt;br&gt;&lt;br&gt;Pinned (trusted): &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Presented now: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Only if the administrator confirms the server was really reinstalled, and tells you the new fingerprint, forget the pinned certificate below and connect again.</translation>
    </message>
    <message>
        <source>Refused: the server&apos;s certificate changed.</source>
        <translation>Refused: the server&apos;s certificate changed.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>The pinned certificate of %1 was forgotten. Connect again and compare the new fingerprint with the one the administrator gave you.</source>
        <translation>The pinned certificate of %1 was forgotten. Connect again and compare the new fingerprint with the one the administrator gave you.</translation>
    </message>
</context>
<context>
    <name>icc::DashboardView</name>
    <message>
        <source>Loading incidents and alerts…</source>
        <translation>Loading incidents and alerts…</translation>
    </message>
    <message>
        <source>Could not load the incidents</source>
        <translation>Could not load the incidents</translation>
    </message>
    <message>
        <source>Could not load the alerts</source>
        <translation>Could not load the alerts</translation>
    </message>
    <message>
        <source>Could not load the new alerts&apos; details</source>
        <translation>Could not load the new alerts&apos; details</translation>
    </message>
    <message>
        <source>%1 incidents shown; %2 alerts loaded</source>
        <translation>%1 incidents shown; %2 alerts loaded</translation>
    </message>
    <message>
        <source>%1 of %2 loaded alerts shown</source>
        <translation>%1 of %2 loaded alerts shown</translation>
    </message>
    <message>
        <source>1 alert in the last hour</source>
        <translation>1 alert in the last hour</translation>
    </message>
    <message>
        <source>%1 alerts in the last hour</source>
        <translation>%1 alerts in the last hour</translation>
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
        <translation>n/a</translation>
    </message>
    <message>
        <source>Review tier</source>
        <translation>Review tier</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
</context>
<context>
    <name>icc::EscalationTestModel</name>
    <message>
        <source>nobody on call</source>
        <translation>nobody on call</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>ACKNOWLEDGED</translation>
    </message>
    <message>
        <source>DEAD LINK</source>
        <translation>DEAD LINK</translation>
    </message>
    <message>
        <source>waiting (%1 s timeout)</source>
        <translation>waiting (%1 s timeout)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Paged</source>
        <translation>Paged</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Time to acknowledge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>icc::FailureMarkModel</name>
    <message>
        <source>PRIMARY</source>
        <translation>PRIMARY</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>icc::HaltModel</name>
    <message>
        <source>HALTED: %1</source>
        <translation>HALTED: %1</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Action type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Halted by</source>
        <translation>Halted by</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Since (UTC)</translation>
    </message>
</context>
<context>
    <name>icc::IncidentTreeModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Not grouped yet</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 alert</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 alerts</translation>
    </message>
    <message>
        <source>Incident / summary</source>
        <translation>Incident / summary</translation>
    </message>
    <message>
        <source>Opened / received</source>
        <translation>Opened / received</translation>
    </message>
    <message>
        <source>Updated / last seen</source>
        <translation>Updated / last seen</translation>
    </message>
    <message>
        <source>Alerts / occurrences</source>
        <translation>Alerts / occurrences</translation>
    </message>
</context>
<context>
    <name>icc::KeychainTokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
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
        <translation>After login your token is kept in %1; your password is never stored.</translation>
    </message>
    <message>
        <source>Resuming the saved login of %1…</source>
        <translation>Resuming the saved login of %1…</translation>
    </message>
    <message>
        <source>The saved login of %1 has expired; enter the password.</source>
        <translation>The saved login of %1 has expired; enter the password.</translation>
    </message>
    <message>
        <source>Could not resume the saved login: %1</source>
        <translation>Could not resume the saved login: %1</translation>
    </message>
    <message>
        <source>User name: enter your user name.</source>
        <translation>User name: enter your user name.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Password: enter your password.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <source>Your login token could not be saved in %1 (%2). It is kept in memory only: you will log in again next time.</source>
        <translation>Your login token could not be saved in %1 (%2). It is kept in memory only: you will log in again next time.</translation>
    </message>
</context>
<context>
    <name>icc::MainWindow</name>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Reviews</translation>
    </message>
    <message>
        <source>Run&amp;books</source>
        <translation>Run&amp;books</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>R&amp;oster</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>&amp;Controls</translation>
    </message>
    <message>
        <source>&amp;Post-mortem</source>
        <translation>&amp;Post-mortem</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metrics</translation>
    </message>
    <message>
        <source>icc — incident command center</source>
        <translation>icc — incident command center</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>icc — %1@%2</source>
        <translation>icc — %1@%2</translation>
    </message>
    <message>
        <source>%1@%2 · role: %3</source>
        <translation>%1@%2 · role: %3</translation>
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
        <translation>About icc</translation>
    </message>
    <message>
        <source>&lt;b&gt;icc %1&lt;/b&gt;&lt;br&gt;Incident command center: human-in-the-loop incident response.</source>
        <translation>&lt;b&gt;icc %1&lt;/b&gt;&lt;br&gt;Incident command center: human-in-the-loop incident response.</translation>
    </message>
</context>
<context>
    <name>icc::MatchCandidateModel</name>
    <message>
        <source>%1 (matched)</source>
        <translation>%1 (matched)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>icc::MatcherView</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Log in to match alerts against the runbooks.</source>
        <translation>Log in to match alerts against the runbooks.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>cannot load the recent alerts: %1</source>
        <translation>cannot load the recent alerts: %1</translation>
    </message>
    <message>
        <source>#%1 [%2] %3</source>
        <translation>#%1 [%2] %3</translation>
    </message>
    <message>
        <source>No alerts received yet: paste text instead</source>
        <translation>No alerts received yet: paste text instead</translation>
    </message>
    <message>
        <source>paste some alert text first</source>
        <translation>paste some alert text first</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>the pasted text</translation>
    </message>
    <message>
        <source>select an alert first</source>
        <translation>select an alert first</translation>
    </message>
    <message>
        <source>alert #%1</source>
        <translation>alert #%1</translation>
    </message>
    <message>
        <source>Matching %1…</source>
        <translation>Matching %1…</translation>
    </message>
    <message>
        <source>this server cannot match on request yet (%1)</source>
        <translation>this server cannot match on request yet (%1)</translation>
    </message>
    <message>
        <source>no match for %1: %2</source>
        <translation>no match for %1: %2</translation>
    </message>
    <message>
        <source>No runbook matched: the agent would propose nothing and a human decides.</source>
        <translation>No runbook matched: the agent would propose nothing and a human decides.</translation>
    </message>
    <message>
        <source>Matched runbook: %1.</source>
        <translation>Matched runbook: %1.</translation>
    </message>
    <message>
        <source>AMBIGUOUS: the best candidates are too close to call.</source>
        <translation>AMBIGUOUS: the best candidates are too close to call.</translation>
    </message>
    <message>
        <source>INFORMATIONAL: nothing to remediate.</source>
        <translation>INFORMATIONAL: nothing to remediate.</translation>
    </message>
    <message>
        <source>No observations.</source>
        <translation>No observations.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for %1.</source>
        <translation>
            <numerusform>%n candidate for %1.</numerusform>
            <numerusform>%n candidates for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>**%1** (`%2`), confidence %3, risk **%4**

</source>
        <translation>**%1** (`%2`), confidence %3, risk **%4**

</translation>
    </message>
    <message>
        <source>- Terms: %1
</source>
        <translation>- Terms: %1
</translation>
    </message>
    <message>
        <source>- Concepts: %1
</source>
        <translation>- Concepts: %1
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
        <translation>- Conditions met: %1
</translation>
    </message>
    <message>
        <source>- Conditions failed: %1
</source>
        <translation>- Conditions failed: %1
</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Cannot load runbook %1: %2</source>
        <translation>Cannot load runbook %1: %2</translation>
    </message>
    <message>
        <source>_%1, risk %2_

</source>
        <translation>_%1, risk %2_

</translation>
    </message>
    <message>
        <source>%1. **%2**, risk %3, %4: %5
</source>
        <translation>%1. **%2**, risk %3, %4: %5
</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>needs approval</translation>
    </message>
    <message>
        <source>runs without approval</source>
        <translation>runs without approval</translation>
    </message>
    <message>
        <source>   - command: `%1`
</source>
        <translation>   - command: `%1`
</translation>
    </message>
    <message>
        <source>   - rollback: `%1`
</source>
        <translation>   - rollback: `%1`
</translation>
    </message>
    <message>
        <source>   - IRREVERSIBLE
</source>
        <translation>   - IRREVERSIBLE
</translation>
    </message>
    <message>
        <source>_No steps._</source>
        <translation>_No steps._</translation>
    </message>
</context>
<context>
    <name>icc::MemoryTokenStore</name>
    <message>
        <source>memory only (no keychain: log in again next time)</source>
        <translation>memory only (no keychain: log in again next time)</translation>
    </message>
</context>
<context>
    <name>icc::MetricsView</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>As %1 (%2) you may not read oversight metrics; commanders, facilitators and admins can.</source>
        <translation>As %1 (%2) you may not read oversight metrics; commanders, facilitators and admins can.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load the oversight metrics: %1</source>
        <translation>Could not load the oversight metrics: %1</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>%1 to %2 UTC</translation>
    </message>
    <message>
        <source>HITL-theater check not loaded yet.</source>
        <translation>HITL-theater check not loaded yet.</translation>
    </message>
    <message>
        <source>HITL THEATER SUSPECTED: approvals look like rubber-stamping.</source>
        <translation>HITL THEATER SUSPECTED: approvals look like rubber-stamping.</translation>
    </message>
    <message>
        <source>Not flagged: reviews show signs of real scrutiny.</source>
        <translation>Not flagged: reviews show signs of real scrutiny.</translation>
    </message>
    <message>
        <source>Insufficient data to judge HITL theater.</source>
        <translation>Insufficient data to judge HITL theater.</translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation>Median (s)</translation>
    </message>
    <message>
        <source>90th percentile (s)</source>
        <translation>90th percentile (s)</translation>
    </message>
    <message>
        <source>Time to decision by review tier</source>
        <translation>Time to decision by review tier</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Share of decisions (%)</source>
        <translation>Share of decisions (%)</translation>
    </message>
    <message>
        <source>Rejection, modification and override rates</source>
        <translation>Rejection, modification and override rates</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
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
        <translation>Disconnected from %1 since %2 — reconnecting…; decisions are disabled</translation>
    </message>
    <message>
        <source>%1 refused the live updates since %2: %3 — retrying; decisions are disabled</source>
        <translation>%1 refused the live updates since %2: %3 — retrying; decisions are disabled</translation>
    </message>
</context>
<context>
    <name>icc::OnCallModel</name>
    <message>
        <source>NOBODY (dead link)</source>
        <translation>NOBODY (dead link)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>On call now</source>
        <translation>On call now</translation>
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
        <translation>UTC, e.g. 2026-01-09T18:00:00Z; the override holds from &apos;from&apos; up to (not including) &apos;to&apos;.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>From (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>To (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>An override needs the rotation it covers.</source>
        <translation>An override needs the rotation it covers.</translation>
    </message>
    <message>
        <source>An override needs the user who covers the shift.</source>
        <translation>An override needs the user who covers the shift.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or date-time (2026-01-09T18:00:00Z).</source>
        <translation>&apos;%1&apos; is not a date or date-time (2026-01-09T18:00:00Z).</translation>
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
        <translation>n/a</translation>
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
            <numerusform>median %1, p90 %2 (%n measured)</numerusform>
            <numerusform>median %1, p90 %2 (%n measured)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>%1 (approve %2, reject %3, modify %4, escalate %5)</source>
        <translation>%1 (approve %2, reject %3, modify %4, escalate %5)</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>Rejection rate</translation>
    </message>
    <message>
        <source>Modification rate</source>
        <translation>Modification rate</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Override rate</translation>
    </message>
    <message>
        <source>Time to decision (all tiers)</source>
        <translation>Time to decision (all tiers)</translation>
    </message>
    <message>
        <source>Review queue now (end of window)</source>
        <translation>Review queue now (end of window)</translation>
    </message>
    <message>
        <source>Review queue, deepest in window</source>
        <translation>Review queue, deepest in window</translation>
    </message>
    <message>
        <source>MTTA (time to acknowledge)</source>
        <translation>MTTA (time to acknowledge)</translation>
    </message>
    <message>
        <source>MTTR (time to resolve)</source>
        <translation>MTTR (time to resolve)</translation>
    </message>
    <message>
        <source>Reviews that timed out</source>
        <translation>Reviews that timed out</translation>
    </message>
    <message>
        <source>Unresolved incidents</source>
        <translation>Unresolved incidents</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
        <translation>Current value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>icc::PostMortemDocument</name>
    <message>
        <source>postmortem: field &apos;incident_id&apos; is missing</source>
        <translation>postmortem: field &apos;incident_id&apos; is missing</translation>
    </message>
    <message>
        <source>postmortem: failures[%1].kind &apos;%2&apos; is not primary or secondary</source>
        <translation>postmortem: failures[%1].kind &apos;%2&apos; is not primary or secondary</translation>
    </message>
    <message>
        <source>postmortem: failures[%1].layer &apos;%2&apos; is not a layer</source>
        <translation>postmortem: failures[%1].layer &apos;%2&apos; is not a layer</translation>
    </message>
    <message>
        <source>postmortem: action_items[%1].due &apos;%2&apos; is not YYYY-MM-DD</source>
        <translation>postmortem: action_items[%1].due &apos;%2&apos; is not YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>icc::PostMortemView</name>
    <message>
        <source>Primary: failed first</source>
        <translation>Primary: failed first</translation>
    </message>
    <message>
        <source>Secondary: failed to catch it</source>
        <translation>Secondary: failed to catch it</translation>
    </message>
    <message>
        <source>Agent reasoning</source>
        <translation>Agent reasoning</translation>
    </message>
    <message>
        <source>Policy classification</source>
        <translation>Policy classification</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Human review</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Log in to see post-mortems.</source>
        <translation>Log in to see post-mortems.</translation>
    </message>
    <message>
        <source>Your role (%1) may not read the audit log: post-mortems are for commanders, facilitators and admins.</source>
        <translation>Your role (%1) may not read the audit log: post-mortems are for commanders, facilitators and admins.</translation>
    </message>
    <message>
        <source>Read only: your role (%1) may not mark failures or edit action items; commanders and facilitators may.</source>
        <translation>Read only: your role (%1) may not mark failures or edit action items; commanders and facilitators may.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>&amp;Save post-mortem (unsaved changes)</source>
        <translation>&amp;Save post-mortem (unsaved changes)</translation>
    </message>
    <message>
        <source>&amp;Save post-mortem</source>
        <translation>&amp;Save post-mortem</translation>
    </message>
    <message>
        <source>cannot load the incidents: %1</source>
        <translation>cannot load the incidents: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No incidents yet: nothing to review.</source>
        <translation>No incidents yet: nothing to review.</translation>
    </message>
    <message>
        <source>Loading the audit timeline of %1…</source>
        <translation>Loading the audit timeline of %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>cannot load the audit timeline: %1</source>
        <translation>cannot load the audit timeline: %1</translation>
    </message>
    <message>
        <source>the stored post-mortem is unreadable: %1</source>
        <translation>the stored post-mortem is unreadable: %1</translation>
    </message>
    <message>
        <source>cannot load the post-mortem: %1</source>
        <translation>cannot load the post-mortem: %1</translation>
    </message>
    <message>
        <source>Audit chain: NOT CHECKED (%1)</source>
        <translation>Audit chain: NOT CHECKED (%1)</translation>
    </message>
    <message>
        <source>✔ Audit chain INTACT: %1 entries verified</source>
        <translation>✔ Audit chain INTACT: %1 entries verified</translation>
    </message>
    <message>
        <source>✖ Audit chain BROKEN at entry %1: %2</source>
        <translation>✖ Audit chain BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 audit entries, %3 actions; post-mortem revision %4%5</source>
        <translation>%1: %2 audit entries, %3 actions; post-mortem revision %4%5</translation>
    </message>
    <message>
        <source>, saved by %1</source>
        <translation>, saved by %1</translation>
    </message>
    <message>
        <source>No action in this incident: the policy proposed nothing, so there is no chain to reconstruct.</source>
        <translation>No action in this incident: the policy proposed nothing, so there is no chain to reconstruct.</translation>
    </message>
    <message>
        <source>Cannot reconstruct %1: %2</source>
        <translation>Cannot reconstruct %1: %2</translation>
    </message>
    <message>
        <source>Reconstructing %1 from the audit log…</source>
        <translation>Reconstructing %1 from the audit log…</translation>
    </message>
    <message>
        <source>%1 (%2): every layer is in the record.</source>
        <translation>%1 (%2): every layer is in the record.</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>no step</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n gap(s) in the record, shown in words below.</source>
        <translation>
            <numerusform>%1 (%2): %n gap in the record, shown in words below.</numerusform>
            <numerusform>%1 (%2): %n gaps in the record, shown in words below.</numerusform>
        </translation>
    </message>
    <message>
        <source>select an action first: a failure belongs to one action</source>
        <translation>select an action first: a failure belongs to one action</translation>
    </message>
    <message>
        <source>Failure of %1 marked; save to keep it.</source>
        <translation>Failure of %1 marked; save to keep it.</translation>
    </message>
    <message>
        <source>an action item needs a title and an owner: ownerless items do not get done</source>
        <translation>an action item needs a title and an owner: ownerless items do not get done</translation>
    </message>
    <message>
        <source>Action item added; save to keep it.</source>
        <translation>Action item added; save to keep it.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>someone else saved this post-mortem since you loaded it (%1). Their version is shown now; your unsaved marks were not stored — add them again and save.</source>
        <translation>someone else saved this post-mortem since you loaded it (%1). Their version is shown now; your unsaved marks were not stored — add them again and save.</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>not saved: %1</translation>
    </message>
    <message>
        <source>Saved: post-mortem revision %1.</source>
        <translation>Saved: post-mortem revision %1.</translation>
    </message>
    <message>
        <source>%1: choose a .md, .html or .pdf file</source>
        <translation>%1: choose a .md, .html or .pdf file</translation>
    </message>
    <message>
        <source>select an incident first</source>
        <translation>select an incident first</translation>
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
        <translation>Export post-mortem</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n action(s) could not be reconstructed and are left out).</source>
        <translation>
            <numerusform>Exported to %1 (%n action could not be reconstructed and are left out).</numerusform>
            <numerusform>Exported to %1 (%n actions could not be reconstructed and are left out).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>%1 saved this post-mortem meanwhile; your save will be refused. Reload (F5) to see their version.</source>
        <translation>%1 saved this post-mortem meanwhile; your save will be refused. Reload (F5) to see their version.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Save is off while offline: the live connection to the server is down. Your unsaved failure marks and action items stay here; save them when the connection is back.</source>
        <translation>Save is off while offline: the live connection to the server is down. Your unsaved failure marks and action items stay here; save them when the connection is back.</translation>
    </message>
    <message>
        <source>Reloading shows the stored post-mortem of %1 again.</source>
        <translation>Reloading shows the stored post-mortem of %1 again.</translation>
    </message>
    <message>
        <source>the live connection missed events: a newer post-mortem of %1 may be stored. Your unsaved changes are kept; a stale save is refused and says so, or reload (F5) to see the stored version.</source>
        <translation>the live connection missed events: a newer post-mortem of %1 may be stored. Your unsaved changes are kept; a stale save is refused and says so, or reload (F5) to see the stored version.</translation>
    </message>
    <message>
        <source>cannot load the details of %1: %2 (reload with F5)</source>
        <translation>cannot load the details of %1: %2 (reload with F5)</translation>
    </message>
    <message>
        <source>Discard unsaved post-mortem work?</source>
        <translation>Discard unsaved post-mortem work?</translation>
    </message>
    <message>
        <source>%1

Your unsaved failure marks and action items of %2 would be lost. Keep editing and save them first to keep them.</source>
        <translation>%1

Your unsaved failure marks and action items of %2 would be lost. Keep editing and save them first to keep them.</translation>
    </message>
    <message>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Discard my changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Switching to %1 shows that incident&apos;s post-mortem.</source>
        <translation>Switching to %1 shows that incident&apos;s post-mortem.</translation>
    </message>
    <message>
        <source>not saved: offline. Your changes stay here; save when the connection is back.</source>
        <translation>not saved: offline. Your changes stay here; save when the connection is back.</translation>
    </message>
</context>
<context>
    <name>icc::ReviewPanel</name>
    <message>
        <source>Could not load the reviews: %1</source>
        <translation>Could not load the reviews: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Nothing is waiting for review.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting</source>
        <translation>
            <numerusform>%n review waiting</numerusform>
            <numerusform>%n reviews waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Pick a review on the left and press Enter to open it. Opening starts your minimum reading time.</source>
        <translation>Pick a review on the left and press Enter to open it. Opening starts your minimum reading time.</translation>
    </message>
    <message>
        <source>%1 (what you are deciding on)</source>
        <translation>%1 (what you are deciding on)</translation>
    </message>
    <message>
        <source>could not load the incident: %1</source>
        <translation>could not load the incident: %1</translation>
    </message>
    <message>
        <source>%1 (step %2 of runbook %3): %4</source>
        <translation>%1 (step %2 of runbook %3): %4</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>(no command: a read-only step)</source>
        <translation>(no command: a read-only step)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), %1% of traffic, %2</source>
        <translation>
            <numerusform>%n service, %1% of traffic, %2</numerusform>
            <numerusform>%n services, %1% of traffic, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>IRREVERSIBLE</source>
        <translation>IRREVERSIBLE</translation>
    </message>
    <message numerus="yes">
        <source>reversible within %n minute(s)</source>
        <translation>
            <numerusform>reversible within %n minute</numerusform>
            <numerusform>reversible within %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source> — REGULATED asset</source>
        <translation> — REGULATED asset</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>NONE: this cannot be undone</source>
        <translation>NONE: this cannot be undone</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>could not load the proposal: %1</source>
        <translation>could not load the proposal: %1</translation>
    </message>
    <message>
        <source>I have read the rollback procedure and &amp;know how to undo this:
%1</source>
        <translation>I have read the rollback procedure and &amp;know how to undo this:
%1</translation>
    </message>
    <message>
        <source>(none: irreversible)</source>
        <translation>(none: irreversible)</translation>
    </message>
    <message>
        <source>Your reaso&amp;n (required)</source>
        <translation>Your reaso&amp;n (required)</translation>
    </message>
    <message>
        <source>Your reaso&amp;n (optional)</source>
        <translation>Your reaso&amp;n (optional)</translation>
    </message>
    <message>
        <source>%1 now; you opened revision %2</source>
        <translation>%1 now; you opened revision %2</translation>
    </message>
    <message>
        <source>%1% for %2</source>
        <translation>%1% for %2</translation>
    </message>
    <message>
        <source>no runbook</source>
        <translation>no runbook</translation>
    </message>
    <message>
        <source>conditions met: %1</source>
        <translation>conditions met: %1</translation>
    </message>
    <message>
        <source>conditions FAILED: %1</source>
        <translation>conditions FAILED: %1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>labels: %1</translation>
    </message>
    <message>
        <source>shared terms: %1</source>
        <translation>shared terms: %1</translation>
    </message>
    <message>
        <source>concepts: %1</source>
        <translation>concepts: %1</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>no explanation given</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>not reported with this proposal</source>
        <translation>not reported with this proposal</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>History unavailable: this server does not keep it.</source>
        <translation>History unavailable: this server does not keep it.</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>History unavailable: %1</translation>
    </message>
    <message>
        <source>%1 has not been proposed before: nobody has seen it work here.</source>
        <translation>%1 has not been proposed before: nobody has seen it work here.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier %1 proposal(s), newest first</source>
        <translation>
            <numerusform>%n earlier %1 proposal, newest first</numerusform>
            <numerusform>%n earlier %1 proposals, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>open a review first</source>
        <translation>open a review first</translation>
    </message>
    <message>
        <source>OFFLINE — the live connection is down. No decision can be sent until it is back.</source>
        <translation>OFFLINE — the live connection is down. No decision can be sent until it is back.</translation>
    </message>
    <message>
        <source>your role (%1) may not decide reviews</source>
        <translation>your role (%1) may not decide reviews</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Not yet: %1</translation>
    </message>
    <message>
        <source>no minimum reading time at this tier</source>
        <translation>no minimum reading time at this tier</translation>
    </message>
    <message>
        <source>%1 s left of the %2 s minimum (the server counts from your open)</source>
        <translation>%1 s left of the %2 s minimum (the server counts from your open)</translation>
    </message>
    <message>
        <source>done: the %1 s minimum reading time has passed</source>
        <translation>done: the %1 s minimum reading time has passed</translation>
    </message>
    <message>
        <source>THE INCIDENT CHANGED since you opened this review. Press F5 to reload and look again before deciding.</source>
        <translation>THE INCIDENT CHANGED since you opened this review. Press F5 to reload and look again before deciding.</translation>
    </message>
    <message>
        <source>Your session ended: log in again. The review you had open was closed; open it again after logging in.</source>
        <translation>Your session ended: log in again. The review you had open was closed; open it again after logging in.</translation>
    </message>
    <message>
        <source>Sending your decision on %1: opening another review waits for its answer.</source>
        <translation>Sending your decision on %1: opening another review waits for its answer.</translation>
    </message>
    <message>
        <source>sending your decision on %1…</source>
        <translation>sending your decision on %1…</translation>
    </message>
    <message>
        <source>OPEN THIS REVIEW AGAIN: %1. Press F5 to open it again; your reading time starts over.</source>
        <translation>OPEN THIS REVIEW AGAIN: %1. Press F5 to open it again; your reading time starts over.</translation>
    </message>
    <message>
        <source>Sending your %1 on %2…</source>
        <translation>Sending your %1 on %2…</translation>
    </message>
    <message>
        <source>Your %1 on %2 was NOT recorded: the server no longer counts your open (the review was held by a stop). The review has been opened again: read it again; the phrase, the acknowledgement and the reading time start over. (Server: %3)</source>
        <translation>Your %1 on %2 was NOT recorded: the server no longer counts your open (the review was held by a stop). The review has been opened again: read it again; the phrase, the acknowledgement and the reading time start over. (Server: %3)</translation>
    </message>
    <message>
        <source>The incident changed while you were deciding, so your %1 on %2 was NOT recorded. The review has been reloaded with the current state: read it again; the phrase, the acknowledgement and the reading time start over. (Server: %3)</source>
        <translation>The incident changed while you were deciding, so your %1 on %2 was NOT recorded. The review has been reloaded with the current state: read it again; the phrase, the acknowledgement and the reading time start over. (Server: %3)</translation>
    </message>
    <message>
        <source>The server refused your %1 on %2: %3</source>
        <translation>The server refused your %1 on %2: %3</translation>
    </message>
    <message>
        <source>Recorded for %1: %2</source>
        <translation>Recorded for %1: %2</translation>
    </message>
</context>
<context>
    <name>icc::ReviewQueueModel</name>
    <message>
        <source>Tier 3 — two reviewers</source>
        <translation>Tier 3 — two reviewers</translation>
    </message>
    <message>
        <source>Tier 2 — one reviewer</source>
        <translation>Tier 2 — one reviewer</translation>
    </message>
    <message>
        <source>Tier 1 — reduced</source>
        <translation>Tier 1 — reduced</translation>
    </message>
    <message>
        <source>Pre-approved — abort window</source>
        <translation>Pre-approved — abort window</translation>
    </message>
    <message>
        <source>Waiting for decision</source>
        <translation>Waiting for decision</translation>
    </message>
    <message>
        <source>HELD — escalated or stopped</source>
        <translation>HELD — escalated or stopped</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
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
        <translation>Tier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>icc::RosterEditor</name>
    <message>
        <source>Not logged in: the roster cannot be shown or edited.</source>
        <translation>Not logged in: the roster cannot be shown or edited.</translation>
    </message>
    <message>
        <source>READ-ONLY: as %1 (%2) you may look at the roster but not edit it or run escalation tests. Commanders and admins can.</source>
        <translation>READ-ONLY: as %1 (%2) you may look at the roster but not edit it or run escalation tests. Commanders and admins can.</translation>
    </message>
    <message>
        <source>You may edit the roster. Edits take effect for new incidents once saved; open incidents keep the roster they started with.</source>
        <translation>You may edit the roster. Edits take effect for new incidents once saved; open incidents keep the roster they started with.</translation>
    </message>
    <message>
        <source>No roster has been set on the server yet.</source>
        <translation>No roster has been set on the server yet.</translation>
    </message>
    <message>
        <source>Could not load the roster: %1</source>
        <translation>Could not load the roster: %1</translation>
    </message>
    <message>
        <source>Roster %1, version %2, saved by %3 at %4 UTC.</source>
        <translation>Roster %1, version %2, saved by %3 at %4 UTC.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>WARNING: %1 saved roster version %2 while you were editing. Your unsaved edits were replaced by that version; make them again if they are still needed.</source>
        <translation>WARNING: %1 saved roster version %2 while you were editing. Your unsaved edits were replaced by that version; make them again if they are still needed.</translation>
    </message>
    <message>
        <source>Unsaved edits.</source>
        <translation>Unsaved edits.</translation>
    </message>
    <message>
        <source>No problems found in your edits; the server checks again when you save.</source>
        <translation>No problems found in your edits; the server checks again when you save.</translation>
    </message>
    <message>
        <source>PROBLEMS in your edits (the server will refuse them):
%1</source>
        <translation>PROBLEMS in your edits (the server will refuse them):
%1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>The server refused the roster; nothing was saved:
%1</source>
        <translation>The server refused the roster; nothing was saved:
%1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Starting the escalation test…</source>
        <translation>Starting the escalation test…</translation>
    </message>
    <message>
        <source>The escalation test did not start: %1</source>
        <translation>The escalation test did not start: %1</translation>
    </message>
    <message>
        <source>Cannot follow escalation test %1: %2</source>
        <translation>Cannot follow escalation test %1: %2</translation>
    </message>
    <message>
        <source>waiting for acknowledgements</source>
        <translation>waiting for acknowledgements</translation>
    </message>
    <message>
        <source>PASSED: every level acknowledged in time</source>
        <translation>PASSED: every level acknowledged in time</translation>
    </message>
    <message>
        <source>FAILED: dead links at level(s) %1</source>
        <translation>FAILED: dead links at level(s) %1</translation>
    </message>
    <message>
        <source>Escalation test %1 (roster version %2): %3 of %4 levels acknowledged; %5.</source>
        <translation>Escalation test %1 (roster version %2): %3 of %4 levels acknowledged; %5.</translation>
    </message>
    <message>
        <source>OFFLINE: Save and escalation tests are disabled because this desktop is not connected to the server. Your edits stay here until the connection is back.</source>
        <translation>OFFLINE: Save and escalation tests are disabled because this desktop is not connected to the server. Your edits stay here until the connection is back.</translation>
    </message>
    <message>
        <source>NOT SAVED: %1 saved roster version %2 after you loaded version %3. Your edits are still shown but are based on the old version, so the server refuses them. Choose Discard edits to load version %2, then make your edits again.</source>
        <translation>NOT SAVED: %1 saved roster version %2 after you loaded version %3. Your edits are still shown but are based on the old version, so the server refuses them. Choose Discard edits to load version %2, then make your edits again.</translation>
    </message>
    <message>
        <source>another commander</source>
        <translation>another commander</translation>
    </message>
    <message>
        <source>Not saved: this desktop is offline. Your edits stay here; save again when the connection is back.</source>
        <translation>Not saved: this desktop is offline. Your edits stay here; save again when the connection is back.</translation>
    </message>
    <message>
        <source>Another commander saved the roster first; nothing was saved:
%1</source>
        <translation>Another commander saved the roster first; nothing was saved:
%1</translation>
    </message>
    <message>
        <source>WARNING: %1 saved roster version %2 right after your save (version %3). The editor now shows their version; check that your change is still in it.</source>
        <translation>WARNING: %1 saved roster version %2 right after your save (version %3). The editor now shows their version; check that your change is still in it.</translation>
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
        <translation>Members take turns in this order, separated by commas.</translation>
    </message>
    <message>
        <source>Shift length: 90s, 10m, 12h, 7d, 2w.</source>
        <translation>Shift length: 90s, 10m, 12h, 7d, 2w.</translation>
    </message>
    <message>
        <source>First handoff, UTC: 2026-01-05T09:00:00Z.</source>
        <translation>First handoff, UTC: 2026-01-05T09:00:00Z.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Members (in order)</source>
        <translation>Members (in order)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>First handoff (UTC)</source>
        <translation>First handoff (UTC)</translation>
    </message>
    <message>
        <source>Rotation %1 needs at least one member.</source>
        <translation>Rotation %1 needs at least one member.</translation>
    </message>
    <message>
        <source>Shift &apos;%1&apos; is not a positive duration (e.g. 12h, 7d, 2w).</source>
        <translation>Shift &apos;%1&apos; is not a positive duration (e.g. 12h, 7d, 2w).</translation>
    </message>
    <message>
        <source>Start &apos;%1&apos; is not a date or date-time (2026-01-05T09:00:00Z).</source>
        <translation>Start &apos;%1&apos; is not a date or date-time (2026-01-05T09:00:00Z).</translation>
    </message>
</context>
<context>
    <name>icc::ServerConnection</name>
    <message>
        <source>The server&apos;s certificate changed (pinned %1, now %2). Refusing to connect: this may be an attack. If the server was really reinstalled, forget the old certificate in the connection dialog and check the new fingerprint with its administrator.</source>
        <translation>The server&apos;s certificate changed (pinned %1, now %2). Refusing to connect: this may be an attack. If the server was really reinstalled, forget the old certificate in the connection dialog and check the new fingerprint with its administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not trusted yet.</source>
        <translation>The server&apos;s certificate (SHA-256 %1) is not trusted yet.</translation>
    </message>
</context>
<context>
    <name>icc::Session</name>
    <message>
        <source>No saved login for %1.</source>
        <translation>No saved login for %1.</translation>
    </message>
</context>
<context>
    <name>icc::ShellController</name>
    <message>
        <source>--server: &apos;%1&apos; is not a server address.</source>
        <translation>--server: &apos;%1&apos; is not a server address.</translation>
    </message>
    <message>
        <source>Your login token could not be saved in %1 (%2). It is kept in memory only.</source>
        <translation>Your login token could not be saved in %1 (%2). It is kept in memory only.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <source>Login not saved</source>
        <translation>Login not saved</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Logged out.</translation>
    </message>
    <message>
        <source>Logged out here; the server could not be told (%1).</source>
        <translation>Logged out here; the server could not be told (%1).</translation>
    </message>
    <message>
        <source>Your session has ended on the server. Please log in again.</source>
        <translation>Your session has ended on the server. Please log in again.</translation>
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
        <translation>not marked</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <translation>icc — incident command center</translation>
    </message>
    <message>
        <source>URGENT: </source>
        <translation>URGENT: </translation>
    </message>
</context>
</TS>
