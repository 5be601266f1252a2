<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>StopConfirmation</name>
    <message>
        <location filename="../wizard/StopConfirmation.cpp" line="9"/>
        <source>Stop migration</source>
        <translation>Pysäytä siirto</translation>
    </message>
    <message>
        <location filename="../wizard/StopConfirmation.cpp" line="10"/>
        <source>Stop the migration? The data copied so far stays on the target, but a stopped migration cannot be restarted: you would start over.</source>
        <translation>Pysäytetäänkö siirto? Tähän mennessä kopioidut tiedot jäävät kohteeseen, mutta pysäytettyä siirtoa ei voi jatkaa: joutuisit aloittamaan alusta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="96"/>
        <source>Migrates whole PostgreSQL clusters between servers.</source>
        <translation>Siirtää kokonaisia PostgreSQL-klustereita palvelimelta toiselle.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="101"/>
        <source>Print the first page&apos;s title and button texts, then exit.</source>
        <translation>Tulostaa ensimmäisen sivun otsikon ja painikkeiden tekstit ja lopettaa.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <source>Log every step on stderr (PGMIGRATE_LOG picks areas).</source>
        <translation>Kirjaa jokainen vaihe stderr-virtaan (PGMIGRATE_LOG valitsee alueet).</translation>
    </message>
</context>
<context>
    <name>pgm::AboutDialog</name>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="33"/>
        <location filename="../wizard/AboutDialog.cpp" line="34"/>
        <source>About pgmigrate</source>
        <translation>Tietoja pgmigratesta</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="40"/>
        <source>Moves whole PostgreSQL clusters between servers with no downtime.</source>
        <translation>Siirtää kokonaisia PostgreSQL-klustereita palvelimelta toiselle ilman katkoa.</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="45"/>
        <source>%1 (the license text: %2)</source>
        <translation>%1 (lisenssin teksti: %2)</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="52"/>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <location filename="../wizard/AboutDialog.cpp" line="53"/>
        <source>License:</source>
        <translation>Lisenssi:</translation>
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
        <translation>Aseta lähdetietokannat vain &amp;luku -tilaan lopullisen vaihdon ajaksi</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="25"/>
        <source>&amp;Close connection</source>
        <translation>&amp;Sulje yhteys</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="26"/>
        <source>Status &amp;update</source>
        <translation>Päivitä &amp;tila</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="27"/>
        <source>S&amp;top migration</source>
        <translation>&amp;Pysäytä siirto</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="28"/>
        <source>Save re&amp;port...</source>
        <translation>Tallenna &amp;raportti...</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="31"/>
        <source>Close</source>
        <translation>Lopetus</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="32"/>
        <source>Keep replicating, or close the connection to finish the migration.</source>
        <translation>Jatka replikointia tai sulje yhteys viedäksesi siirron loppuun.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="78"/>
        <source>&amp;Keep replicating</source>
        <translation>&amp;Jatka replikointia</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="98"/>
        <source>Save report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="101"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-raportti (*.html)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="101"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-raportti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="102"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-raportti (*.json)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="121"/>
        <source>The report could not be saved: %1</source>
        <translation>Raporttia ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="124"/>
        <source>Report saved to %1</source>
        <translation>Raportti tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="151"/>
        <source>Replication mode active: your data is on the target and new writes on the source keep flowing to it (largest lag %1 bytes).

Keep replicating closes this window and leaves it running. Close connection finalises the migration: stop writes to the source first (or let it make them read-only), then it waits for the last changes, copies sequences and large objects, verifies every table and removes the replication.</source>
        <translation>Replikointitila on käytössä: tietosi ovat kohteessa, ja lähteeseen tehtävät uudet kirjoitukset siirtyvät edelleen sinne (suurin viive %1 tavua).

