<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CheckReport</name>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="125"/>
        <source>Cluster
</source>
        <translation>Cluster
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="126"/>
        <source>
Database &quot;%1&quot;
</source>
        <translation>
Datenbank &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="132"/>
        <source> (blocking)</source>
        <translation> (blockierend)</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="66"/>
        <source>
Plan
</source>
        <translation>
Plan
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="79"/>
        <source>  Excluded: %1
</source>
        <translation>  Ausgeschlossen: %1
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="136"/>
        <source> (not blocking: the plan below says which databases use the dump method)</source>
        <translation> (nicht blockierend: der Plan unten nennt die Datenbanken, die die Dump-Methode verwenden)</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="156"/>
        <source>
Error: </source>
        <translation>
Fehler: </translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="160"/>
        <source>
Ready to migrate.
</source>
        <translation>
Bereit zur Migration.
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="161"/>
        <source>
Not ready: fix the blocking checks above.
</source>
        <translation>
Nicht bereit: Beheben Sie die oben genannten blockierenden Prüfungen.
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="95"/>
        <location filename="../engine/state/StateWords.cpp" line="58"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="96"/>
        <location filename="../engine/state/StateWords.cpp" line="61"/>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="97"/>
        <location filename="../engine/state/StateWords.cpp" line="64"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="98"/>
        <location filename="../engine/state/StateWords.cpp" line="67"/>
        <source>SKIP</source>
        <translation>ENTFÄLLT</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="150"/>
        <source>Fix: </source>
        <translation>Abhilfe: </translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../engine/checks/CheckList.cpp" line="17"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckList.cpp" line="28"/>
        <source>not needed: the dump method was chosen. </source>
        <translation>nicht nötig: Die Dump-Methode wurde gewählt. </translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="12"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="107"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="13"/>
        <source>Connected as %1, PostgreSQL %2.</source>
        <translation>Verbunden als %1, PostgreSQL %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="23"/>
        <source>Check the user name and password.</source>
        <translation>Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="28"/>
        <source>Check the SSL mode: the server may not support SSL (try sslmode prefer or disable), or the certificate does not match.</source>
        <translation>Prüfen Sie den SSL-Modus: Der Server unterstützt SSL womöglich nicht (versuchen Sie sslmode prefer oder disable), oder das Zertifikat passt nicht.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="33"/>
        <source>Allow this host in the server&apos;s pg_hba.conf and reload it.</source>
        <translation>Erlauben Sie diesen Host in der pg_hba.conf des Servers und laden Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="37"/>
        <source>Check the host name.</source>
        <translation>Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="40"/>
        <source>Something accepted the connection but did not answer as PostgreSQL: check the host and port, and any proxy or firewall.</source>
        <translation>Etwas hat die Verbindung angenommen, aber nicht wie PostgreSQL geantwortet: Prüfen Sie Host und Port sowie etwaige Proxys oder Firewalls.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="44"/>
        <source>Check the host, the port, and that the server accepts TCP connections (listen_addresses, firewall).</source>
        <translation>Prüfen Sie Host und Port und ob der Server TCP-Verbindungen annimmt (listen_addresses, Firewall).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="58"/>
        <source>Source server reachable</source>
        <translation>Quellserver erreichbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="64"/>
        <source>Target server reachable</source>
        <translation>Zielserver erreichbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="77"/>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="83"/>
        <source>Source and target differ</source>
        <translation>Quelle und Ziel sind verschieden</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="79"/>
        <source>Could not tell: </source>
        <translation>Nicht feststellbar: </translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="85"/>
        <source>The source and the target are the same server.</source>
        <translation>Quelle und Ziel sind derselbe Server.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="87"/>
        <source>The target does not see our source session.</source>
        <translation>Das Ziel sieht unsere Sitzung auf der Quelle nicht.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="89"/>
        <source>Give a different target server.</source>
        <translation>Geben Sie einen anderen Zielserver an.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="23"/>
        <source>In database %1, as each schema&apos;s owner: %2</source>
        <translation>In der Datenbank %1, als Eigentümer des jeweiligen Schemas: %2</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="26"/>
        <source> Or, for every database at once: GRANT pg_read_all_data TO %1;</source>
        <translation> Oder für alle Datenbanken auf einmal: GRANT pg_read_all_data TO %1;</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="37"/>
        <source>As a superuser (or a role with ADMIN on it) on the target: GRANT pg_create_subscription TO %1; (it then subscribes itself, with CREATE on the database), or install aiven_extras there; otherwise the dump method is used.</source>
        <translation>Als Superuser (oder als Rolle mit ADMIN darauf) auf dem Ziel: GRANT pg_create_subscription TO %1; (dann abonniert er selbst, mit CREATE auf der Datenbank), oder installieren Sie dort aiven_extras; andernfalls wird die Dump-Methode verwendet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="45"/>
        <source>On the target: GRANT CREATE ON DATABASE %1 TO %2; otherwise the dump method is used.</source>
        <translation>Auf dem Ziel: GRANT CREATE ON DATABASE %1 TO %2; andernfalls wird die Dump-Methode verwendet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="50"/>
        <source>Give the source user&apos;s password (in the source URI or PGMIGRATE_SOURCE_PASSWORD), and have the source ask for it from the target&apos;s address (pg_hba.conf: scram-sha-256 or md5, not trust, peer or cert); otherwise the dump method is used.</source>
        <translation>Geben Sie das Passwort des Quellbenutzers an (in der Quell-URI oder in PGMIGRATE_SOURCE_PASSWORD) und lassen Sie die Quelle es von der Adresse des Ziels verlangen (pg_hba.conf: scram-sha-256 oder md5, nicht trust, peer oder cert); andernfalls wird die Dump-Methode verwendet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="67"/>
        <source>On Aiven, run CREATE EXTENSION aiven_extras CASCADE; as %1 (or avnadmin) in the target database %2; otherwise the dump method is used.</source>
        <translation>Führen Sie auf Aiven CREATE EXTENSION aiven_extras CASCADE; als %1 (oder avnadmin) in der Zieldatenbank %2 aus; andernfalls wird die Dump-Methode verwendet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="76"/>
        <source>Connect as a superuser, or run CREATE EXTENSION aiven_extras CASCADE; in this database on the side named; otherwise the dump method is used.</source>
        <translation>Verbinden Sie sich als Superuser, oder führen Sie CREATE EXTENSION aiven_extras CASCADE; in dieser Datenbank auf der genannten Seite aus; andernfalls wird die Dump-Methode verwendet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="86"/>
        <source>Rename it on the source, connected to another database: DO $$DECLARE d name; BEGIN SELECT datname INTO d FROM pg_database WHERE decode(replace(datname::text, &apos;\&apos;, &apos;\\&apos;), &apos;escape&apos;) = &apos;\x%1&apos;; EXECUTE format(&apos;ALTER DATABASE %I RENAME TO %I&apos;, d, &apos;new_name&apos;); END$$; or exclude it: --exclude-db &apos;%2&apos;.</source>
        <translation>Benennen Sie sie auf der Quelle um, verbunden mit einer anderen Datenbank: DO $$DECLARE d name; BEGIN SELECT datname INTO d FROM pg_database WHERE decode(replace(datname::text, &apos;\&apos;, &apos;\\&apos;), &apos;escape&apos;) = &apos;\x%1&apos;; EXECUTE format(&apos;ALTER DATABASE %I RENAME TO %I&apos;, d, &apos;new_name&apos;); END$$; oder schließen Sie sie aus: --exclude-db &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="105"/>
        <source>Source database reachable</source>
        <translation>Quelldatenbank erreichbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="110"/>
        <source>GRANT CONNECT ON DATABASE %1 TO %2; or exclude the database.</source>
        <translation>GRANT CONNECT ON DATABASE %1 TO %2; oder schließen Sie die Datenbank aus.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="125"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="142"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="150"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="164"/>
        <source>Target database</source>
        <translation>Zieldatenbank</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="127"/>
        <source>Does not exist on the target yet; it will be created.</source>
        <translation>Existiert auf dem Ziel noch nicht; sie wird angelegt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="130"/>
        <source>Does not exist on the target, and %1 may not create databases.</source>
        <translation>Existiert auf dem Ziel nicht, und %1 darf keine Datenbanken anlegen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="136"/>
        <source>ALTER ROLE %1 CREATEDB; on the target, or create the database there first.</source>
        <translation>ALTER ROLE %1 CREATEDB; auf dem Ziel, oder legen Sie die Datenbank dort vorher an.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="144"/>
        <source>GRANT CONNECT ON DATABASE %1 TO %2; on the target.</source>
        <translation>GRANT CONNECT ON DATABASE %1 TO %2; auf dem Ziel.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="151"/>
        <source>Exists and %1 of its %2 tables hold data: the migration will not copy over them (that would duplicate rows) unless told to empty them first.</source>
        <translation>Existiert, und %1 ihrer %2 Tabellen enthalten Daten: Die Migration kopiert nicht darüber (das würde Zeilen verdoppeln), es sei denn, sie soll sie vorher leeren.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="157"/>
        <source>Migrate into an empty database, or replace their contents: --if-exists truncate on the command line, Start over in the wizard.</source>
        <translation>Migrieren Sie in eine leere Datenbank, oder ersetzen Sie deren Inhalt: --if-exists truncate auf der Kommandozeile, „Neu beginnen“ im Assistenten.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="165"/>
        <source>Exists and holds no data (%1 tables).</source>
        <translation>Existiert und enthält keine Daten (%1 Tabellen).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="185"/>
        <source>Languages available on the target</source>
        <translation>Sprachen auf dem Ziel verfügbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="189"/>
        <source>Only built-in languages.</source>
        <translation>Nur eingebaute Sprachen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="190"/>
        <source>All available: %1.</source>
        <translation>Alle verfügbar: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="192"/>
        <source>Missing on the target: %1.</source>
        <translation>Fehlen auf dem Ziel: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="196"/>
        <source>Install the language packages on the target server.</source>
        <translation>Installieren Sie die Sprachpakete auf dem Zielserver.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="225"/>
        <source>%1 %2 (target has %3)</source>
        <translation>%1 %2 (Ziel hat %3)</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="240"/>
        <source>Not available on the target: %1. </source>
        <translation>Auf dem Ziel nicht verfügbar: %1. </translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="244"/>
        <source>Older on the target: %1.</source>
        <translation>Auf dem Ziel älter: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="249"/>
        <source>Extensions available on the target</source>
        <translation>Erweiterungen auf dem Ziel verfügbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="251"/>
        <source>No extensions.</source>
        <translation>Keine Erweiterungen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="252"/>
        <source>Available: %1.</source>
        <translation>Verfügbar: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="257"/>
        <source>Install the extension packages on the target server, at the source&apos;s version or newer.</source>
        <translation>Installieren Sie die Erweiterungspakete auf dem Zielserver, in der Version der Quelle oder neuer.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="262"/>
        <source>Extensions installable on the target</source>
        <translation>Erweiterungen auf dem Ziel installierbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="265"/>
        <source>Each is installed, or installable by %1.</source>
        <translation>Jede ist installiert oder von %1 installierbar.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="267"/>
        <source>%1 may not install: %2 (not superuser, not trusted, not allow-listed).</source>
        <translation>%1 darf nicht installieren: %2 (kein Superuser, nicht vertrauenswürdig (trusted), nicht freigegeben).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="273"/>
        <source>Have a superuser run CREATE EXTENSION in the target database first, or allow-list them.</source>
        <translation>Lassen Sie einen Superuser vorher CREATE EXTENSION in der Zieldatenbank ausführen, oder geben Sie die Erweiterungen frei.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="293"/>
        <source>Privileges for logical replication</source>
        <translation>Rechte für logische Replikation</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="296"/>
        <location filename="../engine/checks/ServerChecks.cpp" line="109"/>
        <source>Source: %1. Target: %2.</source>
        <translation>Quelle: %1. Ziel: %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="297"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="303"/>
        <source>superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="299"/>
        <source>owner of every table (it publishes them itself)</source>
        <translation>Eigentümer jeder Tabelle (veröffentlicht sie selbst)</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="305"/>
        <source>member of pg_create_subscription with CREATE on the database (it subscribes itself, the source password in the connection)</source>
        <translation>Mitglied von pg_create_subscription mit CREATE auf der Datenbank (abonniert selbst, mit dem Quellpasswort in der Verbindung)</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="318"/>
        <source>Row-level security does not hide rows</source>
        <translation>Zeilensicherheit (Row-Level Security) verbirgt keine Zeilen</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="321"/>
        <source>Every row is visible to %1.</source>
        <translation>Jede Zeile ist für %1 sichtbar.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="322"/>
        <source>%1 cannot see every row of: %2.</source>
        <translation>%1 sieht nicht jede Zeile von: %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="326"/>
        <source>ALTER ROLE %1 BYPASSRLS; (as a superuser), or migrate as the tables&apos; owner.</source>
        <translation>ALTER ROLE %1 BYPASSRLS; (als Superuser), oder migrieren Sie als Eigentümer der Tabellen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="334"/>
        <source>The source user can read every table and sequence</source>
        <translation>Der Quellbenutzer kann jede Tabelle und Sequenz lesen</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="337"/>
        <source>%1 may read every table and sequence.</source>
        <translation>%1 darf jede Tabelle und Sequenz lesen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="339"/>
        <source>%1 may not read (no SELECT, or no USAGE on the schema): %2. pg_dump would stop on the first.</source>
        <translation>%1 darf nicht lesen (kein SELECT oder kein USAGE auf dem Schema): %2. pg_dump würde beim ersten abbrechen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="401"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="419"/>
        <source>Tables have a primary key or replica identity</source>
        <translation>Tabellen haben einen Primärschlüssel oder eine Replikationsidentität</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="404"/>
        <source>No primary key or replica identity: %1. Publishing them makes UPDATE and DELETE fail on the source.</source>
        <translation>Kein Primärschlüssel und keine Replikationsidentität: %1. Werden sie veröffentlicht, schlagen UPDATE und DELETE auf der Quelle fehl.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="408"/>
        <source>No primary key or replica identity: %1 (no concern for the dump method).</source>
        <translation>Kein Primärschlüssel und keine Replikationsidentität: %1 (für die Dump-Methode unerheblich).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="412"/>
        <source>Add primary keys, or choose to set REPLICA IDENTITY FULL on them or copy them once at cut-over.</source>
        <translation>Fügen Sie Primärschlüssel hinzu, oder wählen Sie, für diese Tabellen REPLICA IDENTITY FULL zu setzen oder sie bei der Umstellung einmalig zu kopieren.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="420"/>
        <source>Every table has one.</source>
        <translation>Jede Tabelle hat einen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="427"/>
        <source>%1 large objects</source>
        <translation>%1 Large Objects</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="430"/>
        <source>unlogged tables %1</source>
        <translation>nicht protokollierte Tabellen (unlogged) %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="434"/>
        <source>materialized views %1</source>
        <translation>materialisierte Sichten %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="438"/>
        <source>Objects logical replication does not carry</source>
        <translation>Objekte, die logische Replikation nicht überträgt</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="546"/>
        <source>Event triggers in the target database</source>
        <translation>Ereignistrigger in der Zieldatenbank</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="549"/>
        <source>None stays enabled while the migration writes there.</source>
        <translation>Keiner bleibt aktiviert, während die Migration dort schreibt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="551"/>
        <source>%1 stay enabled and fire on the migration&apos;s statements there (index builds, grants, refreshes): one that writes into a migrated table makes it differ from the source, and the verification fails.</source>
        <translation>%1 bleiben aktiviert und feuern dort bei den Anweisungen der Migration (Indexaufbau, Rechtevergaben, Aktualisierungen): Einer, der in eine migrierte Tabelle schreibt, macht sie von der Quelle verschieden, und die Prüfung schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="557"/>
        <source>A superuser disables them in the target database while the migration runs (%1) and enables them after (%2); or leave them if they write nothing.</source>
        <translation>Ein Superuser deaktiviert sie in der Zieldatenbank, solange die Migration läuft (%1), und aktiviert sie danach (%2); oder lassen Sie sie, wenn sie nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="357"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="441"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="294"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="443"/>
        <source>: copied once, and again at cut-over; later changes are not streamed.</source>
        <translation>: einmal kopiert und bei der Umstellung erneut; spätere Änderungen werden nicht übertragen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="446"/>
        <source>: copied by the dump method.</source>
        <translation>: von der Dump-Methode kopiert.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="354"/>
        <source>Triggers that fire on replicated rows</source>
        <translation>Trigger, die bei replizierten Zeilen feuern</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="358"/>
        <source>ENABLE ALWAYS or ENABLE REPLICA on the source: %1. On the target they would act a second time on rows their source twins already acted on: they stay disabled there until the migration ends (the cut-over, or a stop), then take their state back.</source>
        <translation>ENABLE ALWAYS oder ENABLE REPLICA auf der Quelle: %1. Auf dem Ziel würden sie ein zweites Mal auf Zeilen wirken, auf die ihre Gegenstücke auf der Quelle schon gewirkt haben: Sie bleiben dort deaktiviert, bis die Migration endet (die Umstellung oder ein Stopp), und erhalten dann ihren Zustand zurück.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="371"/>
        <source>Event triggers on the source&apos;s DDL</source>
        <translation>Ereignistrigger auf DDL der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="374"/>
        <source>None that replication sets off.</source>
        <translation>Keine, die die Replikation auslöst.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="375"/>
        <source>%1 fire on the statements replication runs on the source (CREATE and DROP PUBLICATION, ALTER TABLE ... REPLICA IDENTITY): one that refuses DDL fails this database&apos;s replication, one that logs writes a row for each.</source>
        <translation>%1 feuern bei den Anweisungen, die die Replikation auf der Quelle ausführt (CREATE und DROP PUBLICATION, ALTER TABLE ... REPLICA IDENTITY): einer, der DDL ablehnt, lässt die Replikation dieser Datenbank scheitern, einer, der protokolliert, schreibt für jede eine Zeile.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="383"/>
        <source>Disable a trigger that refuses DDL on the source while the migration sets up and while it finishes (ALTER EVENT TRIGGER ... DISABLE), or migrate this database with the dump method.</source>
        <translation>Einen Trigger, der DDL ablehnt, auf der Quelle während der Einrichtung und des Abschlusses der Migration deaktivieren (ALTER EVENT TRIGGER ... DISABLE) oder diese Datenbank mit der Dump-Methode migrieren.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="468"/>
        <source>Source SQL_ASCII/%1: only a superuser may create a SQL_ASCII database with that locale. This target user&apos;s creation of it fails, or makes it in %2, which refuses text that is not valid %2 (the copy of such a table fails).</source>
        <translation>Quelle SQL_ASCII/%1: nur ein Superuser darf eine SQL_ASCII-Datenbank mit diesem Locale anlegen. Dieser Zielbenutzer kann sie nicht anlegen oder legt sie in %2 an, das Text ablehnt, der in %2 nicht gültig ist (das Kopieren einer solchen Tabelle schlägt fehl).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="474"/>
        <source>A superuser creates it on the target first: CREATE DATABASE %1 TEMPLATE template0 ENCODING &apos;SQL_ASCII&apos; LC_COLLATE &apos;%2&apos; LC_CTYPE &apos;%3&apos; OWNER %4.</source>
        <translation>Ein Superuser legt sie zuerst auf dem Ziel an: CREATE DATABASE %1 TEMPLATE template0 ENCODING &apos;SQL_ASCII&apos; LC_COLLATE &apos;%2&apos; LC_CTYPE &apos;%3&apos; OWNER %4.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="497"/>
        <source>the target database will be created with the same</source>
        <translation>die Zieldatenbank wird mit denselben angelegt</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="501"/>
        <source>the same in the existing target database</source>
        <translation>dieselben in der vorhandenen Zieldatenbank</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="466"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="506"/>
        <source>Encoding and locale match</source>
        <translation>Kodierung und Gebietsschema stimmen überein</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="508"/>
        <source>%1, collation %2; %3.</source>
        <translation>%1, Sortierfolge %2; %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="510"/>
        <source>Source %1/%2, target database %3/%4: text may sort differently or be refused.</source>
        <translation>Quelle %1/%2, Zieldatenbank %3/%4: Text kann anders sortiert oder abgelehnt werden.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="515"/>
        <source>Create the target database with ENCODING &apos;%1&apos; LC_COLLATE &apos;%2&apos;, or migrate into a new one.</source>
        <translation>Legen Sie die Zieldatenbank mit ENCODING &apos;%1&apos; LC_COLLATE &apos;%2&apos; an, oder migrieren Sie in eine neue.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="160"/>
        <source>Room for pg_dump&apos;s table locks on the source</source>
        <translation>Platz für die Tabellensperren von pg_dump auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="165"/>
        <source>No database to read, or the source did not say.</source>
        <translation>Keine Datenbank zu lesen, oder die Quelle hat es nicht mitgeteilt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="35"/>
        <source>The %1 largest databases (%2) migrate at once with %3 jobs and have %4 tables together; pg_dump locks each database&apos;s tables in one transaction, and the copy&apos;s snapshot locks them again meanwhile. The source&apos;s lock table holds %5 (max_locks_per_transaction %6 × %7 backends and prepared transactions), %8 in use now.</source>
        <translation>Die %1 größten Datenbanken (%2) werden mit %3 Jobs gleichzeitig migriert und haben zusammen %4 Tabellen; pg_dump sperrt die Tabellen jeder Datenbank in einer Transaktion, und der Snapshot der Kopie sperrt sie währenddessen noch einmal. Die Sperrtabelle der Quelle fasst %5 (max_locks_per_transaction %6 × %7 Backends und vorbereitete Transaktionen), %8 davon sind jetzt belegt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="42"/>
        <source>The %1 largest databases (%2) migrate at once with %3 jobs and have %4 tables together; pg_restore creates each database&apos;s tables in one transaction, which locks each. The target&apos;s lock table holds %5 (max_locks_per_transaction %6 × %7 backends and prepared transactions), %8 in use now.</source>
        <translation>Die %1 größten Datenbanken (%2) werden mit %3 Jobs gleichzeitig migriert und haben zusammen %4 Tabellen; pg_restore legt die Tabellen jeder Datenbank in einer Transaktion an, die jede sperrt. Die Sperrtabelle des Ziels fasst %5 (max_locks_per_transaction %6 × %7 Backends und vorbereitete Transaktionen), %8 davon sind jetzt belegt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="55"/>
        <source>The largest database, %1, has %2 tables; pg_dump locks each in one transaction, and the copy&apos;s snapshot locks them again meanwhile. The source&apos;s lock table holds %3 (max_locks_per_transaction %4 × %5 backends and prepared transactions), %6 in use now.</source>
        <translation>Die größte Datenbank, %1, hat %2 Tabellen; pg_dump sperrt jede in einer Transaktion, und der Snapshot der Kopie sperrt sie währenddessen noch einmal. Die Sperrtabelle der Quelle fasst %3 (max_locks_per_transaction %4 × %5 Backends und vorbereitete Transaktionen), %6 davon sind jetzt belegt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="62"/>
        <source>The largest database, %1, has %2 tables; pg_restore creates them all in one transaction, which locks each. The target&apos;s lock table holds %3 (max_locks_per_transaction %4 × %5 backends and prepared transactions), %6 in use now.</source>
        <translation>Die größte Datenbank, %1, hat %2 Tabellen; pg_restore legt sie alle in einer Transaktion an, die jede sperrt. Die Sperrtabelle des Ziels fasst %3 (max_locks_per_transaction %4 × %5 Backends und vorbereitete Transaktionen), %6 davon sind jetzt belegt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="94"/>
        <source>ALTER SYSTEM SET max_locks_per_transaction = %1; on the source, then restart it (on a managed service: the server parameter max_locks_per_transaction).</source>
        <translation>ALTER SYSTEM SET max_locks_per_transaction = %1; auf der Quelle, dann starten Sie sie neu (bei einem verwalteten Dienst: der Serverparameter max_locks_per_transaction).</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="98"/>
        <source>ALTER SYSTEM SET max_locks_per_transaction = %1; on the target, then restart it (on a managed service: the server parameter max_locks_per_transaction).</source>
        <translation>ALTER SYSTEM SET max_locks_per_transaction = %1; auf dem Ziel, dann starten Sie es neu (bei einem verwalteten Dienst: der Serverparameter max_locks_per_transaction).</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="110"/>
        <source> %1 would stop with &quot;out of shared memory&quot;.</source>
        <translation> %1 würde mit „out of shared memory“ abbrechen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="117"/>
        <source> That is more than the lock table holds: %1 may stop with &quot;out of shared memory&quot;, as the server&apos;s spare shared memory allows or not.</source>
        <translation> Das ist mehr, als die Sperrtabelle fasst: %1 kann mit „out of shared memory“ abbrechen, je nachdem, wie viel freien gemeinsamen Speicher der Server hat.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="178"/>
        <source>Room for pg_restore&apos;s table locks on the target</source>
        <translation>Platz für die Tabellensperren von pg_restore auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="183"/>
        <source>No database to read, or the target did not say.</source>
        <translation>Keine Datenbank zu lesen, oder das Ziel hat es nicht mitgeteilt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="122"/>
        <source> The migration would take more than half the room left: other sessions&apos; locks may run it out.</source>
        <translation> Die Migration bräuchte mehr als die Hälfte des freien Platzes: Sperren anderer Sitzungen können ihn aufbrauchen.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="70"/>
        <source>not migrated: provider role %1 (%2)</source>
        <translation>nicht migriert: Anbieterrolle %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="93"/>
        <source>In the DB instance&apos;s parameter group set rds.logical_replication = 1, then reboot the instance (that sets wal_level to logical).</source>
        <translation>Setzen Sie in der Parametergruppe der DB-Instanz rds.logical_replication = 1 und starten Sie die Instanz neu (das setzt wal_level auf logical).</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="97"/>
        <source>Set the instance&apos;s database flag cloudsql.logical_decoding = on (gcloud sql instances patch INSTANCE --database-flags=cloudsql.logical_decoding=on); the instance restarts.</source>
        <translation>Setzen Sie das Datenbank-Flag der Instanz cloudsql.logical_decoding = on (gcloud sql instances patch INSTANCE --database-flags=cloudsql.logical_decoding=on); die Instanz startet neu.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="103"/>
        <source>Set the server parameter wal_level = logical (az postgres flexible-server parameter set --name wal_level --value logical), then restart the server.</source>
        <translation>Setzen Sie den Serverparameter wal_level = logical (az postgres flexible-server parameter set --name wal_level --value logical) und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="111"/>
        <source>Run ALTER SYSTEM SET wal_level = logical; on the source, then restart it.</source>
        <translation>Führen Sie ALTER SYSTEM SET wal_level = logical; auf der Quelle aus und starten Sie sie dann neu.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="120"/>
        <source>GRANT rds_replication TO %1; (as the master user, a member of rds_superuser)</source>
        <translation>GRANT rds_replication TO %1; (als Master-Benutzer, Mitglied von rds_superuser)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="125"/>
        <source>ALTER ROLE %1 WITH REPLICATION; (as a member of cloudsqlsuperuser, such as the postgres user)</source>
        <translation>ALTER ROLE %1 WITH REPLICATION; (als Mitglied von cloudsqlsuperuser, etwa als Benutzer postgres)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="130"/>
        <source>ALTER ROLE %1 WITH REPLICATION; (as the server admin, a member of azure_pg_admin)</source>
        <translation>ALTER ROLE %1 WITH REPLICATION; (als Serveradministrator, Mitglied von azure_pg_admin)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="138"/>
        <source>ALTER ROLE %1 WITH REPLICATION; (as a superuser on the source)</source>
        <translation>ALTER ROLE %1 WITH REPLICATION; (als Superuser auf der Quelle)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="148"/>
        <source>%1 offers no superuser and no aiven_extras: migrate as the owner of the database&apos;s tables (or ALTER TABLE ... OWNER TO %2;), with CREATE on the database, and pgmigrate publishes them itself; otherwise the dump method is used.</source>
        <translation>%1 bietet keinen Superuser und kein aiven_extras: Migrieren Sie als Eigentümer der Tabellen der Datenbank (oder ALTER TABLE ... OWNER TO %2;), mit CREATE auf der Datenbank, dann veröffentlicht pgmigrate sie selbst; andernfalls wird die Dump-Methode verwendet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="21"/>
        <source>%1 (database %2, %3 MB of WAL%4)</source>
        <translation>%1 (Datenbank %2, %3 MB WAL%4)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="25"/>
        <source>, unread for %1 s</source>
        <translation>, seit %1 s ungelesen</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="33"/>
        <source>%1 of migration %2 (%3)</source>
        <translation>%1 der Migration %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="41"/>
        <source> of migration %1, %2</source>
        <translation> der Migration %1, %2</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="48"/>
        <source>Syncing migrations&apos; subscribers connected</source>
        <translation>Abonnenten laufender Migrationen verbunden</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="51"/>
        <source>Every syncing migration&apos;s subscriber reads its slot.</source>
        <translation>Der Abonnent jeder laufenden Migration liest seinen Slot.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="53"/>
        <source>No subscriber reads these slots of syncing migrations right now: %1. The target reconnects by itself once both servers reach each other again; meanwhile the slot keeps WAL on the source.</source>
        <translation>Kein Abonnent liest gerade diese Slots laufender Migrationen: %1. Das Ziel verbindet sich von selbst wieder, sobald beide Server einander erreichen; bis dahin hält der Slot WAL auf der Quelle zurück.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="61"/>
        <source>Do not drop these slots: that would end the migration. If it lasts, &apos;pgmigrate status --id ID&apos; says why (the subscription&apos;s state and errors, the target&apos;s log).</source>
        <translation>Löschen Sie diese Slots nicht: Das würde die Migration beenden. Wenn es anhält, sagt &apos;pgmigrate status --id ID&apos; warum (Zustand und Fehler der Subskription, das Log des Ziels).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="66"/>
        <source>No forgotten pgmigrate slots on the source</source>
        <translation>Keine vergessenen pgmigrate-Slots auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="69"/>
        <source>No pgmigrate replication slot is waiting for a subscriber.</source>
        <translation>Kein pgmigrate-Replikationsslot wartet auf einen Abonnenten.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="71"/>
        <source>Replication slots named like pgmigrate&apos;s, read by no subscriber, keep WAL on the source until dropped: %1.</source>
        <translation>Replikationsslots mit pgmigrate-Namen, die kein Abonnent liest, halten WAL auf der Quelle zurück, bis sie gelöscht werden: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="77"/>
        <source>If no migration of yours is syncing through them (pgmigrate status), remove them: &apos;pgmigrate stop --id ID&apos; for their migration, or on the source: %1</source>
        <translation>Wenn keine Ihrer Migrationen über sie synchronisiert (pgmigrate status), entfernen Sie sie: &apos;pgmigrate stop --id ID&apos; für ihre Migration, oder auf der Quelle: %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="91"/>
        <source>Source supports logical replication</source>
        <translation>Quelle unterstützt logische Replikation</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="93"/>
        <source>Source PostgreSQL %1; logical replication needs 10 or newer.</source>
        <translation>Quelle PostgreSQL %1; logische Replikation braucht 10 oder neuer.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="97"/>
        <source>Upgrade the source, or use the dump method.</source>
        <translation>Aktualisieren Sie die Quelle, oder verwenden Sie die Dump-Methode.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="101"/>
        <source>Source wal_level is logical</source>
        <translation>wal_level der Quelle ist logical</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="103"/>
        <source>wal_level is &apos;%1&apos;.</source>
        <translation>wal_level ist &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="108"/>
        <source>Source is a primary</source>
        <translation>Quelle ist ein Primärserver</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="111"/>
        <source>The source is a standby (in recovery): replication needs a publication and a slot made on the primary (logical slots exist on standbys only from PostgreSQL 16).</source>
        <translation>Die Quelle ist ein Standby (in Recovery): Replikation braucht eine Publikation und einen Slot auf dem Primärserver (logische Slots gibt es auf Standbys erst ab PostgreSQL 16).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="115"/>
        <source>The source is not in recovery.</source>
        <translation>Die Quelle ist nicht in Recovery.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="116"/>
        <source>Give the primary server as the source, or use the dump method.</source>
        <translation>Geben Sie den Primärserver als Quelle an, oder verwenden Sie die Dump-Methode.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="122"/>
        <source>Long reads on a standby source</source>
        <translation>Lange Lesevorgänge auf einer Standby-Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="124"/>
        <source>The copy reads the standby in one long transaction; replay cancels it after max_standby_streaming_delay (%1) when it conflicts with cleanup on the primary%2.</source>
        <translation>Die Kopie liest den Standby in einer langen Transaktion; das Replay bricht sie nach max_standby_streaming_delay (%1) ab, wenn sie mit Aufräumarbeiten auf dem Primärserver kollidiert%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="130"/>
        <source> (hot_standby_feedback is on, which avoids most of them)</source>
        <translation> (hot_standby_feedback ist an, was die meisten Fälle vermeidet)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="134"/>
        <source>On the standby, for the migration: ALTER SYSTEM SET max_standby_streaming_delay = -1; and SET hot_standby_feedback = on; then SELECT pg_reload_conf(); (or migrate from the primary).</source>
        <translation>Auf dem Standby, für die Migration: ALTER SYSTEM SET max_standby_streaming_delay = -1; und SET hot_standby_feedback = on; dann SELECT pg_reload_conf(); (oder migrieren Sie vom Primärserver).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="143"/>
        <source> (member of %1)</source>
        <translation> (Mitglied von %1)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="147"/>
        <source>Source user may replicate</source>
        <translation>Quellbenutzer darf replizieren</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="150"/>
        <source>%1 is a superuser.</source>
        <translation>%1 ist Superuser.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="153"/>
        <source>%1 may replicate%2.</source>
        <translation>%1 darf replizieren%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="155"/>
        <source>%1 has the REPLICATION attribute%2.</source>
        <translation>%1 hat das Attribut REPLICATION%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="157"/>
        <source>%1 is neither superuser nor has REPLICATION%2.</source>
        <translation>%1 ist weder Superuser noch hat er REPLICATION%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="172"/>
        <source>Free replication slots on the source</source>
        <translation>Freie Replikationsslots auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="174"/>
        <source>%1 of %2 slots free; %3 databases need one each, plus %4 temporary ones during the initial copy.</source>
        <translation>%1 von %2 Slots frei; %3 Datenbanken brauchen je einen, dazu %4 temporäre während der ersten Kopie.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="183"/>
        <source>ALTER SYSTEM SET max_replication_slots = %1; on the source, then restart it.</source>
        <translation>ALTER SYSTEM SET max_replication_slots = %1; auf der Quelle, dann starten Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="190"/>
        <source>Free WAL senders on the source</source>
        <translation>Freie WAL-Sender auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="192"/>
        <source>%1 of %2 WAL senders free; %3 needed.</source>
        <translation>%1 von %2 WAL-Sendern frei; %3 benötigt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="198"/>
        <source>ALTER SYSTEM SET max_wal_senders = %1; on the source, then restart it.</source>
        <translation>ALTER SYSTEM SET max_wal_senders = %1; auf der Quelle, dann starten Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="207"/>
        <source>Subscription capacity on the target</source>
        <translation>Kapazität für Subskriptionen auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="209"/>
        <source>max_replication_slots allows %1 more subscriptions, max_logical_replication_workers %2 more workers; %3 subscriptions and %4 workers needed.</source>
        <translation>max_replication_slots erlaubt %1 weitere Subskriptionen, max_logical_replication_workers %2 weitere Worker; %3 Subskriptionen und %4 Worker benötigt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="219"/>
        <source>On the target: ALTER SYSTEM SET max_replication_slots = %1; ALTER SYSTEM SET max_logical_replication_workers = %2; ALTER SYSTEM SET max_worker_processes = %3; then restart it.</source>
        <translation>Auf dem Ziel: ALTER SYSTEM SET max_replication_slots = %1; ALTER SYSTEM SET max_logical_replication_workers = %2; ALTER SYSTEM SET max_worker_processes = %3; dann starten Sie es neu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="235"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="242"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="252"/>
        <source>Target server reaches the source</source>
        <translation>Zielserver erreicht die Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="237"/>
        <source>The target opened a replication connection to the source.</source>
        <translation>Das Ziel hat eine Replikationsverbindung zur Quelle geöffnet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="244"/>
        <source>The target server connects to the source itself: allow it in the source&apos;s firewall and pg_hba.conf, or give the source&apos;s address as seen from the target.</source>
        <translation>Der Zielserver verbindet sich selbst mit der Quelle: Erlauben Sie das in der Firewall und der pg_hba.conf der Quelle, oder geben Sie die Adresse der Quelle so an, wie das Ziel sie sieht.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="255"/>
        <source>Not probed: the servers are the same.</source>
        <translation>Nicht geprüft: Die Server sind dieselben.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="256"/>
        <source>Not probed: needs superuser on the target; the replication will show whether it connects.</source>
        <translation>Nicht geprüft: braucht Superuser auf dem Ziel; die Replikation wird zeigen, ob die Verbindung klappt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="269"/>
        <source>pid %1 (%2 on %3, %4, %5 s)</source>
        <translation>PID %1 (%2 auf %3, %4, %5 s)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="276"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="286"/>
        <source>No long or idle transactions on the source</source>
        <translation>Keine langen oder untätigen Transaktionen auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="278"/>
        <source>Replication slots cannot be created while these are open: %1.</source>
        <translation>Replikationsslots können nicht angelegt werden, solange diese offen sind: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="281"/>
        <source>Commit or end them, for example SELECT pg_terminate_backend(pid);</source>
        <translation>Schließen Sie sie ab oder beenden Sie sie, zum Beispiel mit SELECT pg_terminate_backend(pid);</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="287"/>
        <source>None seen.</source>
        <translation>Keine gesehen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="291"/>
        <source>No prepared transactions on the source</source>
        <translation>Keine vorbereiteten Transaktionen auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="295"/>
        <source>Prepared transactions block slot creation: %1.</source>
        <translation>Vorbereitete Transaktionen blockieren das Anlegen von Slots: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="300"/>
        <source>COMMIT PREPARED or ROLLBACK PREPARED them.</source>
        <translation>Schließen Sie sie mit COMMIT PREPARED oder ROLLBACK PREPARED ab.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="24"/>
        <source>on PATH or under /usr/lib/postgresql/*/bin</source>
        <translation>im PATH oder unter /usr/lib/postgresql/*/bin</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="25"/>
        <source>in %1 (the chosen pg_dump directory)</source>
        <translation>in %1 (dem gewählten pg_dump-Verzeichnis)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="28"/>
        <source>the source runs PostgreSQL %1, which needs %2 %3 or newer</source>
        <translation>die Quelle läuft mit PostgreSQL %1, das %2 %3 oder neuer braucht</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="34"/>
        <source>No pg_dump found %1; %2.</source>
        <translation>Kein pg_dump gefunden %1; %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="37"/>
        <source>pg_dump found: %1 (major %2); %3.</source>
        <translation>pg_dump gefunden: %1 (Hauptversion %2); %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="41"/>
        <source>No pg_restore found %1; %2.</source>
        <translation>Kein pg_restore gefunden %1; %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="44"/>
        <source>pg_restore found: %1 (major %2); %3.</source>
        <translation>pg_restore gefunden: %1 (Hauptversion %2); %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="49"/>
        <source>%1 (major %2) reads the source&apos;s PostgreSQL %3.</source>
        <translation>%1 (Hauptversion %2) liest PostgreSQL %3 der Quelle.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="54"/>
        <source>pg_dump can read the source</source>
        <translation>pg_dump kann die Quelle lesen</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="57"/>
        <source>Install the Debian package postgresql-client-%1 (apt-get install postgresql-client-%1; apt.postgresql.org has the versions a distribution lacks), or give a directory holding pg_dump and pg_restore of PostgreSQL %1 or newer: --pg-dump-dir DIR (the wizard: pg_dump directory).</source>
        <translation>Installieren Sie das Debian-Paket postgresql-client-%1 (apt-get install postgresql-client-%1; apt.postgresql.org hat die Versionen, die einer Distribution fehlen), oder geben Sie ein Verzeichnis mit pg_dump und pg_restore von PostgreSQL %1 oder neuer an: --pg-dump-dir DIR (im Assistenten: pg_dump-Verzeichnis).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="76"/>
        <source>Target version is not older</source>
        <translation>Zielversion ist nicht älter</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="78"/>
        <source>Source PostgreSQL %1, target PostgreSQL %2.</source>
        <translation>Quelle PostgreSQL %1, Ziel PostgreSQL %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="81"/>
        <source>Migrate to a target running PostgreSQL %1 or newer.</source>
        <translation>Migrieren Sie auf ein Ziel mit PostgreSQL %1 oder neuer.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="93"/>
        <source>no managed service recognised</source>
        <translation>kein verwalteter Dienst erkannt</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="96"/>
        <source>%1, as %2</source>
        <translation>%1, als %2</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="98"/>
        <source>%1, as %2 (member of %3)</source>
        <translation>%1, als %2 (Mitglied von %3)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="107"/>
        <source>Managed services</source>
        <translation>Verwaltete Dienste</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="122"/>
        <source>Target accepts writes</source>
        <translation>Ziel nimmt Schreibzugriffe an</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="125"/>
        <source>The target is a standby (in recovery): it accepts no writes.</source>
        <translation>Das Ziel ist ein Standby (in Recovery): Es nimmt keine Schreibzugriffe an.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="128"/>
        <source>default_transaction_read_only is on for %1 on the target: every transaction there is read-only.</source>
        <translation>default_transaction_read_only ist für %1 auf dem Ziel an: Jede Transaktion dort ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="132"/>
        <source>The target is a primary and accepts writes.</source>
        <translation>Das Ziel ist ein Primärserver und nimmt Schreibzugriffe an.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="134"/>
        <source>Migrate to the primary server (or promote this standby first).</source>
        <translation>Migrieren Sie auf den Primärserver (oder stufen Sie diesen Standby zuerst hoch).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="137"/>
        <source>On the target: ALTER ROLE %1 RESET default_transaction_read_only; (or the ALTER DATABASE or ALTER SYSTEM that sets it).</source>
        <translation>Auf dem Ziel: ALTER ROLE %1 RESET default_transaction_read_only; (oder das ALTER DATABASE bzw. ALTER SYSTEM, das es setzt).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="151"/>
        <source>Excluded databases exist</source>
        <translation>Ausgeschlossene Datenbanken existieren</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="153"/>
        <source>Not on the source: %1.</source>
        <translation>Nicht auf der Quelle: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="155"/>
        <source>Check the spelling of the excluded database names.</source>
        <translation>Prüfen Sie die Schreibweise der ausgeschlossenen Datenbanknamen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="171"/>
        <source>Provider roles</source>
        <translation>Anbieterrollen</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="173"/>
        <source>. Memberships in them and grants to them are left out; every other grant is carried.</source>
        <translation>. Mitgliedschaften darin und Rechte daran werden ausgelassen; jedes andere Recht wird übertragen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="180"/>
        <location filename="../engine/checks/ServerChecks.cpp" line="184"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="182"/>
        <source>Every source role exists on the target.</source>
        <translation>Jede Rolle der Quelle existiert auf dem Ziel.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="187"/>
        <source>%1 roles will be created: %2.</source>
        <translation>%1 Rollen werden angelegt: %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="190"/>
        <source>%1 may not create roles, so %2 will be missing: objects they own will belong to %1 and grants to them are dropped.</source>
        <translation>%1 darf keine Rollen anlegen, daher fehlen %2: Objekte, die ihnen gehören, gehören dann %1, und Rechte an sie entfallen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="196"/>
        <source>ALTER ROLE %1 CREATEROLE; on the target, or create the roles first.</source>
        <translation>ALTER ROLE %1 CREATEROLE; auf dem Ziel, oder legen Sie die Rollen vorher an.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="214"/>
        <location filename="../engine/checks/ServerChecks.cpp" line="224"/>
        <source>Disk space on the target</source>
        <translation>Speicherplatz auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="215"/>
        <source>Could not be determined (%1). The migration needs about %2.</source>
        <translation>Nicht feststellbar (%1). Die Migration braucht etwa %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="218"/>
        <source>Make sure the target has at least %1 free.</source>
        <translation>Stellen Sie sicher, dass das Ziel mindestens %1 frei hat.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="226"/>
        <source>%1 free; 130% of the source&apos;s %2 is %3.</source>
        <translation>%1 frei; 130 % der %2 der Quelle sind %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="230"/>
        <source>Free or add disk space on the target.</source>
        <translation>Geben Sie Speicherplatz auf dem Ziel frei oder fügen Sie welchen hinzu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="36"/>
        <source>needs superuser or pg_execute_server_program on the target to run df; no SQL function reports free disk</source>
        <translation>braucht Superuser oder pg_execute_server_program auf dem Ziel, um df auszuführen; keine SQL-Funktion meldet den freien Speicherplatz</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="63"/>
        <source>df on the target printed nothing usable</source>
        <translation>df auf dem Ziel hat nichts Verwertbares ausgegeben</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="72"/>
        <source>could not read df&apos;s output on the target</source>
        <translation>die Ausgabe von df auf dem Ziel war nicht lesbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="208"/>
        <source>Connecting to the source</source>
        <translation>Verbindung zur Quelle wird hergestellt</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="209"/>
        <source>Connecting to the target</source>
        <translation>Verbindung zum Ziel wird hergestellt</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="231"/>
        <source>Looking for pg_dump</source>
        <translation>pg_dump wird gesucht</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="234"/>
        <source>Checking that source and target differ</source>
        <translation>Es wird geprüft, ob Quelle und Ziel verschieden sind</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="237"/>
        <source>Reading the source server</source>
        <translation>Quellserver wird gelesen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="444"/>
        <source>Inspecting source database %1</source>
        <translation>Quelldatenbank %1 wird untersucht</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="239"/>
        <source>Reading the target server</source>
        <translation>Zielserver wird gelesen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="446"/>
        <source>Inspecting target database %1</source>
        <translation>Zieldatenbank %1 wird untersucht</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="246"/>
        <source>Checking that the target server reaches the source</source>
        <translation>Es wird geprüft, ob der Zielserver die Quelle erreicht</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="369"/>
        <source>the name of database %1 is not valid UTF-8 (it was created from a session in another encoding; non-ASCII bytes shown as \xNN): pgmigrate cannot name it on the target, so it cannot be migrated</source>
        <translation>der Name der Datenbank %1 ist kein gültiges UTF-8 (sie wurde aus einer Sitzung mit anderer Kodierung angelegt; Nicht-ASCII-Bytes als \xNN dargestellt): pgmigrate kann sie auf dem Ziel nicht benennen, daher kann sie nicht migriert werden</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="51"/>
        <source>df on the target failed: %1</source>
        <translation>df auf dem Ziel fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="418"/>
        <source>read source settings</source>
        <translation>Einstellungen der Quelle lesen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="491"/>
        <source>inspect source database %1</source>
        <translation>Quelldatenbank %1 untersuchen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="630"/>
        <source>read target settings</source>
        <translation>Einstellungen des Ziels lesen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="603"/>
        <source>list target databases</source>
        <translation>Datenbanken des Ziels auflisten</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="656"/>
        <source>inspect target database %1</source>
        <translation>Zieldatenbank %1 untersuchen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="18"/>
        <source>Runs every pre-check for migrating the source cluster to the target and prints the per-database plan.</source>
        <translation>Führt alle Vorabprüfungen für die Migration des Quellclusters zum Ziel aus und gibt den Plan je Datenbank aus.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="24"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="28"/>
        <source>The --jobs the migration will run with (default: cores, at least 2).</source>
        <translation>Die --jobs, mit denen die Migration laufen wird (Standard: Kerne, mindestens 2).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="35"/>
        <source>no migration yet</source>
        <translation>noch keine Migration</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="62"/>
        <source>could not save the state: %1</source>
        <translation>Zustand konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="73"/>
        <source>The migration (the latest by default).</source>
        <translation>Die Migration (standardmäßig die neueste).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="100"/>
        <source>no leftover replication objects</source>
        <translation>keine übrig gebliebenen Replikationsobjekte</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="116"/>
        <source>Stops a migration: removes subscriptions, replication slots and publications on both servers and keeps the data copied so far. A stopped migration cannot continue: start over.</source>
        <translation>Stoppt eine Migration: entfernt Subscriptions, Replikationsslots und Publikationen auf beiden Servern und behält die bisher kopierten Daten. Eine gestoppte Migration kann nicht fortgesetzt werden: beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="123"/>
        <location filename="../cli/ControlCommands.cpp" line="247"/>
        <location filename="../cli/ControlCommands.cpp" line="302"/>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="126"/>
        <source>Remove every pgmigrate subscription, slot and publication on --source and --target that no migration still syncing or running claims, with or without its state file (what a killed run left). Only this computer&apos;s saved migrations can claim objects.</source>
        <translation>Jede pgmigrate-Subscription, jeden Slot und jede Publikation auf --source und --target entfernen, die keine noch synchronisierende oder laufende Migration beansprucht, mit oder ohne Zustandsdatei (was ein abgebrochener Lauf hinterließ). Nur die gespeicherten Migrationen dieses Rechners können Objekte beanspruchen.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="198"/>
        <source>--step-timeout must be a positive number of seconds</source>
        <translation>--step-timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="215"/>
        <source>Cuts over every syncing database: waits until the target has every change, copies sequences, large objects and what replication does not carry, verifies every table and removes the replication objects. Writes to the source must stop first: confirm it (or --yes), or let --freeze-writes make the databases read-only meanwhile.</source>
        <translation>Schaltet jede synchronisierende Datenbank um: wartet, bis das Ziel jede Änderung hat, kopiert Sequenzen, Large Objects und was die Replikation nicht überträgt, prüft jede Tabelle und entfernt die Replikationsobjekte. Schreibzugriffe auf die Quelle müssen vorher enden: bestätigen Sie das (oder --yes), oder lassen Sie --freeze-writes die Datenbanken so lange schreibgeschützt machen.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="224"/>
        <source>Writes to the source are stopped: do not ask.</source>
        <translation>Schreibzugriffe auf die Quelle sind gestoppt: nicht nachfragen.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="227"/>
        <source>Make the migrated source databases read-only during the cut-over (undone afterwards).</source>
        <translation>Die migrierten Quelldatenbanken während der Umschaltung schreibgeschützt machen (danach rückgängig gemacht).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="231"/>
        <source>Seconds to wait for the target to catch up (default 300).</source>
        <translation>Sekunden, die auf das Aufholen des Ziels gewartet wird (Standard 300).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="236"/>
        <source>Seconds each other step (making the source read-only with --freeze-writes; catch-up: sequences, large objects, tables replication does not carry, materialized views; verification; removal of the replication objects) may take before finish gives up on it, unfreezes writes and leaves the database replicating (default 1800).</source>
        <translation>Sekunden, die jeder andere Schritt (die Quelle mit --freeze-writes schreibgeschützt machen; Nachziehen: Sequenzen, Large Objects, Tabellen, die die Replikation nicht überträgt, materialisierte Sichten; Prüfung; Entfernen der Replikationsobjekte) dauern darf, bevor finish ihn aufgibt, Schreibzugriffe wieder zulässt und die Datenbank weiter replizieren lässt (Standard 1800).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="244"/>
        <source>Tables verified at once.</source>
        <translation>Gleichzeitig geprüfte Tabellen.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="193"/>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="44"/>
        <location filename="../cli/ControlCommands.cpp" line="205"/>
        <location filename="../cli/MigrateCommands.cpp" line="167"/>
        <location filename="../cli/MigrateCommands.cpp" line="584"/>
        <source>--jobs must be between 1 and 64</source>
        <translation>--jobs muss zwischen 1 und 64 liegen</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="165"/>
        <source>stop writes to the source first, then confirm with --yes (or use --freeze-writes)</source>
        <translation>stoppen Sie zuerst die Schreibzugriffe auf die Quelle und bestätigen Sie dann mit --yes (oder verwenden Sie --freeze-writes)</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="170"/>
        <source>Stop every write to the source databases now; the cut-over then copies the last changes.
