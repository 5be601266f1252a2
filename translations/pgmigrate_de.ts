<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="96"/>
        <source>Migrates whole PostgreSQL clusters between servers.</source>
        <translation>Migriert komplette PostgreSQL-Cluster zwischen Servern.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="101"/>
        <source>Print the first page&apos;s title and button texts, then exit.</source>
        <translation>Gibt den Titel und die Schaltflächentexte der ersten Seite aus und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
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
        <location filename="../wizard/ClosePage.cpp" line="24"/>
        <source>Make the source databases &amp;read-only during the cut-over</source>
        <translation>Quelldatenbanken während der Umstellung &amp;schreibgeschützt setzen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="25"/>
        <source>&amp;Close connection</source>
        <translation>&amp;Verbindung schließen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="26"/>
        <source>Status &amp;update</source>
        <translation>Status &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="27"/>
        <source>S&amp;top migration</source>
        <translation>Migration s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="28"/>
        <source>Save re&amp;port...</source>
        <translation>Bericht s&amp;peichern...</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="31"/>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="32"/>
        <source>Keep replicating, or close the connection to finish the migration.</source>
        <translation>Setzen Sie die Replikation fort oder schließen Sie die Verbindung, um die Migration abzuschließen.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="78"/>
        <source>&amp;Keep replicating</source>
        <translation>&amp;Replikation fortsetzen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="98"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="101"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="101"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="102"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="121"/>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="124"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="151"/>
        <source>Replication mode active: your data is on the target and new writes on the source keep flowing to it (largest lag %1 bytes).

Keep replicating closes this window and leaves it running. Close connection finalises the migration: stop writes to the source first (or let it make them read-only), then it waits for the last changes, copies sequences and large objects, verifies every table and removes the replication.</source>
        <translation>Replikationsmodus aktiv: Ihre Daten liegen auf dem Ziel, und neue Schreibvorgänge auf der Quelle werden weiterhin dorthin übertragen (größte Verzögerung %1 Bytes).