”Jatka replikointia” sulkee tämän ikkunan ja jättää replikoinnin käyntiin. ”Sulje yhteys” vie siirron loppuun: lopeta ensin kirjoitukset lähteeseen (tai anna ohjelman asettaa lähdetietokannat vain luku -tilaan), minkä jälkeen se odottaa viimeiset muutokset, kopioi sekvenssit ja suuret objektit (large objects), tarkistaa jokaisen taulun ja poistaa replikoinnin.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="160"/>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="161"/>
        <source>Ready: every database is migrated and verified.</source>
        <translation>Valmis: kaikki tietokannat on siirretty ja tarkistettu.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="163"/>
        <source>The migration is %1.</source>
        <translation>Siirron tila: %1.</translation>
    </message>
</context>
<context>
    <name>pgm::ConfigurePage</name>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="11"/>
        <source>PostgreSQL migration configuration guide</source>
        <translation>PostgreSQL-siirron määritysopas</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="12"/>
        <source>Make sure the source server is ready before you start.</source>
        <translation>Varmista ennen aloittamista, että lähdepalvelin on valmis.</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="19"/>
        <source>&lt;p&gt;&lt;b&gt;Continuous migration&lt;/b&gt; (recommended) uses logical replication: the source stays in service and keeps syncing until you close the connection. It needs:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;PostgreSQL 10 or newer on the source, and &lt;code&gt;wal_level&lt;/code&gt; set to logical:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET wal_level = logical;&lt;/code&gt; then restart the server.&lt;/li&gt;&lt;li&gt;A free replication slot and WAL sender per database:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET max_replication_slots = 20;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;A superuser, or a user with REPLICATION and the &lt;code&gt;aiven_extras&lt;/code&gt; extension:&lt;br&gt;&lt;code&gt;CREATE EXTENSION aiven_extras CASCADE;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Remote access from this computer and from the target server (&lt;code&gt;listen_addresses&lt;/code&gt;, &lt;code&gt;pg_hba.conf&lt;/code&gt;, firewalls).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Without them, a &lt;b&gt;one-time snapshot&lt;/b&gt; (dump method) copies the data once; writes made on the source after it starts are not migrated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jatkuva siirto&lt;/b&gt; (suositeltu) käyttää loogista replikointia: lähde pysyy käytössä ja synkronoituu jatkuvasti, kunnes suljet yhteyden. Se edellyttää:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Lähteessä PostgreSQL 10 tai uudempi ja &lt;code&gt;wal_level&lt;/code&gt; asetettuna arvoon logical:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET wal_level = logical;&lt;/code&gt; ja sen jälkeen palvelimen uudelleenkäynnistyksen.&lt;/li&gt;&lt;li&gt;Vapaan replikointipaikan (replication slot) ja WAL-lähettäjän (WAL sender) tietokantaa kohden:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET max_replication_slots = 20;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Pääkäyttäjän (superuser) tai käyttäjän, jolla on REPLICATION-oikeus ja &lt;code&gt;aiven_extras&lt;/code&gt;-laajennus:&lt;br&gt;&lt;code&gt;CREATE EXTENSION aiven_extras CASCADE;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Etäyhteyden tältä tietokoneelta ja kohdepalvelimelta (&lt;code&gt;listen_addresses&lt;/code&gt;, &lt;code&gt;pg_hba.conf&lt;/code&gt;, palomuurit).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Ilman näitä &lt;b&gt;kertaluonteinen tilannevedos&lt;/b&gt; (dump-menetelmä) kopioi tiedot kerran; lähteeseen sen alkamisen jälkeen tehtyjä kirjoituksia ei siirretä.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="34"/>
        <source>Migration guidelines</source>
        <translation>Siirto-ohjeet</translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="36"/>
        <source>&amp;Get started</source>
        <translation>&amp;Aloita</translation>
    </message>