Type &apos;yes&apos; when writes are stopped: </source>
        <translation>Stoppen Sie jetzt alle Schreibzugriffe auf die Quelldatenbanken; die Umschaltung kopiert dann die letzten Änderungen.
Geben Sie &apos;yes&apos; ein, wenn die Schreibzugriffe gestoppt sind: </translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="179"/>
        <source>Not confirmed: nothing done.</source>
        <translation>Nicht bestätigt: nichts getan.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="293"/>
        <source>Resumes the replication of databases that failed on an apply error (status says which, and the target server&apos;s log says why), once the cause is fixed: enables the subscription again and watches it for a few seconds; a database whose changes apply again is syncing again. A database whose slot or subscription is gone cannot resume: start over.</source>
        <translation>Setzt die Replikation von Datenbanken fort, die an einem Anwendungsfehler gescheitert sind (status sagt, welche, und das Log des Zielservers, warum), sobald die Ursache behoben ist: aktiviert die Subscription wieder und beobachtet sie einige Sekunden; eine Datenbank, deren Änderungen wieder angewendet werden, synchronisiert wieder. Eine Datenbank, deren Slot oder Subscription fehlt, kann nicht fortgesetzt werden: beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location filename="../cli/Passwords.cpp" line="79"/>
        <source>Password for %1 (%2): </source>
        <translation>Passwort für %1 (%2): </translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="33"/>
        <source>Writes the report of a migration (the latest when no --id is given): servers, plan, per database and per table rows, bytes, times and verification, warnings, cut-over.</source>
        <translation>Schreibt den Bericht einer Migration (die neueste, wenn keine --id angegeben ist): Server, Plan, je Datenbank und je Tabelle Zeilen, Bytes, Zeiten und Prüfung, Warnungen, Umschaltung.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="70"/>
        <location filename="../cli/MigrateCommands.cpp" line="472"/>
        <location filename="../cli/ReportCommand.cpp" line="38"/>
        <source>The migration&apos;s id.</source>
        <translation>Die ID der Migration.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="42"/>
        <source>html, pdf or json (default: html).</source>
        <translation>html, pdf oder json (Standard: html).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="46"/>
        <source>The file to write (html and json: stdout without it; pdf needs it).</source>
        <translation>Die zu schreibende Datei (html und json: ohne sie stdout; pdf braucht sie).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="56"/>
        <source>--format must be html, pdf or json</source>
        <translation>--format muss html, pdf oder json sein</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="60"/>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf braucht --output DATEI</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="65"/>
        <source>give the format as --format pdf</source>
        <translation>geben Sie das Format als --format pdf an</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="484"/>
        <location filename="../cli/ReportCommand.cpp" line="71"/>
        <source>no migration yet (state lives in %1)</source>
        <translation>noch keine Migration (der Zustand liegt in %1)</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="15"/>
        <source>Source server: postgres:// URI or libpq key=value string.</source>
        <translation>Quellserver: postgres://-URI oder libpq-Zeichenkette key=value.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="19"/>
        <source>Target server: postgres:// URI or libpq key=value string.</source>
        <translation>Zielserver: postgres://-URI oder libpq-Zeichenkette key=value.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="24"/>
        <source>Databases to leave out, comma-separated (repeatable); &quot;quote&quot; a name holding a comma.</source>
        <translation>Auszulassende Datenbanken, durch Komma getrennt (wiederholbar); einen Namen mit Komma in &quot;Anführungszeichen&quot; setzen.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="29"/>
        <source>auto (default), replication or dump.</source>
        <translation>auto (Standard), replication oder dump.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="32"/>
        <source>The source&apos;s host[:port] as the target server reaches it, when it differs.</source>
        <translation>host[:port] der Quelle, wie der Zielserver sie erreicht, falls abweichend.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="38"/>
        <source>Seconds to wait for each connection (default 10).</source>
        <translation>Sekunden Wartezeit je Verbindung (Standard 10).</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="41"/>
        <source>Directory holding the pg_dump and pg_restore to use (default: the newest installed).</source>
        <translation>Verzeichnis mit dem zu verwendenden pg_dump und pg_restore (Standard: das neueste installierte).</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="54"/>
        <source>--source and --target are required</source>
        <translation>--source und --target sind erforderlich</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="59"/>
        <source>invalid --source: %1</source>
        <translation>ungültiges --source: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="63"/>
        <source>invalid --target: %1</source>
        <translation>ungültiges --target: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="66"/>
        <source>--method must be auto, replication or dump</source>
        <translation>--method muss auto, replication oder dump sein</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="71"/>
        <source>--connect-timeout must be a positive number of seconds</source>
        <translation>--connect-timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="79"/>
        <source>--pg-dump-dir must name a directory</source>
        <translation>--pg-dump-dir muss ein Verzeichnis nennen</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="86"/>
        <source>invalid --exclude-db: %1</source>
        <translation>ungültiges --exclude-db: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="93"/>
        <source>--source-address-from-target must be host or host:port</source>
        <translation>--source-address-from-target muss host oder host:port sein</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="101"/>
        <source>Try &apos;pgmigrate %1 --help&apos;.</source>
        <translation>Siehe &apos;pgmigrate %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="128"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="136"/>
        <source>the source</source>
        <translation>die Quelle</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="138"/>
        <source>the target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <location filename="../cli/SkipTables.cpp" line="46"/>
        <source>look up --skip-table %1</source>
        <translation>--skip-table %1 nachschlagen</translation>
    </message>
    <message>
        <location filename="../cli/SkipTables.cpp" line="61"/>
        <source>--skip-table takes table, schema.table or db.schema.table: %1</source>
        <translation>--skip-table erwartet tabelle, schema.tabelle oder db.schema.tabelle: %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="47"/>
        <source>%1 streamed (tables %2 on disk), %3 rows</source>
        <translation>%1 übertragen (Tabellen %2 auf der Platte), %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="55"/>
        <source>replication lag %1</source>
        <translation>Replikationsrückstand %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="56"/>
        <source>replication lag unknown</source>
        <translation>Replikationsrückstand unbekannt</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="61"/>
        <source>, copy %1 s, verify %2 s</source>
        <translation>, Kopie %1 s, Prüfung %2 s</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="74"/>
        <source>      time: %1
