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
        <source>Add &quot;include =&gt; %1&quot; to the context of the phones that may call out.</source>
        <translation>Add &quot;include =&gt; %1&quot; to the context of the phones that may call out.</translation>
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
        <source>Centrale only accepts the trunk&apos;s caller-ID numbers; anything else becomes %1.</source>
        <translation>Centrale only accepts the trunk&apos;s caller-ID numbers; anything else becomes %1.</translation>
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
    <name>AvayaExport</name>
    <message>
        <source>Add one channel (URI) for all numbers.</source>
        <translation>Add one channel (URI) for all numbers.</translation>
    </message>
    <message>
        <source>Give every user a SIP Name that is one of the trunk&apos;s caller-ID numbers.</source>
        <translation>Give every user a SIP Name that is one of the trunk&apos;s caller-ID numbers.</translation>
    </message>
    <message>
        <source>Centrale takes the caller ID from P-Asserted-Identity.</source>
        <translation>Centrale takes the caller ID from P-Asserted-Identity.</translation>
    </message>
    <message>
        <source>Numbers leave in the form %1 (the trunk&apos;s number format).</source>
        <translation>Numbers leave in the form %1 (the trunk&apos;s number format).</translation>
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
    <name>CallEngine</name>
    <message>
        <source>source address %1 is in no account&apos;s IP whitelist</source>
        <translation>source address %1 is in no account&apos;s IP whitelist</translation>
    </message>
    <message>
        <source>authentication failed for &quot;%1&quot;</source>
        <translation>authentication failed for &quot;%1&quot;</translation>
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
        <source>voicemail box %1 cannot answer: this engine relays signalling only and has no media to record</source>
        <translation>voicemail box %1 cannot answer: this engine relays signalling only and has no media to record</translation>
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
        <source>Opening hours are empty; write e.g. &quot;mon-fri 08:00-17:00&quot;.</source>
        <translation>Opening hours are empty; write e.g. &quot;mon-fri 08:00-17:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opening-hours range like &quot;mon-fri 08:00-17:00&quot;.</source>
        <translation>&quot;%1&quot; is not an opening-hours range like &quot;mon-fri 08:00-17:00&quot;.</translation>
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
        <source>Unknown call plan step &quot;%1&quot;.</source>
        <translation>Unknown call plan step &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CallPlanRepository</name>
    <message>
        <source>A call plan named &quot;%1&quot; already exists.</source>
        <translation>A call plan named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Internal number %1 is already used by call plan &quot;%2&quot;.</source>
        <translation>Internal number %1 is already used by call plan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The call plan no longer exists.</source>
        <translation>The call plan no longer exists.</translation>
    </message>
    <message>
        <source>Call plan &quot;%1&quot; is the failover of trunk &quot;%2&quot;; choose another failover there first.</source>
        <translation>Call plan &quot;%1&quot; is the failover of trunk &quot;%2&quot;; choose another failover there first.</translation>
    </message>
    <message>
        <source>There is no call plan named &quot;%1&quot;.</source>
        <translation>There is no call plan named &quot;%1&quot;.</translation>
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
        <source>The destination preset &quot;%1&quot; is missing.</source>
        <translation>The destination preset &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>The destination preset &quot;%1&quot; is damaged: %2</source>
        <translation>The destination preset &quot;%1&quot; is damaged: %2</translation>
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
        <source>&quot;%1&quot; is not a destination preset.</source>
        <translation>&quot;%1&quot; is not a destination preset.</translation>
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
        <source>Unknown export format &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown export format &quot;%1&quot;; use one of: %2.</translation>
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
        <source>Refusing the file name &quot;%1&quot;.</source>
        <translation>Refusing the file name &quot;%1&quot;.</translation>
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
        <source>&quot;%1&quot; is not blocked by the fraud detector.</source>
        <translation>&quot;%1&quot; is not blocked by the fraud detector.</translation>
    </message>
