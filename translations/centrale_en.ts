<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountService</name>
    <message>
        <source>%1 must be 8 to 128 printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the password could not be stored in %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the account needs its password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realm was not changed: the password of %1 is not readable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPlan</name>
    <message>
        <source>Opening hours are empty; write e.g. &quot;mon-fri 08:00-17:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opening-hours range like &quot;mon-fri 08:00-17:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no numbers to ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ring time must be 5 to 300 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside opening hours it must jump forward to an existing step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown call plan step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPlanRepository</name>
    <message>
        <source>A call plan named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal number %1 is already used by call plan &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call plan &quot;%1&quot; is the failover of trunk &quot;%2&quot;; choose another failover there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call plan named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number +%1 is not linked to a call plan; it is already free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number +%1 is linked to %2, not to a call plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is damaged or not a Centrale database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 was written by a newer Centrale (schema %2, this one knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Secrets file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets file %1 is readable by others; run chmod 600 on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets file %1 is damaged (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored in %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>The IP address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length /%1 is out of range (0-%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subnet mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; did you mean %2/%3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (is it locked?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system; use --secrets-file for a headless server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time (is it locked or waiting for a prompt?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberLinks</name>
    <message>
        <source>nothing (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone account +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number +%1 does not exist; add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Unlink it from the call plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Unlink it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number +%1 is already linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberRepository</name>
    <message>
        <source>Number +%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number +%1 is linked to %2; unlink it before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneAccount</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone account registers with its full number as username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous calls must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneAccountRepository</name>
    <message>
        <source>The phone account has no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number +%1 is already linked to %2; unlink it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phone account for +%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces and a leading + are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: + may only stand at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number that can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: wrong length or unknown range for its country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Limit amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount per hour may not exceed the amount per day, nor the day the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call limits cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls per hour may not exceed the calls per day, nor the day the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning levels must rise and lie between 1 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country %1 has no number types allowed; remove it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1-63 letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be system, nl or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary SIP server address (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary SIP server address (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest authentication realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration expiry when the phone asks none (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest registration accepted (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest registration granted (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins from one address before it is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window in which failed logins are counted (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a blocked address stays blocked (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console language: system, nl or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream carrier SIP address (HOST:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream carrier registration username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server for alerts (HOST:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address of alert mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of limit and registration alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trunk</name>
    <message>
        <source>Trunk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous calls must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trunk needs at least one IP address or subnet: without it the PBX cannot be let in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number +%1 is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary and secondary account need different usernames.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrunkRepository</name>
    <message>
        <source>phone account +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trunk named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call plan named &quot;%1&quot; to fail over to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account has no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trunk named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control or text-direction character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 3-64 characters of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be HOST:PORT, for example 127.0.0.1:5060.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: port %2 is out of range (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centrale::ui::MainWindow</name>
    <message>
        <source>Centrale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunks, numbers and call plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centralectl</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the call plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal number, e.g. 3031.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIGITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number (E.164).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E164</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a call plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created call plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one call plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List call plans with their external numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callplan show takes exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no external number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a free number to a call plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callplan and --number are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked +%1 to call plan &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink a number from its call plan, so that it becomes free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 is now free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a call plan; its numbers become free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callplan remove takes exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed call plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;callplan %1&quot;; use add, list, show, link, unlink or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep passwords in this 0600 file instead of the keychain (headless servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see: centralectl %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see: centralectl %2 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add numbers owned by the customer; they start free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers: +31501234567, 0031501234567, 31501234567 or 050 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number add needs at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only free numbers (linked to nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List numbers and what each is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a free number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number remove takes exactly one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;number %1&quot;; use add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (one line). Without it one is generated and printed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone account&apos;s number; also its username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed address or subnet (optional); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous calls (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a phone account (toestelaccount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin expects the password on the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created phone account +%1 (username %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1 (shown only now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for a phone account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone password takes exactly one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: %1 (shown only now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List phone accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a phone account; its number becomes free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone remove takes exactly one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed phone account +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;phone %1&quot;; use add, list, password or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every setting with its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings get takes exactly one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one setting (validated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings set takes a key and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;settings %1&quot;; use list, get or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number: unknown flag &quot;:%1&quot;; use :in (inbound) and/or :cid (caller ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous calls (1-%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX brand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX type or model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format the PBX sends: plus (+31…) or noplus (0031…/31…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plus|noplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed PBX address or subnet; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free number for the trunk; :in = inbound, :cid = caller ID (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E164[:in][:cid]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call plan that takes calls the PBX does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLPLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of the primary account (default: first number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of the secondary account (default: first number-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the primary, then the secondary password from standard input, one per line. Without it both are generated and printed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a SIP trunk with its primary and secondary account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required (see: centralectl trunk add --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--brand &quot;%1&quot; is not known; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be plus or noplus, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trunk without numbers needs --primary-user and --secondary-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin expects two lines: the primary and the secondary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created trunk &quot;%1&quot; (primary %2, secondary %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary password:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These passwords are shown only now; they are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List trunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk show takes exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a trunk; its numbers become free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk remove takes exactly one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed trunk &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;trunk %1&quot;; use add, list, show or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand / type:      %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with + (+31…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without + (0031… or 31…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:            +%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[inbound]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[caller ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary account:   %1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary account: %1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers owned by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call plans (belplannen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP trunks with their two accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone accounts (toestelaccounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the console and the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Centrale&apos;s trunks, numbers, call plans and engine from scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action has --help. Passwords are never taken as arguments: use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see: centralectl --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