</source>
        <translation>      Zeit: %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="79"/>
        <source>      finish steps (time/limit): %1
</source>
        <translation>      finish-Schritte (Zeit/Limit): %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="83"/>
        <source>      error: %1
</source>
        <translation>      Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="87"/>
        <source>      writes frozen: the source database is read-only (an interrupted finish --freeze-writes); &apos;pgmigrate finish&apos; or &apos;pgmigrate stop&apos; undoes it
</source>
        <translation>      Schreibzugriffe eingefroren: die Quelldatenbank ist schreibgeschützt (ein unterbrochenes finish --freeze-writes); &apos;pgmigrate finish&apos; oder &apos;pgmigrate stop&apos; macht es rückgängig
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="126"/>
        <source>Migration %1: %2</source>
        <translation>Migration %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="129"/>
        <source> (mixed methods)</source>
        <translation> (gemischte Methoden)</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="131"/>
        <source>  source %1
  target %2
</source>
        <translation>  Quelle %1
  Ziel   %2
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="134"/>
        <source>  error: %1
</source>
        <translation>  Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="137"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="138"/>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="139"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="140"/>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="141"/>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="148"/>
        <source>
  Warnings:
</source>
        <translation>
  Warnungen:
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="105"/>
        <source> %1 of %2 tables, %3 streamed, %4 rows, %5/s</source>
        <translation> %1 von %2 Tabellen, %3 übertragen, %4 Zeilen, %5/s</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="112"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="172"/>
        <source>working…</source>
        <translation>in Arbeit…</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="176"/>
        <source> | and %1 more running</source>
        <translation> | und %1 weitere laufen</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="30"/>
        <source>run every pre-check and print the per-database plan</source>
        <translation>alle Vorabprüfungen ausführen und den Plan je Datenbank ausgeben</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="31"/>
        <source>migrate the whole cluster (pre-checks, roles, schema, data, verification)</source>
        <translation>den ganzen Cluster migrieren (Vorabprüfungen, Rollen, Schema, Daten, Prüfung)</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="33"/>
        <source>show the status of a migration (the latest by default)</source>
        <translation>den Status einer Migration zeigen (standardmäßig der neuesten)</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="35"/>
        <source>compare every table, sequence and large object of source and target</source>
        <translation>jede Tabelle, Sequenz und jedes Large Object von Quelle und Ziel vergleichen</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="37"/>
        <source>cut over: drain replication, copy sequences, verify, remove replication</source>
        <translation>umschalten: Replikation leeren, Sequenzen kopieren, prüfen, Replikation entfernen</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="39"/>
        <source>stop a migration and remove its replication objects (no restart)</source>
        <translation>eine Migration stoppen und ihre Replikationsobjekte entfernen (kein Neustart)</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="41"/>
        <source>replicate again once the cause of an apply error is fixed</source>
        <translation>wieder replizieren, sobald die Ursache eines Anwendungsfehlers behoben ist</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="43"/>
        <source>write a migration&apos;s report as HTML, PDF or JSON</source>
        <translation>den Bericht einer Migration als HTML, PDF oder JSON schreiben</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="45"/>
        <source>Usage: pgmigrate &lt;command&gt; [options]</source>
        <translation>Aufruf: pgmigrate &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="46"/>
        <source>Moves whole PostgreSQL clusters from one server to another.</source>
        <translation>Verschiebt ganze PostgreSQL-Cluster von einem Server auf einen anderen.</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="49"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="96"/>
        <source>unknown command &apos;%1&apos;