„Replikation fortsetzen“ schließt dieses Fenster und lässt die Replikation weiterlaufen. „Verbindung schließen“ schließt die Migration ab: Stoppen Sie zuerst die Schreibvorgänge auf der Quelle (oder lassen Sie die Quelldatenbanken schreibgeschützt setzen); danach wartet der Vorgang auf die letzten Änderungen, kopiert Sequenzen und Large Objects, prüft jede Tabelle und entfernt die Replikation.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="160"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="161"/>
        <source>Ready: every database is migrated and verified.</source>
        <translation>Fertig: Alle Datenbanken sind migriert und geprüft.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="163"/>
        <source>The migration is %1.</source>
        <translation>Status der Migration: %1.</translation>
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
    <name>pgm::MigrationModel</name>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="74"/>
        <source>Migration starting.</source>
        <translation>Migration wird gestartet.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="90"/>
        <source>Resuming the migration: the tables not copied yet are copied from a new snapshot.</source>
        <translation>Die Migration wird fortgesetzt: Die noch nicht kopierten Tabellen werden aus einem neuen Snapshot kopiert.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="122"/>
        <source>Stopping the migration.</source>
        <translation>Migration wird gestoppt.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="174"/>
        <source>Closing the connection: draining, copying sequences, verifying.</source>
        <translation>Verbindung wird geschlossen: letzte Änderungen übernehmen, Sequenzen kopieren, prüfen.</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationPage</name>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="34"/>
        <source>&amp;Start migration</source>
        <translation>Migration &amp;starten</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="35"/>
        <source>&amp;Resume migration</source>
        <translation>Migration &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="36"/>
        <source>S&amp;top migration</source>
        <translation>Migration s&amp;toppen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="37"/>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="43"/>
        <source>Database migration</source>
        <translation>Datenbankmigration</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="44"/>
        <source>Start the migration when the checks allow it.</source>
        <translation>Starten Sie die Migration, sobald die Prüfungen es zulassen.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="46"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="49"/>
        <source>Migrate into an empty database where possible: tables that already hold data are not copied over unless you start over. While the migration runs, do not write to the target&apos;s migrated tables, and do not change wal_level, max_replication_slots, listen addresses or firewalls.</source>
        <translation>Migrieren Sie nach Möglichkeit in eine leere Datenbank: Tabellen, die bereits Daten enthalten, werden nicht kopiert, es sei denn, Sie beginnen neu. Solange die Migration läuft, schreiben Sie nicht in die migrierten Tabellen des Ziels und ändern Sie weder wal_level noch max_replication_slots, Listen-Adressen oder Firewalls.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="56"/>
        <source>This migration was interrupted before it finished. Resume migration copies the tables not copied yet, from a new snapshot of the source: if the source kept changing, those tables reflect a later moment than the ones copied before. To copy every table from one moment, start over instead.</source>
        <translation>Diese Migration wurde unterbrochen, bevor sie fertig war. „Migration fortsetzen“ kopiert die noch nicht kopierten Tabellen aus einem neuen Snapshot der Quelle: Hat sich die Quelle inzwischen weiter verändert, geben diese Tabellen einen späteren Zeitpunkt wieder als die zuvor kopierten. Um alle Tabellen vom selben Zeitpunkt zu kopieren, beginnen Sie stattdessen neu.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="75"/>
        <source>Progress per database</source>
        <translation>Fortschritt je Datenbank</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="85"/>
        <source>Migration log</source>
        <translation>Migrationsprotokoll</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="103"/>
        <source>Progress per table</source>
        <translation>Fortschritt pro Tabelle</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="169"/>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="169"/>
        <source>dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="181"/>
        <source>data, %1/s</source>
        <translation>Daten, %1/s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="183"/>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="192"/>
        <location filename="../wizard/MigrationPage.cpp" line="299"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="201"/>
        <source>%1 rows, %2</source>
        <translation>%1 Zeilen, %2</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="231"/>
        <source>%1: the source database is read-only: an interrupted cut-over froze its writes. Close connection completes the cut-over and undoes it; Stop migration undoes it too.</source>
        <translation>%1: Die Quelldatenbank ist schreibgeschützt: Eine unterbrochene Umstellung hat ihre Schreibzugriffe eingefroren. Verbindung schließen schließt die Umstellung ab und hebt das auf; Migration stoppen hebt es ebenfalls auf.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="239"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="256"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="268"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="284"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="285"/>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="287"/>
        <source>waiting or copying</source>
        <translation>wartet oder wird kopiert</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="288"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationWizard</name>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="26"/>
        <source>Import database</source>
        <translation>Datenbank importieren</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="34"/>
        <source>&amp;About</source>
        <translation>Üb&amp;er</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="128"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="129"/>
        <source>Password for the source server %1:</source>
        <translation>Passwort für den Quellserver %1:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="130"/>
        <source>Password for the target server %1:</source>
        <translation>Passwort für den Zielserver %1:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="164"/>
        <source>Quit while copying?</source>
        <translation>Während des Kopierens beenden?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="165"/>
        <source>A copy is in progress. Quitting stops it cleanly; you can resume it later (open it again and choose Resume migration, or pgmigrate migrate --resume). Quit now?</source>
        <translation>Ein Kopiervorgang läuft. Beim Beenden wird er sauber angehalten; Sie können ihn später fortsetzen (erneut öffnen und „Migration fortsetzen“ wählen, oder pgmigrate migrate --resume). Jetzt beenden?</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationsWindow</name>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="83"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="85"/>
        <source>Saved migrations</source>
        <translation>Gespeicherte Migrationen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="87"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/MigrationsWindow.cpp" line="68"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/MigrationsWindow.cpp" line="71"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="73"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="87"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="103"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="104"/>
        <source>&amp;New migration</source>
        <translation>&amp;Neue Migration</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="105"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="106"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="108"/>
        <source>&amp;About</source>
        <translation>Üb&amp;er</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>&amp;Migrations started on this computer:</source>
        <translation>Auf diesem Computer gestartete &amp;Migrationen:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="177"/>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="239"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="275"/>
        <source>Migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="276"/>
        <source>This migration&apos;s saved state cannot be read.</source>
        <translation>Der gespeicherte Zustand dieser Migration kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="313"/>
        <source>Remove migration %1</source>
        <translation>Migration %1 entfernen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="314"/>
        <source>Remove migration %1 from this computer?</source>
        <translation>Migration %1 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="316"/>
        <source>Its saved state and the remembered passwords of its servers (unless another migration uses them) are deleted. The servers and the migrated data are not touched.</source>
        <translation>Ihr gespeicherter Zustand und die gemerkten Passwörter ihrer Server (sofern keine andere Migration sie verwendet) werden gelöscht. Die Server und die migrierten Daten bleiben unberührt.</translation>
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
        <location filename="../wizard/ValidationPage.cpp" line="32"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="34"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="36"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="38"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="66"/>
        <location filename="../wizard/ValidationPage.cpp" line="194"/>
        <source>&amp;Run check</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="72"/>
        <source>Start the migration using a one-time snapshot (dump method)</source>
        <translation>Migration mit einem einmaligen Snapshot starten (Dump-Methode)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="76"/>
        <source>Database connection and validation</source>
        <translation>Datenbankverbindung und Prüfung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="77"/>
        <source>Enter both servers, then run the checks.</source>
        <translation>Geben Sie beide Server an und führen Sie dann die Prüfungen aus.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="79"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="81"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="88"/>
        <source>Exclude databases</source>
        <translation>Datenbanken ausschließen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="90"/>
        <source>names separated by commas; &quot;a,b&quot; for a name with a comma</source>
        <translation>Namen durch Kommas getrennt; &quot;a,b&quot; für einen Namen mit Komma</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="92"/>
        <source>The same list as pgmigrate --exclude-db: names separated by commas. Write a name holding a comma, spaces at its ends or a leading double quote in double quotes, with &quot;&quot; for a quote inside: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</source>
        <translation>Dieselbe Liste wie bei pgmigrate --exclude-db: Namen durch Kommas getrennt. Einen Namen mit Komma, Leerzeichen an den Enden oder einem führenden doppelten Anführungszeichen in doppelte Anführungszeichen setzen, &quot;&quot; für ein Anführungszeichen darin: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="95"/>
        <source>&amp;Exclude databases:</source>
        <translation>Datenbanken &amp;ausschließen:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="106"/>
        <source>Source address as seen from the target</source>
        <translation>Quelladresse aus Sicht des Ziels</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="108"/>
        <source>optional host[:port], when the target server reaches the source by another address</source>
        <translation>optional host[:port], wenn der Zielserver die Quelle über eine andere Adresse erreicht</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="109"/>
        <source>Source address seen from the &amp;target:</source>
        <translation>Quelladresse aus Sicht des Zie&amp;ls:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="119"/>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="121"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="121"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="121"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="132"/>
        <source>Tables without primary key</source>
        <translation>Tabellen ohne Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="133"/>
        <source>Tables without primary key: copy them again at cut-over</source>
        <translation>Tabellen ohne Primärschlüssel: bei der Umstellung erneut kopieren</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="135"/>
        <source>Tables without primary key: set REPLICA IDENTITY FULL on the source (locks each briefly; slower updates on the target)</source>
        <translation>Tabellen ohne Primärschlüssel: REPLICA IDENTITY FULL auf der Quelle setzen (sperrt jede kurz; langsamere Aktualisierungen auf dem Ziel)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="147"/>
        <source>Databases to migrate</source>
        <translation>Zu migrierende Datenbanken</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="148"/>
        <source>Untick a database to leave it out of the migration</source>
        <translation>Entfernen Sie das Häkchen, um eine Datenbank von der Migration auszunehmen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="156"/>
        <source>Selected check</source>
        <translation>Ausgewählte Prüfung</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="197"/>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="276"/>
        <source>Settings changed: run the check again.</source>
        <translation>Einstellungen geändert: Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="283"/>
        <source>Fill in at least the hostname and username of both servers.</source>
        <translation>Geben Sie mindestens Hostname und Benutzername beider Server an.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="292"/>
        <source>Exclude databases: %1.</source>
        <translation>Datenbanken ausschließen: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="298"/>
        <source>Source address seen from the target: give host or host:port.</source>
        <translation>Quelladresse aus Sicht des Ziels: Geben Sie host oder host:port an.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="307"/>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="308"/>
        <source>Cancel &amp;check</source>
        <translation>Prüfung abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="341"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="341"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="346"/>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="372"/>
        <source>The check stopped: %1</source>
        <translation>Die Prüfung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="376"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="377"/>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="378"/>
        <source>dump</source>
        <translation>Dump</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="380"/>
        <source>Ready to migrate. %1</source>
        <translation>Bereit zur Migration. %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="382"/>
        <source>Fix the failed checks marked blocking, then run the check again.</source>
        <translation>Beheben Sie die fehlgeschlagenen, als blockierend markierten Prüfungen und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="401"/>
        <source>The password was not saved: no system keychain is available (%1).</source>
        <translation>Das Passwort wurde nicht gespeichert: Kein Schlüsselbund des Systems verfügbar (%1).</translation>
    </message>
</context>
</TS>
