<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountService</name>
    <message>
        <source>%1 must be 8 to 128 printable characters.</source>
        <translation>%1 moet 8 tot 128 afdrukbare tekens zijn.</translation>
    </message>
    <message>
        <source>Nothing was saved: the password could not be stored in %1. %2</source>
        <translation>Er is niets opgeslagen: het wachtwoord kon niet in %1 worden bewaard. %2</translation>
    </message>
    <message>
        <source>The primary password</source>
        <translation>Het primaire wachtwoord</translation>
    </message>
    <message>
        <source>The secondary password</source>
        <translation>Het secundaire wachtwoord</translation>
    </message>
    <message>
        <source>The trunk no longer exists.</source>
        <translation>De trunk bestaat niet meer.</translation>
    </message>
    <message>
        <source>Renaming the account needs its password: %1</source>
        <translation>Voor het hernoemen van de account is het wachtwoord nodig: %1</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Het wachtwoord</translation>
    </message>
    <message>
        <source>The realm was not changed: the password of %1 is not readable (%2).</source>
        <translation>De realm is niet gewijzigd: het wachtwoord van %1 is niet leesbaar (%2).</translation>
    </message>
</context>
<context>
    <name>AsteriskExport</name>
    <message>
        <source>Centrale export for %1: chan_sip (Asterisk 1.8 to 20).</source>
        <translation>Centrale-export voor %1: chan_sip (Asterisk 1.8 tot en met 20).</translation>
    </message>
    <message>
        <source>Put the register lines into the existing [general] section of sip.conf; append the peers.</source>
        <translation>Zet de register-regels in de bestaande sectie [general] van sip.conf; voeg de peers achteraan toe.</translation>
    </message>
    <message>
        <source>The password of %1 contains : @ / or ~, which a register line cannot carry: give the account another password in Centrale.</source>
        <translation>Het wachtwoord van %1 bevat : @ / of ~, wat een register-regel niet kan bevatten: geef de account in Centrale een ander wachtwoord.</translation>
    </message>
    <message>
        <source>%1 account %2 at %3</source>
        <translation>%1 account %2 op %3</translation>
    </message>
    <message>
        <source>Centrale export for %1: dialplan.</source>
        <translation>Centrale-export voor %1: dialplan.</translation>
    </message>
    <message>
        <source>Add &quot;include =&gt; %1&quot; to the context of the phones that may call out.</source>
        <translation>Voeg &quot;include =&gt; %1&quot; toe aan de context van de toestellen die naar buiten mogen bellen.</translation>
    </message>
    <message>
        <source>E.164 with +</source>
        <translation>E.164 met +</translation>
    </message>
    <message>
        <source>International with 00</source>
        <translation>Internationaal met 00</translation>
    </message>
    <message>
        <source>National with 0 (country code %1)</source>
        <translation>Nationaal met 0 (landcode %1)</translation>
    </message>
    <message>
        <source>E.164 without + or 00</source>
        <translation>E.164 zonder + of 00</translation>
    </message>
    <message>
        <source>Centrale only accepts the trunk&apos;s caller-ID numbers; anything else becomes %1.</source>
        <translation>Centrale accepteert alleen de nummers voor nummerweergave van de trunk; al het andere wordt %1.</translation>
    </message>
    <message>
        <source>Only when the primary server cannot be reached: the secondary.</source>
        <translation>Alleen als de primaire server onbereikbaar is: de secundaire.</translation>
    </message>
    <message>
        <source>Calls from Centrale arrive with the dialled number (DID) as the extension.</source>
        <translation>Gesprekken van Centrale komen binnen met het gekozen nummer (DID) als extensie.</translation>
    </message>
    <message>
        <source>Any other number: unallocated (404).</source>
        <translation>Elk ander nummer: niet in gebruik (404).</translation>
    </message>
    <message>
        <source>Calls to +%1: replace the lines below with the destination (extension, queue, IVR).</source>
        <translation>Gesprekken naar +%1: vervang de regels hieronder door de bestemming (toestel, wachtrij, IVR).</translation>
    </message>
    <message>
        <source>Centrale export for %1: PJSIP (Asterisk 16.8 or later).</source>
        <translation>Centrale-export voor %1: PJSIP (Asterisk 16.8 of nieuwer).</translation>
    </message>
    <message>
        <source>Append to pjsip.conf (or #include it). It needs a UDP transport (type=transport, protocol=udp).</source>
        <translation>Voeg dit achteraan toe aan pjsip.conf (of neem het op met #include). Er is een UDP-transport nodig (type=transport, protocol=udp).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>wachtwoord: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>trunk</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP-account</translation>
    </message>
    <message>
        <source>phone account</source>
        <translation>toestelaccount</translation>
    </message>
    <message>
        <source>call plan</source>
        <translation>belplan</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tarief</translation>
    </message>
    <message>
        <source>fraud block</source>
        <translation>fraudeblokkade</translation>
    </message>
    <message>
        <source>blocked address</source>
        <translation>geblokkeerd adres</translation>
    </message>
    <message>
        <source>keychain password</source>
        <translation>sleutelhangerwachtwoord</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>opdrachtregel</translation>
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
        <translation>buiten Centrale</translation>
    </message>
    <message>
        <source>This database has no audit log.</source>
        <translation>Deze database heeft geen auditlog.</translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>Er is geen auditregel %1.</translation>
    </message>
    <message>
        <source>Change %1 was already undone (by change %2).</source>
        <translation>Wijziging %1 is al ongedaan gemaakt (door wijziging %2).</translation>
    </message>
    <message>
        <source>Undo refused: what change %1 points at no longer exists (a later change removed it); nothing was changed.</source>
        <translation>Ongedaan maken geweigerd: waar wijziging %1 naar verwijst, bestaat niet meer (een latere wijziging heeft het verwijderd); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Undo refused: change %1 set a new password for %2. Passwords are never kept in the audit log, so the old one cannot be restored; set the password again instead.</source>
        <translation>Ongedaan maken geweigerd: wijziging %1 heeft een nieuw wachtwoord ingesteld voor %2. Wachtwoorden worden nooit in het auditlog bewaard, dus het oude kan niet worden teruggezet; stel het wachtwoord in plaats daarvan opnieuw in.</translation>
    </message>
    <message>
        <source>Undo refused: change %1 deleted %2, whose password is never kept in the audit log, so it cannot be re-created; add it again instead.</source>
        <translation>Ongedaan maken geweigerd: wijziging %1 heeft %2 verwijderd, waarvan het wachtwoord nooit in het auditlog wordt bewaard, dus het kan niet opnieuw worden aangemaakt; voeg het in plaats daarvan opnieuw toe.</translation>
    </message>
    <message>
        <source>Undo refused: %1 was changed again later (change %2); undo that change first.</source>
        <translation>Ongedaan maken geweigerd: %1 is later opnieuw gewijzigd (wijziging %2); maak die wijziging eerst ongedaan.</translation>
    </message>
    <message>
        <source>Undo refused: %1 exists again since it was deleted.</source>
        <translation>Ongedaan maken geweigerd: %1 bestaat weer sinds het werd verwijderd.</translation>
    </message>
    <message>
        <source>Undo refused: %1 has been deleted since.</source>
        <translation>Ongedaan maken geweigerd: %1 is sindsdien verwijderd.</translation>
    </message>
    <message>
        <source>Undo refused: %1 has been changed since in a way the log did not record.</source>
        <translation>Ongedaan maken geweigerd: %1 is sindsdien gewijzigd op een manier die het log niet heeft vastgelegd.</translation>
    </message>
    <message>
        <source>Undo refused: %1 is used by %2 &quot;%3&quot; now; change or undo that first.</source>
        <translation>Ongedaan maken geweigerd: %1 wordt nu gebruikt door %2 &quot;%3&quot;; wijzig dat eerst of maak het eerst ongedaan.</translation>
    </message>
    <message>
        <source>Undo refused: %1 cannot be restored, it conflicts with the current data (%2); nothing was changed.</source>
        <translation>Ongedaan maken geweigerd: %1 kan niet worden teruggezet, het botst met de huidige gegevens (%2); er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>AvayaExport</name>
    <message>
        <source>Add one channel (URI) for all numbers.</source>
        <translation>Voeg één kanaal (URI) toe voor alle nummers.</translation>
    </message>
    <message>
        <source>Give every user a SIP Name that is one of the trunk&apos;s caller-ID numbers.</source>
        <translation>Geef elke gebruiker een SIP Name die een van de nummers voor nummerweergave van de trunk is.</translation>
    </message>
    <message>
        <source>Centrale takes the caller ID from P-Asserted-Identity.</source>
        <translation>Centrale haalt de nummerweergave uit P-Asserted-Identity.</translation>
    </message>
    <message>
        <source>Numbers leave in the form %1 (the trunk&apos;s number format).</source>
        <translation>Nummers gaan eruit in de vorm %1 (het nummerformaat van de trunk).</translation>
    </message>
    <message>
        <source>A second ARS entry, identical but with Line Group Id %1.</source>
        <translation>Een tweede ARS-regel, gelijk maar met Line Group Id %1.</translation>
    </message>
    <message>
        <source>One route per number; choose the destination.</source>
        <translation>Eén route per nummer; kies de bestemming.</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(naar keuze)</translation>
    </message>
</context>
<context>
    <name>BackupFormat</name>
    <message>
        <source>This is not a Centrale backup (no CNTRLBAK header).</source>
        <translation>Dit is geen back-up van Centrale (geen CNTRLBAK-header).</translation>
    </message>
    <message>
        <source>The backup is truncated (its header is incomplete).</source>
        <translation>De back-up is afgekapt (de header is onvolledig).</translation>
    </message>
    <message>
        <source>The backup has file format %1; this Centrale reads format %2.</source>
        <translation>De back-up heeft bestandsindeling %1; deze Centrale leest indeling %2.</translation>
    </message>
    <message>
        <source>The backup is truncated: it should hold a %1-byte database but has only %2 bytes.</source>
        <translation>De back-up is afgekapt: deze zou een database van %1 bytes moeten bevatten, maar heeft slechts %2 bytes.</translation>
    </message>
    <message>
        <source>The backup is damaged: its checksum does not match the contents.</source>
        <translation>De back-up is beschadigd: de controlesom komt niet overeen met de inhoud.</translation>
    </message>
    <message>
        <source>The backup is truncated: its secrets section is incomplete.</source>
        <translation>De back-up is afgekapt: het gedeelte met geheimen is onvolledig.</translation>
    </message>
    <message>
        <source>The backup is damaged: unexpected bytes after its end.</source>
        <translation>De back-up is beschadigd: onverwachte bytes na het einde.</translation>
    </message>
    <message>
        <source>The backup has parts this Centrale does not know (flags %1); it was made by a newer version.</source>
        <translation>De back-up bevat onderdelen die deze Centrale niet kent (vlaggen %1); hij is gemaakt door een nieuwere versie.</translation>
    </message>
</context>
<context>
    <name>BackupMedia</name>
    <message>
        <source>Cannot write the backup&apos;s media section.</source>
        <translation>Kan het mediadeel van de back-up niet schrijven.</translation>
    </message>
    <message>
        <source>Cannot read %1 for the backup: %2</source>
        <translation>Kan %1 niet lezen voor de back-up: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 for the backup: it became shorter while it was read.</source>
        <translation>Kan %1 niet lezen voor de back-up: het bestand werd korter tijdens het lezen.</translation>
    </message>
    <message>
        <source>The backup is truncated: its media section is incomplete.</source>
        <translation>De back-up is afgebroken: het mediadeel is onvolledig.</translation>
    </message>
    <message>
        <source>The backup is damaged: its media section names the file &quot;%1&quot;, which is not a recording, voicemail message or greeting.</source>
        <translation>De back-up is beschadigd: het mediadeel noemt het bestand &quot;%1&quot;, dat geen opname, voicemailbericht of begroeting is.</translation>
    </message>
    <message>
        <source>The backup is damaged: the checksum of its media section does not match its contents.</source>
        <translation>De back-up is beschadigd: de controlesom van het mediadeel klopt niet met de inhoud.</translation>
    </message>
    <message>
        <source>The backup is damaged: unexpected bytes after its end.</source>
        <translation>De back-up is beschadigd: onverwachte bytes na het einde.</translation>
    </message>
    <message>
        <source>Cannot read backup %1: %2</source>
        <translation>Kan back-up %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot write the restored secrets to %1: %2; nothing was changed.</source>
        <translation>Kan de teruggezette geheimen niet naar %1 schrijven: %2; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot write backup %1: %2</source>
        <translation>Kan back-up %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot read backup %1: %2</source>
        <translation>Kan back-up %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup was made by a newer Centrale (schema %1; this one knows up to %2); nothing was changed. Restore it with that version or later.</source>
        <translation>De back-up is gemaakt door een nieuwere Centrale (schema %1; deze kent tot en met %2); er is niets gewijzigd. Zet de back-up terug met die versie of een latere.</translation>
    </message>
    <message>
        <source>The database in the backup is damaged (not an SQLite file of schema %1); nothing was changed.</source>
        <translation>De database in de back-up is beschadigd (geen SQLite-bestand met schema %1); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The secrets in the backup are damaged; nothing was changed.</source>
        <translation>De geheimen in de back-up zijn beschadigd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>An engine is running on %1; stop it first (systemctl stop centrale-engine, or close the console), then restore again.</source>
        <translation>Er draait een engine op %1; stop deze eerst (systemctl stop centrale-engine, of sluit de console) en zet daarna opnieuw terug.</translation>
    </message>
    <message>
        <source>Cannot create a file next to %1: %2</source>
        <translation>Kan geen bestand naast %1 aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>A backup file restores into an SQLite store; restore a PostgreSQL store with pg_restore. Nothing was changed.</source>
        <translation>Een back-upbestand wordt teruggezet in een SQLite-opslag; zet een PostgreSQL-opslag terug met pg_restore. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Bencode</name>
    <message>
        <source>The value is nested too deeply to encode.</source>
        <translation>De waarde is te diep genest om te coderen.</translation>
    </message>
    <message>
        <source>Bencode cannot carry a value of type %1.</source>
        <translation>Bencode kan geen waarde van type %1 bevatten.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <source>ends early</source>
        <translation>eindigt te vroeg</translation>
    </message>
    <message>
        <source>a list is not closed</source>
        <translation>een lijst is niet afgesloten</translation>
    </message>
    <message>
        <source>a dictionary is not closed</source>
        <translation>een dictionary is niet afgesloten</translation>
    </message>
    <message>
        <source>has data after the value</source>
        <translation>bevat data na de waarde</translation>
    </message>
    <message>
        <source>The bencoded data %1 (at byte %2).</source>
        <translation>De bencoded data %1 (bij byte %2).</translation>
    </message>
    <message>
        <source>has a number that is not terminated</source>
        <translation>bevat een getal dat niet is afgesloten</translation>
    </message>
    <message>
        <source>has a malformed number</source>
        <translation>bevat een ongeldig getal</translation>
    </message>
    <message>
        <source>has an unexpected byte</source>
        <translation>bevat een onverwachte byte</translation>
    </message>
    <message>
        <source>has a string longer than the data</source>
        <translation>bevat een string die langer is dan de data</translation>
    </message>
</context>
<context>
    <name>CallAudio</name>
    <message>
        <source>%1 → %2 (payload type %3)</source>
        <translation>%1 → %2 (payloadtype %3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The recording holds no G.711 audio.</source>
        <translation>De opname bevat geen G.711-audio.</translation>
    </message>
</context>
<context>
    <name>CallEngine</name>
    <message>
        <source>source address %1 is in no account&apos;s IP whitelist</source>
        <translation>bronadres %1 staat in geen enkele IP-whitelist van een account</translation>
    </message>
    <message>
        <source>authentication failed for &quot;%1&quot;</source>
        <translation>authenticatie mislukt voor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>source address %1 is not in the IP whitelist of %2</source>
        <translation>bronadres %1 staat niet in de IP-whitelist van %2</translation>
    </message>
    <message>
        <source>account %1 belongs to no trunk or phone account</source>
        <translation>account %1 hoort bij geen trunk of toestelaccount</translation>
    </message>
    <message>
        <source>number %1 is not in service</source>
        <translation>nummer %1 is niet in gebruik</translation>
    </message>
    <message>
        <source>all %1 channels of %2 are busy</source>
        <translation>alle %1 kanalen van %2 zijn bezet</translation>
    </message>
    <message>
        <source>more than %1 new calls per second for %2</source>
        <translation>meer dan %1 nieuwe gesprekken per seconde voor %2</translation>
    </message>
    <message>
        <source>no upstream carrier is configured</source>
        <translation>er is geen upstream-provider ingesteld</translation>
    </message>
    <message>
        <source>carrier %1</source>
        <translation>provider %1</translation>
    </message>
    <message>
        <source>inbound calls are off for +%1 on trunk %2</source>
        <translation>inkomende gesprekken staan uit voor +%1 op trunk %2</translation>
    </message>
    <message>
        <source>%1 primary</source>
        <translation>%1 primair</translation>
    </message>
    <message>
        <source>%1 secondary</source>
        <translation>%1 secundair</translation>
    </message>
    <message>
        <source>no account of trunk %1 is registered</source>
        <translation>geen account van trunk %1 is geregistreerd</translation>
    </message>
    <message>
        <source>phone %1 is not registered</source>
        <translation>toestel %1 is niet geregistreerd</translation>
    </message>
    <message>
        <source>%1: phone %2</source>
        <translation>%1: toestel %2</translation>
    </message>
    <message>
        <source>%1: forward to %2</source>
        <translation>%1: doorschakelen naar %2</translation>
    </message>
    <message>
        <source>Call for %1 from %2</source>
        <translation>Gesprek voor %1 van %2</translation>
    </message>
    <message>
        <source>Call plan %1 received a call on +%2 from %3 at %4.</source>
        <translation>Belplan %1 ontving een gesprek op +%2 van %3 om %4.</translation>
    </message>
    <message>
        <source>%1 is closed (%2)</source>
        <translation>%1 is gesloten (%2)</translation>
    </message>
    <message>
        <source>could not send the call to %1</source>
        <translation>het gesprek kon niet naar %1 worden gestuurd</translation>
    </message>
    <message>
        <source>nobody could take the call</source>
        <translation>niemand kon het gesprek aannemen</translation>
    </message>
    <message>
        <source>%1 answered %2 %3</source>
        <translation>%1 antwoordde %2 %3</translation>
    </message>
    <message>
        <source>the caller hung up before the call was answered</source>
        <translation>de beller hing op voordat het gesprek werd aangenomen</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>de beller hing op</translation>
    </message>
    <message>
        <source>the callee hung up</source>
        <translation>de gebelde hing op</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 nam niet op binnen %2 s</translation>
    </message>
    <message>
        <source>the engine stopped</source>
        <translation>de engine is gestopt</translation>
    </message>
    <message>
        <source>the caller never acknowledged the answer (no ACK within 32 s)</source>
        <translation>de beller heeft het antwoord nooit bevestigd (geen ACK binnen 32 s)</translation>
    </message>
    <message>
        <source>the callee never acknowledged the answer to its re-INVITE (no ACK within 32 s)</source>
        <translation>de gebelde heeft het antwoord op zijn re-INVITE nooit bevestigd (geen ACK binnen 32 s)</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 geweigerd: %2</translation>
    </message>
    <message>
        <source>nobody pays for this forward</source>
        <translation>niemand betaalt voor deze doorschakeling</translation>
    </message>
    <message>
        <source>%1: a call was ended after the maximum call length</source>
        <translation>%1: een gesprek is beëindigd na de maximale gespreksduur</translation>
    </message>
    <message>
        <source>The call from %1 to %2 on %3 was ended after %4 s, the maximum call length (calls.max). A call that long is usually a line left open or misuse.</source>
        <translation>Het gesprek van %1 naar %2 via %3 is na %4 s beëindigd, de maximale gespreksduur (calls.max). Zo&apos;n lang gesprek is meestal een lijn die open is blijven staan, of misbruik.</translation>
    </message>
    <message>
        <source>call %1: media goes end to end, the relay failed: %2</source>
        <translation>gesprek %1: media gaat rechtstreeks van eind tot eind, de relay is mislukt: %2</translation>
    </message>
    <message>
        <source>call %1: the media relay failed mid-call: %2</source>
        <translation>gesprek %1: de mediarelay is tijdens het gesprek uitgevallen: %2</translation>
    </message>
    <message>
        <source>voicemail: the message reached its longest length (voicemail.max_seconds)</source>
        <translation>voicemail: het bericht heeft de maximale lengte bereikt (voicemail.max_seconds)</translation>
    </message>
    <message>
        <source>call %1: not recorded, no media relay is running</source>
        <translation>gesprek %1: niet opgenomen, er draait geen mediarelay</translation>
    </message>
    <message>
        <source>voicemail box %1 is unavailable: it needs Centrale&apos;s own media relay (rtpengine), which is not running</source>
        <translation>voicemailbox %1 is niet beschikbaar: hiervoor is de eigen mediarelay van Centrale (rtpengine) nodig, en die draait niet</translation>
    </message>
    <message>
        <source>voicemail box %1 cannot answer a call without an SDP offer</source>
        <translation>voicemailbox %1 kan geen gesprek aannemen zonder SDP-offer</translation>
    </message>
    <message>
        <source>voicemail box %1 is unavailable: the media relay failed: %2</source>
        <translation>voicemailbox %1 is niet beschikbaar: de mediarelay gaf een fout: %2</translation>
    </message>
    <message>
        <source>%1: voicemail %2</source>
        <translation>%1: voicemail %2</translation>
    </message>
    <message>
        <source>call %1: voicemail records without a greeting: %2</source>
        <translation>gesprek %1: voicemail neemt op zonder welkomstboodschap: %2</translation>
    </message>
    <message>
        <source>call %1: voicemail session not removed from the relay: %2</source>
        <translation>gesprek %1: voicemailsessie niet verwijderd uit de relay: %2</translation>
    </message>
    <message>
        <source>voicemail box %1 is unavailable: the media relay is external and media.recording_spool does not name its recording folder</source>
        <translation>voicemailbox %1 is niet beschikbaar: de mediarelay is extern en media.recording_spool noemt de opnamemap niet</translation>
    </message>
    <message>
        <source>call %1: not recorded: the media relay is external and media.recording_spool does not name its recording folder</source>
        <translation>gesprek %1: niet opgenomen: de mediarelay is extern en media.recording_spool noemt de opnamemap niet</translation>
    </message>
    <message>
        <source>call %1: recorded without the announcement: the relay has no announcement to play</source>
        <translation>gesprek %1: opgenomen zonder aankondiging: de relay heeft geen aankondiging om af te spelen</translation>
    </message>
    <message>
        <source>call %1: recorded without the announcement: %2</source>
        <translation>gesprek %1: opgenomen zonder aankondiging: %2</translation>
    </message>
    <message>
        <source>call %1: the recording announcement did not play: %2</source>
        <translation>gesprek %1: de opnameaankondiging is niet afgespeeld: %2</translation>
    </message>
</context>
<context>
    <name>CallLogRepository</name>
    <message>
        <source>Cannot record call %1: %2</source>
        <translation>Gesprek %1 kan niet worden vastgelegd: %2</translation>
    </message>
</context>
<context>
    <name>CallPlan</name>
    <message>
        <source>Opening hours are empty; write e.g. &quot;mon-fri 08:00-17:00&quot;.</source>
        <translation>De openingstijden zijn leeg; schrijf bijv. &quot;mon-fri 08:00-17:00&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opening-hours range like &quot;mon-fri 08:00-17:00&quot;.</source>
        <translation>&quot;%1&quot; is geen openingstijd zoals &quot;mon-fri 08:00-17:00&quot;.</translation>
    </message>
    <message>
        <source>Call plan name</source>
        <translation>Naam van het belplan</translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation>Intern nummer</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>%1 has no numbers to ring.</source>
        <translation>%1 heeft geen nummers om te laten overgaan.</translation>
    </message>
    <message>
        <source>%1: ring time must be 5 to 300 seconds.</source>
        <translation>%1: de overgaantijd moet 5 tot 300 seconden zijn.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>%1 heeft geen e-mailadres.</translation>
    </message>
    <message>
        <source>%1: outside opening hours it must jump forward to an existing step.</source>
        <translation>%1: buiten openingstijden moet het vooruit springen naar een bestaande stap.</translation>
    </message>
    <message>
        <source>Unknown call plan step &quot;%1&quot;.</source>
        <translation>Onbekende belplanstap &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CallPlanRepository</name>
    <message>
        <source>A call plan named &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een belplan met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Internal number %1 is already used by call plan &quot;%2&quot;.</source>
        <translation>Intern nummer %1 wordt al gebruikt door belplan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The call plan no longer exists.</source>
        <translation>Het belplan bestaat niet meer.</translation>
    </message>
    <message>
        <source>Call plan &quot;%1&quot; is the failover of trunk &quot;%2&quot;; choose another failover there first.</source>
        <translation>Belplan &quot;%1&quot; is de failover van trunk &quot;%2&quot;; kies daar eerst een andere failover.</translation>
    </message>
    <message>
        <source>There is no call plan named &quot;%1&quot;.</source>
        <translation>Er is geen belplan met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Number +%1 is not linked to a call plan; it is already free.</source>
        <translation>Nummer +%1 is niet aan een belplan gekoppeld; het is al vrij.</translation>
    </message>
    <message>
        <source>Number +%1 is linked to %2, not to a call plan.</source>
        <translation>Nummer +%1 is gekoppeld aan %2, niet aan een belplan.</translation>
    </message>
    <message>
        <source>call plan %1</source>
        <translation>belplan %1</translation>
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
        <translation>Geen node stuurt het gesprek %1 nog door.</translation>
    </message>
</context>
<context>
    <name>ClusterGuard</name>
    <message>
        <source>%1

Outbound calls of %2 are refused on every node of the cluster until an administrator unblocks the account (Security page, or: centralectl fraud unblock &quot;%2&quot;).</source>
        <translation>%1

Uitgaande gesprekken van %2 worden op elke node van het cluster geweigerd tot een beheerder het account deblokkeert (pagina Beveiliging, of: centralectl fraud unblock &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>ClusterSettings</name>
    <message>
        <source>cluster.db must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio</source>
        <translation>cluster.db moet een URL zijn zoals postgresql://kamailio@10.0.0.5:5432/kamailio</translation>
    </message>
    <message>
        <source>cluster.db must not contain the password; store it with: centralectl cluster password --password-stdin</source>
        <translation>cluster.db mag het wachtwoord niet bevatten; sla het op met: centralectl cluster password --password-stdin</translation>
    </message>
    <message>
        <source>No cluster database is set (setting cluster.db).</source>
        <translation>Er is geen clusterdatabase ingesteld (instelling cluster.db).</translation>
    </message>
</context>
<context>
    <name>ClusterTables</name>
    <message>
        <source>No password for %1 in the secret store: its ha1b stays empty.</source>
        <translation>Geen wachtwoord voor %1 in de geheimenopslag: de ha1b blijft leeg.</translation>
    </message>
</context>
<context>
    <name>ConfigVersion</name>
    <message>
        <source>The configuration version is missing from the database.</source>
        <translation>De configuratieversie ontbreekt in de database.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>%1 registers from %2 (Contact %3, last REGISTER %4)</source>
        <translation>%1 registreert vanaf %2 (Contact %3, laatste REGISTER %4)</translation>
    </message>
    <message>
        <source>Turn off SIP ALG (also called SIP helper or SIP passthrough) in the router, modem and firewall: it rewrites SIP messages and causes one-way audio, dropped calls and failed registrations.</source>
        <translation>Schakel SIP ALG (ook SIP-helper of SIP-passthrough genoemd) uit in de router, het modem en de firewall: het herschrijft SIP-berichten en veroorzaakt eenzijdig geluid, afgebroken gesprekken en mislukte registraties.</translation>
    </message>
    <message>
        <source>The PBX is behind NAT. That works with Centrale (answers go back to where packets come from), as long as the registration is refreshed often enough to keep the NAT open (at most 60-120 s on most routers).</source>
        <translation>De PBX zit achter NAT. Dat werkt met Centrale (antwoorden gaan terug naar waar de pakketten vandaan komen), zolang de registratie vaak genoeg wordt vernieuwd om de NAT open te houden (hoogstens 60-120 s op de meeste routers).</translation>
    </message>
    <message>
        <source>Do not set up port forwards for SIP or RTP in the router or modem; the PBX registers out and keeps the way open.</source>
        <translation>Stel geen port forwards in voor SIP of RTP in de router of het modem; de PBX registreert naar buiten en houdt de weg open.</translation>
    </message>
    <message>
        <source>Shield port forwards for management (web interface, SSH) of the PBX with a firewall.</source>
        <translation>Scherm port forwards voor beheer (webinterface, SSH) van de PBX af met een firewall.</translation>
    </message>
    <message>
        <source>If IPv6 is active on the network or on the PBX, make sure the firewall covers IPv6 as well; an IPv6 address left open is a way around it.</source>
        <translation>Als IPv6 actief is op het netwerk of op de PBX, zorg er dan voor dat de firewall ook IPv6 afdekt; een open gelaten IPv6-adres is een omweg eromheen.</translation>
    </message>
    <message>
        <source>Allow UDP between the PBX and %1 port %2 (SIP, both ways).</source>
        <translation>Sta UDP toe tussen de PBX en %1 poort %2 (SIP, beide richtingen).</translation>
    </message>
    <message>
        <source>Media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier&apos;s media addresses to the PBX&apos;s RTP port range.</source>
        <translation>Media (RTP) loopt rechtstreeks tussen de PBX en de provider %1: sta UDP toe van de media-adressen van de provider naar het RTP-poortbereik van de PBX.</translation>
    </message>
    <message>
        <source>Connection check for trunk %1 (accounts %2)</source>
        <translation>Verbindingscontrole voor trunk %1 (accounts %2)</translation>
    </message>
    <message>
        <source>Connection check for phone account %1</source>
        <translation>Verbindingscontrole voor toestelaccount %1</translation>
    </message>
    <message>
        <source>No REGISTER or INVITE of this account is in the SIP trace: it has not registered or called since the trace began.</source>
        <translation>Er staat geen REGISTER of INVITE van dit account in de SIP-trace: het heeft niet geregistreerd of gebeld sinds de trace begon.</translation>
    </message>
    <message>
        <source>OPTIONS to %1 (%2): answered %3 in %4 ms.</source>
        <translation>OPTIONS naar %1 (%2): beantwoord met %3 in %4 ms.</translation>
    </message>
    <message>
        <source>OPTIONS to %1 (%2): no answer. A NAT or firewall that only lets in the server the PBX registered to drops this probe; see the engine&apos;s own check below.</source>
        <translation>OPTIONS naar %1 (%2): geen antwoord. Een NAT of firewall die alleen de server doorlaat waarbij de PBX is geregistreerd, laat deze test vallen; zie de eigen controle van de engine hieronder.</translation>
    </message>
    <message>
        <source>The engine&apos;s last OPTIONS check of %1 (%2): answered %3 in %4 ms.</source>
        <translation>De laatste OPTIONS-controle van de engine voor %1 (%2): beantwoord met %3 in %4 ms.</translation>
    </message>
    <message>
        <source>The engine&apos;s last OPTIONS check of %1 (%2): no answer.</source>
        <translation>De laatste OPTIONS-controle van de engine voor %1 (%2): geen antwoord.</translation>
    </message>
    <message>
        <source>NAT: yes.</source>
        <translation>NAT: ja.</translation>
    </message>
    <message>
        <source>NAT: none seen.</source>
        <translation>NAT: niet gezien.</translation>
    </message>
    <message>
        <source>SIP ALG: likely.</source>
        <translation>SIP ALG: waarschijnlijk.</translation>
    </message>
    <message>
        <source>SIP ALG: no sign of one.</source>
        <translation>SIP ALG: geen teken van.</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Advies:</translation>
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
        <translation>regel %1: een veld tussen aanhalingstekens wordt niet afgesloten</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>regel %1: tekst na een afsluitend aanhalingsteken</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1: task &quot;%2&quot; was due %3</source>
        <translation>%1: deadline van taak &quot;%2&quot; was %3</translation>
    </message>
    <message>
        <source>%1: porting of %2 on %3</source>
        <translation>%1: portering van %2 op %3</translation>
    </message>
    <message>
        <source>%1: last day to cancel the contract with %2 is %3</source>
        <translation>%1: laatste dag om het contract met %2 op te zeggen is %3</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>Fraud detector blocked %1: %2</source>
        <translation>Fraudedetectie heeft %1 geblokkeerd: %2</translation>
    </message>
    <message>
        <source>Fraud block of %1 lifted (%2)</source>
        <translation>Fraudeblokkade van %1 opgeheven (%2)</translation>
    </message>
    <message>
        <source>%1 blocked after failed logins</source>
        <translation>%1 geblokkeerd na mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>%1 blocked: %2</source>
        <translation>%1 geblokkeerd: %2</translation>
    </message>
    <message>
        <source>%1 has spent %2% of its daily limit (EUR %3 of %4)</source>
        <translation>%1 heeft %2% van de daglimiet besteed (EUR %3 van %4)</translation>
    </message>
    <message>
        <source>%1 has spent %2% of its weekly limit (EUR %3 of %4)</source>
        <translation>%1 heeft %2% van de weeklimiet besteed (EUR %3 van %4)</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Kan niet lezen: %1</translation>
    </message>
    <message>
        <source>Carrier registration failed: %1</source>
        <translation>Registratie bij de provider mislukt: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database path given.</source>
        <translation>Geen databasepad opgegeven.</translation>
    </message>
    <message>
        <source>Cannot create the folder for database %1.</source>
        <translation>Kan de map voor database %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot create database %1: %2</source>
        <translation>Kan database %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Kan database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Database %1 is not usable: %2</source>
        <translation>Database %1 is niet bruikbaar: %2</translation>
    </message>
    <message>
        <source>Database %1 is damaged or not a Centrale database.</source>
        <translation>Database %1 is beschadigd of geen Centrale-database.</translation>
    </message>
    <message>
        <source>Database %1 was written by a newer Centrale (schema %2, this one knows %3).</source>
        <translation>Database %1 is geschreven door een nieuwere Centrale (schema %2, deze kent %3).</translation>
    </message>
    <message>
        <source>Migrating database to schema %1 failed: %2</source>
        <translation>Bijwerken van de database naar schema %1 mislukt: %2</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Kan geen databasetransactie starten: %1</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation>Opslaan mislukt, er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>The built-in rate table is missing from this build.</source>
        <translation>De ingebouwde tarieftabel ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>Recording the change in the audit log failed: %1</source>
        <translation>Het vastleggen van de wijziging in het auditlog is mislukt: %1</translation>
    </message>
    <message>
        <source>Cannot use %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Kan %1 niet gebruiken: het PostgreSQL-stuurprogramma van Qt is niet geïnstalleerd (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Preparing PostgreSQL database %1 failed: %2</source>
        <translation>Voorbereiden van PostgreSQL-database %1 mislukt: %2</translation>
    </message>
    <message>
        <source>The database address is not a valid postgresql:// URL: %1</source>
        <translation>Het databaseadres is geen geldige postgresql://-URL: %1</translation>
    </message>
    <message>
        <source>The database address must not contain a password: put it in ~/.pgpass or the file PGPASSFILE names.</source>
        <translation>Het databaseadres mag geen wachtwoord bevatten: zet het in ~/.pgpass of in het bestand dat PGPASSFILE aangeeft.</translation>
    </message>
    <message>
        <source>The database address names no database: postgresql://user@host:port/DATABASE</source>
        <translation>Het databaseadres noemt geen database: postgresql://user@host:port/DATABASE</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database address (known: host, sslmode, connect_timeout, application_name).</source>
        <translation>Onbekende optie &quot;%1&quot; in het databaseadres (bekend: host, sslmode, connect_timeout, application_name).</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot create a temporary folder for the backup: %1</source>
        <translation>Kan geen tijdelijke map voor de back-up aanmaken: %1</translation>
    </message>
    <message>
        <source>Cannot copy database %1: %2</source>
        <translation>Kan database %1 niet kopiëren: %2</translation>
    </message>
    <message>
        <source>Cannot read the database copy: %1</source>
        <translation>Kan de kopie van de database niet lezen: %1</translation>
    </message>
    <message>
        <source>The database in the backup is damaged (%1); nothing was changed.</source>
        <translation>De database in de back-up is beschadigd (%1); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>deze kan niet worden geopend</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>integriteitscontrole mislukt</translation>
    </message>
    <message>
        <source>its schema version differs from the header</source>
        <translation>de schemaversie wijkt af van de header</translation>
    </message>
    <message>
        <source>it is not a Centrale database</source>
        <translation>het is geen database van Centrale</translation>
    </message>
    <message>
        <source>Database %1 is in use by another program; stop the engine and close the console, then restore again.</source>
        <translation>Database %1 wordt gebruikt door een ander programma; stop de engine en sluit de console, en zet daarna opnieuw terug.</translation>
    </message>
    <message>
        <source>Cannot write the restored database %1.</source>
        <translation>Kan de teruggezette database %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Cannot move the restored database to %1: %2</source>
        <translation>Kan de teruggezette database niet naar %1 verplaatsen: %2</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL store are made with pg_dump (the secrets file still comes from centralectl backup on a SQLite store); nothing was written.</source>
        <translation>Back-ups van een PostgreSQL-opslag worden gemaakt met pg_dump (het geheimenbestand komt nog steeds van centralectl backup op een SQLite-opslag); er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>DestinationPolicy</name>
    <message>
        <source>+%1 is explicitly allowed</source>
        <translation>+%1 is uitdrukkelijk toegestaan</translation>
    </message>
    <message>
        <source>destination +%1 is blocked</source>
        <translation>bestemming +%1 is geblokkeerd</translation>
    </message>
    <message>
        <source>+%1 is a fraud-prone range (premium rate or satellite) and is blocked</source>
        <translation>+%1 is een fraudegevoelige reeks (betaalnummer of satelliet) en is geblokkeerd</translation>
    </message>
    <message>
        <source>premium-rate numbers are blocked</source>
        <translation>betaalnummers zijn geblokkeerd</translation>
    </message>
    <message>
        <source>%1 numbers in %2 are not in the destination whitelist</source>
        <translation>%1-nummers in %2 staan niet in de bestemmingen-whitelist</translation>
    </message>
    <message>
        <source>country %1 is not in the destination whitelist</source>
        <translation>land %1 staat niet in de bestemmingen-whitelist</translation>
    </message>
    <message>
        <source>Step %1: %2 would be refused for %3: %4.</source>
        <translation>Stap %1: %2 zou worden geweigerd voor %3: %4.</translation>
    </message>
</context>
<context>
    <name>DestinationPresets</name>
    <message>
        <source>The destination preset &quot;%1&quot; is missing.</source>
        <translation>De bestemmingenset &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>The destination preset &quot;%1&quot; is damaged: %2</source>
        <translation>De bestemmingenset &quot;%1&quot; is beschadigd: %2</translation>
    </message>
    <message>
        <source>Default (Europe and major trading partners)</source>
        <translation>Standaard (Europa en grote handelspartners)</translation>
    </message>
    <message>
        <source>Netherlands fixed and mobile</source>
        <translation>Nederland vast en mobiel</translation>
    </message>
    <message>
        <source>Benelux</source>
        <translation>Benelux</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>West-Europa</translation>
    </message>
    <message>
        <source>All of Europe</source>
        <translation>Heel Europa</translation>
    </message>
    <message>
        <source>Worldwide</source>
        <translation>Wereldwijd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination preset.</source>
        <translation>&quot;%1&quot; is geen bestemmingenset.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1 exists already (use --force to overwrite).</source>
        <translation>%1 bestaat al (gebruik --force om te overschrijven).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>EngineCalls</name>
    <message>
        <source>this hour</source>
        <translation>dit uur</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>deze week</translation>
    </message>
    <message>
        <source>the rate table has no price for %1, so the amount limits cannot be kept</source>
        <translation>de tarieventabel heeft geen prijs voor %1, dus de bedraglimieten kunnen niet worden bewaakt</translation>
    </message>
    <message>
        <source>the amount limit of %1 for %2 is reached (%3 spent %4)</source>
        <translation>de bedraglimiet van %1 voor %2 is bereikt (%3 besteed %4)</translation>
    </message>
    <message>
        <source>the limit of %1 calls for %2 is reached %3</source>
        <translation>de limiet van %1 gesprekken voor %2 is bereikt %3</translation>
    </message>
    <message>
        <source>the call reached the maximum call length of %1 s</source>
        <translation>het gesprek bereikte de maximale gespreksduur van %1 s</translation>
    </message>
    <message>
        <source>ended at the amount limit of %1 for %2 %3</source>
        <translation>beëindigd bij de bedraglimiet van %1 voor %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 % of the call limit used %3</source>
        <translation>%1: %2 % van de belimiet gebruikt %3</translation>
    </message>
    <message>
        <source>%1 has spent %2 of its limit of %3 %4 (%5 %). At 100 % new calls are refused and calls in progress are ended.</source>
        <translation>%1 heeft %2 besteed van de limiet van %3 %4 (%5 %). Bij 100 % worden nieuwe gesprekken geweigerd en lopende gesprekken beëindigd.</translation>
    </message>
    <message>
        <source>the rate table is empty, so the amount limits cannot be kept (centralectl rates import)</source>
        <translation>de tarieventabel is leeg, dus de bedraglimieten kunnen niet worden bewaakt (centralectl rates import)</translation>
    </message>
    <message>
        <source>%1: %2 % of the calls allowed used %3</source>
        <translation>%1: %2 % van de toegestane gesprekken gebruikt %3</translation>
    </message>
    <message>
        <source>%1 has made %2 of the %3 calls allowed %4. At 100 % new calls are refused.</source>
        <translation>%1 heeft %4 %2 van de %3 toegestane gesprekken gevoerd. Bij 100 % worden nieuwe gesprekken geweigerd.</translation>
    </message>
</context>
<context>
    <name>EngineCore</name>
    <message>
        <source>Listen address %1 must be an IP address.</source>
        <translation>Luisteradres %1 moet een IP-adres zijn.</translation>
    </message>
    <message>
        <source>%1 is already in use by another program (another engine or SIP server?); not sharing it.</source>
        <translation>%1 is al in gebruik door een ander programma (een andere engine of SIP-server?); het wordt niet gedeeld.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Kan niet luisteren op %1: %2</translation>
    </message>
    <message>
        <source>The primary and secondary server need different addresses.</source>
        <translation>De primaire en secundaire server hebben verschillende adressen nodig.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (UDP).</source>
        <translation>Kan niet luisteren op %1 (UDP).</translation>
    </message>
</context>
<context>
    <name>EngineFraud</name>
    <message>
        <source>outbound calls of %1 are blocked by the fraud detector since %2: %3 (unblock in the console or with centralectl fraud unblock)</source>
        <translation>uitgaande gesprekken van %1 zijn sinds %2 geblokkeerd door de fraudedetectie: %3 (deblokkeer in de console of met centralectl fraud unblock)</translation>
    </message>
    <message>
        <source>%1: outbound calls blocked by the fraud detector</source>
        <translation>%1: uitgaande gesprekken geblokkeerd door de fraudedetectie</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export needs exactly one trunk or one phone account.</source>
        <translation>Exporteren vereist precies één trunk of één toestelaccount.</translation>
    </message>
    <message>
        <source>The primary and secondary server address (settings sip.primary and sip.secondary) must be set.</source>
        <translation>Het adres van de primaire en secundaire server (instellingen sip.primary en sip.secondary) moet ingesteld zijn.</translation>
    </message>
    <message>
        <source>E.164 with +</source>
        <translation>E.164 met +</translation>
    </message>
    <message>
        <source>International with 00</source>
        <translation>Internationaal met 00</translation>
    </message>
    <message>
        <source>National with 0</source>
        <translation>Nationaal met 0</translation>
    </message>
    <message>
        <source>E.164 without +</source>
        <translation>E.164 zonder +</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Primary account</source>
        <translation>Primaire account</translation>
    </message>
    <message>
        <source>Secondary account</source>
        <translation>Secundaire account</translation>
    </message>
    <message>
        <source>Phone account</source>
        <translation>Toestelaccount</translation>
    </message>
    <message>
        <source>Trunk %1 on %2</source>
        <translation>Trunk %1 op %2</translation>
    </message>
    <message>
        <source>Phone account %1 on %2</source>
        <translation>Toestelaccount %1 op %2</translation>
    </message>
    <message>
        <source>%1: %2 (username %3)</source>
        <translation>%1: %2 (gebruikersnaam %3)</translation>
    </message>
    <message>
        <source>Enter these settings in the admin screens of %1. Field names are the ones %1 shows.</source>
        <translation>Voer deze instellingen in op de beheerschermen van %1. De veldnamen zijn die welke %1 toont.</translation>
    </message>
    <message>
        <source>Numbers are sent and received as %1. Codecs: G.711 A-law, then µ-law; DTMF: RFC 2833/4733; transport: UDP.</source>
        <translation>Nummers worden verstuurd en ontvangen als %1. Codecs: G.711 A-law, daarna µ-law; DTMF: RFC 2833/4733; transport: UDP.</translation>
    </message>
    <message>
        <source>+31… (with +)</source>
        <translation>+31… (met +)</translation>
    </message>
    <message>
        <source>31… (without +)</source>
        <translation>31… (zonder +)</translation>
    </message>
    <message>
        <source>Passwords were not exported: fill in the password of each account where it says &lt;PASSWORD-OF-…&gt;.</source>
        <translation>Wachtwoorden zijn niet geëxporteerd: vul het wachtwoord van elke account in waar &lt;PASSWORD-OF-…&gt; staat.</translation>
    </message>
    <message>
        <source>The %1 format is for phone accounts, not trunks.</source>
        <translation>Het formaat %1 is voor toestelaccounts, niet voor trunks.</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; use one of: %2.</source>
        <translation>Onbekend exportformaat &quot;%1&quot;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>The %1 format is for phone accounts, not trunks.</source>
        <translation>Het formaat %1 is voor toestelaccounts, niet voor trunks.</translation>
    </message>
    <message>
        <source>The %1 format is for trunks, not phone accounts.</source>
        <translation>Het formaat %1 is voor trunks, niet voor toestelaccounts.</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Choose one trunk or one phone account to export.</source>
        <translation>Kies één trunk of één toestelaccount om te exporteren.</translation>
    </message>
    <message>
        <source>Passwords were asked for, but no secret store is open.</source>
        <translation>Er is om wachtwoorden gevraagd, maar er is geen wachtwoordopslag geopend.</translation>
    </message>
    <message>
        <source>Cannot read the password of account %1 from %2: %3</source>
        <translation>Kan het wachtwoord van account %1 niet lezen uit %2: %3</translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation>Kies een map om naar te exporteren.</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>Kan map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Refusing the file name &quot;%1&quot;.</source>
        <translation>De bestandsnaam &quot;%1&quot; wordt geweigerd.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it.</source>
        <translation>%1 is een symbolische koppeling; er wordt niet via geschreven.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another folder or allow overwriting.</source>
        <translation>%1 bestaat al; kies een andere map of sta overschrijven toe.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>Kan de rechten van %1 niet instellen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Secrets file %1 is not a regular file.</source>
        <translation>Geheimenbestand %1 is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>Secrets file %1 is readable by others; run chmod 600 on it first.</source>
        <translation>Geheimenbestand %1 is leesbaar voor anderen; voer er eerst chmod 600 op uit.</translation>
    </message>
    <message>
        <source>Cannot create secrets file %1: %2</source>
        <translation>Kan geheimenbestand %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot read secrets file %1: %2</source>
        <translation>Kan geheimenbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Secrets file %1 is damaged (not a JSON object).</source>
        <translation>Geheimenbestand %1 is beschadigd (geen JSON-object).</translation>
    </message>
    <message>
        <source>Cannot write secrets file %1: %2</source>
        <translation>Kan geheimenbestand %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>No password is stored in %1 for %2.</source>
        <translation>Er is geen wachtwoord voor %2 opgeslagen in %1.</translation>
    </message>
    <message>
        <source>secrets file %1</source>
        <translation>geheimenbestand %1</translation>
    </message>
</context>
<context>
    <name>FraudBlockRepository</name>
    <message>
        <source>&quot;%1&quot; is not blocked by the fraud detector.</source>
        <translation>&quot;%1&quot; is niet geblokkeerd door de fraudedetectie.</translation>
    </message>
</context>
<context>
    <name>FraudDetector</name>
    <message>
        <source>Baseline weeks must lie between 4 and 8.</source>
        <translation>Het aantal weken voor het gemiddelde moet tussen 4 en 8 liggen.</translation>
    </message>
    <message>
        <source>The calls floor must be at least 1 call an hour.</source>
        <translation>De ondergrens voor gesprekken moet minstens 1 gesprek per uur zijn.</translation>
    </message>
    <message>
        <source>The cost floor cannot be negative.</source>
        <translation>De ondergrens voor kosten kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The factor over the average must be greater than 1.</source>
        <translation>De factor boven het gemiddelde moet groter zijn dan 1.</translation>
    </message>
    <message>
        <source>The number of standard deviations must be greater than 0.</source>
        <translation>Het aantal standaarddeviaties moet groter zijn dan 0.</translation>
    </message>
    <message>
        <source>Burst calls must be at least 2.</source>
        <translation>Het aantal korte gesprekken voor een burst moet minstens 2 zijn.</translation>
    </message>
    <message>
        <source>The burst&apos;s short call length must lie between 1 and 600 seconds.</source>
        <translation>De duur van een kort gesprek voor een burst moet tussen 1 en 600 seconden liggen.</translation>
    </message>
    <message>
        <source>The burst window must lie between 1 and 1440 minutes.</source>
        <translation>Het burstvenster moet tussen 1 en 1440 minuten liggen.</translation>
    </message>
    <message>
        <source>%1 calls in the last hour from an account with less than a week of history (limit %2)</source>
        <translation>%1 gesprekken in het afgelopen uur van een account met minder dan een week geschiedenis (limiet %2)</translation>
    </message>
    <message>
        <source>%1 calls in the last hour against a usual %2 (limit %3)</source>
        <translation>%1 gesprekken in het afgelopen uur tegen normaal %2 (limiet %3)</translation>
    </message>
    <message>
        <source>€%1 spent in the last hour by an account with less than a week of history (limit €%2)</source>
        <translation>€%1 besteed in het afgelopen uur door een account met minder dan een week geschiedenis (limiet €%2)</translation>
    </message>
    <message>
        <source>€%1 spent in the last hour against a usual €%2 (limit €%3)</source>
        <translation>€%1 besteed in het afgelopen uur tegen normaal €%2 (limiet €%3)</translation>
    </message>
    <message>
        <source>%1 calls shorter than %2 s ended in the last %3 minutes (limit %4)</source>
        <translation>%1 gesprekken korter dan %2 s beëindigd in de afgelopen %3 minuten (limiet %4)</translation>
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
        <translation>Centrale weigert nummerweergaven die niet van de trunk zijn.</translation>
    </message>
    <message>
        <source>In this order; untick the others.</source>
        <translation>In deze volgorde; vink de andere uit.</translation>
    </message>
    <message>
        <source>Only for Elastix or FreePBX before version 14 (chan_sip); skip when you entered the pjsip trunk above.</source>
        <translation>Alleen voor Elastix of FreePBX vóór versie 14 (chan_sip); sla over als u de pjsip-trunk hierboven hebt ingevoerd.</translation>
    </message>
    <message>
        <source>Leave empty: Centrale does not register to the PBX.</source>
        <translation>Leeg laten: Centrale registreert niet bij de centrale.</translation>
    </message>
    <message>
        <source>Empty: the extension&apos;s or the trunk&apos;s caller ID is used.</source>
        <translation>Leeg: de nummerweergave van het toestel of van de trunk wordt gebruikt.</translation>
    </message>
    <message>
        <source>Or import freepbx-dial-patterns.csv with &quot;Import Dial Patterns&quot; on the route.</source>
        <translation>Of importeer freepbx-dial-patterns.csv met &quot;Import Dial Patterns&quot; bij de route.</translation>
    </message>
    <message>
        <source>One route per number; choose the destination.</source>
        <translation>Eén route per nummer; kies de bestemming.</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(naar keuze)</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Bulkimport</translation>
    </message>
    <message>
        <source>FreePBX&apos;s Bulk Handler imports extensions and DIDs but not trunks, so the trunks are entered by hand. Only the dial patterns come as a CSV file.</source>
        <translation>De Bulk Handler van FreePBX importeert toestellen en DID&apos;s maar geen trunks, dus de trunks worden met de hand ingevoerd. Alleen de dial patterns komen als CSV-bestand.</translation>
    </message>
</context>
<context>
    <name>Greeting</name>
    <message>
        <source>Not a usable WAV file: %1 channels at %2 Hz.</source>
        <translation>Geen bruikbaar WAV-bestand: %1 kanalen bij %2 Hz.</translation>
    </message>
    <message>
        <source>%1 A greeting must be a WAV file in 16-bit PCM or G.711.</source>
        <translation>%1 Een welkomstboodschap moet een WAV-bestand in 16-bit PCM of G.711 zijn.</translation>
    </message>
    <message>
        <source>The greeting is empty.</source>
        <translation>De welkomstboodschap is leeg.</translation>
    </message>
    <message>
        <source>The greeting lasts %1 s; at most %2 s is allowed.</source>
        <translation>De welkomstboodschap duurt %1 s; hoogstens %2 s is toegestaan.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
    <message>
        <source>The %1 prompt %2 is missing from this build.</source>
        <translation>De %1-prompt %2 ontbreekt in deze build.</translation>
    </message>
</context>
<context>
    <name>IpNetwork</name>
    <message>
        <source>The IP address is empty.</source>
        <translation>Het IP-adres is leeg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>&quot;%1&quot; is geen IPv4- of IPv6-adres.</translation>
    </message>
    <message>
        <source>The prefix length /%1 is out of range (0-%2).</source>
        <translation>De prefixlengte /%1 valt buiten het bereik (0-%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subnet mask.</source>
        <translation>&quot;%1&quot; is geen geldig subnetmasker.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; did you mean %2/%3?</source>
        <translation>In &quot;%1&quot; staan hostbits aan; bedoelde u %2/%3?</translation>
    </message>
</context>
<context>
    <name>JsonRpcClient</name>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1: geen antwoord binnen %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 mislukt: %3</translation>
    </message>
    <message>
        <source>%1: not a JSON-RPC answer</source>
        <translation>%1: geen JSON-RPC-antwoord</translation>
    </message>
</context>
<context>
    <name>KamailioExport</name>
    <message>
        <source>Centrale export for %1: uacreg rows for Kamailio&apos;s uac module (5.6).</source>
        <translation>Centrale-export voor %1: uacreg-rijen voor de uac-module van Kamailio (5.6).</translation>
    </message>
    <message>
        <source>Load into the database named by reg_db_url, then run: kamcmd uac.reg_reload</source>
        <translation>Laad dit in de database die reg_db_url aangeeft en voer daarna uit: kamcmd uac.reg_reload</translation>
    </message>
    <message>
        <source>Centrale export for %1: registrations through the uac module.</source>
        <translation>Centrale-export voor %1: registraties via de uac-module.</translation>
    </message>
    <message>
        <source>include_file this after loadmodule &quot;tm.so&quot;, &quot;rr.so&quot;, &quot;pv.so&quot;, &quot;xlog.so&quot; and your database module.</source>
        <translation>Neem dit op met include_file na loadmodule &quot;tm.so&quot;, &quot;rr.so&quot;, &quot;pv.so&quot;, &quot;xlog.so&quot; en uw databasemodule.</translation>
    </message>
    <message>
        <source>Define DBURL and CENTRALE_CONTACT before it to override the defaults below.</source>
        <translation>Definieer DBURL en CENTRALE_CONTACT ervoor om de standaardwaarden hieronder te vervangen.</translation>
    </message>
    <message>
        <source>With db_text, DBURL can be &quot;text:///&quot; followed by the export folder (it holds the uacreg and version tables).</source>
        <translation>Met db_text kan DBURL &quot;text:///&quot; zijn, gevolgd door de exportmap (daarin staan de tabellen uacreg en version).</translation>
    </message>
    <message>
        <source>Calls from Centrale reach the registered contact; route(CENTRALE_INBOUND) maps it back to the account.</source>
        <translation>Gesprekken van Centrale bereiken het geregistreerde contact; route(CENTRALE_INBOUND) koppelt het terug aan de account.</translation>
    </message>
    <message>
        <source>Calls out through Centrale: on 401/407 set the three $avp(centrale_*) to the account&apos;s username, password and realm, then uac_auth().</source>
        <translation>Uitgaande gesprekken via Centrale: zet bij 401/407 de drie $avp(centrale_*) op de gebruikersnaam, het wachtwoord en de realm van de account, en roep dan uac_auth() aan.</translation>
    </message>
</context>
<context>
    <name>KamailioStore</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Het PostgreSQL-stuurprogramma voor Qt is niet geïnstalleerd (Debian-pakket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the cluster database %1 on %2:%3 as %4: %5</source>
        <translation>Kan geen verbinding maken met clusterdatabase %1 op %2:%3 als %4: %5</translation>
    </message>
    <message>
        <source>Cluster database: %1</source>
        <translation>Clusterdatabase: %1</translation>
    </message>
    <message>
        <source>Kamailio&apos;s schema file %1 is missing (package kamailio-postgres-modules?).</source>
        <translation>Het schemabestand %1 van Kamailio ontbreekt (pakket kamailio-postgres-modules?).</translation>
    </message>
    <message>
        <source>Creating Kamailio&apos;s tables failed: %1</source>
        <translation>Aanmaken van de tabellen van Kamailio mislukt: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Er is geen wachtwoord voor %1 opgeslagen in de sleutelbos.</translation>
    </message>
    <message>
        <source>The keychain refused access (is it locked?).</source>
        <translation>De sleutelbos weigerde toegang (is hij vergrendeld?).</translation>
    </message>
    <message>
        <source>No keychain is available on this system; use --secrets-file for a headless server.</source>
        <translation>Er is geen sleutelbos op dit systeem; gebruik --secrets-file op een server zonder scherm.</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Fout in de sleutelbos: %1</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>de sleutelbos</translation>
    </message>
    <message>
        <source>The keychain did not answer in time (is it locked or waiting for a prompt?).</source>
        <translation>De sleutelbos antwoordde niet op tijd (is hij vergrendeld of wacht hij op een vraag?).</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>carrier %1</source>
        <translation>provider %1</translation>
    </message>
    <message>
        <source>PBX/phone %1</source>
        <translation>PBX/toestel %1</translation>
    </message>
    <message>
        <source>Centrale</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Kolommen: %1</translation>
    </message>
    <message>
        <source>final answer</source>
        <translation>eindantwoord</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>MacAddress</name>
    <message>
        <source>MAC address &quot;%1&quot; must be 12 hexadecimal digits, e.g. 00:15:65:AA:BB:CC.</source>
        <translation>MAC-adres &quot;%1&quot; moet uit 12 hexadecimale cijfers bestaan, bijv. 00:15:65:AA:BB:CC.</translation>
    </message>
    <message>
        <source>MAC address %1 is not a phone&apos;s address.</source>
        <translation>MAC-adres %1 is niet het adres van een toestel.</translation>
    </message>
</context>
<context>
    <name>MediaAvailability</name>
    <message>
        <source>the media relay is set to &quot;never&quot; (setting media.relay)</source>
        <translation>de mediarelay staat op &quot;never&quot; (instelling media.relay)</translation>
    </message>
    <message>
        <source>media.rtpengine names an external rtpengine (%1) and media.recording_spool is not set: set it to that rtpengine&apos;s recording-dir (with recording-method = pcap) as this machine sees it, a folder both machines share at the same path, which Centrale can read and write</source>
        <translation>media.rtpengine noemt een externe rtpengine (%1) en media.recording_spool is niet ingesteld: stel het in op de recording-dir van die rtpengine (met recording-method = pcap) zoals deze machine die ziet, een map die beide machines op hetzelfde pad delen en die Centrale kan lezen en schrijven</translation>
    </message>
    <message>
        <source>rtpengine is not installed (Debian package rtpengine-daemon)</source>
        <translation>rtpengine is niet geïnstalleerd (Debian-pakket rtpengine-daemon)</translation>
    </message>
</context>
<context>
    <name>MediaRelay</name>
    <message>
        <source>no media relay</source>
        <translation>geen mediarelay</translation>
    </message>
    <message>
        <source>the media relay answered without SDP</source>
        <translation>de mediarelay antwoordde zonder SDP</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>1 Survey</source>
        <translation>1 Inventarisatie</translation>
    </message>
    <message>
        <source>2 Order</source>
        <translation>2 Bestelling</translation>
    </message>
    <message>
        <source>3 Implementation</source>
        <translation>3 Implementatie</translation>
    </message>
    <message>
        <source>4 Maintenance</source>
        <translation>4 Beheer</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Customer and provider</source>
        <translation>Klant en provider</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>customer: the customer&apos;s name is required.</source>
        <translation>customer: de naam van de klant is verplicht.</translation>
    </message>
    <message>
        <source>customer: at most 100 characters.</source>
        <translation>customer: hoogstens 100 tekens.</translation>
    </message>
    <message>
        <source>language: must be nl or en, not &quot;%1&quot;.</source>
        <translation>language: moet nl of en zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>status: must be active, done or cancelled, not &quot;%1&quot;.</source>
        <translation>status: moet active, done of cancelled zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>phase: must be 1 to 4, not %1.</source>
        <translation>phase: moet 1 tot en met 4 zijn, niet %1.</translation>
    </message>
    <message>
        <source>title: a task needs a title.</source>
        <translation>title: een taak heeft een titel nodig.</translation>
    </message>
    <message>
        <source>owner: must be customer, provider or both, not &quot;%1&quot;.</source>
        <translation>owner: moet customer, provider of both zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>provider: the current provider&apos;s name is required.</source>
        <translation>provider: de naam van de huidige provider is verplicht.</translation>
    </message>
    <message>
        <source>end-date: the contract&apos;s end date is required (YYYY-MM-DD).</source>
        <translation>end-date: de einddatum van het contract is verplicht (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>notice-days: must be 0 to 730 days, not %1.</source>
        <translation>notice-days: moet 0 tot en met 730 dagen zijn, niet %1.</translation>
    </message>
    <message>
        <source>The standard task list is missing from this build.</source>
        <translation>De standaardtakenlijst ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>customer: a migration project for &quot;%1&quot; already exists.</source>
        <translation>customer: er bestaat al een migratieproject voor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no migration project %1.</source>
        <translation>Er is geen migratieproject %1.</translation>
    </message>
    <message>
        <source>customer: there is no migration project for &quot;%1&quot;.</source>
        <translation>customer: er is geen migratieproject voor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>task: there is no task %1.</source>
        <translation>task: er is geen taak %1.</translation>
    </message>
    <message>
        <source>contract: there is no contract %1.</source>
        <translation>contract: er is geen contract %1.</translation>
    </message>
    <message>
        <source>number: give at least one number.</source>
        <translation>number: geef minstens één nummer op.</translation>
    </message>
    <message>
        <source>wish-date: a test number is not ported and has no wish date.</source>
        <translation>wish-date: een testnummer wordt niet geporteerd en heeft geen wensdatum.</translation>
    </message>
    <message>
        <source>number: +%1 is already in the migration project of %2.</source>
        <translation>number: +%1 zit al in het migratieproject van %2.</translation>
    </message>
    <message>
        <source>number: +%1 is not in this migration project.</source>
        <translation>number: +%1 zit niet in dit migratieproject.</translation>
    </message>
    <message>
        <source>number: +%1 is a test number; it is not ported and has no porting dates.</source>
        <translation>number: +%1 is een testnummer; het wordt niet geporteerd en heeft geen porteringsdata.</translation>
    </message>
</context>
<context>
    <name>MigrationLetter</name>
    <message>
        <source>contract: %1 has no current contract yet; add the provider&apos;s contract first.</source>
        <translation>contract: %1 heeft nog geen huidig contract; voeg eerst het contract met de provider toe.</translation>
    </message>
    <message>
        <source>provider: %1 has several contracts; name the provider the letter is for (%2).</source>
        <translation>provider: %1 heeft meerdere contracten; geef de provider op voor wie de brief is (%2).</translation>
    </message>
    <message>
        <source>provider: %1 has no contract with &quot;%2&quot;.</source>
        <translation>provider: %1 heeft geen contract met &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>number: %1 has no numbers to port yet.</source>
        <translation>number: %1 heeft nog geen nummers om te porteren.</translation>
    </message>
    <message>
        <source>Letters need a QGuiApplication to lay out text.</source>
        <translation>Brieven hebben een QGuiApplication nodig om tekst op te maken.</translation>
    </message>
    <message>
        <source>The letter template is missing from this build.</source>
        <translation>Het briefsjabloon ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>out: cannot write %1: %2</source>
        <translation>out: kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cancellation and number porting: %1</source>
        <translation>Opzegging en nummerbehoud: %1</translation>
    </message>
</context>
<context>
    <name>NatCheck</name>
    <message>
        <source>The request came from %1, but its Via says it was sent from %2.</source>
        <translation>Het verzoek kwam van %1, maar de Via zegt dat het is verzonden vanaf %2.</translation>
    </message>
    <message>
        <source>It came from port %1, but its Via names port %2: a NAT changed the port.</source>
        <translation>Het kwam van poort %1, maar de Via noemt poort %2: een NAT heeft de poort gewijzigd.</translation>
    </message>
    <message>
        <source>The Via holds the private address %1.</source>
        <translation>De Via bevat het privéadres %1.</translation>
    </message>
    <message>
        <source>The Contact holds the private address %1: calls to it only arrive because the engine answers to the source address.</source>
        <translation>De Contact bevat het privéadres %1: gesprekken daarheen komen alleen aan omdat de engine naar het bronadres antwoordt.</translation>
    </message>
    <message>
        <source>The SDP offers media on the private address %1.</source>
        <translation>De SDP biedt media aan op het privéadres %1.</translation>
    </message>
    <message>
        <source>The request carries %1 Via headers; a phone or PBX sends one, so something on the way added one.</source>
        <translation>Het verzoek bevat %1 Via-headers; een toestel of PBX stuurt er één, dus onderweg heeft iets er een toegevoegd.</translation>
    </message>
    <message>
        <source>The Contact was rewritten to the public address %1 while the Via still says %2.</source>
        <translation>De Contact is herschreven naar het publieke adres %1, terwijl de Via nog %2 zegt.</translation>
    </message>
    <message>
        <source>The Contact port was rewritten to %1 while the Via still says %2.</source>
        <translation>De Contact-poort is herschreven naar %1, terwijl de Via nog %2 zegt.</translation>
    </message>
    <message>
        <source>The SDP o= line says %1 but c= says %2: a UA writes one address in both, so one was rewritten.</source>
        <translation>De SDP-regel o= zegt %1, maar c= zegt %2: een UA schrijft in beide hetzelfde adres, dus een ervan is herschreven.</translation>
    </message>
    <message>
        <source>The SDP was rewritten to the public address %1 while the Via still says %2.</source>
        <translation>De SDP is herschreven naar het publieke adres %1, terwijl de Via nog %2 zegt.</translation>
    </message>
    <message>
        <source>Max-Forwards arrived as %1 without an extra Via: a hidden SIP helper passed it on.</source>
        <translation>Max-Forwards kwam aan als %1 zonder extra Via: een verborgen SIP-helper heeft het doorgegeven.</translation>
    </message>
</context>
<context>
    <name>NgClient</name>
    <message>
        <source>The rtpengine control address &quot;%1&quot; must be IP:PORT, for example 127.0.0.1:2223.</source>
        <translation>Het rtpengine-besturingsadres &quot;%1&quot; moet IP:PORT zijn, bijvoorbeeld 127.0.0.1:2223.</translation>
    </message>
    <message>
        <source>Cannot open the rtpengine control socket to %1: %2.</source>
        <translation>Kan de rtpengine-besturingssocket naar %1 niet openen: %2.</translation>
    </message>
    <message>
        <source>rtpengine command &quot;%1&quot; was abandoned: the media control was shut down.</source>
        <translation>rtpengine-opdracht &quot;%1&quot; is afgebroken: de mediabesturing is afgesloten.</translation>
    </message>
    <message>
        <source>rtpengine sent an unreadable answer to &quot;%1&quot;: %2</source>
        <translation>rtpengine gaf een onleesbaar antwoord op &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>not a dictionary</source>
        <translation>geen dictionary</translation>
    </message>
    <message>
        <source>rtpengine refused &quot;%1&quot;: %2</source>
        <translation>rtpengine weigerde &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>rtpengine at %1 did not answer &quot;%2&quot; (is it running?).</source>
        <translation>rtpengine op %1 gaf geen antwoord op &quot;%2&quot; (draait het wel?).</translation>
    </message>
</context>
<context>
    <name>NumberLinks</name>
    <message>
        <source>nothing (free)</source>
        <translation>niets (vrij)</translation>
    </message>
    <message>
        <source>call plan &quot;%1&quot;</source>
        <translation>belplan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>trunk &quot;%1&quot;</source>
        <translation>trunk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>phone account +%1</source>
        <translation>toestelaccount +%1</translation>
    </message>
    <message>
        <source>Number +%1 does not exist; add it first.</source>
        <translation>Nummer +%1 bestaat niet; voeg het eerst toe.</translation>
    </message>
    <message>
        <source> Unlink it from the call plan first.</source>
        <translation> Ontkoppel het eerst van het belplan.</translation>
    </message>
    <message>
        <source> Unlink it there first.</source>
        <translation> Ontkoppel het daar eerst.</translation>
    </message>
    <message>
        <source>Number +%1 is already linked to %2.</source>
        <translation>Nummer +%1 is al gekoppeld aan %2.</translation>
    </message>
</context>
<context>
    <name>NumberRepository</name>
    <message>
        <source>Number +%1 already exists.</source>
        <translation>Nummer +%1 bestaat al.</translation>
    </message>
    <message>
        <source>Number +%1 is linked to %2; unlink it before removing it.</source>
        <translation>Nummer +%1 is gekoppeld aan %2; ontkoppel het voordat u het verwijdert.</translation>
    </message>
</context>
<context>
    <name>NumberRules</name>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number</source>
        <translation>&quot;%1&quot; is te kort voor een telefoonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; is geen geldig telefoonnummer</translation>
    </message>
    <message>
        <source>caller ID &quot;%1&quot; is not one of trunk %2&apos;s caller-ID numbers</source>
        <translation>nummerweergave &quot;%1&quot; is geen van de nummers voor nummerweergave van trunk %2</translation>
    </message>
    <message>
        <source>caller ID &quot;%1&quot; is not the phone account&apos;s own number</source>
        <translation>nummerweergave &quot;%1&quot; is niet het eigen nummer van de toestelaccount</translation>
    </message>
</context>
<context>
    <name>PcapRtp</name>
    <message>
        <source>Not a readable pcap file: %1.</source>
        <translation>Geen leesbaar pcap-bestand: %1.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>te kort</translation>
    </message>
    <message>
        <source>unknown magic number (pcapng is not supported)</source>
        <translation>onbekend magisch getal (pcapng wordt niet ondersteund)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>PhoneAccount</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>A phone account registers with its full number as username.</source>
        <translation>Een toestelaccount registreert met het volledige nummer als gebruikersnaam.</translation>
    </message>
    <message>
        <source>Simultaneous calls must be between 1 and %1.</source>
        <translation>Gelijktijdige gesprekken moet tussen 1 en %1 liggen.</translation>
    </message>
    <message>
        <source>The MAC address must be stored as 12 lower-case hexadecimal digits.</source>
        <translation>Het MAC-adres moet worden opgeslagen als 12 hexadecimale cijfers in kleine letters.</translation>
    </message>
    <message>
        <source>A phone with a MAC address needs a model, so Centrale knows which files it fetches.</source>
        <translation>Een toestel met een MAC-adres heeft een model nodig, zodat Centrale weet welke bestanden het ophaalt.</translation>
    </message>
    <message>
        <source>Phone model &quot;%1&quot; is not supported; choose one of: %2.</source>
        <translation>Toestelmodel &quot;%1&quot; wordt niet ondersteund; kies uit: %2.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
</context>
<context>
    <name>PhoneAccountRepository</name>
    <message>
        <source>The phone account has no password.</source>
        <translation>Het toestelaccount heeft geen wachtwoord.</translation>
    </message>
    <message>
        <source>Number +%1 is already linked to %2; unlink it there first.</source>
        <translation>Nummer +%1 is al gekoppeld aan %2; ontkoppel het daar eerst.</translation>
    </message>
    <message>
        <source>The phone account no longer exists.</source>
        <translation>Het toestelaccount bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no phone account for +%1.</source>
        <translation>Er is geen toestelaccount voor +%1.</translation>
    </message>
    <message>
        <source>MAC address %1 already belongs to phone account +%2.</source>
        <translation>MAC-adres %1 hoort al bij toestelaccount +%2.</translation>
    </message>
    <message>
        <source>No phone account has MAC address %1.</source>
        <translation>Geen toestelaccount heeft MAC-adres %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The number is empty.</source>
        <translation>Het nummer is leeg.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long for a phone number.</source>
        <translation>&quot;%1…&quot; is te lang voor een telefoonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces and a leading + are allowed.</source>
        <translation>&quot;%1&quot; is geen telefoonnummer: alleen cijfers, spaties en een + vooraan zijn toegestaan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: + may only stand at the start.</source>
        <translation>&quot;%1&quot; is geen telefoonnummer: + mag alleen vooraan staan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number that can be recognised.</source>
        <translation>&quot;%1&quot; is geen herkenbaar telefoonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: wrong length or unknown range for its country.</source>
        <translation>&quot;%1&quot; is geen geldig nummer: verkeerde lengte of onbekende reeks voor het land.</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Kan de sleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC) without a passphrase.</source>
        <translation>%1 bevat geen PEM-privésleutel (RSA of EC) zonder wachtwoordzin.</translation>
    </message>
    <message>
        <source>This Qt has no TLS support, so HTTPS provisioning is not available.</source>
        <translation>Deze Qt heeft geen TLS-ondersteuning, dus HTTPS-provisioning is niet beschikbaar.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <source>The HTTPS provisioning server cannot listen on %1:%2: %3</source>
        <translation>De HTTPS-provisioningserver kan niet luisteren op %1:%2: %3</translation>
    </message>
    <message>
        <source>%1 is not a file of this phone.</source>
        <translation>%1 is geen bestand van dit toestel.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Could not make a self-signed certificate with openssl (is it installed?): %1</source>
        <translation>Kan met openssl geen zelfondertekend certificaat maken (is het geïnstalleerd?): %1</translation>
    </message>
</context>
<context>
    <name>ProvisioningService</name>
    <message>
        <source>No secret store is open, so the password of +%1 is not available.</source>
        <translation>Er is geen geheimenopslag geopend, dus het wachtwoord van +%1 is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The password of +%1 is not available from %2: %3</source>
        <translation>Het wachtwoord van +%1 is niet beschikbaar uit %2: %3</translation>
    </message>
    <message>
        <source>Phone account +%1 has no phone model.</source>
        <translation>Toestelaccount +%1 heeft geen toestelmodel.</translation>
    </message>
</context>
<context>
    <name>RateRepository</name>
    <message>
        <source>Cannot clear the rate table: %1</source>
        <translation>De tarieftabel kan niet worden geleegd: %1</translation>
    </message>
    <message>
        <source>Rate %1 was refused: %2</source>
        <translation>Tarief %1 is geweigerd: %2</translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>het bestand is leeg; verwacht werd de kopregel %1</translation>
    </message>
    <message>
        <source>line %1: unknown column &quot;%2&quot;; the header is %3</source>
        <translation>regel %1: onbekende kolom &quot;%2&quot;; de kopregel is %3</translation>
    </message>
    <message>
        <source>line %1: the header has no column %2; the header is %3</source>
        <translation>regel %1: de kopregel mist kolom %2; de kopregel is %3</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>regel %1: %2 velden, de kopregel heeft er %3</translation>
    </message>
    <message>
        <source>line %1: prefix &quot;%2&quot; must be 1 to %3 digits (a leading + is allowed)</source>
        <translation>regel %1: prefix &quot;%2&quot; moet 1 tot %3 cijfers zijn (een + vooraan mag)</translation>
    </message>
    <message>
        <source>line %1: prefix %2 is already on line %3</source>
        <translation>regel %1: prefix %2 staat al op regel %3</translation>
    </message>
    <message>
        <source>line %1: %2 is empty</source>
        <translation>regel %1: %2 is leeg</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is negative</source>
        <translation>regel %1: %2 &quot;%3&quot; is negatief</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; must use a dot as decimal separator</source>
        <translation>regel %1: %2 &quot;%3&quot; moet een punt als decimaalteken gebruiken</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a number (euro with at most 6 decimals, e.g. 0.0125)</source>
        <translation>regel %1: %2 &quot;%3&quot; is geen getal (euro met hoogstens 6 decimalen, bijv. 0.0125)</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>Retention must be off, 30, 90 or 365 (days), not &quot;%1&quot;.</source>
        <translation>De bewaartermijn moet off, 30, 90 of 365 (dagen) zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Kan %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>Call-ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Gebelde</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duur (s)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot create the recordings folder %1.</source>
        <translation>Kan de opnamemap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>No trunk named &quot;%1&quot;.</source>
        <translation>Geen trunk met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No phone account +%1.</source>
        <translation>Geen toestelaccount +%1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>SecretsCipher</name>
    <message>
        <source>The system&apos;s random source failed; the secrets were not encrypted.</source>
        <translation>De willekeurigheidsbron van het systeem is mislukt; de geheimen zijn niet versleuteld.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (out of memory?).</source>
        <translation>Het afleiden van de sleutel uit de wachtwoordzin is mislukt (onvoldoende geheugen?).</translation>
    </message>
    <message>
        <source>Encrypting the secrets failed.</source>
        <translation>Het versleutelen van de geheimen is mislukt.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the secrets in the backup were altered; nothing was changed.</source>
        <translation>Onjuiste wachtwoordzin, of de geheimen in de back-up zijn gewijzigd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup&apos;s key derivation parameters are not supported; nothing was changed.</source>
        <translation>De parameters voor sleutelafleiding van de back-up worden niet ondersteund; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Limit amounts cannot be negative.</source>
        <translation>Limietbedragen kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>The amount per hour may not exceed the amount per day, nor the day the week.</source>
        <translation>Het bedrag per uur mag niet hoger zijn dan dat per dag, en dat per dag niet hoger dan dat per week.</translation>
    </message>
    <message>
        <source>Call limits cannot be negative.</source>
        <translation>Gesprekslimieten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>The calls per hour may not exceed the calls per day, nor the day the week.</source>
        <translation>Het aantal gesprekken per uur mag niet hoger zijn dan per dag, en per dag niet hoger dan per week.</translation>
    </message>
    <message>
        <source>The warning levels must rise and lie between 1 and 100 percent.</source>
        <translation>De waarschuwingsniveaus moeten oplopen en tussen 1 en 100 procent liggen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation>&quot;%1&quot; is geen bekende landcode.</translation>
    </message>
    <message>
        <source>Country %1 has no number types allowed; remove it instead.</source>
        <translation>Voor land %1 zijn geen nummertypes toegestaan; verwijder het land dan.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number type.</source>
        <translation>&quot;%1&quot; is geen nummertype.</translation>
    </message>
    <message>
        <source>Calls per second must lie between 0 (no cap) and 1000.</source>
        <translation>Gesprekken per seconde moet tussen 0 (geen grens) en 1000 liggen.</translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>username</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>must be 1-63 letters, digits, &apos;.&apos; or &apos;-&apos;</source>
        <translation>moet 1-63 letters, cijfers, &apos;.&apos; of &apos;-&apos; zijn</translation>
    </message>
    <message>
        <source>must be system, nl or en</source>
        <translation>moet system, nl of en zijn</translation>
    </message>
    <message>
        <source>Primary SIP server address (UDP)</source>
        <translation>Adres primaire SIP-server (UDP)</translation>
    </message>
    <message>
        <source>Secondary SIP server address (UDP)</source>
        <translation>Adres secundaire SIP-server (UDP)</translation>
    </message>
    <message>
        <source>Digest authentication realm</source>
        <translation>Realm voor digest-authenticatie</translation>
    </message>
    <message>
        <source>Registration expiry when the phone asks none (s)</source>
        <translation>Registratieduur als het toestel er geen vraagt (s)</translation>
    </message>
    <message>
        <source>Shortest registration accepted (s)</source>
        <translation>Kortste geaccepteerde registratie (s)</translation>
    </message>
    <message>
        <source>Longest registration granted (s)</source>
        <translation>Langste toegestane registratie (s)</translation>
    </message>
    <message>
        <source>Failed logins from one address before it is blocked</source>
        <translation>Mislukte aanmeldingen vanaf één adres voordat het geblokkeerd wordt</translation>
    </message>
    <message>
        <source>Window in which failed logins are counted (s)</source>
        <translation>Periode waarin mislukte aanmeldingen worden geteld (s)</translation>
    </message>
    <message>
        <source>How long a blocked address stays blocked (s)</source>
        <translation>Hoe lang een geblokkeerd adres geblokkeerd blijft (s)</translation>
    </message>
    <message>
        <source>Console language: system, nl or en</source>
        <translation>Taal van de console: system, nl of en</translation>
    </message>
    <message>
        <source>Upstream carrier SIP address (HOST:PORT)</source>
        <translation>SIP-adres van de upstream provider (HOST:POORT)</translation>
    </message>
    <message>
        <source>Upstream carrier registration username</source>
        <translation>Registratiegebruikersnaam bij de upstream provider</translation>
    </message>
    <message>
        <source>SMTP server for alerts (HOST:PORT)</source>
        <translation>SMTP-server voor meldingen (HOST:POORT)</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>SMTP-gebruikersnaam</translation>
    </message>
    <message>
        <source>Sender address of alert mail</source>
        <translation>Afzenderadres van meldingsmail</translation>
    </message>
    <message>
        <source>Recipient of limit and registration alerts</source>
        <translation>Ontvanger van limiet- en registratiemeldingen</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Onbekende instelling &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Setting %1 %2.</source>
        <translation>Instelling %1 %2.</translation>
    </message>
    <message>
        <source>Seconds a digest nonce stays fresh</source>
        <translation>Seconden dat een digest-nonce geldig blijft</translation>
    </message>
    <message>
        <source>Seconds between OPTIONS checks of registered contacts (0 = off)</source>
        <translation>Seconden tussen OPTIONS-controles van geregistreerde contacten (0 = uit)</translation>
    </message>
    <message>
        <source>Requests per second one address may send before the excess is dropped (0 = off)</source>
        <translation>Verzoeken per seconde die één adres mag sturen voordat het teveel wordt genegeerd (0 = uit)</translation>
    </message>
    <message>
        <source>Seconds a trunk&apos;s primary account may ring before the secondary is tried</source>
        <translation>Seconden dat de primaire account van een trunk mag overgaan voordat de secundaire wordt geprobeerd</translation>
    </message>
    <message>
        <source>Longest call allowed before the engine ends it (s)</source>
        <translation>Langste toegestane gesprek voordat de engine het beëindigt (s)</translation>
    </message>
    <message>
        <source>Registration expiry the engine asks of the carrier (s)</source>
        <translation>Registratieduur die de engine bij de provider aanvraagt (s)</translation>
    </message>
    <message>
        <source>must be an IPv6 address in brackets with a port, e.g. [2001:db8::10]:5060</source>
        <translation>moet een IPv6-adres tussen vierkante haken met een poort zijn, bijv. [2001:db8::10]:5060</translation>
    </message>
    <message>
        <source>must be 1 (on) or 0 (off)</source>
        <translation>moet 1 (aan) of 0 (uit) zijn</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2 (a dot for decimals)</source>
        <translation>moet een getal van %1 tot %2 zijn (met een punt als decimaalteken)</translation>
    </message>
    <message>
        <source>must be a number above 1 and at most 100 (a dot for decimals)</source>
        <translation>moet een getal groter dan 1 en hoogstens 100 zijn (met een punt als decimaalteken)</translation>
    </message>
    <message>
        <source>Primary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)</source>
        <translation>IPv6-adres primaire SIP-server (leeg: geen IPv6; geldt vanaf de volgende start)</translation>
    </message>
    <message>
        <source>Secondary SIP server IPv6 address (empty: no IPv6; takes effect at the next start)</source>
        <translation>IPv6-adres secundaire SIP-server (leeg: geen IPv6; geldt vanaf de volgende start)</translation>
    </message>
    <message>
        <source>Fraud detector blocks accounts far above their own average or making bursts of short calls (1 = on)</source>
        <translation>Fraudedetectie blokkeert accounts die ver boven hun eigen gemiddelde uitkomen of snel achter elkaar korte gesprekken voeren (1 = aan)</translation>
    </message>
    <message>
        <source>Weeks of call history in an account&apos;s average</source>
        <translation>Aantal weken gespreksgeschiedenis in het gemiddelde van een account</translation>
    </message>
    <message>
        <source>Calls in an hour that never count as fraud</source>
        <translation>Aantal gesprekken per uur dat nooit als fraude telt</translation>
    </message>
    <message>
        <source>Spend in an hour that never counts as fraud (euro cents)</source>
        <translation>Bedrag per uur dat nooit als fraude telt (eurocent)</translation>
    </message>
    <message>
        <source>Fraud when an hour exceeds the account&apos;s average for that hour times this</source>
        <translation>Fraude als een uur hoger uitkomt dan het gemiddelde van de account voor dat uur maal deze factor</translation>
    </message>
    <message>
        <source>Fraud when an hour exceeds the average plus this many standard deviations</source>
        <translation>Fraude als een uur hoger uitkomt dan het gemiddelde plus dit aantal standaarddeviaties</translation>
    </message>
    <message>
        <source>Short calls within the burst window that block an account</source>
        <translation>Aantal korte gesprekken binnen het burstvenster waarbij een account wordt geblokkeerd</translation>
    </message>
    <message>
        <source>A call shorter than this counts as short (s)</source>
        <translation>Een gesprek korter dan dit telt als kort (s)</translation>
    </message>
    <message>
        <source>Burst window for short calls (minutes)</source>
        <translation>Burstvenster voor korte gesprekken (minuten)</translation>
    </message>
    <message>
        <source>must be auto, always or never</source>
        <translation>moet auto, always of never zijn</translation>
    </message>
    <message>
        <source>must be an IP address (or empty)</source>
        <translation>moet een IP-adres zijn (of leeg)</translation>
    </message>
    <message>
        <source>must be a port range FROM-TO within 1024-65535, at least 10 ports, e.g. 50000-50999</source>
        <translation>moet een poortbereik VAN-TOT binnen 1024-65535 zijn, minstens 10 poorten, bijv. 50000-50999</translation>
    </message>
    <message>
        <source>must be an IP address with a port, e.g. 0.0.0.0:6969 (empty: off)</source>
        <translation>moet een IP-adres met een poort zijn, bijv. 0.0.0.0:6969 (leeg: uit)</translation>
    </message>
    <message>
        <source>must be a host name or IP address</source>
        <translation>moet een hostnaam of IP-adres zijn</translation>
    </message>
    <message>
        <source>must be nl or en</source>
        <translation>moet nl of en zijn</translation>
    </message>
    <message>
        <source>Media through the relay: auto (behind NAT), always or never</source>
        <translation>Media via de relay: auto (achter NAT), always of never</translation>
    </message>
    <message>
        <source>An rtpengine of your own (its ng control HOST:PORT); empty: Centrale runs its own</source>
        <translation>Een eigen rtpengine (het ng-besturingsadres HOST:PORT); leeg: Centrale draait een eigen exemplaar</translation>
    </message>
    <message>
        <source>Control address of Centrale&apos;s own rtpengine (takes effect at the next start)</source>
        <translation>Besturingsadres van de eigen rtpengine van Centrale (wordt actief bij de volgende start)</translation>
    </message>
    <message>
        <source>Address the relay sends and receives media on (empty: the primary SIP address; next start)</source>
        <translation>Adres waarop de relay media verstuurt en ontvangt (leeg: het primaire SIP-adres; volgende start)</translation>
    </message>
    <message>
        <source>UDP ports of the media relay (next start)</source>
        <translation>UDP-poorten van de mediarelay (volgende start)</translation>
    </message>
    <message>
        <source>Keep a SIP trace of recent calls and registrations (1 = on; takes effect at the next start)</source>
        <translation>Een SIP-trace bijhouden van recente gesprekken en registraties (1 = aan; wordt actief bij de volgende start)</translation>
    </message>
    <message>
        <source>Calls and registrations the SIP trace keeps</source>
        <translation>Gesprekken en registraties die de SIP-trace bewaart</translation>
    </message>
    <message>
        <source>Largest size of the SIP trace (MiB)</source>
        <translation>Maximale grootte van de SIP-trace (MiB)</translation>
    </message>
    <message>
        <source>Hours the SIP trace keeps a message</source>
        <translation>Uren dat de SIP-trace een bericht bewaart</translation>
    </message>
    <message>
        <source>HEP3 collector (Homer, heplify, sngrep -L) that gets every SIP message live (HOST:PORT, an IP address; empty = off)</source>
        <translation>HEP3-collector (Homer, heplify, sngrep -L) die elk SIP-bericht live ontvangt (HOST:PORT, een IP-adres; leeg = uit)</translation>
    </message>
    <message>
        <source>Capture ID in the HEP3 packets</source>
        <translation>Capture-ID in de HEP3-pakketten</translation>
    </message>
    <message>
        <source>TFTP provisioning server address, e.g. 0.0.0.0:69 (empty: off; takes effect at the next start)</source>
        <translation>Adres van de TFTP-provisioningserver, bijv. 0.0.0.0:69 (leeg: uit; wordt actief bij de volgende start)</translation>
    </message>
    <message>
        <source>HTTPS provisioning server address, e.g. 0.0.0.0:8443 (empty: off; takes effect at the next start)</source>
        <translation>Adres van de HTTPS-provisioningserver, bijv. 0.0.0.0:8443 (leeg: uit; wordt actief bij de volgende start)</translation>
    </message>
    <message>
        <source>Addresses allowed to fetch any phone&apos;s configuration besides each phone account&apos;s own IP whitelist (comma-separated)</source>
        <translation>Adressen die de configuratie van elk toestel mogen ophalen, naast de eigen IP-whitelist van elk toestelaccount (kommagescheiden)</translation>
    </message>
    <message>
        <source>SIP server host name written into phone configurations (empty: the primary and secondary addresses)</source>
        <translation>Hostnaam van de SIP-server die in toestelconfiguraties wordt geschreven (leeg: het primaire en secundaire adres)</translation>
    </message>
    <message>
        <source>Time server written into phone configurations</source>
        <translation>Tijdserver die in toestelconfiguraties wordt geschreven</translation>
    </message>
    <message>
        <source>Language of provisioned phones: nl or en</source>
        <translation>Taal van geprovisionde toestellen: nl of en</translation>
    </message>
    <message>
        <source>Certificate file (PEM) of the HTTPS provisioning server (empty: a self-signed one in the data folder)</source>
        <translation>Certificaatbestand (PEM) van de HTTPS-provisioningserver (leeg: een zelfondertekend certificaat in de datamap)</translation>
    </message>
    <message>
        <source>Private key file (PEM) of the HTTPS provisioning server</source>
        <translation>Privésleutelbestand (PEM) van de HTTPS-provisioningserver</translation>
    </message>
    <message>
        <source>must be bundled or cluster</source>
        <translation>moet bundled of cluster zijn</translation>
    </message>
    <message>
        <source>must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio</source>
        <translation>moet een URL zijn zoals postgresql://kamailio@10.0.0.5:5432/kamailio</translation>
    </message>
    <message>
        <source>must not contain a password (use: centralectl cluster password --password-stdin)</source>
        <translation>mag geen wachtwoord bevatten (gebruik: centralectl cluster password --password-stdin)</translation>
    </message>
    <message>
        <source>must be comma-separated JSON-RPC URLs like http://10.0.0.2:5071/RPC</source>
        <translation>moet kommagescheiden JSON-RPC-URL&apos;s bevatten, zoals http://10.0.0.2:5071/RPC</translation>
    </message>
    <message>
        <source>must be off, 30, 90 or 365</source>
        <translation>moet off, 30, 90 of 365 zijn</translation>
    </message>
    <message>
        <source>Longest voicemail message; the engine hangs up after it (s)</source>
        <translation>Langste voicemailbericht; daarna hangt de engine op (s)</translation>
    </message>
    <message>
        <source>Language of the default voicemail greeting: nl or en</source>
        <translation>Taal van de standaard-welkomstboodschap van de voicemail: nl of en</translation>
    </message>
    <message>
        <source>Which engine carries the calls: bundled (this machine) or cluster (Kamailio nodes Centrale provisions)</source>
        <translation>Welke engine de gesprekken afhandelt: bundled (deze machine) of cluster (Kamailio-nodes die door Centrale worden geprovisiond)</translation>
    </message>
    <message>
        <source>The Kamailio cluster&apos;s PostgreSQL database, postgresql://USER@HOST:PORT/DATABASE (the password goes in the keychain)</source>
        <translation>PostgreSQL-database van het Kamailio-cluster, postgresql://USER@HOST:PORT/DATABASE (het wachtwoord gaat in de sleutelbos)</translation>
    </message>
    <message>
        <source>JSON-RPC URLs of the cluster&apos;s Kamailio nodes, comma-separated</source>
        <translation>JSON-RPC-URL&apos;s van de Kamailio-nodes van het cluster, kommagescheiden</translation>
    </message>
    <message>
        <source>Call recording for trunks and phone accounts without their own setting: off, or days kept (30, 90 or 365)</source>
        <translation>Gespreksopname voor trunks en toestelaccounts zonder eigen instelling: off, of het aantal bewaardagen (30, 90 of 365)</translation>
    </message>
    <message>
        <source>Announce &quot;this call may be recorded&quot; before a recorded call is connected (1 = on)</source>
        <translation>&quot;Dit gesprek kan worden opgenomen&quot; aankondigen voordat een opgenomen gesprek wordt doorverbonden (1 = aan)</translation>
    </message>
    <message>
        <source>Besides the mixed recording, keep one WAV file per direction (1 = on)</source>
        <translation>Naast de gemengde opname één WAV-bestand per richting bewaren (1 = aan)</translation>
    </message>
    <message>
        <source>must be an absolute folder path</source>
        <translation>moet een absoluut mappad zijn</translation>
    </message>
    <message>
        <source>must be an IP address with a port, e.g. 10.0.0.4:5060 (empty: off)</source>
        <translation>moet een IP-adres met poort zijn, bijv. 10.0.0.4:5060 (leeg: uit)</translation>
    </message>
    <message>
        <source>With an external rtpengine: its recording-dir as this machine sees it (shared or mounted at the same path); recording and voicemail read its pcaps there and the prompts it plays are copied there (next start)</source>
        <translation>Bij een externe rtpengine: de recording-dir zoals deze machine die ziet (gedeeld of gekoppeld op hetzelfde pad); opnames en voicemail lezen daar de pcaps en de prompts die hij afspeelt worden daarheen gekopieerd (bij de volgende start)</translation>
    </message>
    <message>
        <source>Call plans and voicemail in cluster mode: SIP address (IP:PORT) of Centrale&apos;s engine as application server, to which the nodes hand call-plan numbers (empty: off)</source>
        <translation>Belplannen en voicemail in clustermodus: SIP-adres (IP:PORT) van de engine van Centrale als applicatieserver, waaraan de nodes belplannummers doorgeven (leeg: uit)</translation>
    </message>
    <message>
        <source>SIP address (HOST:PORT) of the cluster node the application server sends its calls through</source>
        <translation>SIP-adres (HOST:PORT) van de clusternode via welke de applicatieserver zijn gesprekken opzet</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Primary address</source>
        <translation>Primair adres</translation>
    </message>
    <message>
        <source>Secondary address</source>
        <translation>Secundair adres</translation>
    </message>
    <message>
        <source>Primary IPv6 address</source>
        <translation>Primair IPv6-adres</translation>
    </message>
    <message>
        <source>Secondary IPv6 address</source>
        <translation>Secundair IPv6-adres</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Default registration expiry</source>
        <translation>Standaard registratieduur</translation>
    </message>
    <message>
        <source>Shortest registration</source>
        <translation>Kortste registratie</translation>
    </message>
    <message>
        <source>Longest registration</source>
        <translation>Langste registratie</translation>
    </message>
    <message>
        <source>Nonce lifetime</source>
        <translation>Nonce-geldigheid</translation>
    </message>
    <message>
        <source>Qualify interval</source>
        <translation>Qualify-interval</translation>
    </message>
    <message>
        <source>No-answer timeout</source>
        <translation>Time-out geen antwoord</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Langste gesprek</translation>
    </message>
    <message>
        <source>Flood limit</source>
        <translation>Floodlimiet</translation>
    </message>
    <message>
        <source>Failed logins before blocking</source>
        <translation>Mislukte aanmeldingen tot blokkade</translation>
    </message>
    <message>
        <source>Failed-login window</source>
        <translation>Venster mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>Block duration</source>
        <translation>Blokkeerduur</translation>
    </message>
    <message>
        <source>Fraud detection</source>
        <translation>Fraudedetectie</translation>
    </message>
    <message>
        <source>Weeks of history</source>
        <translation>Weken geschiedenis</translation>
    </message>
    <message>
        <source>Calls per hour never fraud</source>
        <translation>Gesprekken per uur nooit fraude</translation>
    </message>
    <message>
        <source>Spend per hour never fraud</source>
        <translation>Bedrag per uur nooit fraude</translation>
    </message>
    <message>
        <source>Fraud factor</source>
        <translation>Fraudefactor</translation>
    </message>
    <message>
        <source>Fraud standard deviations</source>
        <translation>Standaarddeviaties fraude</translation>
    </message>
    <message>
        <source>Short calls in a burst</source>
        <translation>Korte gesprekken per burst</translation>
    </message>
    <message>
        <source>Short call length</source>
        <translation>Duur kort gesprek</translation>
    </message>
    <message>
        <source>Burst window</source>
        <translation>Burstvenster</translation>
    </message>
    <message>
        <source>Carrier address</source>
        <translation>Provideradres</translation>
    </message>
    <message>
        <source>Carrier username</source>
        <translation>Gebruikersnaam provider</translation>
    </message>
    <message>
        <source>Registration expiry</source>
        <translation>Registratieduur</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>SMTP username</source>
        <translation>SMTP-gebruikersnaam</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Alert recipient</source>
        <translation>Ontvanger meldingen</translation>
    </message>
    <message>
        <source>TFTP server</source>
        <translation>TFTP-server</translation>
    </message>
    <message>
        <source>HTTPS server</source>
        <translation>HTTPS-server</translation>
    </message>
    <message>
        <source>Provisioning whitelist</source>
        <translation>Provisioning-whitelist</translation>
    </message>
    <message>
        <source>SIP server name for phones</source>
        <translation>SIP-servernaam voor toestellen</translation>
    </message>
    <message>
        <source>Time server</source>
        <translation>Tijdserver</translation>
    </message>
    <message>
        <source>Phone language</source>
        <translation>Toesteltaal</translation>
    </message>
    <message>
        <source>HTTPS certificate file</source>
        <translation>HTTPS-certificaatbestand</translation>
    </message>
    <message>
        <source>HTTPS key file</source>
        <translation>HTTPS-sleutelbestand</translation>
    </message>
    <message>
        <source>Media relay</source>
        <translation>Mediarelay</translation>
    </message>
    <message>
        <source>External rtpengine</source>
        <translation>Externe rtpengine</translation>
    </message>
    <message>
        <source>rtpengine control address</source>
        <translation>rtpengine-besturingsadres</translation>
    </message>
    <message>
        <source>Media address</source>
        <translation>Media-adres</translation>
    </message>
    <message>
        <source>Media ports</source>
        <translation>Mediapoorten</translation>
    </message>
    <message>
        <source>Call recording (default)</source>
        <translation>Gespreksopname (standaard)</translation>
    </message>
    <message>
        <source>Announce recording</source>
        <translation>Opname aankondigen</translation>
    </message>
    <message>
        <source>One file per direction</source>
        <translation>Eén bestand per richting</translation>
    </message>
    <message>
        <source>Longest voicemail message</source>
        <translation>Langste voicemailbericht</translation>
    </message>
    <message>
        <source>Default greeting language</source>
        <translation>Taal welkomstboodschap</translation>
    </message>
    <message>
        <source>Engine mode</source>
        <translation>Engine-modus</translation>
    </message>
    <message>
        <source>Cluster database</source>
        <translation>Clusterdatabase</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>Clusternodes</translation>
    </message>
    <message>
        <source>SIP trace</source>
        <translation>SIP-trace</translation>
    </message>
    <message>
        <source>Calls kept in the trace</source>
        <translation>Gesprekken in de trace</translation>
    </message>
    <message>
        <source>Largest trace size</source>
        <translation>Maximale tracegrootte</translation>
    </message>
    <message>
        <source>Hours kept in the trace</source>
        <translation>Uren in de trace</translation>
    </message>
    <message>
        <source>HEP3 collector</source>
        <translation>HEP3-collector</translation>
    </message>
    <message>
        <source>HEP3 capture ID</source>
        <translation>HEP3-capture-ID</translation>
    </message>
    <message>
        <source>Console language</source>
        <translation>Consoletaal</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mail</translation>
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
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>External rtpengine&apos;s recording folder</source>
        <translation>Opnamemap van de externe rtpengine</translation>
    </message>
    <message>
        <source>Application server (call plans)</source>
        <translation>Applicatieserver (belplannen)</translation>
    </message>
    <message>
        <source>Node for the application server&apos;s calls</source>
        <translation>Node voor gesprekken van de applicatieserver</translation>
    </message>
</context>
<context>
    <name>SharedPrompt</name>
    <message>
        <source>The prompt %1 does not exist.</source>
        <translation>De prompt %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the shared media folder.</source>
        <translation>Kan %1 niet aanmaken in de gedeelde mediamap.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the shared media folder %2.</source>
        <translation>Kan %1 niet kopiëren naar de gedeelde mediamap %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>SMTP server %1 did not answer within %2 seconds (%3).</source>
        <translation>SMTP-server %1 antwoordde niet binnen %2 seconden (%3).</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <source>Cannot connect to SMTP server %1: %2</source>
        <translation>Kan geen verbinding maken met SMTP-server %1: %2</translation>
    </message>
    <message>
        <source>TLS with SMTP server %1 failed: %2</source>
        <translation>TLS met SMTP-server %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>verzenden</translation>
    </message>
    <message>
        <source>SMTP server %1 closed the connection: %2</source>
        <translation>SMTP-server %1 heeft de verbinding verbroken: %2</translation>
    </message>
    <message>
        <source>waiting for its reply</source>
        <translation>wachten op antwoord</translation>
    </message>
    <message>
        <source>SMTP server %1 sent something that is not SMTP: %2</source>
        <translation>SMTP-server %1 stuurde iets wat geen SMTP is: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 sent an endless reply.</source>
        <translation>SMTP-server %1 stuurde een eindeloos antwoord.</translation>
    </message>
    <message>
        <source>SMTP server %1 refused EHLO and HELO: %2</source>
        <translation>SMTP-server %1 weigerde EHLO en HELO: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 refused STARTTLS: %2</source>
        <translation>SMTP-server %1 weigerde STARTTLS: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 offers no encryption (STARTTLS); the password is not sent in the clear.</source>
        <translation>SMTP-server %1 biedt geen versleuteling (STARTTLS); het wachtwoord wordt niet onversleuteld verstuurd.</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the login for %2: %3</source>
        <translation>SMTP-server %1 weigerde de aanmelding van %2: %3</translation>
    </message>
    <message>
        <source>SMTP server %1 offers no login method this program knows (PLAIN, LOGIN); leave the SMTP username empty if it needs none.</source>
        <translation>SMTP-server %1 biedt geen aanmeldmethode die dit programma kent (PLAIN, LOGIN); laat de SMTP-gebruikersnaam leeg als de server er geen nodig heeft.</translation>
    </message>
    <message>
        <source>SMTP server %1 is not ready: %2</source>
        <translation>SMTP-server %1 is niet gereed: %2</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the sender %2: %3</source>
        <translation>SMTP-server %1 weigerde afzender %2: %3</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the recipient %2: %3</source>
        <translation>SMTP-server %1 weigerde ontvanger %2: %3</translation>
    </message>
    <message>
        <source>SMTP server %1 refused the message: %2</source>
        <translation>SMTP-server %1 weigerde het bericht: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: &quot;%2&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>No SMTP server is set.</source>
        <translation>Er is geen SMTP-server ingesteld.</translation>
    </message>
    <message>
        <source>SMTP port %1 is out of range (1-65535).</source>
        <translation>SMTP-poort %1 valt buiten het bereik (1-65535).</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>The mail has no recipients.</source>
        <translation>De mail heeft geen ontvangers.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
</context>
<context>
    <name>SoftphoneExport</name>
    <message>
        <source>Centrale export for %1: baresip accounts file.</source>
        <translation>Centrale-export voor %1: accounts-bestand van baresip.</translation>
    </message>
    <message>
        <source>The password contains &apos;;&apos;, &apos;&lt;&apos;, &apos;&gt;&apos;, &apos;&quot;&apos; or white space, which an accounts line cannot carry: type it when baresip asks.</source>
        <translation>Het wachtwoord bevat &apos;;&apos;, &apos;&lt;&apos;, &apos;&gt;&apos;, &apos;&quot;&apos; of witruimte, wat een accounts-regel niet kan bevatten: typ het als baresip erom vraagt.</translation>
    </message>
    <message>
        <source>Password not exported: add ;auth_pass=PASSWORD or type it when baresip asks.</source>
        <translation>Wachtwoord niet geëxporteerd: voeg ;auth_pass=WACHTWOORD toe of typ het als baresip erom vraagt.</translation>
    </message>
    <message>
        <source>Centrale export for %1: add to linphonerc (renumber proxy_0/auth_info_0 if taken).</source>
        <translation>Centrale-export voor %1: voeg toe aan linphonerc (nummer proxy_0/auth_info_0 om als die al bestaan).</translation>
    </message>
</context>
<context>
    <name>TftpServer</name>
    <message>
        <source>The TFTP server cannot listen on %1:%2: %3 (ports below 1024 need privileges; see the README).</source>
        <translation>De TFTP-server kan niet luisteren op %1:%2: %3 (poorten onder 1024 vereisen rechten; zie de README).</translation>
    </message>
</context>
<context>
    <name>ThreeCxExport</name>
    <message>
        <source>Add Provider: Country &quot;Generic&quot;, Provider &quot;Generic VoIP Provider&quot;; name it %1 (%2).</source>
        <translation>Add Provider: Country &quot;Generic&quot;, Provider &quot;Generic VoIP Provider&quot;; noem hem %1 (%2).</translation>
    </message>
    <message>
        <source>The number shown when an extension has no caller ID of its own.</source>
        <translation>Het nummer dat wordt weergegeven als een toestel geen eigen nummerweergave heeft.</translation>
    </message>
    <message>
        <source>Remove the other codecs.</source>
        <translation>Verwijder de andere codecs.</translation>
    </message>
    <message>
        <source>Centrale accepts only the trunk&apos;s caller-ID numbers in P-Asserted-Identity (or From).</source>
        <translation>Centrale accepteert in P-Asserted-Identity (of From) alleen de nummers voor nummerweergave van de trunk.</translation>
    </message>
    <message>
        <source>outbound caller id taken from extension</source>
        <translation>uitgaande nummerweergave van het toestel</translation>
    </message>
    <message>
        <source>gateway/provider host/port</source>
        <translation>host/poort van gateway/provider</translation>
    </message>
    <message>
        <source>No changes needed.</source>
        <translation>Geen wijzigingen nodig.</translation>
    </message>
    <message>
        <source>Add DID</source>
        <translation>DID toevoegen</translation>
    </message>
    <message>
        <source>One rule per number; 3CX creates them from the DID tab. Choose the destination per rule.</source>
        <translation>Eén regel per nummer; 3CX maakt ze aan vanuit het tabblad DID. Kies per regel de bestemming.</translation>
    </message>
    <message>
        <source>Connect to Extension (your choice)</source>
        <translation>Connect to Extension (naar keuze)</translation>
    </message>
    <message>
        <source>Route 1 is the primary provider, route 2 the secondary: 3CX uses it only when route 1 fails.</source>
        <translation>Route 1 is de primaire provider, route 2 de secundaire: 3CX gebruikt die alleen als route 1 faalt.</translation>
    </message>
    <message>
        <source>Provider template</source>
        <translation>Providersjabloon</translation>
    </message>
    <message>
        <source>Not included: 3CX does not publish the format of its provider template files, so a generated one could not be checked. Use &quot;Generic VoIP Provider&quot; as above.</source>
        <translation>Niet meegeleverd: 3CX publiceert het formaat van zijn providersjablonen niet, dus een gegenereerd sjabloon kon niet worden gecontroleerd. Gebruik &quot;Generic VoIP Provider&quot; zoals hierboven.</translation>
    </message>
</context>
<context>
    <name>TraceRepository</name>
    <message>
        <source>No SIP trace yet (%1 does not exist): is the engine running with diagnostics.trace on?</source>
        <translation>Nog geen SIP-trace (%1 bestaat niet): draait de engine met diagnostics.trace aan?</translation>
    </message>
    <message>
        <source>Cannot create the trace file %1: %2</source>
        <translation>Kan het tracebestand %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot open the trace file %1: %2</source>
        <translation>Kan het tracebestand %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The trace file %1 is not usable: %2</source>
        <translation>Het tracebestand %1 is niet bruikbaar: %2</translation>
    </message>
    <message>
        <source>Reading the SIP trace failed: %1</source>
        <translation>Het lezen van de SIP-trace is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>Trunk</name>
    <message>
        <source>Trunk name</source>
        <translation>Naam van de trunk</translation>
    </message>
    <message>
        <source>Simultaneous calls must be between 1 and %1.</source>
        <translation>Gelijktijdige gesprekken moet tussen 1 en %1 liggen.</translation>
    </message>
    <message>
        <source>PBX type</source>
        <translation>Type centrale</translation>
    </message>
    <message>
        <source>A trunk needs at least one IP address or subnet: without it the PBX cannot be let in.</source>
        <translation>Een trunk heeft minstens één IP-adres of subnet nodig: zonder kan de centrale niet binnenkomen.</translation>
    </message>
    <message>
        <source>Number +%1 is added twice.</source>
        <translation>Nummer +%1 is twee keer toegevoegd.</translation>
    </message>
    <message>
        <source>Primary username</source>
        <translation>Primaire gebruikersnaam</translation>
    </message>
    <message>
        <source>Secondary username</source>
        <translation>Secundaire gebruikersnaam</translation>
    </message>
    <message>
        <source>The primary and secondary account need different usernames.</source>
        <translation>De primaire en secundaire account hebben verschillende gebruikersnamen nodig.</translation>
    </message>
</context>
<context>
    <name>TrunkRepository</name>
    <message>
        <source>phone account +%1</source>
        <translation>toestelaccount +%1</translation>
    </message>
    <message>
        <source>trunk &quot;%1&quot;</source>
        <translation>trunk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; is already used by %2.</source>
        <translation>Gebruikersnaam &quot;%1&quot; wordt al gebruikt door %2.</translation>
    </message>
    <message>
        <source>A trunk named &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een trunk met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no call plan named &quot;%1&quot; to fail over to.</source>
        <translation>Er is geen belplan &quot;%1&quot; om naar over te schakelen.</translation>
    </message>
    <message>
        <source>The %1 account has no password.</source>
        <translation>De %1 account heeft geen wachtwoord.</translation>
    </message>
    <message>
        <source>The trunk no longer exists.</source>
        <translation>De trunk bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no trunk named &quot;%1&quot;.</source>
        <translation>Er is geen trunk met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>trunk %1</source>
        <translation>trunk %1</translation>
    </message>
    <message>
        <source>Failover call plan %1: %2</source>
        <translation>Failover-belplan %1: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamRegistration</name>
    <message>
        <source>the registration ran out before it was renewed</source>
        <translation>de registratie is verlopen voordat ze werd vernieuwd</translation>
    </message>
    <message>
        <source>could not send REGISTER to %1</source>
        <translation>kon REGISTER niet naar %1 sturen</translation>
    </message>
    <message>
        <source>the carrier accepted the REGISTER but kept no registration</source>
        <translation>de provider accepteerde de REGISTER maar bewaarde geen registratie</translation>
    </message>
    <message>
        <source>the carrier asks for a password and none is stored (Settings, upstream password)</source>
        <translation>de provider vraagt een wachtwoord en er is er geen opgeslagen (Instellingen, wachtwoord upstream provider)</translation>
    </message>
    <message>
        <source>the carrier&apos;s challenge is not an MD5 digest this engine can answer</source>
        <translation>de uitdaging van de provider is geen MD5-digest die deze engine kan beantwoorden</translation>
    </message>
    <message>
        <source>the carrier refused username %1 or its password (%2)</source>
        <translation>de provider weigerde gebruikersnaam %1 of het wachtwoord (%2)</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>geen antwoord van %1</translation>
    </message>
    <message>
        <source>the carrier answered %1 %2</source>
        <translation>de provider antwoordde %1 %2</translation>
    </message>
</context>
<context>
    <name>UpstreamStatus</name>
    <message>
        <source>not registering</source>
        <translation>registreert niet</translation>
    </message>
    <message>
        <source>registering</source>
        <translation>bezig met registreren</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>geregistreerd</translation>
    </message>
    <message>
        <source>registration failed</source>
        <translation>registratie mislukt</translation>
    </message>
    <message>
        <source>carrier: no registration</source>
        <translation>provider: geen registratie</translation>
    </message>
    <message>
        <source>carrier: registering as %1</source>
        <translation>provider: bezig met registreren als %1</translation>
    </message>
    <message>
        <source>carrier: registered as %1 until %2</source>
        <translation>provider: geregistreerd als %1 tot %2</translation>
    </message>
    <message>
        <source>carrier: registration as %1 failed (%2)</source>
        <translation>provider: registratie als %1 mislukt (%2)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>%1 contains a control or text-direction character.</source>
        <translation>%1 bevat een stuur- of tekstrichtingsteken.</translation>
    </message>
    <message>
        <source>%1 must be 3-64 characters of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>%1 moet 3-64 tekens zijn (letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;), beginnend met een letter of cijfer.</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 digits.</source>
        <translation>%1 moet %2 tot %3 cijfers zijn.</translation>
    </message>
    <message>
        <source>%1 must be HOST:PORT, for example 127.0.0.1:5060.</source>
        <translation>%1 moet HOST:POORT zijn, bijvoorbeeld 127.0.0.1:5060.</translation>
    </message>
    <message>
        <source>%1: port %2 is out of range (1-65535).</source>
        <translation>%1: poort %2 valt buiten het bereik (1-65535).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv6 address.</source>
        <translation>%1: &quot;%2&quot; is geen IPv6-adres.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a host name.</source>
        <translation>%1: &quot;%2&quot; is geen hostnaam.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1: &quot;%2&quot; is geen e-mailadres.</translation>
    </message>
</context>
<context>
    <name>VoicemailAudio</name>
    <message>
        <source>the caller sent no audio</source>
        <translation>de beller heeft geen audio verzonden</translation>
    </message>
    <message>
        <source>the caller sent no G.711 audio (%1)</source>
        <translation>de beller heeft geen G.711-audio verzonden (%1)</translation>
    </message>
</context>
<context>
    <name>VoicemailMedia</name>
    <message>
        <source>no media relay</source>
        <translation>geen mediarelay</translation>
    </message>
    <message>
        <source>cannot open a local port for voicemail media</source>
        <translation>kan geen lokale poort openen voor voicemailmedia</translation>
    </message>
    <message>
        <source>the caller offers no G.711 audio (PCMA or PCMU)</source>
        <translation>de beller biedt geen G.711-audio aan (PCMA of PCMU)</translation>
    </message>
    <message>
        <source>the media relay answered without SDP</source>
        <translation>de mediarelay antwoordde zonder SDP</translation>
    </message>
</context>
<context>
    <name>VoicemailRepository</name>
    <message>
        <source>There is no voicemail message %1.</source>
        <translation>Er is geen voicemailbericht %1.</translation>
    </message>
    <message>
        <source>Message %1 is deleted, but its file %2 could not be removed.</source>
        <translation>Bericht %1 is verwijderd, maar het bestand %2 kon niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Not a usable WAV file: %1.</source>
        <translation>Geen bruikbaar WAV-bestand: %1.</translation>
    </message>
    <message>
        <source>no RIFF/WAVE header</source>
        <translation>geen RIFF/WAVE-header</translation>
    </message>
    <message>
        <source>chunk &quot;%1&quot; is longer than the file</source>
        <translation>chunk &quot;%1&quot; is langer dan het bestand</translation>
    </message>
    <message>
        <source>format chunk too short</source>
        <translation>formaatchunk te kort</translation>
    </message>
    <message>
        <source>only 16-bit PCM is supported (format %1, %2 bits)</source>
        <translation>alleen 16-bits PCM wordt ondersteund (formaat %1, %2 bits)</translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz</source>
        <translation>%1 kanalen op %2 Hz</translation>
    </message>
    <message>
        <source>data before format</source>
        <translation>data vóór formaat</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>geen datachunk</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>YeastarExport</name>
    <message>
        <source>%1. Trunk type: Register trunk (S-series: &quot;Register Trunk&quot;).</source>
        <translation>%1. Trunktype: Register trunk (S-serie: &quot;Register Trunk&quot;).</translation>
    </message>
    <message>
        <source>Empty: the caller ID goes in From.</source>
        <translation>Leeg: de nummerweergave komt in From.</translation>
    </message>
    <message>
        <source>Per extension the number it calls out with (only the trunk&apos;s caller-ID numbers).</source>
        <translation>Per toestel het nummer waarmee het naar buiten belt (alleen de nummers voor nummerweergave van de trunk).</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(naar keuze)</translation>
    </message>
    <message>
        <source>Member Trunks in this order: the second is used only when the first fails. Select the Member Extensions that may call out.</source>
        <translation>Member Trunks in deze volgorde: de tweede wordt alleen gebruikt als de eerste faalt. Selecteer de Member Extensions die naar buiten mogen bellen.</translation>
    </message>
    <message>
        <source>One route per number; choose the destination.</source>
        <translation>Eén route per nummer; kies de bestemming.</translation>
    </message>
</context>
<context>
    <name>centrale</name>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>Keep passwords in this 0600 file instead of the keychain.</source>
        <translation>Wachtwoorden in dit 0600-bestand bewaren in plaats van de sleutelbos.</translation>
    </message>
    <message>
        <source>Write a PNG of every page in both languages to DIR and quit.</source>
        <translation>Een PNG van elke pagina in beide talen naar MAP schrijven en stoppen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Centrale</source>
        <translation>Centrale</translation>
    </message>
    <message>
        <source>Do not start the SIP engine in this process; show the status of one that serves the database elsewhere.</source>
        <translation>De SIP-engine niet in dit proces starten; de status tonen van een engine die de database elders bedient.</translation>
    </message>
    <message>
        <source>Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: %1).</source>
        <translation>Database: een SQLite-bestand of postgresql://user@host:port/dbname (wachtwoord in ~/.pgpass; standaard: %1).</translation>
    </message>
</context>
<context>
    <name>centrale::AlertMailer</name>
    <message>
        <source>no SMTP server or recipient is set; mail &quot;%1&quot; not sent</source>
        <translation>geen SMTP-server of ontvanger ingesteld; mail &quot;%1&quot; niet verstuurd</translation>
    </message>
</context>
<context>
    <name>centrale::media::RtpengineSupervisor</name>
    <message>
        <source>rtpengine is not installed: calls work, but voicemail and call recording are unavailable.</source>
        <translation>rtpengine is niet geïnstalleerd: bellen werkt, maar voicemail en gespreksopname zijn niet beschikbaar.</translation>
    </message>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation>Kan de mediamap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Starting rtpengine…</source>
        <translation>rtpengine wordt gestart…</translation>
    </message>
    <message>
        <source>rtpengine did not start: %1</source>
        <translation>rtpengine is niet gestart: %1</translation>
    </message>
    <message>
        <source>rtpengine is running (control %1, media %2 ports %3-%4).</source>
        <translation>rtpengine draait (besturing %1, media %2 poorten %3-%4).</translation>
    </message>
    <message>
        <source>it does not answer on %1</source>
        <translation>het antwoordt niet op %1</translation>
    </message>
    <message>
        <source>it exited; see %1</source>
        <translation>het is afgesloten; zie %1</translation>
    </message>
    <message>
        <source>rtpengine did not start: %1.</source>
        <translation>rtpengine is niet gestart: %1.</translation>
    </message>
    <message>
        <source>rtpengine stopped (%1); restarting in %2 s.</source>
        <translation>rtpengine gestopt (%1); herstart over %2 s.</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>gecrasht</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exitcode %1</translation>
    </message>
    <message>
        <source>rtpengine is stopped.</source>
        <translation>rtpengine is gestopt.</translation>
    </message>
</context>
<context>
    <name>centrale::sip::RecordingWorker</name>
    <message>
        <source>call %1: not recorded, the media relay wrote no recording</source>
        <translation>gesprek %1: niet opgenomen, de mediarelay heeft geen opname geschreven</translation>
    </message>
    <message>
        <source>call %1: recording not kept: %2</source>
        <translation>gesprek %1: opname niet bewaard: %2</translation>
    </message>
    <message>
        <source>call %1: recorded in %2 (%3 s, kept %4 days)</source>
        <translation>gesprek %1: opgenomen in %2 (%3 s, %4 dagen bewaard)</translation>
    </message>
    <message>
        <source>expired recordings not deleted: %1</source>
        <translation>verlopen opnamen niet verwijderd: %1</translation>
    </message>
    <message>
        <source>recording %1 of call %2 (%3 → %4, %5) deleted: its retention period ended</source>
        <translation>opname %1 van gesprek %2 (%3 → %4, %5) verwijderd: de bewaartermijn is verstreken</translation>
    </message>
    <message>
        <source>recordings: the database cannot be opened: %1</source>
        <translation>opnamen: de database kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>call %1: not recorded, the external media relay&apos;s recording folder is not set (media.recording_spool)</source>
        <translation>gesprek %1: niet opgenomen, de opnamemap van de externe mediarelay is niet ingesteld (media.recording_spool)</translation>
    </message>
</context>
<context>
    <name>centrale::sip::SipEngine</name>
    <message>
        <source>engine listening on %1 (primary) and %2 (secondary), realm %3, %4 accounts</source>
        <translation>engine luistert op %1 (primair) en %2 (secundair), realm %3, %4 accounts</translation>
    </message>
    <message>
        <source>configuration not reloaded: %1</source>
        <translation>configuratie niet opnieuw geladen: %1</translation>
    </message>
    <message>
        <source>configuration reloaded: %1 accounts</source>
        <translation>configuratie opnieuw geladen: %1 accounts</translation>
    </message>
    <message>
        <source>rate table not loaded: %1</source>
        <translation>tarieventabel niet geladen: %1</translation>
    </message>
    <message>
        <source>upstream carrier password not available (%1): calls to the carrier go without credentials</source>
        <translation>wachtwoord van de upstream-provider niet beschikbaar (%1): gesprekken naar de provider gaan zonder inloggegevens</translation>
    </message>
    <message>
        <source>mail sent: %1</source>
        <translation>mail verstuurd: %1</translation>
    </message>
    <message>
        <source>mail not sent: %1</source>
        <translation>mail niet verstuurd: %1</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundaire</translation>
    </message>
    <message>
        <source>%1: %2 account %3 is registered again</source>
        <translation>%1: %2 account %3 is weer geregistreerd</translation>
    </message>
    <message>
        <source>%1: %2 account %3 is no longer registered</source>
        <translation>%1: %2 account %3 is niet meer geregistreerd</translation>
    </message>
    <message>
        <source>Trunk %1&apos;s %2 account %3 registered again from %4 at %5.</source>
        <translation>De %2 account %3 van trunk %1 registreerde weer vanaf %4 om %5.</translation>
    </message>
    <message>
        <source>Trunk %1&apos;s %2 account %3 stopped being registered or stopped answering (%4) at %5. Calls go to the other account or the failover call plan until it is back.</source>
        <translation>De %2 account %3 van trunk %1 is niet meer geregistreerd of antwoordt niet meer (%4) sinds %5. Gesprekken gaan naar de andere account of het failover-belplan tot hij terug is.</translation>
    </message>
    <message>
        <source>Registration at the carrier as %1 works again</source>
        <translation>Registratie bij de provider als %1 werkt weer</translation>
    </message>
    <message>
        <source>Registration at the carrier as %1 failed</source>
        <translation>Registratie bij de provider als %1 mislukt</translation>
    </message>
    <message>
        <source>The engine is registered at the carrier again as %1 since %2.</source>
        <translation>De engine is sinds %2 weer geregistreerd bij de provider als %1.</translation>
    </message>
    <message>
        <source>The engine could not register at the carrier as %1 at %2: %3. Inbound calls may not reach you until this is solved; the engine keeps trying.</source>
        <translation>De engine kon zich om %2 niet registreren bij de provider als %1: %3. Inkomende gesprekken komen mogelijk niet aan tot dit is opgelost; de engine blijft het proberen.</translation>
    </message>
    <message>
        <source>carrier %1 could not be resolved: %2</source>
        <translation>provider %1 kon niet worden opgezocht: %2</translation>
    </message>
    <message>
        <source>call history not loaded: %1</source>
        <translation>gespreksgeschiedenis niet geladen: %1</translation>
    </message>
    <message>
        <source>fraud block of %1 not stored: %2</source>
        <translation>fraudeblokkade van %1 niet opgeslagen: %2</translation>
    </message>
    <message>
        <source>fraud: outbound calls of %1 blocked: %2</source>
        <translation>fraude: uitgaande gesprekken van %1 geblokkeerd: %2</translation>
    </message>
    <message>
        <source>%1

Outbound calls of %2 are refused until an administrator unblocks the account (Security page, or: centralectl fraud unblock &quot;%2&quot;).</source>
        <translation>%1

Uitgaande gesprekken van %2 worden geweigerd totdat een beheerder de account deblokkeert (pagina Beveiliging, of: centralectl fraud unblock &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>media relay not running, calls go end to end: %1</source>
        <translation>mediarelay draait niet, gesprekken lopen end-to-end: %1</translation>
    </message>
    <message>
        <source>provisioning: %1</source>
        <translation>provisioning: %1</translation>
    </message>
    <message>
        <source>provisioning on %1</source>
        <translation>provisioning op %1</translation>
    </message>
    <message>
        <source>voicemail unavailable: %1</source>
        <translation>voicemail niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>media relay %1 is external: call recording and voicemail are unavailable until media.recording_spool names its recording-dir (recording-method = pcap) as this machine sees it</source>
        <translation>mediarelay %1 is extern: gespreksopname en voicemail zijn niet beschikbaar tot media.recording_spool de recording-dir (recording-method = pcap) noemt zoals deze machine die ziet</translation>
    </message>
    <message>
        <source>media.recording_spool %1 is not a folder this engine can read and write: call recording and voicemail are unavailable</source>
        <translation>media.recording_spool %1 is geen map die deze engine kan lezen en schrijven: gespreksopname en voicemail zijn niet beschikbaar</translation>
    </message>
    <message>
        <source>media relay %1 is external: recordings are read from %2</source>
        <translation>mediarelay %1 is extern: opnames worden gelezen uit %2</translation>
    </message>
    <message>
        <source>recording announcement unavailable: %1</source>
        <translation>opnameaankondiging niet beschikbaar: %1</translation>
    </message>
</context>
<context>
    <name>centrale::sip::VoicemailDelivery</name>
    <message>
        <source>Voicemail for %1 from %2 (%3 s)</source>
        <translation>Voicemail voor %1 van %2 (%3 s)</translation>
    </message>
    <message>
        <source>A new voicemail message is attached.

Caller: %1
Called number: %2
Received: %3
Duration: %4 s
Voicemail box: %5 (call plan %6)
</source>
        <translation>In de bijlage staat een nieuw voicemailbericht.

Beller: %1
Gebeld nummer: %2
Ontvangen: %3
Duur: %4 s
Voicemailbox: %5 (belplan %6)
</translation>
    </message>
    <message>
        <source>no recording of the call appeared in %1</source>
        <translation>er is geen opname van het gesprek verschenen in %1</translation>
    </message>
    <message>
        <source>voicemail from %1 for %2 lost: %3</source>
        <translation>voicemail van %1 voor %2 verloren: %3</translation>
    </message>
    <message>
        <source>voicemail from %1 for %2 not stored: %3</source>
        <translation>voicemail van %1 voor %2 niet opgeslagen: %3</translation>
    </message>
    <message>
        <source>voicemail %1 from %2 for %3: %4 s</source>
        <translation>voicemail %1 van %2 voor %3: %4 s</translation>
    </message>
    <message>
        <source>voicemail %1 not mailed: %2</source>
        <translation>voicemail %1 niet gemaild: %2</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallLogModel</name>
    <message>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>niet beantwoord</translation>
    </message>
    <message>
        <source>Account %1 (%2)</source>
        <translation>Account %1 (%2)</translation>
    </message>
    <message>
        <source>Dialled: %1</source>
        <translation>Gekozen: %1</translation>
    </message>
    <message>
        <source>Answered %1, ended %2</source>
        <translation>Beantwoord %1, beëindigd %2</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Trunk / account</source>
        <translation>Trunk / account</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Gebelde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanModel</name>
    <message>
        <source>Call plan / external number</source>
        <translation>Belplan / extern nummer</translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation>Intern nummer</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanSettingsDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Internal number</source>
        <translation>&amp;Intern nummer</translation>
    </message>
    <message>
        <source>&amp;External number</source>
        <translation>&amp;Extern nummer</translation>
    </message>
    <message>
        <source>Call plan name</source>
        <translation>Naam van het belplan</translation>
    </message>
    <message>
        <source>Internal number</source>
        <translation>Intern nummer</translation>
    </message>
    <message>
        <source>External number</source>
        <translation>Extern nummer</translation>
    </message>
    <message>
        <source>The numbers that ring this call plan, separated by commas. Empty the field and save to unlink them.</source>
        <translation>De nummers die bij dit belplan binnenkomen, gescheiden door komma&apos;s. Maak het veld leeg en sla op om ze te ontkoppelen.</translation>
    </message>
    <message>
        <source>e.g. +31502053031</source>
        <translation>bijv. +31502053031</translation>
    </message>
    <message>
        <source>Settings - %1</source>
        <translation>Instellingen - %1</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanStepEditor</name>
    <message>
        <source>End of the call plan</source>
        <translation>Einde van het belplan</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Ga naar stap %1</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Ring time</source>
        <translation>&amp;Beltijd</translation>
    </message>
    <message>
        <source>Outside &amp;opening hours</source>
        <translation>Buiten &amp;openingstijden</translation>
    </message>
    <message>
        <source>&amp;Phone accounts</source>
        <translation>&amp;Toestelaccounts</translation>
    </message>
    <message>
        <source>Phone account numbers, e.g. +31502053033, +31502053034</source>
        <translation>Nummers van toestelaccounts, bijv. +31502053033, +31502053034</translation>
    </message>
    <message>
        <source>&amp;External numbers</source>
        <translation>&amp;Externe nummers</translation>
    </message>
    <message>
        <source>e.g. +31611111111</source>
        <translation>bijv. +31611111111</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <source>e.g. reception@example.com, boss@example.com</source>
        <translation>bijv. receptie@example.com, directeur@example.com</translation>
    </message>
    <message>
        <source>&amp;Box name</source>
        <translation>&amp;Naam van de box</translation>
    </message>
    <message>
        <source>e.g. Reception</source>
        <translation>bijv. Receptie</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Rooster</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:00-17:00; sat 10:00-12:00</source>
        <translation>bijv. mon-fri 08:00-17:00; sat 10:00-12:00</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Soort stap</translation>
    </message>
    <message>
        <source>Ring time in seconds</source>
        <translation>Beltijd in seconden</translation>
    </message>
    <message>
        <source>Outside opening hours</source>
        <translation>Buiten openingstijden</translation>
    </message>
    <message>
        <source>&amp;Mail messages to</source>
        <translation>Berichten &amp;mailen naar</translation>
    </message>
    <message>
        <source>e.g. reception@example.com (empty: the alerts address)</source>
        <translation>bijv. receptie@example.com (leeg: het meldingenadres)</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanStepsDialog</name>
    <message>
        <source>Steps - %1</source>
        <translation>Stappen - %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Kind of the new step</source>
        <translation>Soort van de nieuwe stap</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>O&amp;mlaag</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlanStepsModel</name>
    <message>
        <source>Ring phone accounts</source>
        <translation>Toestelaccounts laten bellen</translation>
    </message>
    <message>
        <source>Forward to external numbers</source>
        <translation>Doorschakelen naar externe nummers</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation>E-mail sturen</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <source>Ring %1 for %2 s</source>
        <translation>%1 laten bellen, %2 s</translation>
    </message>
    <message>
        <source>Forward to %1 for %2 s</source>
        <translation>Doorschakelen naar %1, %2 s</translation>
    </message>
    <message>
        <source>Voicemail box &quot;%1&quot;</source>
        <translation>Voicemailbox &quot;%1&quot;</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail naar %1</translation>
    </message>
    <message>
        <source>Open %1; else end</source>
        <translation>Open %1; anders einde</translation>
    </message>
    <message>
        <source>Open %1; else go to step %2</source>
        <translation>Open %1; anders naar stap %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Voicemail box &quot;%1&quot;, mailed to %2</source>
        <translation>Voicemailbox &quot;%1&quot;, gemaild naar %2</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallPlansPage</name>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <source>Settings of the selected call plan</source>
        <translation>Instellingen van het gekozen belplan</translation>
    </message>
    <message>
        <source>Call plans</source>
        <translation>Belplannen</translation>
    </message>
    <message>
        <source>New call plan</source>
        <translation>Nieuw belplan</translation>
    </message>
    <message>
        <source>Name of the call plan:</source>
        <translation>Naam van het belplan:</translation>
    </message>
    <message>
        <source>Call plan not added</source>
        <translation>Belplan niet toegevoegd</translation>
    </message>
    <message>
        <source>Delete call plan</source>
        <translation>Belplan verwijderen</translation>
    </message>
    <message>
        <source>Delete call plan &quot;%1&quot;? Its numbers become free.</source>
        <translation>Belplan &quot;%1&quot; verwijderen? De nummers worden vrij.</translation>
    </message>
    <message>
        <source>Call plan not deleted</source>
        <translation>Belplan niet verwijderd</translation>
    </message>
    <message>
        <source>&amp;New call plan...</source>
        <translation>&amp;Nieuw belplan...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete selected call plan</source>
        <translation>Gekozen belplan verwijderen</translation>
    </message>
    <message>
        <source>S&amp;teps...</source>
        <translation>S&amp;tappen...</translation>
    </message>
    <message>
        <source>Steps of the selected call plan</source>
        <translation>Stappen van het gekozen belplan</translation>
    </message>
    <message>
        <source>No call plans yet</source>
        <translation>Nog geen belplannen</translation>
    </message>
    <message>
        <source>New call plan...</source>
        <translation>Nieuw belplan...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CallsPage</name>
    <message>
        <source>Calls</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The call log could not be read: %1</source>
        <translation>De gesprekken konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No calls recorded yet.</source>
        <translation>Nog geen gesprekken vastgelegd.</translation>
    </message>
    <message>
        <source>No calls match the filter.</source>
        <translation>Geen gesprekken die aan het filter voldoen.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first.</source>
        <translation>
            <numerusform>%n gesprek, nieuwste eerst.</numerusform>
            <numerusform>%n gesprekken, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Gesprekken exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n gesprek geëxporteerd naar %1.</numerusform>
            <numerusform>%n gesprekken geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by number, trunk, account or result</source>
        <translation>Filter op nummer, trunk, account of resultaat</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Gesprekken filteren</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Alle richtingen</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export the calls shown as CSV</source>
        <translation>De getoonde gesprekken als CSV exporteren</translation>
    </message>
    <message>
        <source>Call log status</source>
        <translation>Status van de gesprekkenlijst</translation>
    </message>
    <message>
        <source>SIP &amp;trace...</source>
        <translation>SIP-&amp;trace...</translation>
    </message>
    <message>
        <source>SIP trace of the selected call</source>
        <translation>SIP-trace van het geselecteerde gesprek</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ClusterSettingsBox</name>
    <message>
        <source>Engine mode: bundled (the SIP engine runs on this machine)</source>
        <translation>Enginemodus: ingebouwd (de SIP-engine draait op deze machine)</translation>
    </message>
    <message>
        <source>Engine mode: cluster (Kamailio nodes provisioned by Centrale)</source>
        <translation>Enginemodus: cluster (Kamailio-nodes die Centrale provisiont)</translation>
    </message>
    <message>
        <source>Cluster database: %1</source>
        <translation>Clusterdatabase: %1</translation>
    </message>
    <message>
        <source>Node %1: not checked yet (restart the console after changing the engine mode)</source>
        <translation>Node %1: nog niet gecontroleerd (start de console opnieuw na het wijzigen van de enginemodus)</translation>
    </message>
    <message>
        <source>Node %1: up</source>
        <translation>Node %1: actief</translation>
    </message>
    <message>
        <source>Node %1: DOWN</source>
        <translation>Node %1: UITGEVALLEN</translation>
    </message>
    <message>
        <source>No nodes set (setting cluster.nodes)</source>
        <translation>Geen nodes ingesteld (instelling cluster.nodes)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Call plans and voicemail: no application server (setting cluster.appserver)</source>
        <translation>Belplannen en voicemail: geen applicatieserver (instelling cluster.appserver)</translation>
    </message>
    <message>
        <source>Call plans and voicemail: application server %1 (centralectl serve)</source>
        <translation>Belplannen en voicemail: applicatieserver %1 (centralectl serve)</translation>
    </message>
</context>
<context>
    <name>centrale::ui::CountryPickerDialog</name>
    <message>
        <source>Add countries</source>
        <translation>Landen toevoegen</translation>
    </message>
    <message>
        <source>Search a country or its code</source>
        <translation>Zoek een land of de landcode</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Landen zoeken</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
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
        <translation>Land</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Vast</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Freephone</source>
        <translation>Gratis (0800)</translation>
    </message>
</context>
<context>
    <name>centrale::ui::DashboardCharts</name>
    <message>
        <source>Calls per hour today</source>
        <translation>Gesprekken per uur vandaag</translation>
    </message>
    <message>
        <source>Spend per day per trunk (EUR)</source>
        <translation>Uitgaven per dag per trunk (EUR)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
</context>
<context>
    <name>centrale::ui::DashboardPage</name>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Kan de cijfers niet lezen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No trunks yet</source>
        <translation>Nog geen trunks</translation>
    </message>
    <message>
        <source>%1 up · %2 down · %3 unreachable</source>
        <translation>%1 actief · %2 uitgevallen · %3 onbereikbaar</translation>
    </message>
    <message>
        <source>%1 of %2 registered</source>
        <translation>%1 van %2 geregistreerd</translation>
    </message>
    <message>
        <source>Engine not running</source>
        <translation>Engine draait niet</translation>
    </message>
    <message>
        <source>Known only to an engine in this process</source>
        <translation>Alleen bekend bij een engine in dit proces</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 beantwoord)</translation>
    </message>
    <message>
        <source>EUR %1 of %2</source>
        <translation>EUR %1 van %2</translation>
    </message>
    <message>
        <source>Addresses: %1 · Fraud: %2</source>
        <translation>Adressen: %1 · Fraude: %2</translation>
    </message>
    <message>
        <source>No registration (by address)</source>
        <translation>Geen registratie (op adres)</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Geen meldingen.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Niets vraagt om aandacht.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Bijgewerkt om %1</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>Phone accounts</source>
        <translation>Toestelaccounts</translation>
    </message>
    <message>
        <source>Calls now</source>
        <translation>Gesprekken nu</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Gesprekken vandaag</translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation>Vandaag besteed</translation>
    </message>
    <message>
        <source>Spent this week</source>
        <translation>Deze week besteed</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Carrier registration</source>
        <translation>Registratie bij provider</translation>
    </message>
    <message>
        <source>Share of today&apos;s limits spent</source>
        <translation>Besteed deel van de daglimieten</translation>
    </message>
    <message>
        <source>Share of this week&apos;s limits spent</source>
        <translation>Besteed deel van de weeklimieten</translation>
    </message>
    <message>
        <source>Registrations per trunk</source>
        <translation>Registraties per trunk</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Recente meldingen</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aandacht</translation>
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
        <translation>+%1 geblokkeerd</translation>
    </message>
    <message>
        <source>+%1 blocked, except what allowed prefix +%2 opens</source>
        <translation>+%1 geblokkeerd, behalve wat toegestane prefix +%2 openzet</translation>
    </message>
    <message>
        <source>These fraud-prone ranges are always blocked. An explicitly allowed prefix overrides the block for what it covers.</source>
        <translation>Deze fraudegevoelige reeksen zijn altijd geblokkeerd. Een uitdrukkelijk toegestane prefix heft de blokkade op voor wat die prefix dekt.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Standaardset</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Extra allowed prefixes</source>
        <translation>Extra toegestane prefixen</translation>
    </message>
    <message>
        <source>Blocked prefixes</source>
        <translation>Geblokkeerde prefixen</translation>
    </message>
    <message>
        <source>Fraud-prone ranges</source>
        <translation>Fraudegevoelige reeksen</translation>
    </message>
    <message>
        <source>Destination preset</source>
        <translation>Bestemmingenset</translation>
    </message>
    <message>
        <source>&amp;Apply preset</source>
        <translation>Set &amp;toepassen</translation>
    </message>
    <message>
        <source>Replace the countries and prefixes below by the preset&apos;s</source>
        <translation>Vervang de landen en prefixen hieronder door die van de set</translation>
    </message>
    <message>
        <source>Add &amp;countries...</source>
        <translation>&amp;Landen toevoegen...</translation>
    </message>
    <message>
        <source>&amp;Remove country</source>
        <translation>Land &amp;verwijderen</translation>
    </message>
    <message>
        <source>Allowed countries and number types</source>
        <translation>Toegestane landen en nummersoorten</translation>
    </message>
    <message>
        <source>Allowed prefix</source>
        <translation>Toegestane prefix</translation>
    </message>
    <message>
        <source>Blocked prefix</source>
        <translation>Geblokkeerde prefix</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ExportDialog</name>
    <message>
        <source>Export folder</source>
        <translation>Exportmap</translation>
    </message>
    <message>
        <source>Choose a folder to write the files to.</source>
        <translation>Kies een map om de bestanden in te schrijven.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Er is niets geschreven: %1</translation>
    </message>
    <message>
        <source>Written with passwords; the files are readable by you only (0600):</source>
        <translation>Geschreven met wachtwoorden; alleen u kunt de bestanden lezen (0600):</translation>
    </message>
    <message>
        <source>Written without passwords (placeholders instead):</source>
        <translation>Geschreven zonder wachtwoorden (met plaatshouders):</translation>
    </message>
    <message>
        <source>The files will contain the SIP passwords and are created readable by you only (0600). Keep them safe.</source>
        <translation>De bestanden bevatten de SIP-wachtwoorden en worden zo aangemaakt dat alleen u ze kunt lezen (0600). Bewaar ze veilig.</translation>
    </message>
    <message>
        <source>The files get placeholders where the passwords go; fill them in on the PBX.</source>
        <translation>De bestanden krijgen plaatshouders op de plek van de wachtwoorden; vul die in op de centrale.</translation>
    </message>
    <message>
        <source>Export PBX configuration: %1</source>
        <translation>PBX-configuratie exporteren: %1</translation>
    </message>
    <message>
        <source>Include &amp;passwords</source>
        <translation>&amp;Wachtwoorden meenemen</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files</source>
        <translation>Bestaande bestanden &amp;overschrijven</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>The PBX the files are for</source>
        <translation>De centrale waarvoor de bestanden bedoeld zijn</translation>
    </message>
</context>
<context>
    <name>centrale::ui::FraudBanner</name>
    <message>
        <source>Outbound calls blocked by the fraud detector since %1: %2</source>
        <translation>Uitgaande gesprekken sinds %1 geblokkeerd door de fraudedetectie: %2</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Deblokkeren</translation>
    </message>
    <message>
        <source>Unblock outbound calls</source>
        <translation>Uitgaande gesprekken deblokkeren</translation>
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
        <translation>&lt;li&gt;UDP %1 poort %2 (SIP), in beide richtingen&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Veelgestelde vragen</translation>
    </message>
    <message>
        <source>Most vague VoIP problems come from the network between the PBX and the servers: a router&apos;s SIP ALG, NAT, a firewall. Start with the connection check, then look at the SIP trace.</source>
        <translation>De meeste vage VoIP-problemen komen door het netwerk tussen de PBX en de servers: de SIP ALG van een router, NAT, een firewall. Begin met de verbindingscontrole en bekijk daarna de SIP-trace.</translation>
    </message>
    <message>
        <source>Firewall: what must be open</source>
        <translation>Firewall: wat moet er open staan</translation>
    </message>
    <message>
        <source>The PBX&apos;s firewall and the PBX itself must accept SIP from these addresses of this installation:</source>
        <translation>De firewall van de PBX en de PBX zelf moeten SIP accepteren van deze adressen van deze installatie:</translation>
    </message>
    <message>
        <source>Calls&apos; media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier&apos;s media addresses to the PBX&apos;s RTP ports.</source>
        <translation>De media (RTP) van gesprekken loopt rechtstreeks tussen de PBX en de provider %1: sta UDP toe van de media-adressen van de provider naar de RTP-poorten van de PBX.</translation>
    </message>
    <message>
        <source>Turn off SIP ALG (SIP helper) in the router and/or modem.</source>
        <translation>Zet SIP ALG (SIP-helper) uit in de router en/of het modem.</translation>
    </message>
    <message>
        <source>Set up no port forwards for SIP or RTP in the router or modem.</source>
        <translation>Stel geen port forwards in voor SIP of RTP in de router of het modem.</translation>
    </message>
    <message>
        <source>Shield port forwards for management (web interface, SSH) with a firewall.</source>
        <translation>Scherm port forwards voor beheer (webinterface, SSH) af met een firewall.</translation>
    </message>
    <message>
        <source>If IPv6 is active on the network or the PBX, the firewall must cover IPv6 too: an IPv6 address left open is a common way in.</source>
        <translation>Als IPv6 actief is op het netwerk of de PBX, moet de firewall ook IPv6 afdekken: een openstaand IPv6-adres is een veelgebruikte manier om binnen te komen.</translation>
    </message>
    <message>
        <source>Registration problems</source>
        <translation>Registratieproblemen</translation>
    </message>
    <message>
        <source>Open %1 or %2, select the account and press &lt;b&gt;Diagnose...&lt;/b&gt;: the last REGISTER exchanges and OPTIONS checks as a ladder, and &lt;b&gt;Check connection&lt;/b&gt; for the round trip, NAT and SIP ALG signs with advice.</source>
        <translation>Open %1 of %2, selecteer het account en klik op &lt;b&gt;Diagnose...&lt;/b&gt;: de laatste REGISTER-uitwisselingen en OPTIONS-controles als ladderdiagram, en &lt;b&gt;Verbinding controleren&lt;/b&gt; voor de round trip, tekenen van NAT en SIP ALG, met advies.</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>Phone accounts</source>
        <translation>Toestelaccounts</translation>
    </message>
    <message>
        <source>A 403 to a REGISTER means the username or password is wrong, the source address is not in the account&apos;s IP whitelist, or the account registers to the wrong server (a trunk&apos;s primary account to the primary address, its secondary to the secondary). These look the same on purpose; the engine&apos;s log says which.</source>
        <translation>Een 403 op een REGISTER betekent dat de gebruikersnaam of het wachtwoord onjuist is, dat het bronadres niet op de IP-whitelist van het account staat, of dat het account bij de verkeerde server registreert (het primaire account van een trunk bij het primaire adres, het secundaire bij het secundaire). Deze zien er bewust hetzelfde uit; het log van de engine zegt welke het is.</translation>
    </message>
    <message>
        <source>Ten failures in a minute block the address for 15 minutes: it then gets no answer at all (&lt;tt&gt;centralectl blocked list&lt;/tt&gt;).</source>
        <translation>Tien mislukte pogingen binnen een minuut blokkeren het adres voor 15 minuten: het krijgt dan helemaal geen antwoord meer (&lt;tt&gt;centralectl blocked list&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>3CX: &quot;Require registration for: in and outgoing calls&quot; and &quot;Which IP to use in contact field: Local IP Address&quot;.</source>
        <translation>3CX: &quot;Require registration for: in and outgoing calls&quot; en &quot;Which IP to use in contact field: Local IP Address&quot;.</translation>
    </message>
    <message>
        <source>Problems with incoming calls</source>
        <translation>Problemen met inkomende gesprekken</translation>
    </message>
    <message>
        <source>Check what exactly goes wrong: silence, a busy tone, &quot;number does not exist&quot;, an error, ringing tone but nothing rings, or no audio once answered. Watch how it changes when you change settings.</source>
        <translation>Ga na wat er precies misgaat: stilte, een bezettoon, &quot;nummer bestaat niet&quot;, een foutmelding, wel een kiestoon maar er gaat niets over, of geen geluid na opnemen. Kijk hoe het verandert als u instellingen wijzigt.</translation>
    </message>
    <message>
        <source>Check that the firewall and the PBX accept the addresses above.</source>
        <translation>Controleer of de firewall en de PBX de bovenstaande adressen accepteren.</translation>
    </message>
    <message>
        <source>Read the PBX&apos;s log during an incoming call, from the command shell (not the web interface or the Asterisk console): &lt;tt&gt;tail -f /var/log/asterisk/full&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/messages&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/syslog&lt;/tt&gt;.</source>
        <translation>Lees het log van de PBX tijdens een inkomend gesprek, vanaf de command shell (niet de webinterface of de Asterisk-console): &lt;tt&gt;tail -f /var/log/asterisk/full&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/messages&lt;/tt&gt;, &lt;tt&gt;tail -f /var/log/syslog&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Problems with outgoing calls: the SIP trace</source>
        <translation>Problemen met uitgaande gesprekken: de SIP-trace</translation>
    </message>
    <message>
        <source>Make a trace of the call and look at what comes back to the PBX. On %1 select the call and press &lt;b&gt;SIP trace...&lt;/b&gt;: both legs (PBX ↔ Centrale ↔ carrier) as a ladder, the final answer and the Warning with the reason highlighted, every message in full. &lt;b&gt;Save as pcap...&lt;/b&gt; writes a file for Wireshark or &lt;tt&gt;sngrep -I&lt;/tt&gt; to send along with a question. Passwords and digest responses are never in a trace.</source>
        <translation>Maak een trace van het gesprek en kijk wat er terugkomt naar de PBX. Selecteer op %1 het gesprek en klik op &lt;b&gt;SIP-trace...&lt;/b&gt;: beide delen (PBX ↔ Centrale ↔ provider) als ladderdiagram, het eindantwoord en de Warning met de reden gemarkeerd, elk bericht volledig. &lt;b&gt;Opslaan als pcap...&lt;/b&gt; schrijft een bestand voor Wireshark of &lt;tt&gt;sngrep -I&lt;/tt&gt; om mee te sturen bij een vraag. Wachtwoorden en digest-responses staan nooit in een trace.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>From a terminal: &lt;tt&gt;centralectl trace --call CALL_ID [--pcap FILE]&lt;/tt&gt;, &lt;tt&gt;centralectl trace --account USER&lt;/tt&gt;, &lt;tt&gt;centralectl check --trunk NAME&lt;/tt&gt;.</source>
        <translation>Vanuit een terminal: &lt;tt&gt;centralectl trace --call CALL_ID [--pcap FILE]&lt;/tt&gt;, &lt;tt&gt;centralectl trace --account USER&lt;/tt&gt;, &lt;tt&gt;centralectl check --trunk NAME&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Live capture: set &lt;tt&gt;diagnostics.hep&lt;/tt&gt; on %1 to a Homer/heplify or &lt;tt&gt;sngrep -L&lt;/tt&gt; collector (HOST:PORT).</source>
        <translation>Live meekijken: stel &lt;tt&gt;diagnostics.hep&lt;/tt&gt; op %1 in op een Homer/heplify- of &lt;tt&gt;sngrep -L&lt;/tt&gt;-collector (HOST:PORT).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Every SIP message is sent live as HEP3 to %1.</source>
        <translation>Elk SIP-bericht wordt live als HEP3 naar %1 gestuurd.</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>%1 lists every call, answered or refused, with its SIP result and reason (also &lt;tt&gt;centralectl calls list&lt;/tt&gt;). &lt;tt&gt;centralectl serve&lt;/tt&gt; prints one log line per event: registrations, refusals, blocks, mails.</source>
        <translation>%1 toont elk gesprek, beantwoord of geweigerd, met het SIP-resultaat en de reden (ook &lt;tt&gt;centralectl calls list&lt;/tt&gt;). &lt;tt&gt;centralectl serve&lt;/tt&gt; schrijft één logregel per gebeurtenis: registraties, weigeringen, blokkades, e-mails.</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Nummerformaat</translation>
    </message>
    <message>
        <source>Towards the carrier every number is international E.164 with a plus: +31201234567. Towards the PBX a trunk uses its own number format (with +, without +, with 00, or national with 0), set on the trunk. The caller ID goes in P-Asserted-Identity (else From) and must be one of the trunk&apos;s numbers marked caller ID; &lt;tt&gt;Privacy: id&lt;/tt&gt; hides it onward.</source>
        <translation>Richting de provider is elk nummer internationaal E.164 met een plus: +31201234567. Richting de PBX gebruikt een trunk een eigen nummerformaat (met +, zonder +, met 00 of nationaal met 0), in te stellen op de trunk. De nummerweergave staat in P-Asserted-Identity (anders From) en moet een van de nummers van de trunk zijn die als nummerweergave zijn gemarkeerd; &lt;tt&gt;Privacy: id&lt;/tt&gt; verbergt het verderop.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::HistoryModel</name>
    <message>
        <source>Undo of change %1: %2</source>
        <translation>Ongedaan maken van wijziging %1: %2</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (ongedaan gemaakt)</translation>
    </message>
    <message>
        <source>Entry %1, change %2</source>
        <translation>Item %1, wijziging %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>centrale::ui::HistoryPage</name>
    <message>
        <source>Undo change %1? Everything it changed (%2 and whatever was saved with it) goes back to how it was before.</source>
        <translation>Wijziging %1 ongedaan maken? Alles wat daarbij is gewijzigd (%2 en wat er tegelijk mee is opgeslagen) wordt teruggezet naar hoe het was.</translation>
    </message>
    <message>
        <source>Undo the whole import &quot;%1&quot; (change %2)? Everything it changed goes back to how it was before.</source>
        <translation>De hele import &quot;%1&quot; (wijziging %2) ongedaan maken? Alles wat daarbij is gewijzigd wordt teruggezet naar hoe het was.</translation>
    </message>
    <message>
        <source>Undo change</source>
        <translation>Wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Undid change %1; a running engine applies it within a second.</source>
        <translation>Wijziging %1 ongedaan gemaakt; een draaiende engine past dit binnen een seconde toe.</translation>
    </message>
    <message>
        <source>Undo refused</source>
        <translation>Ongedaan maken geweigerd</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>De geschiedenis kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation>Er zijn geen wijzigingen die aan het filter voldoen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n wijziging, nieuwste eerst.</numerusform>
            <numerusform>%n wijzigingen, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, user, value or import</source>
        <translation>Filteren op naam, gebruiker, waarde of import</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Geschiedenis filteren</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Alle objecten</translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation>Soort object</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Gewijzigd vanuit</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Gewijzigd sinds</translation>
    </message>
    <message>
        <source>Only changes made on or after this day</source>
        <translation>Alleen wijzigingen op of na deze dag</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Ongedaan maken…</translation>
    </message>
    <message>
        <source>Undo the selected change</source>
        <translation>De geselecteerde wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Geschiedenis van wijzigingen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>No changes recorded yet: every change made from now on is listed here and can be undone.</source>
        <translation>Nog geen wijzigingen vastgelegd: elke wijziging vanaf nu wordt hier vermeld en kan ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::IpListEditor</name>
    <message>
        <source>IP address or subnet, e.g. 192.0.2.10 or 192.0.2.0/24</source>
        <translation>IP-adres of subnet, bijv. 192.0.2.10 of 192.0.2.0/24</translation>
    </message>
    <message>
        <source>IP address or subnet</source>
        <translation>IP-adres of subnet</translation>
    </message>
    <message>
        <source>Add IP address</source>
        <translation>IP-adres toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove selected IP address</source>
        <translation>Gekozen IP-adres verwijderen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-adressen</translation>
    </message>
</context>
<context>
    <name>centrale::ui::LadderWidget</name>
    <message>
        <source>SIP ladder</source>
        <translation>SIP-ladderdiagram</translation>
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
        <translation>Engine draait niet</translation>
    </message>
    <message>
        <source>Engine running on %1 - %2 of %3 accounts registered</source>
        <translation>Engine draait op %1 - %2 van %3 accounts geregistreerd</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Engine status</source>
        <translation>Status van de engine</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nieuw...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Sneltoetsen...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationContractModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Opzegtermijn</translation>
    </message>
    <message>
        <source>Cancel by</source>
        <translation>Opzeggen vóór</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationNumberModel</name>
    <message>
        <source>Test number</source>
        <translation>Testnummer</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>Porteren</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Wish date</source>
        <translation>Wensdatum</translation>
    </message>
    <message>
        <source>Porting date</source>
        <translation>Porteringsdatum</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationProjectModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Taken klaar</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationTaskModel</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
</context>
<context>
    <name>centrale::ui::MigrationsPage</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Created the migration project for %1 with the standard tasks of the four phases.</source>
        <translation>Migratieproject voor %1 aangemaakt met de standaardtaken van de vier fasen.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n number(s).</source>
        <translation>
            <numerusform>%n nummer toegevoegd.</numerusform>
            <numerusform>%n nummers toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed +%1.</source>
        <translation>+%1 verwijderd.</translation>
    </message>
    <message>
        <source>Added the contract with %1; cancel by %2.</source>
        <translation>Contract met %1 toegevoegd; opzeggen vóór %2.</translation>
    </message>
    <message>
        <source>Select the contract (on the Contracts tab) the letter is for.</source>
        <translation>Selecteer (op het tabblad Contracten) het contract waarvoor de brief is.</translation>
    </message>
    <message>
        <source>Letter as PDF</source>
        <translation>Brief als PDF</translation>
    </message>
    <message>
        <source>porting-letter-%1.pdf</source>
        <translation>porting-letter-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the letter to %1 to %2.</source>
        <translation>De brief aan %1 is opgeslagen in %2.</translation>
    </message>
    <message>
        <source>New migration project</source>
        <translation>Nieuw migratieproject</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Klantnaam</translation>
    </message>
    <message>
        <source>Contact person (signs the letter)</source>
        <translation>Contactpersoon (ondertekent de brief)</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Project aanmaken</translation>
    </message>
    <message>
        <source>No migration projects yet — enter a customer below and Create project. It starts with the standard tasks of the four phases.</source>
        <translation>Nog geen migratieprojecten — vul hieronder een klant in en kies Project aanmaken. Een project begint met de standaardtaken van de vier fasen.</translation>
    </message>
    <message>
        <source>Letter as PDF…</source>
        <translation>Brief als PDF…</translation>
    </message>
    <message>
        <source>The cancellation and number porting letter to the current provider, in the project&apos;s language</source>
        <translation>De opzeg- en porteringsbrief aan de huidige provider, in de taal van het project</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Numbers to port, e.g. 050 123 4567, +31501234568</source>
        <translation>Te porteren nummers, bijv. 050 123 4567, +31501234568</translation>
    </message>
    <message>
        <source>Wish date</source>
        <translation>Wensdatum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Testnummer</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Nummer toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Current provider</source>
        <translation>Huidige provider</translation>
    </message>
    <message>
        <source>Customer/contract number</source>
        <translation>Klant-/contractnummer</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Opzegtermijn (dagen)</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>Contract toevoegen</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migraties</translation>
    </message>
</context>
<context>
    <name>centrale::ui::NewPhoneAccountDialog</name>
    <message>
        <source>New phone account</source>
        <translation>Nieuw toestelaccount</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>E.164, e.g. +31501234567</source>
        <translation>E.164, bijv. +31501234567</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Saving the phone account and storing its password in %1...</source>
        <translation>Toestelaccount opslaan en het wachtwoord bewaren in %1...</translation>
    </message>
    <message>
        <source>Press Save to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH to keep the passwords in a file readable only by you.</source>
        <translation>Klik opnieuw op Opslaan zodra de sleutelbos ontgrendeld is, of start Centrale met --secrets-file PAD om de wachtwoorden in een bestand te bewaren dat alleen jij kunt lezen.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::NumberModel</name>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
</context>
<context>
    <name>centrale::ui::NumbersPage</name>
    <message>
        <source>Not unlinked</source>
        <translation>Niet ontkoppeld</translation>
    </message>
    <message>
        <source>+%1 belongs to %2; change it there.</source>
        <translation>+%1 hoort bij %2; wijzig het daar.</translation>
    </message>
    <message>
        <source>Unlink number</source>
        <translation>Nummer ontkoppelen</translation>
    </message>
    <message>
        <source>Unlink +%1 from %2? It becomes free.</source>
        <translation>+%1 ontkoppelen van %2? Het wordt vrij.</translation>
    </message>
    <message>
        <source>Filter numbers or what they are linked to</source>
        <translation>Filter op nummer of waaraan het gekoppeld is</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Free only</source>
        <translation>Alleen &amp;vrije</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <source>Unlink selected number</source>
        <translation>Gekozen nummer ontkoppelen</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>Loading numbers...</source>
        <translation>Nummers laden...</translation>
    </message>
    <message>
        <source>No numbers yet — they are added with a trunk, a phone account or centralectl number add</source>
        <translation>Nog geen nummers — ze worden toegevoegd met een trunk, een toestelaccount of centralectl number add</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genereren</translation>
    </message>
    <message>
        <source>Generate password</source>
        <translation>Wachtwoord genereren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Wachtwoord kopiëren</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PhoneAccountModel</name>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <source>Contact: %1
User agent: %2</source>
        <translation>Contact: %1
User agent: %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elk</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Gelijktijdige gesprekken</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP-whitelist</translation>
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
        <translation>nooit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <source>Last provisioned</source>
        <translation>Laatst geprovisioned</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PhoneAccountsPage</name>
    <message>
        <source>Phone account added</source>
        <translation>Toestelaccount toegevoegd</translation>
    </message>
    <message>
        <source>Username: %1
Password: %2
The password is kept in %3.</source>
        <translation>Gebruikersnaam: %1
Wachtwoord: %2
Het wachtwoord wordt bewaard in %3.</translation>
    </message>
    <message>
        <source>Delete phone account</source>
        <translation>Toestelaccount verwijderen</translation>
    </message>
    <message>
        <source>Delete phone account +%1? The number becomes free.</source>
        <translation>Toestelaccount +%1 verwijderen? Het nummer wordt vrij.</translation>
    </message>
    <message>
        <source>Phone account not deleted</source>
        <translation>Toestelaccount niet verwijderd</translation>
    </message>
    <message>
        <source>&amp;New phone account...</source>
        <translation>&amp;Nieuw toestelaccount...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete selected phone account</source>
        <translation>Gekozen toestelaccount verwijderen</translation>
    </message>
    <message>
        <source>Phone accounts</source>
        <translation>Toestelaccounts</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporteren...</translation>
    </message>
    <message>
        <source>Export the selected phone account&apos;s softphone configuration</source>
        <translation>De softphone-configuratie van het gekozen toestelaccount exporteren</translation>
    </message>
    <message>
        <source>Dia&amp;gnose...</source>
        <translation>Dia&amp;gnose...</translation>
    </message>
    <message>
        <source>Registrations and connection check of the selected phone account</source>
        <translation>Registraties en verbindingscontrole van het geselecteerde toestelaccount</translation>
    </message>
    <message>
        <source>&amp;Provisioning...</source>
        <translation>&amp;Provisioning...</translation>
    </message>
    <message>
        <source>MAC address, model and provisioning URL of the selected phone account</source>
        <translation>MAC-adres, model en provisioning-URL van het geselecteerde toestelaccount</translation>
    </message>
    <message>
        <source>No phone accounts yet</source>
        <translation>Nog geen toestelaccounts</translation>
    </message>
    <message>
        <source>New phone account...</source>
        <translation>Nieuw toestelaccount...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::PhoneProvisioningDialog</name>
    <message>
        <source>Copy &amp;TFTP URL</source>
        <translation>&amp;TFTP-URL kopiëren</translation>
    </message>
    <message>
        <source>New &amp;HTTPS URL (copy)</source>
        <translation>Nieuwe &amp;HTTPS-URL (kopiëren)</translation>
    </message>
    <message>
        <source>Provisioning of +%1</source>
        <translation>Provisioning van +%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>e.g. 00:15:65:AA:BB:CC</source>
        <translation>bijv. 00:15:65:AA:BB:CC</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <source>Phone model</source>
        <translation>Toestelmodel</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>&amp;MAC address</source>
        <translation>&amp;MAC-adres</translation>
    </message>
    <message>
        <source>Phone &amp;model</source>
        <translation>Toestel&amp;model</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Weergavenaam</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Last provisioned</source>
        <translation>Laatst geprovisioned</translation>
    </message>
    <message>
        <source>Provisioning URL</source>
        <translation>Provisioning-URL</translation>
    </message>
    <message>
        <source>Makes a new secret HTTPS address for this phone and copies it; the previous one stops working.</source>
        <translation>Maakt een nieuw geheim HTTPS-adres voor dit toestel en kopieert het; het vorige werkt dan niet meer.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>(a MAC address and a model are needed)</source>
        <translation>(een MAC-adres en een model zijn nodig)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Gekopieerd: %1</translation>
    </message>
    <message>
        <source>Copied a new HTTPS URL (the previous one no longer works): %1</source>
        <translation>Nieuwe HTTPS-URL gekopieerd (de vorige werkt niet meer): %1</translation>
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
        <translation>Prefix in internationale vorm, bijv. +3190612</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation>Gekozen %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ProvisioningSettings</name>
    <message>
        <source>Provisioning settings saved; they apply when the engine starts next.</source>
        <translation>Provisioning-instellingen opgeslagen; ze gaan in wanneer de engine de volgende keer start.</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>TFTP provisioning on</source>
        <translation>TFTP-provisioning aan</translation>
    </message>
    <message>
        <source>&amp;TFTP server</source>
        <translation>&amp;TFTP-server</translation>
    </message>
    <message>
        <source>TFTP server address</source>
        <translation>Adres van de TFTP-server</translation>
    </message>
    <message>
        <source>Provisioning &amp;whitelist</source>
        <translation>Provisioning-&amp;whitelist</translation>
    </message>
    <message>
        <source>Provisioning whitelist</source>
        <translation>Provisioning-whitelist</translation>
    </message>
    <message>
        <source>Addresses besides each phone account&apos;s whitelist, e.g. 192.0.2.0/24, 198.51.100.7</source>
        <translation>Adressen naast de whitelist van elk toestelaccount, bijv. 192.0.2.0/24, 198.51.100.7</translation>
    </message>
    <message>
        <source>&amp;HTTPS server</source>
        <translation>&amp;HTTPS-server</translation>
    </message>
    <message>
        <source>HTTPS provisioning server address</source>
        <translation>Adres van de HTTPS-provisioningserver</translation>
    </message>
    <message>
        <source>e.g. 0.0.0.0:8443 (empty: off)</source>
        <translation>bijv. 0.0.0.0:8443 (leeg: uit)</translation>
    </message>
    <message>
        <source>Save &amp;provisioning</source>
        <translation>&amp;Provisioning opslaan</translation>
    </message>
</context>
<context>
    <name>centrale::ui::RecordingBox</name>
    <message>
        <source>not recorded</source>
        <translation>niet opgenomen</translation>
    </message>
    <message>
        <source>kept %1 days</source>
        <translation>%1 dagen bewaard</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standaard (%1)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet opgenomen</translation>
    </message>
    <message>
        <source>Recorded, kept %1 days</source>
        <translation>Opgenomen, %1 dagen bewaard</translation>
    </message>
    <message>
        <source>Announcement: default (%1)</source>
        <translation>Aankondiging: standaard (%1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Announce &quot;this call may be recorded&quot;</source>
        <translation>Aankondigen: &quot;dit gesprek kan worden opgenomen&quot;</translation>
    </message>
    <message>
        <source>No announcement</source>
        <translation>Geen aankondiging</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Gespreksopname</translation>
    </message>
    <message>
        <source>Recording announcement</source>
        <translation>Opname-aankondiging</translation>
    </message>
</context>
<context>
    <name>centrale::ui::RecordingsModel</name>
    <message>
        <source>Call ID %1</source>
        <translation>Call-ID %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Callee</source>
        <translation>Gebelde</translation>
    </message>
    <message>
        <source>Trunk / phone</source>
        <translation>Trunk / toestel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>centrale::ui::RecordingsPage</name>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>Kan de opname niet afspelen: %1</translation>
    </message>
    <message>
        <source>Export recordings to</source>
        <translation>Opnamen exporteren naar</translation>
    </message>
    <message>
        <source>Export recordings</source>
        <translation>Opnamen exporteren</translation>
    </message>
    <message>
        <source>The last day of the period is before the first.</source>
        <translation>De laatste dag van de periode ligt vóór de eerste.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recording(s) to %1 with recordings.xlsx.</source>
        <translation>
            <numerusform>%n opname geëxporteerd naar %1 met recordings.xlsx.</numerusform>
            <numerusform>%n opnamen geëxporteerd naar %1 met recordings.xlsx.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were missing.</source>
        <translation>
            <numerusform>%n bestand ontbrak.</numerusform>
            <numerusform>%n bestanden ontbraken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recordings not loaded: %1</source>
        <translation>Opnamen niet geladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) shown.</source>
        <translation>
            <numerusform>%n opname getoond.</numerusform>
            <numerusform>%n opnamen getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Filter by call ID, caller, callee or trunk/phone</source>
        <translation>Filteren op call-ID, beller, gebelde of trunk/toestel</translation>
    </message>
    <message>
        <source>First day of the period to export</source>
        <translation>Eerste dag van de te exporteren periode</translation>
    </message>
    <message>
        <source>Last day of the period to export</source>
        <translation>Laatste dag van de te exporteren periode</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Opnamen</translation>
    </message>
    <message>
        <source>Call recording is unavailable: %1. Calls still work, without recording.</source>
        <translation>Gespreksopname is niet beschikbaar: %1. Gesprekken werken nog steeds, zonder opname.</translation>
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
        <translation>Wachtwoord opgeslagen in %1.</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 niet opgeslagen: %2</translation>
    </message>
    <message>
        <source>SMTP &amp;password</source>
        <translation>SMTP-&amp;wachtwoord</translation>
    </message>
    <message>
        <source>U&amp;pstream password</source>
        <translation>&amp;Upstream-wachtwoord</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-wachtwoord</translation>
    </message>
    <message>
        <source>Upstream password</source>
        <translation>Upstream-wachtwoord</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>Save &amp;passwords</source>
        <translation>&amp;Wachtwoorden opslaan</translation>
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
        <translation>Toestelaccount +%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Gelijktijdige gesprekken</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP-whitelist</translation>
    </message>
    <message>
        <source>Limit per hour</source>
        <translation>Limiet per uur</translation>
    </message>
    <message>
        <source>Limit per day</source>
        <translation>Limiet per dag</translation>
    </message>
    <message>
        <source>Limit per week</source>
        <translation>Limiet per week</translation>
    </message>
    <message>
        <source>Calls per hour (0 = no limit)</source>
        <translation>Gesprekken per uur (0 = geen limiet)</translation>
    </message>
    <message>
        <source>Calls per day (0 = no limit)</source>
        <translation>Gesprekken per dag (0 = geen limiet)</translation>
    </message>
    <message>
        <source>Calls per week (0 = no limit)</source>
        <translation>Gesprekken per week (0 = geen limiet)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Opslaan...</translation>
    </message>
    <message>
        <source>Usage of the limit: %1</source>
        <translation>Verbruik van de limiet: %1</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limieten</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Bestemmingen</translation>
    </message>
    <message>
        <source>Cannot read what the account spent: %1</source>
        <translation>Kan niet lezen wat de account heeft besteed: %1</translation>
    </message>
    <message>
        <source>Unblocked; the engine allows calls again within a second.</source>
        <translation>Gedeblokkeerd; de engine laat binnen een seconde weer gesprekken toe.</translation>
    </message>
    <message>
        <source>New calls per second (0 = no limit)</source>
        <translation>Nieuwe gesprekken per seconde (0 = geen limiet)</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Gespreksopname</translation>
    </message>
</context>
<context>
    <name>centrale::ui::SettingsGroupForm</name>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
</context>
<context>
    <name>centrale::ui::SettingsPage</name>
    <message>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Engine settings</source>
        <translation>Engine-instellingen</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Instellingen &amp;opslaan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Carrier registration: the engine is not running</source>
        <translation>Registratie bij de provider: de engine draait niet</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet opgeslagen. %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved (%n changed).</source>
        <translation>
            <numerusform>Instellingen opgeslagen (%n gewijzigd).</numerusform>
            <numerusform>Instellingen opgeslagen (%n gewijzigd).</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier registration: none (set the carrier username here and the carrier password under Passwords)</source>
        <translation>Registratie bij provider: geen (stel hier de gebruikersnaam bij de provider in en het providerwachtwoord onder Wachtwoorden)</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Wachtwoorden</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <source>Save &amp;all keys</source>
        <translation>&amp;Alle sleutels opslaan</translation>
    </message>
</context>
<context>
    <name>centrale::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TraceDialog</name>
    <message>
        <source>SIP trace of call %1</source>
        <translation>SIP-trace van gesprek %1</translation>
    </message>
    <message>
        <source>Diagnostics of trunk %1</source>
        <translation>Diagnose van trunk %1</translation>
    </message>
    <message>
        <source>Diagnostics of phone account %1</source>
        <translation>Diagnose van toestelaccount %1</translation>
    </message>
    <message>
        <source>Loading the SIP trace...</source>
        <translation>SIP-trace laden...</translation>
    </message>
    <message>
        <source>Click an arrow to see the whole message.</source>
        <translation>Klik op een pijl om het hele bericht te zien.</translation>
    </message>
    <message>
        <source>SIP message</source>
        <translation>SIP-bericht</translation>
    </message>
    <message>
        <source>Save as pcap...</source>
        <translation>Opslaan als pcap...</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Verbinding controleren</translation>
    </message>
    <message>
        <source>%1  %2 → %3  (%4 bytes)</source>
        <translation>%1  %2 → %3  (%4 bytes)</translation>
    </message>
    <message>
        <source>No registrations or OPTIONS checks of this account in the SIP trace yet.</source>
        <translation>Nog geen registraties of OPTIONS-controles van dit account in de SIP-trace.</translation>
    </message>
    <message>
        <source>No SIP messages of this call in the trace (older than the trace keeps, or tracing was off).</source>
        <translation>Geen SIP-berichten van dit gesprek in de trace (ouder dan de trace bewaart, of tracing stond uit).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s). The final answer is drawn bold: green when it succeeded, red when not; a Warning&apos;s reason follows it. Click an arrow to see the whole message.</source>
        <translation>
            <numerusform>%n bericht. Het eindantwoord is vet weergegeven: groen als het gelukt is, rood als dat niet zo is; de reden uit een Warning staat erachter. Klik op een pijl om het hele bericht te zien.</numerusform>
            <numerusform>%n berichten. Het eindantwoord is vet weergegeven: groen als het gelukt is, rood als dat niet zo is; de reden uit een Warning staat erachter. Klik op een pijl om het hele bericht te zien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save SIP trace as pcap</source>
        <translation>SIP-trace opslaan als pcap</translation>
    </message>
    <message>
        <source>pcap files (*.pcap)</source>
        <translation>pcap-bestanden (*.pcap)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n message(s) to %1 (open it with Wireshark or sngrep -I).</source>
        <translation>
            <numerusform>%n bericht opgeslagen in %1 (open het met Wireshark of sngrep -I).</numerusform>
            <numerusform>%n berichten opgeslagen in %1 (open het met Wireshark of sngrep -I).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the connection...</source>
        <translation>Verbinding wordt gecontroleerd...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkAccountsPage</name>
    <message>
        <source>Enter a username.</source>
        <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message>
        <source>The primary and secondary account need different usernames.</source>
        <translation>De primaire en secundaire account hebben verschillende gebruikersnamen nodig.</translation>
    </message>
    <message>
        <source>A password needs 8 to 128 printable characters.</source>
        <translation>Een wachtwoord heeft 8 tot 128 afdrukbare tekens nodig.</translation>
    </message>
    <message>
        <source>Wizard - step 2/2</source>
        <translation>Wizard - stap 2/2</translation>
    </message>
    <message>
        <source>The SIP accounts your PBX registers with. Leave a password empty to keep it.</source>
        <translation>De SIP-accounts waarmee uw centrale registreert. Laat een wachtwoord leeg om het te behouden.</translation>
    </message>
    <message>
        <source>The SIP accounts your PBX registers with. Leave a password empty to generate one.</source>
        <translation>De SIP-accounts waarmee uw centrale registreert. Laat een wachtwoord leeg om er een te genereren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Primary account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primaire account&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secondary account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Secundaire account&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>U&amp;sername</source>
        <translation>Gebruiker&amp;snaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Wacht&amp;woord</translation>
    </message>
    <message>
        <source>SIP server address</source>
        <translation>Adres SIP-server</translation>
    </message>
    <message>
        <source>Primary username</source>
        <translation>Primaire gebruikersnaam</translation>
    </message>
    <message>
        <source>Secondary username</source>
        <translation>Secundaire gebruikersnaam</translation>
    </message>
    <message>
        <source>Primary password</source>
        <translation>Primair wachtwoord</translation>
    </message>
    <message>
        <source>Secondary password</source>
        <translation>Secundair wachtwoord</translation>
    </message>
    <message>
        <source>Primary SIP server address</source>
        <translation>Adres primaire SIP-server</translation>
    </message>
    <message>
        <source>Secondary SIP server address</source>
        <translation>Adres secundaire SIP-server</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkGeneralPage</name>
    <message>
        <source>Enter a name for the trunk.</source>
        <translation>Vul een naam in voor de trunk.</translation>
    </message>
    <message>
        <source>A trunk named &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een trunk met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add at least one IP address or subnet of the PBX.</source>
        <translation>Voeg minstens één IP-adres of subnet van de centrale toe.</translation>
    </message>
    <message>
        <source>Wizard - step 1/2</source>
        <translation>Wizard - stap 1/2</translation>
    </message>
    <message>
        <source>The trunk: its PBX, the addresses it connects from and its numbers.</source>
        <translation>De trunk: de centrale, de adressen waarvandaan ze verbindt en de nummers.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Simultaneous calls</source>
        <translation>&amp;Gelijktijdige gesprekken</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Merk</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation>Nummer&amp;formaat</translation>
    </message>
    <message>
        <source>&amp;IP addresses/subnets</source>
        <translation>&amp;IP-adressen/subnetten</translation>
    </message>
    <message>
        <source>N&amp;umbers</source>
        <translation>N&amp;ummers</translation>
    </message>
    <message>
        <source>Fail&amp;over to call plan</source>
        <translation>Fail&amp;over naar belplan</translation>
    </message>
    <message>
        <source>Trunk name</source>
        <translation>Naam van de trunk</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Gelijktijdige gesprekken</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>PBX model, e.g. 520</source>
        <translation>Model van de centrale, bijv. 520</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Nummerformaat</translation>
    </message>
    <message>
        <source>With + (+31502053031)</source>
        <translation>Met + (+31502053031)</translation>
    </message>
    <message>
        <source>Without + (31502053031)</source>
        <translation>Zonder + (31502053031)</translation>
    </message>
    <message>
        <source>How numbers are sent to your PBX and how the PBX must send them to us: in international format with a leading + or without it. Choose what your PBX expects.</source>
        <translation>Hoe nummers naar uw centrale worden gestuurd en hoe de centrale ze naar ons moet sturen: internationaal, met of zonder + vooraan. Kies wat uw centrale verwacht.</translation>
    </message>
    <message>
        <source>Failover to call plan</source>
        <translation>Failover naar belplan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkModel</name>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-adressen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Simultaneous calls</source>
        <translation>Gelijktijdige gesprekken</translation>
    </message>
    <message>
        <source>Primary account</source>
        <translation>Primaire account</translation>
    </message>
    <message>
        <source>Secondary account</source>
        <translation>Secundaire account</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkNumbersEditor</name>
    <message>
        <source>Inbound (DID) for +%1</source>
        <translation>Inkomend (DID) voor +%1</translation>
    </message>
    <message>
        <source>Caller ID for +%1</source>
        <translation>Nummerweergave voor +%1</translation>
    </message>
    <message>
        <source>Free number to add</source>
        <translation>Vrij nummer om toe te voegen</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Nummer toevoegen</translation>
    </message>
    <message>
        <source>Add the selected number</source>
        <translation>Het gekozen nummer toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove selected number</source>
        <translation>Gekozen nummer verwijderen</translation>
    </message>
    <message>
        <source>Numbers of this trunk</source>
        <translation>Nummers van deze trunk</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Inbound (DID)</source>
        <translation>Inkomend (DID)</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Nummerweergave</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkRegistrationModel</name>
    <message>
        <source>Up</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Uitgevallen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primair</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundair</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunkWizard</name>
    <message>
        <source>Trunk not saved</source>
        <translation>Trunk niet opgeslagen</translation>
    </message>
    <message>
        <source>Edit trunk %1</source>
        <translation>Trunk %1 wijzigen</translation>
    </message>
    <message>
        <source>New trunk</source>
        <translation>Nieuwe trunk</translation>
    </message>
    <message>
        <source>Saving the trunk and storing its passwords in %1...</source>
        <translation>Trunk opslaan en de wachtwoorden bewaren in %1...</translation>
    </message>
    <message>
        <source>Press Finish to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH to keep the passwords in a file readable only by you.</source>
        <translation>Klik opnieuw op Voltooien zodra de sleutelbos ontgrendeld is, of start Centrale met --secrets-file PAD om de wachtwoorden in een bestand te bewaren dat alleen jij kunt lezen.</translation>
    </message>
</context>
<context>
    <name>centrale::ui::TrunksPage</name>
    <message>
        <source>Delete trunk</source>
        <translation>Trunk verwijderen</translation>
    </message>
    <message>
        <source>Delete trunk &quot;%1&quot;? Its numbers become free and its PBX can no longer register.</source>
        <translation>Trunk &quot;%1&quot; verwijderen? De nummers worden vrij en de centrale kan niet meer registreren.</translation>
    </message>
    <message>
        <source>Trunk not deleted</source>
        <translation>Trunk niet verwijderd</translation>
    </message>
    <message>
        <source>&amp;New trunk...</source>
        <translation>&amp;Nieuwe trunk...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Wijzigen...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>New trunk</source>
        <translation>Nieuwe trunk</translation>
    </message>
    <message>
        <source>Edit selected trunk</source>
        <translation>Gekozen trunk wijzigen</translation>
    </message>
    <message>
        <source>Delete selected trunk</source>
        <translation>Gekozen trunk verwijderen</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporteren...</translation>
    </message>
    <message>
        <source>Export the selected trunk&apos;s PBX configuration</source>
        <translation>De PBX-configuratie van de gekozen trunk exporteren</translation>
    </message>
    <message>
        <source>Dia&amp;gnose...</source>
        <translation>Dia&amp;gnose...</translation>
    </message>
    <message>
        <source>Registrations and connection check of the selected trunk</source>
        <translation>Registraties en verbindingscontrole van de geselecteerde trunk</translation>
    </message>
    <message>
        <source>No trunks yet</source>
        <translation>Nog geen trunks</translation>
    </message>
    <message>
        <source>New trunk...</source>
        <translation>Nieuwe trunk...</translation>
    </message>
</context>
<context>
    <name>centrale::ui::UsageBar</name>
    <message>
        <source>%1 of %2 spent (%3 %)</source>
        <translation>%1 van %2 besteed (%3 %)</translation>
    </message>
    <message>
        <source>%1. Warning mails at %2 % and %3 %.</source>
        <translation>%1. Waarschuwingsmails bij %2 % en %3 %.</translation>
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
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Called number</source>
        <translation>Gekozen nummer</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
</context>
<context>
    <name>centrale::ui::VoicemailPanel</name>
    <message>
        <source>Greeting: this call plan&apos;s own recording.</source>
        <translation>Welkomstboodschap: de eigen opname van dit belplan.</translation>
    </message>
    <message>
        <source>Greeting: the default one (setting voicemail.language).</source>
        <translation>Welkomstboodschap: de standaardboodschap (instelling voicemail.language).</translation>
    </message>
    <message>
        <source>Message not played</source>
        <translation>Bericht niet afgespeeld</translation>
    </message>
    <message>
        <source>The file %1 is missing.</source>
        <translation>Het bestand %1 ontbreekt.</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <source>Delete the voicemail message from %1? Its recording is deleted too.</source>
        <translation>Het voicemailbericht van %1 verwijderen? De opname wordt ook verwijderd.</translation>
    </message>
    <message>
        <source>Message not deleted</source>
        <translation>Bericht niet verwijderd</translation>
    </message>
    <message>
        <source>Greeting for %1</source>
        <translation>Welkomstboodschap voor %1</translation>
    </message>
    <message>
        <source>WAV files (*.wav)</source>
        <translation>WAV-bestanden (*.wav)</translation>
    </message>
    <message>
        <source>Greeting not used</source>
        <translation>Welkomstboodschap niet gebruikt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Greeting not changed</source>
        <translation>Welkomstboodschap niet gewijzigd</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Voicemail of %1</source>
        <translation>Voicemail van %1</translation>
    </message>
    <message>
        <source>Voicemail messages</source>
        <translation>Voicemailberichten</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <source>Play the selected voicemail message</source>
        <translation>Gekozen voicemailbericht afspelen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>Bericht &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected voicemail message</source>
        <translation>Gekozen voicemailbericht verwijderen</translation>
    </message>
    <message>
        <source>&amp;Greeting...</source>
        <translation>&amp;Welkomstboodschap...</translation>
    </message>
    <message>
        <source>Upload a WAV greeting for this call plan&apos;s voicemail</source>
        <translation>Een WAV-welkomstboodschap uploaden voor de voicemail van dit belplan</translation>
    </message>
    <message>
        <source>Default greeting</source>
        <translation>Standaardboodschap</translation>
    </message>
    <message>
        <source>Voicemail is unavailable: %1. Calls that reach a voicemail step are answered 480 Temporarily Unavailable.</source>
        <translation>Voicemail is niet beschikbaar: %1. Gesprekken die een voicemailstap bereiken krijgen 480 Temporarily Unavailable.</translation>
    </message>
</context>
<context>
    <name>centralectl</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 moet een geheel getal van %2 tot %3 zijn, niet &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Name of the call plan.</source>
        <translation>Naam van het belplan.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Internal number, e.g. 3031.</source>
        <translation>Intern nummer, bijv. 3031.</translation>
    </message>
    <message>
        <source>DIGITS</source>
        <translation>CIJFERS</translation>
    </message>
    <message>
        <source>The number (E.164).</source>
        <translation>Het nummer (E.164).</translation>
    </message>
    <message>
        <source>E164</source>
        <translation>E164</translation>
    </message>
    <message>
        <source>Create a call plan.</source>
        <translation>Een belplan aanmaken.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is verplicht.</translation>
    </message>
    <message>
        <source>Created call plan &quot;%1&quot;</source>
        <translation>Belplan &quot;%1&quot; aangemaakt</translation>
    </message>
    <message>
        <source>Show one call plan.</source>
        <translation>Eén belplan tonen.</translation>
    </message>
    <message>
        <source>List call plans with their external numbers.</source>
        <translation>Belplannen met hun externe nummers tonen.</translation>
    </message>
    <message>
        <source>callplan show takes exactly one name.</source>
        <translation>callplan show neemt precies één naam.</translation>
    </message>
    <message>
        <source>(no external number)</source>
        <translation>(geen extern nummer)</translation>
    </message>
    <message>
        <source>Link a free number to a call plan.</source>
        <translation>Een vrij nummer aan een belplan koppelen.</translation>
    </message>
    <message>
        <source>--callplan and --number are required.</source>
        <translation>--callplan en --number zijn verplicht.</translation>
    </message>
    <message>
        <source>Linked +%1 to call plan &quot;%2&quot;</source>
        <translation>+%1 gekoppeld aan belplan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Unlink a number from its call plan, so that it becomes free.</source>
        <translation>Een nummer van zijn belplan ontkoppelen, zodat het vrij wordt.</translation>
    </message>
    <message>
        <source>--number is required.</source>
        <translation>--number is verplicht.</translation>
    </message>
    <message>
        <source>+%1 is now free</source>
        <translation>+%1 is nu vrij</translation>
    </message>
    <message>
        <source>Remove a call plan; its numbers become free.</source>
        <translation>Een belplan verwijderen; de nummers worden vrij.</translation>
    </message>
    <message>
        <source>callplan remove takes exactly one name.</source>
        <translation>callplan remove neemt precies één naam.</translation>
    </message>
    <message>
        <source>Removed call plan &quot;%1&quot;</source>
        <translation>Belplan &quot;%1&quot; verwijderd</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>Keep passwords in this 0600 file instead of the keychain (headless servers).</source>
        <translation>Wachtwoorden in dit 0600-bestand bewaren in plaats van de sleutelbos (servers zonder scherm).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Machineleesbare uitvoer.</translation>
    </message>
    <message>
        <source> (see: centralectl %1 --help)</source>
        <translation> (zie: centralectl %1 --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see: centralectl %2 --help).</source>
        <translation>Onverwacht argument &quot;%1&quot; (zie: centralectl %2 --help).</translation>
    </message>
    <message>
        <source>Add numbers owned by the customer; they start free.</source>
        <translation>Nummers van de klant toevoegen; ze beginnen vrij.</translation>
    </message>
    <message>
        <source>Numbers: +31501234567, 0031501234567, 31501234567 or 050 123 4567.</source>
        <translation>Nummers: +31501234567, 0031501234567, 31501234567 of 050 123 4567.</translation>
    </message>
    <message>
        <source>number add needs at least one number.</source>
        <translation>number add heeft minstens één nummer nodig.</translation>
    </message>
    <message>
        <source>Added +%1</source>
        <translation>+%1 toegevoegd</translation>
    </message>
    <message>
        <source>Only free numbers (linked to nothing).</source>
        <translation>Alleen vrije nummers (nergens aan gekoppeld).</translation>
    </message>
    <message>
        <source>List numbers and what each is linked to.</source>
        <translation>Nummers tonen en waaraan elk gekoppeld is.</translation>
    </message>
    <message>
        <source>Remove a free number.</source>
        <translation>Een vrij nummer verwijderen.</translation>
    </message>
    <message>
        <source>The number to remove.</source>
        <translation>Het te verwijderen nummer.</translation>
    </message>
    <message>
        <source>number remove takes exactly one number.</source>
        <translation>number remove neemt precies één nummer.</translation>
    </message>
    <message>
        <source>Removed +%1</source>
        <translation>+%1 verwijderd</translation>
    </message>
    <message>
        <source>Unknown action &quot;number %1&quot;; use add, list or remove.</source>
        <translation>Onbekende actie &quot;number %1&quot;; gebruik add, list of remove.</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line). Without it one is generated and printed once.</source>
        <translation>Lees het wachtwoord van standaardinvoer (één regel). Zonder wordt er een gegenereerd en eenmalig getoond.</translation>
    </message>
    <message>
        <source>The phone account&apos;s number; also its username.</source>
        <translation>Het nummer van het toestelaccount; ook de gebruikersnaam.</translation>
    </message>
    <message>
        <source>Allowed address or subnet (optional); repeat for more.</source>
        <translation>Toegestaan adres of subnet (optioneel); herhaal voor meer.</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Simultaneous calls (default 2).</source>
        <translation>Gelijktijdige gesprekken (standaard 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Create a phone account (toestelaccount).</source>
        <translation>Een toestelaccount aanmaken.</translation>
    </message>
    <message>
        <source>--password-stdin expects the password on the first line of standard input.</source>
        <translation>--password-stdin verwacht het wachtwoord op de eerste regel van standaardinvoer.</translation>
    </message>
    <message>
        <source>Created phone account +%1 (username %1)</source>
        <translation>Toestelaccount +%1 aangemaakt (gebruikersnaam %1)</translation>
    </message>
    <message>
        <source>Password: %1 (shown only now)</source>
        <translation>Wachtwoord: %1 (alleen nu getoond)</translation>
    </message>
    <message>
        <source>Set a new password for a phone account.</source>
        <translation>Een nieuw wachtwoord voor een toestelaccount instellen.</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>Het nummer.</translation>
    </message>
    <message>
        <source>phone password takes exactly one number.</source>
        <translation>phone password neemt precies één nummer.</translation>
    </message>
    <message>
        <source>New password: %1 (shown only now)</source>
        <translation>Nieuw wachtwoord: %1 (alleen nu getoond)</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Wachtwoord gewijzigd.</translation>
    </message>
    <message>
        <source>List phone accounts.</source>
        <translation>Toestelaccounts tonen.</translation>
    </message>
    <message>
        <source>(any address)</source>
        <translation>(elk adres)</translation>
    </message>
    <message>
        <source>Remove a phone account; its number becomes free.</source>
        <translation>Een toestelaccount verwijderen; het nummer wordt vrij.</translation>
    </message>
    <message>
        <source>phone remove takes exactly one number.</source>
        <translation>phone remove neemt precies één nummer.</translation>
    </message>
    <message>
        <source>Removed phone account +%1</source>
        <translation>Toestelaccount +%1 verwijderd</translation>
    </message>
    <message>
        <source>List every setting with its value.</source>
        <translation>Elke instelling met haar waarde tonen.</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (standaard)</translation>
    </message>
    <message>
        <source>Print one setting.</source>
        <translation>Eén instelling tonen.</translation>
    </message>
    <message>
        <source>The setting&apos;s key.</source>
        <translation>De sleutel van de instelling.</translation>
    </message>
    <message>
        <source>settings get takes exactly one key.</source>
        <translation>settings get neemt precies één sleutel.</translation>
    </message>
    <message>
        <source>Change one setting (validated).</source>
        <translation>Eén instelling wijzigen (gecontroleerd).</translation>
    </message>
    <message>
        <source>Key and new value.</source>
        <translation>Sleutel en nieuwe waarde.</translation>
    </message>
    <message>
        <source>settings set takes a key and a value.</source>
        <translation>settings set neemt een sleutel en een waarde.</translation>
    </message>
    <message>
        <source>--number: unknown flag &quot;:%1&quot;; use :in (inbound) and/or :cid (caller ID).</source>
        <translation>--number: onbekende vlag &quot;:%1&quot;; gebruik :in (inkomend) en/of :cid (nummerweergave).</translation>
    </message>
    <message>
        <source>Trunk name.</source>
        <translation>Naam van de trunk.</translation>
    </message>
    <message>
        <source>Simultaneous calls (1-%1).</source>
        <translation>Gelijktijdige gesprekken (1-%1).</translation>
    </message>
    <message>
        <source>PBX brand: %1.</source>
        <translation>Merk van de centrale: %1.</translation>
    </message>
    <message>
        <source>BRAND</source>
        <translation>MERK</translation>
    </message>
    <message>
        <source>PBX type or model.</source>
        <translation>Type of model van de centrale.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Number format the PBX sends: plus (+31…) or noplus (0031…/31…).</source>
        <translation>Nummerformaat dat de centrale stuurt: plus (+31…) of noplus (0031…/31…).</translation>
    </message>
    <message>
        <source>plus|noplus</source>
        <translation>plus|noplus</translation>
    </message>
    <message>
        <source>Allowed PBX address or subnet; repeat for more.</source>
        <translation>Toegestaan adres of subnet van de centrale; herhaal voor meer.</translation>
    </message>
    <message>
        <source>A free number for the trunk; :in = inbound, :cid = caller ID (default both).</source>
        <translation>Een vrij nummer voor de trunk; :in = inkomend, :cid = nummerweergave (standaard beide).</translation>
    </message>
    <message>
        <source>E164[:in][:cid]</source>
        <translation>E164[:in][:cid]</translation>
    </message>
    <message>
        <source>Call plan that takes calls the PBX does not answer.</source>
        <translation>Belplan dat gesprekken aanneemt die de centrale niet beantwoordt.</translation>
    </message>
    <message>
        <source>CALLPLAN</source>
        <translation>BELPLAN</translation>
    </message>
    <message>
        <source>Username of the primary account (default: first number).</source>
        <translation>Gebruikersnaam van de primaire account (standaard: eerste nummer).</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Username of the secondary account (default: first number-2).</source>
        <translation>Gebruikersnaam van de secundaire account (standaard: eerste nummer-2).</translation>
    </message>
    <message>
        <source>Read the primary, then the secondary password from standard input, one per line. Without it both are generated and printed once.</source>
        <translation>Lees het primaire en daarna het secundaire wachtwoord van standaardinvoer, één per regel. Zonder worden beide gegenereerd en eenmalig getoond.</translation>
    </message>
    <message>
        <source>Create a SIP trunk with its primary and secondary account.</source>
        <translation>Een SIP-trunk aanmaken met primaire en secundaire account.</translation>
    </message>
    <message>
        <source>--%1 is required (see: centralectl trunk add --help).</source>
        <translation>--%1 is verplicht (zie: centralectl trunk add --help).</translation>
    </message>
    <message>
        <source>--brand &quot;%1&quot; is not known; use one of: %2.</source>
        <translation>--brand &quot;%1&quot; is onbekend; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>--format must be plus or noplus, not &quot;%1&quot;.</source>
        <translation>--format moet plus of noplus zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A trunk without numbers needs --primary-user and --secondary-user.</source>
        <translation>Een trunk zonder nummers heeft --primary-user en --secondary-user nodig.</translation>
    </message>
    <message>
        <source>--password-stdin expects two lines: the primary and the secondary password.</source>
        <translation>--password-stdin verwacht twee regels: het primaire en het secundaire wachtwoord.</translation>
    </message>
    <message>
        <source>Created trunk &quot;%1&quot; (primary %2, secondary %3)</source>
        <translation>Trunk &quot;%1&quot; aangemaakt (primair %2, secundair %3)</translation>
    </message>
    <message>
        <source>Primary password:   %1</source>
        <translation>Primair wachtwoord:   %1</translation>
    </message>
    <message>
        <source>Secondary password: %1</source>
        <translation>Secundair wachtwoord: %1</translation>
    </message>
    <message>
        <source>These passwords are shown only now; they are kept in %1.</source>
        <translation>Deze wachtwoorden worden alleen nu getoond; ze worden bewaard in %1.</translation>
    </message>
    <message>
        <source>Show one trunk.</source>
        <translation>Eén trunk tonen.</translation>
    </message>
    <message>
        <source>List trunks.</source>
        <translation>Trunks tonen.</translation>
    </message>
    <message>
        <source>Name of the trunk.</source>
        <translation>Naam van de trunk.</translation>
    </message>
    <message>
        <source>trunk show takes exactly one name.</source>
        <translation>trunk show neemt precies één naam.</translation>
    </message>
    <message>
        <source>Remove a trunk; its numbers become free.</source>
        <translation>Een trunk verwijderen; de nummers worden vrij.</translation>
    </message>
    <message>
        <source>trunk remove takes exactly one name.</source>
        <translation>trunk remove neemt precies één naam.</translation>
    </message>
    <message>
        <source>Removed trunk &quot;%1&quot;</source>
        <translation>Trunk &quot;%1&quot; verwijderd</translation>
    </message>
    <message>
        <source>Trunk:             %1</source>
        <translation>Trunk:             %1</translation>
    </message>
    <message>
        <source>Brand / type:      %1 %2</source>
        <translation>Merk / type:       %1 %2</translation>
    </message>
    <message>
        <source>Simultaneous calls: %1</source>
        <translation>Gelijktijdige gesprekken: %1</translation>
    </message>
    <message>
        <source>Number format:     %1</source>
        <translation>Nummerformaat:     %1</translation>
    </message>
    <message>
        <source>with + (+31…)</source>
        <translation>met + (+31…)</translation>
    </message>
    <message>
        <source>without + (0031… or 31…)</source>
        <translation>zonder + (0031… of 31…)</translation>
    </message>
    <message>
        <source>IP addresses:      %1</source>
        <translation>IP-adressen:       %1</translation>
    </message>
    <message>
        <source>Failover:          %1</source>
        <translation>Failover:          %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Number:            +%1 %2 %3</source>
        <translation>Nummer:            +%1 %2 %3</translation>
    </message>
    <message>
        <source>[inbound]</source>
        <translation>[inkomend]</translation>
    </message>
    <message>
        <source>[caller ID]</source>
        <translation>[nummerweergave]</translation>
    </message>
    <message>
        <source>Primary account:   %1 @ %2</source>
        <translation>Primaire account:  %1 @ %2</translation>
    </message>
    <message>
        <source>Secondary account: %1 @ %2</source>
        <translation>Secundaire account: %1 @ %2</translation>
    </message>
    <message>
        <source>Numbers owned by the customer</source>
        <translation>Nummers van de klant</translation>
    </message>
    <message>
        <source>Call plans (belplannen)</source>
        <translation>Belplannen</translation>
    </message>
    <message>
        <source>SIP trunks with their two accounts</source>
        <translation>SIP-trunks met hun twee accounts</translation>
    </message>
    <message>
        <source>Phone accounts (toestelaccounts)</source>
        <translation>Toestelaccounts</translation>
    </message>
    <message>
        <source>Settings of the console and the engine</source>
        <translation>Instellingen van de console en de engine</translation>
    </message>
    <message>
        <source>Manage Centrale&apos;s trunks, numbers, call plans and engine from scripts.</source>
        <translation>Beheer de trunks, nummers, belplannen en engine van Centrale vanuit scripts.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see: centralectl --help).</source>
        <translation>Onbekende opdracht &quot;%1&quot; (zie: centralectl --help).</translation>
    </message>
    <message>
        <source>Secondary server address (default: setting sip.secondary).</source>
        <translation>Adres van de secundaire server (standaard: instelling sip.secondary).</translation>
    </message>
    <message>
        <source>Digest realm; must equal setting sip.realm.</source>
        <translation>Digest-realm; moet gelijk zijn aan instelling sip.realm.</translation>
    </message>
    <message>
        <source>Run the SIP engine in the foreground; one log line per event.</source>
        <translation>De SIP-engine op de voorgrond draaien; één logregel per gebeurtenis.</translation>
    </message>
    <message>
        <source>--realm differs from the stored realm; the passwords&apos; digests depend on it. Change it with: centralectl settings set sip.realm %1</source>
        <translation>--realm verschilt van de opgeslagen realm; de digests van de wachtwoorden hangen ervan af. Wijzig hem met: centralectl settings set sip.realm %1</translation>
    </message>
    <message>
        <source>Keep printing changes until interrupted.</source>
        <translation>Wijzigingen blijven tonen totdat het wordt onderbroken.</translation>
    </message>
    <message>
        <source>Registration status of every trunk account and phone account.</source>
        <translation>Registratiestatus van elke trunkaccount en elk toestelaccount.</translation>
    </message>
    <message>
        <source>engine: running (pid %1) on %2</source>
        <translation>engine: draait (pid %1) op %2</translation>
    </message>
    <message>
        <source>engine: not running (states below are as it left them)</source>
        <translation>engine: draait niet (de statussen hieronder zijn zoals de engine ze achterliet)</translation>
    </message>
    <message>
        <source>Source addresses blocked after failed logins.</source>
        <translation>Bronadressen die na mislukte aanmeldingen geblokkeerd zijn.</translation>
    </message>
    <message>
        <source>Lift the block on a source address.</source>
        <translation>De blokkade van een bronadres opheffen.</translation>
    </message>
    <message>
        <source>The blocked address.</source>
        <translation>Het geblokkeerde adres.</translation>
    </message>
    <message>
        <source>blocked lift takes exactly one address.</source>
        <translation>blocked lift neemt precies één adres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is geen IP-adres.</translation>
    </message>
    <message>
        <source>%1 is not blocked.</source>
        <translation>%1 is niet geblokkeerd.</translation>
    </message>
    <message>
        <source>Lifted the block on %1; a running engine applies it within a second.</source>
        <translation>Blokkade van %1 opgeheven; een draaiende engine past dit binnen een seconde toe.</translation>
    </message>
    <message>
        <source>Unknown action &quot;blocked %1&quot;; use list or lift.</source>
        <translation>Onbekende actie &quot;blocked %1&quot;; gebruik list of lift.</translation>
    </message>
    <message>
        <source>trunks and phone accounts</source>
        <translation>trunks en toestelaccounts</translation>
    </message>
    <message>
        <source>trunks</source>
        <translation>trunks</translation>
    </message>
    <message>
        <source>phone accounts</source>
        <translation>toestelaccounts</translation>
    </message>
    <message>
        <source>; default for %1</source>
        <translation>; standaard voor %1</translation>
    </message>
    <message>
        <source>Export this trunk.</source>
        <translation>Deze trunk exporteren.</translation>
    </message>
    <message>
        <source>Export this phone account.</source>
        <translation>Dit toestelaccount exporteren.</translation>
    </message>
    <message>
        <source>Export format (see --list-formats; default: the trunk brand&apos;s).</source>
        <translation>Exportformaat (zie --list-formats; standaard: dat van het merk van de trunk).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>Folder to write the files to (created when missing).</source>
        <translation>Map om de bestanden naar te schrijven (wordt aangemaakt als die ontbreekt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Write the passwords into the files (created 0600). Without it they hold placeholders.</source>
        <translation>De wachtwoorden in de bestanden schrijven (aangemaakt met 0600). Zonder bevatten ze plaatshouders.</translation>
    </message>
    <message>
        <source>Overwrite files that exist already.</source>
        <translation>Bestaande bestanden overschrijven.</translation>
    </message>
    <message>
        <source>List the export formats.</source>
        <translation>De exportformaten tonen.</translation>
    </message>
    <message>
        <source>Write the PBX configuration for a trunk or a phone account.</source>
        <translation>De configuratie van de centrale voor een trunk of een toestelaccount schrijven.</translation>
    </message>
    <message>
        <source>Give either --trunk NAME or --phone E164 (see: centralectl export --help).</source>
        <translation>Geef --trunk NAAM of --phone E164 (zie: centralectl export --help).</translation>
    </message>
    <message>
        <source>--out is required (see: centralectl export --help).</source>
        <translation>--out is verplicht (zie: centralectl export --help).</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not known; use one of: %2.</source>
        <translation>--format &quot;%1&quot; is onbekend; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>Exported %1 (%2 files) with passwords: the files are readable by you only (0600).</source>
        <translation>%1 geëxporteerd (%2 bestanden) met wachtwoorden: de bestanden zijn alleen door u leesbaar (0600).</translation>
    </message>
    <message>
        <source>Exported %1 (%2 files) without passwords; placeholders mark where they go.</source>
        <translation>%1 geëxporteerd (%2 bestanden) zonder wachtwoorden; plaatshouders geven aan waar ze moeten komen.</translation>
    </message>
    <message>
        <source>Source addresses blocked after failed logins</source>
        <translation>Bronadressen die na mislukte aanmeldingen geblokkeerd zijn</translation>
    </message>
    <message>
        <source>PBX configuration for a trunk or phone account</source>
        <translation>Configuratie van de centrale voor een trunk of toestelaccount</translation>
    </message>
    <message>
        <source>Run the SIP engine in the foreground</source>
        <translation>De SIP-engine op de voorgrond draaien</translation>
    </message>
    <message>
        <source>Live registration status of every account</source>
        <translation>Actuele registratiestatus van elke account</translation>
    </message>
    <message>
        <source>CSV output (header line, RFC 4180).</source>
        <translation>Uitvoer als CSV (met kopregel, RFC 4180).</translation>
    </message>
    <message>
        <source>At most N calls, newest first (default 1000).</source>
        <translation>Hoogstens N gesprekken, nieuwste eerst (standaard 1000).</translation>
    </message>
    <message>
        <source>Only calls whose caller, callee, account, trunk/phone or reason contains TEXT.</source>
        <translation>Alleen gesprekken waarvan beller, gebelde, account, trunk/toestel of reden TEXT bevat.</translation>
    </message>
    <message>
        <source>List the call log, newest first.</source>
        <translation>Toon de gesprekken, nieuwste eerst.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation>--json en --csv gaan niet samen.</translation>
    </message>
    <message>
        <source>Unknown action &quot;calls %1&quot;; use list.</source>
        <translation>Onbekende actie &quot;calls %1&quot;; gebruik list.</translation>
    </message>
    <message>
        <source>Replace the rate table with the rates in a CSV file (header: prefix,description,price_per_minute,setup_fee; prices in euro with a dot decimal). A file with any error changes nothing.</source>
        <translation>Vervang de tarieftabel door de tarieven uit een CSV-bestand (kopregel: prefix,description,price_per_minute,setup_fee; prijzen in euro met een punt als decimaalteken). Een bestand met een fout verandert niets.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Het CSV-bestand.</translation>
    </message>
    <message>
        <source>rates import takes exactly one file.</source>
        <translation>rates import verwacht precies één bestand.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed.</source>
        <translation>%1: %2; er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 holds no rates; nothing was changed.</source>
        <translation>%1 bevat geen tarieven; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Imported 1 rate from %1.</source>
        <translation>1 tarief geïmporteerd uit %1.</translation>
    </message>
    <message>
        <source>Imported %1 rates from %2.</source>
        <translation>%1 tarieven geïmporteerd uit %2.</translation>
    </message>
    <message>
        <source>List the rate table by prefix (euro per minute, setup fee).</source>
        <translation>Toon de tarieftabel per prefix (euro per minuut, starttarief).</translation>
    </message>
    <message>
        <source>Unknown action &quot;rates %1&quot;; use import or list.</source>
        <translation>Onbekende actie &quot;rates %1&quot;; gebruik import of list.</translation>
    </message>
    <message>
        <source>The rate table calls are priced with</source>
        <translation>De tarieftabel waarmee gesprekken worden geprijsd</translation>
    </message>
    <message>
        <source>The call log (gesprekken)</source>
        <translation>De gesprekken (call log)</translation>
    </message>
    <message>
        <source>Read the password from standard input (one line).</source>
        <translation>Lees het wachtwoord van standaardinvoer (één regel).</translation>
    </message>
    <message>
        <source>Store the upstream carrier&apos;s or the SMTP server&apos;s password in the keychain (or the secrets file).</source>
        <translation>Sla het wachtwoord van de upstream provider of de SMTP-server op in de sleutelbos (of het geheimenbestand).</translation>
    </message>
    <message>
        <source>Whose password.</source>
        <translation>Wiens wachtwoord.</translation>
    </message>
    <message>
        <source>settings password takes upstream or smtp.</source>
        <translation>settings password verwacht upstream of smtp.</translation>
    </message>
    <message>
        <source>settings password needs --password-stdin; passwords are never taken as arguments.</source>
        <translation>settings password heeft --password-stdin nodig; wachtwoorden worden nooit als argument aangenomen.</translation>
    </message>
    <message>
        <source>%1 password saved in %2.</source>
        <translation>Wachtwoord van %1 opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Unknown action &quot;settings %1&quot;; use list, get, set or password.</source>
        <translation>Onbekende actie &quot;settings %1&quot;; gebruik list, get, set of password.</translation>
    </message>
    <message>
        <source>ring %1 (%2 s)</source>
        <translation>%1 laten bellen (%2 s)</translation>
    </message>
    <message>
        <source>forward %1 (%2 s)</source>
        <translation>doorschakelen naar %1 (%2 s)</translation>
    </message>
    <message>
        <source>voicemail %1</source>
        <translation>voicemail %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>e-mail naar %1</translation>
    </message>
    <message>
        <source>hours %1, else end</source>
        <translation>openingstijden %1, anders einde</translation>
    </message>
    <message>
        <source>hours %1, else step %2</source>
        <translation>openingstijden %1, anders stap %2</translation>
    </message>
    <message>
        <source>Call plan &quot;%1&quot; has no steps.</source>
        <translation>Belplan &quot;%1&quot; heeft geen stappen.</translation>
    </message>
    <message>
        <source>Ring these phone accounts at once (repeat or comma-separate).</source>
        <translation>Deze toestelaccounts tegelijk laten bellen (herhaal of scheid met komma&apos;s).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TOESTEL</translation>
    </message>
    <message>
        <source>Forward to this external number.</source>
        <translation>Doorschakelen naar dit externe nummer.</translation>
    </message>
    <message>
        <source>Send the call to this voicemail box.</source>
        <translation>Het gesprek naar deze voicemailbox sturen.</translation>
    </message>
    <message>
        <source>BOXNAME</source>
        <translation>BOXNAAM</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Go on only within these opening hours, e.g. &quot;mon-fri 08:00-17:00; sat 10:00-12:00&quot;.</source>
        <translation>Alleen binnen deze openingstijden verdergaan, bijv. &quot;mon-fri 08:00-17:00; sat 10:00-12:00&quot;.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>TIJDEN</translation>
    </message>
    <message>
        <source>With --hours: the step to jump to outside opening hours (default: end of the plan).</source>
        <translation>Bij --hours: de stap waarnaar buiten openingstijden wordt gesprongen (standaard: einde van het belplan).</translation>
    </message>
    <message>
        <source>With --ring or --forward: seconds before the next step (5-300, default 20).</source>
        <translation>Bij --ring of --forward: seconden tot de volgende stap (5-300, standaard 20).</translation>
    </message>
    <message>
        <source>SECS</source>
        <translation>SEC</translation>
    </message>
    <message>
        <source>Insert at this position (default: append).</source>
        <translation>Op deze positie invoegen (standaard: achteraan toevoegen).</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITIE</translation>
    </message>
    <message>
        <source>Add a step to a call plan.</source>
        <translation>Een stap aan een belplan toevoegen.</translation>
    </message>
    <message>
        <source>--callplan is required.</source>
        <translation>--callplan is verplicht.</translation>
    </message>
    <message>
        <source>--%1 may be given only once.</source>
        <translation>--%1 mag maar één keer worden opgegeven.</translation>
    </message>
    <message>
        <source>Give the kind of step: --ring, --forward, --voicemail, --mail or --hours.</source>
        <translation>Geef de soort stap: --ring, --forward, --voicemail, --mail of --hours.</translation>
    </message>
    <message>
        <source>A step is of one kind; got %1.</source>
        <translation>Een stap is van één soort; opgegeven: %1.</translation>
    </message>
    <message>
        <source>--timeout goes with --ring or --forward only.</source>
        <translation>--timeout kan alleen samen met --ring of --forward.</translation>
    </message>
    <message>
        <source>--else goes with --hours only.</source>
        <translation>--else kan alleen samen met --hours.</translation>
    </message>
    <message>
        <source>Added step %1 to call plan &quot;%2&quot;: %3</source>
        <translation>Stap %1 toegevoegd aan belplan &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>List the steps of a call plan, numbered from 1.</source>
        <translation>De stappen van een belplan tonen, genummerd vanaf 1.</translation>
    </message>
    <message>
        <source>Remove a step from a call plan.</source>
        <translation>Een stap uit een belplan verwijderen.</translation>
    </message>
    <message>
        <source>Position of the step, from 1.</source>
        <translation>Positie van de stap, vanaf 1.</translation>
    </message>
    <message>
        <source>callplan step remove takes exactly one step number.</source>
        <translation>callplan step remove neemt precies één stapnummer.</translation>
    </message>
    <message>
        <source>The call plan has no steps to remove.</source>
        <translation>Het belplan heeft geen stappen om te verwijderen.</translation>
    </message>
    <message>
        <source>Step number must be from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Het stapnummer moet van 1 tot %1 zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Step %1 jumps to step %2 outside opening hours; remove or change step %1 first.</source>
        <translation>Stap %1 springt buiten openingstijden naar stap %2; verwijder of wijzig eerst stap %1.</translation>
    </message>
    <message>
        <source>Removed step %1 from call plan &quot;%2&quot;: %3</source>
        <translation>Stap %1 verwijderd uit belplan &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Unknown action &quot;callplan step %1&quot;; use add, list or remove.</source>
        <translation>Onbekende actie &quot;callplan step %1&quot;; gebruik add, list of remove.</translation>
    </message>
    <message>
        <source>Also show blocks that were lifted.</source>
        <translation>Ook opgeheven blokkades tonen.</translation>
    </message>
    <message>
        <source>Accounts blocked outbound by the fraud detector, with the reason and its figures.</source>
        <translation>Accounts waarvan de fraudedetectie de uitgaande gesprekken heeft geblokkeerd, met de reden en de cijfers.</translation>
    </message>
    <message>
        <source>No account is blocked by the fraud detector.</source>
        <translation>Er is geen account geblokkeerd door de fraudedetectie.</translation>
    </message>
    <message>
        <source>  (lifted %1)</source>
        <translation>  (opgeheven %1)</translation>
    </message>
    <message>
        <source>Allow outbound calls of an account the fraud detector blocked again.</source>
        <translation>Uitgaande gesprekken van een account die door de fraudedetectie is geblokkeerd weer toestaan.</translation>
    </message>
    <message>
        <source>Trunk name or phone account number.</source>
        <translation>Naam van de trunk of nummer van het toestelaccount.</translation>
    </message>
    <message>
        <source>fraud unblock takes exactly one account (trunk name or phone number).</source>
        <translation>fraud unblock neemt precies één account (naam van de trunk of telefoonnummer).</translation>
    </message>
    <message>
        <source>Unblocked %1; a running engine applies it within a second.</source>
        <translation>%1 gedeblokkeerd; een draaiende engine past dit binnen een seconde toe.</translation>
    </message>
    <message>
        <source>Unknown action &quot;fraud %1&quot;; use list or unblock.</source>
        <translation>Onbekende actie &quot;fraud %1&quot;; gebruik list of unblock.</translation>
    </message>
    <message>
        <source>%1  hour € %2  day € %3  week € %4  calls %5/%6/%7  cps %8  warn %9/%10  channels %11</source>
        <translation>%1  uur € %2  dag € %3  week € %4  gesprekken %5/%6/%7  cps %8  waarschuwing %9/%10  kanalen %11</translation>
    </message>
    <message>
        <source>trunk &quot;%1&quot;</source>
        <translation>trunk &quot;%1&quot;</translation>
    </message>
    <message>
        <source>phone account +%1</source>
        <translation>toestelaccount +%1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in euro (whole cents with a dot, like 12.50)</source>
        <translation>%1: &quot;%2&quot; is geen bedrag in euro (hele centen met een punt, zoals 12.50)</translation>
    </message>
    <message>
        <source>%1: give two levels like 80,95 with the first below the second, from 1 to 100 percent; not &quot;%2&quot;</source>
        <translation>%1: geef twee niveaus zoals 80,95, het eerste lager dan het tweede, van 1 tot 100 procent; niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4</source>
        <translation>%1 moet een geheel getal van %2 tot %3 zijn, niet %4</translation>
    </message>
    <message>
        <source>%1: %2 is not an amount in euro (whole cents, like 12.50)</source>
        <translation>%1: %2 is geen bedrag in euro (hele centen, zoals 12.50)</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;; known are trunk or phone, %3</source>
        <translation>%1: onbekende sleutel &quot;%2&quot;; bekend zijn trunk of phone, %3</translation>
    </message>
    <message>
        <source>--from-json: cannot read &quot;%1&quot;: %2</source>
        <translation>--from-json: kan &quot;%1&quot; niet lezen: %2</translation>
    </message>
    <message>
        <source>--from-json: not JSON (%1 at offset %2)</source>
        <translation>--from-json: geen JSON (%1 op positie %2)</translation>
    </message>
    <message>
        <source>The trunk, by name.</source>
        <translation>De trunk, op naam.</translation>
    </message>
    <message>
        <source>The phone account, by number.</source>
        <translation>Het toestelaccount, op nummer.</translation>
    </message>
    <message>
        <source>Give either --trunk or --phone, not both.</source>
        <translation>Geef --trunk of --phone, niet allebei.</translation>
    </message>
    <message>
        <source>--trunk needs a trunk name.</source>
        <translation>--trunk heeft de naam van een trunk nodig.</translation>
    </message>
    <message>
        <source>Show the spending and call limits of one trunk or phone account, or of all of them. Calls per hour/day/week 0 and cps 0 mean no limit.</source>
        <translation>De bedrag- en gesprekslimieten van één trunk of toestelaccount tonen, of van allemaal. Gesprekken per uur/dag/week 0 en cps 0 betekenen geen limiet.</translation>
    </message>
    <message>
        <source>There are no trunks or phone accounts yet.</source>
        <translation>Er zijn nog geen trunks of toestelaccounts.</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Most the account may spend per hour, in euro (12.50).</source>
        <translation>Hoogste bedrag dat de account per uur mag besteden, in euro (12.50).</translation>
    </message>
    <message>
        <source>Most the account may spend per day, in euro.</source>
        <translation>Hoogste bedrag dat de account per dag mag besteden, in euro.</translation>
    </message>
    <message>
        <source>Most the account may spend per week, in euro.</source>
        <translation>Hoogste bedrag dat de account per week mag besteden, in euro.</translation>
    </message>
    <message>
        <source>Most calls out per hour; 0 = no limit.</source>
        <translation>Maximaal aantal uitgaande gesprekken per uur; 0 = geen limiet.</translation>
    </message>
    <message>
        <source>Most calls out per day; 0 = no limit.</source>
        <translation>Maximaal aantal uitgaande gesprekken per dag; 0 = geen limiet.</translation>
    </message>
    <message>
        <source>Most calls out per week; 0 = no limit.</source>
        <translation>Maximaal aantal uitgaande gesprekken per week; 0 = geen limiet.</translation>
    </message>
    <message>
        <source>Most new calls per second (0-1000); 0 = no cap.</source>
        <translation>Maximaal aantal nieuwe gesprekken per seconde (0-1000); 0 = geen grens.</translation>
    </message>
    <message>
        <source>The two warning levels in percent of a limit, the first below the second.</source>
        <translation>De twee waarschuwingsniveaus in procenten van een limiet, het eerste lager dan het tweede.</translation>
    </message>
    <message>
        <source>80,95</source>
        <translation>80,95</translation>
    </message>
    <message>
        <source>Simultaneous calls (trunk 1-%1, phone account 1-100).</source>
        <translation>Gelijktijdige gesprekken (trunk 1-%1, toestelaccount 1-100).</translation>
    </message>
    <message>
        <source>Take the values from one object as `limits show --json` prints it (&quot;-&quot; = standard input); the options above go over it.</source>
        <translation>De waarden overnemen uit één object zoals `limits show --json` het toont (&quot;-&quot; = standaardinvoer); de opties hierboven hebben voorrang.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Change the limits of one trunk or phone account; options not given keep their value. A running engine applies them within a second.</source>
        <translation>De limieten van één trunk of toestelaccount wijzigen; opties die niet zijn opgegeven behouden hun waarde. Een draaiende engine past ze binnen een seconde toe.</translation>
    </message>
    <message>
        <source>--from-json: the object needs exactly one of &quot;trunk&quot; or &quot;phone&quot;.</source>
        <translation>--from-json: het object heeft precies één van &quot;trunk&quot; of &quot;phone&quot; nodig.</translation>
    </message>
    <message>
        <source>--from-json: &quot;trunk&quot; needs a trunk name.</source>
        <translation>--from-json: &quot;trunk&quot; heeft de naam van een trunk nodig.</translation>
    </message>
    <message>
        <source>--from-json names %1, the command line %2.</source>
        <translation>--from-json noemt %1, de opdrachtregel %2.</translation>
    </message>
    <message>
        <source>Give the account: --trunk NAME or --phone E164 (see: centralectl limits set --help).</source>
        <translation>Geef de account: --trunk NAAM of --phone E164 (zie: centralectl limits set --help).</translation>
    </message>
    <message>
        <source>Nothing to change: give --amount-hour, --amount-day, --amount-week, --calls-hour, --calls-day, --calls-week, --cps, --warn, --channels or --from-json.</source>
        <translation>Niets te wijzigen: geef --amount-hour, --amount-day, --amount-week, --calls-hour, --calls-day, --calls-week, --cps, --warn, --channels of --from-json.</translation>
    </message>
    <message>
        <source>Saved the limits of %1; a running engine applies it within a second.</source>
        <translation>Limieten van %1 opgeslagen; een draaiende engine past ze binnen een seconde toe.</translation>
    </message>
    <message>
        <source>phone account %1</source>
        <translation>toestelaccount %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;limits %1&quot;; use show or set.</source>
        <translation>Onbekende actie &quot;limits %1&quot;; gebruik show of set.</translation>
    </message>
    <message>
        <source>Accounts the fraud detector blocked outbound</source>
        <translation>Accounts waarvan de fraudedetectie de uitgaande gesprekken blokkeerde</translation>
    </message>
    <message>
        <source>Spending and call limits of trunks and phone accounts</source>
        <translation>Bedrag- en gesprekslimieten van trunks en toestelaccounts</translation>
    </message>
    <message>
        <source>--from-json: expected one object like `%1` prints</source>
        <translation>--from-json: verwacht één object zoals `%1` het afdrukt</translation>
    </message>
    <message>
        <source>expected text, not %1</source>
        <translation>verwacht tekst, niet %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>moet een geheel getal van %1 tot %2 zijn, niet %3</translation>
    </message>
    <message>
        <source>expected true or false, not %1</source>
        <translation>verwacht true of false, niet %1</translation>
    </message>
    <message>
        <source>expected a list of texts, not %1</source>
        <translation>verwacht een lijst met teksten, niet %1</translation>
    </message>
    <message>
        <source>expected a list of texts; %1 is not text</source>
        <translation>verwacht een lijst met teksten; %1 is geen tekst</translation>
    </message>
    <message>
        <source>  [change %1]</source>
        <translation>  [wijziging %1]</translation>
    </message>
    <message>
        <source>  undo of %1</source>
        <translation>  ongedaanmaking van %1</translation>
    </message>
    <message>
        <source>  undone by %1</source>
        <translation>  ongedaan gemaakt door %1</translation>
    </message>
    <message>
        <source>Undo a change: every entry of its change (or of its whole import) goes back to how it was, in one transaction. Refused, with the reason, when a later change depends on it or a password was changed.</source>
        <translation>Een wijziging ongedaan maken: elke regel van de wijziging (of van de hele import) gaat terug naar hoe die was, in één transactie. Wordt met opgave van reden geweigerd als een latere wijziging ervan afhangt of als er een wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>An entry id from centralectl audit.</source>
        <translation>Een regel-id uit centralectl audit.</translation>
    </message>
    <message>
        <source>audit undo takes exactly one entry id.</source>
        <translation>audit undo neemt precies één regel-id.</translation>
    </message>
    <message>
        <source>id: &quot;%1&quot; is not an audit entry id.</source>
        <translation>id: &quot;%1&quot; is geen regel-id van de auditlog.</translation>
    </message>
    <message>
        <source>Undid change %1 (%2 entries); the undo is change %3. A running engine applies it within a second.</source>
        <translation>Wijziging %1 ongedaan gemaakt (%2 regels); de ongedaanmaking is wijziging %3. Een draaiende engine past dit binnen een seconde toe.</translation>
    </message>
    <message>
        <source>Only changes since an ISO date/time (UTC) or for a time back: 30m, 2h, 7d, 2w.</source>
        <translation>Alleen wijzigingen sinds een ISO-datum/-tijd (UTC) of over een periode terug: 30m, 2h, 7d, 2w.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANNEER</translation>
    </message>
    <message>
        <source>Only one kind of object (%1), or one object: trunk:Kantoor, number:+31201234567.</source>
        <translation>Alleen één soort object (%1), of één object: trunk:Kantoor, number:+31201234567.</translation>
    </message>
    <message>
        <source>KIND[:ID]</source>
        <translation>SOORT[:ID]</translation>
    </message>
    <message>
        <source>Only changes made from console, cli, import, engine or external (another program).</source>
        <translation>Alleen wijzigingen vanuit console, cli, import, engine of external (een ander programma).</translation>
    </message>
    <message>
        <source>At most this many entries, newest first (default 1000).</source>
        <translation>Hoogstens zoveel regels, nieuwste eerst (standaard 1000).</translation>
    </message>
    <message>
        <source>Who changed what and when, newest first (secrets only as &quot;changed&quot;). Undo one with: centralectl audit undo ID.</source>
        <translation>Wie wat wanneer heeft gewijzigd, nieuwste eerst (geheimen alleen als &quot;gewijzigd&quot;). Maak er een ongedaan met: centralectl audit undo ID.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is neither an ISO date/time nor a time back like 2h or 7d.</source>
        <translation>--since: &quot;%1&quot; is geen ISO-datum/-tijd en ook geen periode terug zoals 2h of 7d.</translation>
    </message>
    <message>
        <source>--object: unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>--object: onbekende soort &quot;%1&quot;; gebruik een van %2.</translation>
    </message>
    <message>
        <source>--interface: use console, cli, import, engine or external.</source>
        <translation>--interface: gebruik console, cli, import, engine of external.</translation>
    </message>
    <message>
        <source>--limit: a whole number of 1 or more.</source>
        <translation>--limit: een geheel getal van 1 of meer.</translation>
    </message>
    <message>
        <source>No changes recorded that match.</source>
        <translation>Geen vastgelegde wijzigingen die overeenkomen.</translation>
    </message>
    <message>
        <source>Write the backup to this file (mode 0600; replaced if it exists).</source>
        <translation>Schrijf de back-up naar dit bestand (modus 0600; wordt vervangen als het bestaat).</translation>
    </message>
    <message>
        <source>Include the passwords from the keychain or secrets file, encrypted with a passphrase read from standard input.</source>
        <translation>Neem de wachtwoorden uit de sleutelbos of het geheimenbestand op, versleuteld met een wachtwoordzin die van standaardinvoer wordt gelezen.</translation>
    </message>
    <message>
        <source>--out: give the file to write the backup to.</source>
        <translation>--out: geef het bestand waarnaar de back-up wordt geschreven.</translation>
    </message>
    <message>
        <source>Passphrase for the secrets in the backup: </source>
        <translation>Wachtwoordzin voor de geheimen in de back-up: </translation>
    </message>
    <message>
        <source>--include-secrets: give a passphrase of at least %1 characters on the first line of standard input.</source>
        <translation>--include-secrets: geef een wachtwoordzin van minstens %1 tekens op de eerste regel van standaardinvoer.</translation>
    </message>
    <message>
        <source>Backup written to %1 (schema %2, %3 bytes, %4 secrets encrypted).</source>
        <translation>Back-up geschreven naar %1 (schema %2, %3 bytes, %4 geheimen versleuteld).</translation>
    </message>
    <message>
        <source>Backup written to %1 (schema %2, %3 bytes, without secrets).</source>
        <translation>Back-up geschreven naar %1 (schema %2, %3 bytes, zonder geheimen).</translation>
    </message>
    <message>
        <source>Not in the store, so not in the backup: %1</source>
        <translation>Niet in de opslag, dus niet in de back-up: %1</translation>
    </message>
    <message>
        <source>Restore the database only, even when the backup holds secrets.</source>
        <translation>Alleen de database terugzetten, ook als de back-up geheimen bevat.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Het back-upbestand.</translation>
    </message>
    <message>
        <source>restore takes exactly one backup file.</source>
        <translation>restore neemt precies één back-upbestand.</translation>
    </message>
    <message>
        <source>Passphrase of the secrets in the backup: </source>
        <translation>Wachtwoordzin van de geheimen in de back-up: </translation>
    </message>
    <message>
        <source>The backup holds encrypted secrets: give their passphrase on standard input, or use --skip-secrets.</source>
        <translation>De back-up bevat versleutelde geheimen: geef de wachtwoordzin op standaardinvoer, of gebruik --skip-secrets.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup (schema %2%3).</source>
        <translation>%1 teruggezet uit de back-up (schema %2%3).</translation>
    </message>
    <message>
        <source>, migrated to %1</source>
        <translation>, gemigreerd naar %1</translation>
    </message>
    <message>
        <source>%1 secrets restored.</source>
        <translation>%1 geheimen teruggezet.</translation>
    </message>
    <message>
        <source>The backup&apos;s secrets were skipped; the passwords in the store are unchanged.</source>
        <translation>De geheimen uit de back-up zijn overgeslagen; de wachtwoorden in de opslag zijn ongewijzigd.</translation>
    </message>
    <message>
        <source>Unknown action &quot;callplan %1&quot;; use add, list, show, set, link, unlink, remove or step.</source>
        <translation>Onbekende actie &quot;callplan %1&quot;; gebruik add, list, show, set, link, unlink, remove of step.</translation>
    </message>
    <message>
        <source>call plan &quot;%1&quot; has %2 e-mail steps; change them with: centralectl callplan step</source>
        <translation>belplan &quot;%1&quot; heeft %2 e-mailstappen; wijzig ze met: centralectl callplan step</translation>
    </message>
    <message>
        <source>New name of the call plan.</source>
        <translation>Nieuwe naam van het belplan.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NIEUW</translation>
    </message>
    <message>
        <source>Internal number, e.g. 3031; empty for none.</source>
        <translation>Intern nummer, bijv. 3031; leeg voor geen.</translation>
    </message>
    <message>
        <source>The external numbers that ring this plan, replacing the list (free numbers or the plan&apos;s own); repeat for more.</source>
        <translation>De externe nummers waarop dit plan overgaat, ter vervanging van de lijst (vrije nummers of die van het plan zelf); herhaal voor meer.</translation>
    </message>
    <message>
        <source>Unlink every external number; they become free.</source>
        <translation>Alle externe nummers ontkoppelen; ze worden vrij.</translation>
    </message>
    <message>
        <source>E-mail address(es) of the plan&apos;s e-mail step (comma-separated or repeated); a plan without one gets one at the end.</source>
        <translation>E-mailadres(sen) van de e-mailstap van het plan (kommagescheiden of herhaald); een plan zonder e-mailstap krijgt er een aan het eind.</translation>
    </message>
    <message>
        <source>expected a list as `callplan show --json` prints it, not %1</source>
        <translation>verwacht een lijst zoals `callplan show --json` die afdrukt, niet %1</translation>
    </message>
    <message>
        <source>Take the values from one object as `callplan show PLAN --json` prints it (&quot;-&quot; = standard input); the options above go over it.</source>
        <translation>Neem de waarden over uit één object zoals `callplan show PLAN --json` het afdrukt (&quot;-&quot; = standaardinvoer); de opties hierboven gaan daarvoor.</translation>
    </message>
    <message>
        <source>Change a call plan; what is not given keeps its value. Steps one by one: callplan step.</source>
        <translation>Een belplan wijzigen; wat niet is opgegeven behoudt zijn waarde. Stappen een voor een: callplan step.</translation>
    </message>
    <message>
        <source>callplan set takes exactly one name.</source>
        <translation>callplan set neemt precies één naam.</translation>
    </message>
    <message>
        <source>--from-json may be given only once.</source>
        <translation>--from-json mag maar één keer worden opgegeven.</translation>
    </message>
    <message>
        <source>Give either --number or --no-numbers, not both.</source>
        <translation>Geef --number of --no-numbers, niet allebei.</translation>
    </message>
    <message>
        <source>Nothing to change: give %1 or --from-json.</source>
        <translation>Niets te wijzigen: geef %1 of --from-json.</translation>
    </message>
    <message>
        <source>Saved call plan &quot;%1&quot;; a running engine applies it within a second.</source>
        <translation>Belplan &quot;%1&quot; opgeslagen; een draaiende engine past het binnen een seconde toe.</translation>
    </message>
    <message>
        <source>Destinations of %1 (started from preset: %2)</source>
        <translation>Bestemmingen van %1 (uitgegaan van set: %2)</translation>
    </message>
    <message>
        <source>  (no country allowed)</source>
        <translation>  (geen land toegestaan)</translation>
    </message>
    <message>
        <source>Allowed prefixes: %1</source>
        <translation>Toegestane prefixen: %1</translation>
    </message>
    <message>
        <source>Blocked prefixes: %1</source>
        <translation>Geblokkeerde prefixen: %1</translation>
    </message>
    <message>
        <source>Always blocked unless an allowed prefix covers them: %1</source>
        <translation>Altijd geblokkeerd, tenzij een toegestane prefix ze dekt: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number type; use %2.</source>
        <translation>&quot;%1&quot; is geen nummertype; gebruik %2.</translation>
    </message>
    <message>
        <source>expected a list, not %1</source>
        <translation>verwacht een lijst, niet %1</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 is niet %2</translation>
    </message>
    <message>
        <source>an object like {&quot;region&quot;: &quot;NL&quot;, &quot;types&quot;: [&quot;fixed&quot;]}</source>
        <translation>een object zoals {&quot;region&quot;: &quot;NL&quot;, &quot;types&quot;: [&quot;fixed&quot;]}</translation>
    </message>
    <message>
        <source>a prefix in quotes</source>
        <translation>een prefix tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>Start over from a preset: %1.</source>
        <translation>Opnieuw beginnen vanuit een set: %1.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Gebruik een van: %1.</translation>
    </message>
    <message>
        <source>Take a country off the list; repeat for more.</source>
        <translation>Een land van de lijst halen; herhaal voor meer.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>%1 is not on the list.</source>
        <translation>%1 staat niet op de lijst.</translation>
    </message>
    <message>
        <source>Allow these number types in a country (replacing its types), e.g. NL:fixed,mobile,freephone; the country alone allows fixed, mobile and freephone. Repeat for more.</source>
        <translation>Sta deze nummertypes toe in een land (ter vervanging van de types daar), bijv. NL:fixed,mobile,freephone; alleen het land staat fixed, mobile en freephone toe. Herhaal voor meer.</translation>
    </message>
    <message>
        <source>CC[:TYPE,…]</source>
        <translation>CC[:TYPE,…]</translation>
    </message>
    <message>
        <source>Allow numbers starting with this prefix, whatever the country rules say; repeat for more.</source>
        <translation>Sta nummers toe die met deze prefix beginnen, wat de landregels ook zeggen; herhaal voor meer.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>Block numbers starting with this prefix; repeat for more.</source>
        <translation>Blokkeer nummers die met deze prefix beginnen; herhaal voor meer.</translation>
    </message>
    <message>
        <source>Take a prefix off the allowed and blocked lists; repeat for more.</source>
        <translation>Een prefix van de lijsten met toegestane en geblokkeerde prefixen halen; herhaal voor meer.</translation>
    </message>
    <message>
        <source>+%1 is neither an allowed nor a blocked prefix.</source>
        <translation>+%1 is geen toegestane en geen geblokkeerde prefix.</translation>
    </message>
    <message>
        <source>Show where a trunk or phone account may call: countries with their number types, allowed and blocked prefixes.</source>
        <translation>Toon waar een trunk of toestelaccount naartoe mag bellen: landen met hun nummertypes, toegestane en geblokkeerde prefixen.</translation>
    </message>
    <message>
        <source>Give the account: --trunk NAME or --phone E164 (see: centralectl destinations show --help).</source>
        <translation>Geef de account: --trunk NAAM of --phone E164 (zie: centralectl destinations show --help).</translation>
    </message>
    <message>
        <source>Take the lists from one object as `destinations show --json` prints it (&quot;-&quot; = standard input); the options above go over it.</source>
        <translation>Neem de lijsten over uit één object zoals `destinations show --json` het afdrukt (&quot;-&quot; = standaardinvoer); de opties hierboven gaan daarvoor.</translation>
    </message>
    <message>
        <source>Change where a trunk or phone account may call; what is not given keeps its value. Options apply in this order: --preset, --disallow, --allow, the prefixes. A running engine applies the change within a second.</source>
        <translation>Wijzig waar een trunk of toestelaccount naartoe mag bellen; wat niet is opgegeven behoudt zijn waarde. De opties worden in deze volgorde toegepast: --preset, --disallow, --allow, de prefixen. Een draaiende engine past de wijziging binnen een seconde toe.</translation>
    </message>
    <message>
        <source>Give the account: --trunk NAME or --phone E164 (see: centralectl destinations set --help).</source>
        <translation>Geef de account: --trunk NAAM of --phone E164 (zie: centralectl destinations set --help).</translation>
    </message>
    <message>
        <source>Saved the destinations of %1; a running engine applies them within a second.</source>
        <translation>Bestemmingen van %1 opgeslagen; een draaiende engine past ze binnen een seconde toe.</translation>
    </message>
    <message>
        <source>Unknown action &quot;destinations %1&quot;; use show or set.</source>
        <translation>Onbekende actie &quot;destinations %1&quot;; gebruik show of set.</translation>
    </message>
    <message>
        <source>--from-json: unknown key &quot;%1&quot;; an object like `%2 --json` prints has: %3</source>
        <translation>--from-json: onbekende sleutel &quot;%1&quot;; een object zoals `%2 --json` het afdrukt heeft: %3</translation>
    </message>
    <message>
        <source>Unknown action &quot;phone %1&quot;; use add, list, show, set, password or remove.</source>
        <translation>Onbekende actie &quot;phone %1&quot;; gebruik add, list, show, set, password of remove.</translation>
    </message>
    <message>
        <source>Allowed address or subnet; repeat for more. Replaces the whole list.</source>
        <translation>Toegestaan adres of subnet; herhaal voor meer. Vervangt de hele lijst.</translation>
    </message>
    <message>
        <source>Empty the IP whitelist: the phone may register from any address.</source>
        <translation>De IP-whitelist leegmaken: het toestel mag zich vanaf elk adres registreren.</translation>
    </message>
    <message>
        <source>Add an address or subnet to the IP whitelist; repeat for more.</source>
        <translation>Een adres of subnet aan de IP-whitelist toevoegen; herhaal voor meer.</translation>
    </message>
    <message>
        <source>Remove an address or subnet from the IP whitelist; repeat for more.</source>
        <translation>Een adres of subnet uit de IP-whitelist verwijderen; herhaal voor meer.</translation>
    </message>
    <message>
        <source>%1 is not in the IP whitelist of phone account +%2.</source>
        <translation>%1 staat niet in de IP-whitelist van toestelaccount +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; choose one of: %2.</source>
        <translation>&quot;%1&quot; wordt niet ondersteund; kies een van: %2.</translation>
    </message>
    <message>
        <source>The phone&apos;s MAC address (any common notation; empty to remove).</source>
        <translation>Het MAC-adres van het toestel (elke gangbare notatie; leeg om te verwijderen).</translation>
    </message>
    <message>
        <source>The phone model, one of: %1.</source>
        <translation>Het toestelmodel, een van: %1.</translation>
    </message>
    <message>
        <source>The name the phone&apos;s display shows (default: the number).</source>
        <translation>De naam die het display van het toestel toont (standaard: het nummer).</translation>
    </message>
    <message>
        <source>expected an object as `phone show --json` prints it, not %1</source>
        <translation>verwacht een object zoals `phone show --json` het afdrukt, niet %1</translation>
    </message>
    <message>
        <source>Show one phone account.</source>
        <translation>Eén toestelaccount tonen.</translation>
    </message>
    <message>
        <source>phone show takes exactly one number.</source>
        <translation>phone show neemt precies één nummer.</translation>
    </message>
    <message>
        <source>Phone account:      +%1</source>
        <translation>Toestelaccount:     +%1</translation>
    </message>
    <message>
        <source>Username:           %1</source>
        <translation>Gebruikersnaam:     %1</translation>
    </message>
    <message>
        <source>IP addresses:       %1</source>
        <translation>IP-adressen:        %1</translation>
    </message>
    <message>
        <source>Take the values from one object as `phone show E164 --json` prints it (&quot;-&quot; = standard input); the options above go over it.</source>
        <translation>Neem de waarden over uit één object zoals `phone show E164 --json` het afdrukt (&quot;-&quot; = standaardinvoer); de opties hierboven gaan daarvoor.</translation>
    </message>
    <message>
        <source>Change a phone account; what is not given keeps its value. A running engine applies the change within a second. Password: phone password; limits: limits set; destinations: destinations set.</source>
        <translation>Een toestelaccount wijzigen; wat niet is opgegeven behoudt zijn waarde. Een draaiende engine past de wijziging binnen een seconde toe. Wachtwoord: phone password; limieten: limits set; bestemmingen: destinations set.</translation>
    </message>
    <message>
        <source>--no-ip empties the IP whitelist; do not give --ip or --add-ip with it.</source>
        <translation>--no-ip maakt de IP-whitelist leeg; geef daarbij geen --ip of --add-ip.</translation>
    </message>
    <message>
        <source>--from-json names phone account +%1, the command line +%2.</source>
        <translation>--from-json noemt toestelaccount +%1, de opdrachtregel +%2.</translation>
    </message>
    <message>
        <source>--number is required (see: centralectl phone set --help).</source>
        <translation>--number is verplicht (zie: centralectl phone set --help).</translation>
    </message>
    <message>
        <source>Saved phone account +%1; a running engine applies it within a second.</source>
        <translation>Toestelaccount +%1 opgeslagen; een draaiende engine past het binnen een seconde toe.</translation>
    </message>
    <message>
        <source>The phone&apos;s MAC address.</source>
        <translation>Het MAC-adres van het toestel.</translation>
    </message>
    <message>
        <source>Show the SIP password in clear (it is masked otherwise).</source>
        <translation>Toon het SIP-wachtwoord leesbaar (anders wordt het gemaskeerd).</translation>
    </message>
    <message>
        <source>Print the configuration files the phone with this MAC address fetches.</source>
        <translation>Druk de configuratiebestanden af die het toestel met dit MAC-adres ophaalt.</translation>
    </message>
    <message>
        <source>--mac is required.</source>
        <translation>--mac is verplicht.</translation>
    </message>
    <message>
        <source>Or the phone account&apos;s number.</source>
        <translation>Of het nummer van het toestelaccount.</translation>
    </message>
    <message>
        <source>Make a new HTTPS provisioning URL for a phone; it is shown only now and the old one stops working.</source>
        <translation>Maak een nieuwe HTTPS-provisioning-URL voor een toestel; die wordt alleen nu getoond en de oude werkt niet meer.</translation>
    </message>
    <message>
        <source>Give either --mac or --number.</source>
        <translation>Geef --mac of --number.</translation>
    </message>
    <message>
        <source>Token for +%1: %2 (shown only now; set provisioning.https to serve it)</source>
        <translation>Token voor +%1: %2 (alleen nu getoond; zet provisioning.https aan om het te serveren)</translation>
    </message>
    <message>
        <source>Provisioning URL for +%1: %2 (shown only now)</source>
        <translation>Provisioning-URL voor +%1: %2 (alleen nu getoond)</translation>
    </message>
    <message>
        <source>How many of the newest requests (default 50).</source>
        <translation>Hoeveel van de nieuwste verzoeken (standaard 50).</translation>
    </message>
    <message>
        <source>The newest provisioning requests, served and refused.</source>
        <translation>De nieuwste provisioningverzoeken, bediend en geweigerd.</translation>
    </message>
    <message>
        <source>Unknown action &quot;provisioning %1&quot;; use show, token or log.</source>
        <translation>Onbekende actie &quot;provisioning %1&quot;; gebruik show, token of log.</translation>
    </message>
    <message>
        <source>Unknown action &quot;trunk %1&quot;; use add, list, show, set, password or remove.</source>
        <translation>Onbekende actie &quot;trunk %1&quot;; gebruik add, list, show, set, password of remove.</translation>
    </message>
    <message>
        <source>%1 is not in the IP whitelist of %2.</source>
        <translation>%1 staat niet in de IP-whitelist van %2.</translation>
    </message>
    <message>
        <source>expected a list like [{&quot;number&quot;: &quot;+31…&quot;, &quot;inbound&quot;: true, &quot;caller_id&quot;: true}], not %1</source>
        <translation>verwacht een lijst zoals [{&quot;number&quot;: &quot;+31…&quot;, &quot;inbound&quot;: true, &quot;caller_id&quot;: true}], niet %1</translation>
    </message>
    <message>
        <source>each number needs &quot;number&quot; as text; not %1</source>
        <translation>elk nummer heeft &quot;number&quot; als tekst nodig; niet %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; known are username and server (which is the engine&apos;s and cannot be set here)</source>
        <translation>onbekende sleutel &quot;%1&quot;; bekend zijn username en server (die van de engine is en hier niet kan worden ingesteld)</translation>
    </message>
    <message>
        <source>expected an object like {&quot;username&quot;: &quot;…&quot;}, not %1</source>
        <translation>verwacht een object zoals {&quot;username&quot;: &quot;…&quot;}, niet %1</translation>
    </message>
    <message>
        <source>New name of the trunk.</source>
        <translation>Nieuwe naam van de trunk.</translation>
    </message>
    <message>
        <source>%1 is not a known brand; use one of: %2.</source>
        <translation>%1 is geen bekend merk; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>must be &quot;plus&quot; or &quot;noplus&quot;, not %1</source>
        <translation>moet &quot;plus&quot; of &quot;noplus&quot; zijn, niet %1</translation>
    </message>
    <message>
        <source>Allowed PBX address or subnet; repeat for more. Replaces the whole list.</source>
        <translation>Toegestaan adres of subnet van de centrale; herhaal voor meer. Vervangt de hele lijst.</translation>
    </message>
    <message>
        <source>The trunk&apos;s numbers, replacing the list; :in = inbound, :cid = caller ID (default both). Repeat for more.</source>
        <translation>De nummers van de trunk, ter vervanging van de lijst; :in = inkomend, :cid = nummerweergave (standaard beide). Herhaal voor meer.</translation>
    </message>
    <message>
        <source>Add a free number (or change the flags of one the trunk has); repeat for more.</source>
        <translation>Een vrij nummer toevoegen (of de vlaggen wijzigen van een nummer dat de trunk al heeft); herhaal voor meer.</translation>
    </message>
    <message>
        <source>Take a number off the trunk (it becomes free); repeat for more.</source>
        <translation>Een nummer van de trunk halen (het wordt vrij); herhaal voor meer.</translation>
    </message>
    <message>
        <source>+%1 is not a number of trunk &quot;%2&quot;.</source>
        <translation>+%1 is geen nummer van trunk &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>expected the name of a call plan or null, not %1</source>
        <translation>verwacht de naam van een belplan of null, niet %1</translation>
    </message>
    <message>
        <source>No failover: calls the PBX does not answer fail.</source>
        <translation>Geen failover: gesprekken die de centrale niet beantwoordt, mislukken.</translation>
    </message>
    <message>
        <source>Username of the primary account (renaming keeps its password).</source>
        <translation>Gebruikersnaam van de primaire account (hernoemen behoudt het wachtwoord).</translation>
    </message>
    <message>
        <source>Username of the secondary account (renaming keeps its password).</source>
        <translation>Gebruikersnaam van de secundaire account (hernoemen behoudt het wachtwoord).</translation>
    </message>
    <message>
        <source>expected an object as `trunk show --json` prints it, not %1</source>
        <translation>verwacht een object zoals `trunk show --json` het afdrukt, niet %1</translation>
    </message>
    <message>
        <source>Take the values from one object as `trunk show NAME --json` prints it (&quot;-&quot; = standard input); the options above go over it.</source>
        <translation>Neem de waarden over uit één object zoals `trunk show NAAM --json` het afdrukt (&quot;-&quot; = standaardinvoer); de opties hierboven gaan daarvoor.</translation>
    </message>
    <message>
        <source>Change a trunk; what is not given keeps its value. The same checks as the trunk wizard. A running engine applies the change within a second. Passwords: trunk password; limits: limits set; destinations: destinations set.</source>
        <translation>Een trunk wijzigen; wat niet is opgegeven behoudt zijn waarde. Dezelfde controles als de trunkwizard. Een draaiende engine past de wijziging binnen een seconde toe. Wachtwoorden: trunk password; limieten: limits set; bestemmingen: destinations set.</translation>
    </message>
    <message>
        <source>trunk set takes exactly one name.</source>
        <translation>trunk set neemt precies één naam.</translation>
    </message>
    <message>
        <source>Give either --failover or --no-failover, not both.</source>
        <translation>Geef --failover of --no-failover, niet allebei.</translation>
    </message>
    <message>
        <source>Nothing to change: give %1 or --from-json (see: centralectl trunk set --help).</source>
        <translation>Niets te wijzigen: geef %1 of --from-json (zie: centralectl trunk set --help).</translation>
    </message>
    <message>
        <source>Saved trunk &quot;%1&quot;; a running engine applies it within a second.</source>
        <translation>Trunk &quot;%1&quot; opgeslagen; een draaiende engine past hem binnen een seconde toe.</translation>
    </message>
    <message>
        <source>The primary account&apos;s password.</source>
        <translation>Het wachtwoord van de primaire account.</translation>
    </message>
    <message>
        <source>The secondary account&apos;s password.</source>
        <translation>Het wachtwoord van de secundaire account.</translation>
    </message>
    <message>
        <source>Read the new password from standard input (one line).</source>
        <translation>Lees het nieuwe wachtwoord van standaardinvoer (één regel).</translation>
    </message>
    <message>
        <source>Generate a strong password and print it once.</source>
        <translation>Genereer een sterk wachtwoord en toon het eenmalig.</translation>
    </message>
    <message>
        <source>Set a new password for one of a trunk&apos;s two accounts. The password goes to the keychain (or the --secrets-file), the database keeps only its digest (HA1).</source>
        <translation>Stel een nieuw wachtwoord in voor een van de twee accounts van een trunk. Het wachtwoord gaat naar de sleutelbos (of het --secrets-file), de database bewaart alleen de digest (HA1).</translation>
    </message>
    <message>
        <source>trunk password takes exactly one name.</source>
        <translation>trunk password neemt precies één naam.</translation>
    </message>
    <message>
        <source>Give either --primary or --secondary.</source>
        <translation>Geef --primary of --secondary.</translation>
    </message>
    <message>
        <source>Give either --password-stdin or --generate; passwords are never taken as arguments.</source>
        <translation>Geef --password-stdin of --generate; wachtwoorden worden nooit als argument aangenomen.</translation>
    </message>
    <message>
        <source>New password of %1 (%2): %3</source>
        <translation>Nieuw wachtwoord van %1 (%2): %3</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primair</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundair</translation>
    </message>
    <message>
        <source>It is shown only now; it is kept in %1.</source>
        <translation>Het wordt alleen nu getoond; het wordt bewaard in %1.</translation>
    </message>
    <message>
        <source>Password of %1 changed; the PBX must register with the new one.</source>
        <translation>Wachtwoord van %1 gewijzigd; de centrale moet zich met het nieuwe registreren.</translation>
    </message>
    <message>
        <source>Phone autoprovisioning: rendered files, HTTPS URLs, request log</source>
        <translation>Autoprovisioning van toestellen: gegenereerde bestanden, HTTPS-URL&apos;s, verzoekenlog</translation>
    </message>
    <message>
        <source>Where trunks and phone accounts may call (destination whitelist)</source>
        <translation>Waar trunks en toestelaccounts naartoe mogen bellen (bestemmingen-whitelist)</translation>
    </message>
    <message>
        <source>Who changed what, and undo of a change or an import</source>
        <translation>Wie wat heeft gewijzigd, en een wijziging of import ongedaan maken</translation>
    </message>
    <message>
        <source>SIP messages of a call or an account: ladder, JSON, pcap</source>
        <translation>SIP-berichten van een gesprek of account: ladder, JSON, pcap</translation>
    </message>
    <message>
        <source>Connection check: OPTIONS, NAT, SIP ALG, firewall</source>
        <translation>Verbindingscontrole: OPTIONS, NAT, SIP ALG, firewall</translation>
    </message>
    <message>
        <source>Write a consistent backup, also while the engine runs</source>
        <translation>Schrijf een consistente back-up, ook terwijl de engine draait</translation>
    </message>
    <message>
        <source>Replace the database by a backup&apos;s</source>
        <translation>Vervang de database door die uit een back-up</translation>
    </message>
    <message>
        <source>Every action has --help. Passwords are never taken as arguments: use --password-stdin or --generate.</source>
        <translation>Elke actie heeft --help. Wachtwoorden worden nooit als argument aangenomen: gebruik --password-stdin of --generate.</translation>
    </message>
    <message>
        <source>  [recorded]</source>
        <translation>  [opgenomen]</translation>
    </message>
    <message>
        <source>voicemail %1, mailed to %2</source>
        <translation>voicemail %1, gemaild naar %2</translation>
    </message>
    <message>
        <source>E-mail these addresses about the call (repeat or comma-separate); with --voicemail: where its messages are mailed.</source>
        <translation>Deze adressen e-mailen over het gesprek (herhalen of scheiden met komma&apos;s); met --voicemail: waar de berichten naartoe worden gemaild.</translation>
    </message>
    <message>
        <source>cluster synced (config %1): changed %2; %3 subscribers, %4 addresses, %5 htable entries, %6 dialplan rules</source>
        <translation>cluster gesynchroniseerd (configuratie %1): gewijzigd %2; %3 abonnees, %4 adressen, %5 htable-items, %6 dialplanregels</translation>
    </message>
    <message>
        <source>cluster in step (config %1): nothing to change</source>
        <translation>cluster loopt gelijk (configuratie %1): niets te wijzigen</translation>
    </message>
    <message>
        <source>created Kamailio&apos;s tables in the empty database</source>
        <translation>tabellen van Kamailio aangemaakt in de lege database</translation>
    </message>
    <message>
        <source>  %1: reloaded %2</source>
        <translation>  %1: %2 herladen</translation>
    </message>
    <message>
        <source>  %1: FAILED: %2</source>
        <translation>  %1: MISLUKT: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  waarschuwing: %1</translation>
    </message>
    <message>
        <source>How many recent calls from the cluster&apos;s call log to show (default 20).</source>
        <translation>Hoeveel recente gesprekken uit de gesprekkenlijst van het cluster tonen (standaard 20).</translation>
    </message>
    <message>
        <source>Engine mode, the cluster nodes&apos; health, registrations (location) and recent calls (acc).</source>
        <translation>Engine-modus, de status van de clusternodes, registraties (location) en recente gesprekken (acc).</translation>
    </message>
    <message>
        <source>--calls must be a whole number from 0 to 10000.</source>
        <translation>--calls moet een geheel getal van 0 tot 10000 zijn.</translation>
    </message>
    <message>
        <source>engine mode: %1</source>
        <translation>engine-modus: %1</translation>
    </message>
    <message>
        <source>database: %1%2</source>
        <translation>database: %1%2</translation>
    </message>
    <message>
        <source>node %1: up %2 s</source>
        <translation>node %1: %2 s actief</translation>
    </message>
    <message>
        <source>node %1: DOWN (%2)</source>
        <translation>node %1: ONBEREIKBAAR (%2)</translation>
    </message>
    <message>
        <source>Keep running: sync again whenever the configuration changes.</source>
        <translation>Blijven draaien: opnieuw synchroniseren zodra de configuratie wijzigt.</translation>
    </message>
    <message>
        <source>Write the trunks, accounts, whitelists and limits into the cluster&apos;s Kamailio tables and reload the nodes.</source>
        <translation>De trunks, toestelaccounts, whitelists en limieten in de Kamailio-tabellen van het cluster schrijven en de nodes herladen.</translation>
    </message>
    <message>
        <source>synced config %1: changed %2</source>
        <translation>configuratie %1 gesynchroniseerd: gewijzigd %2</translation>
    </message>
    <message>
        <source>Store the cluster database&apos;s password in the keychain (or the secrets file).</source>
        <translation>Het wachtwoord van de clusterdatabase opslaan in de sleutelbos (of het geheimenbestand).</translation>
    </message>
    <message>
        <source>cluster password needs --password-stdin; passwords are never taken as arguments.</source>
        <translation>cluster password vereist --password-stdin; wachtwoorden worden nooit als argument aangenomen.</translation>
    </message>
    <message>
        <source>Cluster database password saved in %1.</source>
        <translation>Wachtwoord van de clusterdatabase opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;cluster %1&quot;; use status, sync or password.</source>
        <translation>Onbekende actie &quot;cluster %1&quot;; gebruik status, sync of password.</translation>
    </message>
    <message>
        <source>Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: $CENTRALE_DB, else %1).</source>
        <translation>Database: een SQLite-bestand of postgresql://user@host:port/dbname (wachtwoord in ~/.pgpass; standaard: $CENTRALE_DB, anders %1).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use: calls.</source>
        <translation>Onbekende actie &quot;%1&quot;; gebruik: calls.</translation>
    </message>
    <message>
        <source>Days of history before today, 1 to 28 (default 7).</source>
        <translation>Aantal dagen geschiedenis vóór vandaag, 1 tot 28 (standaard 7).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same calls (default 1).</source>
        <translation>Seed voor het toeval; dezelfde seed geeft dezelfde gesprekken (standaard 1).</translation>
    </message>
    <message>
        <source>Fill an empty call log with plausible calls of the existing trunks and phone accounts, for demos and screenshots. Refused when the log already has calls.</source>
        <translation>Een lege gesprekkenlijst vullen met aannemelijke gesprekken van de bestaande trunks en toestelaccounts, voor demo&apos;s en screenshots. Geweigerd als de lijst al gesprekken bevat.</translation>
    </message>
    <message>
        <source>The call log already has calls (%1); demo calls go into an empty one only.</source>
        <translation>De gesprekkenlijst bevat al gesprekken (%1); demogesprekken gaan alleen in een lege lijst.</translation>
    </message>
    <message>
        <source>No trunk with a number and no phone account: add some first.</source>
        <translation>Geen trunk met een nummer en geen toestelaccount: voeg die eerst toe.</translation>
    </message>
    <message>
        <source>Demo calls added: %1.</source>
        <translation>Demogesprekken toegevoegd: %1.</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD%2, not &quot;%3&quot;.</source>
        <translation>--%1 moet een datum als YYYY-MM-DD%2 zijn, niet &quot;%3&quot;.</translation>
    </message>
    <message>
        <source> or none</source>
        <translation> of none</translation>
    </message>
    <message>
        <source>%1 must be a number as shown by migration show, not &quot;%2&quot;.</source>
        <translation>%1 moet een nummer zijn zoals migration show het toont, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Contact: %1   Language: %2   Created: %3</source>
        <translation>Contact: %1   Taal: %2   Aangemaakt: %3</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <source>Current contracts:</source>
        <translation>Huidige contracten:</translation>
    </message>
    <message>
        <source>  none yet (migration contract add)</source>
        <translation>  nog geen (migration contract add)</translation>
    </message>
    <message>
        <source>  #%1  %2  %3  ends %4, notice %5 days, cancel by %6</source>
        <translation>  #%1  %2  %3  loopt af %4, opzegtermijn %5 dagen, opzeggen uiterlijk %6</translation>
    </message>
    <message>
        <source>Numbers to port:</source>
        <translation>Te porteren nummers:</translation>
    </message>
    <message>
        <source>  +%1  wish date %2  porting date %3</source>
        <translation>  +%1  wensdatum %2  porteringsdatum %3</translation>
    </message>
    <message>
        <source>Test numbers: %1</source>
        <translation>Testnummers: %1</translation>
    </message>
    <message>
        <source>%1  %2  overdue task #%3: %4</source>
        <translation>%1  %2  te late taak #%3: %4</translation>
    </message>
    <message>
        <source>%1  %2  porting %3</source>
        <translation>%1  %2  portering %3</translation>
    </message>
    <message>
        <source>%1  %2  last day to cancel the contract with %3</source>
        <translation>%1  %2  laatste dag om het contract met %3 op te zeggen</translation>
    </message>
    <message>
        <source>Mark tasks of a migration project as done.</source>
        <translation>Taken van een migratieproject als klaar markeren.</translation>
    </message>
    <message>
        <source>Mark tasks as not done again.</source>
        <translation>Taken weer als niet klaar markeren.</translation>
    </message>
    <message>
        <source>Task numbers as migration show lists them (#12 or 12).</source>
        <translation>Taaknummers zoals migration show ze toont (#12 of 12).</translation>
    </message>
    <message>
        <source>migration task %1 needs at least one task number.</source>
        <translation>migration task %1 vereist minstens één taaknummer.</translation>
    </message>
    <message>
        <source>Done: #%1 %2</source>
        <translation>Klaar: #%1 %2</translation>
    </message>
    <message>
        <source>Not done: #%1 %2</source>
        <translation>Niet klaar: #%1 %2</translation>
    </message>
    <message>
        <source>Set or clear the due date of a task.</source>
        <translation>De deadline van een taak instellen of wissen.</translation>
    </message>
    <message>
        <source>Task number, and YYYY-MM-DD or none.</source>
        <translation>Taaknummer, en YYYY-MM-DD of none.</translation>
    </message>
    <message>
        <source>migration task due takes a task number and a date (YYYY-MM-DD or none).</source>
        <translation>migration task due neemt een taaknummer en een datum (YYYY-MM-DD of none).</translation>
    </message>
    <message>
        <source>#%1 %2 is due %3</source>
        <translation>#%1 %2 heeft deadline %3</translation>
    </message>
    <message>
        <source>#%1 %2 has no due date</source>
        <translation>#%1 %2 heeft geen deadline</translation>
    </message>
    <message>
        <source>Phase 1 (survey), 2 (order), 3 (implementation) or 4 (maintenance).</source>
        <translation>Fase 1 (inventarisatie), 2 (bestelling), 3 (implementatie) of 4 (beheer).</translation>
    </message>
    <message>
        <source>Who does it: customer, provider or both.</source>
        <translation>Wie het doet: customer, provider of both.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD).</source>
        <translation>Deadline (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Add a task to a phase of a migration project.</source>
        <translation>Een taak toevoegen aan een fase van een migratieproject.</translation>
    </message>
    <message>
        <source>The project&apos;s customer.</source>
        <translation>De klant van het project.</translation>
    </message>
    <message>
        <source>migration task add takes exactly one customer.</source>
        <translation>migration task add neemt precies één klant.</translation>
    </message>
    <message>
        <source>Added task #%1 to %2</source>
        <translation>Taak #%1 toegevoegd aan %2</translation>
    </message>
    <message>
        <source>Unknown action &quot;migration task %1&quot;; use done, undo, due or add.</source>
        <translation>Onbekende actie &quot;migration task %1&quot;; gebruik done, undo, due of add.</translation>
    </message>
    <message>
        <source>The current telecom provider.</source>
        <translation>De huidige telecomprovider.</translation>
    </message>
    <message>
        <source>Customer or contract number at that provider.</source>
        <translation>Klant- of contractnummer bij die provider.</translation>
    </message>
    <message>
        <source>When the contract ends or may end (YYYY-MM-DD).</source>
        <translation>Wanneer het contract afloopt of kan aflopen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Notice period in days (default 30).</source>
        <translation>Opzegtermijn in dagen (standaard 30).</translation>
    </message>
    <message>
        <source>Record a current contract with its end date and notice period.</source>
        <translation>Een huidig contract vastleggen met zijn einddatum en opzegtermijn.</translation>
    </message>
    <message>
        <source>migration contract add takes exactly one customer.</source>
        <translation>migration contract add neemt precies één klant.</translation>
    </message>
    <message>
        <source>--end-date: the contract&apos;s end date is required (YYYY-MM-DD).</source>
        <translation>--end-date: de einddatum van het contract is verplicht (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added contract #%1 with %2; cancel by %3</source>
        <translation>Contract #%1 met %2 toegevoegd; opzeggen uiterlijk %3</translation>
    </message>
    <message>
        <source>Remove a recorded contract.</source>
        <translation>Een vastgelegd contract verwijderen.</translation>
    </message>
    <message>
        <source>Contract number as migration show lists it.</source>
        <translation>Contractnummer zoals migration show het toont.</translation>
    </message>
    <message>
        <source>migration contract remove takes exactly one contract number.</source>
        <translation>migration contract remove neemt precies één contractnummer.</translation>
    </message>
    <message>
        <source>Removed contract #%1</source>
        <translation>Contract #%1 verwijderd</translation>
    </message>
    <message>
        <source>Unknown action &quot;migration contract %1&quot;; use add or remove.</source>
        <translation>Onbekende actie &quot;migration contract %1&quot;; gebruik add of remove.</translation>
    </message>
    <message>
        <source>The customer&apos;s wish date for porting (YYYY-MM-DD%1).</source>
        <translation>De wensdatum van de klant voor de portering (YYYY-MM-DD%1).</translation>
    </message>
    <message>
        <source>Test numbers (used before porting, not ported).</source>
        <translation>Testnummers (gebruikt vóór de portering, niet geporteerd).</translation>
    </message>
    <message>
        <source>Add numbers to port, or test numbers, to a migration project.</source>
        <translation>Te porteren nummers of testnummers aan een migratieproject toevoegen.</translation>
    </message>
    <message>
        <source>The project&apos;s customer, then the numbers.</source>
        <translation>De klant van het project, daarna de nummers.</translation>
    </message>
    <message>
        <source>migration number add takes a customer and at least one number.</source>
        <translation>migration number add neemt een klant en minstens één nummer.</translation>
    </message>
    <message>
        <source>number: </source>
        <translation>nummer: </translation>
    </message>
    <message>
        <source>Added test number +%1</source>
        <translation>Testnummer +%1 toegevoegd</translation>
    </message>
    <message>
        <source>Added +%1 to port</source>
        <translation>+%1 toegevoegd om te porteren</translation>
    </message>
    <message>
        <source>The definitive porting date (YYYY-MM-DD or none).</source>
        <translation>De definitieve porteringsdatum (YYYY-MM-DD of none).</translation>
    </message>
    <message>
        <source>Set the wish date or definitive porting date of a number to port.</source>
        <translation>De wensdatum of definitieve porteringsdatum van een te porteren nummer instellen.</translation>
    </message>
    <message>
        <source>The project&apos;s customer and the number.</source>
        <translation>De klant van het project en het nummer.</translation>
    </message>
    <message>
        <source>migration number set takes a customer and one number.</source>
        <translation>migration number set neemt een klant en één nummer.</translation>
    </message>
    <message>
        <source>migration number set needs --wish-date or --porting-date.</source>
        <translation>migration number set vereist --wish-date of --porting-date.</translation>
    </message>
    <message>
        <source>Updated +%1</source>
        <translation>+%1 bijgewerkt</translation>
    </message>
    <message>
        <source>Remove a number from a migration project.</source>
        <translation>Een nummer uit een migratieproject verwijderen.</translation>
    </message>
    <message>
        <source>migration number remove takes a customer and one number.</source>
        <translation>migration number remove neemt een klant en één nummer.</translation>
    </message>
    <message>
        <source>Unknown action &quot;migration number %1&quot;; use add, set or remove.</source>
        <translation>Onbekende actie &quot;migration number %1&quot;; gebruik add, set of remove.</translation>
    </message>
    <message>
        <source>The customer&apos;s contact person (signs the letter).</source>
        <translation>De contactpersoon van de klant (ondertekent de brief).</translation>
    </message>
    <message>
        <source>The customer&apos;s postal address for the letter (lines separated by \n).</source>
        <translation>Het postadres van de klant voor de brief (regels gescheiden door \n).</translation>
    </message>
    <message>
        <source>Language of tasks and letters: nl or en.</source>
        <translation>Taal van taken en brieven: nl of en.</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>De naam van de klant.</translation>
    </message>
    <message>
        <source>Start a PSTN/ISDN to SIP migration project; it gets the standard tasks of the four phases.</source>
        <translation>Een migratieproject van PSTN/ISDN naar SIP starten; het krijgt de standaardtaken van de vier fasen.</translation>
    </message>
    <message>
        <source>Added migration project %1 with %2 standard tasks</source>
        <translation>Migratieproject %1 toegevoegd met %2 standaardtaken</translation>
    </message>
    <message>
        <source>List migration projects with their status, phase and progress.</source>
        <translation>Migratieprojecten tonen met hun status, fase en voortgang.</translation>
    </message>
    <message>
        <source>No migration projects yet (migration add --customer NAME).</source>
        <translation>Nog geen migratieprojecten (migration add --customer NAAM).</translation>
    </message>
    <message>
        <source>Show a migration project: tasks per phase, contracts, numbers.</source>
        <translation>Een migratieproject tonen: taken per fase, contracten, nummers.</translation>
    </message>
    <message>
        <source>Remove a migration project with its tasks, contracts and numbers.</source>
        <translation>Een migratieproject verwijderen met zijn taken, contracten en nummers.</translation>
    </message>
    <message>
        <source>migration %1 takes exactly one customer.</source>
        <translation>migration %1 neemt precies één klant.</translation>
    </message>
    <message>
        <source>Removed migration project %1</source>
        <translation>Migratieproject %1 verwijderd</translation>
    </message>
    <message>
        <source>active, done or cancelled.</source>
        <translation>active, done of cancelled.</translation>
    </message>
    <message>
        <source>A new name for the customer.</source>
        <translation>Een nieuwe naam voor de klant.</translation>
    </message>
    <message>
        <source>Change a migration project&apos;s contact, address, language, status or customer name.</source>
        <translation>Contact, adres, taal, status of klantnaam van een migratieproject wijzigen.</translation>
    </message>
    <message>
        <source>migration set takes exactly one customer.</source>
        <translation>migration set neemt precies één klant.</translation>
    </message>
    <message>
        <source>Updated migration project %1</source>
        <translation>Migratieproject %1 bijgewerkt</translation>
    </message>
    <message>
        <source>How far ahead porting dates and cancellation deadlines count (default 14).</source>
        <translation>Hoeveel dagen vooruit porteringsdata en uiterste opzegdata meetellen (standaard 14).</translation>
    </message>
    <message>
        <source>Take this day as today (YYYY-MM-DD).</source>
        <translation>Deze dag als vandaag nemen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Overdue tasks, coming porting dates and cancellation deadlines of active projects.</source>
        <translation>Te late taken, komende porteringsdata en uiterste opzegdata van actieve projecten.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Niets vraagt aandacht.</translation>
    </message>
    <message>
        <source>Write the letter to this PDF file.</source>
        <translation>De brief naar dit PDF-bestand schrijven.</translation>
    </message>
    <message>
        <source>The provider the letter is for (needed when there are several contracts).</source>
        <translation>De provider voor wie de brief is (nodig als er meerdere contracten zijn).</translation>
    </message>
    <message>
        <source>The letter&apos;s date (default today, YYYY-MM-DD).</source>
        <translation>De datum van de brief (standaard vandaag, YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Write the cancellation and number porting letter to the current provider as PDF, in the project&apos;s language.</source>
        <translation>De opzeg- en porteringsbrief aan de huidige provider als PDF schrijven, in de taal van het project.</translation>
    </message>
    <message>
        <source>migration letter takes exactly one customer.</source>
        <translation>migration letter neemt precies één klant.</translation>
    </message>
    <message>
        <source>--out: give the PDF file to write.</source>
        <translation>--out: geef het PDF-bestand op om te schrijven.</translation>
    </message>
    <message>
        <source>Wrote the letter to %1 for %2</source>
        <translation>Brief voor %2 geschreven naar %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;migration %1&quot;; use add, list, show, set, remove, task, contract, number, attention or letter.</source>
        <translation>Onbekende actie &quot;migration %1&quot;; gebruik add, list, show, set, remove, task, contract, number, attention of letter.</translation>
    </message>
    <message>
        <source>The Kamailio cluster Centrale provisions: nodes, sync, database password</source>
        <translation>Het Kamailio-cluster dat Centrale inricht: nodes, synchronisatie, databasewachtwoord</translation>
    </message>
    <message>
        <source>Call recording of trunks and phone accounts (retention, announcement)</source>
        <translation>Gespreksopname van trunks en toestelaccounts (bewaartermijn, aankondiging)</translation>
    </message>
    <message>
        <source>Call recordings the engine made</source>
        <translation>Gespreksopnames die de engine heeft gemaakt</translation>
    </message>
    <message>
        <source>A week of plausible calls for a demo database</source>
        <translation>Een week aan aannemelijke gesprekken voor een demodatabase</translation>
    </message>
    <message>
        <source>PSTN/ISDN to SIP migration projects: tasks, contracts, porting, letters</source>
        <translation>Migratieprojecten van PSTN/ISDN naar SIP: taken, contracten, portering, brieven</translation>
    </message>
    <message>
        <source>Voicemail messages of call plans, and their greetings</source>
        <translation>Voicemailberichten van belplannen, en hun welkomstboodschappen</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>moet een datum zijn als JJJJ-MM-DD, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The trunk to set.</source>
        <translation>De in te stellen trunk.</translation>
    </message>
    <message>
        <source>The phone account to set (its E.164 number).</source>
        <translation>Het in te stellen toestelaccount (het E.164-nummer ervan).</translation>
    </message>
    <message>
        <source>Set the default for trunks and phone accounts without their own setting.</source>
        <translation>De standaard instellen voor trunks en toestelaccounts zonder eigen instelling.</translation>
    </message>
    <message>
        <source>off, or the days recordings are kept: 30, 90 or 365.</source>
        <translation>off, of het aantal dagen dat opnamen worden bewaard: 30, 90 of 365.</translation>
    </message>
    <message>
        <source>Play &quot;this call may be recorded&quot; before the call is connected.</source>
        <translation>&quot;Dit gesprek kan worden opgenomen&quot; afspelen voordat het gesprek wordt doorverbonden.</translation>
    </message>
    <message>
        <source>No announcement.</source>
        <translation>Geen aankondiging.</translation>
    </message>
    <message>
        <source>Forget the trunk&apos;s or phone account&apos;s own setting: the default applies again.</source>
        <translation>De eigen instelling van de trunk of het toestelaccount vergeten: de standaard geldt weer.</translation>
    </message>
    <message>
        <source>Call recording of a trunk, a phone account, or the default.</source>
        <translation>Gespreksopname van een trunk, een toestelaccount of de standaard.</translation>
    </message>
    <message>
        <source>recording set needs exactly one of --trunk NAME, --phone E164 or --default.</source>
        <translation>recording set vereist precies één van --trunk NAAM, --phone E164 of --default.</translation>
    </message>
    <message>
        <source>--announce and --no-announce exclude each other.</source>
        <translation>--announce en --no-announce sluiten elkaar uit.</translation>
    </message>
    <message>
        <source>--use-default goes with --trunk or --phone alone.</source>
        <translation>--use-default hoort alleen bij --trunk of --phone, zonder andere opties.</translation>
    </message>
    <message>
        <source>Nothing to set: give --retention, --announce or --no-announce.</source>
        <translation>Niets in te stellen: geef --retention, --announce of --no-announce.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>de standaard</translation>
    </message>
    <message>
        <source>trunk %1</source>
        <translation>trunk %1</translation>
    </message>
    <message>
        <source>Recording of %1: retention %2, announcement %3; a running engine applies it within a second.</source>
        <translation>Opname voor %1: bewaartermijn %2, aankondiging %3; een draaiende engine past dit binnen een seconde toe.</translation>
    </message>
    <message>
        <source>as the default</source>
        <translation>zoals de standaard</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>The default recording setting and every trunk&apos;s and phone account&apos;s own.</source>
        <translation>De standaardinstelling voor opnamen en de eigen instelling van elke trunk en elk toestelaccount.</translation>
    </message>
    <message>
        <source>default: retention %1, announcement %2</source>
        <translation>standaard: bewaartermijn %1, aankondiging %2</translation>
    </message>
    <message>
        <source>retention %1, announcement %2</source>
        <translation>bewaartermijn %1, aankondiging %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>Only recordings started on or after this day.</source>
        <translation>Alleen opnamen die op of na deze dag zijn gestart.</translation>
    </message>
    <message>
        <source>Only recordings started on or before this day.</source>
        <translation>Alleen opnamen die op of vóór deze dag zijn gestart.</translation>
    </message>
    <message>
        <source>The call recordings the engine made, oldest first.</source>
        <translation>De gespreksopnamen die de engine heeft gemaakt, oudste eerst.</translation>
    </message>
    <message>
        <source>No recordings.</source>
        <translation>Geen opnamen.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Eerste dag van de periode.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Laatste dag van de periode.</translation>
    </message>
    <message>
        <source>Folder the recordings and recordings.xlsx are written to.</source>
        <translation>Map waarnaar de opnamen en recordings.xlsx worden geschreven.</translation>
    </message>
    <message>
        <source>Copies the recordings of a period with a spreadsheet (call ID, start, caller, callee, account, duration, file).</source>
        <translation>Kopieert de opnamen van een periode, met een spreadsheet (gesprek-ID, start, beller, gebelde, account, duur, bestand).</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <source>--to: must not be before --from.</source>
        <translation>--to: mag niet vóór --from liggen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recording(s) to %1 with %2.</source>
        <translation>
            <numerusform>%n opname geëxporteerd naar %1 met %2.</numerusform>
            <numerusform>%n opnamen geëxporteerd naar %1 met %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1 (its file is gone)</source>
        <translation>ontbreekt: %1 (het bestand is weg)</translation>
    </message>
    <message>
        <source>Deletes the recordings whose retention period has ended now (the engine also does this every hour).</source>
        <translation>Verwijdert de opnamen waarvan de bewaartermijn nu is verstreken (de engine doet dit ook elk uur).</translation>
    </message>
    <message>
        <source>deleted %1 (call %2, %3)</source>
        <translation>%1 verwijderd (gesprek %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n expired recording(s) deleted.</source>
        <translation>
            <numerusform>%n verlopen opname verwijderd.</numerusform>
            <numerusform>%n verlopen opnamen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown action &quot;recording %1&quot;; use set or show.</source>
        <translation>Onbekende actie &quot;recording %1&quot;; gebruik set of show.</translation>
    </message>
    <message>
        <source>Unknown action &quot;recordings %1&quot;; use list, export or purge.</source>
        <translation>Onbekende actie &quot;recordings %1&quot;; gebruik list, export of purge.</translation>
    </message>
    <message>
        <source>Only the messages of this call plan.</source>
        <translation>Alleen de berichten van dit belplan.</translation>
    </message>
    <message>
        <source>Voicemail messages, newest first, with the WAV file of each.</source>
        <translation>Voicemailberichten, nieuwste eerst, elk met het bijbehorende WAV-bestand.</translation>
    </message>
    <message>
        <source>No voicemail messages.</source>
        <translation>Geen voicemailberichten.</translation>
    </message>
    <message>
        <source>Delete a voicemail message and its WAV file.</source>
        <translation>Een voicemailbericht en het bijbehorende WAV-bestand verwijderen.</translation>
    </message>
    <message>
        <source>The message&apos;s id (voicemail list).</source>
        <translation>Het id van het bericht (voicemail list).</translation>
    </message>
    <message>
        <source>voicemail delete takes exactly one message id.</source>
        <translation>voicemail delete vereist precies één bericht-id.</translation>
    </message>
    <message>
        <source>id: &quot;%1&quot; is not a message id (a positive whole number).</source>
        <translation>id: &quot;%1&quot; is geen bericht-id (een positief geheel getal).</translation>
    </message>
    <message>
        <source>Deleted voicemail message %1.</source>
        <translation>Voicemailbericht %1 verwijderd.</translation>
    </message>
    <message>
        <source>The call plan whose greeting this is.</source>
        <translation>Het belplan waarvan dit de welkomstboodschap is.</translation>
    </message>
    <message>
        <source>A WAV file (16-bit PCM or G.711, mono or stereo, 8-48 kHz, at most 60 s); stored as 8 kHz mono.</source>
        <translation>Een WAV-bestand (16-bit PCM of G.711, mono of stereo, 8-48 kHz, hoogstens 60 s); opgeslagen als 8 kHz mono.</translation>
    </message>
    <message>
        <source>WAV</source>
        <translation>WAV</translation>
    </message>
    <message>
        <source>Go back to the default greeting (voicemail.language).</source>
        <translation>Terug naar de standaardwelkomstboodschap (voicemail.language).</translation>
    </message>
    <message>
        <source>Set the greeting a call plan&apos;s voicemail plays before it records.</source>
        <translation>De welkomstboodschap instellen die de voicemail van een belplan afspeelt voordat de opname begint.</translation>
    </message>
    <message>
        <source>--plan is required.</source>
        <translation>--plan is verplicht.</translation>
    </message>
    <message>
        <source>Give either --file WAV or --default.</source>
        <translation>Geef --file WAV of --default.</translation>
    </message>
    <message>
        <source>file: cannot read %1: %2</source>
        <translation>file: kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>file: %1</translation>
    </message>
    <message>
        <source>Call plan %1 greets with its own recording.</source>
        <translation>Belplan %1 gebruikt een eigen opname als welkomstboodschap.</translation>
    </message>
    <message>
        <source>Call plan %1 greets with the default greeting.</source>
        <translation>Belplan %1 gebruikt de standaardwelkomstboodschap.</translation>
    </message>
    <message>
        <source>Unknown action &quot;voicemail %1&quot;; use list, delete or greeting.</source>
        <translation>Onbekende actie &quot;voicemail %1&quot;; gebruik list, delete of greeting.</translation>
    </message>
    <message>
        <source>The call with this Call-ID (the call log&apos;s call_id): both legs.</source>
        <translation>Het gesprek met deze Call-ID (de call_id uit de gesprekkenlijst): beide legs.</translation>
    </message>
    <message>
        <source>The registrations and OPTIONS checks of this SIP account (username, or a trunk name for both its accounts).</source>
        <translation>De registraties en OPTIONS-controles van dit SIP-account (gebruikersnaam, of een trunknaam voor beide accounts).</translation>
    </message>
    <message>
        <source>Write the messages as a pcap file (tcpdump, Wireshark, sngrep -I) instead.</source>
        <translation>De berichten in plaats daarvan als pcap-bestand schrijven (tcpdump, Wireshark, sngrep -I).</translation>
    </message>
    <message>
        <source>Overwrite the pcap file if it exists.</source>
        <translation>Het pcap-bestand overschrijven als het bestaat.</translation>
    </message>
    <message>
        <source>With --account: at most N messages, the newest (default 60).</source>
        <translation>Met --account: hoogstens N berichten, de nieuwste (standaard 60).</translation>
    </message>
    <message>
        <source>Show the SIP messages of a call or an account as a ladder (sequence), JSON or pcap.</source>
        <translation>De SIP-berichten van een gesprek of account tonen als ladder (sequentie), JSON of pcap.</translation>
    </message>
    <message>
        <source>Give either --call CALL_ID or --account USER.</source>
        <translation>Geef --call CALL_ID of --account USER op.</translation>
    </message>
    <message>
        <source>--call needs a Call-ID.</source>
        <translation>--call heeft een Call-ID nodig.</translation>
    </message>
    <message>
        <source>No SIP messages of call %1 in the trace (older than the trace keeps, or tracing was off).</source>
        <translation>Geen SIP-berichten van gesprek %1 in de trace (ouder dan de trace bewaart, of tracing stond uit).</translation>
    </message>
    <message>
        <source>No registrations of %1 in the trace.</source>
        <translation>Geen registraties van %1 in de trace.</translation>
    </message>
    <message>
        <source>%1 messages written to %2</source>
        <translation>%1 berichten geschreven naar %2</translation>
    </message>
    <message>
        <source>Check this trunk (both accounts).</source>
        <translation>Deze trunk controleren (beide accounts).</translation>
    </message>
    <message>
        <source>Check this phone account (its number, E.164 without +).</source>
        <translation>Dit toestelaccount controleren (het nummer, E.164 zonder +).</translation>
    </message>
    <message>
        <source>Milliseconds to wait for the OPTIONS answer (default 1500; 0 = send none).</source>
        <translation>Milliseconden wachten op het OPTIONS-antwoord (standaard 1500; 0 = niets verzenden).</translation>
    </message>
    <message>
        <source>Connection check: OPTIONS with round-trip time, NAT and SIP ALG signs in the last REGISTER and INVITE, advice and firewall openings.</source>
        <translation>Verbindingscontrole: OPTIONS met round-trip-tijd, tekenen van NAT en SIP ALG in de laatste REGISTER en INVITE, advies en te openen firewallpoorten.</translation>
    </message>
    <message>
        <source>Give either --trunk NAME or --phone E164.</source>
        <translation>Geef --trunk NAME of --phone E164 op.</translation>
    </message>
    <message>
        <source>Leave out the recordings, voicemail messages and call plan greetings (included by default).</source>
        <translation>Laat de opnames, voicemailberichten en begroetingen van belplannen weg (standaard meegenomen).</translation>
    </message>
    <message>
        <source>Write a consistent backup of the database, also while the engine runs. Passwords are not in it unless --include-secrets. The recordings, voicemail messages and call plan greetings beside the database (its recordings/ and voicemail/ folders) are in it too unless --without-media: the backup grows by the size of those folders, about 58 MB per recorded hour (twice that with recording.split = 1) and 1 MB per voicemail minute.</source>
        <translation>Schrijf een consistente back-up van de database, ook terwijl de engine draait. Wachtwoorden staan er niet in, tenzij --include-secrets. De opnames, voicemailberichten en begroetingen van belplannen naast de database (de mappen recordings/ en voicemail/) staan er ook in, tenzij --without-media: de back-up groeit met de grootte van die mappen, ongeveer 58 MB per opgenomen uur (het dubbele met recording.split = 1) en 1 MB per voicemailminuut.</translation>
    </message>
    <message>
        <source>Media included: %1 files, %2 bytes (recordings, voicemail messages, greetings).</source>
        <translation>Media meegenomen: %1 bestanden, %2 bytes (opnames, voicemailberichten, begroetingen).</translation>
    </message>
    <message>
        <source>Leave the recordings, voicemail messages and greetings beside the database as they are.</source>
        <translation>Laat de opnames, voicemailberichten en begroetingen naast de database zoals ze zijn.</translation>
    </message>
    <message>
        <source>Replace the database by the one in a backup (stop the engine first). Refuses a damaged backup or one from a newer Centrale and then changes nothing. Secrets in the backup are restored with the passphrase from standard input; its recordings, voicemail messages and greetings are put beside the database (mode 0600), other files there are left alone.</source>
        <translation>Vervang de database door die in een back-up (stop eerst de engine). Weigert een beschadigde back-up of een van een nieuwere Centrale en wijzigt dan niets. Geheimen in de back-up worden teruggezet met de wachtzin van standaardinvoer; de opnames, voicemailberichten en begroetingen worden naast de database gezet (modus 0600), andere bestanden daar blijven ongemoeid.</translation>
    </message>
    <message>
        <source>Some media files could not be put in place: %1</source>
        <translation>Sommige mediabestanden konden niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>%1 media files restored (recordings, voicemail messages, greetings).</source>
        <translation>%1 mediabestanden teruggezet (opnames, voicemailberichten, begroetingen).</translation>
    </message>
    <message>
        <source>The backup&apos;s media were skipped; the files beside the database are unchanged.</source>
        <translation>De media van de back-up zijn overgeslagen; de bestanden naast de database zijn ongewijzigd.</translation>
    </message>
    <message>
        <source>cluster call log not read (showing what was booked before): %1</source>
        <translation>gesprekkenlijst van het cluster niet gelezen (getoond wat eerder is geboekt): %1</translation>
    </message>
    <message>
        <source>guard: %1 calls booked from acc; blocked: %2</source>
        <translation>bewaking: %1 gesprekken geboekt uit acc; geblokkeerd: %2</translation>
    </message>
    <message>
        <source>Primary server address (default: setting sip.primary; in cluster mode cluster.appserver when set).</source>
        <translation>Adres van de primaire server (standaard: instelling sip.primary; in clustermodus cluster.appserver indien ingesteld).</translation>
    </message>
    <message>
        <source>engine: Kamailio cluster, %1 of %2 nodes up (%3)</source>
        <translation>engine: Kamailio-cluster, %1 van %2 nodes actief (%3)</translation>
    </message>
    <message>
        <source>Call recording and voicemail are unavailable: %1.</source>
        <translation>Gespreksopname en voicemail zijn niet beschikbaar: %1.</translation>
    </message>
</context>
</TS>