Try &apos;pgmigrate --help&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;
Siehe &apos;pgmigrate --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="35"/>
        <source>looking up --skip-table on the source: %1</source>
        <translation>--skip-table auf der Quelle nachschlagen: %1</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="40"/>
        <source>--skip-table %1 names no table in the databases migrated</source>
        <translation>--skip-table %1 nennt keine Tabelle in den migrierten Datenbanken</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="53"/>
        <source>Tables whose data is not copied (their schema is), comma-separated (repeatable): db.schema.table, or as aiven-db-migrate takes them, schema.table (in every database) or table (in every schema of every database), names as written (no case folding); &quot;quote&quot; a name holding . , or &quot;.</source>
        <translation>Tabellen, deren Daten nicht kopiert werden (ihr Schema schon), durch Komma getrennt (wiederholbar): db.schema.tabelle, oder wie aiven-db-migrate sie nimmt, schema.tabelle (in jeder Datenbank) oder tabelle (in jedem Schema jeder Datenbank), Namen wie geschrieben (keine Umwandlung in Kleinbuchstaben); einen Namen mit . , oder &quot; in &quot;Anführungszeichen&quot; setzen.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="62"/>
        <source>Tables copied at once (default: cores, at least 2).</source>
        <translation>Gleichzeitig kopierte Tabellen (Standard: Anzahl der Kerne, mindestens 2).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="66"/>
        <source>When target tables already hold data: fail (default) or truncate.</source>
        <translation>Wenn Zieltabellen schon Daten enthalten: fail (abbrechen, Standard) oder truncate (leeren).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="74"/>
        <source>Continue the interrupted migration --id.</source>
        <translation>Die unterbrochene Migration --id fortsetzen.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="77"/>
        <source>Print the final status as JSON.</source>
        <translation>Den abschließenden Status als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="80"/>
        <source>For replicated databases, tables with no primary key or replica identity: replica-identity-full (set on the source, undone at the end) or dump (left out of replication, copied again at cut-over). Without it, such tables stop the migration with their list.</source>
        <translation>Für replizierte Datenbanken, Tabellen ohne Primärschlüssel oder Replica Identity: replica-identity-full (auf der Quelle gesetzt, am Ende rückgängig gemacht) oder dump (von der Replikation ausgenommen, bei der Umschaltung erneut kopiert). Ohne diese Option halten solche Tabellen die Migration an, mit ihrer Liste.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="88"/>
        <source>Wait until every replicated database&apos;s lag is at most this many bytes (then replication goes on, unless --stop-replication).</source>
        <translation>Warten, bis der Rückstand jeder replizierten Datenbank höchstens so viele Bytes beträgt (danach läuft die Replikation weiter, außer mit --stop-replication).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="94"/>
        <source>Seconds to wait for the lag (default 600).</source>
        <translation>Sekunden Wartezeit auf den Rückstand (Standard 600).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="98"/>
        <source>Once the lag is reached, cut over (as &apos;pgmigrate finish --yes&apos;): writes to the source must have stopped. Needs --max-replication-lag. Unlike aiven-db-migrate&apos;s --stop-replication, which only drops the replication once the lag is reached, this drains every change, copies sequences, large objects and the tables left out, verifies every table, and only then removes the replication.</source>
        <translation>Sobald der Rückstand erreicht ist, umschalten (wie &apos;pgmigrate finish --yes&apos;): die Schreibzugriffe auf die Quelle müssen gestoppt sein. Braucht --max-replication-lag. Anders als --stop-replication von aiven-db-migrate, das beim Erreichen des Rückstands nur die Replikation entfernt, überträgt dies jede Änderung, kopiert Sequenzen, Large Objects und die ausgenommenen Tabellen, prüft jede Tabelle und entfernt erst dann die Replikation.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="107"/>
        <source>Print every progress step as a timestamped line on stderr, also when it is not a terminal (aiven-db-migrate&apos;s -d).</source>
        <translation>Jeden Fortschrittsschritt als Zeile mit Zeitstempel auf stderr ausgeben, auch wenn stderr kein Terminal ist (-d von aiven-db-migrate).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="112"/>
        <source>For replicated databases: fast (default: this tool&apos;s parallel copy inside the slot&apos;s snapshot) or native (the target server&apos;s own table sync).</source>
        <translation>Für replizierte Datenbanken: fast (Standard: die parallele Kopie dieses Werkzeugs im Snapshot des Slots) oder native (die eigene Tabellensynchronisation des Zielservers).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="118"/>
        <source>Also verify replicated databases right after their initial copy (finish always verifies every table).</source>
        <translation>Replizierte Datenbanken auch gleich nach ihrer Erstkopie prüfen (finish prüft immer jede Tabelle).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="123"/>
        <source>Leave the target without planner statistics (by default every table is analyzed once loaded, so queries after the cut-over plan well).</source>
        <translation>Das Ziel ohne Planer-Statistiken lassen (standardmäßig wird jede Tabelle nach dem Laden analysiert, damit Abfragen nach der Umschaltung gut geplant werden).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="148"/>
        <source>--resume needs --id</source>
        <translation>--resume braucht --id</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="155"/>
        <source>invalid --id</source>
        <translation>ungültige --id</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="173"/>
        <source>--if-exists must be fail or truncate</source>
        <translation>--if-exists muss fail oder truncate sein</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="189"/>
        <source>--tables-without-pk must be replica-identity-full or dump</source>
        <translation>--tables-without-pk muss replica-identity-full oder dump sein</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="202"/>
        <source>--initial-sync must be fast or native</source>
        <translation>--initial-sync muss fast oder native sein</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="208"/>
        <source>--max-replication-lag takes a number of bytes</source>
        <translation>--max-replication-lag erwartet eine Anzahl Bytes</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="213"/>
        <source>--stop-replication needs --max-replication-lag</source>
        <translation>--stop-replication braucht --max-replication-lag</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="218"/>
        <source>--lag-timeout must be a positive number of seconds</source>
        <translation>--lag-timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="283"/>
        <source>waiting for replication lag %1 bytes &lt;= %2</source>
        <translation>Warten auf Replikationsrückstand %1 Bytes &lt;= %2</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="311"/>
        <source>the replication lag did not fall under %1 bytes within %2 s</source>
        <translation>der Replikationsrückstand fiel nicht innerhalb von %2 s unter %1 Bytes</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="346"/>
        <source>give --source and --target, or --id of a migration</source>
        <translation>geben Sie --source und --target an, oder die --id einer Migration</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="365"/>
        <location filename="../cli/MigrateCommands.cpp" line="378"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="371"/>
        <source>%1 tables compared in %2 s</source>
        <translation>%1 Tabellen in %2 s verglichen</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="386"/>
        <source>The target matches the source.</source>
        <translation>Das Ziel stimmt mit der Quelle überein.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="387"/>
        <source>The target differs from the source.</source>
        <translation>Das Ziel weicht von der Quelle ab.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="397"/>
        <source>Migrates every database of the source cluster to the target: pre-checks, roles, schema, data, indexes, sequences, large objects, then a verification of every table. Databases that can replicate keep syncing afterwards until &apos;pgmigrate finish&apos;.</source>
        <translation>Migriert jede Datenbank des Quellclusters zum Ziel: Vorabprüfungen, Rollen, Schema, Daten, Indizes, Sequenzen, Large Objects, dann eine Prüfung jeder Tabelle. Datenbanken, die replizieren können, werden danach weiter synchronisiert bis &apos;pgmigrate finish&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="438"/>
        <source>Migration starting (Ctrl-C stops it)…</source>
        <translation>Migration startet (Strg+C hält sie an)…</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="469"/>
        <source>Shows the status of a migration (the latest when no --id is given).</source>
        <translation>Zeigt den Status einer Migration (der neuesten, wenn keine --id angegeben ist).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="475"/>
        <location filename="../cli/MigrateCommands.cpp" line="541"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="527"/>
        <source>Compares every database of the source with the target: row counts and checksums of every table, sequences and large objects.</source>
        <translation>Vergleicht jede Datenbank der Quelle mit dem Ziel: Zeilenzahlen und Prüfsummen jeder Tabelle, Sequenzen und Large Objects.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="534"/>
        <source>Tables to leave out: db.schema.table, schema.table or table (as for migrate).</source>
        <translation>Auszulassende Tabellen: db.schema.tabelle, schema.tabelle oder tabelle (wie bei migrate).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="538"/>
        <source>Tables compared at once.</source>
        <translation>Gleichzeitig verglichene Tabellen.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="544"/>
        <source>Take servers, exclusions and skipped tables from this saved migration (the latest when neither --id nor --source/--target is given).</source>
        <translation>Server, Ausschlüsse und ausgelassene Tabellen aus dieser gespeicherten Migration nehmen (der neuesten, wenn weder --id noch --source/--target angegeben ist).</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="112"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="55"/>
        <source>Options:
  -h, --help     show this help (or &apos;pgmigrate &lt;command&gt; --help&apos;)
  -v, --version  show the version
  --verbose      (after the command) log every step on stderr; PGMIGRATE_LOG picks
                 areas: PGMIGRATE_LOG=&apos;pgm.engine.copy.debug=true&apos;

Passwords come, in this order, from the URI, PGMIGRATE_SOURCE_PASSWORD /
PGMIGRATE_TARGET_PASSWORD, what libpq finds by itself (PGPASSWORD, the passfile
~/.pgpass or PGPASSFILE, a service file&apos;s password), the keychain where the
wizard remembered it, or a prompt on the terminal.
</source>
        <translation>Optionen:
  -h, --help     diese Hilfe zeigen (oder &apos;pgmigrate &lt;Befehl&gt; --help&apos;)
  -v, --version  die Version zeigen
  --verbose      (nach dem Befehl) jeden Schritt auf stderr protokollieren; PGMIGRATE_LOG
                 wählt Bereiche: PGMIGRATE_LOG=&apos;pgm.engine.copy.debug=true&apos;