</context>
<context>
    <name>pgm::DesktopNotifier</name>
    <message>
        <location filename="../wizard/DesktopNotifier.cpp" line="45"/>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../wizard/DesktopNotifier.cpp" line="47"/>
        <source>The target follows the source. Close the connection when you are ready to cut over.</source>
        <translation>Kohde seuraa lähdettä. Sulje yhteys, kun olet valmis siirtymään.</translation>
    </message>
    <message>
        <location filename="../wizard/DesktopNotifier.cpp" line="70"/>
        <source>Migration: %1</source>
        <translation>Siirto: %1</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationModel</name>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="74"/>
        <source>Migration starting.</source>
        <translation>Siirto käynnistyy.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="90"/>
        <source>Resuming the migration: the tables not copied yet are copied from a new snapshot.</source>
        <translation>Siirtoa jatketaan: vielä kopioimattomat taulut kopioidaan uudesta tilannevedoksesta.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="122"/>
        <source>Stopping the migration.</source>
        <translation>Siirtoa pysäytetään.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="174"/>
        <source>Closing the connection: draining, copying sequences, verifying.</source>
        <translation>Suljetaan yhteyttä: siirretään viimeiset muutokset, kopioidaan sekvenssit, tarkistetaan.</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationPage</name>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="34"/>
        <source>&amp;Start migration</source>
        <translation>&amp;Aloita siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="35"/>
        <source>&amp;Resume migration</source>
        <translation>&amp;Jatka siirtoa</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="36"/>
        <source>S&amp;top migration</source>
        <translation>&amp;Pysäytä siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="37"/>
        <source>Start &amp;over</source>
        <translation>Aloita a&amp;lusta</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="43"/>
        <source>Database migration</source>
        <translation>Tietokannan siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="44"/>
        <source>Start the migration when the checks allow it.</source>
        <translation>Aloita siirto, kun tarkistukset sallivat sen.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="46"/>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="49"/>
        <source>Migrate into an empty database where possible: tables that already hold data are not copied over unless you start over. While the migration runs, do not write to the target&apos;s migrated tables, and do not change wal_level, max_replication_slots, listen addresses or firewalls.</source>
        <translation>Siirrä mahdollisuuksien mukaan tyhjään tietokantaan: tauluja, joissa on jo tietoja, ei kopioida, ellet aloita alusta. Älä siirron aikana kirjoita kohteen siirrettyihin tauluihin äläkä muuta asetuksia wal_level ja max_replication_slots, kuunteluosoitteita tai palomuureja.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="56"/>
        <source>This migration was interrupted before it finished. Resume migration copies the tables not copied yet, from a new snapshot of the source: if the source kept changing, those tables reflect a later moment than the ones copied before. To copy every table from one moment, start over instead.</source>
        <translation>Tämä siirto keskeytyi ennen kuin se valmistui. Jatka siirtoa kopioi vielä kopioimattomat taulut lähteen uudesta tilannevedoksesta: jos lähde on sillä välin muuttunut, nämä taulut vastaavat myöhempää hetkeä kuin aiemmin kopioidut. Jos haluat kaikki taulut samalta hetkeltä, aloita alusta.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="75"/>
        <source>Progress per database</source>
        <translation>Edistyminen tietokannoittain</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="77"/>
        <source>Lag</source>
        <translation>Viive</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="85"/>
        <source>Migration log</source>
        <translation>Siirron loki</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="103"/>
        <source>Progress per table</source>
        <translation>Edistyminen tauluittain</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Table</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="105"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="169"/>
        <source>replication</source>
        <translation>replikointi</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="169"/>
        <source>dump</source>
        <translation>dump</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="181"/>
        <source>data, %1/s</source>
        <translation>data, %1/s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="183"/>
        <source>, about %1 s left</source>
        <translation>, noin %1 s jäljellä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="192"/>
        <location filename="../wizard/MigrationPage.cpp" line="299"/>
        <source>Progress of %1</source>
        <translation>Tietokannan %1 edistyminen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="201"/>
        <source>%1 rows, %2</source>
        <translation>%1 riviä, %2</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="231"/>
        <source>%1: the source database is read-only: an interrupted cut-over froze its writes. Close connection completes the cut-over and undoes it; Stop migration undoes it too.</source>
        <translation>%1: lähdetietokanta on vain luku -tilassa: keskeytynyt siirtymä jäädytti sen kirjoitukset. Sulje yhteys viimeistelee siirtymän ja kumoaa jäädytyksen; myös Pysäytä siirto kumoaa sen.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="239"/>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="256"/>
        <source>failed: %1</source>
        <translation>epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="268"/>
        <source>saved</source>
        <translation>tallennettu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="284"/>
        <source>verified</source>
        <translation>tarkistettu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="285"/>
        <source>copied</source>
        <translation>kopioitu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="287"/>
        <source>waiting or copying</source>
        <translation>odottaa tai kopioidaan</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="288"/>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationWizard</name>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="26"/>
        <source>Import database</source>
        <translation>Tuo tietokanta</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="34"/>
        <source>&amp;About</source>
        <translation>Ti&amp;etoja</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="128"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="129"/>
        <source>Password for the source server %1:</source>
        <translation>Lähdepalvelimen %1 salasana:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="130"/>
        <source>Password for the target server %1:</source>
        <translation>Kohdepalvelimen %1 salasana:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="164"/>
        <source>Quit while copying?</source>
        <translation>Lopetetaanko kopioinnin aikana?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="165"/>
        <source>A copy is in progress. Quitting stops it cleanly; you can resume it later (open it again and choose Resume migration, or pgmigrate migrate --resume). Quit now?</source>
        <translation>Kopiointi on käynnissä. Lopettaminen pysäyttää sen hallitusti; voit jatkaa sitä myöhemmin (avaa se uudelleen ja valitse Jatka siirtoa, tai pgmigrate migrate --resume). Lopetetaanko nyt?</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationsWindow</name>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="83"/>
        <source>Migrations</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="85"/>
        <source>Saved migrations</source>
        <translation>Tallennetut siirrot</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="87"/>
        <source>Migration</source>
        <translation>Siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="87"/>
        <source>Status</source>
        <translation>Tila</translation>
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
        <translation>Aloitettu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Finished</source>
        <translation>Valmistunut</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Databases</source>
        <translation>Tietokannat</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="88"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="89"/>
        <source>Lag</source>
        <translation>Viive</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="103"/>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="104"/>
        <source>&amp;New migration</source>
        <translation>&amp;Uusi siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="105"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="106"/>
        <source>Remo&amp;ve</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="108"/>
        <source>&amp;About</source>
        <translation>Ti&amp;etoja</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>&amp;Migrations started on this computer:</source>
        <translation>&amp;Tällä tietokoneella aloitetut siirrot:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="177"/>
        <source>Unreadable</source>
        <translation>Lukukelvoton</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="239"/>
        <source>mixed</source>
        <translation>sekalainen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="275"/>
        <source>Migration %1</source>
        <translation>Siirto %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="276"/>
        <source>This migration&apos;s saved state cannot be read.</source>
        <translation>Tämän siirron tallennettua tilaa ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="313"/>
        <source>Remove migration %1</source>
        <translation>Poista siirto %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="314"/>
        <source>Remove migration %1 from this computer?</source>
        <translation>Poistetaanko siirto %1 tältä tietokoneelta?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="316"/>
        <source>Its saved state and the remembered passwords of its servers (unless another migration uses them) are deleted. The servers and the migrated data are not touched.</source>
        <translation>Sen tallennettu tila ja sen palvelimien muistetut salasanat (ellei jokin muu siirto käytä niitä) poistetaan. Palvelimiin ja siirrettyyn dataan ei kosketa.</translation>
    </message>
