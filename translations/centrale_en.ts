<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message>
        <source>%1 must be 8 to 128 printable characters.</source>
        <translation>%1 must be 8 to 128 printable characters.</translation>
    </message>
    <message>
        <source>Nothing was saved: the password could not be stored in %1. %2</source>
        <translation>Nothing was saved: the password could not be stored in %1. %2</translation>
    </message>
    <message>
        <source>The primary password</source>
        <translation>The primary password</translation>
    </message>
    <message>
        <source>The secondary password</source>
        <translation>The secondary password</translation>
    </message>
    <message>
        <source>The trunk no longer exists.</source>
        <translation>The trunk no longer exists.</translation>
    </message>
    <message>
        <source>Renaming the account needs its password: %1</source>
        <translation>Renaming the account needs its password: %1</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>The password</translation>
    </message>
    <message>
        <source>The realm was not changed: the password of %1 is not readable (%2).</source>
        <translation>The realm was not changed: the password of %1 is not readable (%2).</translation>
    </message>
</context>
<context>
    <name>AsteriskExport</name>
    <message>
        <source>Centrale export for %1: chan_sip (Asterisk 1.8 to 20).</source>
        <translation>Centrale export for %1: chan_sip (Asterisk 1.8 to 20).</translation>
    </message>
    <message>
        <source>Put the register lines into the existing [general] section of sip.conf; append the peers.</source>
        <translation>Put the register lines into the existing [general] section of sip.conf; append the peers.</translation>
    </message>
    <message>
        <source>The password of %1 contains : @ / or ~, which a register line cannot carry: give the account another password in Centrale.</source>
        <translation>The password of %1 contains : @ / or ~, which a register line cannot carry: give the account another password in Centrale.</translation>
    </message>
    <message>
        <source>%1 account %2 at %3</source>
        <translation>%1 account %2 at %3</translation>
    </message>
    <message>
        <source>Centrale export for %1: dialplan.</source>
        <translation>Centrale export for %1: dialplan.</translation>
    </message>
    <message>
        <source>Add "include =&gt; %1" to the context of the phones that may call out.</source>
        <translation>Add "include =&gt; %1" to the context of the phones that may call out.</translation>
    </message>
    <message>
        <source>E.164 with +</source>
        <translation>E.164 with +</translation>
    </message>
    <message>
        <source>International with 00</source>
        <translation>International with 00</translation>
    </message>
    <message>
        <source>National with 0 (country code %1)</source>
        <translation>National with 0 (country code %1)</translation>
    </message>
    <message>
        <source>E.164 without + or 00</source>
        <translation>E.164 without + or 00</translation>
    </message>
    <message>
        <source>Centrale only accepts the trunk's caller-ID numbers; anything else becomes %1.</source>
        <translation>Centrale only accepts the trunk's caller-ID numbers; anything else becomes %1.</translation>
    </message>
    <message>
        <source>Only when the primary server cannot be reached: the secondary.</source>
        <translation>Only when the primary server cannot be reached: the secondary.</translation>
    </message>
    <message>
        <source>Calls from Centrale arrive with the dialled number (DID) as the extension.</source>
        <translation>Calls from Centrale arrive with the dialled number (DID) as the extension.</translation>
    </message>
    <message>
        <source>Any other number: unallocated (404).</source>
        <translation>Any other number: unallocated (404).</translation>
    </message>
    <message>
        <source>Calls to +%1: replace the lines below with the destination (extension, queue, IVR).</source>
        <translation>Calls to +%1: replace the lines below with the destination (extension, queue, IVR).</translation>
    </message>
    <message>
        <source>Centrale export for %1: PJSIP (Asterisk 16.8 or later).</source>
        <translation>Centrale export for %1: PJSIP (Asterisk 16.8 or later).</translation>
    </message>
    <message>
        <source>Append to pjsip.conf (or #include it). It needs a UDP transport (type=transport, protocol=udp).</source>
        <translation>Append to pjsip.conf (or #include it). It needs a UDP transport (type=transport, protocol=udp).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>password: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>trunk</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <source>phone account</source>
        <translation>phone account</translation>
    </message>
    <message>
        <source>call plan</source>
        <translation>call plan</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>fraud block</source>
        <translation>fraud block</translation>
    </message>
    <message>
        <source>blocked address</source>
        <translation>blocked address</translation>
    </message>
    <message>
        <source>keychain password</source>
        <translation>keychain password</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>engine</translation>
    </message>
    <message>
        <source>outside Centrale</source>
        <translation>outside Centrale</translation>
    </message>
    <message>
        <source>This database has no audit log.</source>
        <translation>This database has no audit log.</translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>There is no audit entry %1.</translation>
    </message>
    <message>
        <source>Change %1 was already undone (by change %2).</source>
        <translation>Change %1 was already undone (by change %2).</translation>
    </message>
    <message>
        <source>Undo refused: what change %1 points at no longer exists (a later change removed it); nothing was changed.</source>
        <translation>Undo refused: what change %1 points at no longer exists (a later change removed it); nothing was changed.</translation>
    </message>
    <message>
        <source>Undo refused: change %1 set a new password for %2. Passwords are never kept in the audit log, so the old one cannot be restored; set the password again instead.</source>
        <translation>Undo refused: change %1 set a new password for %2. Passwords are never kept in the audit log, so the old one cannot be restored; set the password again instead.</translation>
    </message>
    <message>
        <source>Undo refused: change %1 deleted %2, whose password is never kept in the audit log, so it cannot be re-created; add it again instead.</source>
        <translation>Undo refused: change %1 deleted %2, whose password is never kept in the audit log, so it cannot be re-created; add it again instead.</translation>
    </message>
    <message>
        <source>Undo refused: %1 was changed again later (change %2); undo that change first.</source>
        <translation>Undo refused: %1 was changed again later (change %2); undo that change first.</translation>
    </message>
    <message>
        <source>Undo refused: %1 exists again since it was deleted.</source>
        <translation>Undo refused: %1 exists again since it was deleted.</translation>
    </message>
    <message>
        <source>Undo refused: %1 has been deleted since.</source>
        <translation>Undo refused: %1 has been deleted since.</translation>
    </message>
    <message>
        <source>Undo refused: %1 has been changed since in a way the log did not record.</source>
        <translation>Undo refused: %1 has been changed since in a way the log did not record.</translation>
    </message>
    <message>
        <source>Undo refused: %1 is used by %2 "%3" now; change or undo that first.</source>
        <translation>Undo refused: %1 is used by %2 "%3" now; change or undo that first.</translation>
    </message>
    <message>
        <source>Undo refused: %1 cannot be restored, it conflicts with the current data (%2); nothing was changed.</source>
        <translation>Undo refused: %1 cannot be restored, it conflicts with the current data (%2); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>AvayaExport</name>
    <message>
        <source>Add one channel (URI) for all numbers.</source>
        <translation>Add one channel (URI) for all numbers.</translation>
    </message>
    <message>
        <source>Give every user a SIP Name that is one of the trunk's caller-ID numbers.</source>
        <translation>Give every user a SIP Name that is one of the trunk's caller-ID numbers.</translation>
    </message>
    <message>
        <source>Centrale takes the caller ID from P-Asserted-Identity.</source>
        <translation>Centrale takes the caller ID from P-Asserted-Identity.</translation>
    </message>
    <message>
        <source>Numbers leave in the form %1 (the trunk's number format).</source>
        <translation>Numbers leave in the form %1 (the trunk's number format).</translation>
    </message>
    <message>
        <source>A second ARS entry, identical but with Line Group Id %1.</source>
        <translation>A second ARS entry, identical but with Line Group Id %1.</translation>
    </message>
    <message>
        <source>One route per number; choose the destination.</source>
        <translation>One route per number; choose the destination.</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(your choice)</translation>
    </message>
</context>
<context>
    <name>BackupFormat</name>
    <message>
        <source>This is not a Centrale backup (no CNTRLBAK header).</source>
        <translation>This is not a Centrale backup (no CNTRLBAK header).</translation>
    </message>
    <message>
        <source>The backup is truncated (its header is incomplete).</source>
        <translation>The backup is truncated (its header is incomplete).</translation>
    </message>
    <message>
        <source>The backup has file format %1; this Centrale reads format %2.</source>
        <translation>The backup has file format %1; this Centrale reads format %2.</translation>
    </message>
    <message>
        <source>The backup is truncated: it should hold a %1-byte database but has only %2 bytes.</source>
        <translation>The backup is truncated: it should hold a %1-byte database but has only %2 bytes.</translation>
    </message>
    <message>
        <source>The backup is damaged: its checksum does not match the contents.</source>
        <translation>The backup is damaged: its checksum does not match the contents.</translation>
    </message>
    <message>
        <source>The backup is truncated: its secrets section is incomplete.</source>
        <translation>The backup is truncated: its secrets section is incomplete.</translation>
    </message>
    <message>
        <source>The backup is damaged: unexpected bytes after its end.</source>
        <translation>The backup is damaged: unexpected bytes after its end.</translation>
    </message>
    <message>
        <source>The backup has parts this Centrale does not know (flags %1); it was made by a newer version.</source>
        <translation>The backup has parts this Centrale does not know (flags %1); it was made by a newer version.</translation>
    </message>
</context>
<context>
    <name>BackupMedia</name>
    <message>
        <source>Cannot write the backup's media section.</source>
        <translation>Cannot write the backup's media section.</translation>
    </message>
    <message>
        <source>Cannot read %1 for the backup: %2</source>
        <translation>Cannot read %1 for the backup: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 for the backup: it became shorter while it was read.</source>
        <translation>Cannot read %1 for the backup: it became shorter while it was read.</translation>
    </message>
    <message>
        <source>The backup is truncated: its media section is incomplete.</source>
        <translation>The backup is truncated: its media section is incomplete.</translation>
    </message>
    <message>
        <source>The backup is damaged: its media section names the file "%1", which is not a recording, voicemail message or greeting.</source>
        <translation>The backup is damaged: its media section names the file "%1", which is not a recording, voicemail message or greeting.</translation>
    </message>
    <message>
        <source>The backup is damaged: the checksum of its media section does not match its contents.</source>
        <translation>The backup is damaged: the checksum of its media section does not match its contents.</translation>
    </message>
    <message>
        <source>The backup is damaged: unexpected bytes after its end.</source>
        <translation>The backup is damaged: unexpected bytes after its end.</translation>
    </message>
    <message>
        <source>Cannot read backup %1: %2</source>
        <translation>Cannot read backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot write the restored secrets to %1: %2; nothing was changed.</source>
        <translation>Cannot write the restored secrets to %1: %2; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write backup %1: %2</source>
        <translation>Cannot write backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot read backup %1: %2</source>
        <translation>Cannot read backup %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup was made by a newer Centrale (schema %1; this one knows up to %2); nothing was changed. Restore it with that version or later.</source>
        <translation>The backup was made by a newer Centrale (schema %1; this one knows up to %2); nothing was changed. Restore it with that version or later.</translation>
    </message>
    <message>
        <source>The database in the backup is damaged (not an SQLite file of schema %1); nothing was changed.</source>
        <translation>The database in the backup is damaged (not an SQLite file of schema %1); nothing was changed.</translation>
    </message>
    <message>
        <source>The secrets in the backup are damaged; nothing was changed.</source>
        <translation>The secrets in the backup are damaged; nothing was changed.</translation>
    </message>
    <message>
        <source>An engine is running on %1; stop it first (systemctl stop centrale-engine, or close the console), then restore again.</source>
        <translation>An engine is running on %1; stop it first (systemctl stop centrale-engine, or close the console), then restore again.</translation>
    </message>
    <message>
        <source>Cannot create a file next to %1: %2</source>
        <translation>Cannot create a file next to %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>A backup file restores into an SQLite store; restore a PostgreSQL store with pg_restore. Nothing was changed.</source>
        <translation>A backup file restores into an SQLite store; restore a PostgreSQL store with pg_restore. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Bencode</name>
    <message>
        <source>The value is nested too deeply to encode.</source>
        <translation>The value is nested too deeply to encode.</translation>
    </message>
    <message>
        <source>Bencode cannot carry a value of type %1.</source>
        <translation>Bencode cannot carry a value of type %1.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>ends early</source>
        <translation>ends early</translation>
    </message>
    <message>
        <source>a list is not closed</source>
        <translation>a list is not closed</translation>
    </message>
    <message>
        <source>a dictionary is not closed</source>
        <translation>a dictionary is not closed</translation>
    </message>
    <message>
        <source>has data after the value</source>
        <translation>has data after the value</translation>
    </message>
    <message>
        <source>The bencoded data %1 (at byte %2).</source>
        <translation>The bencoded data %1 (at byte %2).</translation>
    </message>
    <message>
        <source>has a number that is not terminated</source>
        <translation>has a number that is not terminated</translation>
    </message>
    <message>
        <source>has a malformed number</source>
        <translation>has a malformed number</translation>
    </message>
    <message>
        <source>has an unexpected byte</source>
        <translation>has an unexpected byte</translation>
    </message>
    <message>
        <source>has a string longer than the data</source>
        <translation>has a string longer than the data</translation>
    </message>
</context>
<context>
    <name>CallAudio</name>
    <message>
        <source>%1 → %2 (payload type %3)</source>
        <translation>%1 → %2 (payload type %3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The recording holds no G.711 audio.</source>
        <translation>The recording holds no G.711 audio.</translation>
    </message>
</context>
<context>
    <name>CallEngine</name>
    <message>
        <source>source address %1 is in no account's IP whitelist</source>
        <translation>source address %1 is in no account's IP whitelist</translation>
    </message>
    <message>
        <source>authentication failed for "%1"</source>
        <translation>authentication failed for "%1"</translation>
    </message>
    <message>
        <source>source address %1 is not in the IP whitelist of %2</source>
        <translation>source address %1 is not in the IP whitelist of %2</translation>
    </message>
    <message>
        <source>account %1 belongs to no trunk or phone account</source>
        <translation>account %1 belongs to no trunk or phone account</translation>
    </message>
    <message>
        <source>number %1 is not in service</source>
        <translation>number %1 is not in service</translation>
    </message>
    <message>
        <source>all %1 channels of %2 are busy</source>
        <translation>all %1 channels of %2 are busy</translation>
    </message>
    <message>
        <source>more than %1 new calls per second for %2</source>
        <translation>more than %1 new calls per second for %2</translation>
    </message>
    <message>
        <source>no upstream carrier is configured</source>
        <translation>no upstream carrier is configured</translation>
    </message>
    <message>
        <source>carrier %1</source>
        <translation>carrier %1</translation>
    </message>
    <message>
        <source>inbound calls are off for +%1 on trunk %2</source>
        <translation>inbound calls are off for +%1 on trunk %2</translation>
    </message>
    <message>
        <source>%1 primary</source>
        <translation>%1 primary</translation>
    </message>
    <message>
        <source>%1 secondary</source>
        <translation>%1 secondary</translation>
    </message>
    <message>
        <source>no account of trunk %1 is registered</source>
        <translation>no account of trunk %1 is registered</translation>
    </message>
    <message>
        <source>phone %1 is not registered</source>
        <translation>phone %1 is not registered</translation>
    </message>
    <message>
        <source>%1: phone %2</source>
        <translation>%1: phone %2</translation>
    </message>
    <message>
        <source>%1: forward to %2</source>
        <translation>%1: forward to %2</translation>
    </message>
    <message>
        <source>Call for %1 from %2</source>
        <translation>Call for %1 from %2</translation>
    </message>
    <message>
        <source>Call plan %1 received a call on +%2 from %3 at %4.</source>
        <translation>Call plan %1 received a call on +%2 from %3 at %4.</translation>
    </message>
    <message>
        <source>%1 is closed (%2)</source>
        <translation>%1 is closed (%2)</translation>
    </message>
    <message>
        <source>could not send the call to %1</source>
        <translation>could not send the call to %1</translation>
    </message>
    <message>
        <source>nobody could take the call</source>
        <translation>nobody could take the call</translation>
    </message>
    <message>
        <source>%1 answered %2 %3</source>
        <translation>%1 answered %2 %3</translation>
    </message>
    <message>
        <source>the caller hung up before the call was answered</source>
        <translation>the caller hung up before the call was answered</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>the caller hung up</translation>
    </message>
    <message>
        <source>the callee hung up</source>
        <translation>the callee hung up</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 did not answer within %2 s</translation>
    </message>
    <message>
        <source>the engine stopped</source>
        <translation>the engine stopped</translation>
    </message>
    <message>
        <source>the caller never acknowledged the answer (no ACK within 32 s)</source>
        <translation>the caller never acknowledged the answer (no ACK within 32 s)</translation>
    </message>
    <message>
        <source>the callee never acknowledged the answer to its re-INVITE (no ACK within 32 s)</source>
        <translation>the callee never acknowledged the answer to its re-INVITE (no ACK within 32 s)</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>nobody pays for this forward</source>
        <translation>nobody pays for this forward</translation>
    </message>
    <message>
        <source>%1: a call was ended after the maximum call length</source>
        <translation>%1: a call was ended after the maximum call length</translation>
    </message>
    <message>
        <source>The call from %1 to %2 on %3 was ended after %4 s, the maximum call length (calls.max). A call that long is usually a line left open or misuse.</source>
        <translation>The call from %1 to %2 on %3 was ended after %4 s, the maximum call length (calls.max). A call that long is usually a line left open or misuse.</translation>
    </message>
    <message>
        <source>call %1: media goes end to end, the relay failed: %2</source>
        <translation>call %1: media goes end to end, the relay failed: %2</translation>
    </message>
    <message>
        <source>call %1: the media relay failed mid-call: %2</source>
        <translation>call %1: the media relay failed mid-call: %2</translation>
    </message>
    <message>
        <source>voicemail: the message reached its longest length (voicemail.max_seconds)</source>
        <translation>voicemail: the message reached its longest length (voicemail.max_seconds)</translation>
    </message>
    <message>
        <source>call %1: not recorded, no media relay is running</source>
        <translation>call %1: not recorded, no media relay is running</translation>
    </message>
    <message>
        <source>voicemail box %1 is unavailable: it needs Centrale's own media relay (rtpengine), which is not running</source>
        <translation>voicemail box %1 is unavailable: it needs Centrale's own media relay (rtpengine), which is not running</translation>
    </message>
    <message>
        <source>voicemail box %1 cannot answer a call without an SDP offer</source>
        <translation>voicemail box %1 cannot answer a call without an SDP offer</translation>
    </message>
    <message>
        <source>voicemail box %1 is unavailable: the media relay failed: %2</source>
        <translation>voicemail box %1 is unavailable: the media relay failed: %2</translation>
    </message>
    <message>
        <source>%1: voicemail %2</source>
        <translation>%1: voicemail %2</translation>
    </message>
    <message>
        <source>call %1: voicemail records without a greeting: %2</source>
        <translation>call %1: voicemail records without a greeting: %2</translation>
    </message>
    <message>
        <source>call %1: voicemail session not removed from the relay: %2</source>
        <translation>call %1: voicemail session not removed from the relay: %2</translation>
    </message>
    <message>
        <source>voicemail box %1 is unavailable: the media relay is external and media.recording_spool does not name its recording folder</source>
        <translation>voicemail box %1 is unavailable: the media relay is external and media.recording_spool does not name its recording folder</translation>
    </message>
    <message>
        <source>call %1: not recorded: the media relay is external and media.recording_spool does not name its recording folder</source>
        <translation>call %1: not recorded: the media relay is external and media.recording_spool does not name its recording folder</translation>
    </message>
    <message>
        <source>call %1: recorded without the announcement: the relay has no announcement to play</source>
        <translation>call %1: recorded without the announcement: the relay has no announcement to play</translation>
    </message>
    <message>
        <source>call %1: recorded without the announcement: %2</source>
        <translation>call %1: recorded without the announcement: %2</translation>
    </message>
    <message>
        <source>call %1: the recording announcement did not play: %2</source>
        <translation>call %1: the recording announcement did not play: %2</translation>
    </message>
</context>
<context>
    <name>CallLogRepository</name>
    <message>
        <source>Cannot record call %1: %2</source>
        <translation>Cannot record call %1: %2</translation>
    </message>
</context>
<context>
    <name>CallPlan</name>
    <message>
        <source>Opening hours are empty; write e.g. "mon-fri 08:00-17:00".</source>
        <translation>Opening hours are empty; write e.g. "mon-fri 08:00-17:00".</translation>
    </message>
    <message>
        <source>"%1" is not an opening-hours range like "mon-fri 08:00-17:00".</source>
        <translation>"%1" is not an opening-hours range like "mon-fri 08:00-17:00".</translation>
    </message>
    <message>
        <source>Call plan name</source>
        <translation>Call plan name</translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation>Internal number</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>%1 has no numbers to ring.</source>
        <translation>%1 has no numbers to ring.</translation>
    </message>
    <message>
        <source>%1: ring time must be 5 to 300 seconds.</source>
        <translation>%1: ring time must be 5 to 300 seconds.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>%1 has no e-mail address.</translation>
    </message>
    <message>
        <source>%1: outside opening hours it must jump forward to an existing step.</source>
        <translation>%1: outside opening hours it must jump forward to an existing step.</translation>
    </message>
    <message>
        <source>Unknown call plan step "%1".</source>
        <translation>Unknown call plan step "%1".</translation>
    </message>
</context>
<context>
    <name>CallPlanRepository</name>
    <message>
        <source>A call plan named "%1" already exists.</source>
        <translation>A call plan named "%1" already exists.</translation>
    </message>
    <message>
        <source>Internal number %1 is already used by call plan "%2".</source>
        <translation>Internal number %1 is already used by call plan "%2".</translation>
    </message>
    <message>
        <source>The call plan no longer exists.</source>
        <translation>The call plan no longer exists.</translation>
    </message>
    <message>
        <source>Call plan "%1" is the failover of trunk "%2"; choose another failover there first.</source>
        <translation>Call plan "%1" is the failover of trunk "%2"; choose another failover there first.</translation>
    </message>
    <message>
        <source>There is no call plan named "%1".</source>
        <translation>There is no call plan named "%1".</translation>
    </message>
    <message>
        <source>Number +%1 is not linked to a call plan; it is already free.</source>
        <translation>Number +%1 is not linked to a call plan; it is already free.</translation>
    </message>
    <message>
        <source>Number +%1 is linked to %2, not to a call plan.</source>
        <translation>Number +%1 is linked to %2, not to a call plan.</translation>
    </message>
    <message>
        <source>call plan %1</source>
        <translation>call plan %1</translation>
    </message>
    <message>
        <source>trunk %1</source>
        <translation>trunk %1</translation>
    </message>
</context>
<context>
    <name>ClusterDialogs</name>
    <message>
        <source>No node relays the call %1 any more.</source>
        <translation>No node relays the call %1 any more.</translation>
    </message>
</context>
<context>
    <name>ClusterGuard</name>
    <message>
        <source>%1

Outbound calls of %2 are refused on every node of the cluster until an administrator unblocks the account (Security page, or: centralectl fraud unblock "%2").</source>
        <translation>%1

Outbound calls of %2 are refused on every node of the cluster until an administrator unblocks the account (Security page, or: centralectl fraud unblock "%2").</translation>
    </message>
</context>
<context>
    <name>ClusterSettings</name>
    <message>
        <source>cluster.db must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio</source>
        <translation>cluster.db must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio</translation>
    </message>
    <message>
        <source>cluster.db must not contain the password; store it with: centralectl cluster password --password-stdin</source>
        <translation>cluster.db must not contain the password; store it with: centralectl cluster password --password-stdin</translation>
    </message>
    <message>
        <source>No cluster database is set (setting cluster.db).</source>
        <translation>No cluster database is set (setting cluster.db).</translation>
    </message>
</context>
<context>
    <name>ClusterTables</name>
    <message>
        <source>No password for %1 in the secret store: its ha1b stays empty.</source>
        <translation>No password for %1 in the secret store: its ha1b stays empty.</translation>
    </message>
</context>
<context>
    <name>ConfigVersion</name>
    <message>
        <source>The configuration version is missing from the database.</source>
        <translation>The configuration version is missing from the database.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>%1 registers from %2 (Contact %3, last REGISTER %4)</source>
        <translation>%1 registers from %2 (Contact %3, last REGISTER %4)</translation>
    </message>
    <message>
        <source>Turn off SIP ALG (also called SIP helper or SIP passthrough) in the router, modem and firewall: it rewrites SIP messages and causes one-way audio, dropped calls and failed registrations.</source>
        <translation>Turn off SIP ALG (also called SIP helper or SIP passthrough) in the router, modem and firewall: it rewrites SIP messages and causes one-way audio, dropped calls and failed registrations.</translation>
    </message>
    <message>
        <source>The PBX is behind NAT. That works with Centrale (answers go back to where packets come from), as long as the registration is refreshed often enough to keep the NAT open (at most 60-120 s on most routers).</source>
        <translation>The PBX is behind NAT. That works with Centrale (answers go back to where packets come from), as long as the registration is refreshed often enough to keep the NAT open (at most 60-120 s on most routers).</translation>
    </message>
    <message>
        <source>Do not set up port forwards for SIP or RTP in the router or modem; the PBX registers out and keeps the way open.</source>
        <translation>Do not set up port forwards for SIP or RTP in the router or modem; the PBX registers out and keeps the way open.</translation>
    </message>
    <message>
        <source>Shield port forwards for management (web interface, SSH) of the PBX with a firewall.</source>
        <translation>Shield port forwards for management (web interface, SSH) of the PBX with a firewall.</translation>
    </message>
    <message>
        <source>If IPv6 is active on the network or on the PBX, make sure the firewall covers IPv6 as well; an IPv6 address left open is a way around it.</source>
        <translation>If IPv6 is active on the network or on the PBX, make sure the firewall covers IPv6 as well; an IPv6 address left open is a way around it.</translation>
    </message>
    <message>
        <source>Allow UDP between the PBX and %1 port %2 (SIP, both ways).</source>
        <translation>Allow UDP between the PBX and %1 port %2 (SIP, both ways).</translation>
    </message>
    <message>
        <source>Media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier's media addresses to the PBX's RTP port range.</source>
        <translation>Media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier's media addresses to the PBX's RTP port range.</translation>
    </message>
    <message>
        <source>Connection check for trunk %1 (accounts %2)</source>
        <translation>Connection check for trunk %1 (accounts %2)</translation>
    </message>
    <message>
        <source>Connection check for phone account %1</source>
        <translation>Connection check for phone account %1</translation>
    </message>
    <message>
        <source>No REGISTER or INVITE of this account is in the SIP trace: it has not registered or called since the trace began.</source>
        <translation>No REGISTER or INVITE of this account is in the SIP trace: it has not registered or called since the trace began.</translation>
    </message>
    <message>
        <source>OPTIONS to %1 (%2): answered %3 in %4 ms.</source>
        <translation>OPTIONS to %1 (%2): answered %3 in %4 ms.</translation>
    </message>
    <message>
        <source>OPTIONS to %1 (%2): no answer. A NAT or firewall that only lets in the server the PBX registered to drops this probe; see the engine's own check below.</source>
        <translation>OPTIONS to %1 (%2): no answer. A NAT or firewall that only lets in the server the PBX registered to drops this probe; see the engine's own check below.</translation>
    </message>
    <message>
        <source>The engine's last OPTIONS check of %1 (%2): answered %3 in %4 ms.</source>
        <translation>The engine's last OPTIONS check of %1 (%2): answered %3 in %4 ms.</translation>
    </message>
    <message>
        <source>The engine's last OPTIONS check of %1 (%2): no answer.</source>
        <translation>The engine's last OPTIONS check of %1 (%2): no answer.</translation>
    </message>
    <message>
        <source>NAT: yes.</source>
        <translation>NAT: yes.</translation>
    </message>
    <message>
        <source>NAT: none seen.</source>
        <translation>NAT: none seen.</translation>
    </message>
    <message>
        <source>SIP ALG: likely.</source>
        <translation>SIP ALG: likely.</translation>
    </message>
    <message>
        <source>SIP ALG: no sign of one.</source>
        <translation>SIP ALG: no sign of one.</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Advice:</translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation>Firewall:</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>line %1: text after a closing quote</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1: task "%2" was due %3</source>
        <translation>%1: task "%2" was due %3</translation>
    </message>
    <message>
        <source>%1: porting of %2 on %3</source>
        <translation>%1: porting of %2 on %3</translation>
    </message>
    <message>
        <source>%1: last day to cancel the contract with %2 is %3</source>
        <translation>%1: last day to cancel the contract with %2 is %3</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>Fraud detector blocked %1: %2</source>
        <translation>Fraud detector blocked %1: %2</translation>
    </message>
    <message>
        <source>Fraud block of %1 lifted (%2)</source>
        <translation>Fraud block of %1 lifted (%2)</translation>
    </message>
    <message>
        <source>%1 blocked after failed logins</source>
        <translation>%1 blocked after failed logins</translation>
    </message>
    <message>
        <source>%1 blocked: %2</source>
        <translation>%1 blocked: %2</translation>
    </message>
    <message>
        <source>%1 has spent %2% of its daily limit (EUR %3 of %4)</source>
        <translation>%1 has spent %2% of its daily limit (EUR %3 of %4)</translation>
    </message>
    <message>
        <source>%1 has spent %2% of its weekly limit (EUR %3 of %4)</source>
        <translation>%1 has spent %2% of its weekly limit (EUR %3 of %4)</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>Carrier registration failed: %1</source>
        <translation>Carrier registration failed: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database path given.</source>
        <translation>No database path given.</translation>
    </message>
    <message>
        <source>Cannot create the folder for database %1.</source>
        <translation>Cannot create the folder for database %1.</translation>
    </message>
    <message>
        <source>Cannot create database %1: %2</source>
        <translation>Cannot create database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Cannot open database %1: %2</translation>
    </message>
    <message>
        <source>Database %1 is not usable: %2</source>
        <translation>Database %1 is not usable: %2</translation>
    </message>
    <message>
        <source>Database %1 is damaged or not a Centrale database.</source>
        <translation>Database %1 is damaged or not a Centrale database.</translation>
    </message>
    <message>
        <source>Database %1 was written by a newer Centrale (schema %2, this one knows %3).</source>
        <translation>Database %1 was written by a newer Centrale (schema %2, this one knows %3).</translation>
    </message>
    <message>
        <source>Migrating database to schema %1 failed: %2</source>
        <translation>Migrating database to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Cannot start a database transaction: %1</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation>Saving failed, nothing was changed: %1</translation>
    </message>
    <message>
        <source>The built-in rate table is missing from this build.</source>
        <translation>The built-in rate table is missing from this build.</translation>
    </message>
    <message>
        <source>Recording the change in the audit log failed: %1</source>
        <translation>Recording the change in the audit log failed: %1</translation>
    </message>
    <message>
        <source>Cannot use %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Cannot use %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Preparing PostgreSQL database %1 failed: %2</source>
        <translation>Preparing PostgreSQL database %1 failed: %2</translation>
    </message>
    <message>
        <source>The database address is not a valid postgresql:// URL: %1</source>
        <translation>The database address is not a valid postgresql:// URL: %1</translation>
    </message>
    <message>
        <source>The database address must not contain a password: put it in ~/.pgpass or the file PGPASSFILE names.</source>
        <translation>The database address must not contain a password: put it in ~/.pgpass or the file PGPASSFILE names.</translation>
    </message>
    <message>
        <source>The database address names no database: postgresql://user@host:port/DATABASE</source>
        <translation>The database address names no database: postgresql://user@host:port/DATABASE</translation>
    </message>
    <message>
        <source>Unknown option "%1" in the database address (known: host, sslmode, connect_timeout, application_name).</source>
        <translation>Unknown option "%1" in the database address (known: host, sslmode, connect_timeout, application_name).</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot create a temporary folder for the backup: %1</source>
        <translation>Cannot create a temporary folder for the backup: %1</translation>
    </message>
    <message>
        <source>Cannot copy database %1: %2</source>
        <translation>Cannot copy database %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database copy: %1</source>
        <translation>Cannot read the database copy: %1</translation>
    </message>
    <message>
        <source>The database in the backup is damaged (%1); nothing was changed.</source>
        <translation>The database in the backup is damaged (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>it cannot be opened</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>integrity check failed</translation>
    </message>
    <message>
        <source>its schema version differs from the header</source>
        <translation>its schema version differs from the header</translation>
    </message>
    <message>
        <source>it is not a Centrale database</source>
        <translation>it is not a Centrale database</translation>
    </message>
    <message>
        <source>Database %1 is in use by another program; stop the engine and close the console, then restore again.</source>
        <translation>Database %1 is in use by another program; stop the engine and close the console, then restore again.</translation>
    </message>
    <message>
        <source>Cannot write the restored database %1.</source>
        <translation>Cannot write the restored database %1.</translation>
    </message>
    <message>
        <source>Cannot move the restored database to %1: %2</source>
        <translation>Cannot move the restored database to %1: %2</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL store are made with pg_dump (the secrets file still comes from centralectl backup on a SQLite store); nothing was written.</source>
        <translation>Backups of a PostgreSQL store are made with pg_dump (the secrets file still comes from centralectl backup on a SQLite store); nothing was written.</translation>
    </message>
</context>
<context>
    <name>DestinationPolicy</name>
    <message>
        <source>+%1 is explicitly allowed</source>
        <translation>+%1 is explicitly allowed</translation>
    </message>
    <message>
        <source>destination +%1 is blocked</source>
        <translation>destination +%1 is blocked</translation>
    </message>
    <message>
        <source>+%1 is a fraud-prone range (premium rate or satellite) and is blocked</source>
        <translation>+%1 is a fraud-prone range (premium rate or satellite) and is blocked</translation>
    </message>
    <message>
        <source>premium-rate numbers are blocked</source>
        <translation>premium-rate numbers are blocked</translation>
    </message>
    <message>
        <source>%1 numbers in %2 are not in the destination whitelist</source>
        <translation>%1 numbers in %2 are not in the destination whitelist</translation>
    </message>
    <message>
        <source>country %1 is not in the destination whitelist</source>
        <translation>country %1 is not in the destination whitelist</translation>
    </message>
    <message>
        <source>Step %1: %2 would be refused for %3: %4.</source>
        <translation>Step %1: %2 would be refused for %3: %4.</translation>
    </message>
</context>
<context>
    <name>DestinationPresets</name>
    <message>
        <source>The destination preset "%1" is missing.</source>
        <translation>The destination preset "%1" is missing.</translation>
    </message>
    <message>
        <source>The destination preset "%1" is damaged: %2</source>
        <translation>The destination preset "%1" is damaged: %2</translation>
    </message>
    <message>
        <source>Default (Europe and major trading partners)</source>
        <translation>Default (Europe and major trading partners)</translation>
    </message>
    <message>
        <source>Netherlands fixed and mobile</source>
        <translation>Netherlands fixed and mobile</translation>
    </message>
    <message>
        <source>Benelux</source>
        <translation>Benelux</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>Western Europe</translation>
    </message>
    <message>
        <source>All of Europe</source>
        <translation>All of Europe</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Worldwide</translation>
    </message>
    <message>
        <source>"%1" is not a destination preset.</source>
        <translation>"%1" is not a destination preset.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1 exists already (use --force to overwrite).</source>
        <translation>%1 exists already (use --force to overwrite).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>EngineCalls</name>
    <message>
        <source>this hour</source>
        <translation>this hour</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>the rate table has no price for %1, so the amount limits cannot be kept</source>
        <translation>the rate table has no price for %1, so the amount limits cannot be kept</translation>
    </message>
    <message>
        <source>the amount limit of %1 for %2 is reached (%3 spent %4)</source>
        <translation>the amount limit of %1 for %2 is reached (%3 spent %4)</translation>
    </message>
    <message>
        <source>the limit of %1 calls for %2 is reached %3</source>
        <translation>the limit of %1 calls for %2 is reached %3</translation>
    </message>
    <message>
        <source>the call reached the maximum call length of %1 s</source>
        <translation>the call reached the maximum call length of %1 s</translation>
    </message>
    <message>
        <source>ended at the amount limit of %1 for %2 %3</source>
        <translation>ended at the amount limit of %1 for %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 % of the call limit used %3</source>
        <translation>%1: %2 % of the call limit used %3</translation>
    </message>
    <message>
        <source>%1 has spent %2 of its limit of %3 %4 (%5 %). At 100 % new calls are refused and calls in progress are ended.</source>
        <translation>%1 has spent %2 of its limit of %3 %4 (%5 %). At 100 % new calls are refused and calls in progress are ended.</translation>
    </message>
    <message>
        <source>the rate table is empty, so the amount limits cannot be kept (centralectl rates import)</source>
        <translation>the rate table is empty, so the amount limits cannot be kept (centralectl rates import)</translation>
    </message>
    <message>
        <source>%1: %2 % of the calls allowed used %3</source>
        <translation>%1: %2 % of the calls allowed used %3</translation>
    </message>
    <message>
        <source>%1 has made %2 of the %3 calls allowed %4. At 100 % new calls are refused.</source>
        <translation>%1 has made %2 of the %3 calls allowed %4. At 100 % new calls are refused.</translation>
    </message>
</context>
<context>
    <name>EngineCore</name>
    <message>
        <source>Listen address %1 must be an IP address.</source>
        <translation>Listen address %1 must be an IP address.</translation>
    </message>
    <message>
        <source>%1 is already in use by another program (another engine or SIP server?); not sharing it.</source>
        <translation>%1 is already in use by another program (another engine or SIP server?); not sharing it.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>The primary and secondary server need different addresses.</source>
        <translation>The primary and secondary server need different addresses.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (UDP).</source>
        <translation>Cannot listen on %1 (UDP).</translation>
    </message>
</context>
<context>
    <name>EngineFraud</name>
    <message>
        <source>outbound calls of %1 are blocked by the fraud detector since %2: %3 (unblock in the console or with centralectl fraud unblock)</source>
        <translation>outbound calls of %1 are blocked by the fraud detector since %2: %3 (unblock in the console or with centralectl fraud unblock)</translation>
    </message>
    <message>
        <source>%1: outbound calls blocked by the fraud detector</source>
        <translation>%1: outbound calls blocked by the fraud detector</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export needs exactly one trunk or one phone account.</source>
        <translation>Export needs exactly one trunk or one phone account.</translation>
    </message>
    <message>
        <source>The primary and secondary server address (settings sip.primary and sip.secondary) must be set.</source>
        <translation>The primary and secondary server address (settings sip.primary and sip.secondary) must be set.</translation>
    </message>
    <message>
        <source>E.164 with +</source>
        <translation>E.164 with +</translation>
    </message>
    <message>
        <source>International with 00</source>
        <translation>International with 00</translation>
    </message>
    <message>
        <source>National with 0</source>
        <translation>National with 0</translation>
    </message>
    <message>
        <source>E.164 without +</source>
        <translation>E.164 without +</translation>
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
        <source>Primary account</source>
        <translation>Primary account</translation>
    </message>
    <message>
        <source>Secondary account</source>
        <translation>Secondary account</translation>
    </message>
    <message>
        <source>Phone account</source>
        <translation>Phone account</translation>
    </message>
    <message>
        <source>Trunk %1 on %2</source>
        <translation>Trunk %1 on %2</translation>
    </message>
    <message>
        <source>Phone account %1 on %2</source>
        <translation>Phone account %1 on %2</translation>
    </message>
    <message>
        <source>%1: %2 (username %3)</source>
        <translation>%1: %2 (username %3)</translation>
    </message>
    <message>
        <source>Enter these settings in the admin screens of %1. Field names are the ones %1 shows.</source>
        <translation>Enter these settings in the admin screens of %1. Field names are the ones %1 shows.</translation>
    </message>
    <message>
        <source>Numbers are sent and received as %1. Codecs: G.711 A-law, then µ-law; DTMF: RFC 2833/4733; transport: UDP.</source>
        <translation>Numbers are sent and received as %1. Codecs: G.711 A-law, then µ-law; DTMF: RFC 2833/4733; transport: UDP.</translation>
    </message>
    <message>
        <source>+31… (with +)</source>
        <translation>+31… (with +)</translation>
    </message>
    <message>
        <source>31… (without +)</source>
        <translation>31… (without +)</translation>
    </message>
    <message>
        <source>Passwords were not exported: fill in the password of each account where it says &lt;PASSWORD-OF-…&gt;.</source>
        <translation>Passwords were not exported: fill in the password of each account where it says &lt;PASSWORD-OF-…&gt;.</translation>
    </message>
    <message>
        <source>The %1 format is for phone accounts, not trunks.</source>
        <translation>The %1 format is for phone accounts, not trunks.</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Unknown export format "%1"; use one of: %2.</source>
        <translation>Unknown export format "%1"; use one of: %2.</translation>
    </message>
    <message>
        <source>The %1 format is for phone accounts, not trunks.</source>
        <translation>The %1 format is for phone accounts, not trunks.</translation>
    </message>
    <message>
        <source>The %1 format is for trunks, not phone accounts.</source>
        <translation>The %1 format is for trunks, not phone accounts.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Choose one trunk or one phone account to export.</source>
        <translation>Choose one trunk or one phone account to export.</translation>
    </message>
    <message>
        <source>Passwords were asked for, but no secret store is open.</source>
        <translation>Passwords were asked for, but no secret store is open.</translation>
    </message>
    <message>
        <source>Cannot read the password of account %1 from %2: %3</source>
        <translation>Cannot read the password of account %1 from %2: %3</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Choose a folder to export to.</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>Cannot create folder %1.</translation>
    </message>
    <message>
        <source>Refusing the file name "%1".</source>
        <translation>Refusing the file name "%1".</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it.</source>
        <translation>%1 is a symbolic link; refusing to write through it.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another folder or allow overwriting.</source>
        <translation>%1 exists already; choose another folder or allow overwriting.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>Cannot set the permissions of %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Secrets file %1 is not a regular file.</source>
        <translation>Secrets file %1 is not a regular file.</translation>
    </message>
    <message>
        <source>Secrets file %1 is readable by others; run chmod 600 on it first.</source>
        <translation>Secrets file %1 is readable by others; run chmod 600 on it first.</translation>
    </message>
    <message>
        <source>Cannot create secrets file %1: %2</source>
        <translation>Cannot create secrets file %1: %2</translation>
    </message>
    <message>
        <source>Cannot read secrets file %1: %2</source>
        <translation>Cannot read secrets file %1: %2</translation>
    </message>
    <message>
        <source>Secrets file %1 is damaged (not a JSON object).</source>
        <translation>Secrets file %1 is damaged (not a JSON object).</translation>
    </message>
    <message>
        <source>Cannot write secrets file %1: %2</source>
        <translation>Cannot write secrets file %1: %2</translation>
    </message>
    <message>
        <source>No password is stored in %1 for %2.</source>
        <translation>No password is stored in %1 for %2.</translation>
    </message>
    <message>
        <source>secrets file %1</source>
        <translation>secrets file %1</translation>
    </message>
</context>
<context>
    <name>FraudBlockRepository</name>
    <message>
        <source>"%1" is not blocked by the fraud detector.</source>
        <translation>"%1" is not blocked by the fraud detector.</translation>
    </message>
</context>
<context>
    <name>FraudDetector</name>
    <message>
        <source>Baseline weeks must lie between 4 and 8.</source>
        <translation>Baseline weeks must lie between 4 and 8.</translation>
    </message>
    <message>
        <source>The calls floor must be at least 1 call an hour.</source>
        <translation>The calls floor must be at least 1 call an hour.</translation>
    </message>
    <message>
        <source>The cost floor cannot be negative.</source>
        <translation>The cost floor cannot be negative.</translation>
    </message>
    <message>
        <source>The factor over the average must be greater than 1.</source>
        <translation>The factor over the average must be greater than 1.</translation>
    </message>
    <message>
        <source>The number of standard deviations must be greater than 0.</source>
        <translation>The number of standard deviations must be greater than 0.</translation>
    </message>
    <message>
        <source>Burst calls must be at least 2.</source>
        <translation>Burst calls must be at least 2.</translation>
    </message>
    <message>
        <source>The burst's short call length must lie between 1 and 600 seconds.</source>
        <translation>The burst's short call length must lie between 1 and 600 seconds.</translation>
    </message>
    <message>
        <source>The burst window must lie between 1 and 1440 minutes.</source>
        <translation>The burst window must lie between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <source>%1 calls in the last hour from an account with less than a week of history (limit %2)</source>
        <translation>%1 calls in the last hour from an account with less than a week of history (limit %2)</translation>
    </message>
    <message>
        <source>%1 calls in the last hour against a usual %2 (limit %3)</source>
        <translation>%1 calls in the last hour against a usual %2 (limit %3)</translation>
    </message>
    <message>
        <source>€%1 spent in the last hour by an account with less than a week of history (limit €%2)</source>
        <translation>€%1 spent in the last hour by an account with less than a week of history (limit €%2)</translation>
    </message>
    <message>
        <source>€%1 spent in the last hour against a usual €%2 (limit €%3)</source>
        <translation>€%1 spent in the last hour against a usual €%2 (limit €%3)</translation>
    </message>
    <message>
        <source>%1 calls shorter than %2 s ended in the last %3 minutes (limit %4)</source>
        <translation>%1 calls shorter than %2 s ended in the last %3 minutes (limit %4)</translation>
    </message>
</context>
<context>
    <name>FreePbxExport</name>
    <message>
        <source>%1: trunk %2.</source>
        <translation>%1: trunk %2.</translation>
    </message>
    <message>
        <source>Centrale refuses caller IDs that are not the trunk's.</source>
        <translation>Centrale refuses caller IDs that are not the trunk's.</translation>
    </message>
    <message>
        <source>In this order; untick the others.</source>
        <translation>In this order; untick the others.</translation>
    </message>
    <message>
        <source>Only for Elastix or FreePBX before version 14 (chan_sip); skip when you entered the pjsip trunk above.</source>
        <translation>Only for Elastix or FreePBX before version 14 (chan_sip); skip when you entered the pjsip trunk above.</translation>
    </message>
    <message>
        <source>Leave empty: Centrale does not register to the PBX.</source>
        <translation>Leave empty: Centrale does not register to the PBX.</translation>
    </message>
    <message>
        <source>Empty: the extension's or the trunk's caller ID is used.</source>
        <translation>Empty: the extension's or the trunk's caller ID is used.</translation>
    </message>
    <message>
        <source>Or import freepbx-dial-patterns.csv with "Import Dial Patterns" on the route.</source>
        <translation>Or import freepbx-dial-patterns.csv with "Import Dial Patterns" on the route.</translation>
    </message>
    <message>
        <source>One route per number; choose the destination.</source>
        <translation>One route per number; choose the destination.</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(your choice)</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Bulk import</translation>
    </message>
    <message>
        <source>FreePBX's Bulk Handler imports extensions and DIDs but not trunks, so the trunks are entered by hand. Only the dial patterns come as a CSV file.</source>
        <translation>FreePBX's Bulk Handler imports extensions and DIDs but not trunks, so the trunks are entered by hand. Only the dial patterns come as a CSV file.</translation>
    </message>
</context>
<context>
    <name>Greeting</name>
    <message>
        <source>Not a usable WAV file: %1 channels at %2 Hz.</source>
        <translation>Not a usable WAV file: %1 channels at %2 Hz.</translation>
    </message>
    <message>
        <source>%1 A greeting must be a WAV file in 16-bit PCM or G.711.</source>
        <translation>%1 A greeting must be a WAV file in 16-bit PCM or G.711.</translation>
    </message>
    <message>
        <source>The greeting is empty.</source>
        <translation>The greeting is empty.</translation>
    </message>
    <message>
        <source>The greeting lasts %1 s; at most %2 s is allowed.</source>
        <translation>The greeting lasts %1 s; at most %2 s is allowed.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>The %1 prompt %2 is missing from this build.</source>
        <translation>The %1 prompt %2 is missing from this build.</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>The IP address is empty.</source>
        <translation>The IP address is empty.</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 or IPv6 address.</source>
        <translation>"%1" is not an IPv4 or IPv6 address.</translation>
    </message>
    <message>
        <source>The prefix length /%1 is out of range (0-%2).</source>
        <translation>The prefix length /%1 is out of range (0-%2).</translation>
    </message>
    <message>
        <source>"%1" is not a valid subnet mask.</source>
        <translation>"%1" is not a valid subnet mask.</translation>
    </message>
    <message>
        <source>"%1" has host bits set; did you mean %2/%3?</source>
        <translation>"%1" has host bits set; did you mean %2/%3?</translation>
    </message>
</context>
<context>
    <name>JsonRpcClient</name>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1: no answer within %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: not a JSON-RPC answer</source>
        <translation>%1: not a JSON-RPC answer</translation>
    </message>
</context>
<context>
    <name>KamailioExport</name>
    <message>
        <source>Centrale export for %1: uacreg rows for Kamailio's uac module (5.6).</source>
        <translation>Centrale export for %1: uacreg rows for Kamailio's uac module (5.6).</translation>
    </message>
    <message>
        <source>Load into the database named by reg_db_url, then run: kamcmd uac.reg_reload</source>
        <translation>Load into the database named by reg_db_url, then run: kamcmd uac.reg_reload</translation>
    </message>
    <message>
        <source>Centrale export for %1: registrations through the uac module.</source>
        <translation>Centrale export for %1: registrations through the uac module.</translation>
    </message>
    <message>
        <source>include_file this after loadmodule "tm.so", "rr.so", "pv.so", "xlog.so" and your database module.</source>
        <translation>include_file this after loadmodule "tm.so", "rr.so", "pv.so", "xlog.so" and your database module.</translation>
    </message>
    <message>
        <source>Define DBURL and CENTRALE_CONTACT before it to override the defaults below.</source>
        <translation>Define DBURL and CENTRALE_CONTACT before it to override the defaults below.</translation>
    </message>
    <message>
        <source>With db_text, DBURL can be "text:///" followed by the export folder (it holds the uacreg and version tables).</source>
        <translation>With db_text, DBURL can be "text:///" followed by the export folder (it holds the uacreg and version tables).</translation>
    </message>
    <message>
        <source>Calls from Centrale reach the registered contact; route(CENTRALE_INBOUND) maps it back to the account.</source>
        <translation>Calls from Centrale reach the registered contact; route(CENTRALE_INBOUND) maps it back to the account.</translation>
    </message>
    <message>
        <source>Calls out through Centrale: on 401/407 set the three $avp(centrale_*) to the account's username, password and realm, then uac_auth().</source>
        <translation>Calls out through Centrale: on 401/407 set the three $avp(centrale_*) to the account's username, password and realm, then uac_auth().</translation>
    </message>
</context>
<context>
    <name>KamailioStore</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the cluster database %1 on %2:%3 as %4: %5</source>
        <translation>Cannot connect to the cluster database %1 on %2:%3 as %4: %5</translation>
    </message>
    <message>
        <source>Cluster database: %1</source>
        <translation>Cluster database: %1</translation>
    </message>
    <message>
        <source>Kamailio's schema file %1 is missing (package kamailio-postgres-modules?).</source>
        <translation>Kamailio's schema file %1 is missing (package kamailio-postgres-modules?).</translation>
    </message>
    <message>
        <source>Creating Kamailio's tables failed: %1</source>
        <translation>Creating Kamailio's tables failed: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>No password is stored in the keychain for %1.</translation>
    </message>
    <message>
        <source>The keychain refused access (is it locked?).</source>
        <translation>The keychain refused access (is it locked?).</translation>
    </message>
    <message>
        <source>No keychain is available on this system; use --secrets-file for a headless server.</source>
        <translation>No keychain is available on this system; use --secrets-file for a headless server.</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Keychain error: %1</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>the keychain</translation>
    </message>
    <message>
        <source>The keychain did not answer in time (is it locked or waiting for a prompt?).</source>
        <translation>The keychain did not answer in time (is it locked or waiting for a prompt?).</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>carrier %1</source>
        <translation>carrier %1</translation>
    </message>
    <message>
        <source>PBX/phone %1</source>
        <translation>PBX/phone %1</translation>
    </message>
    <message>
        <source>Centrale</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columns: %1</translation>
    </message>
    <message>
        <source>final answer</source>
        <translation>final answer</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>MacAddress</name>
    <message>
        <source>MAC address "%1" must be 12 hexadecimal digits, e.g. 00:15:65:AA:BB:CC.</source>
        <translation>MAC address "%1" must be 12 hexadecimal digits, e.g. 00:15:65:AA:BB:CC.</translation>
    </message>
    <message>
        <source>MAC address %1 is not a phone's address.</source>
        <translation>MAC address %1 is not a phone's address.</translation>
    </message>
</context>
<context>
    <name>MediaAvailability</name>
    <message>
        <source>the media relay is set to "never" (setting media.relay)</source>
        <translation>the media relay is set to "never" (setting media.relay)</translation>
    </message>
    <message>
        <source>media.rtpengine names an external rtpengine (%1) and media.recording_spool is not set: set it to that rtpengine's recording-dir (with recording-method = pcap) as this machine sees it, a folder both machines share at the same path, which Centrale can read and write</source>
        <translation>media.rtpengine names an external rtpengine (%1) and media.recording_spool is not set: set it to that rtpengine's recording-dir (with recording-method = pcap) as this machine sees it, a folder both machines share at the same path, which Centrale can read and write</translation>
    </message>
    <message>
        <source>rtpengine is not installed (Debian package rtpengine-daemon)</source>
        <translation>rtpengine is not installed (Debian package rtpengine-daemon)</translation>
    </message>
</context>
<context>
    <name>MediaRelay</name>
    <message>
        <source>no media relay</source>
        <translation>no media relay</translation>
    </message>
    <message>
        <source>the media relay answered without SDP</source>
        <translation>the media relay answered without SDP</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>1 Survey</source>
        <translation>1 Survey</translation>
    </message>
    <message>
        <source>2 Order</source>
        <translation>2 Order</translation>
    </message>
    <message>
        <source>3 Implementation</source>
        <translation>3 Implementation</translation>
    </message>
    <message>
        <source>4 Maintenance</source>
        <translation>4 Maintenance</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer and provider</source>
        <translation>Customer and provider</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>customer: the customer's name is required.</source>
        <translation>customer: the customer's name is required.</translation>
    </message>
    <message>
        <source>customer: at most 100 characters.</source>
        <translation>customer: at most 100 characters.</translation>
    </message>
    <message>
        <source>language: must be nl or en, not "%1".</source>
        <translation>language: must be nl or en, not "%1".</translation>
    </message>
    <message>
        <source>status: must be active, done or cancelled, not "%1".</source>
        <translation>status: must be active, done or cancelled, not "%1".</translation>
    </message>
    <message>
        <source>phase: must be 1 to 4, not %1.</source>
        <translation>phase: must be 1 to 4, not %1.</translation>
    </message>
    <message>
        <source>title: a task needs a title.</source>
        <translation>title: a task needs a title.</translation>
    </message>
    <message>
        <source>owner: must be customer, provider or both, not "%1".</source>
        <translation>owner: must be customer, provider or both, not "%1".</translation>
    </message>
    <message>
        <source>provider: the current provider's name is required.</source>
        <translation>provider: the current provider's name is required.</translation>
    </message>
    <message>
        <source>end-date: the contract's end date is required (YYYY-MM-DD).</source>
        <translation>end-date: the contract's end date is required (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>notice-days: must be 0 to 730 days, not %1.</source>
        <translation>notice-days: must be 0 to 730 days, not %1.</translation>
    </message>
    <message>
        <source>The standard task list is missing from this build.</source>
        <translation>The standard task list is missing from this build.</translation>
    </message>
    <message>
        <source>customer: a migration project for "%1" already exists.</source>
        <translation>customer: a migration project for "%1" already exists.</translation>
    </message>
    <message>
        <source>There is no migration project %1.</source>
        <translation>There is no migration project %1.</translation>
    </message>
    <message>
        <source>customer: there is no migration project for "%1".</source>
        <translation>customer: there is no migration project for "%1".</translation>
    </message>
    <message>
        <source>task: there is no task %1.</source>
        <translation>task: there is no task %1.</translation>
    </message>
    <message>
        <source>contract: there is no contract %1.</source>
        <translation>contract: there is no contract %1.</translation>
    </message>
    <message>
        <source>number: give at least one number.</source>
        <translation>number: give at least one number.</translation>
    </message>
    <message>
        <source>wish-date: a test number is not ported and has no wish date.</source>
        <translation>wish-date: a test number is not ported and has no wish date.</translation>
    </message>
    <message>
        <source>number: +%1 is already in the migration project of %2.</source>
        <translation>number: +%1 is already in the migration project of %2.</translation>
    </message>
    <message>
        <source>number: +%1 is not in this migration project.</source>
        <translation>number: +%1 is not in this migration project.</translation>
    </message>
    <message>
        <source>number: +%1 is a test number; it is not ported and has no porting dates.</source>
        <translation>number: +%1 is a test number; it is not ported and has no porting dates.</translation>
    </message>
</context>
<context>
    <name>MigrationLetter</name>
    <message>
        <source>contract: %1 has no current contract yet; add the provider's contract first.</source>
        <translation>contract: %1 has no current contract yet; add the provider's contract first.</translation>
    </message>
    <message>
        <source>provider: %1 has several contracts; name the provider the letter is for (%2).</source>
        <translation>provider: %1 has several contracts; name the provider the letter is for (%2).</translation>
    </message>
    <message>
        <source>provider: %1 has no contract with "%2".</source>
        <translation>provider: %1 has no contract with "%2".</translation>
    </message>
    <message>
        <source>number: %1 has no numbers to port yet.</source>
        <translation>number: %1 has no numbers to port yet.</translation>
    </message>
    <message>
        <source>Letters need a QGuiApplication to lay out text.</source>
        <translation>Letters need a QGuiApplication to lay out text.</translation>
    </message>
    <message>
        <source>The letter template is missing from this build.</source>
        <translation>The letter template is missing from this build.</translation>
    </message>
    <message>
        <source>out: cannot write %1: %2</source>
        <translation>out: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cancellation and number porting: %1</source>
        <translation>Cancellation and number porting: %1</translation>
    </message>
</context>
<context>
    <name>NatCheck</name>
    <message>
        <source>The request came from %1, but its Via says it was sent from %2.</source>
        <translation>The request came from %1, but its Via says it was sent from %2.</translation>
    </message>
    <message>
        <source>It came from port %1, but its Via names port %2: a NAT changed the port.</source>
        <translation>It came from port %1, but its Via names port %2: a NAT changed the port.</translation>
    </message>
    <message>
        <source>The Via holds the private address %1.</source>
        <translation>The Via holds the private address %1.</translation>
    </message>
    <message>
        <source>The Contact holds the private address %1: calls to it only arrive because the engine answers to the source address.</source>
        <translation>The Contact holds the private address %1: calls to it only arrive because the engine answers to the source address.</translation>
    </message>
    <message>
        <source>The SDP offers media on the private address %1.</source>
        <translation>The SDP offers media on the private address %1.</translation>
    </message>
    <message>
        <source>The request carries %1 Via headers; a phone or PBX sends one, so something on the way added one.</source>
        <translation>The request carries %1 Via headers; a phone or PBX sends one, so something on the way added one.</translation>
    </message>
    <message>
        <source>The Contact was rewritten to the public address %1 while the Via still says %2.</source>
        <translation>The Contact was rewritten to the public address %1 while the Via still says %2.</translation>
    </message>
    <message>
        <source>The Contact port was rewritten to %1 while the Via still says %2.</source>
        <translation>The Contact port was rewritten to %1 while the Via still says %2.</translation>
    </message>
    <message>
        <source>The SDP o= line says %1 but c= says %2: a UA writes one address in both, so one was rewritten.</source>
        <translation>The SDP o= line says %1 but c= says %2: a UA writes one address in both, so one was rewritten.</translation>
    </message>
    <message>
        <source>The SDP was rewritten to the public address %1 while the Via still says %2.</source>
        <translation>The SDP was rewritten to the public address %1 while the Via still says %2.</translation>
    </message>
    <message>
        <source>Max-Forwards arrived as %1 without an extra Via: a hidden SIP helper passed it on.</source>
        <translation>Max-Forwards arrived as %1 without an extra Via: a hidden SIP helper passed it on.</translation>
    </message>
</context>
<context>
    <name>NgClient</name>
    <message>
        <source>The rtpengine control address "%1" must be IP:PORT, for example 127.0.0.1:2223.</source>
        <translation>The rtpengine control address "%1" must be IP:PORT, for example 127.0.0.1:2223.</translation>
    </message>
    <message>
        <source>Cannot open the rtpengine control socket to %1: %2.</source>
        <translation>Cannot open the rtpengine control socket to %1: %2.</translation>
    </message>
    <message>
        <source>rtpengine command "%1" was abandoned: the media control was shut down.</source>
        <translation>rtpengine command "%1" was abandoned: the media control was shut down.</translation>
    </message>
    <message>
        <source>rtpengine sent an unreadable answer to "%1": %2</source>
        <translation>rtpengine sent an unreadable answer to "%1": %2</translation>
    </message>
    <message>
        <source>not a dictionary</source>
        <translation>not a dictionary</translation>
    </message>
    <message>
        <source>rtpengine refused "%1": %2</source>
        <translation>rtpengine refused "%1": %2</translation>
    </message>
    <message>
        <source>rtpengine at %1 did not answer "%2" (is it running?).</source>
        <translation>rtpengine at %1 did not answer "%2" (is it running?).</translation>
    </message>
</context>
<context>
    <name>NumberLinks</name>
    <message>
        <source>nothing (free)</source>
        <translation>nothing (free)</translation>
    </message>
    <message>
        <source>call plan "%1"</source>
        <translation>call plan "%1"</translation>
    </message>
    <message>
        <source>trunk "%1"</source>
        <translation>trunk "%1"</translation>
    </message>
    <message>
        <source>phone account +%1</source>
        <translation>phone account +%1</translation>
    </message>
    <message>
        <source>Number +%1 does not exist; add it first.</source>
        <translation>Number +%1 does not exist; add it first.</translation>
    </message>
    <message>
        <source> Unlink it from the call plan first.</source>
        <translation> Unlink it from the call plan first.</translation>
    </message>
    <message>
        <source> Unlink it there first.</source>
        <translation> Unlink it there first.</translation>
    </message>
    <message>
        <source>Number +%1 is already linked to %2.</source>
        <translation>Number +%1 is already linked to %2.</translation>
    </message>
</context>
<context>
    <name>NumberRepository</name>
    <message>
        <source>Number +%1 already exists.</source>
        <translation>Number +%1 already exists.</translation>
    </message>
    <message>
        <source>Number +%1 is linked to %2; unlink it before removing it.</source>
        <translation>Number +%1 is linked to %2; unlink it before removing it.</translation>
    </message>
</context>
<context>
    <name>NumberRules</name>
    <message>
        <source>"%1" is too short to be a phone number</source>
        <translation>"%1" is too short to be a phone number</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number</source>
        <translation>"%1" is not a valid phone number</translation>
    </message>
    <message>
        <source>caller ID "%1" is not one of trunk %2's caller-ID numbers</source>
        <translation>caller ID "%1" is not one of trunk %2's caller-ID numbers</translation>
    </message>
    <message>
        <source>caller ID "%1" is not the phone account's own number</source>
        <translation>caller ID "%1" is not the phone account's own number</translation>
    </message>
</context>
<context>
    <name>PcapRtp</name>
    <message>
        <source>Not a readable pcap file: %1.</source>
        <translation>Not a readable pcap file: %1.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>unknown magic number (pcapng is not supported)</source>
        <translation>unknown magic number (pcapng is not supported)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneAccount</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>A phone account registers with its full number as username.</source>
        <translation>A phone account registers with its full number as username.</translation>
    </message>
    <message>
        <source>Simultaneous calls must be between 1 and %1.</source>
        <translation>Simultaneous calls must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The MAC address must be stored as 12 lower-case hexadecimal digits.</source>
        <translation>The MAC address must be stored as 12 lower-case hexadecimal digits.</translation>
    </message>
    <message>
        <source>A phone with a MAC address needs a model, so Centrale knows which files it fetches.</source>
        <translation>A phone with a MAC address needs a model, so Centrale knows which files it fetches.</translation>
    </message>
    <message>
        <source>Phone model "%1" is not supported; choose one of: %2.</source>
        <translation>Phone model "%1" is not supported; choose one of: %2.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
</context>
<context>
    <name>PhoneAccountRepository</name>
    <message>
        <source>The phone account has no password.</source>
        <translation>The phone account has no password.</translation>
    </message>
    <message>
        <source>Number +%1 is already linked to %2; unlink it there first.</source>
        <translation>Number +%1 is already linked to %2; unlink it there first.</translation>
    </message>
    <message>
        <source>The phone account no longer exists.</source>
        <translation>The phone account no longer exists.</translation>
    </message>
    <message>
        <source>There is no phone account for +%1.</source>
        <translation>There is no phone account for +%1.</translation>
    </message>
    <message>
        <source>MAC address %1 already belongs to phone account +%2.</source>
        <translation>MAC address %1 already belongs to phone account +%2.</translation>
    </message>
    <message>
        <source>No phone account has MAC address %1.</source>
        <translation>No phone account has MAC address %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The number is empty.</source>
        <translation>The number is empty.</translation>
    </message>
    <message>
        <source>"%1…" is too long for a phone number.</source>
        <translation>"%1…" is too long for a phone number.</translation>
    </message>
    <message>
        <source>"%1" is not a phone number: only digits, spaces and a leading + are allowed.</source>
        <translation>"%1" is not a phone number: only digits, spaces and a leading + are allowed.</translation>
    </message>
    <message>
        <source>"%1" is not a phone number: + may only stand at the start.</source>
        <translation>"%1" is not a phone number: + may only stand at the start.</translation>
    </message>
    <message>
        <source>"%1" is not a phone number that can be recognised.</source>
        <translation>"%1" is not a phone number that can be recognised.</translation>
    </message>
    <message>
        <source>"%1" is not a valid number: wrong length or unknown range for its country.</source>
        <translation>"%1" is not a valid number: wrong length or unknown range for its country.</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Cannot read the key %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC) without a passphrase.</source>
        <translation>%1 holds no PEM private key (RSA or EC) without a passphrase.</translation>
    </message>
    <message>
        <source>This Qt has no TLS support, so HTTPS provisioning is not available.</source>
        <translation>This Qt has no TLS support, so HTTPS provisioning is not available.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The HTTPS provisioning server cannot listen on %1:%2: %3</source>
        <translation>The HTTPS provisioning server cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>%1 is not a file of this phone.</source>
        <translation>%1 is not a file of this phone.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Could not make a self-signed certificate with openssl (is it installed?): %1</source>
        <translation>Could not make a self-signed certificate with openssl (is it installed?): %1</translation>
    </message>
</context>
<context>
    <name>ProvisioningService</name>
    <message>
        <source>No secret store is open, so the password of +%1 is not available.</source>
        <translation>No secret store is open, so the password of +%1 is not available.</translation>
    </message>
    <message>
        <source>The password of +%1 is not available from %2: %3</source>
        <translation>The password of +%1 is not available from %2: %3</translation>
    </message>
    <message>
        <source>Phone account +%1 has no phone model.</source>
        <translation>Phone account +%1 has no phone model.</translation>
    </message>
</context>
<context>
    <name>RateRepository</name>
    <message>
        <source>Cannot clear the rate table: %1</source>
        <translation>Cannot clear the rate table: %1</translation>
    </message>
    <message>
        <source>Rate %1 was refused: %2</source>
        <translation>Rate %1 was refused: %2</translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>the file is empty; expected the header %1</translation>
    </message>
    <message>
        <source>line %1: unknown column "%2"; the header is %3</source>
        <translation>line %1: unknown column "%2"; the header is %3</translation>
    </message>
    <message>
        <source>line %1: the header has no column %2; the header is %3</source>
        <translation>line %1: the header has no column %2; the header is %3</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>line %1: %2 fields, the header has %3</translation>
    </message>
    <message>
        <source>line %1: prefix "%2" must be 1 to %3 digits (a leading + is allowed)</source>
        <translation>line %1: prefix "%2" must be 1 to %3 digits (a leading + is allowed)</translation>
    </message>
    <message>
        <source>line %1: prefix %2 is already on line %3</source>
        <translation>line %1: prefix %2 is already on line %3</translation>
    </message>
    <message>
        <source>line %1: %2 is empty</source>
        <translation>line %1: %2 is empty</translation>
    </message>
    <message>
        <source>line %1: %2 "%3" is negative</source>
        <translation>line %1: %2 "%3" is negative</translation>
    </message>
    <message>
        <source>line %1: %2 "%3" must use a dot as decimal separator</source>
        <translation>line %1: %2 "%3" must use a dot as decimal separator</translation>
    </message>
    <message>
        <source>line %1: %2 "%3" is not a number (euro with at most 6 decimals, e.g. 0.0125)</source>
        <translation>line %1: %2 "%3" is not a number (euro with at most 6 decimals, e.g. 0.0125)</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Retention must be off, 30, 90 or 365 (days), not "%1".</source>
        <translation>Retention must be off, 30, 90 or 365 (days), not "%1".</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>Call ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Callee</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the recordings folder %1.</source>
        <translation>Cannot create the recordings folder %1.</translation>
    </message>
    <message>
        <source>No trunk named "%1".</source>
        <translation>No trunk named "%1".</translation>
    </message>
    <message>
        <source>No phone account +%1.</source>
        <translation>No phone account +%1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>SecretsCipher</name>
    <message>
        <source>The system's random source failed; the secrets were not encrypted.</source>
        <translation>The system's random source failed; the secrets were not encrypted.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (out of memory?).</source>
        <translation>Deriving the key from the passphrase failed (out of memory?).</translation>
    </message>
    <message>
        <source>Encrypting the secrets failed.</source>
        <translation>Encrypting the secrets failed.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the secrets in the backup were altered; nothing was changed.</source>
        <translation>Wrong passphrase, or the secrets in the backup were altered; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup's key derivation parameters are not supported; nothing was changed.</source>
        <translation>The backup's key derivation parameters are not supported; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Limit amounts cannot be negative.</source>
        <translation>Limit amounts cannot be negative.</translation>
    </message>
    <message>
        <source>The amount per hour may not exceed the amount per day, nor the day the week.</source>
        <translation>The amount per hour may not exceed the amount per day, nor the day the week.</translation>
    </message>
    <message>
        <source>Call limits cannot be negative.</source>
        <translation>Call limits cannot be negative.</translation>
    </message>
    <message>
        <source>The calls per hour may not exceed the calls per day, nor the day the week.</source>
        <translation>The calls per hour may not exceed the calls per day, nor the day the week.</translation>
    </message>
    <message>
        <source>The warning levels must rise and lie between 1 and 100 percent.</source>
        <translation>The warning levels must rise and lie between 1 and 100 percent.</translation>
    </message>
    <message>
        <source>"%1" is not a known country code.</source>
        <translation>"%1" is not a known country code.</translation>
    </message>
    <message>
        <source>Country %1 has no number types allowed; remove it instead.</source>
        <translation>Country %1 has no number types allowed; remove it instead.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>"%1" is not a number type.</source>
        <translation>"%1" is not a number type.</translation>
    </message>
    <message>
        <source>Calls per second must lie between 0 (no cap) and 1000.</source>
        <translation>Calls per second must lie between 0 (no cap) and 1000.</translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>must be 1-63 letters, digits, '.' or '-'</source>
        <translation>must be 1-63 letters, digits, '.' or '-'</translation>
    </message>
    <message>
        <source>must be system, nl or en</source>
        <translation>must be system, nl or en</translation>
    </message>
    <message>
        <source>Primary SIP server address (UDP)</source>
        <translation>Primary SIP server address (UDP)</translation>
    </message>
    <message>
        <source>Secondary SIP server address (UDP)</source>
        <translation>Secondary SIP server address (UDP)</translation>
    </message>
    <message>
        <source>Digest authentication realm</source>
        <translation>Digest authentication realm</translation>
    </message>
    <message>
        <source>Registration expiry when the phone asks none (s)</source>
        <translation>Registration expiry when the phone asks none (s)</translation>
    </message>
    <message>
        <source>Shortest registration accepted (s)</source>
        <translation>Shortest registration accepted (s)</translation>
    </message>
    <message>
        <source>Longest registration granted (s)</source>
        <translation>Longest registration granted (s)</translation>
    </message>
    <message>
        <source>Failed logins from one address before it is blocked</source>
        <translation>Failed logins from one address before it is blocked</translation>
    </message>
    <message>
        <source>Window in which failed logins are counted (s)</source>
        <translation>Window in which failed logins are counted (s)</translation>
    </message>
    <message>
        <source>How long a blocked address stays blocked (s)</source>
        <translation>How long a blocked address stays blocked (s)</translation>
    </message>
    <message>
        <source>Console language: system, nl or en</source>
        <translation>Console language: system, nl or en</translation>
    </message>
    <message>
        <source>Upstream carrier SIP address (HOST:PORT)</source>
        <translation>Upstream carrier SIP address (HOST:PORT)</translation>
    </message>
    <message>
        <source>Upstream carrier registration username</source>
        <translation>Upstream carrier registration username</translation>
    </message>
    <message>
        <source>SMTP server for alerts (HOST:PORT)</source>
        <translation>SMTP server for alerts (HOST:PORT)</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>SMTP username</translation>
    </message>
    <message>
        <source>Sender address of alert mail</source>
        <translation>Sender address of alert mail</translation>
    </message>
    <message>
        <source>Recipient of limit and registration alerts</source>
        <translation>Recipient of limit and registration alerts</translation>
    </message>
    <message>
        <source>Unknown setting "%1".</source>
        <translation>Unknown setting "%1".</translation>
    </message>
    <message>
        <source>Setting %1 %2.</source>
        <translation>Setting %1 %2.</translation>
    </message>
    <message>
        <source>Seconds a digest nonce stays fresh</source>
        <translation>Seconds a digest nonce stays fresh</translation>
    </message>
    <message>
        <source>Seconds between OPTIONS checks of registered contacts (0 = off)</source>
        <translation>Seconds between OPTIONS checks of registered contacts (0 = off)</translation>
    </message>
    <message>
        <source>Requests per second one address may send before the excess is dropped (0 = off)</source>
        <translation>Requests per second one address may send before the excess is dropped (0 = off)</translation>
    </message>
    <message>
        <source>Seconds a trunk's primary account may ring before the secondary is tried</source>
        <translation>Seconds a trunk's primary account may ring before the secondary is tried</translation>
    </message>
    <message>
        <source>Longest call allowed before the engine ends it (s)</source>
        <translation>Longest call allowed before the engine ends it (s)</translation>
    </message>
    <message>
        <source>Registration expiry the engine asks of the carrier (s)</source>
        <translation>Registration expiry the engine asks of the carrier (s)</translation>
    </message>
    <message>
        <source>must be an IPv6 address in brackets with a port, e.g. [2001:db8::10]:5060</source>
        <translation>must be an IPv6 address in brackets with a port, e.g. [2001:db8::10]:5060</translation>
    </message>
    <message>
        <source>must be 1 (on) or 0 (off)</source>
        <translation>must be 1 (on) or 0 (off)</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 (a dot for decimals)</source>
        <translation>must be a number from %1 to %2 (a dot for decimals)</translation>
    </message>
    <message>
        <source>must be a number above 1 and at most 100 (a dot for decimals)</source>
        <translation>must be a number above 1 and at most 100 (a dot for decimals)</translation>
    </message>
    <message>
        <source>Primary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)</source>
        <translation>Primary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)</translation>
    </message>
    <message>
        <source>Secondary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)</source>
        <translation>Secondary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)</translation>
    </message>
    <message>
        <source>Fraud detector blocks accounts far above their own average or making bursts of short calls (1 = on)</source>
        <translation>Fraud detector blocks accounts far above their own average or making bursts of short calls (1 = on)</translation>
    </message>
    <message>
        <source>Weeks of call history in an account's average</source>
        <translation>Weeks of call history in an account's average</translation>
    </message>
    <message>
        <source>Calls in an hour that never count as fraud</source>
        <translation>Calls in an hour that never count as fraud</translation>
    </message>
    <message>
        <source>Spend in an hour that never counts as fraud (euro cents)</source>
        <translation>Spend in an hour that never counts as fraud (euro cents)</translation>
    </message>
    <message>
        <source>Fraud when an hour exceeds the account's average for that hour times this</source>
        <translation>Fraud when an hour exceeds the account's average for that hour times this</translation>
    </message>
    <message>
        <source>Fraud when an hour exceeds the average plus this many standard deviations</source>
        <translation>Fraud when an hour exceeds the average plus this many standard deviations</translation>
    </message>
    <message>
        <source>Short calls within the burst window that block an account</source>
        <translation>Short calls within the burst window that block an account</translation>
    </message>
    <message>
        <source>A call shorter than this counts as short (s)</source>
        <translation>A call shorter than this counts as short (s)</translation>
    </message>
    <message>
        <source>Burst window for short calls (minutes)</source>
        <translation>Burst window for short calls (minutes)</translation>
    </message>
    <message>
        <source>must be auto, always or never</source>
        <translation>must be auto, always or never</translation>
    </message>
    <message>
        <source>must be an IP address (or empty)</source>
        <translation>must be an IP address (or empty)</translation>
    </message>
    <message>
        <source>must be a port range FROM-TO within 1024-65535, at least 10 ports, e.g. 50000-50999</source>
        <translation>must be a port range FROM-TO within 1024-65535, at least 10 ports, e.g. 50000-50999</translation>
    </message>
    <message>
        <source>must be an IP address with a port, e.g. 0.0.0.0:6969 (empty: off)</source>
        <translation>must be an IP address with a port, e.g. 0.0.0.0:6969 (empty: off)</translation>
    </message>
    <message>
        <source>must be a host name or IP address</source>
        <translation>must be a host name or IP address</translation>
    </message>
    <message>
        <source>must be nl or en</source>
        <translation>must be nl or en</translation>
    </message>
    <message>
        <source>Media through the relay: auto (behind NAT), always or never</source>
        <translation>Media through the relay: auto (behind NAT), always or never</translation>
    </message>
    <message>
        <source>An rtpengine of your own (its ng control HOST:PORT); empty: Centrale runs its own</source>
        <translation>An rtpengine of your own (its ng control HOST:PORT); empty: Centrale runs its own</translation>
    </message>
    <message>
        <source>Control address of Centrale's own rtpengine (takes effect at the next start)</source>
        <translation>Control address of Centrale's own rtpengine (takes effect at the next start)</translation>
    </message>
    <message>
        <source>Address the relay sends and receives media on (empty: the primary SIP address; next start)</source>
        <translation>Address the relay sends and receives media on (empty: the primary SIP address; next start)</translation>
    </message>
    <message>
        <source>UDP ports of the media relay (next start)</source>
        <translation>UDP ports of the media relay (next start)</translation>
    </message>
    <message>
        <source>Keep a SIP trace of recent calls and registrations (1 = on; takes effect at the next start)</source>
        <translation>Keep a SIP trace of recent calls and registrations (1 = on; takes effect at the next start)</translation>
    </message>
    <message>
        <source>Calls and registrations the SIP trace keeps</source>
        <translation>Calls and registrations the SIP trace keeps</translation>
    </message>
    <message>
        <source>Largest size of the SIP trace (MiB)</source>
        <translation>Largest size of the SIP trace (MiB)</translation>
    </message>
    <message>
        <source>Hours the SIP trace keeps a message</source>
        <translation>Hours the SIP trace keeps a message</translation>
    </message>
    <message>
        <source>HEP3 collector (Homer, heplify, sngrep -L) that gets every SIP message live (HOST:PORT, an IP address; empty = off)</source>
        <translation>HEP3 collector (Homer, heplify, sngrep -L) that gets every SIP message live (HOST:PORT, an IP address; empty = off)</translation>
    </message>
    <message>
        <source>Capture ID in the HEP3 packets</source>
        <translation>Capture ID in the HEP3 packets</translation>
    </message>
    <message>
        <source>TFTP provisioning server address, e.g. 0.0.0.0:69 (empty: off; takes effect at the next start)</source>
        <translation>TFTP provisioning server address, e.g. 0.0.0.0:69 (empty: off; takes effect at the next start)</translation>
    </message>
    <message>
        <source>HTTPS provisioning server address, e.g. 0.0.0.0:8443 (empty: off; takes effect at the next start)</source>
        <translation>HTTPS provisioning server address, e.g. 0.0.0.0:8443 (empty: off; takes effect at the next start)</translation>
    </message>
    <message>
        <source>Addresses allowed to fetch any phone's configuration besides each phone account's own IP whitelist (comma-separated)</source>
        <translation>Addresses allowed to fetch any phone's configuration besides each phone account's own IP whitelist (comma-separated)</translation>
    </message>
    <message>
        <source>SIP server host name written into phone configurations (empty: the primary and secondary addresses)</source>
        <translation>SIP server host name written into phone configurations (empty: the primary and secondary addresses)</translation>
    </message>
    <message>
        <source>Time server written into phone configurations</source>
        <translation>Time server written into phone configurations</translation>
    </message>
    <message>
        <source>Language of provisioned phones: nl or en</source>
        <translation>Language of provisioned phones: nl or en</translation>
    </message>
    <message>
        <source>Certificate file (PEM) of the HTTPS provisioning server (empty: a self-signed one in the data folder)</source>
        <translation>Certificate file (PEM) of the HTTPS provisioning server (empty: a self-signed one in the data folder)</translation>
    </message>
    <message>
        <source>Private key file (PEM) of the HTTPS provisioning server</source>
        <translation>Private key file (PEM) of the HTTPS provisioning server</translation>
    </message>
    <message>
        <source>must be bundled or cluster</source>
        <translation>must be bundled or cluster</translation>
    </message>
    <message>
        <source>must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio</source>
        <translation>must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio</translation>
    </message>
    <message>
        <source>must not contain a password (use: centralectl cluster password --password-stdin)</source>
        <translation>must not contain a password (use: centralectl cluster password --password-stdin)</translation>
    </message>
    <message>
        <source>must be comma-separated JSON-RPC URLs like http://10.0.0.2:5071/RPC</source>
        <translation>must be comma-separated JSON-RPC URLs like http://10.0.0.2:5071/RPC</translation>
    </message>
    <message>
        <source>must be off, 30, 90 or 365</source>
        <translation>must be off, 30, 90 or 365</translation>
    </message>
    <message>
        <source>Longest voicemail message; the engine hangs up after it (s)</source>
        <translation>Longest voicemail message; the engine hangs up after it (s)</translation>
    </message>
    <message>
        <source>Language of the default voicemail greeting: nl or en</source>
        <translation>Language of the default voicemail greeting: nl or en</translation>
    </message>
    <message>
        <source>Which engine carries the calls: bundled (this machine) or cluster (Kamailio nodes Centrale provisions)</source>
        <translation>Which engine carries the calls: bundled (this machine) or cluster (Kamailio nodes Centrale provisions)</translation>
    </message>
    <message>
        <source>The Kamailio cluster's PostgreSQL database, postgresql://USER@HOST:PORT/DATABASE (the password goes in the keychain)</source>
        <translation>The Kamailio cluster's PostgreSQL database, postgresql://USER@HOST:PORT/DATABASE (the password goes in the keychain)</translation>
    </message>
    <message>
        <source>JSON-RPC URLs of the cluster's Kamailio nodes, comma-separated</source>
        <translation>JSON-RPC URLs of the cluster's Kamailio nodes, comma-separated</translation>
    </message>
    <message>
        <source>Call recording for trunks and phone accounts without their own setting: off, or days kept (30, 90 or 365)</source>
        <translation>Call recording for trunks and phone accounts without their own setting: off, or days kept (30, 90 or 365)</translation>
    </message>
    <message>
        <source>Announce "this call may be recorded" before a recorded call is connected (1 = on)</source>
        <translation>Announce "this call may be recorded" before a recorded call is connected (1 = on)</translation>
    </message>
    <message>
        <source>Besides the mixed recording, keep one WAV file per direction (1 = on)</source>
        <translation>Besides the mixed recording, keep one WAV file per direction (1 = on)</translation>
    </message>
    <message>
        <source>must be an absolute folder path</source>
        <translation>must be an absolute folder path</translation>
    </message>
    <message>
        <source>must be an IP address with a port, e.g. 10.0.0.4:5060 (empty: off)</source>
        <translation>must be an IP address with a port, e.g. 10.0.0.4:5060 (empty: off)</translation>
    </message>
    <message>
        <source>With an external rtpengine: its recording-dir as this machine sees it (shared or mounted at the same path); recording and voicemail read its pcaps there and the prompts it plays are copied there (next start)</source>
        <translation>With an external rtpengine: its recording-dir as this machine sees it (shared or mounted at the same path); recording and voicemail read its pcaps there and the prompts it plays are copied there (next start)</translation>
    </message>
    <message>
        <source>Call plans and voicemail in cluster mode: SIP address (IP:PORT) of Centrale's engine as application server, to which the nodes hand call-plan numbers (empty: off)</source>
        <translation>Call plans and voicemail in cluster mode: SIP address (IP:PORT) of Centrale's engine as application server, to which the nodes hand call-plan numbers (empty: off)</translation>
    </message>
    <message>
        <source>SIP address (HOST:PORT) of the cluster node the application server sends its calls through</source>
        <translation>SIP address (HOST:PORT) of the cluster node the application server sends its calls through</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Primary address</source>
        <translation>Primary address</translation>
    </message>
    <message>
        <source>Secondary address</source>
        <translation>Secondary address</translation>
    </message>
    <message>
        <source>Primary IPv6 address</source>
        <translation>Primary IPv6 address</translation>
    </message>
    <message>
        <source>Secondary IPv6 address</source>
        <translation>Secondary IPv6 address</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Default registration expiry</source>
        <translation>Default registration expiry</translation>
    </message>
    <message>
        <source>Shortest registration</source>
        <translation>Shortest registration</translation>
    </message>
    <message>
        <source>Longest registration</source>
        <translation>Longest registration</translation>
    </message>
    <message>
        <source>Nonce lifetime</source>
        <translation>Nonce lifetime</translation>
    </message>
    <message>
        <source>Qualify interval</source>
        <translation>Qualify interval</translation>
    </message>
    <message>
        <source>No-answer timeout</source>
        <translation>No-answer timeout</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Longest call</translation>
    </message>
    <message>
        <source>Flood limit</source>
        <translation>Flood limit</translation>
    </message>
    <message>
        <source>Failed logins before blocking</source>
        <translation>Failed logins before blocking</translation>
    </message>
    <message>
        <source>Failed-login window</source>
        <translation>Failed-login window</translation>
    </message>
    <message>
        <source>Block duration</source>
        <translation>Block duration</translation>
    </message>
    <message>
        <source>Fraud detection</source>
        <translation>Fraud detection</translation>
    </message>
    <message>
        <source>Weeks of history</source>
        <translation>Weeks of history</translation>
    </message>
    <message>
        <source>Calls per hour never fraud</source>
        <translation>Calls per hour never fraud</translation>
    </message>
    <message>
        <source>Spend per hour never fraud</source>
        <translation>Spend per hour never fraud</translation>
    </message>
    <message>
        <source>Fraud factor</source>
        <translation>Fraud factor</translation>
    </message>
    <message>
        <source>Fraud standard deviations</source>
        <translation>Fraud standard deviations</translation>
    </message>
    <message>
        <source>Short calls in a burst</source>
        <translation>Short calls in a burst</translation>
    </message>
    <message>
        <source>Short call length</source>
        <translation>Short call length</translation>
    </message>
    <message>
        <source>Burst window</source>
        <translation>Burst window</translation>
    </message>
    <message>
        <source>Carrier address</source>
        <translation>Carrier address</translation>
    </message>
    <message>
        <source>Carrier username</source>
        <translation>Carrier username</translation>
    </message>
    <message>
        <source>Registration expiry</source>
        <translation>Registration expiry</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>SMTP username</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Alert recipient</source>
        <translation>Alert recipient</translation>
    </message>
    <message>
        <source>TFTP server</source>
        <translation>TFTP server</translation>
    </message>
    <message>
        <source>HTTPS server</source>
        <translation>HTTPS server</translation>
    </message>
    <message>
        <source>Provisioning whitelist</source>
        <translation>Provisioning whitelist</translation>
    </message>
    <message>
        <source>SIP server name for phones</source>
        <translation>SIP server name for phones</translation>
    </message>
    <message>
        <source>Time server</source>
        <translation>Time server</translation>
    </message>
    <message>
        <source>Phone language</source>
        <translation>Phone language</translation>
    </message>
    <message>
        <source>HTTPS certificate file</source>
        <translation>HTTPS certificate file</translation>
    </message>
    <message>
        <source>HTTPS key file</source>
        <translation>HTTPS key file</translation>
    </message>
    <message>
        <source>Media relay</source>
        <translation>Media relay</translation>
    </message>
    <message>
        <source>External rtpengine</source>
        <translation>External rtpengine</translation>
    </message>
    <message>
        <source>rtpengine control address</source>
        <translation>rtpengine control address</translation>
    </message>
    <message>
        <source>Media address</source>
        <translation>Media address</translation>
    </message>
    <message>
        <source>Media ports</source>
        <translation>Media ports</translation>
    </message>
    <message>
        <source>Call recording (default)</source>
        <translation>Call recording (default)</translation>
    </message>
    <message>
        <source>Announce recording</source>
        <translation>Announce recording</translation>
    </message>
    <message>
        <source>One file per direction</source>
        <translation>One file per direction</translation>
    </message>
    <message>
        <source>Longest voicemail message</source>
        <translation>Longest voicemail message</translation>
    </message>
    <message>
        <source>Default greeting language</source>
        <translation>Default greeting language</translation>
    </message>
    <message>
        <source>Engine mode</source>
        <translation>Engine mode</translation>
    </message>
    <message>
        <source>Cluster database</source>
        <translation>Cluster database</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>Cluster nodes</translation>
    </message>
    <message>
        <source>SIP trace</source>
        <translation>SIP trace</translation>
    </message>
    <message>
        <source>Calls kept in the trace</source>
        <translation>Calls kept in the trace</translation>
    </message>
    <message>
        <source>Largest trace size</source>
        <translation>Largest trace size</translation>
    </message>
    <message>
        <source>Hours kept in the trace</source>
        <translation>Hours kept in the trace</translation>
    </message>
    <message>
        <source>HEP3 collector</source>
        <translation>HEP3 collector</translation>
    </message>
    <message>
        <source>HEP3 capture ID</source>
        <translation>HEP3 capture ID</translation>
    </message>
    <message>
        <source>Console language</source>
        <translation>Console language</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>External rtpengine's recording folder</source>
        <translation>External rtpengine's recording folder</translation>
    </message>
    <message>
        <source>Application server (call plans)</source>
        <translation>Application server (call plans)</translation>
    </message>
    <message>
        <source>Node for the application server's calls</source>
        <translation>Node for the application server's calls</translation>
    </message>
</context>
<context>
    <name>SharedPrompt</name>
    <message>
        <source>The prompt %1 does not exist.</source>
        <translation>The prompt %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the shared media folder.</source>
        <translation>Cannot create %1 in the shared media folder.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the shared media folder %2.</source>
        <translation>Cannot copy %1 into the shared media folder %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>SMTP server %1 did not answer within %2 seconds (%3).</source>
        <translation>SMTP server %1 did not answer within %2 seconds (%3).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>Cannot connect to SMTP server %1: %2</source>
        <translation>Cannot connect to SMTP server %1: %2</translation>
    </message>
    <message>
        <source>TLS with SMTP server %1 failed: %2</source>
        <translation>TLS with SMTP server %1 failed: %2</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>SMTP server %1 closed the connection: %2</source>
        <translation>SMTP server %1 closed the connection: %2</translation>
    </message>
    <message>
        <source>waiting for its reply</source>
        <translation>waiting for its reply</translation>
    </message>
    <message>
        <source>SMTP server %1 sent something that is not SMTP: %2</source>
        <translation>SMTP server %1 sent something that is not SMTP: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 sent an endless reply.</source>
        <translation>SMTP server %1 sent an endless reply.</translation>
    </message>
    <message>
        <source>SMTP server %1 refused EHLO and HELO: %2</source>
        <translation>SMTP server %1 refused EHLO and HELO: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 refused STARTTLS: %2</source>
        <translation>SMTP server %1 refused STARTTLS: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 offers no encryption (STARTTLS); the password is not sent in the clear.</source>
        <translation>SMTP server %1 offers no encryption (STARTTLS); the password is not sent in the clear.</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the login for %2: %3</source>
        <translation>SMTP server %1 refused the login for %2: %3</translation>
    </message>
    <message>
        <source>SMTP server %1 offers no login method this program knows (PLAIN, LOGIN); leave the SMTP username empty if it needs none.</source>
        <translation>SMTP server %1 offers no login method this program knows (PLAIN, LOGIN); leave the SMTP username empty if it needs none.</translation>
    </message>
    <message>
        <source>SMTP server %1 is not ready: %2</source>
        <translation>SMTP server %1 is not ready: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the sender %2: %3</source>
        <translation>SMTP server %1 refused the sender %2: %3</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the recipient %2: %3</source>
        <translation>SMTP server %1 refused the recipient %2: %3</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the message: %2</source>
        <translation>SMTP server %1 refused the message: %2</translation>
    </message>
    <message>
        <source>%1: "%2" is not an e-mail address.</source>
        <translation>%1: "%2" is not an e-mail address.</translation>
    </message>
    <message>
        <source>No SMTP server is set.</source>
        <translation>No SMTP server is set.</translation>
    </message>
    <message>
        <source>SMTP port %1 is out of range (1-65535).</source>
        <translation>SMTP port %1 is out of range (1-65535).</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>The mail has no recipients.</source>
        <translation>The mail has no recipients.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
</context>
<context>
    <name>SoftphoneExport</name>
    <message>
        <source>Centrale export for %1: baresip accounts file.</source>
        <translation>Centrale export for %1: baresip accounts file.</translation>
    </message>
    <message>
        <source>The password contains ';', '&lt;', '&gt;', '"' or white space, which an accounts line cannot carry: type it when baresip asks.</source>
        <translation>The password contains ';', '&lt;', '&gt;', '"' or white space, which an accounts line cannot carry: type it when baresip asks.</translation>
    </message>
    <message>
        <source>Password not exported: add ;auth_pass=PASSWORD or type it when baresip asks.</source>
        <translation>Password not exported: add ;auth_pass=PASSWORD or type it when baresip asks.</translation>
    </message>
    <message>
        <source>Centrale export for %1: add to linphonerc (renumber proxy_0/auth_info_0 if taken).</source>
        <translation>Centrale export for %1: add to linphonerc (renumber proxy_0/auth_info_0 if taken).</translation>
    </message>
</context>
<context>
    <name>TftpServer</name>
    <message>
        <source>The TFTP server cannot listen on %1:%2: %3 (ports below 1024 need privileges; see the README).</source>
        <translation>The TFTP server cannot listen on %1:%2: %3 (ports below 1024 need privileges; see the README).</translation>
    </message>
</context>
<context>
    <name>ThreeCxExport</name>
    <message>
        <source>Add Provider: Country "Generic", Provider "Generic VoIP Provider"; name it %1 (%2).</source>
        <translation>Add Provider: Country "Generic", Provider "Generic VoIP Provider"; name it %1 (%2).</translation>
    </message>
    <message>
        <source>The number shown when an extension has no caller ID of its own.</source>
        <translation>The number shown when an extension has no caller ID of its own.</translation>
    </message>
    <message>
        <source>Remove the other codecs.</source>
        <translation>Remove the other codecs.</translation>
    </message>
    <message>
        <source>Centrale accepts only the trunk's caller-ID numbers in P-Asserted-Identity (or From).</source>
        <translation>Centrale accepts only the trunk's caller-ID numbers in P-Asserted-Identity (or From).</translation>
    </message>
    <message>
        <source>outbound caller id taken from extension</source>
        <translation>outbound caller id taken from extension</translation>
    </message>
    <message>
        <source>gateway/provider host/port</source>
        <translation>gateway/provider host/port</translation>
    </message>
    <message>
        <source>No changes needed.</source>
        <translation>No changes needed.</translation>
    </message>
    <message>
        <source>Add DID</source>
        <translation>Add DID</translation>
    </message>
    <message>
        <source>One rule per number; 3CX creates them from the DID tab. Choose the destination per rule.</source>
        <translation>One rule per number; 3CX creates them from the DID tab. Choose the destination per rule.</translation>
    </message>
    <message>
        <source>Connect to Extension (your choice)</source>
        <translation>Connect to Extension (your choice)</translation>
    </message>
    <message>
        <source>Route 1 is the primary provider, route 2 the secondary: 3CX uses it only when route 1 fails.</source>
        <translation>Route 1 is the primary provider, route 2 the secondary: 3CX uses it only when route 1 fails.</translation>
    </message>
    <message>
        <source>Provider template</source>
        <translation>Provider template</translation>
    </message>
    <message>
        <source>Not included: 3CX does not publish the format of its provider template files, so a generated one could not be checked. Use "Generic VoIP Provider" as above.</source>
        <translation>Not included: 3CX does not publish the format of its provider template files, so a generated one could not be checked. Use "Generic VoIP Provider" as above.</translation>
    </message>
</context>
<context>
    <name>TraceRepository</name>
    <message>
        <source>No SIP trace yet (%1 does not exist): is the engine running with diagnostics.trace on?</source>
        <translation>No SIP trace yet (%1 does not exist): is the engine running with diagnostics.trace on?</translation>
    </message>
    <message>
        <source>Cannot create the trace file %1: %2</source>
        <translation>Cannot create the trace file %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the trace file %1: %2</source>
        <translation>Cannot open the trace file %1: %2</translation>
    </message>
    <message>
        <source>The trace file %1 is not usable: %2</source>
        <translation>The trace file %1 is not usable: %2</translation>
    </message>
    <message>
        <source>Reading the SIP trace failed: %1</source>
        <translation>Reading the SIP trace failed: %1</translation>
    </message>
</context>
<context>
    <name>Trunk</name>
    <message>
        <source>Trunk name</source>
        <translation>Trunk name</translation>
    </message>
    <message>
        <source>Simultaneous calls must be between 1 and %1.</source>
        <translation>Simultaneous calls must be between 1 and %1.</translation>
    </message>
    <message>
        <source>PBX type</source>
        <translation>PBX type</translation>
    </message>
    <message>
        <source>A trunk needs at least one IP address or subnet: without it the PBX cannot be let in.</source>
        <translation>A trunk needs at least one IP address or subnet: without it the PBX cannot be let in.</translation>
    </message>
    <message>
        <source>Number +%1 is added twice.</source>
        <translation>Number +%1 is added twice.</translation>
    </message>
    <message>
        <source>Primary username</source>
        <translation>Primary username</translation>
    </message>
    <message>
        <source>Secondary username</source>
        <translation>Secondary username</translation>
    </message>
    <message>
        <source>The primary and secondary account need different usernames.</source>
        <translation>The primary and secondary account need different usernames.</translation>
    </message>
</context>
<context>
    <name>TrunkRepository</name>
    <message>
        <source>phone account +%1</source>
        <translation>phone account +%1</translation>
    </message>
    <message>
        <source>trunk "%1"</source>
        <translation>trunk "%1"</translation>
    </message>
    <message>
        <source>Username "%1" is already used by %2.</source>
        <translation>Username "%1" is already used by %2.</translation>
    </message>
    <message>
        <source>A trunk named "%1" already exists.</source>
        <translation>A trunk named "%1" already exists.</translation>
    </message>
    <message>
        <source>There is no call plan named "%1" to fail over to.</source>
        <translation>There is no call plan named "%1" to fail over to.</translation>
    </message>
    <message>
        <source>The %1 account has no password.</source>
        <translation>The %1 account has no password.</translation>
    </message>
    <message>
        <source>The trunk no longer exists.</source>
        <translation>The trunk no longer exists.</translation>
    </message>
    <message>
        <source>There is no trunk named "%1".</source>
        <translation>There is no trunk named "%1".</translation>
    </message>
    <message>
        <source>trunk %1</source>
        <translation>trunk %1</translation>
    </message>
    <message>
        <source>Failover call plan %1: %2</source>
        <translation>Failover call plan %1: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamRegistration</name>
    <message>
        <source>the registration ran out before it was renewed</source>
        <translation>the registration ran out before it was renewed</translation>
    </message>
    <message>
        <source>could not send REGISTER to %1</source>
        <translation>could not send REGISTER to %1</translation>
    </message>
    <message>
        <source>the carrier accepted the REGISTER but kept no registration</source>
        <translation>the carrier accepted the REGISTER but kept no registration</translation>
    </message>
    <message>
        <source>the carrier asks for a password and none is stored (Settings, upstream password)</source>
        <translation>the carrier asks for a password and none is stored (Settings, upstream password)</translation>
    </message>
    <message>
        <source>the carrier's challenge is not an MD5 digest this engine can answer</source>
        <translation>the carrier's challenge is not an MD5 digest this engine can answer</translation>
    </message>
    <message>
        <source>the carrier refused username %1 or its password (%2)</source>
        <translation>the carrier refused username %1 or its password (%2)</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>no answer from %1</translation>
    </message>
    <message>
        <source>the carrier answered %1 %2</source>
        <translation>the carrier answered %1 %2</translation>
    </message>
</context>
<context>
    <name>UpstreamStatus</name>
    <message>
        <source>not registering</source>
        <translation>not registering</translation>
    </message>
    <message>
        <source>registering</source>
        <translation>registering</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>registration failed</source>
        <translation>registration failed</translation>
    </message>
    <message>
        <source>carrier: no registration</source>
        <translation>carrier: no registration</translation>
    </message>
    <message>
        <source>carrier: registering as %1</source>
        <translation>carrier: registering as %1</translation>
    </message>
    <message>
        <source>carrier: registered as %1 until %2</source>
        <translation>carrier: registered as %1 until %2</translation>
    </message>
    <message>
        <source>carrier: registration as %1 failed (%2)</source>
        <translation>carrier: registration as %1 failed (%2)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>%1 contains a control or text-direction character.</source>
        <translation>%1 contains a control or text-direction character.</translation>
    </message>
    <message>
        <source>%1 must be 3-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit.</source>
        <translation>%1 must be 3-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit.</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 digits.</source>
        <translation>%1 must be %2 to %3 digits.</translation>
    </message>
    <message>
        <source>%1 must be HOST:PORT, for example 127.0.0.1:5060.</source>
        <translation>%1 must be HOST:PORT, for example 127.0.0.1:5060.</translation>
    </message>
    <message>
        <source>%1: port %2 is out of range (1-65535).</source>
        <translation>%1: port %2 is out of range (1-65535).</translation>
    </message>
    <message>
        <source>%1: "%2" is not an IPv6 address.</source>
        <translation>%1: "%2" is not an IPv6 address.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a host name.</source>
        <translation>%1: "%2" is not a host name.</translation>
    </message>
    <message>
        <source>%1: "%2" is not an e-mail address.</source>
        <translation>%1: "%2" is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>VoicemailAudio</name>
    <message>
        <source>the caller sent no audio</source>
        <translation>the caller sent no audio</translation>
    </message>
    <message>
        <source>the caller sent no G.711 audio (%1)</source>
        <translation>the caller sent no G.711 audio (%1)</translation>
    </message>
</context>
<context>
    <name>VoicemailMedia</name>
    <message>
        <source>no media relay</source>
        <translation>no media relay</translation>
    </message>
    <message>
        <source>cannot open a local port for voicemail media</source>
        <translation>cannot open a local port for voicemail media</translation>
    </message>
    <message>
        <source>the caller offers no G.711 audio (PCMA or PCMU)</source>
        <translation>the caller offers no G.711 audio (PCMA or PCMU)</translation>
    </message>
    <message>
        <source>the media relay answered without SDP</source>
        <translation>the media relay answered without SDP</translation>
    </message>
</context>
<context>
    <name>VoicemailRepository</name>
    <message>
        <source>There is no voicemail message %1.</source>
        <translation>There is no voicemail message %1.</translation>
    </message>
    <message>
        <source>Message %1 is deleted, but its file %2 could not be removed.</source>
        <translation>Message %1 is deleted, but its file %2 could not be removed.</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Not a usable WAV file: %1.</source>
        <translation>Not a usable WAV file: %1.</translation>
    </message>
    <message>
        <source>no RIFF/WAVE header</source>
        <translation>no RIFF/WAVE header</translation>
    </message>
    <message>
        <source>chunk "%1" is longer than the file</source>
        <translation>chunk "%1" is longer than the file</translation>
    </message>
    <message>
        <source>format chunk too short</source>
        <translation>format chunk too short</translation>
    </message>
    <message>
        <source>only 16-bit PCM is supported (format %1, %2 bits)</source>
        <translation>only 16-bit PCM is supported (format %1, %2 bits)</translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz</source>
        <translation>%1 channels at %2 Hz</translation>
    </message>
    <message>
        <source>data before format</source>
        <translation>data before format</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>no data chunk</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>YeastarExport</name>
    <message>
        <source>%1. Trunk type: Register trunk (S-series: "Register Trunk").</source>
        <translation>%1. Trunk type: Register trunk (S-series: "Register Trunk").</translation>
    </message>
    <message>
        <source>Empty: the caller ID goes in From.</source>
        <translation>Empty: the caller ID goes in From.</translation>
    </message>
    <message>
        <source>Per extension the number it calls out with (only the trunk's caller-ID numbers).</source>
        <translation>Per extension the number it calls out with (only the trunk's caller-ID numbers).</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(your choice)</translation>
    </message>
    <message>
        <source>Member Trunks in this order: the second is used only when the first fails. Select the Member Extensions that may call out.</source>
        <translation>Member Trunks in this order: the second is used only when the first fails. Select the Member Extensions that may call out.</translation>
    </message>
    <message>
        <source>One route per number; choose the destination.</source>
        <translation>One route per number; choose the destination.</translation>
    </message>
</context>
<context>
    <name>centrale</name>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Keep passwords in this 0600 file instead of the keychain.</source>
        <translation>Keep passwords in this 0600 file instead of the keychain.</translation>
    </message>
    <message>
        <source>Write a PNG of every page in both languages to DIR and quit.</source>
        <translation>Write a PNG of every page in both languages to DIR and quit.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Centrale</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>Do not start the SIP engine in this process; show the status of one that serves the database elsewhere.</source>
        <translation>Do not start the SIP engine in this process; show the status of one that serves the database elsewhere.</translation>
    </message>
    <message>
        <source>Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: %1).</source>
        <translation>Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: %1).</translation>
    </message>
</context>
<context>
    <name>centrale::AlertMailer</name>
    <message>
        <source>no SMTP server or recipient is set; mail "%1" not sent</source>
        <translation>no SMTP server or recipient is set; mail "%1" not sent</translation>
    </message>
</context>
<context>
    <name>centrale::media::RtpengineSupervisor</name>
    <message>
        <source>rtpengine is not installed: calls work, but voicemail and call recording are unavailable.</source>
        <translation>rtpengine is not installed: calls work, but voicemail and call recording are unavailable.</translation>
    </message>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation>Cannot create the media folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Starting rtpengine…</source>
        <translation>Starting rtpengine…</translation>
    </message>
    <message>
        <source>rtpengine did not start: %1</source>
        <translation>rtpengine did not start: %1</translation>
    </message>
    <message>
        <source>rtpengine is running (control %1, media %2 ports %3-%4).</source>
        <translation>rtpengine is running (control %1, media %2 ports %3-%4).</translation>
    </message>
    <message>
        <source>it does not answer on %1</source>
        <translation>it does not answer on %1</translation>
    </message>
    <message>
        <source>it exited; see %1</source>
        <translation>it exited; see %1</translation>
    </message>
    <message>
        <source>rtpengine did not start: %1.</source>
        <translation>rtpengine did not start: %1.</translation>
    </message>
    <message>
        <source>rtpengine stopped (%1); restarting in %2 s.</source>
        <translation>rtpengine stopped (%1); restarting in %2 s.</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>crashed</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>rtpengine is stopped.</source>
        <translation>rtpengine is stopped.</translation>
    </message>
</context>
<context>
    <name>centrale::sip::RecordingWorker</name>
    <message>
        <source>call %1: not recorded, the media relay wrote no recording</source>
        <translation>call %1: not recorded, the media relay wrote no recording</translation>
    </message>
    <message>
        <source>call %1: recording not kept: %2</source>
        <translation>call %1: recording not kept: %2</translation>
    </message>
    <message>
        <source>call %1: recorded in %2 (%3 s, kept %4 days)</source>
        <translation>call %1: recorded in %2 (%3 s, kept %4 days)</translation>
    </message>
    <message>
        <source>expired recordings not deleted: %1</source>
        <translation>expired recordings not deleted: %1</translation>
    </message>
    <message>
        <source>recording %1 of call %2 (%3 → %4, %5) deleted: its retention period ended</source>
        <translation>recording %1 of call %2 (%3 → %4, %5) deleted: its retention period ended</translation>
    </message>
    <message>
        <source>recordings: the database cannot be opened: %1</source>
        <translation>recordings: the database cannot be opened: %1</translation>
    </message>
    <message>
        <source>call %1: not recorded, the external media relay's recording folder is not set (media.recording_spool)</source>
        <translation>call %1: not recorded, the external media relay's recording folder is not set (media.recording_spool)</translation>
    </message>
</context>
<context>
    <name>centrale::sip::SipEngine</name>
    <message>
        <source>engine listening on %1 (primary) and %2 (secondary), realm %3, %4 accounts</source>
        <translation>engine listening on %1 (primary) and %2 (secondary), realm %3, %4 accounts</translation>
    </message>
    <message>
        <source>configuration not reloaded: %1</source>
        <translation>configuration not reloaded: %1</translation>
    </message>
    <message>
        <source>configuration reloaded: %1 accounts</source>
        <translation>configuration reloaded: %1 accounts</translation>
    </message>
    <message>
        <source>rate table not loaded: %1</source>
        <translation>rate table not loaded: %1</translation>
    </message>
    <message>
        <source>upstream carrier password not available (%1): calls to the carrier go without credentials</source>
        <translation>upstream carrier password not available (%1): calls to the carrier go without credentials</translation>
    </message>
    <message>
        <source>mail sent: %1</source>
        <translation>mail sent: %1</translation>
    </message>
    <message>
        <source>mail not sent: %1</source>
        <translation>mail not sent: %1</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>%1: %2 account %3 is registered again</source>
        <translation>%1: %2 account %3 is registered again</translation>
    </message>
    <message>
        <source>%1: %2 account %3 is no longer registered</source>
        <translation>%1: %2 account %3 is no longer registered</translation>
    </message>
    <message>
        <source>Trunk %1's %2 account %3 registered again from %4 at %5.</source>
        <translation>Trunk %1's %2 account %3 registered again from %4 at %5.</translation>
    </message>
    <message>
        <source>Trunk %1's %2 account %3 stopped being registered or stopped answering (%4) at %5. Calls go to the other account or the failover call plan until it is back.</source>
        <translation>Trunk %1's %2 account %3 stopped being registered or stopped answering (%4) at %5. Calls go to the other account or the failover call plan until it is back.</translation>
    </message>
    <message>
        <source>Registration at the carrier as %1 works again</source>
        <translation>Registration at the carrier as %1 works again</translation>
    </message>
    <message>
        <source>Registration at the carrier as %1 failed</source>
        <translation>Registration at the carrier as %1 failed</translation>
    </message>
    <message>
        <source>The engine is registered at the carrier again as %1 since %2.</source>
        <translation>The engine is registered at the carrier again as %1 since %2.</translation>
    </message>
    <message>
        <source>The engine could not register at the carrier as %1 at %2: %3. Inbound calls may not reach you until this is solved; the engine keeps trying.</source>
        <translation>The engine could not register at the carrier as %1 at %2: %3. Inbound calls may not reach you until this is solved; the engine keeps trying.</translation>
    </message>
    <message>
        <source>carrier %1 could not be resolved: %2</source>
        <translation>carrier %1 could not be resolved: %2</translation>
    </message>
    <message>
        <source>call history not loaded: %1</source>
        <translation>call history not loaded: %1</translation>
    </message>
    <message>
        <source>fraud block of %1 not stored: %2</source>
        <translation>fraud block of %1 not stored: %2</translation>
    </message>
    <message>
        <source>fraud: outbound calls of %1 blocked: %2</source>
        <translation>fraud: outbound calls of %1 blocked: %2</translation>
    </message>
    <message>
        <source>%1

Outbound calls of %2 are refused until an administrator unblocks the account (Security page, or: centralectl fraud unblock "%2").</source>
        <translation>%1

Outbound calls of %2 are refused until an administrator unblocks the account (Security page, or: centralectl fraud unblock "%2").</translation>
    </message>
    <message>
        <source>media relay not running, calls go end to end: %1</source>
        <translation>media relay not running, calls go end to end: %1</translation>
    </message>
    <message>
        <source>provisioning: %1</source>
        <translation>provisioning: %1</translation>
    </message>
    <message>
        <source>provisioning on %1</source>
        <translation>provisioning on %1</translation>
    </message>
    <message>
        <source>voicemail unavailable: %1</source>
        <translation>voicemail unavailable: %1</translation>
    </message>
    <message>
        <source>media relay %1 is external: call recording and voicemail are unavailable until media.recording_spool names its recording-dir (recording-method = pcap) as this machine sees it</source>
        <translation>media relay %1 is external: call recording and voicemail are unavailable until media.recording_spool names its recording-dir (recording-method = pcap) as this machine sees it</translation>
    </message>
    <message>
        <source>media.recording_spool %1 is not a folder this engine can read and write: call recording and voicemail are unavailable</source>
        <translation>media.recording_spool %1 is not a folder this engine can read and write: call recording and voicemail are unavailable</translation>
    </message>
    <message>
        <source>media relay %1 is external: recordings are read from %2</source>
        <translation>media relay %1 is external: recordings are read from %2</translation>
    </message>
    <message>
        <source>recording announcement unavailable: %1</source>
        <translation>recording announcement unavailable: %1</translation>
    </message>
</context>
<context>
    <name>centrale::sip::VoicemailDelivery</name>
    <message>
        <source>Voicemail for %1 from %2 (%3 s)</source>
        <translation>Voicemail for %1 from %2 (%3 s)</translation>
    </message>
    <message>
        <source>A new voicemail message is attached.

Caller: %1
Called number: %2
Received: %3
Duration: %4 s
Voicemail box: %5 (call plan %6)
</source>
        <translation>A new voicemail message is attached.

Caller: %1
Called number: %2
Received: %3
Duration: %4 s
Voicemail box: %5 (call plan %6)
</translation>
    </message>
    <message>
        <source>no recording of the call appeared in %1</source>
        <translation>no recording of the call appeared in %1</translation>
    </message>
    <message>
        <source>voicemail from %1 for %2 lost: %3</source>
        <translation>voicemail from %1 for %2 lost: %3</translation>
    </message>
    <message>
        <source>voicemail from %1 for %2 not stored: %3</source>
        <translation>voicemail from %1 for %2 not stored: %3</translation>
    </message>
    <message>
        <source>voicemail %1 from %2 for %3: %4 s</source>
        <translation>voicemail %1 from %2 for %3: %4 s</translation>
    </message>
    <message>
        <source>voicemail %1 not mailed: %2</source>
        <translation>voicemail %1 not mailed: %2</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallLogModel</name>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Account %1 (%2)</source>
        <translation>Account %1 (%2)</translation>
    </message>
    <message>
        <source>Dialled: %1</source>
        <translation>Dialled: %1</translation>
    </message>
    <message>
        <source>Answered %1, ended %2</source>
        <translation>Answered %1, ended %2</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Trunk / account</source>
        <translation>Trunk / account</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Callee</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanModel</name>
    <message>
        <source>Call plan / external number</source>
        <translation>Call plan / external number</translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation>Internal number</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanSettingsDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Internal number</source>
        <translation>&amp;Internal number</translation>
    </message>
    <message>
        <source>&amp;External number</source>
        <translation>&amp;External number</translation>
    </message>
    <message>
        <source>Call plan name</source>
        <translation>Call plan name</translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation>Internal number</translation>
    </message>
    <message>
        <source>External number</source>
        <translation>External number</translation>
    </message>
    <message>
        <source>The numbers that ring this call plan, separated by commas. Empty the field and save to unlink them.</source>
        <translation>The numbers that ring this call plan, separated by commas. Empty the field and save to unlink them.</translation>
    </message>
    <message>
        <source>e.g. +31502053031</source>
        <translation>e.g. +31502053031</translation>
    </message>
    <message>
        <source>Settings - %1</source>
        <translation>Settings - %1</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanStepEditor</name>
    <message>
        <source>End of the call plan</source>
        <translation>End of the call plan</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Go to step %1</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Ring time</source>
        <translation>&amp;Ring time</translation>
    </message>
    <message>
        <source>Outside &amp;opening hours</source>
        <translation>Outside &amp;opening hours</translation>
    </message>
    <message>
        <source>&amp;Phone accounts</source>
        <translation>&amp;Phone accounts</translation>
    </message>
    <message>
        <source>Phone account numbers, e.g. +31502053033, +31502053034</source>
        <translation>Phone account numbers, e.g. +31502053033, +31502053034</translation>
    </message>
    <message>
        <source>&amp;External numbers</source>
        <translation>&amp;External numbers</translation>
    </message>
    <message>
        <source>e.g. +31611111111</source>
        <translation>e.g. +31611111111</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Addresses</translation>
    </message>
    <message>
        <source>e.g. reception@example.com, boss@example.com</source>
        <translation>e.g. reception@example.com, boss@example.com</translation>
    </message>
    <message>
        <source>&amp;Box name</source>
        <translation>&amp;Box name</translation>
    </message>
    <message>
        <source>e.g. Reception</source>
        <translation>e.g. Reception</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:00-17:00; sat 10:00-12:00</source>
        <translation>e.g. mon-fri 08:00-17:00; sat 10:00-12:00</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Kind of step</translation>
    </message>
    <message>
        <source>Ring time in seconds</source>
        <translation>Ring time in seconds</translation>
    </message>
    <message>
        <source>Outside opening hours</source>
        <translation>Outside opening hours</translation>
    </message>
    <message>
        <source>&amp;Mail messages to</source>
        <translation>&amp;Mail messages to</translation>
    </message>
    <message>
        <source>e.g. reception@example.com (empty: the alerts address)</source>
        <translation>e.g. reception@example.com (empty: the alerts address)</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanStepsDialog</name>
    <message>
        <source>Steps - %1</source>
        <translation>Steps - %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Kind of the new step</source>
        <translation>Kind of the new step</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanStepsModel</name>
    <message>
        <source>Ring phone accounts</source>
        <translation>Ring phone accounts</translation>
    </message>
    <message>
        <source>Forward to external numbers</source>
        <translation>Forward to external numbers</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation>Send an e-mail</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Ring %1 for %2 s</source>
        <translation>Ring %1 for %2 s</translation>
    </message>
    <message>
        <source>Forward to %1 for %2 s</source>
        <translation>Forward to %1 for %2 s</translation>
    </message>
    <message>
        <source>Voicemail box "%1"</source>
        <translation>Voicemail box "%1"</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Open %1; else end</source>
        <translation>Open %1; else end</translation>
    </message>
    <message>
        <source>Open %1; else go to step %2</source>
        <translation>Open %1; else go to step %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Voicemail box "%1", mailed to %2</source>
        <translation>Voicemail box "%1", mailed to %2</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlansPage</name>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>Settings of the selected call plan</source>
        <translation>Settings of the selected call plan</translation>
    </message>
    <message>
        <source>Call plans</source>
        <translation>Call plans</translation>
    </message>
    <message>
        <source>New call plan</source>
        <translation>New call plan</translation>
    </message>
    <message>
        <source>Name of the call plan:</source>
        <translation>Name of the call plan:</translation>
    </message>
    <message>
        <source>Call plan not added</source>
        <translation>Call plan not added</translation>
    </message>
    <message>
        <source>Delete call plan</source>
        <translation>Delete call plan</translation>
    </message>
    <message>
        <source>Delete call plan "%1"? Its numbers become free.</source>
        <translation>Delete call plan "%1"? Its numbers become free.</translation>
    </message>
    <message>
        <source>Call plan not deleted</source>
        <translation>Call plan not deleted</translation>
    </message>
    <message>
        <source>&amp;New call plan...</source>
        <translation>&amp;New call plan...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete selected call plan</source>
        <translation>Delete selected call plan</translation>
    </message>
    <message>
        <source>S&amp;teps...</source>
        <translation>S&amp;teps...</translation>
    </message>
    <message>
        <source>Steps of the selected call plan</source>
        <translation>Steps of the selected call plan</translation>
    </message>
    <message>
        <source>No call plans yet</source>
        <translation>No call plans yet</translation>
    </message>
    <message>
        <source>New call plan...</source>
        <translation>New call plan...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The call log could not be read: %1</source>
        <translation>The call log could not be read: %1</translation>
    </message>
    <message>
        <source>No calls recorded yet.</source>
        <translation>No calls recorded yet.</translation>
    </message>
    <message>
        <source>No calls match the filter.</source>
        <translation>No calls match the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n call, newest first.</numerusform>
            <numerusform>%n calls, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Export calls</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Exported %n call to %1.</numerusform>
            <numerusform>Exported %n calls to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by number, trunk, account or result</source>
        <translation>Filter by number, trunk, account or result</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filter calls</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>All directions</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Export the calls shown as CSV</source>
        <translation>Export the calls shown as CSV</translation>
    </message>
    <message>
        <source>Call log status</source>
        <translation>Call log status</translation>
    </message>
    <message>
        <source>SIP &amp;trace...</source>
        <translation>SIP &amp;trace...</translation>
    </message>
    <message>
        <source>SIP trace of the selected call</source>
        <translation>SIP trace of the selected call</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ClusterSettingsBox</name>
    <message>
        <source>Engine mode: bundled (the SIP engine runs on this machine)</source>
        <translation>Engine mode: bundled (the SIP engine runs on this machine)</translation>
    </message>
    <message>
        <source>Engine mode: cluster (Kamailio nodes provisioned by Centrale)</source>
        <translation>Engine mode: cluster (Kamailio nodes provisioned by Centrale)</translation>
    </message>
    <message>
        <source>Cluster database: %1</source>
        <translation>Cluster database: %1</translation>
    </message>
    <message>
        <source>Node %1: not checked yet (restart the console after changing the engine mode)</source>
        <translation>Node %1: not checked yet (restart the console after changing the engine mode)</translation>
    </message>
    <message>
        <source>Node %1: up</source>
        <translation>Node %1: up</translation>
    </message>
    <message>
        <source>Node %1: DOWN</source>
        <translation>Node %1: DOWN</translation>
    </message>
    <message>
        <source>No nodes set (setting cluster.nodes)</source>
        <translation>No nodes set (setting cluster.nodes)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Call plans and voicemail: no application server (setting cluster.appserver)</source>
        <translation>Call plans and voicemail: no application server (setting cluster.appserver)</translation>
    </message>
    <message>
        <source>Call plans and voicemail: application server %1 (centralectl serve)</source>
        <translation>Call plans and voicemail: application server %1 (centralectl serve)</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CountryPickerDialog</name>
    <message>
        <source>Add countries</source>
        <translation>Add countries</translation>
    </message>
    <message>
        <source>Search a country or its code</source>
        <translation>Search a country or its code</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Search countries</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CountryRulesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Freephone</source>
        <translation>Freephone</translation>
    </message>
</context>
<context>
    <name>centrale::ui::DashboardCharts</name>
    <message>
        <source>Calls per hour today</source>
        <translation>Calls per hour today</translation>
    </message>
    <message>
        <source>Spend per day per trunk (EUR)</source>
        <translation>Spend per day per trunk (EUR)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
</context>
<context>
    <name>centrale::ui::DashboardPage</name>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Could not read the figures: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No trunks yet</source>
        <translation>No trunks yet</translation>
    </message>
    <message>
        <source>%1 up · %2 down · %3 unreachable</source>
        <translation>%1 up · %2 down · %3 unreachable</translation>
    </message>
    <message>
        <source>%1 of %2 registered</source>
        <translation>%1 of %2 registered</translation>
    </message>
    <message>
        <source>Engine not running</source>
        <translation>Engine not running</translation>
    </message>
    <message>
        <source>Known only to an engine in this process</source>
        <translation>Known only to an engine in this process</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 answered)</translation>
    </message>
    <message>
        <source>EUR %1 of %2</source>
        <translation>EUR %1 of %2</translation>
    </message>
    <message>
        <source>Addresses: %1 · Fraud: %2</source>
        <translation>Addresses: %1 · Fraud: %2</translation>
    </message>
    <message>
        <source>No registration (by address)</source>
        <translation>No registration (by address)</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>Phone accounts</source>
        <translation>Phone accounts</translation>
    </message>
    <message>
        <source>Calls now</source>
        <translation>Calls now</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Calls today</translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation>Spent today</translation>
    </message>
    <message>
        <source>Spent this week</source>
        <translation>Spent this week</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Carrier registration</source>
        <translation>Carrier registration</translation>
    </message>
    <message>
        <source>Share of today's limits spent</source>
        <translation>Share of today's limits spent</translation>
    </message>
    <message>
        <source>Share of this week's limits spent</source>
        <translation>Share of this week's limits spent</translation>
    </message>
    <message>
        <source>Registrations per trunk</source>
        <translation>Registrations per trunk</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Recent alerts</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>centrale::ui::DestinationEditor</name>
    <message>
        <source>+%1 blocked</source>
        <translation>+%1 blocked</translation>
    </message>
    <message>
        <source>+%1 blocked, except what allowed prefix +%2 opens</source>
        <translation>+%1 blocked, except what allowed prefix +%2 opens</translation>
    </message>
    <message>
        <source>These fraud-prone ranges are always blocked. An explicitly allowed prefix overrides the block for what it covers.</source>
        <translation>These fraud-prone ranges are always blocked. An explicitly allowed prefix overrides the block for what it covers.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Extra allowed prefixes</source>
        <translation>Extra allowed prefixes</translation>
    </message>
    <message>
        <source>Blocked prefixes</source>
        <translation>Blocked prefixes</translation>
    </message>
    <message>
        <source>Fraud-prone ranges</source>
        <translation>Fraud-prone ranges</translation>
    </message>
    <message>
        <source>Destination preset</source>
        <translation>Destination preset</translation>
    </message>
    <message>
        <source>&amp;Apply preset</source>
        <translation>&amp;Apply preset</translation>
    </message>
    <message>
        <source>Replace the countries and prefixes below by the preset's</source>
        <translation>Replace the countries and prefixes below by the preset's</translation>
    </message>
    <message>
        <source>Add &amp;countries...</source>
        <translation>Add &amp;countries...</translation>
    </message>
    <message>
        <source>&amp;Remove country</source>
        <translation>&amp;Remove country</translation>
    </message>
    <message>
        <source>Allowed countries and number types</source>
        <translation>Allowed countries and number types</translation>
    </message>
    <message>
        <source>Allowed prefix</source>
        <translation>Allowed prefix</translation>
    </message>
    <message>
        <source>Blocked prefix</source>
        <translation>Blocked prefix</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ExportDialog</name>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Choose a folder to write the files to.</source>
        <translation>Choose a folder to write the files to.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Written with passwords; the files are readable by you only (0600):</source>
        <translation>Written with passwords; the files are readable by you only (0600):</translation>
    </message>
    <message>
        <source>Written without passwords (placeholders instead):</source>
        <translation>Written without passwords (placeholders instead):</translation>
    </message>
    <message>
        <source>The files will contain the SIP passwords and are created readable by you only (0600). Keep them safe.</source>
        <translation>The files will contain the SIP passwords and are created readable by you only (0600). Keep them safe.</translation>
    </message>
    <message>
        <source>The files get placeholders where the passwords go; fill them in on the PBX.</source>
        <translation>The files get placeholders where the passwords go; fill them in on the PBX.</translation>
    </message>
    <message>
        <source>Export PBX configuration: %1</source>
        <translation>Export PBX configuration: %1</translation>
    </message>
    <message>
        <source>Include &amp;passwords</source>
        <translation>Include &amp;passwords</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files</source>
        <translation>&amp;Overwrite existing files</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The PBX the files are for</source>
        <translation>The PBX the files are for</translation>
    </message>