</context>
<context>
    <name>FreePbxExport</name>
    <message>
        <source>%1: trunk %2.</source>
        <translation>%1: trunk %2.</translation>
    </message>
    <message>
        <source>Centrale refuses caller IDs that are not the trunk&apos;s.</source>
        <translation>Centrale refuses caller IDs that are not the trunk&apos;s.</translation>
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
        <source>Empty: the extension&apos;s or the trunk&apos;s caller ID is used.</source>
        <translation>Empty: the extension&apos;s or the trunk&apos;s caller ID is used.</translation>
    </message>
    <message>
        <source>Or import freepbx-dial-patterns.csv with &quot;Import Dial Patterns&quot; on the route.</source>
        <translation>Or import freepbx-dial-patterns.csv with &quot;Import Dial Patterns&quot; on the route.</translation>
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
        <source>FreePBX&apos;s Bulk Handler imports extensions and DIDs but not trunks, so the trunks are entered by hand. Only the dial patterns come as a CSV file.</source>
        <translation>FreePBX&apos;s Bulk Handler imports extensions and DIDs but not trunks, so the trunks are entered by hand. Only the dial patterns come as a CSV file.</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>The IP address is empty.</source>
        <translation>The IP address is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>&quot;%1&quot; is not an IPv4 or IPv6 address.</translation>
    </message>
    <message>
        <source>The prefix length /%1 is out of range (0-%2).</source>
        <translation>The prefix length /%1 is out of range (0-%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subnet mask.</source>
        <translation>&quot;%1&quot; is not a valid subnet mask.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; did you mean %2/%3?</source>
        <translation>&quot;%1&quot; has host bits set; did you mean %2/%3?</translation>
    </message>
</context>
<context>
    <name>KamailioExport</name>
    <message>
        <source>Centrale export for %1: uacreg rows for Kamailio&apos;s uac module (5.6).</source>
        <translation>Centrale export for %1: uacreg rows for Kamailio&apos;s uac module (5.6).</translation>
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
        <source>include_file this after loadmodule &quot;tm.so&quot;, &quot;rr.so&quot;, &quot;pv.so&quot;, &quot;xlog.so&quot; and your database module.</source>
        <translation>include_file this after loadmodule &quot;tm.so&quot;, &quot;rr.so&quot;, &quot;pv.so&quot;, &quot;xlog.so&quot; and your database module.</translation>
    </message>
    <message>
        <source>Define DBURL and CENTRALE_CONTACT before it to override the defaults below.</source>
        <translation>Define DBURL and CENTRALE_CONTACT before it to override the defaults below.</translation>
    </message>
    <message>
        <source>With db_text, DBURL can be &quot;text:///&quot; followed by the export folder (it holds the uacreg and version tables).</source>
        <translation>With db_text, DBURL can be &quot;text:///&quot; followed by the export folder (it holds the uacreg and version tables).</translation>
    </message>
    <message>
        <source>Calls from Centrale reach the registered contact; route(CENTRALE_INBOUND) maps it back to the account.</source>
        <translation>Calls from Centrale reach the registered contact; route(CENTRALE_INBOUND) maps it back to the account.</translation>
    </message>
    <message>
        <source>Calls out through Centrale: on 401/407 set the three $avp(centrale_*) to the account&apos;s username, password and realm, then uac_auth().</source>
        <translation>Calls out through Centrale: on 401/407 set the three $avp(centrale_*) to the account&apos;s username, password and realm, then uac_auth().</translation>
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
    <name>NumberLinks</name>
    <message>
        <source>nothing (free)</source>
        <translation>nothing (free)</translation>
    </message>
    <message>
        <source>call plan &quot;%1&quot;</source>
        <translation>call plan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>trunk &quot;%1&quot;</source>
        <translation>trunk &quot;%1&quot;</translation>
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
        <source>&quot;%1&quot; is too short to be a phone number</source>
        <translation>&quot;%1&quot; is too short to be a phone number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; is not a valid phone number</translation>
    </message>
    <message>
        <source>caller ID &quot;%1&quot; is not one of trunk %2&apos;s caller-ID numbers</source>
        <translation>caller ID &quot;%1&quot; is not one of trunk %2&apos;s caller-ID numbers</translation>
    </message>
    <message>
        <source>caller ID &quot;%1&quot; is not the phone account&apos;s own number</source>
        <translation>caller ID &quot;%1&quot; is not the phone account&apos;s own number</translation>
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
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The number is empty.</source>
        <translation>The number is empty.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long for a phone number.</source>
        <translation>&quot;%1…&quot; is too long for a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces and a leading + are allowed.</source>
        <translation>&quot;%1&quot; is not a phone number: only digits, spaces and a leading + are allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: + may only stand at the start.</source>
        <translation>&quot;%1&quot; is not a phone number: + may only stand at the start.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number that can be recognised.</source>
        <translation>&quot;%1&quot; is not a phone number that can be recognised.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: wrong length or unknown range for its country.</source>
        <translation>&quot;%1&quot; is not a valid number: wrong length or unknown range for its country.</translation>
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
        <source>line %1: unknown column &quot;%2&quot;; the header is %3</source>
        <translation>line %1: unknown column &quot;%2&quot;; the header is %3</translation>
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
        <source>line %1: prefix &quot;%2&quot; must be 1 to %3 digits (a leading + is allowed)</source>
        <translation>line %1: prefix &quot;%2&quot; must be 1 to %3 digits (a leading + is allowed)</translation>
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
        <source>line %1: %2 &quot;%3&quot; is negative</source>
        <translation>line %1: %2 &quot;%3&quot; is negative</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; must use a dot as decimal separator</source>
        <translation>line %1: %2 &quot;%3&quot; must use a dot as decimal separator</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a number (euro with at most 6 decimals, e.g. 0.0125)</source>
        <translation>line %1: %2 &quot;%3&quot; is not a number (euro with at most 6 decimals, e.g. 0.0125)</translation>
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
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation>&quot;%1&quot; is not a known country code.</translation>
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
        <source>&quot;%1&quot; is not a number type.</source>
        <translation>&quot;%1&quot; is not a number type.</translation>
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
        <source>must be 1-63 letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>must be 1-63 letters, digits, &apos;.&apos; or &apos;-&apos;</translation>
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
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unknown setting &quot;%1&quot;.</translation>
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
        <source>Seconds a trunk&apos;s primary account may ring before the secondary is tried</source>
        <translation>Seconds a trunk&apos;s primary account may ring before the secondary is tried</translation>
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
        <source>Weeks of call history in an account&apos;s average</source>
        <translation>Weeks of call history in an account&apos;s average</translation>
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
        <source>Fraud when an hour exceeds the account&apos;s average for that hour times this</source>
        <translation>Fraud when an hour exceeds the account&apos;s average for that hour times this</translation>
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
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: &quot;%2&quot; is not an e-mail address.</translation>
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
        <source>The password contains &apos;;&apos;, &apos;&lt;&apos;, &apos;&gt;&apos;, &apos;&quot;&apos; or white space, which an accounts line cannot carry: type it when baresip asks.</source>
        <translation>The password contains &apos;;&apos;, &apos;&lt;&apos;, &apos;&gt;&apos;, &apos;&quot;&apos; or white space, which an accounts line cannot carry: type it when baresip asks.</translation>
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
    <name>ThreeCxExport</name>
    <message>
        <source>Add Provider: Country &quot;Generic&quot;, Provider &quot;Generic VoIP Provider&quot;; name it %1 (%2).</source>
        <translation>Add Provider: Country &quot;Generic&quot;, Provider &quot;Generic VoIP Provider&quot;; name it %1 (%2).</translation>
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
        <source>Centrale accepts only the trunk&apos;s caller-ID numbers in P-Asserted-Identity (or From).</source>
        <translation>Centrale accepts only the trunk&apos;s caller-ID numbers in P-Asserted-Identity (or From).</translation>
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
        <source>Not included: 3CX does not publish the format of its provider template files, so a generated one could not be checked. Use &quot;Generic VoIP Provider&quot; as above.</source>
        <translation>Not included: 3CX does not publish the format of its provider template files, so a generated one could not be checked. Use &quot;Generic VoIP Provider&quot; as above.</translation>
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
        <source>trunk &quot;%1&quot;</source>
        <translation>trunk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; is already used by %2.</source>
        <translation>Username &quot;%1&quot; is already used by %2.</translation>
    </message>
    <message>
        <source>A trunk named &quot;%1&quot; already exists.</source>
        <translation>A trunk named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>There is no call plan named &quot;%1&quot; to fail over to.</source>
        <translation>There is no call plan named &quot;%1&quot; to fail over to.</translation>
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
        <source>There is no trunk named &quot;%1&quot;.</source>
        <translation>There is no trunk named &quot;%1&quot;.</translation>
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
        <source>the carrier&apos;s challenge is not an MD5 digest this engine can answer</source>
        <translation>the carrier&apos;s challenge is not an MD5 digest this engine can answer</translation>
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
        <source>%1 must be 3-64 characters of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>%1 must be 3-64 characters of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
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
        <source>%1: &quot;%2&quot; is not an IPv6 address.</source>
        <translation>%1: &quot;%2&quot; is not an IPv6 address.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name.</source>
        <translation>%1: &quot;%2&quot; is not a host name.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: &quot;%2&quot; is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>YeastarExport</name>
    <message>
        <source>%1. Trunk type: Register trunk (S-series: &quot;Register Trunk&quot;).</source>
        <translation>%1. Trunk type: Register trunk (S-series: &quot;Register Trunk&quot;).</translation>
    </message>
    <message>
        <source>Empty: the caller ID goes in From.</source>
        <translation>Empty: the caller ID goes in From.</translation>
    </message>
    <message>
        <source>Per extension the number it calls out with (only the trunk&apos;s caller-ID numbers).</source>
        <translation>Per extension the number it calls out with (only the trunk&apos;s caller-ID numbers).</translation>
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
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
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
</context>
<context>
    <name>centrale::AlertMailer</name>
    <message>
        <source>no SMTP server or recipient is set; mail &quot;%1&quot; not sent</source>
        <translation>no SMTP server or recipient is set; mail &quot;%1&quot; not sent</translation>
    </message>
</context>
<context>
    <name>centrale::calls::FraudDetector</name>
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
    <name>centrale::calls::FraudSettings</name>
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
        <source>The burst&apos;s short call length must lie between 1 and 600 seconds.</source>
        <translation>The burst&apos;s short call length must lie between 1 and 600 seconds.</translation>
    </message>
    <message>
        <source>The burst window must lie between 1 and 1440 minutes.</source>
        <translation>The burst window must lie between 1 and 1440 minutes.</translation>
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
        <source>Trunk %1&apos;s %2 account %3 registered again from %4 at %5.</source>
        <translation>Trunk %1&apos;s %2 account %3 registered again from %4 at %5.</translation>
    </message>
    <message>
        <source>Trunk %1&apos;s %2 account %3 stopped being registered or stopped answering (%4) at %5. Calls go to the other account or the failover call plan until it is back.</source>
        <translation>Trunk %1&apos;s %2 account %3 stopped being registered or stopped answering (%4) at %5. Calls go to the other account or the failover call plan until it is back.</translation>
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

Outbound calls of %2 are refused until an administrator unblocks the account (Security page, or: centralectl fraud unblock &quot;%2&quot;).</source>
        <translation>%1

Outbound calls of %2 are refused until an administrator unblocks the account (Security page, or: centralectl fraud unblock &quot;%2&quot;).</translation>
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
        <source>Voicemail box &quot;%1&quot;</source>
        <translation>Voicemail box &quot;%1&quot;</translation>
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
        <source>Delete call plan &quot;%1&quot;? Its numbers become free.</source>
        <translation>Delete call plan &quot;%1&quot;? Its numbers become free.</translation>
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
        <source>Replace the countries and prefixes below by the preset&apos;s</source>
        <translation>Replace the countries and prefixes below by the preset&apos;s</translation>
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
        <source>Export the selected phone account&apos;s softphone configuration</source>
        <translation>Export the selected phone account&apos;s softphone configuration</translation>
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
        <source>Carrier registration: none (set upstream.username and the upstream password to register)</source>
        <translation>Carrier registration: none (set upstream.username and the upstream password to register)</translation>
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
        <source>A trunk named &quot;%1&quot; already exists.</source>
        <translation>A trunk named &quot;%1&quot; already exists.</translation>
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
        <source>Delete trunk &quot;%1&quot;? Its numbers become free and its PBX can no longer register.</source>
        <translation>Delete trunk &quot;%1&quot;? Its numbers become free and its PBX can no longer register.</translation>
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
        <source>Export the selected trunk&apos;s PBX configuration</source>
        <translation>Export the selected trunk&apos;s PBX configuration</translation>
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
    <name>centralectl</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
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
        <source>Created call plan &quot;%1&quot;</source>
        <translation>Created call plan &quot;%1&quot;</translation>
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
        <source>Linked +%1 to call plan &quot;%2&quot;</source>
        <translation>Linked +%1 to call plan &quot;%2&quot;</translation>
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
        <source>Removed call plan &quot;%1&quot;</source>
        <translation>Removed call plan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
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
        <source>Unexpected argument &quot;%1&quot; (see: centralectl %2 --help).</source>
        <translation>Unexpected argument &quot;%1&quot; (see: centralectl %2 --help).</translation>
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
        <source>Unknown action &quot;number %1&quot;; use add, list or remove.</source>
        <translation>Unknown action &quot;number %1&quot;; use add, list or remove.</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line). Without it one is generated and printed once.</source>
        <translation>Read the password from standard input (one line). Without it one is generated and printed once.</translation>
    </message>
    <message>
        <source>The phone account&apos;s number; also its username.</source>
        <translation>The phone account&apos;s number; also its username.</translation>
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
        <source>Unknown action &quot;phone %1&quot;; use add, list, password or remove.</source>
        <translation>Unknown action &quot;phone %1&quot;; use add, list, password or remove.</translation>
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
        <source>The setting&apos;s key.</source>
        <translation>The setting&apos;s key.</translation>
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
        <source>--number: unknown flag &quot;:%1&quot;; use :in (inbound) and/or :cid (caller ID).</source>
        <translation>--number: unknown flag &quot;:%1&quot;; use :in (inbound) and/or :cid (caller ID).</translation>
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
        <source>--brand &quot;%1&quot; is not known; use one of: %2.</source>
        <translation>--brand &quot;%1&quot; is not known; use one of: %2.</translation>
    </message>
    <message>
        <source>--format must be plus or noplus, not &quot;%1&quot;.</source>
        <translation>--format must be plus or noplus, not &quot;%1&quot;.</translation>
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
        <source>Created trunk &quot;%1&quot; (primary %2, secondary %3)</source>
        <translation>Created trunk &quot;%1&quot; (primary %2, secondary %3)</translation>
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
        <source>Removed trunk &quot;%1&quot;</source>
        <translation>Removed trunk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown action &quot;trunk %1&quot;; use add, list, show or remove.</source>
        <translation>Unknown action &quot;trunk %1&quot;; use add, list, show or remove.</translation>
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
        <source>Manage Centrale&apos;s trunks, numbers, call plans and engine from scripts.</source>
        <translation>Manage Centrale&apos;s trunks, numbers, call plans and engine from scripts.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Every action has --help. Passwords are never taken as arguments: use --password-stdin.</source>
        <translation>Every action has --help. Passwords are never taken as arguments: use --password-stdin.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see: centralectl --help).</source>
        <translation>Unknown command &quot;%1&quot; (see: centralectl --help).</translation>
    </message>
    <message>
        <source>Primary server address (default: setting sip.primary).</source>
        <translation>Primary server address (default: setting sip.primary).</translation>
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
        <source>--realm differs from the stored realm; the passwords&apos; digests depend on it. Change it with: centralectl settings set sip.realm %1</source>
        <translation>--realm differs from the stored realm; the passwords&apos; digests depend on it. Change it with: centralectl settings set sip.realm %1</translation>
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
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is not an IP address.</translation>
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
        <source>Unknown action &quot;blocked %1&quot;; use list or lift.</source>
        <translation>Unknown action &quot;blocked %1&quot;; use list or lift.</translation>
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
        <source>Export format (see --list-formats; default: the trunk brand&apos;s).</source>
        <translation>Export format (see --list-formats; default: the trunk brand&apos;s).</translation>
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
        <source>--format &quot;%1&quot; is not known; use one of: %2.</source>
        <translation>--format &quot;%1&quot; is not known; use one of: %2.</translation>
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
        <source>Unknown action &quot;calls %1&quot;; use list.</source>
        <translation>Unknown action &quot;calls %1&quot;; use list.</translation>
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
        <source>Unknown action &quot;rates %1&quot;; use import or list.</source>
        <translation>Unknown action &quot;rates %1&quot;; use import or list.</translation>
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
        <source>Store the upstream carrier&apos;s or the SMTP server&apos;s password in the keychain (or the secrets file).</source>
        <translation>Store the upstream carrier&apos;s or the SMTP server&apos;s password in the keychain (or the secrets file).</translation>
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
        <source>Unknown action &quot;settings %1&quot;; use list, get, set or password.</source>
        <translation>Unknown action &quot;settings %1&quot;; use list, get, set or password.</translation>
    </message>
    <message>
        <source>Unknown action &quot;callplan %1&quot;; use add, list, show, link, unlink, remove or step.</source>
        <translation>Unknown action &quot;callplan %1&quot;; use add, list, show, link, unlink, remove or step.</translation>
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
        <source>Call plan &quot;%1&quot; has no steps.</source>
        <translation>Call plan &quot;%1&quot; has no steps.</translation>
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
        <source>E-mail these addresses about the call (repeat or comma-separate).</source>
        <translation>E-mail these addresses about the call (repeat or comma-separate).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Go on only within these opening hours, e.g. &quot;mon-fri 08:00-17:00; sat 10:00-12:00&quot;.</source>
        <translation>Go on only within these opening hours, e.g. &quot;mon-fri 08:00-17:00; sat 10:00-12:00&quot;.</translation>
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
        <source>Added step %1 to call plan &quot;%2&quot;: %3</source>
        <translation>Added step %1 to call plan &quot;%2&quot;: %3</translation>
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
        <source>Step number must be from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Step number must be from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Step %1 jumps to step %2 outside opening hours; remove or change step %1 first.</source>
        <translation>Step %1 jumps to step %2 outside opening hours; remove or change step %1 first.</translation>
    </message>
    <message>
        <source>Removed step %1 from call plan &quot;%2&quot;: %3</source>
        <translation>Removed step %1 from call plan &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Unknown action &quot;callplan step %1&quot;; use add, list or remove.</source>
        <translation>Unknown action &quot;callplan step %1&quot;; use add, list or remove.</translation>
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
        <source>Unknown action &quot;fraud %1&quot;; use list or unblock.</source>
        <translation>Unknown action &quot;fraud %1&quot;; use list or unblock.</translation>
    </message>
    <message>
        <source>%1  hour € %2  day € %3  week € %4  calls %5/%6/%7  cps %8  warn %9/%10  channels %11</source>
        <translation>%1  hour € %2  day € %3  week € %4  calls %5/%6/%7  cps %8  warn %9/%10  channels %11</translation>
    </message>
    <message>
        <source>trunk &quot;%1&quot;</source>
        <translation>trunk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>phone account +%1</source>
        <translation>phone account +%1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in euro (whole cents with a dot, like 12.50)</source>
        <translation>%1: &quot;%2&quot; is not an amount in euro (whole cents with a dot, like 12.50)</translation>
    </message>
    <message>
        <source>%1: give two levels like 80,95 with the first below the second, from 1 to 100 percent; not &quot;%2&quot;</source>
        <translation>%1: give two levels like 80,95 with the first below the second, from 1 to 100 percent; not &quot;%2&quot;</translation>
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
        <source>%1: unknown key &quot;%2&quot;; known are trunk or phone, %3</source>
        <translation>%1: unknown key &quot;%2&quot;; known are trunk or phone, %3</translation>
    </message>
    <message>
        <source>--from-json: cannot read &quot;%1&quot;: %2</source>
        <translation>--from-json: cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--from-json: not JSON (%1 at offset %2)</source>
        <translation>--from-json: not JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>--from-json: expected one object like `limits show --trunk NAME --json` prints</source>
        <translation>--from-json: expected one object like `limits show --trunk NAME --json` prints</translation>
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
        <source>Take the values from one object as `limits show --json` prints it (&quot;-&quot; = standard input); the options above go over it.</source>
        <translation>Take the values from one object as `limits show --json` prints it (&quot;-&quot; = standard input); the options above go over it.</translation>
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
        <source>--from-json: the object needs exactly one of &quot;trunk&quot; or &quot;phone&quot;.</source>
        <translation>--from-json: the object needs exactly one of &quot;trunk&quot; or &quot;phone&quot;.</translation>
    </message>
    <message>
        <source>--from-json: &quot;trunk&quot; needs a trunk name.</source>
        <translation>--from-json: &quot;trunk&quot; needs a trunk name.</translation>
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
        <source>Unknown action &quot;limits %1&quot;; use show or set.</source>
        <translation>Unknown action &quot;limits %1&quot;; use show or set.</translation>
    </message>
    <message>
        <source>Accounts the fraud detector blocked outbound</source>
        <translation>Accounts the fraud detector blocked outbound</translation>
    </message>
    <message>
        <source>Spending and call limits of trunks and phone accounts</source>
        <translation>Spending and call limits of trunks and phone accounts</translation>
    </message>
</context>
</TS>