Passwörter kommen, in dieser Reihenfolge, aus der URI, PGMIGRATE_SOURCE_PASSWORD /
PGMIGRATE_TARGET_PASSWORD, dem, was libpq selbst findet (PGPASSWORD, die
Passwortdatei ~/.pgpass oder PGPASSFILE, das Passwort einer Dienstdatei), dem
Schlüsselbund, in dem der Assistent es gespeichert hat, oder einer Abfrage im Terminal.
</translation>
    </message>
    <message>
        <location filename="../cli/LockWait.cpp" line="15"/>
        <source>Seconds in all to keep trying ALTER TABLE ... REPLICA IDENTITY on the live source while other sessions hold the table (default 30). Each try waits one second at most, so the application never queues longer behind it; 0 tries each table once.</source>
        <translation>Sekunden, die ALTER TABLE ... REPLICA IDENTITY auf der laufenden Quelle insgesamt weiter versucht wird, solange andere Sitzungen die Tabelle halten (Standard 30). Jeder Versuch wartet höchstens eine Sekunde, sodass sich die Anwendung nie länger dahinter anstellt; 0 versucht jede Tabelle einmal.</translation>
    </message>
    <message>
        <location filename="../cli/LockWait.cpp" line="30"/>
        <source>--lock-wait must be a number of seconds from 0 to %1</source>
        <translation>--lock-wait muss eine Anzahl Sekunden von 0 bis %1 sein</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../engine/connection/ConnectionSettings.cpp" line="32"/>
        <source>could not parse the connection string</source>
        <translation>die Verbindungszeichenkette konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../engine/connection/HostResolver.cpp" line="73"/>
        <source>resolve host name &quot;%1&quot;</source>
        <translation>Hostnamen „%1“ auflösen</translation>
    </message>
    <message>
        <location filename="../engine/connection/HostResolver.cpp" line="86"/>
        <source>no answer from the name resolver within %1 s</source>
        <translation>keine Antwort von der Namensauflösung innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../engine/connection/HostResolver.cpp" line="96"/>
        <source>could not translate host name &quot;%1&quot; to address: %2</source>
        <translation>Hostname „%1“ konnte nicht in eine Adresse übersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="40"/>
        <source>the connection to the server was lost (%1)</source>
        <translation>die Verbindung zum Server ist abgebrochen (%1)</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="65"/>
        <source>connect to %1</source>
        <translation>mit %1 verbinden</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="149"/>
        <source>no answer from the server within %1 s</source>
        <translation>keine Antwort vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="556"/>
        <source>quote identifier</source>
        <translation>Bezeichner quotieren</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="569"/>
        <source>quote literal</source>
        <translation>Literal quotieren</translation>
    </message>
    <message>
        <location filename="../engine/connection/SessionTimeouts.cpp" line="19"/>
        <source>turn off session timeouts</source>
        <translation>Sitzungs-Timeouts abschalten</translation>
    </message>
    <message>
        <location filename="../engine/connection/TextOutput.cpp" line="25"/>
        <source>pin settings</source>
        <translation>Sitzungseinstellungen festlegen</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgError.cpp" line="21"/>
        <source>. The disk of the server that holds that file is full: free space there or grow it, then resume; what was copied is kept</source>
        <translation>. Die Festplatte des Servers, auf dem diese Datei liegt, ist voll: Schaffen Sie dort Platz oder vergrößern Sie sie, und setzen Sie dann fort; was kopiert wurde, bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../credentials/KeychainCredentialStore.cpp" line="54"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="29"/>
        <source>a double quote is not closed</source>
        <translation>ein doppeltes Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="46"/>
        <source>text after the closing quote of &quot;%1&quot;</source>
        <translation>Text nach dem schließenden Anführungszeichen von „%1“</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="90"/>
        <source>&quot;%1&quot; is not a name</source>
        <translation>„%1“ ist kein Name</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="92"/>
        <source>&quot;%1&quot; is not table, schema.table or db.schema.table</source>
        <translation>„%1“ ist weder tabelle noch schema.tabelle noch db.schema.tabelle</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="95"/>
        <source>&quot;%1&quot; is not db.schema.table</source>
        <translation>„%1“ ist nicht db.schema.tabelle</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="14"/>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="16"/>
        <source>checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="18"/>
        <source>slot</source>
        <translation>Replikationsslot</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="20"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="22"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="24"/>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="26"/>
        <source>verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="28"/>
        <source>analyze</source>
        <translation>Statistiken (ANALYZE)</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="30"/>
        <source>subscribe</source>
        <translation>Subskription</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="34"/>
        <source>streaming</source>
        <translation>Replikation läuft</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="36"/>
        <source>freeze writes</source>
        <translation>Schreibsperre</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="38"/>
        <source>drain</source>
        <translation>Änderungsstrom leeren</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="40"/>
        <source>catch-up</source>
        <translation>Nachholen</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="44"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="42"/>
        <source>cleanup</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="32"/>
        <source>initial sync</source>
        <translation>erste Synchronisation</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="51"/>
        <source>initial sync %1/%2 tables</source>
        <translation>erste Synchronisation %1/%2 Tabellen</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="16"/>
        <source>free replication slots on the source</source>
        <translation>freie Replikationsslots auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="18"/>
        <source>free WAL senders on the source</source>
        <translation>freie WAL-Sender auf der Quelle</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="20"/>
        <source>max_replication_slots on the target</source>
        <translation>max_replication_slots auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="22"/>
        <source>free logical replication workers on the target</source>
        <translation>freie Worker für logische Replikation auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="35"/>
        <source>the source runs PostgreSQL %1; logical replication needs 10 or newer</source>
        <translation>die Quelle läuft mit PostgreSQL %1; logische Replikation braucht 10 oder neuer</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="40"/>
        <source>the source is a standby: publications and slots are made on the primary</source>
        <translation>die Quelle ist ein Standby: Publikationen und Slots werden auf dem Primärserver angelegt</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="45"/>
        <source>the source&apos;s wal_level is &apos;%1&apos;, not &apos;logical&apos;</source>
        <translation>wal_level der Quelle ist &apos;%1&apos;, nicht &apos;logical&apos;</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="49"/>
        <source>source user %1 is neither superuser nor has the REPLICATION attribute</source>
        <translation>Quellbenutzer %1 ist weder Superuser noch hat er das Attribut REPLICATION</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="54"/>
        <source>the target server cannot connect to the source (%1)</source>
        <translation>der Zielserver kann sich nicht mit der Quelle verbinden (%1)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="78"/>
        <source>target user %1 is not superuser and aiven_extras cannot be used in target database %2 (only superusers may create subscriptions before PostgreSQL 16)</source>
        <translation>Zielbenutzer %1 ist kein Superuser, und aiven_extras ist in der Zieldatenbank %2 nicht nutzbar (vor PostgreSQL 16 dürfen nur Superuser Subskriptionen anlegen)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="85"/>
        <source>target user %1 is not superuser, not a member of pg_create_subscription, and aiven_extras cannot be used in target database %2</source>
        <translation>Zielbenutzer %1 ist kein Superuser, kein Mitglied von pg_create_subscription, und aiven_extras ist in der Zieldatenbank %2 nicht nutzbar</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="92"/>
        <source>target user %1 is a member of pg_create_subscription but has no CREATE on target database %2, which CREATE SUBSCRIPTION needs</source>
        <translation>Zielbenutzer %1 ist Mitglied von pg_create_subscription, hat aber kein CREATE auf der Zieldatenbank %2, das CREATE SUBSCRIPTION braucht</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="99"/>
        <source>target user %1 may create subscriptions (pg_create_subscription) but, not being superuser, only with a password the source asks for (password_required): the source connection has no password, or the source did not ask for it (trust, peer or cert authentication)</source>
        <translation>Zielbenutzer %1 darf Subskriptionen anlegen (pg_create_subscription), als Nicht-Superuser aber nur mit einem Passwort, das die Quelle verlangt (password_required): Die Quellverbindung hat kein Passwort, oder die Quelle hat es nicht verlangt (Authentifizierung trust, peer oder cert)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="112"/>
        <source>source database %1 is read-only (default_transaction_read_only): its publication cannot be made there, and nothing writes to it that replication would carry</source>
        <translation>die Quelldatenbank %1 ist schreibgeschützt (default_transaction_read_only): ihre Publikation kann dort nicht angelegt werden, und nichts schreibt in sie, was die Replikation übertragen würde</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="119"/>
        <source>no superuser and no aiven_extras in source database %1, and %2 does not own every table there (with CREATE on it) to publish them itself</source>
        <translation>kein Superuser und kein aiven_extras in der Quelldatenbank %1, und %2 besitzt dort nicht jede Tabelle (mit CREATE darauf), um sie selbst zu veröffentlichen</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="159"/>
        <source>not enough %1 for every database (%2 available, %3 needed)</source>
        <translation>nicht genug %1 für jede Datenbank (%2 verfügbar, %3 benötigt)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="172"/>
        <source>one-time snapshot (dump method) chosen by the user</source>
        <translation>einmaliger Snapshot (Dump-Methode), vom Benutzer gewählt</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="178"/>
        <location filename="../engine/checks/MigrationPlan.cpp" line="187"/>
        <source>logical replication</source>
        <translation>logische Replikation</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="181"/>
        <source>cannot replicate: </source>
        <translation>Replikation nicht möglich: </translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="191"/>
        <source>: dump method</source>
        <translation>: Dump-Methode</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="119"/>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