</context>
<context>
    <name>centrale::ui::FraudBanner</name>
    <message>
        <source>Outbound calls blocked by the fraud detector since %1: %2</source>
        <translation>Outbound calls blocked by the fraud detector since %1: %2</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <source>Unblock outbound calls</source>
        <translation>Unblock outbound calls</translation>
    </message>
</context>
<context>
    <name>centrale::ui::HelpPage</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&lt;li&gt;UDP %1 port %2 (SIP), both ways&lt;/li&gt;</source>
        <translation>&lt;li&gt;UDP %1 port %2 (SIP), both ways&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Frequently asked questions</translation>
    </message>
    <message>
        <source>Most vague VoIP problems come from the network between the PBX and the servers: a router's SIP ALG, NAT, a firewall. Start with the connection check, then look at the SIP trace.</source>
        <translation>Most vague VoIP problems come from the network between the PBX and the servers: a router's SIP ALG, NAT, a firewall. Start with the connection check, then look at the SIP trace.</translation>
    </message>
    <message>
        <source>Firewall: what must be open</source>
        <translation>Firewall: what must be open</translation>
    </message>
    <message>
        <source>The PBX's firewall and the PBX itself must accept SIP from these addresses of this installation:</source>
        <translation>The PBX's firewall and the PBX itself must accept SIP from these addresses of this installation:</translation>
    </message>
    <message>
        <source>Calls' media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier's media addresses to the PBX's RTP ports.</source>
        <translation>Calls' media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier's media addresses to the PBX's RTP ports.</translation>
    </message>
    <message>
        <source>Turn off SIP ALG (SIP helper) in the router and/or modem.</source>
        <translation>Turn off SIP ALG (SIP helper) in the router and/or modem.</translation>
    </message>
    <message>
        <source>Set up no port forwards for SIP or RTP in the router or modem.</source>
        <translation>Set up no port forwards for SIP or RTP in the router or modem.</translation>
    </message>
    <message>
        <source>Shield port forwards for management (web interface, SSH) with a firewall.</source>
        <translation>Shield port forwards for management (web interface, SSH) with a firewall.</translation>
    </message>
    <message>
        <source>If IPv6 is active on the network or the PBX, the firewall must cover IPv6 too: an IPv6 address left open is a common way in.</source>
        <translation>If IPv6 is active on the network or the PBX, the firewall must cover IPv6 too: an IPv6 address left open is a common way in.</translation>
    </message>
    <message>
        <source>Registration problems</source>
        <translation>Registration problems</translation>
    </message>
    <message>
        <source>Open %1 or %2, select the account and press &lt;b&gt;Diagnose...&lt;/b&gt;: the last REGISTER exchanges and OPTIONS checks as a ladder, and &lt;b&gt;Check connection&lt;/b&gt; for the round trip, NAT and SIP ALG signs with advice.</source>
        <translation>Open %1 or %2, select the account and press &lt;b&gt;Diagnose...&lt;/b&gt;: the last REGISTER exchanges and OPTIONS checks as a ladder, and &lt;b&gt;Check connection&lt;/b&gt; for the round trip, NAT and SIP ALG signs with advice.</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>Phone accounts</source>
        <translation>Phone accounts</translation>
    </message>
    <message>
        <source>A 403 to a REGISTER means the username or password is wrong, the source address is not in the account's IP whitelist, or the account registers to the wrong server (a trunk's primary account to the primary address, its secondary to the secondary). These look the same on purpose; the engine's log says which.</source>
        <translation>A 403 to a REGISTER means the username or password is wrong, the source address is not in the account's IP whitelist, or the account registers to the wrong server (a trunk's primary account to the primary address, its secondary to the secondary). These look the same on purpose; the engine's log says which.</translation>
    </message>
    <message>
        <source>Ten failures in a minute block the address for 15 minutes: it then gets no answer at all (&lt;tt&gt;centralectl blocked list&lt;/tt&gt;).</source>
        <translation>Ten failures in a minute block the address for 15 minutes: it then gets no answer at all (&lt;tt&gt;centralectl blocked list&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>3CX: "Require registration for: in and outgoing calls" and "Which IP to use in contact field: Local IP Address".</source>
        <translation>3CX: "Require registration for: in and outgoing calls" and "Which IP to use in contact field: Local IP Address".</translation>
    </message>
    <message>
        <source>Problems with incoming calls</source>
        <translation>Problems with incoming calls</translation>
    </message>
    <message>
        <source>Check what exactly goes wrong: silence, a busy tone, "number does not exist", an error, ringing tone but nothing rings, or no audio once answered. Watch how it changes when you change settings.</source>
        <translation>Check what exactly goes wrong: silence, a busy tone, "number does not exist", an error, ringing tone but nothing rings, or no audio once answered. Watch how it changes when you change settings.</translation>
    </message>
    <message>
        <source>Check that the firewall and the PBX accept the addresses above.</source>
        <translation>Check that the firewall and the PBX accept the addresses above.</translation>
    </message>
    <message>
        <source>Read the PBX's log during an incoming call, from the command shell (not the web interface or the Asterisk console): &lt;tt&gt;tail -f /var/log/asterisk/full&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/messages&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/syslog&lt;/tt&gt;.</source>
        <translation>Read the PBX's log during an incoming call, from the command shell (not the web interface or the Asterisk console): &lt;tt&gt;tail -f /var/log/asterisk/full&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/messages&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/syslog&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Problems with outgoing calls: the SIP trace</source>
        <translation>Problems with outgoing calls: the SIP trace</translation>
    </message>
    <message>
        <source>Make a trace of the call and look at what comes back to the PBX. On %1 select the call and press &lt;b&gt;SIP trace...&lt;/b&gt;: both legs (PBX ↔ Centrale ↔ carrier) as a ladder, the final answer and the Warning with the reason highlighted, every message in full. &lt;b&gt;Save as pcap...&lt;/b&gt; writes a file for Wireshark or &lt;tt&gt;sngrep -I&lt;/tt&gt; to send along with a question. Passwords and digest responses are never in a trace.</source>
        <translation>Make a trace of the call and look at what comes back to the PBX. On %1 select the call and press &lt;b&gt;SIP trace...&lt;/b&gt;: both legs (PBX ↔ Centrale ↔ carrier) as a ladder, the final answer and the Warning with the reason highlighted, every message in full. &lt;b&gt;Save as pcap...&lt;/b&gt; writes a file for Wireshark or &lt;tt&gt;sngrep -I&lt;/tt&gt; to send along with a question. Passwords and digest responses are never in a trace.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>From a terminal: &lt;tt&gt;centralectl trace --call CALL_ID [--pcap FILE]&lt;/tt&gt;, &lt;tt&gt;centralectl trace --account USER&lt;/tt&gt;, &lt;tt&gt;centralectl check --trunk NAME&lt;/tt&gt;.</source>
        <translation>From a terminal: &lt;tt&gt;centralectl trace --call CALL_ID [--pcap FILE]&lt;/tt&gt;, &lt;tt&gt;centralectl trace --account USER&lt;/tt&gt;, &lt;tt&gt;centralectl check --trunk NAME&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Live capture: set &lt;tt&gt;diagnostics.hep&lt;/tt&gt; on %1 to a Homer/heplify or &lt;tt&gt;sngrep -L&lt;/tt&gt; collector (HOST:PORT).</source>
        <translation>Live capture: set &lt;tt&gt;diagnostics.hep&lt;/tt&gt; on %1 to a Homer/heplify or &lt;tt&gt;sngrep -L&lt;/tt&gt; collector (HOST:PORT).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Every SIP message is sent live as HEP3 to %1.</source>
        <translation>Every SIP message is sent live as HEP3 to %1.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>%1 lists every call, answered or refused, with its SIP result and reason (also &lt;tt&gt;centralectl calls list&lt;/tt&gt;). &lt;tt&gt;centralectl serve&lt;/tt&gt; prints one log line per event: registrations, refusals, blocks, mails.</source>
        <translation>%1 lists every call, answered or refused, with its SIP result and reason (also &lt;tt&gt;centralectl calls list&lt;/tt&gt;). &lt;tt&gt;centralectl serve&lt;/tt&gt; prints one log line per event: registrations, refusals, blocks, mails.</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Number format</translation>
    </message>
    <message>
        <source>Towards the carrier every number is international E.164 with a plus: +31201234567. Towards the PBX a trunk uses its own number format (with +, without +, with 00, or national with 0), set on the trunk. The caller ID goes in P-Asserted-Identity (else From) and must be one of the trunk's numbers marked caller ID; &lt;tt&gt;Privacy: id&lt;/tt&gt; hides it onward.</source>
        <translation>Towards the carrier every number is international E.164 with a plus: +31201234567. Towards the PBX a trunk uses its own number format (with +, without +, with 00, or national with 0), set on the trunk. The caller ID goes in P-Asserted-Identity (else From) and must be one of the trunk's numbers marked caller ID; &lt;tt&gt;Privacy: id&lt;/tt&gt; hides it onward.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::HistoryModel</name>
    <message>
        <source>Undo of change %1: %2</source>
        <translation>Undo of change %1: %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <source>Entry %1, change %2</source>
        <translation>Entry %1, change %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>centrale::ui::HistoryPage</name>
    <message>
        <source>Undo change %1? Everything it changed (%2 and whatever was saved with it) goes back to how it was before.</source>
        <translation>Undo change %1? Everything it changed (%2 and whatever was saved with it) goes back to how it was before.</translation>
    </message>
    <message>
        <source>Undo the whole import "%1" (change %2)? Everything it changed goes back to how it was before.</source>
        <translation>Undo the whole import "%1" (change %2)? Everything it changed goes back to how it was before.</translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation>Undo change</translation>
    </message>
    <message>
        <source>Undid change %1; a running engine applies it within a second.</source>
        <translation>Undid change %1; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>Undo refused</source>
        <translation>Undo refused</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation>No changes match the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change(s), newest first.</numerusform>
            <numerusform>%n change(s), newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, user, value or import</source>
        <translation>Filter by name, user, value or import</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Filter history</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>All objects</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Object kind</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Changed from</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Changed since</translation>
    </message>
    <message>
        <source>Only changes made on or after this day</source>
        <translation>Only changes made on or after this day</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Undo…</translation>
    </message>
    <message>
        <source>Undo the selected change</source>
        <translation>Undo the selected change</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No changes recorded yet: every change made from now on is listed here and can be undone.</source>
        <translation>No changes recorded yet: every change made from now on is listed here and can be undone.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::IpListEditor</name>
    <message>
        <source>IP address or subnet, e.g. 192.0.2.10 or 192.0.2.0/24</source>
        <translation>IP address or subnet, e.g. 192.0.2.10 or 192.0.2.0/24</translation>
    </message>
    <message>
        <source>IP address or subnet</source>
        <translation>IP address or subnet</translation>
    </message>
    <message>
        <source>Add IP address</source>
        <translation>Add IP address</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove selected IP address</source>
        <translation>Remove selected IP address</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP addresses</translation>
    </message>
</context>
<context>
    <name>centrale::ui::LadderWidget</name>
    <message>
        <source>SIP ladder</source>
        <translation>SIP ladder</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MainWindow</name>
    <message>
        <source>Centrale</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>Engine not running</source>
        <translation>Engine not running</translation>
    </message>
    <message>
        <source>Engine running on %1 - %2 of %3 accounts registered</source>
        <translation>Engine running on %1 - %2 of %3 accounts registered</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Engine status</source>
        <translation>Engine status</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;New...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Delete...</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Keyboard shortcuts...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationContractModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Cancel by</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationNumberModel</name>
    <message>
        <source>Test number</source>
        <translation>Test number</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>To port</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wish date</source>
        <translation>Wish date</translation>
    </message>
    <message>
        <source>Porting date</source>
        <translation>Porting date</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationProjectModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tasks done</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationTaskModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationsPage</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Created the migration project for %1 with the standard tasks of the four phases.</source>
        <translation>Created the migration project for %1 with the standard tasks of the four phases.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n number(s).</source>
        <translation>
            <numerusform>Added %n number(s).</numerusform>
            <numerusform>Added %n number(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed +%1.</source>
        <translation>Removed +%1.</translation>
    </message>
    <message>
        <source>Added the contract with %1; cancel by %2.</source>
        <translation>Added the contract with %1; cancel by %2.</translation>
    </message>
    <message>
        <source>Select the contract (on the Contracts tab) the letter is for.</source>
        <translation>Select the contract (on the Contracts tab) the letter is for.</translation>
    </message>
    <message>
        <source>Letter as PDF</source>
        <translation>Letter as PDF</translation>
    </message>
    <message>
        <source>porting-letter-%1.pdf</source>
        <translation>porting-letter-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the letter to %1 to %2.</source>
        <translation>Wrote the letter to %1 to %2.</translation>
    </message>
    <message>
        <source>New migration project</source>
        <translation>New migration project</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Contact person (signs the letter)</source>
        <translation>Contact person (signs the letter)</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Create project</translation>
    </message>
    <message>
        <source>No migration projects yet — enter a customer below and Create project. It starts with the standard tasks of the four phases.</source>
        <translation>No migration projects yet — enter a customer below and Create project. It starts with the standard tasks of the four phases.</translation>
    </message>
    <message>
        <source>Letter as PDF…</source>
        <translation>Letter as PDF…</translation>
    </message>
    <message>
        <source>The cancellation and number porting letter to the current provider, in the project's language</source>
        <translation>The cancellation and number porting letter to the current provider, in the project's language</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Numbers to port, e.g. 050 123 4567, +31501234568</source>
        <translation>Numbers to port, e.g. 050 123 4567, +31501234568</translation>
    </message>
    <message>
        <source>Wish date</source>
        <translation>Wish date</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Test number</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Add number</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Current provider</translation>
    </message>
    <message>
        <source>Customer/contract number</source>
        <translation>Customer/contract number</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Notice (days)</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>Add contract</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
</context>
<context>
    <name>centrale::ui::NewPhoneAccountDialog</name>
    <message>
        <source>New phone account</source>
        <translation>New phone account</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>E.164, e.g. +31501234567</source>
        <translation>E.164, e.g. +31501234567</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Saving the phone account and storing its password in %1...</source>
        <translation>Saving the phone account and storing its password in %1...</translation>
    </message>
    <message>
        <source>Press Save to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH to keep the passwords in a file readable only by you.</source>
        <translation>Press Save to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH to keep the passwords in a file readable only by you.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::NumberModel</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
</context>
<context>
    <name>centrale::ui::NumbersPage</name>
    <message>
        <source>Not unlinked</source>
        <translation>Not unlinked</translation>
    </message>
    <message>
        <source>+%1 belongs to %2; change it there.</source>
        <translation>+%1 belongs to %2; change it there.</translation>
    </message>
    <message>
        <source>Unlink number</source>
        <translation>Unlink number</translation>
    </message>
    <message>
        <source>Unlink +%1 from %2? It becomes free.</source>
        <translation>Unlink +%1 from %2? It becomes free.</translation>
    </message>
    <message>
        <source>Filter numbers or what they are linked to</source>
        <translation>Filter numbers or what they are linked to</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>&amp;Free only</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Unlink selected number</source>
        <translation>Unlink selected number</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Loading numbers...</source>
        <translation>Loading numbers...</translation>
    </message>
    <message>
        <source>No numbers yet — they are added with a trunk, a phone account or centralectl number add</source>
        <translation>No numbers yet — they are added with a trunk, a phone account or centralectl number add</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Generate password</source>
        <translation>Generate password</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copy password</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PhoneAccountModel</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Contact: %1
User agent: %2</source>
        <translation>Contact: %1
User agent: %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Simultaneous calls</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP whitelist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last provisioned</source>
        <translation>Last provisioned</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PhoneAccountsPage</name>
    <message>
        <source>Phone account added</source>
        <translation>Phone account added</translation>
    </message>
    <message>
        <source>Username: %1
Password: %2
The password is kept in %3.</source>
        <translation>Username: %1
Password: %2
The password is kept in %3.</translation>
    </message>
    <message>
        <source>Delete phone account</source>
        <translation>Delete phone account</translation>
    </message>
    <message>
        <source>Delete phone account +%1? The number becomes free.</source>
        <translation>Delete phone account +%1? The number becomes free.</translation>
    </message>
    <message>
        <source>Phone account not deleted</source>
        <translation>Phone account not deleted</translation>
    </message>
    <message>
        <source>&amp;New phone account...</source>
        <translation>&amp;New phone account...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete selected phone account</source>
        <translation>Delete selected phone account</translation>
    </message>
    <message>
        <source>Phone accounts</source>
        <translation>Phone accounts</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <source>Export the selected phone account's softphone configuration</source>
        <translation>Export the selected phone account's softphone configuration</translation>
    </message>
    <message>
        <source>Dia&amp;gnose...</source>
        <translation>Dia&amp;gnose...</translation>
    </message>
    <message>
        <source>Registrations and connection check of the selected phone account</source>
        <translation>Registrations and connection check of the selected phone account</translation>
    </message>
    <message>
        <source>&amp;Provisioning...</source>
        <translation>&amp;Provisioning...</translation>
    </message>
    <message>
        <source>MAC address, model and provisioning URL of the selected phone account</source>
        <translation>MAC address, model and provisioning URL of the selected phone account</translation>
    </message>
    <message>
        <source>No phone accounts yet</source>
        <translation>No phone accounts yet</translation>
    </message>
    <message>
        <source>New phone account...</source>
        <translation>New phone account...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PhoneProvisioningDialog</name>
    <message>
        <source>Copy &amp;TFTP URL</source>
        <translation>Copy &amp;TFTP URL</translation>
    </message>
    <message>
        <source>New &amp;HTTPS URL (copy)</source>
        <translation>New &amp;HTTPS URL (copy)</translation>
    </message>
    <message>
        <source>Provisioning of +%1</source>
        <translation>Provisioning of +%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>e.g. 00:15:65:AA:BB:CC</source>
        <translation>e.g. 00:15:65:AA:BB:CC</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Phone model</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>&amp;MAC address</source>
        <translation>&amp;MAC address</translation>
    </message>
    <message>
        <source>Phone &amp;model</source>
        <translation>Phone &amp;model</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Last provisioned</source>
        <translation>Last provisioned</translation>
    </message>
    <message>
        <source>Provisioning URL</source>
        <translation>Provisioning URL</translation>
    </message>
    <message>
        <source>Makes a new secret HTTPS address for this phone and copies it; the previous one stops working.</source>
        <translation>Makes a new secret HTTPS address for this phone and copies it; the previous one stops working.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>(a MAC address and a model are needed)</source>
        <translation>(a MAC address and a model are needed)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <source>Copied a new HTTPS URL (the previous one no longer works): %1</source>
        <translation>Copied a new HTTPS URL (the previous one no longer works): %1</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PrefixListEditor</name>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Prefix in international form, e.g. +3190612</source>
        <translation>Prefix in international form, e.g. +3190612</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation>Remove selected %1</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ProvisioningSettings</name>
    <message>
        <source>Provisioning settings saved; they apply when the engine starts next.</source>
        <translation>Provisioning settings saved; they apply when the engine starts next.</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>TFTP provisioning on</source>
        <translation>TFTP provisioning on</translation>
    </message>
    <message>
        <source>&amp;TFTP server</source>
        <translation>&amp;TFTP server</translation>
    </message>
    <message>
        <source>TFTP server address</source>
        <translation>TFTP server address</translation>
    </message>
    <message>
        <source>Provisioning &amp;whitelist</source>
        <translation>Provisioning &amp;whitelist</translation>
    </message>
    <message>
        <source>Provisioning whitelist</source>
        <translation>Provisioning whitelist</translation>
    </message>
    <message>
        <source>Addresses besides each phone account's whitelist, e.g. 192.0.2.0/24, 198.51.100.7</source>
        <translation>Addresses besides each phone account's whitelist, e.g. 192.0.2.0/24, 198.51.100.7</translation>
    </message>
    <message>
        <source>&amp;HTTPS server</source>
        <translation>&amp;HTTPS server</translation>
    </message>
    <message>
        <source>HTTPS provisioning server address</source>
        <translation>HTTPS provisioning server address</translation>
    </message>
    <message>
        <source>e.g. 0.0.0.0:8443 (empty: off)</source>
        <translation>e.g. 0.0.0.0:8443 (empty: off)</translation>
    </message>
    <message>
        <source>Save &amp;provisioning</source>
        <translation>Save &amp;provisioning</translation>
    </message>
</context>
<context>
    <name>centrale::ui::RecordingBox</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>kept %1 days</source>
        <translation>kept %1 days</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Default (%1)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Recorded, kept %1 days</source>
        <translation>Recorded, kept %1 days</translation>
    </message>
    <message>
        <source>Announcement: default (%1)</source>
        <translation>Announcement: default (%1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Announce "this call may be recorded"</source>
        <translation>Announce "this call may be recorded"</translation>
    </message>
    <message>
        <source>No announcement</source>
        <translation>No announcement</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Call recording</translation>
    </message>
    <message>
        <source>Recording announcement</source>
        <translation>Recording announcement</translation>
    </message>
</context>
<context>
    <name>centrale::ui::RecordingsModel</name>
    <message>
        <source>Call ID %1</source>
        <translation>Call ID %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Callee</translation>
    </message>
    <message>
        <source>Trunk / phone</source>
        <translation>Trunk / phone</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>centrale::ui::RecordingsPage</name>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>Cannot play the recording: %1</translation>
    </message>
    <message>
        <source>Export recordings to</source>
        <translation>Export recordings to</translation>
    </message>
    <message>
        <source>Export recordings</source>
        <translation>Export recordings</translation>
    </message>
    <message>
        <source>The last day of the period is before the first.</source>
        <translation>The last day of the period is before the first.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recording(s) to %1 with recordings.xlsx.</source>
        <translation>
            <numerusform>Exported %n recording(s) to %1 with recordings.xlsx.</numerusform>
            <numerusform>Exported %n recording(s) to %1 with recordings.xlsx.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were missing.</source>
        <translation>
            <numerusform>%n file(s) were missing.</numerusform>
            <numerusform>%n file(s) were missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings not loaded: %1</source>
        <translation>Recordings not loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) shown.</source>
        <translation>
            <numerusform>%n recording(s) shown.</numerusform>
            <numerusform>%n recording(s) shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Filter by call ID, caller, callee or trunk/phone</source>
        <translation>Filter by call ID, caller, callee or trunk/phone</translation>
    </message>
    <message>
        <source>First day of the period to export</source>
        <translation>First day of the period to export</translation>
    </message>
    <message>
        <source>Last day of the period to export</source>
        <translation>Last day of the period to export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Call recording is unavailable: %1. Calls still work, without recording.</source>
        <translation>Call recording is unavailable: %1. Calls still work, without recording.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::RegionListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>centrale::ui::SecretSettings</name>
    <message>
        <source>Password saved in %1.</source>
        <translation>Password saved in %1.</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 not saved: %2</translation>
    </message>
    <message>
        <source>SMTP &amp;password</source>
        <translation>SMTP &amp;password</translation>
    </message>
    <message>
        <source>U&amp;pstream password</source>
        <translation>U&amp;pstream password</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <source>Upstream password</source>
        <translation>Upstream password</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Save &amp;passwords</source>
        <translation>Save &amp;passwords</translation>
    </message>
</context>
<context>
    <name>centrale::ui::SecurityPage</name>
    <message>
        <source>Trunk %1</source>
        <translation>Trunk %1</translation>
    </message>
    <message>
        <source>Phone account +%1</source>
        <translation>Phone account +%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Simultaneous calls</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP whitelist</translation>
    </message>
    <message>
        <source>Limit per hour</source>
        <translation>Limit per hour</translation>
    </message>
    <message>
        <source>Limit per day</source>
        <translation>Limit per day</translation>
    </message>
    <message>
        <source>Limit per week</source>
        <translation>Limit per week</translation>
    </message>
    <message>
        <source>Calls per hour (0 = no limit)</source>
        <translation>Calls per hour (0 = no limit)</translation>
    </message>
    <message>
        <source>Calls per day (0 = no limit)</source>
        <translation>Calls per day (0 = no limit)</translation>
    </message>
    <message>
        <source>Calls per week (0 = no limit)</source>
        <translation>Calls per week (0 = no limit)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <source>Usage of the limit: %1</source>
        <translation>Usage of the limit: %1</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Cannot read what the account spent: %1</source>
        <translation>Cannot read what the account spent: %1</translation>
    </message>
    <message>
        <source>Unblocked; the engine allows calls again within a second.</source>
        <translation>Unblocked; the engine allows calls again within a second.</translation>
    </message>
    <message>
        <source>New calls per second (0 = no limit)</source>
        <translation>New calls per second (0 = no limit)</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Call recording</translation>
    </message>
</context>
<context>
    <name>centrale::ui::SettingsGroupForm</name>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
</context>
<context>
    <name>centrale::ui::SettingsPage</name>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Engine settings</source>
        <translation>Engine settings</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Carrier registration: the engine is not running</source>
        <translation>Carrier registration: the engine is not running</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved (%n changed).</source>
        <translation>
            <numerusform>Settings saved (%n changed).</numerusform>
            <numerusform>Settings saved (%n changed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier registration: none (set the carrier username here and the carrier password under Passwords)</source>
        <translation>Carrier registration: none (set the carrier username here and the carrier password under Passwords)</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Save &amp;all keys</source>
        <translation>Save &amp;all keys</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TraceDialog</name>
    <message>
        <source>SIP trace of call %1</source>
        <translation>SIP trace of call %1</translation>
    </message>
    <message>
        <source>Diagnostics of trunk %1</source>
        <translation>Diagnostics of trunk %1</translation>
    </message>
    <message>
        <source>Diagnostics of phone account %1</source>
        <translation>Diagnostics of phone account %1</translation>
    </message>
    <message>
        <source>Loading the SIP trace...</source>
        <translation>Loading the SIP trace...</translation>
    </message>
    <message>
        <source>Click an arrow to see the whole message.</source>
        <translation>Click an arrow to see the whole message.</translation>
    </message>
    <message>
        <source>SIP message</source>
        <translation>SIP message</translation>
    </message>
    <message>
        <source>Save as pcap...</source>
        <translation>Save as pcap...</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <source>%1  %2 → %3  (%4 bytes)</source>
        <translation>%1  %2 → %3  (%4 bytes)</translation>
    </message>
    <message>
        <source>No registrations or OPTIONS checks of this account in the SIP trace yet.</source>
        <translation>No registrations or OPTIONS checks of this account in the SIP trace yet.</translation>
    </message>
    <message>
        <source>No SIP messages of this call in the trace (older than the trace keeps, or tracing was off).</source>
        <translation>No SIP messages of this call in the trace (older than the trace keeps, or tracing was off).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s). The final answer is drawn bold: green when it succeeded, red when not; a Warning's reason follows it. Click an arrow to see the whole message.</source>
        <translation>
            <numerusform>%n message(s). The final answer is drawn bold: green when it succeeded, red when not; a Warning's reason follows it. Click an arrow to see the whole message.</numerusform>
            <numerusform>%n message(s). The final answer is drawn bold: green when it succeeded, red when not; a Warning's reason follows it. Click an arrow to see the whole message.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save SIP trace as pcap</source>
        <translation>Save SIP trace as pcap</translation>
    </message>
    <message>
        <source>pcap files (*.pcap)</source>
        <translation>pcap files (*.pcap)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n message(s) to %1 (open it with Wireshark or sngrep -I).</source>
        <translation>
            <numerusform>Saved %n message(s) to %1 (open it with Wireshark or sngrep -I).</numerusform>
            <numerusform>Saved %n message(s) to %1 (open it with Wireshark or sngrep -I).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the connection...</source>
        <translation>Checking the connection...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkAccountsPage</name>
    <message>
        <source>Enter a username.</source>
        <translation>Enter a username.</translation>
    </message>
    <message>
        <source>The primary and secondary account need different usernames.</source>
        <translation>The primary and secondary account need different usernames.</translation>
    </message>
    <message>
        <source>A password needs 8 to 128 printable characters.</source>
        <translation>A password needs 8 to 128 printable characters.</translation>
    </message>
    <message>
        <source>Wizard - step 2/2</source>
        <translation>Wizard - step 2/2</translation>
    </message>
    <message>
        <source>The SIP accounts your PBX registers with. Leave a password empty to keep it.</source>
        <translation>The SIP accounts your PBX registers with. Leave a password empty to keep it.</translation>
    </message>
    <message>
        <source>The SIP accounts your PBX registers with. Leave a password empty to generate one.</source>
        <translation>The SIP accounts your PBX registers with. Leave a password empty to generate one.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Primary account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primary account&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secondary account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secondary account&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>U&amp;sername</source>
        <translation>U&amp;sername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>SIP server address</source>
        <translation>SIP server address</translation>
    </message>
    <message>
        <source>Primary username</source>
        <translation>Primary username</translation>
    </message>
    <message>
        <source>Secondary username</source>
        <translation>Secondary username</translation>
    </message>
    <message>
        <source>Primary password</source>
        <translation>Primary password</translation>
    </message>
    <message>
        <source>Secondary password</source>
        <translation>Secondary password</translation>
    </message>
    <message>
        <source>Primary SIP server address</source>
        <translation>Primary SIP server address</translation>
    </message>
    <message>
        <source>Secondary SIP server address</source>
        <translation>Secondary SIP server address</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkGeneralPage</name>
    <message>
        <source>Enter a name for the trunk.</source>
        <translation>Enter a name for the trunk.</translation>
    </message>
    <message>
        <source>A trunk named "%1" already exists.</source>
        <translation>A trunk named "%1" already exists.</translation>
    </message>
    <message>
        <source>Add at least one IP address or subnet of the PBX.</source>
        <translation>Add at least one IP address or subnet of the PBX.</translation>
    </message>
    <message>
        <source>Wizard - step 1/2</source>
        <translation>Wizard - step 1/2</translation>
    </message>
    <message>
        <source>The trunk: its PBX, the addresses it connects from and its numbers.</source>
        <translation>The trunk: its PBX, the addresses it connects from and its numbers.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Simultaneous calls</source>
        <translation>&amp;Simultaneous calls</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation>Number &amp;format</translation>
    </message>
    <message>
        <source>&amp;IP addresses/subnets</source>
        <translation>&amp;IP addresses/subnets</translation>
    </message>
    <message>
        <source>N&amp;umbers</source>
        <translation>N&amp;umbers</translation>
    </message>
    <message>
        <source>Fail&amp;over to call plan</source>
        <translation>Fail&amp;over to call plan</translation>
    </message>
    <message>
        <source>Trunk name</source>
        <translation>Trunk name</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Simultaneous calls</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>PBX model, e.g. 520</source>
        <translation>PBX model, e.g. 520</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Number format</translation>
    </message>
    <message>
        <source>With + (+31502053031)</source>
        <translation>With + (+31502053031)</translation>
    </message>
    <message>
        <source>Without + (31502053031)</source>
        <translation>Without + (31502053031)</translation>
    </message>
    <message>
        <source>How numbers are sent to your PBX and how the PBX must send them to us: in international format with a leading + or without it. Choose what your PBX expects.</source>
        <translation>How numbers are sent to your PBX and how the PBX must send them to us: in international format with a leading + or without it. Choose what your PBX expects.</translation>
    </message>
    <message>
        <source>Failover to call plan</source>
        <translation>Failover to call plan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkModel</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Contact: %1
User agent: %2</source>
        <translation>Contact: %1
User agent: %2</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP addresses</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Simultaneous calls</translation>
    </message>
    <message>
        <source>Primary account</source>
        <translation>Primary account</translation>
    </message>
    <message>
        <source>Secondary account</source>
        <translation>Secondary account</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkNumbersEditor</name>
    <message>
        <source>Inbound (DID) for +%1</source>
        <translation>Inbound (DID) for +%1</translation>
    </message>
    <message>
        <source>Caller ID for +%1</source>
        <translation>Caller ID for +%1</translation>
    </message>
    <message>
        <source>Free number to add</source>
        <translation>Free number to add</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Add number</translation>
    </message>
    <message>
        <source>Add the selected number</source>
        <translation>Add the selected number</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove selected number</source>
        <translation>Remove selected number</translation>
    </message>
    <message>
        <source>Numbers of this trunk</source>
        <translation>Numbers of this trunk</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Inbound (DID)</source>
        <translation>Inbound (DID)</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Caller ID</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkRegistrationModel</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkWizard</name>
    <message>
        <source>Trunk not saved</source>
        <translation>Trunk not saved</translation>
    </message>
    <message>
        <source>Edit trunk %1</source>
        <translation>Edit trunk %1</translation>
    </message>
    <message>
        <source>New trunk</source>
        <translation>New trunk</translation>
    </message>
    <message>
        <source>Saving the trunk and storing its passwords in %1...</source>
        <translation>Saving the trunk and storing its passwords in %1...</translation>
    </message>
    <message>
        <source>Press Finish to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH to keep the passwords in a file readable only by you.</source>
        <translation>Press Finish to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH to keep the passwords in a file readable only by you.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunksPage</name>
    <message>
        <source>Delete trunk</source>
        <translation>Delete trunk</translation>
    </message>
    <message>
        <source>Delete trunk "%1"? Its numbers become free and its PBX can no longer register.</source>
        <translation>Delete trunk "%1"? Its numbers become free and its PBX can no longer register.</translation>
    </message>
    <message>
        <source>Trunk not deleted</source>
        <translation>Trunk not deleted</translation>
    </message>
    <message>
        <source>&amp;New trunk...</source>
        <translation>&amp;New trunk...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>New trunk</source>
        <translation>New trunk</translation>
    </message>
    <message>
        <source>Edit selected trunk</source>
        <translation>Edit selected trunk</translation>
    </message>
    <message>
        <source>Delete selected trunk</source>
        <translation>Delete selected trunk</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <source>Export the selected trunk's PBX configuration</source>
        <translation>Export the selected trunk's PBX configuration</translation>
    </message>
    <message>
        <source>Dia&amp;gnose...</source>
        <translation>Dia&amp;gnose...</translation>
    </message>
    <message>
        <source>Registrations and connection check of the selected trunk</source>
        <translation>Registrations and connection check of the selected trunk</translation>
    </message>
    <message>
        <source>No trunks yet</source>
        <translation>No trunks yet</translation>
    </message>
    <message>
        <source>New trunk...</source>
        <translation>New trunk...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::UsageBar</name>
    <message>
        <source>%1 of %2 spent (%3 %)</source>
        <translation>%1 of %2 spent (%3 %)</translation>
    </message>
    <message>
        <source>%1. Warning mails at %2 % and %3 %.</source>
        <translation>%1. Warning mails at %2 % and %3 %.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::VoicemailModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Called number</source>
        <translation>Called number</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
</context>
<context>
    <name>centrale::ui::VoicemailPanel</name>
    <message>
        <source>Greeting: this call plan's own recording.</source>
        <translation>Greeting: this call plan's own recording.</translation>
    </message>
    <message>
        <source>Greeting: the default one (setting voicemail.language).</source>
        <translation>Greeting: the default one (setting voicemail.language).</translation>
    </message>
    <message>
        <source>Message not played</source>
        <translation>Message not played</translation>
    </message>
    <message>
        <source>The file %1 is missing.</source>
        <translation>The file %1 is missing.</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Delete message</translation>
    </message>
    <message>
        <source>Delete the voicemail message from %1? Its recording is deleted too.</source>
        <translation>Delete the voicemail message from %1? Its recording is deleted too.</translation>
    </message>
    <message>
        <source>Message not deleted</source>
        <translation>Message not deleted</translation>
    </message>
    <message>
        <source>Greeting for %1</source>
        <translation>Greeting for %1</translation>
    </message>
    <message>
        <source>WAV files (*.wav)</source>
        <translation>WAV files (*.wav)</translation>
    </message>
    <message>
        <source>Greeting not used</source>
        <translation>Greeting not used</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Greeting not changed</source>
        <translation>Greeting not changed</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Voicemail of %1</source>
        <translation>Voicemail of %1</translation>
    </message>
    <message>
        <source>Voicemail messages</source>
        <translation>Voicemail messages</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Play the selected voicemail message</source>
        <translation>Play the selected voicemail message</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>Delete &amp;message</translation>
    </message>
    <message>
        <source>Delete the selected voicemail message</source>
        <translation>Delete the selected voicemail message</translation>
    </message>
    <message>
        <source>&amp;Greeting...</source>
        <translation>&amp;Greeting...</translation>
    </message>
    <message>
        <source>Upload a WAV greeting for this call plan's voicemail</source>
        <translation>Upload a WAV greeting for this call plan's voicemail</translation>
    </message>
    <message>
        <source>Default greeting</source>
        <translation>Default greeting</translation>
    </message>
    <message>
        <source>Voicemail is unavailable: %1. Calls that reach a voicemail step are answered 480 Temporarily Unavailable.</source>
        <translation>Voicemail is unavailable: %1. Calls that reach a voicemail step are answered 480 Temporarily Unavailable.</translation>
    </message>
</context>
<context>
    <name>centralectl</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>--%1 must be a whole number from %2 to %3, not "%4".</translation>
    </message>
    <message>
        <source>Name of the call plan.</source>
        <translation>Name of the call plan.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Internal number, e.g. 3031.</source>
        <translation>Internal number, e.g. 3031.</translation>
    </message>
    <message>
        <source>DIGITS</source>
        <translation>DIGITS</translation>
    </message>
    <message>
        <source>The number (E.164).</source>
        <translation>The number (E.164).</translation>
    </message>
    <message>
        <source>E164</source>
        <translation>E164</translation>
    </message>
    <message>
        <source>Create a call plan.</source>
        <translation>Create a call plan.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>Created call plan "%1"</source>
        <translation>Created call plan "%1"</translation>
    </message>
    <message>
        <source>Show one call plan.</source>
        <translation>Show one call plan.</translation>
    </message>
    <message>
        <source>List call plans with their external numbers.</source>
        <translation>List call plans with their external numbers.</translation>
    </message>
    <message>
        <source>callplan show takes exactly one name.</source>
        <translation>callplan show takes exactly one name.</translation>
    </message>
    <message>
        <source>(no external number)</source>
        <translation>(no external number)</translation>
    </message>
    <message>
        <source>Link a free number to a call plan.</source>
        <translation>Link a free number to a call plan.</translation>
    </message>
    <message>
        <source>--callplan and --number are required.</source>
        <translation>--callplan and --number are required.</translation>
    </message>
    <message>
        <source>Linked +%1 to call plan "%2"</source>
        <translation>Linked +%1 to call plan "%2"</translation>
    </message>
    <message>
        <source>Unlink a number from its call plan, so that it becomes free.</source>
        <translation>Unlink a number from its call plan, so that it becomes free.</translation>
    </message>
    <message>
        <source>--number is required.</source>
        <translation>--number is required.</translation>
    </message>
    <message>
        <source>+%1 is now free</source>
        <translation>+%1 is now free</translation>
    </message>
    <message>
        <source>Remove a call plan; its numbers become free.</source>
        <translation>Remove a call plan; its numbers become free.</translation>
    </message>
    <message>
        <source>callplan remove takes exactly one name.</source>
        <translation>callplan remove takes exactly one name.</translation>
    </message>
    <message>
        <source>Removed call plan "%1"</source>
        <translation>Removed call plan "%1"</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Keep passwords in this 0600 file instead of the keychain (headless servers).</source>
        <translation>Keep passwords in this 0600 file instead of the keychain (headless servers).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machine-readable output.</translation>
    </message>
    <message>
        <source> (see: centralectl %1 --help)</source>
        <translation> (see: centralectl %1 --help)</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (see: centralectl %2 --help).</source>
        <translation>Unexpected argument "%1" (see: centralectl %2 --help).</translation>
    </message>
    <message>
        <source>Add numbers owned by the customer; they start free.</source>
        <translation>Add numbers owned by the customer; they start free.</translation>
    </message>
    <message>
        <source>Numbers: +31501234567, 0031501234567, 31501234567 or 050 123 4567.</source>
        <translation>Numbers: +31501234567, 0031501234567, 31501234567 or 050 123 4567.</translation>
    </message>
    <message>
        <source>number add needs at least one number.</source>
        <translation>number add needs at least one number.</translation>
    </message>
    <message>
        <source>Added +%1</source>
        <translation>Added +%1</translation>
    </message>
    <message>
        <source>Only free numbers (linked to nothing).</source>
        <translation>Only free numbers (linked to nothing).</translation>
    </message>
    <message>
        <source>List numbers and what each is linked to.</source>
        <translation>List numbers and what each is linked to.</translation>
    </message>
    <message>
        <source>Remove a free number.</source>
        <translation>Remove a free number.</translation>
    </message>
    <message>
        <source>The number to remove.</source>
        <translation>The number to remove.</translation>
    </message>
    <message>
        <source>number remove takes exactly one number.</source>
        <translation>number remove takes exactly one number.</translation>
    </message>
    <message>
        <source>Removed +%1</source>
        <translation>Removed +%1</translation>
    </message>
    <message>
        <source>Unknown action "number %1"; use add, list or remove.</source>
        <translation>Unknown action "number %1"; use add, list or remove.</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line). Without it one is generated and printed once.</source>
        <translation>Read the password from standard input (one line). Without it one is generated and printed once.</translation>
    </message>
    <message>
        <source>The phone account's number; also its username.</source>
        <translation>The phone account's number; also its username.</translation>
    </message>
    <message>
        <source>Allowed address or subnet (optional); repeat for more.</source>
        <translation>Allowed address or subnet (optional); repeat for more.</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Simultaneous calls (default 2).</source>
        <translation>Simultaneous calls (default 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Create a phone account (toestelaccount).</source>
        <translation>Create a phone account (toestelaccount).</translation>
    </message>
    <message>
        <source>--password-stdin expects the password on the first line of standard input.</source>
        <translation>--password-stdin expects the password on the first line of standard input.</translation>
    </message>
    <message>
        <source>Created phone account +%1 (username %1)</source>
        <translation>Created phone account +%1 (username %1)</translation>
    </message>
    <message>
        <source>Password: %1 (shown only now)</source>
        <translation>Password: %1 (shown only now)</translation>
    </message>
    <message>
        <source>Set a new password for a phone account.</source>
        <translation>Set a new password for a phone account.</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>The number.</translation>
    </message>
    <message>
        <source>phone password takes exactly one number.</source>
        <translation>phone password takes exactly one number.</translation>
    </message>
    <message>
        <source>New password: %1 (shown only now)</source>
        <translation>New password: %1 (shown only now)</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>List phone accounts.</source>
        <translation>List phone accounts.</translation>
    </message>
    <message>
        <source>(any address)</source>
        <translation>(any address)</translation>
    </message>
    <message>
        <source>Remove a phone account; its number becomes free.</source>
        <translation>Remove a phone account; its number becomes free.</translation>
    </message>
    <message>
        <source>phone remove takes exactly one number.</source>
        <translation>phone remove takes exactly one number.</translation>
    </message>
    <message>
        <source>Removed phone account +%1</source>
        <translation>Removed phone account +%1</translation>
    </message>
    <message>
        <source>List every setting with its value.</source>
        <translation>List every setting with its value.</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (default)</translation>
    </message>
    <message>
        <source>Print one setting.</source>
        <translation>Print one setting.</translation>
    </message>
    <message>
        <source>The setting's key.</source>
        <translation>The setting's key.</translation>
    </message>
    <message>
        <source>settings get takes exactly one key.</source>
        <translation>settings get takes exactly one key.</translation>
    </message>
    <message>
        <source>Change one setting (validated).</source>
        <translation>Change one setting (validated).</translation>
    </message>
    <message>
        <source>Key and new value.</source>
        <translation>Key and new value.</translation>
    </message>
    <message>
        <source>settings set takes a key and a value.</source>
        <translation>settings set takes a key and a value.</translation>
    </message>
    <message>
        <source>--number: unknown flag ":%1"; use :in (inbound) and/or :cid (caller ID).</source>
        <translation>--number: unknown flag ":%1"; use :in (inbound) and/or :cid (caller ID).</translation>
    </message>
    <message>
        <source>Trunk name.</source>
        <translation>Trunk name.</translation>
    </message>
    <message>
        <source>Simultaneous calls (1-%1).</source>
        <translation>Simultaneous calls (1-%1).</translation>
    </message>
    <message>
        <source>PBX brand: %1.</source>
        <translation>PBX brand: %1.</translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation>BRAND</translation>
    </message>
    <message>
        <source>PBX type or model.</source>
        <translation>PBX type or model.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Number format the PBX sends: plus (+31…) or noplus (0031…/31…).</source>
        <translation>Number format the PBX sends: plus (+31…) or noplus (0031…/31…).</translation>
    </message>
    <message>
        <source>plus|noplus</source>
        <translation>plus|noplus</translation>
    </message>
    <message>
        <source>Allowed PBX address or subnet; repeat for more.</source>
        <translation>Allowed PBX address or subnet; repeat for more.</translation>
    </message>
    <message>
        <source>A free number for the trunk; :in = inbound, :cid = caller ID (default both).</source>
        <translation>A free number for the trunk; :in = inbound, :cid = caller ID (default both).</translation>
    </message>
    <message>
        <source>E164[:in][:cid]</source>
        <translation>E164[:in][:cid]</translation>
    </message>
    <message>
        <source>Call plan that takes calls the PBX does not answer.</source>
        <translation>Call plan that takes calls the PBX does not answer.</translation>
    </message>
    <message>
        <source>CALLPLAN</source>
        <translation>CALLPLAN</translation>
    </message>
    <message>
        <source>Username of the primary account (default: first number).</source>
        <translation>Username of the primary account (default: first number).</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Username of the secondary account (default: first number-2).</source>
        <translation>Username of the secondary account (default: first number-2).</translation>
    </message>
    <message>
        <source>Read the primary, then the secondary password from standard input, one per line. Without it both are generated and printed once.</source>
        <translation>Read the primary, then the secondary password from standard input, one per line. Without it both are generated and printed once.</translation>
    </message>
    <message>
        <source>Create a SIP trunk with its primary and secondary account.</source>
        <translation>Create a SIP trunk with its primary and secondary account.</translation>
    </message>
    <message>
        <source>--%1 is required (see: centralectl trunk add --help).</source>
        <translation>--%1 is required (see: centralectl trunk add --help).</translation>
    </message>
    <message>
        <source>--brand "%1" is not known; use one of: %2.</source>
        <translation>--brand "%1" is not known; use one of: %2.</translation>
    </message>
    <message>
        <source>--format must be plus or noplus, not "%1".</source>
        <translation>--format must be plus or noplus, not "%1".</translation>
    </message>
    <message>
        <source>A trunk without numbers needs --primary-user and --secondary-user.</source>
        <translation>A trunk without numbers needs --primary-user and --secondary-user.</translation>
    </message>
    <message>
        <source>--password-stdin expects two lines: the primary and the secondary password.</source>
        <translation>--password-stdin expects two lines: the primary and the secondary password.</translation>
    </message>
    <message>
        <source>Created trunk "%1" (primary %2, secondary %3)</source>
        <translation>Created trunk "%1" (primary %2, secondary %3)</translation>
    </message>
    <message>
        <source>Primary password:   %1</source>
        <translation>Primary password:   %1</translation>
    </message>
    <message>
        <source>Secondary password: %1</source>
        <translation>Secondary password: %1</translation>
    </message>
    <message>
        <source>These passwords are shown only now; they are kept in %1.</source>
        <translation>These passwords are shown only now; they are kept in %1.</translation>
    </message>
    <message>
        <source>Show one trunk.</source>
        <translation>Show one trunk.</translation>
    </message>
    <message>
        <source>List trunks.</source>
        <translation>List trunks.</translation>
    </message>
    <message>
        <source>Name of the trunk.</source>
        <translation>Name of the trunk.</translation>
    </message>
    <message>
        <source>trunk show takes exactly one name.</source>
        <translation>trunk show takes exactly one name.</translation>
    </message>
    <message>
        <source>Remove a trunk; its numbers become free.</source>
        <translation>Remove a trunk; its numbers become free.</translation>
    </message>
    <message>
        <source>trunk remove takes exactly one name.</source>
        <translation>trunk remove takes exactly one name.</translation>
    </message>
    <message>
        <source>Removed trunk "%1"</source>
        <translation>Removed trunk "%1"</translation>
    </message>
    <message>
        <source>Trunk:             %1</source>
        <translation>Trunk:             %1</translation>
    </message>
    <message>
        <source>Brand / type:      %1 %2</source>
        <translation>Brand / type:      %1 %2</translation>
    </message>
    <message>
        <source>Simultaneous calls: %1</source>
        <translation>Simultaneous calls: %1</translation>
    </message>
    <message>
        <source>Number format:     %1</source>
        <translation>Number format:     %1</translation>
    </message>
    <message>
        <source>with + (+31…)</source>
        <translation>with + (+31…)</translation>
    </message>
    <message>
        <source>without + (0031… or 31…)</source>
        <translation>without + (0031… or 31…)</translation>
    </message>
    <message>
        <source>IP addresses:      %1</source>
        <translation>IP addresses:      %1</translation>
    </message>
    <message>
        <source>Failover:          %1</source>
        <translation>Failover:          %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Number:            +%1 %2 %3</source>
        <translation>Number:            +%1 %2 %3</translation>
    </message>
    <message>
        <source>[inbound]</source>
        <translation>[inbound]</translation>
    </message>
    <message>
        <source>[caller ID]</source>
        <translation>[caller ID]</translation>
    </message>
    <message>
        <source>Primary account:   %1 @ %2</source>
        <translation>Primary account:   %1 @ %2</translation>
    </message>
    <message>
        <source>Secondary account: %1 @ %2</source>
        <translation>Secondary account: %1 @ %2</translation>
    </message>
    <message>
        <source>Numbers owned by the customer</source>
        <translation>Numbers owned by the customer</translation>
    </message>
    <message>
        <source>Call plans (belplannen)</source>
        <translation>Call plans (belplannen)</translation>
    </message>
    <message>
        <source>SIP trunks with their two accounts</source>
        <translation>SIP trunks with their two accounts</translation>
    </message>
    <message>
        <source>Phone accounts (toestelaccounts)</source>
        <translation>Phone accounts (toestelaccounts)</translation>
    </message>
    <message>
        <source>Settings of the console and the engine</source>
        <translation>Settings of the console and the engine</translation>
    </message>
    <message>
        <source>Manage Centrale's trunks, numbers, call plans and engine from scripts.</source>
        <translation>Manage Centrale's trunks, numbers, call plans and engine from scripts.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Unknown command "%1" (see: centralectl --help).</source>
        <translation>Unknown command "%1" (see: centralectl --help).</translation>
    </message>
    <message>
        <source>Secondary server address (default: setting sip.secondary).</source>
        <translation>Secondary server address (default: setting sip.secondary).</translation>
    </message>
    <message>
        <source>Digest realm; must equal setting sip.realm.</source>
        <translation>Digest realm; must equal setting sip.realm.</translation>
    </message>
    <message>
        <source>Run the SIP engine in the foreground; one log line per event.</source>
        <translation>Run the SIP engine in the foreground; one log line per event.</translation>
    </message>
    <message>
        <source>--realm differs from the stored realm; the passwords' digests depend on it. Change it with: centralectl settings set sip.realm %1</source>
        <translation>--realm differs from the stored realm; the passwords' digests depend on it. Change it with: centralectl settings set sip.realm %1</translation>
    </message>
    <message>
        <source>Keep printing changes until interrupted.</source>
        <translation>Keep printing changes until interrupted.</translation>
    </message>
    <message>
        <source>Registration status of every trunk account and phone account.</source>
        <translation>Registration status of every trunk account and phone account.</translation>
    </message>
    <message>
        <source>engine: running (pid %1) on %2</source>
        <translation>engine: running (pid %1) on %2</translation>
    </message>
    <message>
        <source>engine: not running (states below are as it left them)</source>
        <translation>engine: not running (states below are as it left them)</translation>
    </message>
    <message>
        <source>Source addresses blocked after failed logins.</source>
        <translation>Source addresses blocked after failed logins.</translation>
    </message>
    <message>
        <source>Lift the block on a source address.</source>
        <translation>Lift the block on a source address.</translation>
    </message>
    <message>
        <source>The blocked address.</source>
        <translation>The blocked address.</translation>
    </message>
    <message>
        <source>blocked lift takes exactly one address.</source>
        <translation>blocked lift takes exactly one address.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>"%1" is not an IP address.</translation>
    </message>
    <message>
        <source>%1 is not blocked.</source>
        <translation>%1 is not blocked.</translation>
    </message>
    <message>
        <source>Lifted the block on %1; a running engine applies it within a second.</source>
        <translation>Lifted the block on %1; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>Unknown action "blocked %1"; use list or lift.</source>
        <translation>Unknown action "blocked %1"; use list or lift.</translation>
    </message>
    <message>
        <source>trunks and phone accounts</source>
        <translation>trunks and phone accounts</translation>
    </message>
    <message>
        <source>trunks</source>
        <translation>trunks</translation>
    </message>
    <message>
        <source>phone accounts</source>
        <translation>phone accounts</translation>
    </message>
    <message>
        <source>; default for %1</source>
        <translation>; default for %1</translation>
    </message>
    <message>
        <source>Export this trunk.</source>
        <translation>Export this trunk.</translation>
    </message>
    <message>
        <source>Export this phone account.</source>
        <translation>Export this phone account.</translation>
    </message>
    <message>
        <source>Export format (see --list-formats; default: the trunk brand's).</source>
        <translation>Export format (see --list-formats; default: the trunk brand's).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Folder to write the files to (created when missing).</source>
        <translation>Folder to write the files to (created when missing).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write the passwords into the files (created 0600). Without it they hold placeholders.</source>
        <translation>Write the passwords into the files (created 0600). Without it they hold placeholders.</translation>
    </message>
    <message>
        <source>Overwrite files that exist already.</source>
        <translation>Overwrite files that exist already.</translation>
    </message>
    <message>
        <source>List the export formats.</source>
        <translation>List the export formats.</translation>
    </message>
    <message>
        <source>Write the PBX configuration for a trunk or a phone account.</source>
        <translation>Write the PBX configuration for a trunk or a phone account.</translation>
    </message>
    <message>
        <source>Give either --trunk NAME or --phone E164 (see: centralectl export --help).</source>
        <translation>Give either --trunk NAME or --phone E164 (see: centralectl export --help).</translation>
    </message>
    <message>
        <source>--out is required (see: centralectl export --help).</source>
        <translation>--out is required (see: centralectl export --help).</translation>
    </message>
    <message>
        <source>--format "%1" is not known; use one of: %2.</source>
        <translation>--format "%1" is not known; use one of: %2.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 files) with passwords: the files are readable by you only (0600).</source>
        <translation>Exported %1 (%2 files) with passwords: the files are readable by you only (0600).</translation>
    </message>
    <message>
        <source>Exported %1 (%2 files) without passwords; placeholders mark where they go.</source>
        <translation>Exported %1 (%2 files) without passwords; placeholders mark where they go.</translation>
    </message>
    <message>
        <source>Source addresses blocked after failed logins</source>
        <translation>Source addresses blocked after failed logins</translation>
    </message>
    <message>
        <source>PBX configuration for a trunk or phone account</source>
        <translation>PBX configuration for a trunk or phone account</translation>
    </message>
    <message>
        <source>Run the SIP engine in the foreground</source>
        <translation>Run the SIP engine in the foreground</translation>
    </message>
    <message>
        <source>Live registration status of every account</source>
        <translation>Live registration status of every account</translation>
    </message>
    <message>
        <source>CSV output (header line, RFC 4180).</source>
        <translation>CSV output (header line, RFC 4180).</translation>
    </message>
    <message>
        <source>At most N calls, newest first (default 1000).</source>
        <translation>At most N calls, newest first (default 1000).</translation>
    </message>
    <message>
        <source>Only calls whose caller, callee, account, trunk/phone or reason contains TEXT.</source>
        <translation>Only calls whose caller, callee, account, trunk/phone or reason contains TEXT.</translation>
    </message>
    <message>
        <source>List the call log, newest first.</source>
        <translation>List the call log, newest first.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation>--json and --csv cannot be combined.</translation>
    </message>
    <message>
        <source>Unknown action "calls %1"; use list.</source>
        <translation>Unknown action "calls %1"; use list.</translation>
    </message>
    <message>
        <source>Replace the rate table with the rates in a CSV file (header: prefix,description,price_per_minute,setup_fee; prices in euro with a dot decimal). A file with any error changes nothing.</source>
        <translation>Replace the rate table with the rates in a CSV file (header: prefix,description,price_per_minute,setup_fee; prices in euro with a dot decimal). A file with any error changes nothing.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>rates import takes exactly one file.</source>
        <translation>rates import takes exactly one file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed.</source>
        <translation>%1: %2; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 holds no rates; nothing was changed.</source>
        <translation>%1 holds no rates; nothing was changed.</translation>
    </message>
    <message>
        <source>Imported 1 rate from %1.</source>
        <translation>Imported 1 rate from %1.</translation>
    </message>
    <message>
        <source>Imported %1 rates from %2.</source>
        <translation>Imported %1 rates from %2.</translation>
    </message>
    <message>
        <source>List the rate table by prefix (euro per minute, setup fee).</source>
        <translation>List the rate table by prefix (euro per minute, setup fee).</translation>
    </message>
    <message>
        <source>Unknown action "rates %1"; use import or list.</source>
        <translation>Unknown action "rates %1"; use import or list.</translation>
    </message>
    <message>
        <source>The rate table calls are priced with</source>
        <translation>The rate table calls are priced with</translation>
    </message>
    <message>
        <source>The call log (gesprekken)</source>
        <translation>The call log (gesprekken)</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line).</source>
        <translation>Read the password from standard input (one line).</translation>
    </message>
    <message>
        <source>Store the upstream carrier's or the SMTP server's password in the keychain (or the secrets file).</source>
        <translation>Store the upstream carrier's or the SMTP server's password in the keychain (or the secrets file).</translation>
    </message>
    <message>
        <source>Whose password.</source>
        <translation>Whose password.</translation>
    </message>
    <message>
        <source>settings password takes upstream or smtp.</source>
        <translation>settings password takes upstream or smtp.</translation>
    </message>
    <message>
        <source>settings password needs --password-stdin; passwords are never taken as arguments.</source>
        <translation>settings password needs --password-stdin; passwords are never taken as arguments.</translation>
    </message>
    <message>
        <source>%1 password saved in %2.</source>
        <translation>%1 password saved in %2.</translation>
    </message>
    <message>
        <source>Unknown action "settings %1"; use list, get, set or password.</source>
        <translation>Unknown action "settings %1"; use list, get, set or password.</translation>
    </message>
    <message>
        <source>ring %1 (%2 s)</source>
        <translation>ring %1 (%2 s)</translation>
    </message>
    <message>
        <source>forward %1 (%2 s)</source>
        <translation>forward %1 (%2 s)</translation>
    </message>
    <message>
        <source>voicemail %1</source>
        <translation>voicemail %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>email %1</translation>
    </message>
    <message>
        <source>hours %1, else end</source>
        <translation>hours %1, else end</translation>
    </message>
    <message>
        <source>hours %1, else step %2</source>
        <translation>hours %1, else step %2</translation>
    </message>
    <message>
        <source>Call plan "%1" has no steps.</source>
        <translation>Call plan "%1" has no steps.</translation>
    </message>
    <message>
        <source>Ring these phone accounts at once (repeat or comma-separate).</source>
        <translation>Ring these phone accounts at once (repeat or comma-separate).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>Forward to this external number.</source>
        <translation>Forward to this external number.</translation>
    </message>
    <message>
        <source>Send the call to this voicemail box.</source>
        <translation>Send the call to this voicemail box.</translation>
    </message>
    <message>
        <source>BOXNAME</source>
        <translation>BOXNAME</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Go on only within these opening hours, e.g. "mon-fri 08:00-17:00; sat 10:00-12:00".</source>
        <translation>Go on only within these opening hours, e.g. "mon-fri 08:00-17:00; sat 10:00-12:00".</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>With --hours: the step to jump to outside opening hours (default: end of the plan).</source>
        <translation>With --hours: the step to jump to outside opening hours (default: end of the plan).</translation>
    </message>
    <message>
        <source>With --ring or --forward: seconds before the next step (5-300, default 20).</source>
        <translation>With --ring or --forward: seconds before the next step (5-300, default 20).</translation>
    </message>
    <message>
        <source>SECS</source>
        <translation>SECS</translation>
    </message>
    <message>
        <source>Insert at this position (default: append).</source>
        <translation>Insert at this position (default: append).</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>Add a step to a call plan.</source>
        <translation>Add a step to a call plan.</translation>
    </message>
    <message>
        <source>--callplan is required.</source>
        <translation>--callplan is required.</translation>
    </message>
    <message>
        <source>--%1 may be given only once.</source>
        <translation>--%1 may be given only once.</translation>
    </message>
    <message>
        <source>Give the kind of step: --ring, --forward, --voicemail, --mail or --hours.</source>
        <translation>Give the kind of step: --ring, --forward, --voicemail, --mail or --hours.</translation>
    </message>
    <message>
        <source>A step is of one kind; got %1.</source>
        <translation>A step is of one kind; got %1.</translation>
    </message>
    <message>
        <source>--timeout goes with --ring or --forward only.</source>
        <translation>--timeout goes with --ring or --forward only.</translation>
    </message>
    <message>
        <source>--else goes with --hours only.</source>
        <translation>--else goes with --hours only.</translation>
    </message>
    <message>
        <source>Added step %1 to call plan "%2": %3</source>
        <translation>Added step %1 to call plan "%2": %3</translation>
    </message>
    <message>
        <source>List the steps of a call plan, numbered from 1.</source>
        <translation>List the steps of a call plan, numbered from 1.</translation>
    </message>
    <message>
        <source>Remove a step from a call plan.</source>
        <translation>Remove a step from a call plan.</translation>
    </message>
    <message>
        <source>Position of the step, from 1.</source>
        <translation>Position of the step, from 1.</translation>
    </message>
    <message>
        <source>callplan step remove takes exactly one step number.</source>
        <translation>callplan step remove takes exactly one step number.</translation>
    </message>
    <message>
        <source>The call plan has no steps to remove.</source>
        <translation>The call plan has no steps to remove.</translation>
    </message>
    <message>
        <source>Step number must be from 1 to %1, not "%2".</source>
        <translation>Step number must be from 1 to %1, not "%2".</translation>
    </message>
    <message>
        <source>Step %1 jumps to step %2 outside opening hours; remove or change step %1 first.</source>
        <translation>Step %1 jumps to step %2 outside opening hours; remove or change step %1 first.</translation>
    </message>
    <message>
        <source>Removed step %1 from call plan "%2": %3</source>
        <translation>Removed step %1 from call plan "%2": %3</translation>
    </message>
    <message>
        <source>Unknown action "callplan step %1"; use add, list or remove.</source>
        <translation>Unknown action "callplan step %1"; use add, list or remove.</translation>
    </message>
    <message>
        <source>Also show blocks that were lifted.</source>
        <translation>Also show blocks that were lifted.</translation>
    </message>
    <message>
        <source>Accounts blocked outbound by the fraud detector, with the reason and its figures.</source>
        <translation>Accounts blocked outbound by the fraud detector, with the reason and its figures.</translation>
    </message>
    <message>
        <source>No account is blocked by the fraud detector.</source>
        <translation>No account is blocked by the fraud detector.</translation>
    </message>
    <message>
        <source>  (lifted %1)</source>
        <translation>  (lifted %1)</translation>
    </message>
    <message>
        <source>Allow outbound calls of an account the fraud detector blocked again.</source>
        <translation>Allow outbound calls of an account the fraud detector blocked again.</translation>
    </message>
    <message>
        <source>Trunk name or phone account number.</source>
        <translation>Trunk name or phone account number.</translation>
    </message>
    <message>
        <source>fraud unblock takes exactly one account (trunk name or phone number).</source>
        <translation>fraud unblock takes exactly one account (trunk name or phone number).</translation>
    </message>
    <message>
        <source>Unblocked %1; a running engine applies it within a second.</source>
        <translation>Unblocked %1; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>Unknown action "fraud %1"; use list or unblock.</source>
        <translation>Unknown action "fraud %1"; use list or unblock.</translation>
    </message>
    <message>
        <source>%1  hour € %2  day € %3  week € %4  calls %5/%6/%7  cps %8  warn %9/%10  channels %11</source>
        <translation>%1  hour € %2  day € %3  week € %4  calls %5/%6/%7  cps %8  warn %9/%10  channels %11</translation>
    </message>
    <message>
        <source>trunk "%1"</source>
        <translation>trunk "%1"</translation>
    </message>
    <message>
        <source>phone account +%1</source>
        <translation>phone account +%1</translation>
    </message>
    <message>
        <source>%1: "%2" is not an amount in euro (whole cents with a dot, like 12.50)</source>
        <translation>%1: "%2" is not an amount in euro (whole cents with a dot, like 12.50)</translation>
    </message>
    <message>
        <source>%1: give two levels like 80,95 with the first below the second, from 1 to 100 percent; not "%2"</source>
        <translation>%1: give two levels like 80,95 with the first below the second, from 1 to 100 percent; not "%2"</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4</source>
        <translation>%1 must be a whole number from %2 to %3, not %4</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount in euro (whole cents, like 12.50)</source>
        <translation>%1: %2 is not an amount in euro (whole cents, like 12.50)</translation>
    </message>
    <message>
        <source>%1: unknown key "%2"; known are trunk or phone, %3</source>
        <translation>%1: unknown key "%2"; known are trunk or phone, %3</translation>
    </message>
    <message>
        <source>--from-json: cannot read "%1": %2</source>
        <translation>--from-json: cannot read "%1": %2</translation>
    </message>
    <message>
        <source>--from-json: not JSON (%1 at offset %2)</source>
        <translation>--from-json: not JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>The trunk, by name.</source>
        <translation>The trunk, by name.</translation>
    </message>
    <message>
        <source>The phone account, by number.</source>
        <translation>The phone account, by number.</translation>
    </message>
    <message>
        <source>Give either --trunk or --phone, not both.</source>
        <translation>Give either --trunk or --phone, not both.</translation>
    </message>
    <message>
        <source>--trunk needs a trunk name.</source>
        <translation>--trunk needs a trunk name.</translation>
    </message>
    <message>
        <source>Show the spending and call limits of one trunk or phone account, or of all of them. Calls per hour/day/week 0 and cps 0 mean no limit.</source>
        <translation>Show the spending and call limits of one trunk or phone account, or of all of them. Calls per hour/day/week 0 and cps 0 mean no limit.</translation>
    </message>
    <message>
        <source>There are no trunks or phone accounts yet.</source>
        <translation>There are no trunks or phone accounts yet.</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Most the account may spend per hour, in euro (12.50).</source>
        <translation>Most the account may spend per hour, in euro (12.50).</translation>
    </message>
    <message>
        <source>Most the account may spend per day, in euro.</source>
        <translation>Most the account may spend per day, in euro.</translation>
    </message>
    <message>
        <source>Most the account may spend per week, in euro.</source>
        <translation>Most the account may spend per week, in euro.</translation>
    </message>
    <message>
        <source>Most calls out per hour; 0 = no limit.</source>
        <translation>Most calls out per hour; 0 = no limit.</translation>
    </message>
    <message>
        <source>Most calls out per day; 0 = no limit.</source>
        <translation>Most calls out per day; 0 = no limit.</translation>
    </message>
    <message>
        <source>Most calls out per week; 0 = no limit.</source>
        <translation>Most calls out per week; 0 = no limit.</translation>
    </message>
    <message>
        <source>Most new calls per second (0-1000); 0 = no cap.</source>
        <translation>Most new calls per second (0-1000); 0 = no cap.</translation>
    </message>
    <message>
        <source>The two warning levels in percent of a limit, the first below the second.</source>
        <translation>The two warning levels in percent of a limit, the first below the second.</translation>
    </message>
    <message>
        <source>80,95</source>
        <translation>80,95</translation>
    </message>
    <message>
        <source>Simultaneous calls (trunk 1-%1, phone account 1-100).</source>
        <translation>Simultaneous calls (trunk 1-%1, phone account 1-100).</translation>
    </message>
    <message>
        <source>Take the values from one object as `limits show --json` prints it ("-" = standard input); the options above go over it.</source>
        <translation>Take the values from one object as `limits show --json` prints it ("-" = standard input); the options above go over it.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Change the limits of one trunk or phone account; options not given keep their value. A running engine applies them within a second.</source>
        <translation>Change the limits of one trunk or phone account; options not given keep their value. A running engine applies them within a second.</translation>
    </message>
    <message>
        <source>--from-json: the object needs exactly one of "trunk" or "phone".</source>
        <translation>--from-json: the object needs exactly one of "trunk" or "phone".</translation>
    </message>
    <message>
        <source>--from-json: "trunk" needs a trunk name.</source>
        <translation>--from-json: "trunk" needs a trunk name.</translation>
    </message>
    <message>
        <source>--from-json names %1, the command line %2.</source>
        <translation>--from-json names %1, the command line %2.</translation>
    </message>
    <message>
        <source>Give the account: --trunk NAME or --phone E164 (see: centralectl limits set --help).</source>
        <translation>Give the account: --trunk NAME or --phone E164 (see: centralectl limits set --help).</translation>
    </message>
    <message>
        <source>Nothing to change: give --amount-hour, --amount-day, --amount-week, --calls-hour, --calls-day, --calls-week, --cps, --warn, --channels or --from-json.</source>
        <translation>Nothing to change: give --amount-hour, --amount-day, --amount-week, --calls-hour, --calls-day, --calls-week, --cps, --warn, --channels or --from-json.</translation>
    </message>
    <message>
        <source>Saved the limits of %1; a running engine applies it within a second.</source>
        <translation>Saved the limits of %1; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>phone account %1</source>
        <translation>phone account %1</translation>
    </message>
    <message>
        <source>Unknown action "limits %1"; use show or set.</source>
        <translation>Unknown action "limits %1"; use show or set.</translation>
    </message>
    <message>
        <source>Accounts the fraud detector blocked outbound</source>
        <translation>Accounts the fraud detector blocked outbound</translation>
    </message>
    <message>
        <source>Spending and call limits of trunks and phone accounts</source>
        <translation>Spending and call limits of trunks and phone accounts</translation>
    </message>
    <message>
        <source>--from-json: expected one object like `%1` prints</source>
        <translation>--from-json: expected one object like `%1` prints</translation>
    </message>
    <message>
        <source>expected text, not %1</source>
        <translation>expected text, not %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>must be a whole number from %1 to %2, not %3</translation>
    </message>
    <message>
        <source>expected true or false, not %1</source>
        <translation>expected true or false, not %1</translation>
    </message>
    <message>
        <source>expected a list of texts, not %1</source>
        <translation>expected a list of texts, not %1</translation>
    </message>
    <message>
        <source>expected a list of texts; %1 is not text</source>
        <translation>expected a list of texts; %1 is not text</translation>
    </message>
    <message>
        <source>  [change %1]</source>
        <translation>  [change %1]</translation>
    </message>
    <message>
        <source>  undo of %1</source>
        <translation>  undo of %1</translation>
    </message>
    <message>
        <source>  undone by %1</source>
        <translation>  undone by %1</translation>
    </message>
    <message>
        <source>Undo a change: every entry of its change (or of its whole import) goes back to how it was, in one transaction. Refused, with the reason, when a later change depends on it or a password was changed.</source>
        <translation>Undo a change: every entry of its change (or of its whole import) goes back to how it was, in one transaction. Refused, with the reason, when a later change depends on it or a password was changed.</translation>
    </message>
    <message>
        <source>An entry id from centralectl audit.</source>
        <translation>An entry id from centralectl audit.</translation>
    </message>
    <message>
        <source>audit undo takes exactly one entry id.</source>
        <translation>audit undo takes exactly one entry id.</translation>
    </message>
    <message>
        <source>id: "%1" is not an audit entry id.</source>
        <translation>id: "%1" is not an audit entry id.</translation>
    </message>
    <message>
        <source>Undid change %1 (%2 entries); the undo is change %3. A running engine applies it within a second.</source>
        <translation>Undid change %1 (%2 entries); the undo is change %3. A running engine applies it within a second.</translation>
    </message>
    <message>
        <source>Only changes since an ISO date/time (UTC) or for a time back: 30m, 2h, 7d, 2w.</source>
        <translation>Only changes since an ISO date/time (UTC) or for a time back: 30m, 2h, 7d, 2w.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>Only one kind of object (%1), or one object: trunk:Kantoor, number:+31201234567.</source>
        <translation>Only one kind of object (%1), or one object: trunk:Kantoor, number:+31201234567.</translation>
    </message>
    <message>
        <source>KIND[:ID]</source>
        <translation>KIND[:ID]</translation>
    </message>
    <message>
        <source>Only changes made from console, cli, import, engine or external (another program).</source>
        <translation>Only changes made from console, cli, import, engine or external (another program).</translation>
    </message>
    <message>
        <source>At most this many entries, newest first (default 1000).</source>
        <translation>At most this many entries, newest first (default 1000).</translation>
    </message>
    <message>
        <source>Who changed what and when, newest first (secrets only as "changed"). Undo one with: centralectl audit undo ID.</source>
        <translation>Who changed what and when, newest first (secrets only as "changed"). Undo one with: centralectl audit undo ID.</translation>
    </message>
    <message>
        <source>--since: "%1" is neither an ISO date/time nor a time back like 2h or 7d.</source>
        <translation>--since: "%1" is neither an ISO date/time nor a time back like 2h or 7d.</translation>
    </message>
    <message>
        <source>--object: unknown kind "%1"; use one of %2.</source>
        <translation>--object: unknown kind "%1"; use one of %2.</translation>
    </message>
    <message>
        <source>--interface: use console, cli, import, engine or external.</source>
        <translation>--interface: use console, cli, import, engine or external.</translation>
    </message>
    <message>
        <source>--limit: a whole number of 1 or more.</source>
        <translation>--limit: a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>No changes recorded that match.</source>
        <translation>No changes recorded that match.</translation>
    </message>
    <message>
        <source>Write the backup to this file (mode 0600; replaced if it exists).</source>
        <translation>Write the backup to this file (mode 0600; replaced if it exists).</translation>
    </message>
    <message>
        <source>Include the passwords from the keychain or secrets file, encrypted with a passphrase read from standard input.</source>
        <translation>Include the passwords from the keychain or secrets file, encrypted with a passphrase read from standard input.</translation>
    </message>
    <message>
        <source>--out: give the file to write the backup to.</source>
        <translation>--out: give the file to write the backup to.</translation>
    </message>
    <message>
        <source>Passphrase for the secrets in the backup: </source>
        <translation>Passphrase for the secrets in the backup: </translation>
    </message>
    <message>
        <source>--include-secrets: give a passphrase of at least %1 characters on the first line of standard input.</source>
        <translation>--include-secrets: give a passphrase of at least %1 characters on the first line of standard input.</translation>
    </message>
    <message>
        <source>Backup written to %1 (schema %2, %3 bytes, %4 secrets encrypted).</source>
        <translation>Backup written to %1 (schema %2, %3 bytes, %4 secrets encrypted).</translation>
    </message>
    <message>
        <source>Backup written to %1 (schema %2, %3 bytes, without secrets).</source>
        <translation>Backup written to %1 (schema %2, %3 bytes, without secrets).</translation>
    </message>
    <message>
        <source>Not in the store, so not in the backup: %1</source>
        <translation>Not in the store, so not in the backup: %1</translation>
    </message>
    <message>
        <source>Restore the database only, even when the backup holds secrets.</source>
        <translation>Restore the database only, even when the backup holds secrets.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>restore takes exactly one backup file.</source>
        <translation>restore takes exactly one backup file.</translation>
    </message>
    <message>
        <source>Passphrase of the secrets in the backup: </source>
        <translation>Passphrase of the secrets in the backup: </translation>
    </message>
    <message>
        <source>The backup holds encrypted secrets: give their passphrase on standard input, or use --skip-secrets.</source>
        <translation>The backup holds encrypted secrets: give their passphrase on standard input, or use --skip-secrets.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup (schema %2%3).</source>
        <translation>Restored %1 from the backup (schema %2%3).</translation>
    </message>
    <message>
        <source>, migrated to %1</source>
        <translation>, migrated to %1</translation>
    </message>
    <message>
        <source>%1 secrets restored.</source>
        <translation>%1 secrets restored.</translation>
    </message>
    <message>
        <source>The backup's secrets were skipped; the passwords in the store are unchanged.</source>
        <translation>The backup's secrets were skipped; the passwords in the store are unchanged.</translation>
    </message>
    <message>
        <source>Unknown action "callplan %1"; use add, list, show, set, link, unlink, remove or step.</source>
        <translation>Unknown action "callplan %1"; use add, list, show, set, link, unlink, remove or step.</translation>
    </message>
    <message>
        <source>call plan "%1" has %2 e-mail steps; change them with: centralectl callplan step</source>
        <translation>call plan "%1" has %2 e-mail steps; change them with: centralectl callplan step</translation>
    </message>
    <message>
        <source>New name of the call plan.</source>
        <translation>New name of the call plan.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Internal number, e.g. 3031; empty for none.</source>
        <translation>Internal number, e.g. 3031; empty for none.</translation>
    </message>
    <message>
        <source>The external numbers that ring this plan, replacing the list (free numbers or the plan's own); repeat for more.</source>
        <translation>The external numbers that ring this plan, replacing the list (free numbers or the plan's own); repeat for more.</translation>
    </message>
    <message>
        <source>Unlink every external number; they become free.</source>
        <translation>Unlink every external number; they become free.</translation>
    </message>
    <message>
        <source>E-mail address(es) of the plan's e-mail step (comma-separated or repeated); a plan without one gets one at the end.</source>
        <translation>E-mail address(es) of the plan's e-mail step (comma-separated or repeated); a plan without one gets one at the end.</translation>
    </message>
    <message>
        <source>expected a list as `callplan show --json` prints it, not %1</source>
        <translation>expected a list as `callplan show --json` prints it, not %1</translation>
    </message>
    <message>
        <source>Take the values from one object as `callplan show PLAN --json` prints it ("-" = standard input); the options above go over it.</source>
        <translation>Take the values from one object as `callplan show PLAN --json` prints it ("-" = standard input); the options above go over it.</translation>
    </message>
    <message>
        <source>Change a call plan; what is not given keeps its value. Steps one by one: callplan step.</source>
        <translation>Change a call plan; what is not given keeps its value. Steps one by one: callplan step.</translation>
    </message>
    <message>
        <source>callplan set takes exactly one name.</source>
        <translation>callplan set takes exactly one name.</translation>
    </message>
    <message>
        <source>--from-json may be given only once.</source>
        <translation>--from-json may be given only once.</translation>
    </message>
    <message>
        <source>Give either --number or --no-numbers, not both.</source>
        <translation>Give either --number or --no-numbers, not both.</translation>
    </message>
    <message>
        <source>Nothing to change: give %1 or --from-json.</source>
        <translation>Nothing to change: give %1 or --from-json.</translation>
    </message>
    <message>
        <source>Saved call plan "%1"; a running engine applies it within a second.</source>
        <translation>Saved call plan "%1"; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>Destinations of %1 (started from preset: %2)</source>
        <translation>Destinations of %1 (started from preset: %2)</translation>
    </message>
    <message>
        <source>  (no country allowed)</source>
        <translation>  (no country allowed)</translation>
    </message>
    <message>
        <source>Allowed prefixes: %1</source>
        <translation>Allowed prefixes: %1</translation>
    </message>
    <message>
        <source>Blocked prefixes: %1</source>
        <translation>Blocked prefixes: %1</translation>
    </message>
    <message>
        <source>Always blocked unless an allowed prefix covers them: %1</source>
        <translation>Always blocked unless an allowed prefix covers them: %1</translation>
    </message>
    <message>
        <source>"%1" is not a number type; use %2.</source>
        <translation>"%1" is not a number type; use %2.</translation>
    </message>
    <message>
        <source>expected a list, not %1</source>
        <translation>expected a list, not %1</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 is not %2</translation>
    </message>
    <message>
        <source>an object like {"region": "NL", "types": ["fixed"]}</source>
        <translation>an object like {"region": "NL", "types": ["fixed"]}</translation>
    </message>
    <message>
        <source>a prefix in quotes</source>
        <translation>a prefix in quotes</translation>
    </message>
    <message>
        <source>Start over from a preset: %1.</source>
        <translation>Start over from a preset: %1.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <source>Take a country off the list; repeat for more.</source>
        <translation>Take a country off the list; repeat for more.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>%1 is not on the list.</source>
        <translation>%1 is not on the list.</translation>
    </message>
    <message>
        <source>Allow these number types in a country (replacing its types), e.g. NL:fixed,mobile,freephone; the country alone allows fixed, mobile and freephone. Repeat for more.</source>
        <translation>Allow these number types in a country (replacing its types), e.g. NL:fixed,mobile,freephone; the country alone allows fixed, mobile and freephone. Repeat for more.</translation>
    </message>
    <message>
        <source>CC[:TYPE,…]</source>
        <translation>CC[:TYPE,…]</translation>
    </message>
    <message>
        <source>Allow numbers starting with this prefix, whatever the country rules say; repeat for more.</source>
        <translation>Allow numbers starting with this prefix, whatever the country rules say; repeat for more.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Block numbers starting with this prefix; repeat for more.</source>
        <translation>Block numbers starting with this prefix; repeat for more.</translation>
    </message>
    <message>
        <source>Take a prefix off the allowed and blocked lists; repeat for more.</source>
        <translation>Take a prefix off the allowed and blocked lists; repeat for more.</translation>
    </message>
    <message>
        <source>+%1 is neither an allowed nor a blocked prefix.</source>
        <translation>+%1 is neither an allowed nor a blocked prefix.</translation>
    </message>
    <message>
        <source>Show where a trunk or phone account may call: countries with their number types, allowed and blocked prefixes.</source>
        <translation>Show where a trunk or phone account may call: countries with their number types, allowed and blocked prefixes.</translation>
    </message>
    <message>
        <source>Give the account: --trunk NAME or --phone E164 (see: centralectl destinations show --help).</source>
        <translation>Give the account: --trunk NAME or --phone E164 (see: centralectl destinations show --help).</translation>
    </message>
    <message>
        <source>Take the lists from one object as `destinations show --json` prints it ("-" = standard input); the options above go over it.</source>
        <translation>Take the lists from one object as `destinations show --json` prints it ("-" = standard input); the options above go over it.</translation>
    </message>
    <message>
        <source>Change where a trunk or phone account may call; what is not given keeps its value. Options apply in this order: --preset, --disallow, --allow, the prefixes. A running engine applies the change within a second.</source>
        <translation>Change where a trunk or phone account may call; what is not given keeps its value. Options apply in this order: --preset, --disallow, --allow, the prefixes. A running engine applies the change within a second.</translation>
    </message>
    <message>
        <source>Give the account: --trunk NAME or --phone E164 (see: centralectl destinations set --help).</source>
        <translation>Give the account: --trunk NAME or --phone E164 (see: centralectl destinations set --help).</translation>
    </message>
    <message>
        <source>Saved the destinations of %1; a running engine applies them within a second.</source>
        <translation>Saved the destinations of %1; a running engine applies them within a second.</translation>
    </message>
    <message>
        <source>Unknown action "destinations %1"; use show or set.</source>
        <translation>Unknown action "destinations %1"; use show or set.</translation>
    </message>
    <message>
        <source>--from-json: unknown key "%1"; an object like `%2 --json` prints has: %3</source>
        <translation>--from-json: unknown key "%1"; an object like `%2 --json` prints has: %3</translation>
    </message>
    <message>
        <source>Unknown action "phone %1"; use add, list, show, set, password or remove.</source>
        <translation>Unknown action "phone %1"; use add, list, show, set, password or remove.</translation>
    </message>
    <message>
        <source>Allowed address or subnet; repeat for more. Replaces the whole list.</source>
        <translation>Allowed address or subnet; repeat for more. Replaces the whole list.</translation>
    </message>
    <message>
        <source>Empty the IP whitelist: the phone may register from any address.</source>
        <translation>Empty the IP whitelist: the phone may register from any address.</translation>
    </message>
    <message>
        <source>Add an address or subnet to the IP whitelist; repeat for more.</source>
        <translation>Add an address or subnet to the IP whitelist; repeat for more.</translation>
    </message>
    <message>
        <source>Remove an address or subnet from the IP whitelist; repeat for more.</source>
        <translation>Remove an address or subnet from the IP whitelist; repeat for more.</translation>
    </message>
    <message>
        <source>%1 is not in the IP whitelist of phone account +%2.</source>
        <translation>%1 is not in the IP whitelist of phone account +%2.</translation>
    </message>
    <message>
        <source>"%1" is not supported; choose one of: %2.</source>
        <translation>"%1" is not supported; choose one of: %2.</translation>
    </message>
    <message>
        <source>The phone's MAC address (any common notation; empty to remove).</source>
        <translation>The phone's MAC address (any common notation; empty to remove).</translation>
    </message>
    <message>
        <source>The phone model, one of: %1.</source>
        <translation>The phone model, one of: %1.</translation>
    </message>
    <message>
        <source>The name the phone's display shows (default: the number).</source>
        <translation>The name the phone's display shows (default: the number).</translation>
    </message>
    <message>
        <source>expected an object as `phone show --json` prints it, not %1</source>
        <translation>expected an object as `phone show --json` prints it, not %1</translation>
    </message>
    <message>
        <source>Show one phone account.</source>
        <translation>Show one phone account.</translation>
    </message>
    <message>
        <source>phone show takes exactly one number.</source>
        <translation>phone show takes exactly one number.</translation>
    </message>
    <message>
        <source>Phone account:      +%1</source>
        <translation>Phone account:      +%1</translation>
    </message>
    <message>
        <source>Username:           %1</source>
        <translation>Username:           %1</translation>
    </message>
    <message>
        <source>IP addresses:       %1</source>
        <translation>IP addresses:       %1</translation>
    </message>
    <message>
        <source>Take the values from one object as `phone show E164 --json` prints it ("-" = standard input); the options above go over it.</source>
        <translation>Take the values from one object as `phone show E164 --json` prints it ("-" = standard input); the options above go over it.</translation>
    </message>
    <message>
        <source>Change a phone account; what is not given keeps its value. A running engine applies the change within a second. Password: phone password; limits: limits set; destinations: destinations set.</source>
        <translation>Change a phone account; what is not given keeps its value. A running engine applies the change within a second. Password: phone password; limits: limits set; destinations: destinations set.</translation>
    </message>
    <message>
        <source>--no-ip empties the IP whitelist; do not give --ip or --add-ip with it.</source>
        <translation>--no-ip empties the IP whitelist; do not give --ip or --add-ip with it.</translation>
    </message>
    <message>
        <source>--from-json names phone account +%1, the command line +%2.</source>
        <translation>--from-json names phone account +%1, the command line +%2.</translation>
    </message>
    <message>
        <source>--number is required (see: centralectl phone set --help).</source>
        <translation>--number is required (see: centralectl phone set --help).</translation>
    </message>
    <message>
        <source>Saved phone account +%1; a running engine applies it within a second.</source>
        <translation>Saved phone account +%1; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>The phone's MAC address.</source>
        <translation>The phone's MAC address.</translation>
    </message>
    <message>
        <source>Show the SIP password in clear (it is masked otherwise).</source>
        <translation>Show the SIP password in clear (it is masked otherwise).</translation>
    </message>
    <message>
        <source>Print the configuration files the phone with this MAC address fetches.</source>
        <translation>Print the configuration files the phone with this MAC address fetches.</translation>
    </message>
    <message>
        <source>--mac is required.</source>
        <translation>--mac is required.</translation>
    </message>
    <message>
        <source>Or the phone account's number.</source>
        <translation>Or the phone account's number.</translation>
    </message>
    <message>
        <source>Make a new HTTPS provisioning URL for a phone; it is shown only now and the old one stops working.</source>
        <translation>Make a new HTTPS provisioning URL for a phone; it is shown only now and the old one stops working.</translation>
    </message>
    <message>
        <source>Give either --mac or --number.</source>
        <translation>Give either --mac or --number.</translation>
    </message>
    <message>
        <source>Token for +%1: %2 (shown only now; set provisioning.https to serve it)</source>
        <translation>Token for +%1: %2 (shown only now; set provisioning.https to serve it)</translation>
    </message>
    <message>
        <source>Provisioning URL for +%1: %2 (shown only now)</source>
        <translation>Provisioning URL for +%1: %2 (shown only now)</translation>
    </message>
    <message>
        <source>How many of the newest requests (default 50).</source>
        <translation>How many of the newest requests (default 50).</translation>
    </message>
    <message>
        <source>The newest provisioning requests, served and refused.</source>
        <translation>The newest provisioning requests, served and refused.</translation>
    </message>
    <message>
        <source>Unknown action "provisioning %1"; use show, token or log.</source>
        <translation>Unknown action "provisioning %1"; use show, token or log.</translation>
    </message>
    <message>
        <source>Unknown action "trunk %1"; use add, list, show, set, password or remove.</source>
        <translation>Unknown action "trunk %1"; use add, list, show, set, password or remove.</translation>
    </message>
    <message>
        <source>%1 is not in the IP whitelist of %2.</source>
        <translation>%1 is not in the IP whitelist of %2.</translation>
    </message>
    <message>
        <source>expected a list like [{"number": "+31…", "inbound": true, "caller_id": true}], not %1</source>
        <translation>expected a list like [{"number": "+31…", "inbound": true, "caller_id": true}], not %1</translation>
    </message>
    <message>
        <source>each number needs "number" as text; not %1</source>
        <translation>each number needs "number" as text; not %1</translation>
    </message>
    <message>
        <source>unknown key "%1"; known are username and server (which is the engine's and cannot be set here)</source>
        <translation>unknown key "%1"; known are username and server (which is the engine's and cannot be set here)</translation>
    </message>
    <message>
        <source>expected an object like {"username": "…"}, not %1</source>
        <translation>expected an object like {"username": "…"}, not %1</translation>
    </message>
    <message>
        <source>New name of the trunk.</source>
        <translation>New name of the trunk.</translation>
    </message>
    <message>
        <source>%1 is not a known brand; use one of: %2.</source>
        <translation>%1 is not a known brand; use one of: %2.</translation>
    </message>
    <message>
        <source>must be "plus" or "noplus", not %1</source>
        <translation>must be "plus" or "noplus", not %1</translation>
    </message>
    <message>
        <source>Allowed PBX address or subnet; repeat for more. Replaces the whole list.</source>
        <translation>Allowed PBX address or subnet; repeat for more. Replaces the whole list.</translation>
    </message>
    <message>
        <source>The trunk's numbers, replacing the list; :in = inbound, :cid = caller ID (default both). Repeat for more.</source>
        <translation>The trunk's numbers, replacing the list; :in = inbound, :cid = caller ID (default both). Repeat for more.</translation>
    </message>
    <message>
        <source>Add a free number (or change the flags of one the trunk has); repeat for more.</source>
        <translation>Add a free number (or change the flags of one the trunk has); repeat for more.</translation>
    </message>
    <message>
        <source>Take a number off the trunk (it becomes free); repeat for more.</source>
        <translation>Take a number off the trunk (it becomes free); repeat for more.</translation>
    </message>
    <message>
        <source>+%1 is not a number of trunk "%2".</source>
        <translation>+%1 is not a number of trunk "%2".</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>expected the name of a call plan or null, not %1</source>
        <translation>expected the name of a call plan or null, not %1</translation>
    </message>
    <message>
        <source>No failover: calls the PBX does not answer fail.</source>
        <translation>No failover: calls the PBX does not answer fail.</translation>
    </message>
    <message>
        <source>Username of the primary account (renaming keeps its password).</source>
        <translation>Username of the primary account (renaming keeps its password).</translation>
    </message>
    <message>
        <source>Username of the secondary account (renaming keeps its password).</source>
        <translation>Username of the secondary account (renaming keeps its password).</translation>
    </message>
    <message>
        <source>expected an object as `trunk show --json` prints it, not %1</source>
        <translation>expected an object as `trunk show --json` prints it, not %1</translation>
    </message>
    <message>
        <source>Take the values from one object as `trunk show NAME --json` prints it ("-" = standard input); the options above go over it.</source>
        <translation>Take the values from one object as `trunk show NAME --json` prints it ("-" = standard input); the options above go over it.</translation>
    </message>
    <message>
        <source>Change a trunk; what is not given keeps its value. The same checks as the trunk wizard. A running engine applies the change within a second. Passwords: trunk password; limits: limits set; destinations: destinations set.</source>
        <translation>Change a trunk; what is not given keeps its value. The same checks as the trunk wizard. A running engine applies the change within a second. Passwords: trunk password; limits: limits set; destinations: destinations set.</translation>
    </message>
    <message>
        <source>trunk set takes exactly one name.</source>
        <translation>trunk set takes exactly one name.</translation>
    </message>
    <message>
        <source>Give either --failover or --no-failover, not both.</source>
        <translation>Give either --failover or --no-failover, not both.</translation>
    </message>
    <message>
        <source>Nothing to change: give %1 or --from-json (see: centralectl trunk set --help).</source>
        <translation>Nothing to change: give %1 or --from-json (see: centralectl trunk set --help).</translation>
    </message>
    <message>
        <source>Saved trunk "%1"; a running engine applies it within a second.</source>
        <translation>Saved trunk "%1"; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>The primary account's password.</source>
        <translation>The primary account's password.</translation>
    </message>
    <message>
        <source>The secondary account's password.</source>
        <translation>The secondary account's password.</translation>
    </message>
    <message>
        <source>Read the new password from standard input (one line).</source>
        <translation>Read the new password from standard input (one line).</translation>
    </message>
    <message>
        <source>Generate a strong password and print it once.</source>
        <translation>Generate a strong password and print it once.</translation>
    </message>
    <message>
        <source>Set a new password for one of a trunk's two accounts. The password goes to the keychain (or the --secrets-file), the database keeps only its digest (HA1).</source>
        <translation>Set a new password for one of a trunk's two accounts. The password goes to the keychain (or the --secrets-file), the database keeps only its digest (HA1).</translation>
    </message>
    <message>
        <source>trunk password takes exactly one name.</source>
        <translation>trunk password takes exactly one name.</translation>
    </message>
    <message>
        <source>Give either --primary or --secondary.</source>
        <translation>Give either --primary or --secondary.</translation>
    </message>
    <message>
        <source>Give either --password-stdin or --generate; passwords are never taken as arguments.</source>
        <translation>Give either --password-stdin or --generate; passwords are never taken as arguments.</translation>
    </message>
    <message>
        <source>New password of %1 (%2): %3</source>
        <translation>New password of %1 (%2): %3</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>It is shown only now; it is kept in %1.</source>
        <translation>It is shown only now; it is kept in %1.</translation>
    </message>
    <message>
        <source>Password of %1 changed; the PBX must register with the new one.</source>
        <translation>Password of %1 changed; the PBX must register with the new one.</translation>
    </message>
    <message>
        <source>Phone autoprovisioning: rendered files, HTTPS URLs, request log</source>
        <translation>Phone autoprovisioning: rendered files, HTTPS URLs, request log</translation>
    </message>
    <message>
        <source>Where trunks and phone accounts may call (destination whitelist)</source>
        <translation>Where trunks and phone accounts may call (destination whitelist)</translation>
    </message>
    <message>
        <source>Who changed what, and undo of a change or an import</source>
        <translation>Who changed what, and undo of a change or an import</translation>
    </message>
    <message>
        <source>SIP messages of a call or an account: ladder, JSON, pcap</source>
        <translation>SIP messages of a call or an account: ladder, JSON, pcap</translation>
    </message>
    <message>
        <source>Connection check: OPTIONS, NAT, SIP ALG, firewall</source>
        <translation>Connection check: OPTIONS, NAT, SIP ALG, firewall</translation>
    </message>
    <message>
        <source>Write a consistent backup, also while the engine runs</source>
        <translation>Write a consistent backup, also while the engine runs</translation>
    </message>
    <message>
        <source>Replace the database by a backup's</source>
        <translation>Replace the database by a backup's</translation>
    </message>
    <message>
        <source>Every action has --help. Passwords are never taken as arguments: use --password-stdin or --generate.</source>
        <translation>Every action has --help. Passwords are never taken as arguments: use --password-stdin or --generate.</translation>
    </message>
    <message>
        <source>  [recorded]</source>
        <translation>  [recorded]</translation>
    </message>
    <message>
        <source>voicemail %1, mailed to %2</source>
        <translation>voicemail %1, mailed to %2</translation>
    </message>
    <message>
        <source>E-mail these addresses about the call (repeat or comma-separate); with --voicemail: where its messages are mailed.</source>
        <translation>E-mail these addresses about the call (repeat or comma-separate); with --voicemail: where its messages are mailed.</translation>
    </message>
    <message>
        <source>cluster synced (config %1): changed %2; %3 subscribers, %4 addresses, %5 htable entries, %6 dialplan rules</source>
        <translation>cluster synced (config %1): changed %2; %3 subscribers, %4 addresses, %5 htable entries, %6 dialplan rules</translation>
    </message>
    <message>
        <source>cluster in step (config %1): nothing to change</source>
        <translation>cluster in step (config %1): nothing to change</translation>
    </message>
    <message>
        <source>created Kamailio's tables in the empty database</source>
        <translation>created Kamailio's tables in the empty database</translation>
    </message>
    <message>
        <source>  %1: reloaded %2</source>
        <translation>  %1: reloaded %2</translation>
    </message>
    <message>
        <source>  %1: FAILED: %2</source>
        <translation>  %1: FAILED: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  warning: %1</translation>
    </message>
    <message>
        <source>How many recent calls from the cluster's call log to show (default 20).</source>
        <translation>How many recent calls from the cluster's call log to show (default 20).</translation>
    </message>
    <message>
        <source>Engine mode, the cluster nodes' health, registrations (location) and recent calls (acc).</source>
        <translation>Engine mode, the cluster nodes' health, registrations (location) and recent calls (acc).</translation>
    </message>
    <message>
        <source>--calls must be a whole number from 0 to 10000.</source>
        <translation>--calls must be a whole number from 0 to 10000.</translation>
    </message>
    <message>
        <source>engine mode: %1</source>
        <translation>engine mode: %1</translation>
    </message>
    <message>
        <source>database: %1%2</source>
        <translation>database: %1%2</translation>
    </message>
    <message>
        <source>node %1: up %2 s</source>
        <translation>node %1: up %2 s</translation>
    </message>
    <message>
        <source>node %1: DOWN (%2)</source>
        <translation>node %1: DOWN (%2)</translation>
    </message>
    <message>
        <source>Keep running: sync again whenever the configuration changes.</source>
        <translation>Keep running: sync again whenever the configuration changes.</translation>
    </message>
    <message>
        <source>Write the trunks, accounts, whitelists and limits into the cluster's Kamailio tables and reload the nodes.</source>
        <translation>Write the trunks, accounts, whitelists and limits into the cluster's Kamailio tables and reload the nodes.</translation>
    </message>
    <message>
        <source>synced config %1: changed %2</source>
        <translation>synced config %1: changed %2</translation>
    </message>
    <message>
        <source>Store the cluster database's password in the keychain (or the secrets file).</source>
        <translation>Store the cluster database's password in the keychain (or the secrets file).</translation>
    </message>
    <message>
        <source>cluster password needs --password-stdin; passwords are never taken as arguments.</source>
        <translation>cluster password needs --password-stdin; passwords are never taken as arguments.</translation>
    </message>
    <message>
        <source>Cluster database password saved in %1.</source>
        <translation>Cluster database password saved in %1.</translation>
    </message>
    <message>
        <source>Unknown action "cluster %1"; use status, sync or password.</source>
        <translation>Unknown action "cluster %1"; use status, sync or password.</translation>
    </message>
    <message>
        <source>Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: $CENTRALE_DB, else %1).</source>
        <translation>Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: $CENTRALE_DB, else %1).</translation>
    </message>
    <message>
        <source>Unknown action "%1"; use: calls.</source>
        <translation>Unknown action "%1"; use: calls.</translation>
    </message>
    <message>
        <source>Days of history before today, 1 to 28 (default 7).</source>
        <translation>Days of history before today, 1 to 28 (default 7).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same calls (default 1).</source>
        <translation>Random seed; the same seed gives the same calls (default 1).</translation>
    </message>
    <message>
        <source>Fill an empty call log with plausible calls of the existing trunks and phone accounts, for demos and screenshots. Refused when the log already has calls.</source>
        <translation>Fill an empty call log with plausible calls of the existing trunks and phone accounts, for demos and screenshots. Refused when the log already has calls.</translation>
    </message>
    <message>
        <source>The call log already has calls (%1); demo calls go into an empty one only.</source>
        <translation>The call log already has calls (%1); demo calls go into an empty one only.</translation>
    </message>
    <message>
        <source>No trunk with a number and no phone account: add some first.</source>
        <translation>No trunk with a number and no phone account: add some first.</translation>
    </message>
    <message>
        <source>Demo calls added: %1.</source>
        <translation>Demo calls added: %1.</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD%2, not "%3".</source>
        <translation>--%1 must be a date as YYYY-MM-DD%2, not "%3".</translation>
    </message>
    <message>
        <source> or none</source>
        <translation> or none</translation>
    </message>
    <message>
        <source>%1 must be a number as shown by migration show, not "%2".</source>
        <translation>%1 must be a number as shown by migration show, not "%2".</translation>
    </message>
    <message>
        <source>Contact: %1   Language: %2   Created: %3</source>
        <translation>Contact: %1   Language: %2   Created: %3</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Current contracts:</source>
        <translation>Current contracts:</translation>
    </message>
    <message>
        <source>  none yet (migration contract add)</source>
        <translation>  none yet (migration contract add)</translation>
    </message>
    <message>
        <source>  #%1  %2  %3  ends %4, notice %5 days, cancel by %6</source>
        <translation>  #%1  %2  %3  ends %4, notice %5 days, cancel by %6</translation>
    </message>
    <message>
        <source>Numbers to port:</source>
        <translation>Numbers to port:</translation>
    </message>
    <message>
        <source>  +%1  wish date %2  porting date %3</source>
        <translation>  +%1  wish date %2  porting date %3</translation>
    </message>
    <message>
        <source>Test numbers: %1</source>
        <translation>Test numbers: %1</translation>
    </message>
    <message>
        <source>%1  %2  overdue task #%3: %4</source>
        <translation>%1  %2  overdue task #%3: %4</translation>
    </message>
    <message>
        <source>%1  %2  porting %3</source>
        <translation>%1  %2  porting %3</translation>
    </message>
    <message>
        <source>%1  %2  last day to cancel the contract with %3</source>
        <translation>%1  %2  last day to cancel the contract with %3</translation>
    </message>
    <message>
        <source>Mark tasks of a migration project as done.</source>
        <translation>Mark tasks of a migration project as done.</translation>
    </message>
    <message>
        <source>Mark tasks as not done again.</source>
        <translation>Mark tasks as not done again.</translation>
    </message>
    <message>
        <source>Task numbers as migration show lists them (#12 or 12).</source>
        <translation>Task numbers as migration show lists them (#12 or 12).</translation>
    </message>
    <message>
        <source>migration task %1 needs at least one task number.</source>
        <translation>migration task %1 needs at least one task number.</translation>
    </message>
    <message>
        <source>Done: #%1 %2</source>
        <translation>Done: #%1 %2</translation>
    </message>
    <message>
        <source>Not done: #%1 %2</source>
        <translation>Not done: #%1 %2</translation>
    </message>
    <message>
        <source>Set or clear the due date of a task.</source>
        <translation>Set or clear the due date of a task.</translation>
    </message>
    <message>
        <source>Task number, and YYYY-MM-DD or none.</source>
        <translation>Task number, and YYYY-MM-DD or none.</translation>
    </message>
    <message>
        <source>migration task due takes a task number and a date (YYYY-MM-DD or none).</source>
        <translation>migration task due takes a task number and a date (YYYY-MM-DD or none).</translation>
    </message>
    <message>
        <source>#%1 %2 is due %3</source>
        <translation>#%1 %2 is due %3</translation>
    </message>
    <message>
        <source>#%1 %2 has no due date</source>
        <translation>#%1 %2 has no due date</translation>
    </message>
    <message>
        <source>Phase 1 (survey), 2 (order), 3 (implementation) or 4 (maintenance).</source>
        <translation>Phase 1 (survey), 2 (order), 3 (implementation) or 4 (maintenance).</translation>
    </message>
    <message>
        <source>Who does it: customer, provider or both.</source>
        <translation>Who does it: customer, provider or both.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>What is to be done.</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD).</source>
        <translation>Due date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Add a task to a phase of a migration project.</source>
        <translation>Add a task to a phase of a migration project.</translation>
    </message>
    <message>
        <source>The project's customer.</source>
        <translation>The project's customer.</translation>
    </message>
    <message>
        <source>migration task add takes exactly one customer.</source>
        <translation>migration task add takes exactly one customer.</translation>
    </message>
    <message>
        <source>Added task #%1 to %2</source>
        <translation>Added task #%1 to %2</translation>
    </message>
    <message>
        <source>Unknown action "migration task %1"; use done, undo, due or add.</source>
        <translation>Unknown action "migration task %1"; use done, undo, due or add.</translation>
    </message>
    <message>
        <source>The current telecom provider.</source>
        <translation>The current telecom provider.</translation>
    </message>
    <message>
        <source>Customer or contract number at that provider.</source>
        <translation>Customer or contract number at that provider.</translation>
    </message>
    <message>
        <source>When the contract ends or may end (YYYY-MM-DD).</source>
        <translation>When the contract ends or may end (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Notice period in days (default 30).</source>
        <translation>Notice period in days (default 30).</translation>
    </message>
    <message>
        <source>Record a current contract with its end date and notice period.</source>
        <translation>Record a current contract with its end date and notice period.</translation>
    </message>
    <message>
        <source>migration contract add takes exactly one customer.</source>
        <translation>migration contract add takes exactly one customer.</translation>
    </message>
    <message>
        <source>--end-date: the contract's end date is required (YYYY-MM-DD).</source>
        <translation>--end-date: the contract's end date is required (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added contract #%1 with %2; cancel by %3</source>
        <translation>Added contract #%1 with %2; cancel by %3</translation>
    </message>
    <message>
        <source>Remove a recorded contract.</source>
        <translation>Remove a recorded contract.</translation>
    </message>
    <message>
        <source>Contract number as migration show lists it.</source>
        <translation>Contract number as migration show lists it.</translation>
    </message>
    <message>
        <source>migration contract remove takes exactly one contract number.</source>
        <translation>migration contract remove takes exactly one contract number.</translation>
    </message>
    <message>
        <source>Removed contract #%1</source>
        <translation>Removed contract #%1</translation>
    </message>
    <message>
        <source>Unknown action "migration contract %1"; use add or remove.</source>
        <translation>Unknown action "migration contract %1"; use add or remove.</translation>
    </message>
    <message>
        <source>The customer's wish date for porting (YYYY-MM-DD%1).</source>
        <translation>The customer's wish date for porting (YYYY-MM-DD%1).</translation>
    </message>
    <message>
        <source>Test numbers (used before porting, not ported).</source>
        <translation>Test numbers (used before porting, not ported).</translation>
    </message>
    <message>
        <source>Add numbers to port, or test numbers, to a migration project.</source>
        <translation>Add numbers to port, or test numbers, to a migration project.</translation>
    </message>
    <message>
        <source>The project's customer, then the numbers.</source>
        <translation>The project's customer, then the numbers.</translation>
    </message>
    <message>
        <source>migration number add takes a customer and at least one number.</source>
        <translation>migration number add takes a customer and at least one number.</translation>
    </message>
    <message>
        <source>number: </source>
        <translation>number: </translation>
    </message>
    <message>
        <source>Added test number +%1</source>
        <translation>Added test number +%1</translation>
    </message>
    <message>
        <source>Added +%1 to port</source>
        <translation>Added +%1 to port</translation>
    </message>
    <message>
        <source>The definitive porting date (YYYY-MM-DD or none).</source>
        <translation>The definitive porting date (YYYY-MM-DD or none).</translation>
    </message>
    <message>
        <source>Set the wish date or definitive porting date of a number to port.</source>
        <translation>Set the wish date or definitive porting date of a number to port.</translation>
    </message>
    <message>
        <source>The project's customer and the number.</source>
        <translation>The project's customer and the number.</translation>
    </message>
    <message>
        <source>migration number set takes a customer and one number.</source>
        <translation>migration number set takes a customer and one number.</translation>
    </message>
    <message>
        <source>migration number set needs --wish-date or --porting-date.</source>
        <translation>migration number set needs --wish-date or --porting-date.</translation>
    </message>
    <message>
        <source>Updated +%1</source>
        <translation>Updated +%1</translation>
    </message>
    <message>
        <source>Remove a number from a migration project.</source>
        <translation>Remove a number from a migration project.</translation>
    </message>
    <message>
        <source>migration number remove takes a customer and one number.</source>
        <translation>migration number remove takes a customer and one number.</translation>
    </message>
    <message>
        <source>Unknown action "migration number %1"; use add, set or remove.</source>
        <translation>Unknown action "migration number %1"; use add, set or remove.</translation>
    </message>
    <message>
        <source>The customer's contact person (signs the letter).</source>
        <translation>The customer's contact person (signs the letter).</translation>
    </message>
    <message>
        <source>The customer's postal address for the letter (lines separated by \n).</source>
        <translation>The customer's postal address for the letter (lines separated by \n).</translation>
    </message>
    <message>
        <source>Language of tasks and letters: nl or en.</source>
        <translation>Language of tasks and letters: nl or en.</translation>
    </message>
    <message>
        <source>The customer's name.</source>
        <translation>The customer's name.</translation>
    </message>
    <message>
        <source>Start a PSTN/ISDN to SIP migration project; it gets the standard tasks of the four phases.</source>
        <translation>Start a PSTN/ISDN to SIP migration project; it gets the standard tasks of the four phases.</translation>
    </message>
    <message>
        <source>Added migration project %1 with %2 standard tasks</source>
        <translation>Added migration project %1 with %2 standard tasks</translation>
    </message>
    <message>
        <source>List migration projects with their status, phase and progress.</source>
        <translation>List migration projects with their status, phase and progress.</translation>
    </message>
    <message>
        <source>No migration projects yet (migration add --customer NAME).</source>
        <translation>No migration projects yet (migration add --customer NAME).</translation>
    </message>
    <message>
        <source>Show a migration project: tasks per phase, contracts, numbers.</source>
        <translation>Show a migration project: tasks per phase, contracts, numbers.</translation>
    </message>
    <message>
        <source>Remove a migration project with its tasks, contracts and numbers.</source>
        <translation>Remove a migration project with its tasks, contracts and numbers.</translation>
    </message>
    <message>
        <source>migration %1 takes exactly one customer.</source>
        <translation>migration %1 takes exactly one customer.</translation>
    </message>
    <message>
        <source>Removed migration project %1</source>
        <translation>Removed migration project %1</translation>
    </message>
    <message>
        <source>active, done or cancelled.</source>
        <translation>active, done or cancelled.</translation>
    </message>
    <message>
        <source>A new name for the customer.</source>
        <translation>A new name for the customer.</translation>
    </message>
    <message>
        <source>Change a migration project's contact, address, language, status or customer name.</source>
        <translation>Change a migration project's contact, address, language, status or customer name.</translation>
    </message>
    <message>
        <source>migration set takes exactly one customer.</source>
        <translation>migration set takes exactly one customer.</translation>
    </message>
    <message>
        <source>Updated migration project %1</source>
        <translation>Updated migration project %1</translation>
    </message>
    <message>
        <source>How far ahead porting dates and cancellation deadlines count (default 14).</source>
        <translation>How far ahead porting dates and cancellation deadlines count (default 14).</translation>
    </message>
    <message>
        <source>Take this day as today (YYYY-MM-DD).</source>
        <translation>Take this day as today (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Overdue tasks, coming porting dates and cancellation deadlines of active projects.</source>
        <translation>Overdue tasks, coming porting dates and cancellation deadlines of active projects.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Write the letter to this PDF file.</source>
        <translation>Write the letter to this PDF file.</translation>
    </message>
    <message>
        <source>The provider the letter is for (needed when there are several contracts).</source>
        <translation>The provider the letter is for (needed when there are several contracts).</translation>
    </message>
    <message>
        <source>The letter's date (default today, YYYY-MM-DD).</source>
        <translation>The letter's date (default today, YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Write the cancellation and number porting letter to the current provider as PDF, in the project's language.</source>
        <translation>Write the cancellation and number porting letter to the current provider as PDF, in the project's language.</translation>
    </message>
    <message>
        <source>migration letter takes exactly one customer.</source>
        <translation>migration letter takes exactly one customer.</translation>
    </message>
    <message>
        <source>--out: give the PDF file to write.</source>
        <translation>--out: give the PDF file to write.</translation>
    </message>
    <message>
        <source>Wrote the letter to %1 for %2</source>
        <translation>Wrote the letter to %1 for %2</translation>
    </message>
    <message>
        <source>Unknown action "migration %1"; use add, list, show, set, remove, task, contract, number, attention or letter.</source>
        <translation>Unknown action "migration %1"; use add, list, show, set, remove, task, contract, number, attention or letter.</translation>
    </message>
    <message>
        <source>The Kamailio cluster Centrale provisions: nodes, sync, database password</source>
        <translation>The Kamailio cluster Centrale provisions: nodes, sync, database password</translation>
    </message>
    <message>
        <source>Call recording of trunks and phone accounts (retention, announcement)</source>
        <translation>Call recording of trunks and phone accounts (retention, announcement)</translation>
    </message>
    <message>
        <source>Call recordings the engine made</source>
        <translation>Call recordings the engine made</translation>
    </message>
    <message>
        <source>A week of plausible calls for a demo database</source>
        <translation>A week of plausible calls for a demo database</translation>
    </message>
    <message>
        <source>PSTN/ISDN to SIP migration projects: tasks, contracts, porting, letters</source>
        <translation>PSTN/ISDN to SIP migration projects: tasks, contracts, porting, letters</translation>
    </message>
    <message>
        <source>Voicemail messages of call plans, and their greetings</source>
        <translation>Voicemail messages of call plans, and their greetings</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, not "%1".</source>
        <translation>must be a date as YYYY-MM-DD, not "%1".</translation>
    </message>
    <message>
        <source>The trunk to set.</source>
        <translation>The trunk to set.</translation>
    </message>
    <message>
        <source>The phone account to set (its E.164 number).</source>
        <translation>The phone account to set (its E.164 number).</translation>
    </message>
    <message>
        <source>Set the default for trunks and phone accounts without their own setting.</source>
        <translation>Set the default for trunks and phone accounts without their own setting.</translation>
    </message>
    <message>
        <source>off, or the days recordings are kept: 30, 90 or 365.</source>
        <translation>off, or the days recordings are kept: 30, 90 or 365.</translation>
    </message>
    <message>
        <source>Play "this call may be recorded" before the call is connected.</source>
        <translation>Play "this call may be recorded" before the call is connected.</translation>
    </message>
    <message>
        <source>No announcement.</source>
        <translation>No announcement.</translation>
    </message>
    <message>
        <source>Forget the trunk's or phone account's own setting: the default applies again.</source>
        <translation>Forget the trunk's or phone account's own setting: the default applies again.</translation>
    </message>
    <message>
        <source>Call recording of a trunk, a phone account, or the default.</source>
        <translation>Call recording of a trunk, a phone account, or the default.</translation>
    </message>
    <message>
        <source>recording set needs exactly one of --trunk NAME, --phone E164 or --default.</source>
        <translation>recording set needs exactly one of --trunk NAME, --phone E164 or --default.</translation>
    </message>
    <message>
        <source>--announce and --no-announce exclude each other.</source>
        <translation>--announce and --no-announce exclude each other.</translation>
    </message>
    <message>
        <source>--use-default goes with --trunk or --phone alone.</source>
        <translation>--use-default goes with --trunk or --phone alone.</translation>
    </message>
    <message>
        <source>Nothing to set: give --retention, --announce or --no-announce.</source>
        <translation>Nothing to set: give --retention, --announce or --no-announce.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>the default</translation>
    </message>
    <message>
        <source>trunk %1</source>
        <translation>trunk %1</translation>
    </message>
    <message>
        <source>Recording of %1: retention %2, announcement %3; a running engine applies it within a second.</source>
        <translation>Recording of %1: retention %2, announcement %3; a running engine applies it within a second.</translation>
    </message>
    <message>
        <source>as the default</source>
        <translation>as the default</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>The default recording setting and every trunk's and phone account's own.</source>
        <translation>The default recording setting and every trunk's and phone account's own.</translation>
    </message>
    <message>
        <source>default: retention %1, announcement %2</source>
        <translation>default: retention %1, announcement %2</translation>
    </message>
    <message>
        <source>retention %1, announcement %2</source>
        <translation>retention %1, announcement %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Only recordings started on or after this day.</source>
        <translation>Only recordings started on or after this day.</translation>
    </message>
    <message>
        <source>Only recordings started on or before this day.</source>
        <translation>Only recordings started on or before this day.</translation>
    </message>
    <message>
        <source>The call recordings the engine made, oldest first.</source>
        <translation>The call recordings the engine made, oldest first.</translation>
    </message>
    <message>
        <source>No recordings.</source>
        <translation>No recordings.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>First day of the period.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Last day of the period.</translation>
    </message>
    <message>
        <source>Folder the recordings and recordings.xlsx are written to.</source>
        <translation>Folder the recordings and recordings.xlsx are written to.</translation>
    </message>
    <message>
        <source>Copies the recordings of a period with a spreadsheet (call ID, start, caller, callee, account, duration, file).</source>
        <translation>Copies the recordings of a period with a spreadsheet (call ID, start, caller, callee, account, duration, file).</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>--to: must not be before --from.</source>
        <translation>--to: must not be before --from.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recording(s) to %1 with %2.</source>
        <translation>
            <numerusform>Exported %n recording(s) to %1 with %2.</numerusform>
            <numerusform>Exported %n recording(s) to %1 with %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1 (its file is gone)</source>
        <translation>missing: %1 (its file is gone)</translation>
    </message>
    <message>
        <source>Deletes the recordings whose retention period has ended now (the engine also does this every hour).</source>
        <translation>Deletes the recordings whose retention period has ended now (the engine also does this every hour).</translation>
    </message>
    <message>
        <source>deleted %1 (call %2, %3)</source>
        <translation>deleted %1 (call %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n expired recording(s) deleted.</source>
        <translation>
            <numerusform>%n expired recording(s) deleted.</numerusform>
            <numerusform>%n expired recording(s) deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown action "recording %1"; use set or show.</source>
        <translation>Unknown action "recording %1"; use set or show.</translation>
    </message>
    <message>
        <source>Unknown action "recordings %1"; use list, export or purge.</source>
        <translation>Unknown action "recordings %1"; use list, export or purge.</translation>
    </message>
    <message>
        <source>Only the messages of this call plan.</source>
        <translation>Only the messages of this call plan.</translation>
    </message>
    <message>
        <source>Voicemail messages, newest first, with the WAV file of each.</source>
        <translation>Voicemail messages, newest first, with the WAV file of each.</translation>
    </message>
    <message>
        <source>No voicemail messages.</source>
        <translation>No voicemail messages.</translation>
    </message>
    <message>
        <source>Delete a voicemail message and its WAV file.</source>
        <translation>Delete a voicemail message and its WAV file.</translation>
    </message>
    <message>
        <source>The message's id (voicemail list).</source>
        <translation>The message's id (voicemail list).</translation>
    </message>
    <message>
        <source>voicemail delete takes exactly one message id.</source>
        <translation>voicemail delete takes exactly one message id.</translation>
    </message>
    <message>
        <source>id: "%1" is not a message id (a positive whole number).</source>
        <translation>id: "%1" is not a message id (a positive whole number).</translation>
    </message>
    <message>
        <source>Deleted voicemail message %1.</source>
        <translation>Deleted voicemail message %1.</translation>
    </message>
    <message>
        <source>The call plan whose greeting this is.</source>
        <translation>The call plan whose greeting this is.</translation>
    </message>
    <message>
        <source>A WAV file (16-bit PCM or G.711, mono or stereo, 8-48 kHz, at most 60 s); stored as 8 kHz mono.</source>
        <translation>A WAV file (16-bit PCM or G.711, mono or stereo, 8-48 kHz, at most 60 s); stored as 8 kHz mono.</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>Go back to the default greeting (voicemail.language).</source>
        <translation>Go back to the default greeting (voicemail.language).</translation>
    </message>
    <message>
        <source>Set the greeting a call plan's voicemail plays before it records.</source>
        <translation>Set the greeting a call plan's voicemail plays before it records.</translation>
    </message>
    <message>
        <source>--plan is required.</source>
        <translation>--plan is required.</translation>
    </message>
    <message>
        <source>Give either --file WAV or --default.</source>
        <translation>Give either --file WAV or --default.</translation>
    </message>
    <message>
        <source>file: cannot read %1: %2</source>
        <translation>file: cannot read %1: %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>file: %1</translation>
    </message>
    <message>
        <source>Call plan %1 greets with its own recording.</source>
        <translation>Call plan %1 greets with its own recording.</translation>
    </message>
    <message>
        <source>Call plan %1 greets with the default greeting.</source>
        <translation>Call plan %1 greets with the default greeting.</translation>
    </message>
    <message>
        <source>Unknown action "voicemail %1"; use list, delete or greeting.</source>
        <translation>Unknown action "voicemail %1"; use list, delete or greeting.</translation>
    </message>
    <message>
        <source>The call with this Call-ID (the call log's call_id): both legs.</source>
        <translation>The call with this Call-ID (the call log's call_id): both legs.</translation>
    </message>
    <message>
        <source>The registrations and OPTIONS checks of this SIP account (username, or a trunk name for both its accounts).</source>
        <translation>The registrations and OPTIONS checks of this SIP account (username, or a trunk name for both its accounts).</translation>
    </message>
    <message>
        <source>Write the messages as a pcap file (tcpdump, Wireshark, sngrep -I) instead.</source>
        <translation>Write the messages as a pcap file (tcpdump, Wireshark, sngrep -I) instead.</translation>
    </message>
    <message>
        <source>Overwrite the pcap file if it exists.</source>
        <translation>Overwrite the pcap file if it exists.</translation>
    </message>
    <message>
        <source>With --account: at most N messages, the newest (default 60).</source>
        <translation>With --account: at most N messages, the newest (default 60).</translation>
    </message>
    <message>
        <source>Show the SIP messages of a call or an account as a ladder (sequence), JSON or pcap.</source>
        <translation>Show the SIP messages of a call or an account as a ladder (sequence), JSON or pcap.</translation>
    </message>
    <message>
        <source>Give either --call CALL_ID or --account USER.</source>
        <translation>Give either --call CALL_ID or --account USER.</translation>
    </message>
    <message>
        <source>--call needs a Call-ID.</source>
        <translation>--call needs a Call-ID.</translation>
    </message>
    <message>
        <source>No SIP messages of call %1 in the trace (older than the trace keeps, or tracing was off).</source>
        <translation>No SIP messages of call %1 in the trace (older than the trace keeps, or tracing was off).</translation>
    </message>
    <message>
        <source>No registrations of %1 in the trace.</source>
        <translation>No registrations of %1 in the trace.</translation>
    </message>
    <message>
        <source>%1 messages written to %2</source>
        <translation>%1 messages written to %2</translation>
    </message>
    <message>
        <source>Check this trunk (both accounts).</source>
        <translation>Check this trunk (both accounts).</translation>
    </message>
    <message>
        <source>Check this phone account (its number, E.164 without +).</source>
        <translation>Check this phone account (its number, E.164 without +).</translation>
    </message>
    <message>
        <source>Milliseconds to wait for the OPTIONS answer (default 1500; 0 = send none).</source>
        <translation>Milliseconds to wait for the OPTIONS answer (default 1500; 0 = send none).</translation>
    </message>
    <message>
        <source>Connection check: OPTIONS with round-trip time, NAT and SIP ALG signs in the last REGISTER and INVITE, advice and firewall openings.</source>
        <translation>Connection check: OPTIONS with round-trip time, NAT and SIP ALG signs in the last REGISTER and INVITE, advice and firewall openings.</translation>
    </message>
    <message>
        <source>Give either --trunk NAME or --phone E164.</source>
        <translation>Give either --trunk NAME or --phone E164.</translation>
    </message>
    <message>
        <source>Leave out the recordings, voicemail messages and call plan greetings (included by default).</source>
        <translation>Leave out the recordings, voicemail messages and call plan greetings (included by default).</translation>
    </message>
    <message>
        <source>Write a consistent backup of the database, also while the engine runs. Passwords are not in it unless --include-secrets. The recordings, voicemail messages and call plan greetings beside the database (its recordings/ and voicemail/ folders) are in it too unless --without-media: the backup grows by the size of those folders, about 58 MB per recorded hour (twice that with recording.split = 1) and 1 MB per voicemail minute.</source>
        <translation>Write a consistent backup of the database, also while the engine runs. Passwords are not in it unless --include-secrets. The recordings, voicemail messages and call plan greetings beside the database (its recordings/ and voicemail/ folders) are in it too unless --without-media: the backup grows by the size of those folders, about 58 MB per recorded hour (twice that with recording.split = 1) and 1 MB per voicemail minute.</translation>
    </message>
    <message>
        <source>Media included: %1 files, %2 bytes (recordings, voicemail messages, greetings).</source>
        <translation>Media included: %1 files, %2 bytes (recordings, voicemail messages, greetings).</translation>
    </message>
    <message>
        <source>Leave the recordings, voicemail messages and greetings beside the database as they are.</source>
        <translation>Leave the recordings, voicemail messages and greetings beside the database as they are.</translation>
    </message>
    <message>
        <source>Replace the database by the one in a backup (stop the engine first). Refuses a damaged backup or one from a newer Centrale and then changes nothing. Secrets in the backup are restored with the passphrase from standard input; its recordings, voicemail messages and greetings are put beside the database (mode 0600), other files there are left alone.</source>
        <translation>Replace the database by the one in a backup (stop the engine first). Refuses a damaged backup or one from a newer Centrale and then changes nothing. Secrets in the backup are restored with the passphrase from standard input; its recordings, voicemail messages and greetings are put beside the database (mode 0600), other files there are left alone.</translation>
    </message>
    <message>
        <source>Some media files could not be put in place: %1</source>
        <translation>Some media files could not be put in place: %1</translation>
    </message>
    <message>
        <source>%1 media files restored (recordings, voicemail messages, greetings).</source>
        <translation>%1 media files restored (recordings, voicemail messages, greetings).</translation>
    </message>
    <message>
        <source>The backup's media were skipped; the files beside the database are unchanged.</source>
        <translation>The backup's media were skipped; the files beside the database are unchanged.</translation>
    </message>
    <message>
        <source>cluster call log not read (showing what was booked before): %1</source>
        <translation>cluster call log not read (showing what was booked before): %1</translation>
    </message>
    <message>
        <source>guard: %1 calls booked from acc; blocked: %2</source>
        <translation>guard: %1 calls booked from acc; blocked: %2</translation>
    </message>
    <message>
        <source>Primary server address (default: setting sip.primary; in cluster mode cluster.appserver when set).</source>
        <translation>Primary server address (default: setting sip.primary; in cluster mode cluster.appserver when set).</translation>
    </message>
    <message>
        <source>engine: Kamailio cluster, %1 of %2 nodes up (%3)</source>
        <translation>engine: Kamailio cluster, %1 of %2 nodes up (%3)</translation>
    </message>
    <message>
        <source>Call recording and voicemail are unavailable: %1.</source>
        <translation>Call recording and voicemail are unavailable: %1.</translation>
    </message>
</context>
</TS>