</context>
<context>
    <name>pgm::ServerForm</name>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="26"/>
        <source>Hostname</source>
        <translation>Isäntänimi</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="27"/>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="28"/>
        <source>Database name</source>
        <translation>Tietokannan nimi</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="29"/>
        <source>Username</source>
        <translation>Käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="30"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="31"/>
        <source>SSL encryption (recommended)</source>
        <translation>SSL-salaus (suositeltu)</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="32"/>
        <source>SSL encryption</source>
        <translation>SSL-salaus</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="33"/>
        <source>SSL mode</source>
        <translation>SSL-tila</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="34"/>
        <source>Remember password</source>
        <translation>Muista salasana</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="35"/>
        <source>Remember password in the system keychain</source>
        <translation>Muista salasana järjestelmän avainnipussa</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="52"/>
        <source>&amp;Hostname:</source>
        <translation>&amp;Isäntänimi:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="53"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="54"/>
        <source>&amp;Database name:</source>
        <translation>&amp;Tietokannan nimi:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="55"/>
        <source>&amp;Username:</source>
        <translation>&amp;Käyttäjänimi:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="56"/>
        <source>Pass&amp;word:</source>
        <translation>S&amp;alasana:</translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="62"/>
        <source>Kept in the system keychain, never in a file</source>
        <translation>Säilytetään järjestelmän avainnipussa, ei koskaan tiedostossa</translation>
    </message>