</context>
<context>
    <name>Replication</name>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="29"/>
        <source>install aiven_extras</source>
        <translation>aiven_extras installieren</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="49"/>
        <source>the replication slot could not be created within %1 s: open transactions on the source hold it back (see the open-transactions check; end them or retry)</source>
        <translation>der Replikationsslot konnte nicht innerhalb von %1 s angelegt werden: offene Transaktionen auf der Quelle halten ihn auf (siehe die Prüfung offener Transaktionen; beenden Sie sie oder versuchen Sie es erneut)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="129"/>
        <source>create replication slot %1</source>
        <translation>Replikationsslot %1 anlegen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="153"/>
        <source>check table ownership</source>
        <translation>Tabelleneigentum prüfen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="186"/>
        <source>list the published tables</source>
        <translation>die veröffentlichten Tabellen auflisten</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="204"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="229"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="233"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="243"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="251"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="265"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="269"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="272"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="276"/>
        <source>create publication</source>
        <translation>Publikation anlegen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="205"/>
        <source>aiven_extras published %1 with the tables they inherit from, and they cannot be left out of the publication (%2). Those tables are skipped or have no replica identity: give them a primary key or a replica identity, or migrate this database with the dump method</source>
        <translation>aiven_extras hat %1 mit den Tabellen veröffentlicht, von denen sie erben, und sie lassen sich nicht aus der Publikation nehmen (%2). Diese Tabellen werden übersprungen oder haben keine Replikationsidentität: Geben Sie ihnen einen Primärschlüssel oder eine Replikationsidentität, oder migrieren Sie diese Datenbank mit der Dump-Methode</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="307"/>
        <source>check subscription privilege</source>
        <translation>Abonnement-Berechtigung prüfen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="321"/>
        <source>check table owners</source>
        <translation>Tabelleneigentümer prüfen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="333"/>
        <source>read subscription owner</source>
        <translation>Eigentümer des Abonnements lesen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="364"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="381"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="402"/>
        <source>create subscription</source>
        <translation>Abonnement anlegen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="77"/>
        <source>the replication slot %1 is gone from the source: start over</source>
        <translation>der Replikationsslot %1 ist auf der Quelle nicht mehr vorhanden: neu beginnen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="88"/>
        <source>the replication slot lost WAL it needed (max_slot_wal_keep_size): start over</source>
        <translation>dem Replikationsslot fehlt WAL, das er brauchte (max_slot_wal_keep_size): neu beginnen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="119"/>
        <source>the subscription %1 is gone from the target: start over</source>
        <translation>das Abonnement %1 ist auf dem Ziel nicht mehr vorhanden: neu beginnen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="133"/>
        <source>the subscription is disabled after %1 errors (PostgreSQL keeps an apply error&apos;s text only in the target server&apos;s log: look for &quot;logical replication&quot;)</source>
        <translation>das Abonnement ist nach %1 Fehlern deaktiviert (PostgreSQL hält den Text eines Apply-Fehlers nur im Log des Zielservers fest: suchen Sie nach &quot;logical replication&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="139"/>
        <source>the subscription is disabled (PostgreSQL keeps an apply error&apos;s text only in the target server&apos;s log: look for &quot;logical replication&quot;)</source>
        <translation>das Abonnement ist deaktiviert (PostgreSQL hält den Text eines Apply-Fehlers nur im Log des Zielservers fest: suchen Sie nach &quot;logical replication&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="424"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="431"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="434"/>
        <source>enable subscription</source>
        <translation>Abonnement aktivieren</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="474"/>
        <source>subscription %1 is disabled but still on the target: aiven_extras could not drop it (%2); run &apos;pgmigrate stop&apos; again once the source is reachable</source>
        <translation>das Abonnement %1 ist deaktiviert, aber noch auf dem Ziel: aiven_extras konnte es nicht löschen (%2); führen Sie &apos;pgmigrate stop&apos; erneut aus, sobald die Quelle erreichbar ist</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="490"/>
        <source>drop subscription</source>
        <translation>Abonnement löschen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="497"/>
        <source>the target server keeps the source password in %1: delete that file on the target&apos;s host</source>
        <translation>der Zielserver hat das Passwort der Quelle noch in %1: löschen Sie diese Datei auf dem Host des Ziels</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="532"/>
        <source> (as a superuser: %1)</source>
        <translation> (als Superuser: %1)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="211"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="222"/>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="226"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="227"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="228"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="229"/>
        <source>Detail</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="230"/>
        <source>Remedy</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="179"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="180"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="248"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="250"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="252"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="254"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="256"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="258"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="260"/>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="262"/>
        <source>Databases / tables</source>
        <translation>Datenbanken / Tabellen</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="265"/>
        <location filename="../engine/state/MigrationReport.cpp" line="323"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="267"/>
        <location filename="../engine/state/MigrationReport.cpp" line="324"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="270"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="278"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="281"/>
        <source>Method: %1 (%2). Status: %3. Verification: %4.</source>
        <translation>Methode: %1 (%2). Status: %3. Prüfung: %4.</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="289"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="301"/>
        <source>Started %1, finished %2; rows %3, size %4; phases: %5.</source>
        <translation>Gestartet %1, beendet %2; Zeilen %3, Größe %4; Phasen: %5.</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="309"/>
        <source>Cut-over: %1; lag last read: %2 bytes.</source>
        <translation>Umschaltung: %1; zuletzt gelesener Rückstand: %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="318"/>
        <source>Finish steps (time/limit): %1</source>
        <translation>Schritte des Abschlusses (Zeit/Limit): %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="322"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="325"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="326"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="346"/>
        <location filename="../report/ReportFile.cpp" line="41"/>
        <source>pgmigrate report %1</source>
        <translation>pgmigrate-Bericht %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="347"/>
        <source>Migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="353"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../report/ReportFile.cpp" line="49"/>
        <source>%1: the file name must end in .html, .pdf or .json</source>
        <translation>%1: Der Dateiname muss auf .html, .pdf oder .json enden</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="44"/>
        <source>list tables foreign keys point at</source>
        <translation>Tabellen ermitteln, auf die Fremdschlüssel verweisen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="92"/>
        <source>could not save the state: </source>
        <translation>Zustand konnte nicht gespeichert werden: </translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="157"/>
        <source>migration %1 was stopped; a stopped migration cannot continue, start over instead</source>
        <translation>Migration %1 wurde gestoppt; eine gestoppte Migration kann nicht fortgesetzt werden, beginnen Sie stattdessen neu</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="165"/>
        <source>migration %1 is already done</source>
        <translation>Migration %1 ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="176"/>
        <source>resumed: tables copied after the restart come from a new snapshot, so they reflect a later moment of the source than the tables copied before</source>
        <translation>fortgesetzt: Tabellen, die nach dem Neustart kopiert werden, stammen aus einem neuen Snapshot und geben daher einen späteren Stand der Quelle wieder als die vorher kopierten</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="249"/>
        <source>migration %1 exists already: continue it with &apos;pgmigrate migrate --resume --id %1&apos;, or start over under a new id (leave out --id)</source>
        <translation>Migration %1 existiert bereits: Setzen Sie sie mit &apos;pgmigrate migrate --resume --id %1&apos; fort, oder beginnen Sie unter einer neuen ID neu (ohne --id)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="259"/>
        <source>migration id %1 would give its replication slots the names migration %2 uses (ids are told apart by their first 32 characters, in lower case, letters and digits only): choose another id, or leave out --id</source>
        <translation>Die Migrations-ID %1 gäbe ihren Replikationsslots die Namen, die Migration %2 verwendet (IDs werden an ihren ersten 32 Zeichen unterschieden, kleingeschrieben, nur Buchstaben und Ziffern): wählen Sie eine andere ID oder lassen Sie --id weg</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="305"/>
        <source>pre-checks failed: </source>
        <translation>Vorabprüfungen fehlgeschlagen: </translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="384"/>
        <source>privileges (GRANTs) are not carried because some roles could not be created</source>
        <translation>Rechte (GRANTs) werden nicht übertragen, weil einige Rollen nicht angelegt werden konnten</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="389"/>
        <source>these LOGIN roles got a random password (the source user cannot read password hashes): %1; set one with ALTER ROLE ... PASSWORD</source>
        <translation>diese LOGIN-Rollen haben ein zufälliges Passwort erhalten (der Quellbenutzer kann keine Passwort-Hashes lesen): %1; setzen Sie eines mit ALTER ROLE ... PASSWORD</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="408"/>
        <source>find pg_dump</source>
        <translation>pg_dump suchen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="417"/>
        <source>write passfile</source>
        <translation>Passwortdatei schreiben</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="526"/>
        <source>: pgmigrate migrate --resume --id %1</source>
        <translation>: pgmigrate migrate --resume --id %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="580"/>
        <source>the target user keeps the memberships it took (%1) until the next run of this migration: %2</source>
        <translation>der Zielbenutzer behält die übernommenen Mitgliedschaften (%1) bis zum nächsten Lauf dieser Migration: %2</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="72"/>
        <source>look for the tables on the target</source>
        <translation>die Tabellen auf dem Ziel suchen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="259"/>
        <source>%1: the source&apos;s publications are not migrated: %2. Consumers of their changes need them on the target after the cut-over (&apos;pg_dump --schema-only&apos; on the source prints their statements)</source>
        <translation>%1: die Publikationen der Quelle werden nicht migriert: %2. Wer ihre Änderungen liest, braucht sie nach der Umstellung auf dem Ziel (&apos;pg_dump --schema-only&apos; auf der Quelle gibt ihre Anweisungen aus)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="267"/>
        <source>%1: the source&apos;s subscriptions are not migrated (the target must not replicate on its own): %2</source>
        <translation>%1: die Subskriptionen der Quelle werden nicht migriert (das Ziel darf nicht von sich aus replizieren): %2</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="360"/>
        <source>import the slot&apos;s snapshot</source>
        <translation>Snapshot des Slots übernehmen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="375"/>
        <source>the source&apos;s tables changed since the interrupted run made them on the target (%1); a resume would copy into the old ones: drop the database on the target, then migrate it again</source>
        <translation>die Tabellen der Quelle haben sich geändert, seit der unterbrochene Lauf sie auf dem Ziel angelegt hat (%1); eine Fortsetzung würde in die alten kopieren: die Datenbank auf dem Ziel löschen und erneut migrieren</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="386"/>
        <source>%1: the target&apos;s tables differ from the source&apos;s (%2); the data is copied into them as they are. For the source&apos;s definition: drop the database on the target, then migrate it again</source>
        <translation>%1: Die Tabellen des Ziels weichen von denen der Quelle ab (%2); die Daten werden unverändert in sie kopiert. Für die Definition der Quelle: die Datenbank auf dem Ziel löschen und erneut migrieren</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="416"/>
        <source>inspect target database %1</source>
        <translation>Zieldatenbank %1 untersuchen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="101"/>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="434"/>
        <source>truncate target tables</source>
        <translation>Zieltabellen leeren</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="485"/>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="530"/>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="63"/>
        <source>copy the schema of %1</source>
        <translation>Schema von %1 kopieren</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="509"/>
        <source>list the schema&apos;s objects</source>
        <translation>die Objekte des Schemas auflisten</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="569"/>
        <source>%1: the target&apos;s tables %2 have columns of other types than the source&apos;s: copied as text, each value converted</source>
        <translation>%1: Die Tabellen %2 des Ziels haben Spalten anderer Typen als die der Quelle: als Text kopiert, jeder Wert umgewandelt</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="629"/>
        <source>%1: %2 foreign keys are dropped on the target for the load (its user may not set session_replication_role) until the indexes phase makes them again; if this run stops before, a resume or a start over makes them: %3</source>
        <translation>%1: %2 Fremdschlüssel werden für das Laden auf dem Ziel entfernt (sein Benutzer darf session_replication_role nicht setzen), bis die Index-Phase sie wieder anlegt; endet dieser Lauf vorher, legt eine Fortsetzung oder ein Neubeginn sie an: %3</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="661"/>
        <source>refresh %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerTriggers.cpp" line="30"/>
        <source>%1: triggers that fire on replicated rows stay disabled on the target until the cut-over: %2</source>
        <translation>%1: Trigger, die bei replizierten Zeilen feuern, bleiben auf dem Ziel bis zur Umstellung deaktiviert: %2</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerTriggers.cpp" line="99"/>
        <source>%1: triggers this run disabled on the target stay disabled while its subscription is left; &apos;pgmigrate stop --id %2&apos; removes it and gives them back</source>
        <translation>%1: Trigger, die dieser Lauf auf dem Ziel deaktiviert hat, bleiben deaktiviert, solange seine Subscription besteht; &apos;pgmigrate stop --id %2&apos; entfernt sie und stellt die Trigger wieder her</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerTriggers.cpp" line="111"/>
        <source>%1: triggers this run disabled on the target stay disabled (%2); &apos;pgmigrate stop --id %3&apos; gives them back once it is reachable, as a start over does</source>
        <translation>%1: Trigger, die dieser Lauf auf dem Ziel deaktiviert hat, bleiben deaktiviert (%2); &apos;pgmigrate stop --id %3&apos; stellt sie wieder her, sobald es erreichbar ist, ebenso ein Neubeginn</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="73"/>
        <source>create replication slot</source>
        <translation>Replikationsslot anlegen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="115"/>
        <source>initial sync of %1</source>
        <translation>erste Synchronisation von %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="117"/>
        <source>the target&apos;s table sync keeps failing (%1 errors; the target server&apos;s log says why)</source>
        <translation>die Tabellensynchronisation des Ziels schlägt wiederholt fehl (%1 Fehler; das Log des Zielservers sagt warum)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="86"/>
        <source>%1: copied by the target&apos;s own table sync; every table is verified at cut-over</source>
        <translation>%1: von der eigenen Tabellensynchronisation des Ziels kopiert; jede Tabelle wird bei der Umstellung geprüft</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="166"/>
        <source>%1: could not clean up the replication objects: %2; run &apos;pgmigrate stop --id %3&apos;</source>
        <translation>%1: die Replikationsobjekte konnten nicht entfernt werden: %2; führen Sie &apos;pgmigrate stop --id %3&apos; aus</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="235"/>
        <source>replaced by migration %1, which removed what this one left on the servers</source>
        <translation>ersetzt durch Migration %1, die entfernt hat, was diese auf den Servern hinterlassen hatte</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="274"/>
        <source>migrate %1</source>
        <translation>%1 migrieren</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="275"/>
        <source>migration %1 still replicates this database into the target: finish it (&apos;pgmigrate finish --id %1&apos;) or stop it (&apos;pgmigrate stop --id %1&apos;) first</source>
        <translation>Migration %1 repliziert diese Datenbank noch ins Ziel: Schließen Sie sie zuerst ab (&apos;pgmigrate finish --id %1&apos;) oder stoppen Sie sie (&apos;pgmigrate stop --id %1&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="358"/>
        <source>publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="359"/>
        <source>these tables have no primary key or replica identity, so publishing them would make UPDATE and DELETE fail on the source: %1. Choose --tables-without-pk=replica-identity-full (every UPDATE/DELETE then scans the table on the target) or --tables-without-pk=dump (copied again at cut-over)</source>
        <translation>diese Tabellen haben keinen Primärschlüssel und keine Replikationsidentität, eine Veröffentlichung würde UPDATE und DELETE auf der Quelle fehlschlagen lassen: %1. Wählen Sie --tables-without-pk=replica-identity-full (jedes UPDATE/DELETE durchsucht dann die Tabelle auf dem Ziel) oder --tables-without-pk=dump (bei der Umstellung erneut kopiert)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="396"/>
        <source>set replica identity of %1</source>
        <translation>Replikationsidentität von %1 setzen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="345"/>
        <source>%1: no replication connection from this computer (%2): the target server runs the initial copy itself (slower)</source>
        <translation>%1: keine Replikationsverbindung von diesem Rechner (%2): Der Zielserver führt die erste Kopie selbst aus (langsamer)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="194"/>
        <source>%1: an index or constraint appeared on the target while it was restored (a killed run&apos;s session ending its work): what is missing was read again</source>
        <translation>%1: ein Index oder Constraint ist auf dem Ziel während der Wiederherstellung erschienen (die Sitzung eines abgebrochenen Laufs beendete ihre Arbeit): Was fehlt, wurde erneut gelesen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="202"/>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="237"/>
        <source>create indexes and constraints in %1</source>
        <translation>Indizes und Constraints in %1 anlegen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="216"/>
        <source>%1: grants that %2 made on objects they do not own are made by the objects&apos; owners on the target (a target user without superuser cannot act as another role); the privileges are the same</source>
        <translation>%1: Rechte, die %2 an Objekten vergeben hat, die ihnen nicht gehören, vergeben auf dem Ziel die Eigentümer der Objekte (ein Zielbenutzer ohne Superuser-Recht kann nicht als andere Rolle handeln); die Rechte sind dieselben</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="320"/>
        <source>copy data of %1</source>
        <translation>Daten von %1 kopieren</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="327"/>
        <source>%1: triggers and foreign key checks fired while loading (the target user may not set session_replication_role; GRANT SET ON PARAMETER session_replication_role TO it)</source>
        <translation>%1: Trigger und Fremdschlüsselprüfungen wurden beim Laden ausgelöst (der Zielbenutzer darf session_replication_role nicht setzen; GRANT SET ON PARAMETER session_replication_role TO ihm)</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="664"/>
        <location filename="../engine/replication/Cutover.cpp" line="670"/>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="529"/>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="556"/>
        <source>verify %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="535"/>
        <source>%1: sequences moved on the source during the copy (writes went on)%2: %3</source>
        <translation>%1: Sequenzen haben sich auf der Quelle während der Kopie bewegt (es wurde weiter geschrieben)%2: %3</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="541"/>
        <source>; the cut-over copies them again</source>
        <translation>; die Umstellung kopiert sie erneut</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="543"/>
        <source>; rows written after the snapshot are not migrated by the dump method</source>
        <translation>; nach dem Snapshot geschriebene Zeilen werden von der Dump-Methode nicht migriert</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="557"/>
        <source>the target differs from the source: </source>
        <translation>das Ziel weicht von der Quelle ab: </translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="63"/>
        <source>copy tables at cut-over</source>
        <translation>Tabellen bei der Umstellung kopieren</translation>
    </message>
    <message>
        <location filename="../engine/replication/ApplyErrorWatch.cpp" line="49"/>
        <source>the target cannot apply the changes: its replication worker failed %1 times in a row (an apply error, e.g. a row that conflicts with a constraint there, or a table changed on one side only). PostgreSQL keeps the error&apos;s text only in the target server&apos;s log: look for &quot;logical replication&quot;</source>
        <translation>das Ziel kann die Änderungen nicht anwenden: sein Replikations-Worker ist %1-mal in Folge gescheitert (ein Fehler beim Anwenden, z. B. eine Zeile, die dort gegen einen Constraint verstößt, oder eine nur auf einer Seite geänderte Tabelle). PostgreSQL hält den Fehlertext nur im Log des Zielservers fest: Suchen Sie nach &quot;logical replication&quot;</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="50"/>
        <source>; once the cause is fixed: pgmigrate resume-replication --id %1</source>
        <translation>; sobald die Ursache behoben ist: pgmigrate resume-replication --id %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="154"/>
        <source>the target&apos;s replication worker has not run for %1 s (can the target server reach the source?); the target server&apos;s log says why</source>
        <translation>der Replikations-Worker des Ziels ist seit %1 s nicht gelaufen (erreicht der Zielserver die Quelle?); das Log des Zielservers sagt warum</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="165"/>
        <source>the target did not catch up within %1 s</source>
        <translation>das Ziel hat innerhalb von %1 s nicht aufgeholt</translation>
    </message>
    <message>
        <location filename="../engine/replication/WriteFreeze.cpp" line="43"/>
        <source>writes to %1 have stayed frozen since a cut-over that did not end, and could not be unfrozen: %2; run ALTER DATABASE ... RESET default_transaction_read_only on the source</source>
        <translation>Schreibzugriffe auf %1 sind seit einer nicht beendeten Umschaltung gesperrt und konnten nicht freigegeben werden: %2; führen Sie auf der Quelle ALTER DATABASE ... RESET default_transaction_read_only aus</translation>
    </message>
    <message>
        <location filename="../engine/replication/WriteFreeze.cpp" line="51"/>
        <source>%1: writes had stayed frozen since a cut-over that did not end; they are unfrozen</source>
        <translation>%1: Schreibzugriffe waren seit einer nicht abgeschlossenen Umstellung eingefroren; sie sind wieder freigegeben</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="277"/>
        <source>the target user keeps the memberships it took (%1) until the next finish: %2</source>
        <translation>der Zielbenutzer behält die übernommenen Mitgliedschaften (%1) bis zum nächsten Abschluss: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="93"/>
        <source>%1: restore the replica identity of %2 on the target yourself: %3; (%4)</source>
        <translation>%1: stellen Sie die Replikationsidentität von %2 auf dem Ziel selbst wieder her: %3; (%4)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="109"/>
        <source>%1: restore the replica identity of %2 yourself: %3; (%4)</source>
        <translation>%1: stellen Sie die Replikationsidentität von %2 selbst wieder her: %3; (%4)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="203"/>
        <source>source not reachable (%1)</source>
        <translation>Quelle nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="207"/>
        <source>target not reachable (%1)</source>
        <translation>Ziel nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="242"/>
        <source>%1: cannot resume: %2 not reachable (%3)</source>
        <translation>%1: Fortsetzen nicht möglich: %2 nicht erreichbar (%3)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="245"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="246"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="253"/>
        <source>%1: cannot resume: %2</source>
        <translation>%1: Fortsetzen nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="270"/>
        <source>%1: still failing: %2</source>
        <translation>%1: schlägt weiterhin fehl: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="360"/>
        <source>removed subscription %1 (target database %2)</source>
        <translation>Subskription %1 entfernt (Zieldatenbank %2)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="381"/>
        <source>removed replication slot %1</source>
        <translation>Replikationsslot %1 entfernt</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="384"/>
        <source>could not remove replication slot %1: %2</source>
        <translation>Replikationsslot %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="400"/>
        <source>drop publication</source>
        <translation>Publikation löschen</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="401"/>
        <source>removed publication %1 (source database %2)</source>
        <translation>Publikation %1 entfernt (Quelldatenbank %2)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="443"/>
        <source>%1: the target is not reachable (%2): its subscription %3 is left; drop it there with ALTER SUBSCRIPTION ... DISABLE, ALTER SUBSCRIPTION ... SET (slot_name = NONE), DROP SUBSCRIPTION</source>
        <translation>%1: das Ziel ist nicht erreichbar (%2): seine Subskription %3 bleibt bestehen; entfernen Sie sie dort mit ALTER SUBSCRIPTION ... DISABLE, ALTER SUBSCRIPTION ... SET (slot_name = NONE), DROP SUBSCRIPTION</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="455"/>
        <source>%1: left behind%2; remove it: %3</source>
        <translation>%1: zurückgeblieben%2; entfernen Sie es: %3</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="460"/>
        <source> (source unreachable: %1)</source>
        <translation> (Quelle nicht erreichbar: %1)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="484"/>
        <source>%1: the target is not reachable (%2): triggers this migration disabled there stay disabled</source>
        <translation>%1: Das Ziel ist nicht erreichbar (%2): Trigger, die diese Migration dort deaktiviert hat, bleiben deaktiviert</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="419"/>
        <location filename="../engine/replication/Cutover.cpp" line="530"/>
        <location filename="../engine/replication/Cutover.cpp" line="628"/>
        <location filename="../engine/replication/Cutover.cpp" line="632"/>
        <source>cut over %1</source>
        <translation>%1 umstellen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="458"/>
        <source>cancelled at the limit</source>
        <translation>beim Limit abgebrochen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="535"/>
        <source>%1: schema changed on the source since the copy (DDL is not replicated): %2</source>
        <translation>%1: Schema hat sich auf der Quelle seit der Kopie geändert (DDL wird nicht repliziert): %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="545"/>
        <source>%1: freezing writes</source>
        <translation>%1: Schreibzugriffe werden eingefroren</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="554"/>
        <source>%1: already read-only by its own setting (default_transaction_read_only = on): it stays on</source>
        <translation>%1: bereits schreibgeschützt durch eine eigene Einstellung (default_transaction_read_only = on): sie bleibt bestehen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="616"/>
        <source>%1: draining the change stream</source>
        <translation>%1: der Änderungsstrom wird abgearbeitet</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="638"/>
        <source>%1: sequences, large objects and tables replication does not carry</source>
        <translation>%1: Sequenzen, Large Objects und Tabellen, die Replikation nicht überträgt</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="653"/>
        <source>%1: verifying</source>
        <translation>%1: wird überprüft</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="371"/>
        <source>%1: removing the replication objects</source>
        <translation>%1: die Replikationsobjekte werden entfernt</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="206"/>
        <location filename="../engine/replication/Cutover.cpp" line="214"/>
        <source>remove the replication objects</source>
        <translation>die Replikationsobjekte entfernen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="694"/>
        <source>%1: writes were frozen for %2 s</source>
        <translation>%1: Schreibzugriffe waren %2 s eingefroren</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="156"/>
        <source>no %1 of version %2 or newer found (%3); install postgresql-client-%2</source>
        <translation>kein %1 der Version %2 oder neuer gefunden (%3); installieren Sie postgresql-client-%2</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="161"/>
        <source>none installed</source>
        <translation>keines installiert</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="162"/>
        <source>none in %1</source>
        <translation>keines in %1</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="260"/>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="288"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="23"/>
        <source>copy large objects</source>
        <translation>Large Objects kopieren</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="34"/>
        <source>copy large object %1</source>
        <translation>Large Object %1 kopieren</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="76"/>
        <source>a grant on large object %1 the source no longer has stays on the target: %2</source>
        <translation>eine Berechtigung auf Large Object %1, die die Quelle nicht mehr hat, bleibt auf dem Ziel: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="127"/>
        <source>remove large objects the source has not</source>
        <translation>Large Objects entfernen, die die Quelle nicht hat</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="128"/>
        <source>%1 large objects the source does not have were removed from the target: %2</source>
        <translation>%1 Large Objects, die die Quelle nicht hat, wurden vom Ziel entfernt: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="168"/>
        <source>create large object %1</source>
        <translation>Large Object %1 anlegen</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="105"/>
        <source>the comment on large object %1 not carried: %2</source>
        <translation>der Kommentar zu Large Object %1 wurde nicht übertragen: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="182"/>
        <source>large object %1 keeps the target user as owner: %2</source>
        <translation>Large Object %1 behält den Zielbenutzer als Eigentümer: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="195"/>
        <source>a grant on large object %1 not carried: %2</source>
        <translation>ein Recht auf Large Object %1 nicht übertragen: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/WorkerSessions.cpp" line="35"/>
        <source>import the copy&apos;s snapshot</source>
        <translation>Snapshot der Kopie importieren</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaArchive.cpp" line="209"/>
        <location filename="../engine/schema/SchemaArchive.cpp" line="264"/>
        <location filename="../engine/schema/SchemaArchive.cpp" line="272"/>
        <source>restore privileges</source>
        <translation>Rechte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="90"/>
        <source>read object owners</source>
        <translation>Objekteigentümer lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="146"/>
        <source>read the owners of the databases</source>
        <translation>Eigentümer der Datenbanken lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="163"/>
        <source>read the target user&apos;s memberships</source>
        <translation>Mitgliedschaften des Zielbenutzers lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="181"/>
        <source>the target user could not act as role %1, so what it owns on the source will be the target user&apos;s: %2</source>
        <translation>der Zielbenutzer konnte nicht als Rolle %1 handeln, daher gehört, was ihr auf der Quelle gehört, dem Zielbenutzer: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="202"/>
        <source>the target user still holds the membership of role %1 it took to give objects to their owners: %2; run %3</source>
        <translation>der Zielbenutzer hat noch die Mitgliedschaft in Rolle %1, die er nahm, um Objekte ihren Eigentümern zu geben: %2; führen Sie %3 aus</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="217"/>
        <source>owned by provider role %1, which is not migrated</source>
        <translation>gehört der Anbieterrolle %1, die nicht migriert wird</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="222"/>
        <source>owned by role %1, which the target lacks</source>
        <translation>gehört der Rolle %1, die dem Ziel fehlt</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="226"/>
        <source>owned by superuser %1, to whom only a superuser gives objects</source>
        <translation>gehört dem Superuser %1, dem nur ein Superuser Objekte geben kann</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="285"/>
        <source>%1: %2 objects stay owned by %3 (%4): %5; as a superuser on the target: %6</source>
        <translation>%1: %2 Objekte bleiben im Besitz von %3 (%4): %5; als Superuser auf dem Ziel: %6</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="295"/>
        <source>%1: relations the source&apos;s superusers own (%2) are owned by %3 on the target, which has no superuser to give them to</source>
        <translation>%1: Relationen, die Superusern der Quelle gehören (%2), gehören auf dem Ziel %3, das keinen Superuser hat, dem sie gegeben werden könnten</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="311"/>
        <source>objects keep the target user as their owner: %1</source>
        <translation>Objekte behalten den Zielbenutzer als Eigentümer: %1</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaDrift.cpp" line="34"/>
        <source>read the tables&apos; structure</source>
        <translation>die Struktur der Tabellen lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaDrift.cpp" line="65"/>
        <source>only on the source: %1</source>
        <translation>nur auf der Quelle: %1</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaDrift.cpp" line="68"/>
        <source>only on the target: %1</source>
        <translation>nur auf dem Ziel: %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="64"/>
        <source>the target refuses session_replication_role = replica (superuser, GRANT SET ON PARAMETER or aiven_extras): copying unlogged and unpublished tables again would fire their triggers and foreign keys&apos; ON DELETE actions</source>
        <translation>das Ziel verweigert session_replication_role = replica (Superuser, GRANT SET ON PARAMETER oder aiven_extras): nicht protokollierte und nicht veröffentlichte Tabellen erneut zu kopieren, würde ihre Trigger und die ON-DELETE-Aktionen ihrer Fremdschlüssel auslösen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="179"/>
        <source>the replication slot %1 is still on the source, held by another session (pg_stat_replication shows which), and keeps the source&apos;s WAL from being removed</source>
        <translation>der Replikationsslot %1 ist noch auf der Quelle, von einer anderen Sitzung gehalten (pg_stat_replication zeigt, von welcher), und verhindert, dass das WAL der Quelle entfernt wird</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="189"/>
        <source>the subscription %1 is still on the target</source>
        <translation>das Abonnement %1 ist noch auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="263"/>
        <source>objects may keep the target user as their owner: %1</source>
        <translation>Objekte behalten möglicherweise den Zielbenutzer als Eigentümer: %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="436"/>
        <source>%1 keeps replicating as before the finish, with writes not frozen</source>
        <translation>%1 repliziert weiter wie vor dem finish, Schreibzugriffe sind nicht eingefroren</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="440"/>
        <source>%1 was verified and keeps its replication objects that are left, which the next finish removes; its writes stay frozen until then, as writes from now on may not reach the target (pgmigrate stop unfreezes them)</source>
        <translation>%1 wurde verifiziert und behält die verbliebenen Replikationsobjekte, die das nächste finish entfernt; seine Schreibzugriffe bleiben bis dahin eingefroren, da Schreibzugriffe ab jetzt das Ziel womöglich nicht erreichen (pgmigrate stop hebt das Einfrieren auf)</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="446"/>
        <source>%1 was verified and keeps its replication objects that are left, which the next finish removes; writes to the source from now on may not reach the target</source>
        <translation>%1 wurde verifiziert und behält die verbliebenen Replikationsobjekte, die das nächste finish entfernt; Schreibzugriffe auf die Quelle erreichen ab jetzt das Ziel womöglich nicht</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="420"/>
        <source>step %1 did not end within its limit of %2 s (%3); %4. Find what holds it up (a lock another session holds on the target or the source: pg_locks, pg_stat_activity) or give it more time (finish --step-timeout), then run finish again</source>
        <translation>Schritt %1 endete nicht innerhalb seines Limits von %2 s (%3); %4. Finden Sie, was ihn aufhält (eine Sperre, die eine andere Sitzung auf dem Ziel oder der Quelle hält: pg_locks, pg_stat_activity), oder geben Sie ihm mehr Zeit (finish --step-timeout), und führen Sie finish dann erneut aus</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="672"/>
        <source>the target differs (were writes stopped?): %1</source>
        <translation>das Ziel weicht ab (wurden die Schreibzugriffe gestoppt?): %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCopy.cpp" line="55"/>
        <location filename="../engine/copy/TableCopy.cpp" line="65"/>
        <source> (writing the target)</source>
        <translation> (beim Schreiben auf das Ziel)</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCopy.cpp" line="60"/>
        <source> (reading the source)</source>
        <translation> (beim Lesen der Quelle)</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCopy.cpp" line="76"/>
        <location filename="../engine/copy/TableCopy.cpp" line="113"/>
        <source>copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableBatch.cpp" line="355"/>
        <source>copy %1 tables</source>
        <translation>%1 Tabellen kopieren</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableBatch.cpp" line="388"/>
        <location filename="../engine/copy/TableCopy.cpp" line="227"/>
        <source>read back %1</source>
        <translation>%1 zurücklesen</translation>
    </message>
    <message>
        <location filename="../engine/copy/ChecksumValues.cpp" line="48"/>
        <location filename="../engine/copy/ChecksumValues.cpp" line="58"/>
        <source>read type %1</source>
        <translation>Typ %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/copy/OrphanSessions.cpp" line="40"/>
        <source>look for sessions of earlier runs</source>
        <translation>nach Sitzungen früherer Läufe suchen</translation>
    </message>
    <message>
        <location filename="../engine/copy/OrphanSessions.cpp" line="57"/>
        <location filename="../engine/copy/OrphanSessions.cpp" line="72"/>
        <source>end sessions of an earlier run</source>
        <translation>Sitzungen eines früheren Laufs beenden</translation>
    </message>
    <message>
        <location filename="../engine/copy/OrphanSessions.cpp" line="73"/>
        <source>%1 session(s) of an earlier, killed run still work in this database (pids %2); try again when they are gone</source>
        <translation>%1 Sitzung(en) eines früheren, abgebrochenen Laufs arbeiten noch in dieser Datenbank (PIDs %2); versuchen Sie es erneut, wenn sie beendet sind</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="99"/>
        <source>list tables</source>
        <translation>Tabellen auflisten</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="143"/>
        <source>lock the tables to copy</source>
        <translation>die zu kopierenden Tabellen sperren</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="157"/>
        <source>list tables without replica identity</source>
        <translation>Tabellen ohne Replica Identity auflisten</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="176"/>
        <source>list sequences</source>
        <translation>Sequenzen auflisten</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="182"/>
        <source>read sequence %1</source>
        <translation>Sequenz %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="194"/>
        <source>list materialized views</source>
        <translation>materialisierte Sichten auflisten</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="207"/>
        <source>set sequence %1</source>
        <translation>Sequenz %1 setzen</translation>
    </message>
    <message>
        <location filename="../engine/copy/TargetAnalyze.cpp" line="33"/>
        <source>list the tables to analyze</source>
        <translation>zu analysierende Tabellen auflisten</translation>
    </message>
    <message>
        <location filename="../engine/schema/ArchiveToc.cpp" line="64"/>
        <source>name the schema&apos;s indexes and constraints</source>
        <translation>Indizes und Constraints des Schemas benennen</translation>
    </message>
    <message>
        <location filename="../engine/replication/StepDeadline.cpp" line="71"/>
        <source>bound the step&apos;s statements</source>
        <translation>die Anweisungen des Schritts begrenzen</translation>
    </message>
    <message>
        <location filename="../engine/run/TargetPlan.cpp" line="16"/>
        <source>the target already has some of the tables (%1) but not the others: use an empty database or drop them</source>
        <translation>das Ziel hat bereits einige der Tabellen (%1), aber nicht die anderen: Verwenden Sie eine leere Datenbank oder löschen Sie sie</translation>
    </message>
    <message>
        <location filename="../engine/run/TargetPlan.cpp" line="31"/>
        <source>the target already holds data in %1; copying again would duplicate rows. To replace it: --if-exists truncate on the command line, Start over in the wizard.</source>
        <translation>das Ziel enthält bereits Daten in %1; erneutes Kopieren würde Zeilen verdoppeln. Zum Ersetzen: --if-exists truncate auf der Kommandozeile, „Neu beginnen“ im Assistenten.</translation>
    </message>
    <message>
        <location filename="../engine/copy/EarlyPrimaryKey.cpp" line="73"/>
        <source>primary key of %1</source>
        <translation>Primärschlüssel von %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/BriefLock.cpp" line="46"/>
        <source>other sessions kept %1 locked for %2 s (tries: %3; each try waits at most %4 s for the lock, so that the application&apos;s queries on the table are not held up behind it; pg_locks shows who holds it)</source>
        <translation>andere Sitzungen hielten %1 %2 s lang gesperrt (Versuche: %3; jeder Versuch wartet höchstens %4 s auf die Sperre, damit die Abfragen der Anwendung auf die Tabelle nicht dahinter warten; pg_locks zeigt, wer sie hält)</translation>
    </message>
    <message>
        <location filename="../engine/copy/TargetDigest.cpp" line="136"/>
        <source>checksum %1 on the target</source>
        <translation>Prüfsumme von %1 auf dem Ziel bilden</translation>
    </message>
    <message>
        <location filename="../engine/schema/PostDataScripts.cpp" line="114"/>
        <source>find the tables of the indexes and constraints</source>
        <translation>die Tabellen der Indizes und Constraints finden</translation>
    </message>
    <message>
        <location filename="../engine/copy/ColumnTypes.cpp" line="42"/>
        <source>read the column types</source>
        <translation>Spaltentypen lesen</translation>
    </message>
    <message>
        <location filename="../engine/copy/ColumnTypes.cpp" line="54"/>
        <source>compare the column types</source>
        <translation>Spaltentypen vergleichen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerEarlierCopies.cpp" line="57"/>
        <source>compare the tables copied before the interruption in %1</source>
        <translation>die vor der Unterbrechung kopierten Tabellen in %1 vergleichen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerEarlierCopies.cpp" line="88"/>
        <source>%1: %2 changed on the source since the interrupted run copied them: copied again</source>
        <translation>%1: %2 wurden auf der Quelle geändert, seit der unterbrochene Lauf sie kopiert hat: erneut kopiert</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="36"/>
        <source>read the grants on database %1</source>
        <translation>Berechtigungen auf Datenbank %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="44"/>
        <source>unknown privilege</source>
        <translation>unbekanntes Privileg</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="46"/>
        <source>%1 on database %2 not granted: %3</source>
        <translation>%1 auf Datenbank %2 nicht gewährt: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="70"/>
        <source>read database %1</source>
        <translation>Datenbank %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="98"/>
        <source>database %1 created with the target&apos;s default encoding and locale: %2</source>
        <translation>Datenbank %1 mit Standardkodierung und -locale des Ziels angelegt: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="105"/>
        <source>create database %1</source>
        <translation>Datenbank %1 anlegen</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="106"/>
        <source>database %1 created owned by the target user, not %2: %3</source>
        <translation>Datenbank %1 gehört nach dem Anlegen dem Zielbenutzer, nicht %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="185"/>
        <source>%1 on the target failed: %2</source>
        <translation>%1 auf dem Ziel fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="218"/>
        <source>setting %1 of database %2 not carried: %3</source>
        <translation>Einstellung %1 der Datenbank %2 nicht übernommen: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="59"/>
        <source>read source roles</source>
        <translation>Rollen der Quelle lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="184"/>
        <source>role %1 not created: %2</source>
        <translation>Rolle %1 nicht angelegt: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="190"/>
        <source>role %1 created without %2: only a superuser on the target may grant it</source>
        <translation>Rolle %1 ohne %2 angelegt: nur ein Superuser auf dem Ziel darf das gewähren</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="241"/>
        <source>read role memberships</source>
        <translation>Rollenmitgliedschaften lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="259"/>
        <source>membership of %1 in %2 not carried: %3</source>
        <translation>Mitgliedschaft von %1 in %2 nicht übernommen: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="263"/>
        <source>membership of %1 in %2 carried without %3: the target&apos;s major has no such option (16+)</source>
        <translation>Mitgliedschaft von %1 in %2 ohne %3 übernommen: Die Hauptversion des Ziels kennt diese Option nicht (ab 16)</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="277"/>
        <source>read role settings</source>
        <translation>Rolleneinstellungen lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="292"/>
        <source>setting %1 of role %2 not carried: %3</source>
        <translation>Einstellung %1 der Rolle %2 nicht übernommen: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="310"/>
        <source>read parameter privileges</source>
        <translation>Parameterrechte lesen</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="322"/>
        <source>the target&apos;s major has no parameter privileges (15+)</source>
        <translation>die Hauptversion des Ziels kennt keine Parameterrechte (ab 15)</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="329"/>
        <source>%1 on parameter %2 for %3 not carried: %4</source>
        <translation>%1 auf Parameter %2 für %3 nicht übernommen: %4</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="382"/>
        <source>role %1 is on the target already, without the source&apos;s %2: left as it is</source>
        <translation>Rolle %1 ist auf dem Ziel bereits vorhanden, ohne %2 der Quelle: unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="39"/>
        <location filename="../engine/schema/EventTriggers.cpp" line="147"/>
        <location filename="../engine/schema/EventTriggers.cpp" line="199"/>
        <source>list event triggers</source>
        <translation>Ereignistrigger auflisten</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="172"/>
        <source>disable event triggers</source>
        <translation>Ereignistrigger deaktivieren</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="177"/>
        <source>%1: the target&apos;s event triggers %2 stay enabled and fire on the migration&apos;s statements (a superuser may disable them while it runs)</source>
        <translation>%1: die Ereignistrigger %2 des Ziels bleiben aktiviert und feuern bei den Anweisungen der Migration (ein Superuser kann sie während der Migration deaktivieren)</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="212"/>
        <source>%1: event trigger %2 stays disabled (%3); run on the target: %4</source>
        <translation>%1: Ereignistrigger %2 bleibt deaktiviert (%3); auf dem Ziel ausführen: %4</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="249"/>
        <source>%1: event triggers are not migrated (only a superuser may make them); once the target is in use, a superuser runs there: %2</source>
        <translation>%1: Ereignistrigger werden nicht migriert (nur ein Superuser darf sie anlegen); sobald das Ziel in Betrieb ist, führt ein Superuser dort aus: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="265"/>
        <source>%1: the event triggers could not be made on the target (%2); once it is in use, run there: %3</source>
        <translation>%1: die Ereignistrigger konnten auf dem Ziel nicht angelegt werden (%2); sobald es in Betrieb ist, dort ausführen: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="293"/>
        <source>%1: the event triggers could not be made on the target (%2); &apos;pg_dump --schema-only&apos; of the source prints them</source>
        <translation>%1: die Ereignistrigger konnten auf dem Ziel nicht angelegt werden (%2); &apos;pg_dump --schema-only&apos; der Quelle gibt sie aus</translation>
    </message>
    <message>
        <location filename="../engine/schema/LeftOutObjects.cpp" line="13"/>
        <source>list publications</source>
        <translation>Publikationen auflisten</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="44"/>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="169"/>
        <source>list triggers</source>
        <translation>Trigger auflisten</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="105"/>
        <source>%1: trigger %2 on %3 keeps another state than on the source (%4); run on the target: %5</source>
        <translation>%1: Trigger %2 auf %3 behält einen anderen Zustand als auf der Quelle (%4); führen Sie auf dem Ziel aus: %5</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="148"/>
        <source>disable trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 deaktivieren</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="150"/>
        <source>%1. It fires on replicated rows and would act a second time on the target: run %2 there as its table&apos;s owner, or migrate as a superuser</source>
        <translation>%1. Er feuert bei replizierten Zeilen und würde auf dem Ziel ein zweites Mal wirken: Führen Sie dort %2 als Eigentümer seiner Tabelle aus, oder migrieren Sie als Superuser</translation>
    </message>
    <message>
        <location filename="../engine/schema/LoadForeignKeys.cpp" line="34"/>
        <source>list foreign keys</source>
        <translation>Fremdschlüssel auflisten</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="28"/>
        <source>written by a newer pgmigrate (state format %1; this one reads up to %2): use that version, or a newer one</source>
        <translation>von einem neueren pgmigrate geschrieben (Zustandsformat %1; dieses liest bis %2): verwenden Sie diese Version oder eine neuere</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="35"/>
        <source>no state format</source>
        <translation>kein Zustandsformat</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="38"/>
        <source>it names another migration</source>
        <translation>sie nennt eine andere Migration</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="41"/>
        <source>no list of databases</source>
        <translation>keine Liste der Datenbanken</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="46"/>
        <source>a database without a name</source>
        <translation>eine Datenbank ohne Namen</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="49"/>
        <source>database %1 has an unknown status</source>
        <translation>Datenbank %1 hat einen unbekannten Status</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="96"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="122"/>
        <source>invalid migration id &quot;%1&quot;</source>
        <translation>ungültige Migrations-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="127"/>
        <source>no migration with id %1 (looked in %2)</source>
        <translation>keine Migration mit ID %1 (gesucht in %2)</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="142"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="154"/>
        <source>the state of migration %1 (%2) was %3</source>
        <translation>der Zustand der Migration %1 (%2) wurde %3</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="156"/>
        <source>the state of migration %1 is damaged (%2): %3. Its replication objects, if any, can still be removed with pgmigrate stop.</source>
        <translation>der Zustand der Migration %1 ist beschädigt (%2): %3. Ihre Replikationsobjekte, falls vorhanden, lassen sich noch mit pgmigrate stop entfernen.</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="198"/>
        <source>migration %1 is in use by another process (%2, process id %3): wait until it ends, or stop it there</source>
        <translation>Migration %1 wird von einem anderen Prozess verwendet (%2, Prozess-ID %3): warten Sie, bis er endet, oder stoppen Sie sie dort</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="17"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="19"/>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="21"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="23"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="25"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="27"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="34"/>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="37"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="44"/>
        <source>every table equal</source>
        <translation>alle Tabellen gleich</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="47"/>
        <source>differences found</source>
        <translation>Unterschiede gefunden</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="50"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="78"/>
        <source> (running)</source>
        <translation> (läuft)</translation>
    </message>
</context>
<context>
    <name>StopConfirmation</name>
    <message>
        <location filename="../wizard/StopConfirmation.cpp" line="9"/>
        <source>Stop migration</source>
        <translation>Migration stoppen</translation>
    </message>
    <message>
        <location filename="../wizard/StopConfirmation.cpp" line="10"/>
        <source>Stop the migration? The data copied so far stays on the target, but a stopped migration cannot be restarted: you would start over.</source>
        <translation>Migration stoppen? Die bisher kopierten Daten bleiben auf dem Ziel, aber eine gestoppte Migration kann nicht fortgesetzt werden: Sie müssten neu beginnen.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../engine/verify/ClusterVerifier.cpp" line="138"/>
        <source>the name is not valid UTF-8: not migrated, and not verified (exclude it: --exclude-db &apos;%1&apos;)</source>
        <translation>der Name ist kein gültiges UTF-8: nicht migriert und nicht geprüft (schließen Sie sie aus: --exclude-db &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="49"/>
        <source>%1 %2 missing on the target</source>
        <translation>%1 %2 fehlt auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="52"/>
        <source>%1 %2 differs (source %3, target %4)</source>
        <translation>%1 %2 weicht ab (Quelle %3, Ziel %4)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="58"/>
        <source>%1 %2 only on the target</source>
        <translation>%1 %2 nur auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="73"/>
        <source>%1: %2 rows on the source, %3 on the target</source>
        <translation>%1: %2 Zeilen auf der Quelle, %3 auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="76"/>
        <source>%1: same row count (%2) but different contents</source>
        <translation>%1: gleiche Zeilenzahl (%2), aber anderer Inhalt</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="132"/>
        <source>no result (connection lost?)</source>
        <translation>kein Ergebnis (Verbindung verloren?)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="203"/>
        <location filename="../engine/verify/Verifier.cpp" line="223"/>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="209"/>
        <location filename="../engine/verify/Verifier.cpp" line="225"/>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="315"/>
        <source>source: %1 rows copied, %2 rows digested</source>
        <translation>Quelle: %1 Zeilen kopiert, %2 Zeilen in die Prüfsumme eingegangen</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="353"/>
        <source>sequence %1 missing on the target</source>
        <translation>Sequenz %1 fehlt auf dem Ziel</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="359"/>
        <source> (called)</source>
        <translation> (aufgerufen)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="369"/>
        <source>sequence %1: source %2, target %3</source>
        <translation>Sequenz %1: Quelle %2, Ziel %3</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="390"/>
        <source>large object</source>
        <translation>Large Object</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>Migrates whole PostgreSQL clusters between servers.</source>
        <translation>Migriert komplette PostgreSQL-Cluster zwischen Servern.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>Print the first page&apos;s title and button texts, then exit.</source>
        <translation>Gibt den Titel und die Schaltflächentexte der ersten Seite aus und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="148"/>
        <source>Log every step on stderr (PGMIGRATE_LOG picks areas).</source>
        <translation>Jeden Schritt auf stderr protokollieren (PGMIGRATE_LOG wählt Bereiche).</translation>
    </message>
</context>
<context>
    <name>pgm::AboutDialog</name>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="33"/>
        <location filename="../wizard/AboutDialog.cpp" line="34"/>
        <source>About pgmigrate</source>
        <translation>Über pgmigrate</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="40"/>
        <source>Moves whole PostgreSQL clusters between servers with no downtime.</source>
        <translation>Zieht komplette PostgreSQL-Cluster ohne Ausfallzeit zwischen Servern um.</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="45"/>
        <source>%1 (the license text: %2)</source>
        <translation>%1 (Lizenztext: %2)</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="52"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="53"/>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="56"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="57"/>
        <source>libpq:</source>
        <translation>libpq:</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="58"/>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
</context>
<context>
    <name>pgm::ClosePage</name>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="31"/>
        <source>Make the source databases &amp;read-only during the cut-over</source>
        <translation>Quelldatenbanken während der Umstellung &amp;schreibgeschützt setzen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="32"/>
        <source>&amp;Close connection</source>
        <translation>&amp;Verbindung schließen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="33"/>
        <source>Status &amp;update</source>
        <translation>Status &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="34"/>
        <source>S&amp;top migration</source>
        <translation>Migration s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="35"/>
        <source>Save re&amp;port...</source>
        <translation>Bericht s&amp;peichern...</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="42"/>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="43"/>
        <source>Keep replicating, or close the connection to finish the migration.</source>
        <translation>Setzen Sie die Replikation fort oder schließen Sie die Verbindung, um die Migration abzuschließen.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="116"/>
        <source>&amp;Keep replicating</source>
        <translation>&amp;Replikation fortsetzen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="136"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="139"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="139"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="140"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="159"/>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="162"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="202"/>
        <source>Replication mode active: your data is on the target and new writes on the source keep flowing to it (largest lag %1 bytes).

Keep replicating closes this window and leaves it running. Close connection finalises the migration: stop writes to the source first (or let it make them read-only), then it waits for the last changes, copies sequences and large objects, verifies every table and removes the replication.</source>
        <translation>Replikationsmodus aktiv: Ihre Daten liegen auf dem Ziel, und neue Schreibvorgänge auf der Quelle werden weiterhin dorthin übertragen (größter Rückstand %1 Bytes).

„Replikation fortsetzen“ schließt dieses Fenster und lässt die Replikation weiterlaufen. „Verbindung schließen“ schließt die Migration ab: Stoppen Sie zuerst die Schreibvorgänge auf der Quelle (oder lassen Sie die Quelldatenbanken schreibgeschützt setzen); danach wartet der Vorgang auf die letzten Änderungen, kopiert Sequenzen und Large Objects, prüft jede Tabelle und entfernt die Replikation.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="211"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="212"/>
        <source>Ready: every database is migrated and verified.</source>
        <translation>Fertig: Alle Datenbanken sind migriert und geprüft.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="215"/>
        <source>The migration is %1.</source>
        <translation>Status der Migration: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="227"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="232"/>
        <source>Finish steps (time/limit):</source>
        <translation>Schritte des Abschlusses (Zeit/Limit):</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="106"/>
        <source>Migration report</source>
        <translation>Migrationsbericht</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="110"/>
        <source>&amp;Lag chart</source>
        <translation>Rückstands&amp;diagramm</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="170"/>
        <source>Rep&amp;ort</source>
        <translation>Beric&amp;ht</translation>
    </message>
</context>
<context>
    <name>pgm::ConfigurePage</name>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="11"/>
        <source>PostgreSQL migration configuration guide</source>
        <translation>Konfigurationsleitfaden für die PostgreSQL-Migration</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="12"/>
        <source>Make sure the source server is ready before you start.</source>
        <translation>Stellen Sie sicher, dass der Quellserver bereit ist, bevor Sie beginnen.</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="19"/>
        <source>&lt;p&gt;&lt;b&gt;Continuous migration&lt;/b&gt; (recommended) uses logical replication: the source stays in service and keeps syncing until you close the connection. It needs:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;PostgreSQL 10 or newer on the source, and &lt;code&gt;wal_level&lt;/code&gt; set to logical:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET wal_level = logical;&lt;/code&gt; then restart the server.&lt;/li&gt;&lt;li&gt;A free replication slot and WAL sender per database:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET max_replication_slots = 20;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;A superuser, or a user with REPLICATION and the &lt;code&gt;aiven_extras&lt;/code&gt; extension:&lt;br&gt;&lt;code&gt;CREATE EXTENSION aiven_extras CASCADE;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Remote access from this computer and from the target server (&lt;code&gt;listen_addresses&lt;/code&gt;, &lt;code&gt;pg_hba.conf&lt;/code&gt;, firewalls).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Without them, a &lt;b&gt;one-time snapshot&lt;/b&gt; (dump method) copies the data once; writes made on the source after it starts are not migrated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kontinuierliche Migration&lt;/b&gt; (empfohlen) verwendet logische Replikation: Die Quelle bleibt in Betrieb und wird fortlaufend synchronisiert, bis Sie die Verbindung schließen. Voraussetzungen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;PostgreSQL 10 oder neuer auf der Quelle und &lt;code&gt;wal_level&lt;/code&gt; auf logical gesetzt:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET wal_level = logical;&lt;/code&gt; und anschließend den Server neu starten.&lt;/li&gt;&lt;li&gt;Ein freier Replikationsslot und WAL-Sender pro Datenbank:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET max_replication_slots = 20;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Ein Superuser oder ein Benutzer mit REPLICATION und der Erweiterung &lt;code&gt;aiven_extras&lt;/code&gt;:&lt;br&gt;&lt;code&gt;CREATE EXTENSION aiven_extras CASCADE;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Fernzugriff von diesem Computer und vom Zielserver aus (&lt;code&gt;listen_addresses&lt;/code&gt;, &lt;code&gt;pg_hba.conf&lt;/code&gt;, Firewalls).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ohne diese Voraussetzungen kopiert ein &lt;b&gt;einmaliger Snapshot&lt;/b&gt; (Dump-Methode) die Daten einmal; Schreibvorgänge auf der Quelle nach dessen Start werden nicht migriert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="34"/>
        <source>Migration guidelines</source>
        <translation>Hinweise zur Migration</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="36"/>
        <source>&amp;Get started</source>
        <translation>&amp;Beginnen</translation>
    </message>
</context>
<context>
    <name>pgm::DesktopNotifier</name>
    <message>
        <location filename="../wizard/DesktopNotifier.cpp" line="45"/>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../wizard/DesktopNotifier.cpp" line="47"/>
        <source>The target follows the source. Close the connection when you are ready to cut over.</source>
        <translation>Das Ziel folgt der Quelle. Schließen Sie die Verbindung, wenn Sie umschalten möchten.</translation>
    </message>
    <message>
        <location filename="../wizard/DesktopNotifier.cpp" line="70"/>
        <source>Migration: %1</source>
        <translation>Migration: %1</translation>
    </message>
</context>
<context>
    <name>pgm::LagChart</name>
    <message>
        <location filename="../wizard/LagChart.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="25"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="27"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="43"/>
        <source>Lag chart</source>
        <translation>Rückstandsdiagramm</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="80"/>
        <source>Bytes behind</source>
        <translation>Rückstand in Bytes</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="81"/>
        <source>Seconds behind</source>
        <translation>Rückstand in Sekunden</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="100"/>
        <source>Copy throughput</source>
        <translation>Kopierdurchsatz</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="101"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="103"/>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="131"/>
        <source>The lag chart fills in while the migration copies and replicates.</source>
        <translation>Das Rückstandsdiagramm füllt sich, während die Migration kopiert und repliziert.</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="166"/>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="236"/>
        <source>No samples yet.</source>
        <translation>Noch keine Messwerte.</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="242"/>
        <source>%1: %2 and %3 behind</source>
        <translation>%1: %2 und %3 im Rückstand</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="167"/>
        <location filename="../wizard/LagChart.cpp" line="243"/>
        <location filename="../wizard/LagChart.cpp" line="244"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/LagChart.cpp" line="246"/>
        <source>%n sample(s).</source>
        <translation>
            <numerusform>%n Messwert.</numerusform>
            <numerusform>%n Messwerte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgm::MigrationModel</name>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="76"/>
        <source>Migration starting.</source>
        <translation>Migration wird gestartet.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="92"/>
        <source>Resuming the migration: the tables not copied yet are copied from a new snapshot.</source>
        <translation>Die Migration wird fortgesetzt: Die noch nicht kopierten Tabellen werden aus einem neuen Snapshot kopiert.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="124"/>
        <source>Stopping the migration.</source>
        <translation>Migration wird gestoppt.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="176"/>
        <source>Closing the connection: draining, copying sequences, verifying.</source>
        <translation>Verbindung wird geschlossen: letzte Änderungen übernehmen, Sequenzen kopieren, prüfen.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="299"/>
        <source>Shown as it runs, from its saved state: %1</source>
        <translation>Angezeigt, während sie läuft, aus ihrem gespeicherten Zustand: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="315"/>
        <source>The process that ran this migration has ended.</source>
        <translation>Der Prozess, der diese Migration ausgeführt hat, ist beendet.</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationPage</name>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="36"/>
        <source>&amp;Start migration</source>
        <translation>Migration &amp;starten</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="37"/>
        <source>&amp;Resume migration</source>
        <translation>Migration &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="38"/>
        <source>S&amp;top migration</source>
        <translation>Migration s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="39"/>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="46"/>
        <source>Database migration</source>
        <translation>Datenbankmigration</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="47"/>
        <source>Start the migration when the checks allow it.</source>
        <translation>Starten Sie die Migration, sobald die Prüfungen es zulassen.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="49"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="61"/>
        <source>Migrate into an empty database where possible: tables that already hold data are not copied over unless you start over. While the migration runs, do not write to the target&apos;s migrated tables, and do not change wal_level, max_replication_slots, listen addresses or firewalls.</source>
        <translation>Migrieren Sie nach Möglichkeit in eine leere Datenbank: Tabellen, die bereits Daten enthalten, werden nicht kopiert, es sei denn, Sie beginnen neu. Solange die Migration läuft, schreiben Sie nicht in die migrierten Tabellen des Ziels und ändern Sie weder wal_level noch max_replication_slots, Listen-Adressen oder Firewalls.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="68"/>
        <source>This migration was interrupted before it finished. Resume migration copies the tables not copied yet, from a new snapshot of the source: if the source kept changing, those tables reflect a later moment than the ones copied before. To copy every table from one moment, start over instead.</source>
        <translation>Diese Migration wurde unterbrochen, bevor sie fertig war. „Migration fortsetzen“ kopiert die noch nicht kopierten Tabellen aus einem neuen Snapshot der Quelle: Hat sich die Quelle inzwischen weiter verändert, geben diese Tabellen einen späteren Zeitpunkt wieder als die zuvor kopierten. Um alle Tabellen vom selben Zeitpunkt zu kopieren, beginnen Sie stattdessen neu.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="93"/>
        <source>Progress per database</source>
        <translation>Fortschritt je Datenbank</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="103"/>
        <source>Migration log</source>
        <translation>Migrationsprotokoll</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="109"/>
        <source>Progress per table</source>
        <translation>Fortschritt pro Tabelle</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="223"/>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="223"/>
        <source>dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="235"/>
        <source>data, %1/s</source>
        <translation>Daten, %1/s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="237"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="245"/>
        <location filename="../wizard/MigrationPage.cpp" line="341"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="254"/>
        <source>%1 rows, %2</source>
        <translation>%1 Zeilen, %2</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="274"/>
        <source>%1: the source database is read-only: an interrupted cut-over froze its writes. Close connection completes the cut-over and undoes it; Stop migration undoes it too.</source>
        <translation>%1: Die Quelldatenbank ist schreibgeschützt: Eine unterbrochene Umstellung hat ihre Schreibzugriffe eingefroren. Verbindung schließen schließt die Umstellung ab und hebt das auf; Migration stoppen hebt es ebenfalls auf.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="282"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="297"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="309"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="326"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="327"/>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="329"/>
        <source>waiting or copying</source>
        <translation>wartet oder wird kopiert</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="330"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationWizard</name>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="40"/>
        <source>Import database</source>
        <translation>Datenbank importieren</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="48"/>
        <source>&amp;About</source>
        <translation>Üb&amp;er</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="160"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="161"/>
        <source>Password for the source server %1:</source>
        <translation>Passwort für den Quellserver %1:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="162"/>
        <source>Password for the target server %1:</source>
        <translation>Passwort für den Zielserver %1:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="196"/>
        <source>Quit while copying?</source>
        <translation>Während des Kopierens beenden?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="197"/>
        <source>A copy is in progress. Quitting stops it cleanly; you can resume it later (open it again and choose Resume migration, or pgmigrate migrate --resume). Quit now?</source>
        <translation>Ein Kopiervorgang läuft. Beim Beenden wird er sauber angehalten; Sie können ihn später fortsetzen (erneut öffnen und „Migration fortsetzen“ wählen, oder pgmigrate migrate --resume). Jetzt beenden?</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationsWindow</name>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="115"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="117"/>
        <source>Saved migrations</source>
        <translation>Gespeicherte Migrationen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="119"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/MigrationsWindow.cpp" line="69"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/MigrationsWindow.cpp" line="72"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="74"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="119"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="135"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="136"/>
        <source>&amp;New migration</source>
        <translation>&amp;Neue Migration</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="137"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="138"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="140"/>
        <source>&amp;About</source>
        <translation>Üb&amp;er</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="153"/>
        <source>&amp;Migrations started on this computer:</source>
        <translation>Auf diesem Computer gestartete &amp;Migrationen:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="211"/>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="274"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="313"/>
        <source>Migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="314"/>
        <source>This migration&apos;s saved state cannot be read.</source>
        <translation>Der gespeicherte Zustand dieser Migration kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="351"/>
        <source>Remove migration %1</source>
        <translation>Migration %1 entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="352"/>
        <source>Remove migration %1 from this computer?</source>
        <translation>Migration %1 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="354"/>
        <source>Its saved state and the remembered passwords of its servers (unless another migration uses them) are deleted. The servers and the migrated data are not touched.</source>
        <translation>Ihr gespeicherter Zustand und die gemerkten Passwörter ihrer Server (sofern keine andere Migration sie verwendet) werden gelöscht. Die Server und die migrierten Daten bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="91"/>
        <source>Read from the servers at %1</source>
        <translation>Von den Servern gelesen um %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="95"/>
        <source>%1: %2 behind, %3 s</source>
        <translation>%1: %2 im Rückstand, %3 s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="97"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/MigrationsWindow.cpp" line="101"/>
        <source>%1, %n s</source>
        <translation>
            <numerusform>%1, %n s</numerusform>
            <numerusform>%1, %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgm::ServerForm</name>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="26"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="27"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="28"/>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="29"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="30"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="31"/>
        <source>SSL encryption (recommended)</source>
        <translation>SSL-Verschlüsselung (empfohlen)</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="32"/>
        <source>SSL encryption</source>
        <translation>SSL-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="33"/>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="34"/>
        <source>Remember password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="35"/>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="52"/>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="53"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="54"/>
        <source>&amp;Database name:</source>
        <translation>&amp;Datenbankname:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="55"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="56"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="62"/>
        <source>Kept in the system keychain, never in a file</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, niemals in einer Datei</translation>
    </message>
</context>
<context>
    <name>pgm::StatusTag</name>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="15"/>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="17"/>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="19"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="21"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="23"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="27"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
</context>
<context>
    <name>pgm::ToolDirectoryField</name>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="16"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="18"/>
        <source>pg_dump directory</source>
        <translation>pg_dump-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="19"/>
        <source>optional: the newest installed pg_dump is used</source>
        <translation>optional: sonst wird das neueste installierte pg_dump verwendet</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="20"/>
        <source>A directory holding pg_dump and pg_restore of the source&apos;s major or newer, e.g. /usr/lib/postgresql/17/bin</source>
        <translation>Ein Verzeichnis mit pg_dump und pg_restore der Hauptversion der Quelle oder neuer, z. B. /usr/lib/postgresql/17/bin</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="23"/>
        <source>Browse for the pg_dump directory</source>
        <translation>Das pg_dump-Verzeichnis auswählen</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="24"/>
        <source>pg_&amp;dump directory:</source>
        <translation>pg_&amp;dump-Verzeichnis:</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="35"/>
        <source>Directory of pg_dump and pg_restore</source>
        <translation>Verzeichnis von pg_dump und pg_restore</translation>
    </message>
</context>
<context>
    <name>pgm::TrayStatus</name>
    <message>
        <location filename="../wizard/TrayStatus.cpp" line="29"/>
        <source>&amp;Show migration</source>
        <translation>Migration an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../wizard/TrayStatus.cpp" line="51"/>
        <source>pgmigrate: no migration started</source>
        <translation>pgmigrate: keine Migration gestartet</translation>
    </message>
    <message>
        <location filename="../wizard/TrayStatus.cpp" line="54"/>
        <source>pgmigrate: %1</source>
        <translation>pgmigrate: %1</translation>
    </message>
</context>
<context>
    <name>pgm::ValidationPage</name>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="33"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="35"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="37"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="39"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="67"/>
        <location filename="../wizard/ValidationPage.cpp" line="228"/>
        <source>&amp;Run check</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="73"/>
        <source>Start the migration using a one-time snapshot (dump method)</source>
        <translation>Migration mit einem einmaligen Snapshot starten (Dump-Methode)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="78"/>
        <source>Database connection and validation</source>
        <translation>Datenbankverbindung und Prüfung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="79"/>
        <source>Enter both servers, then run the checks.</source>
        <translation>Geben Sie beide Server an und führen Sie dann die Prüfungen aus.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="92"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="94"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="105"/>
        <source>Exclude databases</source>
        <translation>Datenbanken ausschließen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="107"/>
        <source>names separated by commas; &quot;a,b&quot; for a name with a comma</source>
        <translation>Namen durch Kommas getrennt; &quot;a,b&quot; für einen Namen mit Komma</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="109"/>
        <source>The same list as pgmigrate --exclude-db: names separated by commas. Write a name holding a comma, spaces at its ends or a leading double quote in double quotes, with &quot;&quot; for a quote inside: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</source>
        <translation>Dieselbe Liste wie bei pgmigrate --exclude-db: Namen durch Kommas getrennt. Einen Namen mit Komma, Leerzeichen an den Enden oder einem führenden doppelten Anführungszeichen in doppelte Anführungszeichen setzen, &quot;&quot; für ein Anführungszeichen darin: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="112"/>
        <source>&amp;Exclude databases:</source>
        <translation>Datenbanken &amp;ausschließen:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="126"/>
        <source>Source address as seen from the target</source>
        <translation>Quelladresse aus Sicht des Ziels</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="128"/>
        <source>optional host[:port], when the target server reaches the source by another address</source>
        <translation>optional host[:port], wenn der Zielserver die Quelle über eine andere Adresse erreicht</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="129"/>
        <source>Source address seen from the &amp;target:</source>
        <translation>Quelladresse aus Sicht des Zie&amp;ls:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="144"/>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="146"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="146"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="146"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="157"/>
        <source>Tables without primary key</source>
        <translation>Tabellen ohne Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="158"/>
        <source>Tables without primary key: copy them again at cut-over</source>
        <translation>Tabellen ohne Primärschlüssel: bei der Umstellung erneut kopieren</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="160"/>
        <source>Tables without primary key: set REPLICA IDENTITY FULL on the source (locks each briefly; slower updates on the target)</source>
        <translation>Tabellen ohne Primärschlüssel: REPLICA IDENTITY FULL auf der Quelle setzen (sperrt jede kurz; langsamere Aktualisierungen auf dem Ziel)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="166"/>
        <source>Databases to migrate</source>
        <translation>Zu migrierende Datenbanken</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="167"/>
        <source>Untick a database to leave it out of the migration</source>
        <translation>Entfernen Sie das Häkchen, um eine Datenbank von der Migration auszunehmen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="171"/>
        <source>Selected check</source>
        <translation>Ausgewählte Prüfung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="233"/>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="308"/>
        <source>Settings changed: run the check again.</source>
        <translation>Einstellungen geändert: Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="314"/>
        <source>Fill in at least the hostname and username of both servers.</source>
        <translation>Geben Sie mindestens Hostname und Benutzername beider Server an.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="323"/>
        <source>Exclude databases: %1.</source>
        <translation>Datenbanken ausschließen: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="329"/>
        <source>Source address seen from the target: give host or host:port.</source>
        <translation>Quelladresse aus Sicht des Ziels: Geben Sie host oder host:port an.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="335"/>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="336"/>
        <source>Cancel &amp;check</source>
        <translation>Prüfung abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="365"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="365"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="370"/>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="386"/>
        <source>The check stopped: %1</source>
        <translation>Die Prüfung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="390"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="391"/>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="392"/>
        <source>dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="394"/>
        <source>Ready to migrate. %1</source>
        <translation>Bereit zur Migration. %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="396"/>
        <source>Fix the failed checks marked blocking, then run the check again.</source>
        <translation>Beheben Sie die fehlgeschlagenen, als blockierend markierten Prüfungen und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="415"/>
        <source>The password was not saved: no system keychain is available (%1).</source>
        <translation>Das Passwort wurde nicht gespeichert: Kein Schlüsselbund des Systems verfügbar (%1).</translation>
    </message>
</context>
</TS>