</context>
<context>
    <name>pgm::StatusTag</name>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="15"/>
        <source>Syncing</source>
        <translation>Synkronoidaan</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="17"/>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="19"/>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="21"/>
        <source>Stopped</source>
        <translation>Pysäytetty</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="23"/>
        <source>Interrupted</source>
        <translation>Keskeytynyt</translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="27"/>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
</context>
<context>
    <name>pgm::ToolDirectoryField</name>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="16"/>
        <source>&amp;Browse…</source>
        <translation>Se&amp;laa…</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="18"/>
        <source>pg_dump directory</source>
        <translation>pg_dump-hakemisto</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="19"/>
        <source>optional: the newest installed pg_dump is used</source>
        <translation>valinnainen: muuten käytetään uusinta asennettua pg_dumpia</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="20"/>
        <source>A directory holding pg_dump and pg_restore of the source&apos;s major or newer, e.g. /usr/lib/postgresql/17/bin</source>
        <translation>Hakemisto, jossa on lähteen pääversion tai uudemmat pg_dump ja pg_restore, esim. /usr/lib/postgresql/17/bin</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="23"/>
        <source>Browse for the pg_dump directory</source>
        <translation>Valitse pg_dump-hakemisto</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="24"/>
        <source>pg_&amp;dump directory:</source>
        <translation>pg_&amp;dump-hakemisto:</translation>
    </message>
    <message>
        <location filename="../wizard/ToolDirectoryField.cpp" line="35"/>
        <source>Directory of pg_dump and pg_restore</source>
        <translation>pg_dumpin ja pg_restoren hakemisto</translation>
    </message>
</context>
<context>
    <name>pgm::TrayStatus</name>
    <message>
        <location filename="../wizard/TrayStatus.cpp" line="29"/>
        <source>&amp;Show migration</source>
        <translation>&amp;Näytä siirto</translation>
    </message>
    <message>
        <location filename="../wizard/TrayStatus.cpp" line="51"/>
        <source>pgmigrate: no migration started</source>
        <translation>pgmigrate: siirtoa ei ole aloitettu</translation>
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
        <translation>Läpäisty</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="34"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="36"/>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="38"/>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="66"/>
        <location filename="../wizard/ValidationPage.cpp" line="194"/>
        <source>&amp;Run check</source>
        <translation>Suo&amp;rita tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="72"/>
        <source>Start the migration using a one-time snapshot (dump method)</source>
        <translation>Aloita siirto kertaluonteisella tilannevedoksella (dump-menetelmä)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="76"/>
        <source>Database connection and validation</source>
        <translation>Tietokantayhteys ja tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="77"/>
        <source>Enter both servers, then run the checks.</source>
        <translation>Anna molempien palvelimien tiedot ja suorita sitten tarkistukset.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="79"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="81"/>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="88"/>
        <source>Exclude databases</source>
        <translation>Ohitettavat tietokannat</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="90"/>
        <source>names separated by commas; &quot;a,b&quot; for a name with a comma</source>
        <translation>nimet pilkuin erotettuina; &quot;a,b&quot; pilkun sisältävälle nimelle</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="92"/>
        <source>The same list as pgmigrate --exclude-db: names separated by commas. Write a name holding a comma, spaces at its ends or a leading double quote in double quotes, with &quot;&quot; for a quote inside: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</source>
        <translation>Sama luettelo kuin pgmigrate --exclude-db: nimet pilkuin erotettuina. Kirjoita nimi, jossa on pilkku, välilyöntejä alussa tai lopussa tai alussa lainausmerkki, lainausmerkkeihin; lainausmerkki sen sisällä kirjoitetaan &quot;&quot;: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="95"/>
        <source>&amp;Exclude databases:</source>
        <translation>O&amp;hitettavat tietokannat:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="106"/>
        <source>Source address as seen from the target</source>
        <translation>Lähteen osoite kohteesta nähtynä</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="108"/>
        <source>optional host[:port], when the target server reaches the source by another address</source>
        <translation>valinnainen host[:port], jos kohdepalvelin tavoittaa lähteen eri osoitteesta</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="109"/>
        <source>Source address seen from the &amp;target:</source>
        <translation>Lähteen osoite kohteesta &amp;nähtynä:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="119"/>
        <source>Check results</source>
        <translation>Tarkistusten tulokset</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="121"/>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="121"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="121"/>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="132"/>
        <source>Tables without primary key</source>
        <translation>Taulut ilman perusavainta</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="133"/>
        <source>Tables without primary key: copy them again at cut-over</source>
        <translation>Taulut ilman perusavainta: kopioi ne uudelleen lopullisessa vaihdossa</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="135"/>
        <source>Tables without primary key: set REPLICA IDENTITY FULL on the source (locks each briefly; slower updates on the target)</source>
        <translation>Taulut ilman perusavainta: aseta lähteessä REPLICA IDENTITY FULL (lukitsee kunkin hetkeksi; hitaammat päivitykset kohteessa)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="147"/>
        <source>Databases to migrate</source>
        <translation>Siirrettävät tietokannat</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="148"/>
        <source>Untick a database to leave it out of the migration</source>
        <translation>Poista valinta, jos tietokanta jätetään pois siirrosta</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="156"/>
        <source>Selected check</source>
        <translation>Valittu tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="197"/>
        <source>Check cancelled.</source>
        <translation>Tarkistus peruttu.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="276"/>
        <source>Settings changed: run the check again.</source>
        <translation>Asetuksia muutettu: suorita tarkistus uudelleen.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="283"/>
        <source>Fill in at least the hostname and username of both servers.</source>
        <translation>Täytä vähintään kummankin palvelimen isäntänimi ja käyttäjänimi.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="292"/>
        <source>Exclude databases: %1.</source>
        <translation>Ohitettavat tietokannat: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="298"/>
        <source>Source address seen from the target: give host or host:port.</source>
        <translation>Lähteen osoite kohteesta nähtynä: anna host tai host:port.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="307"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="308"/>
        <source>Cancel &amp;check</source>
        <translation>&amp;Peruuta tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="341"/>
        <source>Servers</source>
        <translation>Palvelimet</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="341"/>
        <source>Database %1</source>
        <translation>Tietokanta %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="346"/>
        <source>Fix: %1</source>
        <translation>Korjaus: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="372"/>
        <source>The check stopped: %1</source>
        <translation>Tarkistus keskeytyi: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="376"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="377"/>
        <source>replication</source>
        <translation>replikointi</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="378"/>
        <source>dump</source>
        <translation>dump</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="380"/>
        <source>Ready to migrate. %1</source>
        <translation>Valmis siirtoon. %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="382"/>
        <source>Fix the failed checks marked blocking, then run the check again.</source>
        <translation>Korjaa epäonnistuneet, estäviksi merkityt tarkistukset ja suorita sitten tarkistus uudelleen.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="401"/>
        <source>The password was not saved: no system keychain is available (%1).</source>
        <translation>Salasanaa ei tallennettu: järjestelmän avainnippua ei ole käytettävissä (%1).</translation>
    </message>
</context>
</TS>
