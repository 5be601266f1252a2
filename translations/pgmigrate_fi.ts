<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>CheckReport</name>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="125"/>
        <source>Cluster
</source>
        <translation>Klusteri
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="126"/>
        <source>
Database &quot;%1&quot;
</source>
        <translation>
Tietokanta &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="132"/>
        <source> (blocking)</source>
        <translation> (estävä)</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="66"/>
        <source>
Plan
</source>
        <translation>
Suunnitelma
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="79"/>
        <source>  Excluded: %1
</source>
        <translation>  Pois jätetyt: %1
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="136"/>
        <source> (not blocking: the plan below says which databases use the dump method)</source>
        <translation> (ei estä: alla oleva suunnitelma kertoo, mitkä tietokannat käyttävät dump-menetelmää)</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="156"/>
        <source>
Error: </source>
        <translation>
Virhe: </translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="160"/>
        <source>
Ready to migrate.
</source>
        <translation>
Valmis siirtoon.
</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="161"/>
        <source>
Not ready: fix the blocking checks above.
</source>
        <translation>
Ei valmis: korjaa yllä olevat estävät tarkistukset.
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
        <translation>VAROITUS</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="97"/>
        <location filename="../engine/state/StateWords.cpp" line="64"/>
        <source>FAIL</source>
        <translation>VIRHE</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="98"/>
        <location filename="../engine/state/StateWords.cpp" line="67"/>
        <source>SKIP</source>
        <translation>OHITETTU</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckReportFormat.cpp" line="150"/>
        <source>Fix: </source>
        <translation>Korjaus: </translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../engine/checks/CheckList.cpp" line="17"/>
        <source> and %1 more</source>
        <translation> ja %1 muuta</translation>
    </message>
    <message>
        <location filename="../engine/checks/CheckList.cpp" line="28"/>
        <source>not needed: the dump method was chosen. </source>
        <translation>ei tarpeen: dump-menetelmä on valittu. </translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="12"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="107"/>
        <source>Connected.</source>
        <translation>Yhdistetty.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="13"/>
        <source>Connected as %1, PostgreSQL %2.</source>
        <translation>Yhdistetty käyttäjänä %1, PostgreSQL %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="23"/>
        <source>Check the user name and password.</source>
        <translation>Tarkista käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="28"/>
        <source>Check the SSL mode: the server may not support SSL (try sslmode prefer or disable), or the certificate does not match.</source>
        <translation>Tarkista SSL-tila: palvelin ei ehkä tue SSL:ää (kokeile sslmode prefer tai disable), tai varmenne ei täsmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="33"/>
        <source>Allow this host in the server&apos;s pg_hba.conf and reload it.</source>
        <translation>Salli tämä kone palvelimen pg_hba.conf-tiedostossa ja lataa se uudelleen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="37"/>
        <source>Check the host name.</source>
        <translation>Tarkista palvelimen nimi.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="40"/>
        <source>Something accepted the connection but did not answer as PostgreSQL: check the host and port, and any proxy or firewall.</source>
        <translation>Jokin otti yhteyden vastaan mutta ei vastannut kuten PostgreSQL: tarkista palvelin ja portti sekä mahdollinen välityspalvelin tai palomuuri.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="44"/>
        <source>Check the host, the port, and that the server accepts TCP connections (listen_addresses, firewall).</source>
        <translation>Tarkista palvelin, portti ja että palvelin hyväksyy TCP-yhteydet (listen_addresses, palomuuri).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="58"/>
        <source>Source server reachable</source>
        <translation>Lähdepalvelin tavoitettavissa</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="64"/>
        <source>Target server reachable</source>
        <translation>Kohdepalvelin tavoitettavissa</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="77"/>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="83"/>
        <source>Source and target differ</source>
        <translation>Lähde ja kohde ovat eri palvelimia</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="79"/>
        <source>Could not tell: </source>
        <translation>Ei voitu todeta: </translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="85"/>
        <source>The source and the target are the same server.</source>
        <translation>Lähde ja kohde ovat sama palvelin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="87"/>
        <source>The target does not see our source session.</source>
        <translation>Kohde ei näe istuntoamme lähteessä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityChecks.cpp" line="89"/>
        <source>Give a different target server.</source>
        <translation>Anna eri kohdepalvelin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="23"/>
        <source>In database %1, as each schema&apos;s owner: %2</source>
        <translation>Tietokannassa %1, kunkin skeeman omistajana: %2</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="26"/>
        <source> Or, for every database at once: GRANT pg_read_all_data TO %1;</source>
        <translation> Tai kaikille tietokannoille kerralla: GRANT pg_read_all_data TO %1;</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="37"/>
        <source>As a superuser (or a role with ADMIN on it) on the target: GRANT pg_create_subscription TO %1; (it then subscribes itself, with CREATE on the database), or install aiven_extras there; otherwise the dump method is used.</source>
        <translation>Kohteessa pääkäyttäjänä (tai roolina, jolla on siihen ADMIN): GRANT pg_create_subscription TO %1; (silloin se tilaa itse, CREATE-oikeudella tietokantaan), tai asenna sinne aiven_extras; muuten käytetään dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="45"/>
        <source>On the target: GRANT CREATE ON DATABASE %1 TO %2; otherwise the dump method is used.</source>
        <translation>Kohteessa: GRANT CREATE ON DATABASE %1 TO %2; muuten käytetään dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="50"/>
        <source>Give the source user&apos;s password (in the source URI or PGMIGRATE_SOURCE_PASSWORD), and have the source ask for it from the target&apos;s address (pg_hba.conf: scram-sha-256 or md5, not trust, peer or cert); otherwise the dump method is used.</source>
        <translation>Anna lähdekäyttäjän salasana (lähteen URI:ssa tai PGMIGRATE_SOURCE_PASSWORD-muuttujassa) ja anna lähteen kysyä sitä kohteen osoitteesta (pg_hba.conf: scram-sha-256 tai md5, ei trust, peer tai cert); muuten käytetään dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="67"/>
        <source>On Aiven, run CREATE EXTENSION aiven_extras CASCADE; as %1 (or avnadmin) in the target database %2; otherwise the dump method is used.</source>
        <translation>Aivenissa: suorita CREATE EXTENSION aiven_extras CASCADE; käyttäjänä %1 (tai avnadmin) kohdetietokannassa %2; muuten käytetään dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="76"/>
        <source>Connect as a superuser, or run CREATE EXTENSION aiven_extras CASCADE; in this database on the side named; otherwise the dump method is used.</source>
        <translation>Yhdistä pääkäyttäjänä tai suorita CREATE EXTENSION aiven_extras CASCADE; tässä tietokannassa mainitulla puolella; muuten käytetään dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="86"/>
        <source>Rename it on the source, connected to another database: DO $$DECLARE d name; BEGIN SELECT datname INTO d FROM pg_database WHERE decode(replace(datname::text, &apos;\&apos;, &apos;\\&apos;), &apos;escape&apos;) = &apos;\x%1&apos;; EXECUTE format(&apos;ALTER DATABASE %I RENAME TO %I&apos;, d, &apos;new_name&apos;); END$$; or exclude it: --exclude-db &apos;%2&apos;.</source>
        <translation>Nimeä se uudelleen lähteessä toiseen tietokantaan yhdistettynä: DO $$DECLARE d name; BEGIN SELECT datname INTO d FROM pg_database WHERE decode(replace(datname::text, &apos;\&apos;, &apos;\\&apos;), &apos;escape&apos;) = &apos;\x%1&apos;; EXECUTE format(&apos;ALTER DATABASE %I RENAME TO %I&apos;, d, &apos;new_name&apos;); END$$; tai jätä se pois: --exclude-db &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="105"/>
        <source>Source database reachable</source>
        <translation>Lähdetietokanta tavoitettavissa</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="110"/>
        <source>GRANT CONNECT ON DATABASE %1 TO %2; or exclude the database.</source>
        <translation>GRANT CONNECT ON DATABASE %1 TO %2; tai jätä tietokanta pois.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="125"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="142"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="150"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="164"/>
        <source>Target database</source>
        <translation>Kohdetietokanta</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="127"/>
        <source>Does not exist on the target yet; it will be created.</source>
        <translation>Ei vielä ole kohteessa; se luodaan.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="130"/>
        <source>Does not exist on the target, and %1 may not create databases.</source>
        <translation>Ei ole kohteessa, eikä %1 saa luoda tietokantoja.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="136"/>
        <source>ALTER ROLE %1 CREATEDB; on the target, or create the database there first.</source>
        <translation>ALTER ROLE %1 CREATEDB; kohteessa, tai luo tietokanta sinne ensin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="144"/>
        <source>GRANT CONNECT ON DATABASE %1 TO %2; on the target.</source>
        <translation>GRANT CONNECT ON DATABASE %1 TO %2; kohteessa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="151"/>
        <source>Exists and %1 of its %2 tables hold data: the migration will not copy over them (that would duplicate rows) unless told to empty them first.</source>
        <translation>On olemassa, ja %1 sen %2 taulusta sisältää dataa: siirto ei kopioi niiden päälle (rivit monistuisivat), ellei sitä käsketä tyhjentämään ne ensin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="157"/>
        <source>Migrate into an empty database, or replace their contents: --if-exists truncate on the command line, Start over in the wizard.</source>
        <translation>Siirrä tyhjään tietokantaan tai korvaa niiden sisältö: komentorivillä --if-exists truncate, ohjatussa toiminnossa Aloita alusta.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="165"/>
        <source>Exists and holds no data (%1 tables).</source>
        <translation>On olemassa eikä sisällä dataa (%1 taulua).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="185"/>
        <source>Languages available on the target</source>
        <translation>Kielet saatavilla kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="189"/>
        <source>Only built-in languages.</source>
        <translation>Vain sisäänrakennetut kielet.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="190"/>
        <source>All available: %1.</source>
        <translation>Kaikki saatavilla: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="192"/>
        <source>Missing on the target: %1.</source>
        <translation>Puuttuu kohteesta: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="196"/>
        <source>Install the language packages on the target server.</source>
        <translation>Asenna kielipaketit kohdepalvelimelle.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="225"/>
        <source>%1 %2 (target has %3)</source>
        <translation>%1 %2 (kohteessa %3)</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="240"/>
        <source>Not available on the target: %1. </source>
        <translation>Ei saatavilla kohteessa: %1. </translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="244"/>
        <source>Older on the target: %1.</source>
        <translation>Kohteessa vanhempi: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="249"/>
        <source>Extensions available on the target</source>
        <translation>Laajennukset saatavilla kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="251"/>
        <source>No extensions.</source>
        <translation>Ei laajennuksia.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="252"/>
        <source>Available: %1.</source>
        <translation>Saatavilla: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="257"/>
        <source>Install the extension packages on the target server, at the source&apos;s version or newer.</source>
        <translation>Asenna laajennuspaketit kohdepalvelimelle, lähteen versiona tai uudempana.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="262"/>
        <source>Extensions installable on the target</source>
        <translation>Laajennukset asennettavissa kohteeseen</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="265"/>
        <source>Each is installed, or installable by %1.</source>
        <translation>Jokainen on asennettu tai käyttäjän %1 asennettavissa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="267"/>
        <source>%1 may not install: %2 (not superuser, not trusted, not allow-listed).</source>
        <translation>%1 ei saa asentaa: %2 (ei pääkäyttäjä, ei luotettu (trusted), ei sallittujen listalla).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="273"/>
        <source>Have a superuser run CREATE EXTENSION in the target database first, or allow-list them.</source>
        <translation>Pyydä pääkäyttäjää suorittamaan CREATE EXTENSION kohdetietokannassa ensin, tai lisää ne sallittujen listalle.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="293"/>
        <source>Privileges for logical replication</source>
        <translation>Oikeudet loogiseen replikointiin</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="296"/>
        <location filename="../engine/checks/ServerChecks.cpp" line="109"/>
        <source>Source: %1. Target: %2.</source>
        <translation>Lähde: %1. Kohde: %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="297"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="303"/>
        <source>superuser</source>
        <translation>pääkäyttäjä</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="299"/>
        <source>owner of every table (it publishes them itself)</source>
        <translation>jokaisen taulun omistaja (julkaisee ne itse)</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="305"/>
        <source>member of pg_create_subscription with CREATE on the database (it subscribes itself, the source password in the connection)</source>
        <translation>pg_create_subscription-roolin jäsen, CREATE-oikeus tietokantaan (tilaa itse, lähteen salasana yhteydessä)</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="318"/>
        <source>Row-level security does not hide rows</source>
        <translation>Rivitason suojaus ei piilota rivejä</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="321"/>
        <source>Every row is visible to %1.</source>
        <translation>Jokainen rivi näkyy käyttäjälle %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="322"/>
        <source>%1 cannot see every row of: %2.</source>
        <translation>%1 ei näe kaikkia rivejä tauluista: %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="326"/>
        <source>ALTER ROLE %1 BYPASSRLS; (as a superuser), or migrate as the tables&apos; owner.</source>
        <translation>ALTER ROLE %1 BYPASSRLS; (pääkäyttäjänä), tai siirrä taulujen omistajana.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="334"/>
        <source>The source user can read every table and sequence</source>
        <translation>Lähdekäyttäjä voi lukea jokaisen taulun ja sekvenssin</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="337"/>
        <source>%1 may read every table and sequence.</source>
        <translation>%1 saa lukea jokaisen taulun ja sekvenssin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="339"/>
        <source>%1 may not read (no SELECT, or no USAGE on the schema): %2. pg_dump would stop on the first.</source>
        <translation>%1 ei saa lukea (ei SELECT-oikeutta tai ei USAGE-oikeutta skeemaan): %2. pg_dump pysähtyisi ensimmäiseen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="401"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="419"/>
        <source>Tables have a primary key or replica identity</source>
        <translation>Tauluilla on perusavain tai replikointi-identiteetti</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="404"/>
        <source>No primary key or replica identity: %1. Publishing them makes UPDATE and DELETE fail on the source.</source>
        <translation>Ei perusavainta eikä replikointi-identiteettiä: %1. Niiden julkaiseminen saa UPDATE- ja DELETE-lauseet epäonnistumaan lähteessä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="408"/>
        <source>No primary key or replica identity: %1 (no concern for the dump method).</source>
        <translation>Ei perusavainta eikä replikointi-identiteettiä: %1 (ei haittaa dump-menetelmälle).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="412"/>
        <source>Add primary keys, or choose to set REPLICA IDENTITY FULL on them or copy them once at cut-over.</source>
        <translation>Lisää perusavaimet, tai valitse, että niille asetetaan REPLICA IDENTITY FULL tai ne kopioidaan kerran lopullisessa vaihdossa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="420"/>
        <source>Every table has one.</source>
        <translation>Jokaisella taululla on sellainen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="427"/>
        <source>%1 large objects</source>
        <translation>%1 suurta objektia (large object)</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="430"/>
        <source>unlogged tables %1</source>
        <translation>lokittamattomat taulut (unlogged) %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="434"/>
        <source>materialized views %1</source>
        <translation>materialisoidut näkymät %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="438"/>
        <source>Objects logical replication does not carry</source>
        <translation>Objektit, joita looginen replikointi ei siirrä</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="546"/>
        <source>Event triggers in the target database</source>
        <translation>Kohdetietokannan tapahtumaliipaisimet</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="549"/>
        <source>None stays enabled while the migration writes there.</source>
        <translation>Yksikään ei jää käyttöön, kun siirto kirjoittaa sinne.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="551"/>
        <source>%1 stay enabled and fire on the migration&apos;s statements there (index builds, grants, refreshes): one that writes into a migrated table makes it differ from the source, and the verification fails.</source>
        <translation>%1 jäävät käyttöön ja laukeavat siirron lauseista siellä (indeksien rakennus, oikeudet, päivitykset): siirrettyyn tauluun kirjoittava liipaisin tekee siitä lähteestä poikkeavan, ja tarkistus epäonnistuu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="557"/>
        <source>A superuser disables them in the target database while the migration runs (%1) and enables them after (%2); or leave them if they write nothing.</source>
        <translation>Pääkäyttäjä poistaa ne käytöstä kohdetietokannassa siirron ajaksi (%1) ja ottaa ne käyttöön sen jälkeen (%2); tai jätä ne, jos ne eivät kirjoita mitään.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="357"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="441"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="294"/>
        <source>None.</source>
        <translation>Ei yhtään.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="443"/>
        <source>: copied once, and again at cut-over; later changes are not streamed.</source>
        <translation>: kopioidaan kerran ja uudelleen lopullisessa vaihdossa; myöhempiä muutoksia ei välitetä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="446"/>
        <source>: copied by the dump method.</source>
        <translation>: dump-menetelmä kopioi ne.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="354"/>
        <source>Triggers that fire on replicated rows</source>
        <translation>Liipaisimet, jotka laukeavat replikoiduille riveille</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="358"/>
        <source>ENABLE ALWAYS or ENABLE REPLICA on the source: %1. On the target they would act a second time on rows their source twins already acted on: they stay disabled there until the migration ends (the cut-over, or a stop), then take their state back.</source>
        <translation>ENABLE ALWAYS tai ENABLE REPLICA lähteessä: %1. Kohteessa ne toimisivat toiseen kertaan riveihin, joihin niiden lähteen vastineet ovat jo toimineet: ne pysyvät siellä poissa käytöstä, kunnes migraatio päättyy (lopullinen vaihto tai pysäytys), ja saavat sitten tilansa takaisin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="371"/>
        <source>Event triggers on the source&apos;s DDL</source>
        <translation>Lähteen DDL:n tapahtumaliipaisimet</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="374"/>
        <source>None that replication sets off.</source>
        <translation>Ei yhtään, jonka replikointi laukaisee.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="375"/>
        <source>%1 fire on the statements replication runs on the source (CREATE and DROP PUBLICATION, ALTER TABLE ... REPLICA IDENTITY): one that refuses DDL fails this database&apos;s replication, one that logs writes a row for each.</source>
        <translation>%1 laukeavat lauseista, jotka replikointi ajaa lähteessä (CREATE ja DROP PUBLICATION, ALTER TABLE ... REPLICA IDENTITY): DDL:n hylkäävä kaataa tämän tietokannan replikoinnin, kirjaava kirjoittaa rivin kustakin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="383"/>
        <source>Disable a trigger that refuses DDL on the source while the migration sets up and while it finishes (ALTER EVENT TRIGGER ... DISABLE), or migrate this database with the dump method.</source>
        <translation>Poista DDL:n hylkäävä liipaisin käytöstä lähteessä siirron käynnistyksen ja lopetuksen ajaksi (ALTER EVENT TRIGGER ... DISABLE), tai siirrä tämä tietokanta dump-menetelmällä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="468"/>
        <source>Source SQL_ASCII/%1: only a superuser may create a SQL_ASCII database with that locale. This target user&apos;s creation of it fails, or makes it in %2, which refuses text that is not valid %2 (the copy of such a table fails).</source>
        <translation>Lähde SQL_ASCII/%1: vain pääkäyttäjä voi luoda SQL_ASCII-tietokannan tällä lokaalilla. Tämän kohdekäyttäjän yritys luoda se epäonnistuu tai luo sen koodauksella %2, joka hylkää tekstin, joka ei ole kelvollista %2-tekstiä (tällaisen taulun kopiointi epäonnistuu).</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="474"/>
        <source>A superuser creates it on the target first: CREATE DATABASE %1 TEMPLATE template0 ENCODING &apos;SQL_ASCII&apos; LC_COLLATE &apos;%2&apos; LC_CTYPE &apos;%3&apos; OWNER %4.</source>
        <translation>Pääkäyttäjä luo sen ensin kohteeseen: CREATE DATABASE %1 TEMPLATE template0 ENCODING &apos;SQL_ASCII&apos; LC_COLLATE &apos;%2&apos; LC_CTYPE &apos;%3&apos; OWNER %4.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="497"/>
        <source>the target database will be created with the same</source>
        <translation>kohdetietokanta luodaan samoilla</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="501"/>
        <source>the same in the existing target database</source>
        <translation>samat olemassa olevassa kohdetietokannassa</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="466"/>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="506"/>
        <source>Encoding and locale match</source>
        <translation>Merkistö ja maa-asetus täsmäävät</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="508"/>
        <source>%1, collation %2; %3.</source>
        <translation>%1, lajittelujärjestys %2; %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="510"/>
        <source>Source %1/%2, target database %3/%4: text may sort differently or be refused.</source>
        <translation>Lähde %1/%2, kohdetietokanta %3/%4: teksti voi lajittua eri tavoin tai tulla hylätyksi.</translation>
    </message>
    <message>
        <location filename="../engine/checks/DatabaseChecks.cpp" line="515"/>
        <source>Create the target database with ENCODING &apos;%1&apos; LC_COLLATE &apos;%2&apos;, or migrate into a new one.</source>
        <translation>Luo kohdetietokanta asetuksin ENCODING &apos;%1&apos; LC_COLLATE &apos;%2&apos;, tai siirrä uuteen tietokantaan.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="160"/>
        <source>Room for pg_dump&apos;s table locks on the source</source>
        <translation>Tilaa pg_dumpin taululukoille lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="165"/>
        <source>No database to read, or the source did not say.</source>
        <translation>Ei luettavaa tietokantaa, tai lähde ei kertonut.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="35"/>
        <source>The %1 largest databases (%2) migrate at once with %3 jobs and have %4 tables together; pg_dump locks each database&apos;s tables in one transaction, and the copy&apos;s snapshot locks them again meanwhile. The source&apos;s lock table holds %5 (max_locks_per_transaction %6 × %7 backends and prepared transactions), %8 in use now.</source>
        <translation>%1 suurinta tietokantaa (%2) siirretään yhtä aikaa %3 työllä, ja niissä on yhteensä %4 taulua; pg_dump lukitsee kunkin tietokannan taulut yhdessä transaktiossa, ja kopion tilannevedos lukitsee ne sillä välin uudelleen. Lähteen lukkotauluun mahtuu %5 (max_locks_per_transaction %6 × %7 taustaprosessia ja valmisteltua transaktiota), joista %8 on nyt käytössä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="42"/>
        <source>The %1 largest databases (%2) migrate at once with %3 jobs and have %4 tables together; pg_restore creates each database&apos;s tables in one transaction, which locks each. The target&apos;s lock table holds %5 (max_locks_per_transaction %6 × %7 backends and prepared transactions), %8 in use now.</source>
        <translation>%1 suurinta tietokantaa (%2) siirretään yhtä aikaa %3 työllä, ja niissä on yhteensä %4 taulua; pg_restore luo kunkin tietokannan taulut yhdessä transaktiossa, joka lukitsee jokaisen. Kohteen lukkotauluun mahtuu %5 (max_locks_per_transaction %6 × %7 taustaprosessia ja valmisteltua transaktiota), joista %8 on nyt käytössä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="55"/>
        <source>The largest database, %1, has %2 tables; pg_dump locks each in one transaction, and the copy&apos;s snapshot locks them again meanwhile. The source&apos;s lock table holds %3 (max_locks_per_transaction %4 × %5 backends and prepared transactions), %6 in use now.</source>
        <translation>Suurimmassa tietokannassa, %1, on %2 taulua; pg_dump lukitsee jokaisen yhdessä transaktiossa, ja kopion tilannevedos lukitsee ne sillä välin uudelleen. Lähteen lukkotauluun mahtuu %3 (max_locks_per_transaction %4 × %5 taustaprosessia ja valmisteltua transaktiota), joista %6 on nyt käytössä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="62"/>
        <source>The largest database, %1, has %2 tables; pg_restore creates them all in one transaction, which locks each. The target&apos;s lock table holds %3 (max_locks_per_transaction %4 × %5 backends and prepared transactions), %6 in use now.</source>
        <translation>Suurimmassa tietokannassa, %1, on %2 taulua; pg_restore luo ne kaikki yhdessä transaktiossa, joka lukitsee jokaisen. Kohteen lukkotauluun mahtuu %3 (max_locks_per_transaction %4 × %5 taustaprosessia ja valmisteltua transaktiota), joista %6 on nyt käytössä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="94"/>
        <source>ALTER SYSTEM SET max_locks_per_transaction = %1; on the source, then restart it (on a managed service: the server parameter max_locks_per_transaction).</source>
        <translation>ALTER SYSTEM SET max_locks_per_transaction = %1; lähteessä ja käynnistä se sitten uudelleen (hallitussa palvelussa: palvelinparametri max_locks_per_transaction).</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="98"/>
        <source>ALTER SYSTEM SET max_locks_per_transaction = %1; on the target, then restart it (on a managed service: the server parameter max_locks_per_transaction).</source>
        <translation>ALTER SYSTEM SET max_locks_per_transaction = %1; kohteessa ja käynnistä se sitten uudelleen (hallitussa palvelussa: palvelinparametri max_locks_per_transaction).</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="110"/>
        <source> %1 would stop with &quot;out of shared memory&quot;.</source>
        <translation> %1 pysähtyisi virheeseen ”out of shared memory”.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="117"/>
        <source> That is more than the lock table holds: %1 may stop with &quot;out of shared memory&quot;, as the server&apos;s spare shared memory allows or not.</source>
        <translation> Se on enemmän kuin lukkotauluun mahtuu: %1 voi pysähtyä virheeseen ”out of shared memory” sen mukaan, riittääkö palvelimen vapaa jaettu muisti.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="178"/>
        <source>Room for pg_restore&apos;s table locks on the target</source>
        <translation>Tilaa pg_restoren taululukoille kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="183"/>
        <source>No database to read, or the target did not say.</source>
        <translation>Ei luettavaa tietokantaa, tai kohde ei kertonut.</translation>
    </message>
    <message>
        <location filename="../engine/checks/LockTableCheck.cpp" line="122"/>
        <source> The migration would take more than half the room left: other sessions&apos; locks may run it out.</source>
        <translation> Siirto veisi yli puolet jäljellä olevasta tilasta: muiden istuntojen lukot voivat kuluttaa sen loppuun.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="70"/>
        <source>not migrated: provider role %1 (%2)</source>
        <translation>ei siirretä: palveluntarjoajan rooli %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="93"/>
        <source>In the DB instance&apos;s parameter group set rds.logical_replication = 1, then reboot the instance (that sets wal_level to logical).</source>
        <translation>Aseta DB-instanssin parametriryhmässä rds.logical_replication = 1 ja käynnistä instanssi uudelleen (se asettaa wal_level-arvoksi logical).</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="97"/>
        <source>Set the instance&apos;s database flag cloudsql.logical_decoding = on (gcloud sql instances patch INSTANCE --database-flags=cloudsql.logical_decoding=on); the instance restarts.</source>
        <translation>Aseta instanssin tietokantalippu cloudsql.logical_decoding = on (gcloud sql instances patch INSTANCE --database-flags=cloudsql.logical_decoding=on); instanssi käynnistyy uudelleen.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="103"/>
        <source>Set the server parameter wal_level = logical (az postgres flexible-server parameter set --name wal_level --value logical), then restart the server.</source>
        <translation>Aseta palvelinparametri wal_level = logical (az postgres flexible-server parameter set --name wal_level --value logical) ja käynnistä palvelin uudelleen.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="111"/>
        <source>Run ALTER SYSTEM SET wal_level = logical; on the source, then restart it.</source>
        <translation>Suorita lähteessä ALTER SYSTEM SET wal_level = logical; ja käynnistä se sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="120"/>
        <source>GRANT rds_replication TO %1; (as the master user, a member of rds_superuser)</source>
        <translation>GRANT rds_replication TO %1; (pääkäyttäjätilinä (master user), rds_superuser-roolin jäsenenä)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="125"/>
        <source>ALTER ROLE %1 WITH REPLICATION; (as a member of cloudsqlsuperuser, such as the postgres user)</source>
        <translation>ALTER ROLE %1 WITH REPLICATION; (cloudsqlsuperuser-roolin jäsenenä, esimerkiksi käyttäjänä postgres)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="130"/>
        <source>ALTER ROLE %1 WITH REPLICATION; (as the server admin, a member of azure_pg_admin)</source>
        <translation>ALTER ROLE %1 WITH REPLICATION; (palvelimen ylläpitäjänä, azure_pg_admin-roolin jäsenenä)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="138"/>
        <source>ALTER ROLE %1 WITH REPLICATION; (as a superuser on the source)</source>
        <translation>ALTER ROLE %1 WITH REPLICATION; (pääkäyttäjänä lähteessä)</translation>
    </message>
    <message>
        <location filename="../engine/connection/ManagedService.cpp" line="148"/>
        <source>%1 offers no superuser and no aiven_extras: migrate as the owner of the database&apos;s tables (or ALTER TABLE ... OWNER TO %2;), with CREATE on the database, and pgmigrate publishes them itself; otherwise the dump method is used.</source>
        <translation>%1 ei tarjoa pääkäyttäjää eikä aiven_extrasia: siirrä tietokannan taulujen omistajana (tai ALTER TABLE ... OWNER TO %2;) CREATE-oikeudella tietokantaan, jolloin pgmigrate julkaisee ne itse; muuten käytetään dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="21"/>
        <source>%1 (database %2, %3 MB of WAL%4)</source>
        <translation>%1 (tietokanta %2, %3 Mt WAL-lokia%4)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="25"/>
        <source>, unread for %1 s</source>
        <translation>, lukematta %1 s</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="33"/>
        <source>%1 of migration %2 (%3)</source>
        <translation>%1, siirto %2 (%3)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="41"/>
        <source> of migration %1, %2</source>
        <translation>, siirto %1, %2</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="48"/>
        <source>Syncing migrations&apos; subscribers connected</source>
        <translation>Synkronoivien siirtojen tilaajat yhdistettyinä</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="51"/>
        <source>Every syncing migration&apos;s subscriber reads its slot.</source>
        <translation>Jokaisen synkronoivan siirron tilaaja lukee replikointipaikkaansa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="53"/>
        <source>No subscriber reads these slots of syncing migrations right now: %1. The target reconnects by itself once both servers reach each other again; meanwhile the slot keeps WAL on the source.</source>
        <translation>Mikään tilaaja ei juuri nyt lue näitä synkronoivien siirtojen replikointipaikkoja: %1. Kohde yhdistää itse uudelleen, kun palvelimet tavoittavat taas toisensa; sillä välin replikointipaikka pidättää WAL-lokia lähteessä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="61"/>
        <source>Do not drop these slots: that would end the migration. If it lasts, &apos;pgmigrate status --id ID&apos; says why (the subscription&apos;s state and errors, the target&apos;s log).</source>
        <translation>Älä poista näitä replikointipaikkoja: se päättäisi siirron. Jos tilanne jatkuu, &apos;pgmigrate status --id ID&apos; kertoo syyn (tilauksen tila ja virheet, kohteen loki).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="66"/>
        <source>No forgotten pgmigrate slots on the source</source>
        <translation>Ei unohtuneita pgmigrate-replikointipaikkoja lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="69"/>
        <source>No pgmigrate replication slot is waiting for a subscriber.</source>
        <translation>Mikään pgmigraten replikointipaikka ei odota tilaajaa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="71"/>
        <source>Replication slots named like pgmigrate&apos;s, read by no subscriber, keep WAL on the source until dropped: %1.</source>
        <translation>pgmigraten nimiset replikointipaikat, joita mikään tilaaja ei lue, pidättävät WAL-lokia lähteessä, kunnes ne poistetaan: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="77"/>
        <source>If no migration of yours is syncing through them (pgmigrate status), remove them: &apos;pgmigrate stop --id ID&apos; for their migration, or on the source: %1</source>
        <translation>Jos mikään siirroistasi ei synkronoi niiden kautta (pgmigrate status), poista ne: &apos;pgmigrate stop --id ID&apos; niiden siirrolle, tai lähteessä: %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="91"/>
        <source>Source supports logical replication</source>
        <translation>Lähde tukee loogista replikointia</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="93"/>
        <source>Source PostgreSQL %1; logical replication needs 10 or newer.</source>
        <translation>Lähde PostgreSQL %1; looginen replikointi vaatii version 10 tai uudemman.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="97"/>
        <source>Upgrade the source, or use the dump method.</source>
        <translation>Päivitä lähde tai käytä dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="101"/>
        <source>Source wal_level is logical</source>
        <translation>Lähteen wal_level on logical</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="103"/>
        <source>wal_level is &apos;%1&apos;.</source>
        <translation>wal_level on &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="108"/>
        <source>Source is a primary</source>
        <translation>Lähde on ensisijainen palvelin</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="111"/>
        <source>The source is a standby (in recovery): replication needs a publication and a slot made on the primary (logical slots exist on standbys only from PostgreSQL 16).</source>
        <translation>Lähde on varapalvelin (palautustilassa): replikointi vaatii julkaisun ja replikointipaikan ensisijaisella palvelimella (loogisia replikointipaikkoja on varapalvelimilla vasta PostgreSQL 16:sta alkaen).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="115"/>
        <source>The source is not in recovery.</source>
        <translation>Lähde ei ole palautustilassa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="116"/>
        <source>Give the primary server as the source, or use the dump method.</source>
        <translation>Anna lähteeksi ensisijainen palvelin tai käytä dump-menetelmää.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="122"/>
        <source>Long reads on a standby source</source>
        <translation>Pitkät luvut varapalvelinlähteestä</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="124"/>
        <source>The copy reads the standby in one long transaction; replay cancels it after max_standby_streaming_delay (%1) when it conflicts with cleanup on the primary%2.</source>
        <translation>Kopiointi lukee varapalvelinta yhdessä pitkässä transaktiossa; toisto keskeyttää sen max_standby_streaming_delay-ajan (%1) jälkeen, jos se on ristiriidassa ensisijaisen palvelimen siivouksen kanssa%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="130"/>
        <source> (hot_standby_feedback is on, which avoids most of them)</source>
        <translation> (hot_standby_feedback on päällä, mikä estää useimmat niistä)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="134"/>
        <source>On the standby, for the migration: ALTER SYSTEM SET max_standby_streaming_delay = -1; and SET hot_standby_feedback = on; then SELECT pg_reload_conf(); (or migrate from the primary).</source>
        <translation>Varapalvelimella siirron ajaksi: ALTER SYSTEM SET max_standby_streaming_delay = -1; ja SET hot_standby_feedback = on; sitten SELECT pg_reload_conf(); (tai siirrä ensisijaiselta palvelimelta).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="143"/>
        <source> (member of %1)</source>
        <translation> (ryhmän %1 jäsen)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="147"/>
        <source>Source user may replicate</source>
        <translation>Lähdekäyttäjä saa replikoida</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="150"/>
        <source>%1 is a superuser.</source>
        <translation>%1 on pääkäyttäjä.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="153"/>
        <source>%1 may replicate%2.</source>
        <translation>%1 saa replikoida%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="155"/>
        <source>%1 has the REPLICATION attribute%2.</source>
        <translation>Käyttäjällä %1 on REPLICATION-määre%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="157"/>
        <source>%1 is neither superuser nor has REPLICATION%2.</source>
        <translation>%1 ei ole pääkäyttäjä, eikä sillä ole REPLICATION-määrettä%2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="172"/>
        <source>Free replication slots on the source</source>
        <translation>Vapaat replikointipaikat lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="174"/>
        <source>%1 of %2 slots free; %3 databases need one each, plus %4 temporary ones during the initial copy.</source>
        <translation>%1/%2 replikointipaikkaa vapaana; %3 tietokantaa tarvitsee kukin yhden, lisäksi %4 tilapäistä alkukopioinnin ajan.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="183"/>
        <source>ALTER SYSTEM SET max_replication_slots = %1; on the source, then restart it.</source>
        <translation>ALTER SYSTEM SET max_replication_slots = %1; lähteessä ja käynnistä se sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="190"/>
        <source>Free WAL senders on the source</source>
        <translation>Vapaat WAL-lähettäjät lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="192"/>
        <source>%1 of %2 WAL senders free; %3 needed.</source>
        <translation>%1/%2 WAL-lähettäjää vapaana; tarvitaan %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="198"/>
        <source>ALTER SYSTEM SET max_wal_senders = %1; on the source, then restart it.</source>
        <translation>ALTER SYSTEM SET max_wal_senders = %1; lähteessä ja käynnistä se sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="207"/>
        <source>Subscription capacity on the target</source>
        <translation>Tilausten kapasiteetti kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="209"/>
        <source>max_replication_slots allows %1 more subscriptions, max_logical_replication_workers %2 more workers; %3 subscriptions and %4 workers needed.</source>
        <translation>max_replication_slots sallii %1 tilausta lisää, max_logical_replication_workers %2 työprosessia lisää; tarvitaan %3 tilausta ja %4 työprosessia.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="219"/>
        <source>On the target: ALTER SYSTEM SET max_replication_slots = %1; ALTER SYSTEM SET max_logical_replication_workers = %2; ALTER SYSTEM SET max_worker_processes = %3; then restart it.</source>
        <translation>Kohteessa: ALTER SYSTEM SET max_replication_slots = %1; ALTER SYSTEM SET max_logical_replication_workers = %2; ALTER SYSTEM SET max_worker_processes = %3; ja käynnistä se sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="235"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="242"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="252"/>
        <source>Target server reaches the source</source>
        <translation>Kohdepalvelin tavoittaa lähteen</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="237"/>
        <source>The target opened a replication connection to the source.</source>
        <translation>Kohde avasi replikointiyhteyden lähteeseen.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="244"/>
        <source>The target server connects to the source itself: allow it in the source&apos;s firewall and pg_hba.conf, or give the source&apos;s address as seen from the target.</source>
        <translation>Kohdepalvelin yhdistää lähteeseen itse: salli se lähteen palomuurissa ja pg_hba.conf-tiedostossa, tai anna lähteen osoite sellaisena kuin kohde sen näkee.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="255"/>
        <source>Not probed: the servers are the same.</source>
        <translation>Ei testattu: palvelimet ovat samat.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="256"/>
        <source>Not probed: needs superuser on the target; the replication will show whether it connects.</source>
        <translation>Ei testattu: vaatii pääkäyttäjän kohteessa; replikointi näyttää, onnistuuko yhteys.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="269"/>
        <source>pid %1 (%2 on %3, %4, %5 s)</source>
        <translation>PID %1 (%2 tietokannassa %3, %4, %5 s)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="276"/>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="286"/>
        <source>No long or idle transactions on the source</source>
        <translation>Ei pitkiä tai joutilaita transaktioita lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="278"/>
        <source>Replication slots cannot be created while these are open: %1.</source>
        <translation>Replikointipaikkoja ei voi luoda, kun nämä ovat auki: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="281"/>
        <source>Commit or end them, for example SELECT pg_terminate_backend(pid);</source>
        <translation>Vahvista tai lopeta ne, esimerkiksi SELECT pg_terminate_backend(pid);</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="287"/>
        <source>None seen.</source>
        <translation>Ei havaittu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="291"/>
        <source>No prepared transactions on the source</source>
        <translation>Ei valmisteltuja transaktioita lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="295"/>
        <source>Prepared transactions block slot creation: %1.</source>
        <translation>Valmistellut transaktiot estävät replikointipaikkojen luonnin: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ReplicationChecks.cpp" line="300"/>
        <source>COMMIT PREPARED or ROLLBACK PREPARED them.</source>
        <translation>Päätä ne komennolla COMMIT PREPARED tai ROLLBACK PREPARED.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="24"/>
        <source>on PATH or under /usr/lib/postgresql/*/bin</source>
        <translation>PATH-polusta tai hakemistosta /usr/lib/postgresql/*/bin</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="25"/>
        <source>in %1 (the chosen pg_dump directory)</source>
        <translation>hakemistosta %1 (valittu pg_dump-hakemisto)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="28"/>
        <source>the source runs PostgreSQL %1, which needs %2 %3 or newer</source>
        <translation>lähteessä on PostgreSQL %1, joka vaatii ohjelman %2 %3 tai uudemman</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="34"/>
        <source>No pg_dump found %1; %2.</source>
        <translation>pg_dumpia ei löytynyt %1; %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="37"/>
        <source>pg_dump found: %1 (major %2); %3.</source>
        <translation>pg_dump löytyi: %1 (pääversio %2); %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="41"/>
        <source>No pg_restore found %1; %2.</source>
        <translation>pg_restorea ei löytynyt %1; %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="44"/>
        <source>pg_restore found: %1 (major %2); %3.</source>
        <translation>pg_restore löytyi: %1 (pääversio %2); %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="49"/>
        <source>%1 (major %2) reads the source&apos;s PostgreSQL %3.</source>
        <translation>%1 (pääversio %2) lukee lähteen PostgreSQL %3:a.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="54"/>
        <source>pg_dump can read the source</source>
        <translation>pg_dump pystyy lukemaan lähteen</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="57"/>
        <source>Install the Debian package postgresql-client-%1 (apt-get install postgresql-client-%1; apt.postgresql.org has the versions a distribution lacks), or give a directory holding pg_dump and pg_restore of PostgreSQL %1 or newer: --pg-dump-dir DIR (the wizard: pg_dump directory).</source>
        <translation>Asenna Debian-paketti postgresql-client-%1 (apt-get install postgresql-client-%1; apt.postgresql.org tarjoaa versiot, jotka jakelusta puuttuvat), tai anna hakemisto, jossa on PostgreSQL %1:n tai uudemman pg_dump ja pg_restore: --pg-dump-dir DIR (ohjatussa toiminnossa: pg_dump-hakemisto).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="76"/>
        <source>Target version is not older</source>
        <translation>Kohteen versio ei ole vanhempi</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="78"/>
        <source>Source PostgreSQL %1, target PostgreSQL %2.</source>
        <translation>Lähde PostgreSQL %1, kohde PostgreSQL %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="81"/>
        <source>Migrate to a target running PostgreSQL %1 or newer.</source>
        <translation>Siirrä kohteeseen, jossa on PostgreSQL %1 tai uudempi.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="93"/>
        <source>no managed service recognised</source>
        <translation>hallittua palvelua ei tunnistettu</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="96"/>
        <source>%1, as %2</source>
        <translation>%1, käyttäjänä %2</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="98"/>
        <source>%1, as %2 (member of %3)</source>
        <translation>%1, käyttäjänä %2 (ryhmän %3 jäsen)</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="107"/>
        <source>Managed services</source>
        <translation>Hallitut palvelut</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="122"/>
        <source>Target accepts writes</source>
        <translation>Kohde hyväksyy kirjoitukset</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="125"/>
        <source>The target is a standby (in recovery): it accepts no writes.</source>
        <translation>Kohde on varapalvelin (palautustilassa): se ei hyväksy kirjoituksia.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="128"/>
        <source>default_transaction_read_only is on for %1 on the target: every transaction there is read-only.</source>
        <translation>default_transaction_read_only on päällä käyttäjälle %1 kohteessa: jokainen transaktio siellä on vain luku -tilassa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="132"/>
        <source>The target is a primary and accepts writes.</source>
        <translation>Kohde on ensisijainen palvelin ja hyväksyy kirjoitukset.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="134"/>
        <source>Migrate to the primary server (or promote this standby first).</source>
        <translation>Siirrä ensisijaiselle palvelimelle (tai ylennä tämä varapalvelin ensin).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="137"/>
        <source>On the target: ALTER ROLE %1 RESET default_transaction_read_only; (or the ALTER DATABASE or ALTER SYSTEM that sets it).</source>
        <translation>Kohteessa: ALTER ROLE %1 RESET default_transaction_read_only; (tai se ALTER DATABASE tai ALTER SYSTEM, joka sen asettaa).</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="151"/>
        <source>Excluded databases exist</source>
        <translation>Pois jätetyt tietokannat ovat olemassa</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="153"/>
        <source>Not on the source: %1.</source>
        <translation>Ei lähteessä: %1.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="155"/>
        <source>Check the spelling of the excluded database names.</source>
        <translation>Tarkista pois jätettyjen tietokantojen nimien kirjoitusasu.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="171"/>
        <source>Provider roles</source>
        <translation>Palveluntarjoajan roolit</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="173"/>
        <source>. Memberships in them and grants to them are left out; every other grant is carried.</source>
        <translation>. Niiden jäsenyydet ja niille annetut oikeudet jätetään pois; kaikki muut oikeudet siirretään.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="180"/>
        <location filename="../engine/checks/ServerChecks.cpp" line="184"/>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="182"/>
        <source>Every source role exists on the target.</source>
        <translation>Jokainen lähteen rooli on olemassa kohteessa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="187"/>
        <source>%1 roles will be created: %2.</source>
        <translation>%1 roolia luodaan: %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="190"/>
        <source>%1 may not create roles, so %2 will be missing: objects they own will belong to %1 and grants to them are dropped.</source>
        <translation>%1 ei saa luoda rooleja, joten %2 puuttuvat: niiden omistamat objektit siirtyvät käyttäjälle %1, ja niille annetut oikeudet jäävät pois.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="196"/>
        <source>ALTER ROLE %1 CREATEROLE; on the target, or create the roles first.</source>
        <translation>ALTER ROLE %1 CREATEROLE; kohteessa, tai luo roolit ensin.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="214"/>
        <location filename="../engine/checks/ServerChecks.cpp" line="224"/>
        <source>Disk space on the target</source>
        <translation>Levytila kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="215"/>
        <source>Could not be determined (%1). The migration needs about %2.</source>
        <translation>Ei voitu selvittää (%1). Siirto tarvitsee noin %2.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="218"/>
        <source>Make sure the target has at least %1 free.</source>
        <translation>Varmista, että kohteessa on vähintään %1 vapaana.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="226"/>
        <source>%1 free; 130% of the source&apos;s %2 is %3.</source>
        <translation>%1 vapaana; 130 % lähteen koosta %2 on %3.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ServerChecks.cpp" line="230"/>
        <source>Free or add disk space on the target.</source>
        <translation>Vapauta tai lisää levytilaa kohteessa.</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="36"/>
        <source>needs superuser or pg_execute_server_program on the target to run df; no SQL function reports free disk</source>
        <translation>vaatii pääkäyttäjän tai pg_execute_server_program-roolin kohteessa df:n ajamiseen; mikään SQL-funktio ei kerro vapaata levytilaa</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="63"/>
        <source>df on the target printed nothing usable</source>
        <translation>df ei tulostanut kohteessa mitään käyttökelpoista</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="72"/>
        <source>could not read df&apos;s output on the target</source>
        <translation>df:n tulostetta kohteessa ei voitu lukea</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="208"/>
        <source>Connecting to the source</source>
        <translation>Yhdistetään lähteeseen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="209"/>
        <source>Connecting to the target</source>
        <translation>Yhdistetään kohteeseen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="231"/>
        <source>Looking for pg_dump</source>
        <translation>Etsitään pg_dumpia</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="234"/>
        <source>Checking that source and target differ</source>
        <translation>Tarkistetaan, että lähde ja kohde ovat eri palvelimia</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="237"/>
        <source>Reading the source server</source>
        <translation>Luetaan lähdepalvelinta</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="444"/>
        <source>Inspecting source database %1</source>
        <translation>Tutkitaan lähdetietokantaa %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="239"/>
        <source>Reading the target server</source>
        <translation>Luetaan kohdepalvelinta</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="446"/>
        <source>Inspecting target database %1</source>
        <translation>Tutkitaan kohdetietokantaa %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="246"/>
        <source>Checking that the target server reaches the source</source>
        <translation>Tarkistetaan, tavoittaako kohdepalvelin lähteen</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="369"/>
        <source>the name of database %1 is not valid UTF-8 (it was created from a session in another encoding; non-ASCII bytes shown as \xNN): pgmigrate cannot name it on the target, so it cannot be migrated</source>
        <translation>tietokannan %1 nimi ei ole kelvollista UTF-8:aa (se luotiin istunnosta, jolla oli eri merkistö; ei-ASCII-tavut näytetään muodossa \xNN): pgmigrate ei voi nimetä sitä kohteessa, joten sitä ei voi siirtää</translation>
    </message>
    <message>
        <location filename="../engine/checks/ConnectivityProbes.cpp" line="51"/>
        <source>df on the target failed: %1</source>
        <translation>df epäonnistui kohteessa: %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="418"/>
        <source>read source settings</source>
        <translation>luetaan lähteen asetukset</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="491"/>
        <source>inspect source database %1</source>
        <translation>tutkitaan lähdetietokanta %1</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="630"/>
        <source>read target settings</source>
        <translation>luetaan kohteen asetukset</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="603"/>
        <source>list target databases</source>
        <translation>luetellaan kohteen tietokannat</translation>
    </message>
    <message>
        <location filename="../engine/checks/FactsCollector.cpp" line="656"/>
        <source>inspect target database %1</source>
        <translation>tutkitaan kohdetietokanta %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="18"/>
        <source>Runs every pre-check for migrating the source cluster to the target and prints the per-database plan.</source>
        <translation>Suorittaa kaikki esitarkistukset lähdeklusterin siirtämiseksi kohteeseen ja tulostaa tietokantakohtaisen suunnitelman.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="24"/>
        <source>Print one JSON object.</source>
        <translation>Tulosta yksi JSON-objekti.</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="28"/>
        <source>The --jobs the migration will run with (default: cores, at least 2).</source>
        <translation>Siirron --jobs-arvo (oletus: ytimien määrä, vähintään 2).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="35"/>
        <source>no migration yet</source>
        <translation>ei vielä siirtoja</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="62"/>
        <source>could not save the state: %1</source>
        <translation>tilaa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="73"/>
        <source>The migration (the latest by default).</source>
        <translation>Siirto (oletuksena viimeisin).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="100"/>
        <source>no leftover replication objects</source>
        <translation>ei jäljelle jääneitä replikointiobjekteja</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="116"/>
        <source>Stops a migration: removes subscriptions, replication slots and publications on both servers and keeps the data copied so far. A stopped migration cannot continue: start over.</source>
        <translation>Pysäyttää siirron: poistaa tilaukset, replikointipaikat ja julkaisut molemmilta palvelimilta ja säilyttää tähän asti kopioidun datan. Pysäytettyä siirtoa ei voi jatkaa: aloita alusta.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="123"/>
        <location filename="../cli/ControlCommands.cpp" line="247"/>
        <location filename="../cli/ControlCommands.cpp" line="302"/>
        <source>Print the status as JSON.</source>
        <translation>Tulosta tila JSON-muodossa.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="126"/>
        <source>Remove every pgmigrate subscription, slot and publication on --source and --target that no migration still syncing or running claims, with or without its state file (what a killed run left). Only this computer&apos;s saved migrations can claim objects.</source>
        <translation>Poista jokainen pgmigraten tilaus, replikointipaikka ja julkaisu palvelimilta --source ja --target, jota mikään yhä synkronoiva tai käynnissä oleva siirto ei käytä, tilatiedoston kanssa tai ilman (mitä keskeytetty ajo jätti). Vain tämän tietokoneen tallennetut siirrot voivat varata objekteja.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="198"/>
        <source>--step-timeout must be a positive number of seconds</source>
        <translation>--step-timeout on annettava positiivisena sekuntimääränä</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="215"/>
        <source>Cuts over every syncing database: waits until the target has every change, copies sequences, large objects and what replication does not carry, verifies every table and removes the replication objects. Writes to the source must stop first: confirm it (or --yes), or let --freeze-writes make the databases read-only meanwhile.</source>
        <translation>Siirtää jokaisen synkronoivan tietokannan käyttöön kohteessa: odottaa, kunnes kohteessa on jokainen muutos, kopioi sekvenssit, suuret objektit ja sen, mitä replikointi ei siirrä, tarkistaa jokaisen taulun ja poistaa replikointiobjektit. Kirjoitusten lähteeseen on ensin loputtava: vahvista se (tai --yes), tai anna --freeze-writes asettaa tietokannat sillä välin vain luku -tilaan.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="224"/>
        <source>Writes to the source are stopped: do not ask.</source>
        <translation>Kirjoitukset lähteeseen on pysäytetty: älä kysy.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="227"/>
        <source>Make the migrated source databases read-only during the cut-over (undone afterwards).</source>
        <translation>Aseta siirrettävät lähdetietokannat vain luku -tilaan käyttöönoton ajaksi (palautetaan sen jälkeen).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="231"/>
        <source>Seconds to wait for the target to catch up (default 300).</source>
        <translation>Sekunnit, jotka odotetaan kohteen kiinnikuromista (oletus 300).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="236"/>
        <source>Seconds each other step (making the source read-only with --freeze-writes; catch-up: sequences, large objects, tables replication does not carry, materialized views; verification; removal of the replication objects) may take before finish gives up on it, unfreezes writes and leaves the database replicating (default 1800).</source>
        <translation>Sekunnit, jotka kukin muu vaihe (lähteen muuttaminen vain luettavaksi valitsimella --freeze-writes; kiinniotto: sekvenssit, suuret objektit, taulut joita replikointi ei siirrä, materialisoidut näkymät; tarkistus; replikointiobjektien poisto) saa kestää, ennen kuin finish luopuu siitä, vapauttaa kirjoitukset ja jättää tietokannan replikoitumaan (oletus 1800).</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="244"/>
        <source>Tables verified at once.</source>
        <translation>Yhtä aikaa tarkistettavat taulut.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="193"/>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout on annettava positiivisena sekuntimääränä</translation>
    </message>
    <message>
        <location filename="../cli/CheckCommand.cpp" line="44"/>
        <location filename="../cli/ControlCommands.cpp" line="205"/>
        <location filename="../cli/MigrateCommands.cpp" line="167"/>
        <location filename="../cli/MigrateCommands.cpp" line="584"/>
        <source>--jobs must be between 1 and 64</source>
        <translation>--jobs on oltava välillä 1–64</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="165"/>
        <source>stop writes to the source first, then confirm with --yes (or use --freeze-writes)</source>
        <translation>pysäytä ensin kirjoitukset lähteeseen ja vahvista sitten valitsimella --yes (tai käytä valitsinta --freeze-writes)</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="170"/>
        <source>Stop every write to the source databases now; the cut-over then copies the last changes.
Type &apos;yes&apos; when writes are stopped: </source>
        <translation>Pysäytä nyt kaikki kirjoitukset lähdetietokantoihin; käyttöönotto kopioi sitten viimeiset muutokset.
Kirjoita &apos;yes&apos;, kun kirjoitukset on pysäytetty: </translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="179"/>
        <source>Not confirmed: nothing done.</source>
        <translation>Ei vahvistettu: mitään ei tehty.</translation>
    </message>
    <message>
        <location filename="../cli/ControlCommands.cpp" line="293"/>
        <source>Resumes the replication of databases that failed on an apply error (status says which, and the target server&apos;s log says why), once the cause is fixed: enables the subscription again and watches it for a few seconds; a database whose changes apply again is syncing again. A database whose slot or subscription is gone cannot resume: start over.</source>
        <translation>Jatkaa niiden tietokantojen replikointia, jotka epäonnistuivat muutosten soveltamisvirheeseen (status kertoo mitkä ja kohdepalvelimen loki miksi), kun syy on korjattu: ottaa tilauksen taas käyttöön ja seuraa sitä muutaman sekunnin; tietokanta, jonka muutokset taas soveltuvat, synkronoituu jälleen. Tietokantaa, jonka replikointipaikka tai tilaus on poissa, ei voi jatkaa: aloita alusta.</translation>
    </message>
    <message>
        <location filename="../cli/Passwords.cpp" line="79"/>
        <source>Password for %1 (%2): </source>
        <translation>Salasana (%1, %2): </translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="33"/>
        <source>Writes the report of a migration (the latest when no --id is given): servers, plan, per database and per table rows, bytes, times and verification, warnings, cut-over.</source>
        <translation>Kirjoittaa siirron raportin (viimeisimmän, jos --id puuttuu): palvelimet, suunnitelma, tietokanta- ja taulukohtaiset rivit, tavut, ajat ja tarkistus, varoitukset, käyttöönotto.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="70"/>
        <location filename="../cli/MigrateCommands.cpp" line="472"/>
        <location filename="../cli/ReportCommand.cpp" line="38"/>
        <source>The migration&apos;s id.</source>
        <translation>Siirron tunniste.</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="42"/>
        <source>html, pdf or json (default: html).</source>
        <translation>html, pdf tai json (oletus: html).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="46"/>
        <source>The file to write (html and json: stdout without it; pdf needs it).</source>
        <translation>Kirjoitettava tiedosto (html ja json: ilman sitä vakiotuloste; pdf tarvitsee sen).</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="56"/>
        <source>--format must be html, pdf or json</source>
        <translation>--format on html, pdf tai json</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="60"/>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf tarvitsee valitsimen --output TIEDOSTO</translation>
    </message>
    <message>
        <location filename="../cli/ReportCommand.cpp" line="65"/>
        <source>give the format as --format pdf</source>
        <translation>anna muoto muodossa --format pdf</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="484"/>
        <location filename="../cli/ReportCommand.cpp" line="71"/>
        <source>no migration yet (state lives in %1)</source>
        <translation>ei vielä siirtoja (tila on hakemistossa %1)</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="15"/>
        <source>Source server: postgres:// URI or libpq key=value string.</source>
        <translation>Lähdepalvelin: postgres://-URI tai libpq:n key=value-merkkijono.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="19"/>
        <source>Target server: postgres:// URI or libpq key=value string.</source>
        <translation>Kohdepalvelin: postgres://-URI tai libpq:n key=value-merkkijono.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="24"/>
        <source>Databases to leave out, comma-separated (repeatable); &quot;quote&quot; a name holding a comma.</source>
        <translation>Pois jätettävät tietokannat pilkuin eroteltuina (toistettavissa); pilkun sisältävä nimi &quot;lainausmerkkeihin&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="29"/>
        <source>auto (default), replication or dump.</source>
        <translation>auto (oletus), replication tai dump.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="32"/>
        <source>The source&apos;s host[:port] as the target server reaches it, when it differs.</source>
        <translation>Lähteen host[:port] sellaisena kuin kohdepalvelin sen tavoittaa, jos se on eri.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="38"/>
        <source>Seconds to wait for each connection (default 10).</source>
        <translation>Odotusaika sekunteina kullekin yhteydelle (oletus 10).</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="41"/>
        <source>Directory holding the pg_dump and pg_restore to use (default: the newest installed).</source>
        <translation>Hakemisto, jossa käytettävät pg_dump ja pg_restore ovat (oletus: uusin asennettu).</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="54"/>
        <source>--source and --target are required</source>
        <translation>--source ja --target ovat pakollisia</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="59"/>
        <source>invalid --source: %1</source>
        <translation>virheellinen --source: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="63"/>
        <source>invalid --target: %1</source>
        <translation>virheellinen --target: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="66"/>
        <source>--method must be auto, replication or dump</source>
        <translation>--method on auto, replication tai dump</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="71"/>
        <source>--connect-timeout must be a positive number of seconds</source>
        <translation>--connect-timeout on annettava positiivisena sekuntimääränä</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="79"/>
        <source>--pg-dump-dir must name a directory</source>
        <translation>--pg-dump-dir:n on nimettävä hakemisto</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="86"/>
        <source>invalid --exclude-db: %1</source>
        <translation>virheellinen --exclude-db: %1</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="93"/>
        <source>--source-address-from-target must be host or host:port</source>
        <translation>--source-address-from-target on host tai host:port</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="101"/>
        <source>Try &apos;pgmigrate %1 --help&apos;.</source>
        <translation>Katso &apos;pgmigrate %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="128"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>odottamaton argumentti &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="136"/>
        <source>the source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="138"/>
        <source>the target</source>
        <translation>kohde</translation>
    </message>
    <message>
        <location filename="../cli/SkipTables.cpp" line="46"/>
        <source>look up --skip-table %1</source>
        <translation>haetaan --skip-table %1</translation>
    </message>
    <message>
        <location filename="../cli/SkipTables.cpp" line="61"/>
        <source>--skip-table takes table, schema.table or db.schema.table: %1</source>
        <translation>--skip-table ottaa muodon taulu, skeema.taulu tai kanta.skeema.taulu: %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="47"/>
        <source>%1 streamed (tables %2 on disk), %3 rows</source>
        <translation>%1 siirretty (taulut levyllä %2), %3 riviä</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="55"/>
        <source>replication lag %1</source>
        <translation>replikoinnin viive %1</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="56"/>
        <source>replication lag unknown</source>
        <translation>replikoinnin viive tuntematon</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="61"/>
        <source>, copy %1 s, verify %2 s</source>
        <translation>, kopiointi %1 s, tarkistus %2 s</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="74"/>
        <source>      time: %1
</source>
        <translation>      aika: %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="79"/>
        <source>      finish steps (time/limit): %1
</source>
        <translation>      finish-vaiheet (aika/raja): %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="83"/>
        <source>      error: %1
</source>
        <translation>      virhe: %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="87"/>
        <source>      writes frozen: the source database is read-only (an interrupted finish --freeze-writes); &apos;pgmigrate finish&apos; or &apos;pgmigrate stop&apos; undoes it
</source>
        <translation>      kirjoitukset jäädytetty: lähdetietokanta on vain luku -tilassa (keskeytynyt finish --freeze-writes); &apos;pgmigrate finish&apos; tai &apos;pgmigrate stop&apos; kumoaa sen
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="126"/>
        <source>Migration %1: %2</source>
        <translation>Siirto %1: %2</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="129"/>
        <source> (mixed methods)</source>
        <translation> (useita menetelmiä)</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="131"/>
        <source>  source %1
  target %2
</source>
        <translation>  lähde  %1
  kohde  %2
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="134"/>
        <source>  error: %1
</source>
        <translation>  virhe: %1
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="137"/>
        <source>DATABASE</source>
        <translation>TIETOKANTA</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="138"/>
        <source>METHOD</source>
        <translation>MENETELMÄ</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="139"/>
        <source>STATUS</source>
        <translation>TILA</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="140"/>
        <source>PHASE</source>
        <translation>VAIHE</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="141"/>
        <source>PROGRESS</source>
        <translation>EDISTYMINEN</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="148"/>
        <source>
  Warnings:
</source>
        <translation>
  Varoitukset:
</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="105"/>
        <source> %1 of %2 tables, %3 streamed, %4 rows, %5/s</source>
        <translation> %1/%2 taulua, %3 siirretty, %4 riviä, %5/s</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="112"/>
        <source>, about %1 s left</source>
        <translation>, noin %1 s jäljellä</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="172"/>
        <source>working…</source>
        <translation>työn alla…</translation>
    </message>
    <message>
        <location filename="../cli/StatusText.cpp" line="176"/>
        <source> | and %1 more running</source>
        <translation> | ja %1 muuta käynnissä</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="30"/>
        <source>run every pre-check and print the per-database plan</source>
        <translation>suorita kaikki esitarkistukset ja tulosta tietokantakohtainen suunnitelma</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="31"/>
        <source>migrate the whole cluster (pre-checks, roles, schema, data, verification)</source>
        <translation>siirrä koko klusteri (esitarkistukset, roolit, skeema, data, tarkistus)</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="33"/>
        <source>show the status of a migration (the latest by default)</source>
        <translation>näytä siirron tila (oletuksena viimeisimmän)</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="35"/>
        <source>compare every table, sequence and large object of source and target</source>
        <translation>vertaa lähteen ja kohteen jokaista taulua, sekvenssiä ja suurta objektia</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="37"/>
        <source>cut over: drain replication, copy sequences, verify, remove replication</source>
        <translation>ota kohde käyttöön: tyhjennä replikointi, kopioi sekvenssit, tarkista, poista replikointi</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="39"/>
        <source>stop a migration and remove its replication objects (no restart)</source>
        <translation>pysäytä siirto ja poista sen replikointiobjektit (ei uudelleenkäynnistystä)</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="41"/>
        <source>replicate again once the cause of an apply error is fixed</source>
        <translation>replikoi uudelleen, kun soveltamisvirheen syy on korjattu</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="43"/>
        <source>write a migration&apos;s report as HTML, PDF or JSON</source>
        <translation>kirjoita siirron raportti HTML-, PDF- tai JSON-muodossa</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="45"/>
        <source>Usage: pgmigrate &lt;command&gt; [options]</source>
        <translation>Käyttö: pgmigrate &lt;komento&gt; [valitsimet]</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="46"/>
        <source>Moves whole PostgreSQL clusters from one server to another.</source>
        <translation>Siirtää kokonaisia PostgreSQL-klustereita palvelimelta toiselle.</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="49"/>
        <source>Commands:</source>
        <translation>Komennot:</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="96"/>
        <source>unknown command &apos;%1&apos;
Try &apos;pgmigrate --help&apos;.</source>
        <translation>tuntematon komento &apos;%1&apos;
Katso &apos;pgmigrate --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="35"/>
        <source>looking up --skip-table on the source: %1</source>
        <translation>haetaan --skip-table lähteestä: %1</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="40"/>
        <source>--skip-table %1 names no table in the databases migrated</source>
        <translation>--skip-table %1 ei nimeä yhtään taulua siirrettävissä tietokannoissa</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="53"/>
        <source>Tables whose data is not copied (their schema is), comma-separated (repeatable): db.schema.table, or as aiven-db-migrate takes them, schema.table (in every database) or table (in every schema of every database), names as written (no case folding); &quot;quote&quot; a name holding . , or &quot;.</source>
        <translation>Taulut, joiden tietoja ei kopioida (rakenne kopioidaan), pilkuin eroteltuina (toistettavissa): kanta.skeema.taulu, tai kuten aiven-db-migrate ne ottaa, skeema.taulu (jokaisessa tietokannassa) tai taulu (jokaisen tietokannan jokaisessa skeemassa), nimet kirjoitetussa muodossa (ei pienaakkostusta); merkit . , tai &quot; sisältävä nimi &quot;lainausmerkkeihin&quot;.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="62"/>
        <source>Tables copied at once (default: cores, at least 2).</source>
        <translation>Yhtä aikaa kopioitavat taulut (oletus: suoritinytimien määrä, vähintään 2).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="66"/>
        <source>When target tables already hold data: fail (default) or truncate.</source>
        <translation>Kun kohteen tauluissa on jo tietoja: fail (keskeytä, oletus) tai truncate (tyhjennä).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="74"/>
        <source>Continue the interrupted migration --id.</source>
        <translation>Jatka keskeytynyttä siirtoa --id.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="77"/>
        <source>Print the final status as JSON.</source>
        <translation>Tulosta lopullinen tila JSON-muodossa.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="80"/>
        <source>For replicated databases, tables with no primary key or replica identity: replica-identity-full (set on the source, undone at the end) or dump (left out of replication, copied again at cut-over). Without it, such tables stop the migration with their list.</source>
        <translation>Replikoitavien tietokantojen taulut, joilla ei ole perusavainta eikä replica identityä: replica-identity-full (asetetaan lähteessä, palautetaan lopuksi) tai dump (jätetään replikoinnin ulkopuolelle, kopioidaan uudelleen käyttöönotossa). Ilman tätä valitsinta tällaiset taulut pysäyttävät siirron ja ne luetellaan.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="88"/>
        <source>Wait until every replicated database&apos;s lag is at most this many bytes (then replication goes on, unless --stop-replication).</source>
        <translation>Odota, kunnes jokaisen replikoitavan tietokannan viive on enintään näin monta tavua (sen jälkeen replikointi jatkuu, ellei annettu --stop-replication).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="94"/>
        <source>Seconds to wait for the lag (default 600).</source>
        <translation>Viiveen odotusaika sekunteina (oletus 600).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="98"/>
        <source>Once the lag is reached, cut over (as &apos;pgmigrate finish --yes&apos;): writes to the source must have stopped. Needs --max-replication-lag. Unlike aiven-db-migrate&apos;s --stop-replication, which only drops the replication once the lag is reached, this drains every change, copies sequences, large objects and the tables left out, verifies every table, and only then removes the replication.</source>
        <translation>Kun viive on saavutettu, tee käyttöönotto (kuten &apos;pgmigrate finish --yes&apos;): kirjoitusten lähteeseen on oltava pysäytetty. Vaatii valitsimen --max-replication-lag. Toisin kuin aiven-db-migraten --stop-replication, joka vain poistaa replikoinnin viiveen täytyttyä, tämä siirtää jokaisen muutoksen, kopioi sekvenssit, suuret objektit ja pois jätetyt taulut, tarkistaa jokaisen taulun ja vasta sitten poistaa replikoinnin.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="107"/>
        <source>Print every progress step as a timestamped line on stderr, also when it is not a terminal (aiven-db-migrate&apos;s -d).</source>
        <translation>Tulosta jokainen edistymisvaihe aikaleimattuna rivinä stderr-virtaan, myös kun se ei ole pääte (aiven-db-migraten -d).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="112"/>
        <source>For replicated databases: fast (default: this tool&apos;s parallel copy inside the slot&apos;s snapshot) or native (the target server&apos;s own table sync).</source>
        <translation>Replikoitaville tietokannoille: fast (oletus: tämän työkalun rinnakkainen kopiointi replikointipaikan tilannevedoksessa) tai native (kohdepalvelimen oma taulujen synkronointi).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="118"/>
        <source>Also verify replicated databases right after their initial copy (finish always verifies every table).</source>
        <translation>Tarkista replikoitavat tietokannat myös heti alkukopioinnin jälkeen (finish tarkistaa aina jokaisen taulun).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="123"/>
        <source>Leave the target without planner statistics (by default every table is analyzed once loaded, so queries after the cut-over plan well).</source>
        <translation>Jätä kohde ilman suunnittelijan tilastoja (oletuksena jokainen taulu analysoidaan latauksen jälkeen, jotta kyselyt suunnitellaan käyttöönoton jälkeen hyvin).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="148"/>
        <source>--resume needs --id</source>
        <translation>--resume vaatii valitsimen --id</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="155"/>
        <source>invalid --id</source>
        <translation>virheellinen --id</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="173"/>
        <source>--if-exists must be fail or truncate</source>
        <translation>--if-exists on fail tai truncate</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="189"/>
        <source>--tables-without-pk must be replica-identity-full or dump</source>
        <translation>--tables-without-pk on replica-identity-full tai dump</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="202"/>
        <source>--initial-sync must be fast or native</source>
        <translation>--initial-sync on fast tai native</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="208"/>
        <source>--max-replication-lag takes a number of bytes</source>
        <translation>--max-replication-lag ottaa tavumäärän</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="213"/>
        <source>--stop-replication needs --max-replication-lag</source>
        <translation>--stop-replication vaatii valitsimen --max-replication-lag</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="218"/>
        <source>--lag-timeout must be a positive number of seconds</source>
        <translation>--lag-timeout on annettava positiivisena sekuntimääränä</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="283"/>
        <source>waiting for replication lag %1 bytes &lt;= %2</source>
        <translation>odotetaan replikointiviivettä %1 tavua &lt;= %2</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="311"/>
        <source>the replication lag did not fall under %1 bytes within %2 s</source>
        <translation>replikointiviive ei laskenut alle %1 tavun %2 sekunnissa</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="346"/>
        <source>give --source and --target, or --id of a migration</source>
        <translation>anna --source ja --target tai siirron --id</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="365"/>
        <location filename="../cli/MigrateCommands.cpp" line="378"/>
        <source>error: %1</source>
        <translation>virhe: %1</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="371"/>
        <source>%1 tables compared in %2 s</source>
        <translation>%1 taulua verrattu, %2 s</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="386"/>
        <source>The target matches the source.</source>
        <translation>Kohde vastaa lähdettä.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="387"/>
        <source>The target differs from the source.</source>
        <translation>Kohde poikkeaa lähteestä.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="397"/>
        <source>Migrates every database of the source cluster to the target: pre-checks, roles, schema, data, indexes, sequences, large objects, then a verification of every table. Databases that can replicate keep syncing afterwards until &apos;pgmigrate finish&apos;.</source>
        <translation>Siirtää lähdeklusterin jokaisen tietokannan kohteeseen: esitarkistukset, roolit, rakenne, tiedot, indeksit, sekvenssit, suuret objektit ja lopuksi jokaisen taulun tarkistus. Replikoitavissa olevat tietokannat pysyvät sen jälkeen synkronoituina komentoon &apos;pgmigrate finish&apos; asti.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="438"/>
        <source>Migration starting (Ctrl-C stops it)…</source>
        <translation>Siirto alkaa (Ctrl-C pysäyttää sen)…</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="469"/>
        <source>Shows the status of a migration (the latest when no --id is given).</source>
        <translation>Näyttää siirron tilan (viimeisimmän, jos --id puuttuu).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="475"/>
        <location filename="../cli/MigrateCommands.cpp" line="541"/>
        <source>Print JSON.</source>
        <translation>Tulosta JSON.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="527"/>
        <source>Compares every database of the source with the target: row counts and checksums of every table, sequences and large objects.</source>
        <translation>Vertaa lähteen jokaista tietokantaa kohteeseen: jokaisen taulun rivimäärät ja tarkistussummat, sekvenssit ja suuret objektit.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="534"/>
        <source>Tables to leave out: db.schema.table, schema.table or table (as for migrate).</source>
        <translation>Pois jätettävät taulut: kanta.skeema.taulu, skeema.taulu tai taulu (kuten migratessa).</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="538"/>
        <source>Tables compared at once.</source>
        <translation>Yhtä aikaa verrattavat taulut.</translation>
    </message>
    <message>
        <location filename="../cli/MigrateCommands.cpp" line="544"/>
        <source>Take servers, exclusions and skipped tables from this saved migration (the latest when neither --id nor --source/--target is given).</source>
        <translation>Ota palvelimet, pois jätetyt tietokannat ja ohitetut taulut tästä tallennetusta siirrosta (viimeisimmästä, jos ei anneta --id eikä --source/--target).</translation>
    </message>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="112"/>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
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
        <translation>Valitsimet:
  -h, --help     näytä tämä ohje (tai &apos;pgmigrate &lt;komento&gt; --help&apos;)
  -v, --version  näytä versio
  --verbose      (komennon jälkeen) kirjaa jokainen vaihe stderr-virtaan; PGMIGRATE_LOG
                 valitsee alueet: PGMIGRATE_LOG=&apos;pgm.engine.copy.debug=true&apos;

Salasanat tulevat tässä järjestyksessä: URI, muuttujat PGMIGRATE_SOURCE_PASSWORD /
PGMIGRATE_TARGET_PASSWORD, mitä libpq löytää itse (PGPASSWORD, salasanatiedosto
~/.pgpass tai PGPASSFILE, palvelutiedoston salasana), avainnippu, johon ohjattu
toiminto sen tallensi, tai kysytään päätteessä.
</translation>
    </message>
    <message>
        <location filename="../cli/LockWait.cpp" line="15"/>
        <source>Seconds in all to keep trying ALTER TABLE ... REPLICA IDENTITY on the live source while other sessions hold the table (default 30). Each try waits one second at most, so the application never queues longer behind it; 0 tries each table once.</source>
        <translation>Kuinka monta sekuntia yhteensä ALTER TABLE ... REPLICA IDENTITY -komentoa yritetään käynnissä olevassa lähteessä, kun muut istunnot pitävät taulua (oletus 30). Kukin yritys odottaa enintään sekunnin, joten sovellus ei koskaan jonota sen takana pidempään; 0 yrittää kutakin taulua kerran.</translation>
    </message>
    <message>
        <location filename="../cli/LockWait.cpp" line="30"/>
        <source>--lock-wait must be a number of seconds from 0 to %1</source>
        <translation>--lock-wait on annettava sekunteina väliltä 0–%1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../engine/connection/ConnectionSettings.cpp" line="32"/>
        <source>could not parse the connection string</source>
        <translation>yhteysmerkkijonoa ei voitu jäsentää</translation>
    </message>
    <message>
        <location filename="../engine/connection/HostResolver.cpp" line="73"/>
        <source>resolve host name &quot;%1&quot;</source>
        <translation>selvitä palvelimen nimi ”%1”</translation>
    </message>
    <message>
        <location filename="../engine/connection/HostResolver.cpp" line="86"/>
        <source>no answer from the name resolver within %1 s</source>
        <translation>nimipalvelu ei vastannut %1 sekunnissa</translation>
    </message>
    <message>
        <location filename="../engine/connection/HostResolver.cpp" line="96"/>
        <source>could not translate host name &quot;%1&quot; to address: %2</source>
        <translation>palvelimen nimeä ”%1” ei voitu muuntaa osoitteeksi: %2</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="40"/>
        <source>the connection to the server was lost (%1)</source>
        <translation>yhteys palvelimeen katkesi (%1)</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="65"/>
        <source>connect to %1</source>
        <translation>yhdistetään kohteeseen %1</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="149"/>
        <source>no answer from the server within %1 s</source>
        <translation>palvelin ei vastannut %1 sekunnissa</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="556"/>
        <source>quote identifier</source>
        <translation>lainataan tunniste</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgConnection.cpp" line="569"/>
        <source>quote literal</source>
        <translation>lainataan literaali</translation>
    </message>
    <message>
        <location filename="../engine/connection/SessionTimeouts.cpp" line="19"/>
        <source>turn off session timeouts</source>
        <translation>poistetaan istunnon aikakatkaisut käytöstä</translation>
    </message>
    <message>
        <location filename="../engine/connection/TextOutput.cpp" line="25"/>
        <source>pin settings</source>
        <translation>kiinnitetään istunnon asetukset</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgError.cpp" line="21"/>
        <source>. The disk of the server that holds that file is full: free space there or grow it, then resume; what was copied is kept</source>
        <translation>. Sen palvelimen levy, jolla tiedosto on, on täynnä: vapauta sieltä tilaa tai kasvata levyä ja jatka sitten; jo kopioitu säilyy</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../credentials/KeychainCredentialStore.cpp" line="54"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>avainnippu ei vastannut %1 sekunnissa</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="29"/>
        <source>a double quote is not closed</source>
        <translation>lainausmerkkiä ei ole suljettu</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="46"/>
        <source>text after the closing quote of &quot;%1&quot;</source>
        <translation>tekstiä nimen ”%1” loppulainausmerkin jälkeen</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="90"/>
        <source>&quot;%1&quot; is not a name</source>
        <translation>”%1” ei ole nimi</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="92"/>
        <source>&quot;%1&quot; is not table, schema.table or db.schema.table</source>
        <translation>”%1” ei ole muotoa taulu, skeema.taulu tai tk.skeema.taulu</translation>
    </message>
    <message>
        <location filename="../engine/connection/QualifiedNames.cpp" line="95"/>
        <source>&quot;%1&quot; is not db.schema.table</source>
        <translation>”%1” ei ole muotoa tk.skeema.taulu</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="14"/>
        <source>queued</source>
        <translation>jonossa</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="16"/>
        <source>checks</source>
        <translation>tarkistukset</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="18"/>
        <source>slot</source>
        <translation>replikointipaikka</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="20"/>
        <source>schema</source>
        <translation>skeema</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="22"/>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="24"/>
        <source>indexes</source>
        <translation>indeksit</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="26"/>
        <source>verify</source>
        <translation>tarkistus</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="28"/>
        <source>analyze</source>
        <translation>tilastot (ANALYZE)</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="30"/>
        <source>subscribe</source>
        <translation>tilaus</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="34"/>
        <source>streaming</source>
        <translation>replikoi</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="36"/>
        <source>freeze writes</source>
        <translation>kirjoitusten jäädytys</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="38"/>
        <source>drain</source>
        <translation>muutosvirran tyhjennys</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="40"/>
        <source>catch-up</source>
        <translation>täydennys</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="44"/>
        <source>finished</source>
        <translation>valmis</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="42"/>
        <source>cleanup</source>
        <translation>siivous</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="32"/>
        <source>initial sync</source>
        <translation>alkusynkronointi</translation>
    </message>
    <message>
        <location filename="../engine/state/PhaseText.cpp" line="51"/>
        <source>initial sync %1/%2 tables</source>
        <translation>alkusynkronointi %1/%2 taulua</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="16"/>
        <source>free replication slots on the source</source>
        <translation>vapaita replikointipaikkoja lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="18"/>
        <source>free WAL senders on the source</source>
        <translation>vapaita WAL-lähettäjiä lähteessä</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="20"/>
        <source>max_replication_slots on the target</source>
        <translation>max_replication_slots kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="22"/>
        <source>free logical replication workers on the target</source>
        <translation>vapaita loogisen replikoinnin työprosesseja kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="35"/>
        <source>the source runs PostgreSQL %1; logical replication needs 10 or newer</source>
        <translation>lähteessä on PostgreSQL %1; looginen replikointi vaatii version 10 tai uudemman</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="40"/>
        <source>the source is a standby: publications and slots are made on the primary</source>
        <translation>lähde on varapalvelin: julkaisut ja replikointipaikat luodaan ensisijaisella palvelimella</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="45"/>
        <source>the source&apos;s wal_level is &apos;%1&apos;, not &apos;logical&apos;</source>
        <translation>lähteen wal_level on &apos;%1&apos;, ei &apos;logical&apos;</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="49"/>
        <source>source user %1 is neither superuser nor has the REPLICATION attribute</source>
        <translation>lähdekäyttäjä %1 ei ole pääkäyttäjä, eikä sillä ole REPLICATION-määrettä</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="54"/>
        <source>the target server cannot connect to the source (%1)</source>
        <translation>kohdepalvelin ei saa yhteyttä lähteeseen (%1)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="78"/>
        <source>target user %1 is not superuser and aiven_extras cannot be used in target database %2 (only superusers may create subscriptions before PostgreSQL 16)</source>
        <translation>kohdekäyttäjä %1 ei ole pääkäyttäjä, eikä aiven_extrasia voi käyttää kohdetietokannassa %2 (ennen PostgreSQL 16:ta vain pääkäyttäjät voivat luoda tilauksia)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="85"/>
        <source>target user %1 is not superuser, not a member of pg_create_subscription, and aiven_extras cannot be used in target database %2</source>
        <translation>kohdekäyttäjä %1 ei ole pääkäyttäjä eikä pg_create_subscription-roolin jäsen, eikä aiven_extrasia voi käyttää kohdetietokannassa %2</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="92"/>
        <source>target user %1 is a member of pg_create_subscription but has no CREATE on target database %2, which CREATE SUBSCRIPTION needs</source>
        <translation>kohdekäyttäjä %1 on pg_create_subscription-roolin jäsen, mutta sillä ei ole CREATE-oikeutta kohdetietokantaan %2, jota CREATE SUBSCRIPTION vaatii</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="99"/>
        <source>target user %1 may create subscriptions (pg_create_subscription) but, not being superuser, only with a password the source asks for (password_required): the source connection has no password, or the source did not ask for it (trust, peer or cert authentication)</source>
        <translation>kohdekäyttäjä %1 saa luoda tilauksia (pg_create_subscription), mutta koska se ei ole pääkäyttäjä, vain salasanalla, jota lähde kysyy (password_required): lähdeyhteydessä ei ole salasanaa, tai lähde ei kysynyt sitä (trust-, peer- tai cert-todennus)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="112"/>
        <source>source database %1 is read-only (default_transaction_read_only): its publication cannot be made there, and nothing writes to it that replication would carry</source>
        <translation>lähdetietokanta %1 on vain luku -tilassa (default_transaction_read_only): sen julkaisua ei voi luoda sinne, eikä siihen kirjoiteta mitään, mitä replikointi siirtäisi</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="119"/>
        <source>no superuser and no aiven_extras in source database %1, and %2 does not own every table there (with CREATE on it) to publish them itself</source>
        <translation>lähdetietokannassa %1 ei ole pääkäyttäjää eikä aiven_extrasia, eikä %2 omista siellä jokaista taulua (CREATE-oikeudella), jotta voisi julkaista ne itse</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="159"/>
        <source>not enough %1 for every database (%2 available, %3 needed)</source>
        <translation>ei tarpeeksi: %1 kaikille tietokannoille (%2 saatavilla, %3 tarvitaan)</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="172"/>
        <source>one-time snapshot (dump method) chosen by the user</source>
        <translation>kertakopio (dump-menetelmä), käyttäjän valitsema</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="178"/>
        <location filename="../engine/checks/MigrationPlan.cpp" line="187"/>
        <source>logical replication</source>
        <translation>looginen replikointi</translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="181"/>
        <source>cannot replicate: </source>
        <translation>replikointi ei onnistu: </translation>
    </message>
    <message>
        <location filename="../engine/checks/MigrationPlan.cpp" line="191"/>
        <source>: dump method</source>
        <translation>: dump-menetelmä</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../cli/ServerOptions.cpp" line="119"/>
        <source>[options]</source>
        <translation>[valitsimet]</translation>
    </message>
</context>
<context>
    <name>Replication</name>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="29"/>
        <source>install aiven_extras</source>
        <translation>asennetaan aiven_extras</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="49"/>
        <source>the replication slot could not be created within %1 s: open transactions on the source hold it back (see the open-transactions check; end them or retry)</source>
        <translation>replikointipaikkaa ei voitu luoda %1 sekunnissa: lähteen avoimet transaktiot estävät sen (katso avoimien transaktioiden tarkistus; päätä ne tai yritä uudelleen)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="129"/>
        <source>create replication slot %1</source>
        <translation>luodaan replikointipaikka %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="153"/>
        <source>check table ownership</source>
        <translation>tarkistetaan taulujen omistajuus</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="186"/>
        <source>list the published tables</source>
        <translation>luetellaan julkaistut taulut</translation>
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
        <translation>luodaan julkaisu</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="205"/>
        <source>aiven_extras published %1 with the tables they inherit from, and they cannot be left out of the publication (%2). Those tables are skipped or have no replica identity: give them a primary key or a replica identity, or migrate this database with the dump method</source>
        <translation>aiven_extras julkaisi taulut %1 niiden taulujen mukana, joilta ne perivät, eikä niitä voi poistaa julkaisusta (%2). Nämä taulut ohitetaan tai niillä ei ole replikointi-identiteettiä: anna niille perusavain tai replikointi-identiteetti, tai siirrä tämä tietokanta dump-menetelmällä</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="307"/>
        <source>check subscription privilege</source>
        <translation>tarkistetaan tilausoikeus</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="321"/>
        <source>check table owners</source>
        <translation>tarkistetaan taulujen omistajat</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="333"/>
        <source>read subscription owner</source>
        <translation>luetaan tilauksen omistaja</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="364"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="381"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="402"/>
        <source>create subscription</source>
        <translation>luodaan tilaus</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="77"/>
        <source>the replication slot %1 is gone from the source: start over</source>
        <translation>replikointipaikka %1 on kadonnut lähteestä: aloita alusta</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="88"/>
        <source>the replication slot lost WAL it needed (max_slot_wal_keep_size): start over</source>
        <translation>replikointipaikka menetti tarvitsemaansa WAL-lokia (max_slot_wal_keep_size): aloita alusta</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="119"/>
        <source>the subscription %1 is gone from the target: start over</source>
        <translation>tilaus %1 on kadonnut kohteesta: aloita alusta</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="133"/>
        <source>the subscription is disabled after %1 errors (PostgreSQL keeps an apply error&apos;s text only in the target server&apos;s log: look for &quot;logical replication&quot;)</source>
        <translation>tilaus on poistettu käytöstä %1 virheen jälkeen (PostgreSQL säilyttää soveltamisvirheen tekstin vain kohdepalvelimen lokissa: etsi &quot;logical replication&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationHealth.cpp" line="139"/>
        <source>the subscription is disabled (PostgreSQL keeps an apply error&apos;s text only in the target server&apos;s log: look for &quot;logical replication&quot;)</source>
        <translation>tilaus on poistettu käytöstä (PostgreSQL säilyttää soveltamisvirheen tekstin vain kohdepalvelimen lokissa: etsi &quot;logical replication&quot;)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="424"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="431"/>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="434"/>
        <source>enable subscription</source>
        <translation>otetaan tilaus käyttöön</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="474"/>
        <source>subscription %1 is disabled but still on the target: aiven_extras could not drop it (%2); run &apos;pgmigrate stop&apos; again once the source is reachable</source>
        <translation>tilaus %1 on poistettu käytöstä mutta on yhä kohteessa: aiven_extras ei voinut poistaa sitä (%2); aja &apos;pgmigrate stop&apos; uudelleen, kun lähde on tavoitettavissa</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="490"/>
        <source>drop subscription</source>
        <translation>poistetaan tilaus</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="497"/>
        <source>the target server keeps the source password in %1: delete that file on the target&apos;s host</source>
        <translation>kohdepalvelimella on yhä lähteen salasana tiedostossa %1: poista se kohteen palvelinkoneelta</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationObjects.cpp" line="532"/>
        <source> (as a superuser: %1)</source>
        <translation> (pääkäyttäjänä: %1)</translation>
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
        <translation>Esitarkistukset</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="226"/>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="227"/>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="228"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="229"/>
        <source>Detail</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="230"/>
        <source>Remedy</source>
        <translation>Korjaus</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="179"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="180"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="248"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="250"/>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="252"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="254"/>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="256"/>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="258"/>
        <source>Finished</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="260"/>
        <source>Duration (s)</source>
        <translation>Kesto (s)</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="262"/>
        <source>Databases / tables</source>
        <translation>Tietokannat / taulut</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="265"/>
        <location filename="../engine/state/MigrationReport.cpp" line="323"/>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="267"/>
        <location filename="../engine/state/MigrationReport.cpp" line="324"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="270"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="278"/>
        <source>Database %1</source>
        <translation>Tietokanta %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="281"/>
        <source>Method: %1 (%2). Status: %3. Verification: %4.</source>
        <translation>Menetelmä: %1 (%2). Tila: %3. Tarkistus: %4.</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="289"/>
        <source>Error: %1</source>
        <translation>Virhe: %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="301"/>
        <source>Started %1, finished %2; rows %3, size %4; phases: %5.</source>
        <translation>Aloitettu %1, päättynyt %2; rivejä %3, koko %4; vaiheet: %5.</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="309"/>
        <source>Cut-over: %1; lag last read: %2 bytes.</source>
        <translation>Käyttöönotto: %1; viimeksi luettu viive: %2 tavua.</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="318"/>
        <source>Finish steps (time/limit): %1</source>
        <translation>Lopetuksen vaiheet (aika/raja): %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="322"/>
        <source>Table</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="325"/>
        <source>Copied</source>
        <translation>Kopioitu</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="326"/>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="346"/>
        <location filename="../report/ReportFile.cpp" line="41"/>
        <source>pgmigrate report %1</source>
        <translation>pgmigrate-raportti %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="347"/>
        <source>Migration %1</source>
        <translation>Siirto %1</translation>
    </message>
    <message>
        <location filename="../engine/state/MigrationReport.cpp" line="353"/>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <location filename="../report/ReportFile.cpp" line="49"/>
        <source>%1: the file name must end in .html, .pdf or .json</source>
        <translation>%1: tiedostonimen on päätyttävä .html, .pdf tai .json</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="44"/>
        <source>list tables foreign keys point at</source>
        <translation>listaa taulut, joihin viiteavaimet osoittavat</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="92"/>
        <source>could not save the state: </source>
        <translation>tilaa ei voitu tallentaa: </translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="157"/>
        <source>migration %1 was stopped; a stopped migration cannot continue, start over instead</source>
        <translation>siirto %1 on pysäytetty; pysäytettyä siirtoa ei voi jatkaa, aloita sen sijaan alusta</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="165"/>
        <source>migration %1 is already done</source>
        <translation>siirto %1 on jo valmis</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="176"/>
        <source>resumed: tables copied after the restart come from a new snapshot, so they reflect a later moment of the source than the tables copied before</source>
        <translation>jatkettu: uudelleenkäynnistyksen jälkeen kopioidut taulut tulevat uudesta tilannevedoksesta, joten ne kuvaavat lähdettä myöhemmältä hetkeltä kuin aiemmin kopioidut taulut</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="249"/>
        <source>migration %1 exists already: continue it with &apos;pgmigrate migrate --resume --id %1&apos;, or start over under a new id (leave out --id)</source>
        <translation>siirto %1 on jo olemassa: jatka sitä komennolla &apos;pgmigrate migrate --resume --id %1&apos; tai aloita alusta uudella tunnisteella (ilman --id-valitsinta)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="259"/>
        <source>migration id %1 would give its replication slots the names migration %2 uses (ids are told apart by their first 32 characters, in lower case, letters and digits only): choose another id, or leave out --id</source>
        <translation>siirron tunnus %1 antaisi replikointipaikoilleen samat nimet kuin siirto %2 (tunnukset erotetaan 32 ensimmäisen merkin perusteella, pienillä kirjaimilla, vain kirjaimet ja numerot): valitse toinen tunnus tai jätä --id pois</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="305"/>
        <source>pre-checks failed: </source>
        <translation>esitarkistukset epäonnistuivat: </translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="384"/>
        <source>privileges (GRANTs) are not carried because some roles could not be created</source>
        <translation>oikeuksia (GRANT) ei siirretä, koska joitakin rooleja ei voitu luoda</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="389"/>
        <source>these LOGIN roles got a random password (the source user cannot read password hashes): %1; set one with ALTER ROLE ... PASSWORD</source>
        <translation>nämä LOGIN-roolit saivat satunnaisen salasanan (lähdekäyttäjä ei voi lukea salasanojen tiivisteitä): %1; aseta salasana komennolla ALTER ROLE ... PASSWORD</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="408"/>
        <source>find pg_dump</source>
        <translation>etsi pg_dump</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="417"/>
        <source>write passfile</source>
        <translation>kirjoita salasanatiedosto</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="526"/>
        <source>: pgmigrate migrate --resume --id %1</source>
        <translation>: pgmigrate migrate --resume --id %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunner.cpp" line="580"/>
        <source>the target user keeps the memberships it took (%1) until the next run of this migration: %2</source>
        <translation>kohdekäyttäjä pitää ottamansa jäsenyydet (%1) tämän siirron seuraavaan ajoon asti: %2</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="72"/>
        <source>look for the tables on the target</source>
        <translation>etsi taulut kohteesta</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="259"/>
        <source>%1: the source&apos;s publications are not migrated: %2. Consumers of their changes need them on the target after the cut-over (&apos;pg_dump --schema-only&apos; on the source prints their statements)</source>
        <translation>%1: lähteen julkaisuja ei siirretä: %2. Niiden muutosten lukijat tarvitsevat ne kohteeseen lopullisen vaihdon jälkeen (&apos;pg_dump --schema-only&apos; lähteessä tulostaa niiden lauseet)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="267"/>
        <source>%1: the source&apos;s subscriptions are not migrated (the target must not replicate on its own): %2</source>
        <translation>%1: lähteen tilauksia ei siirretä (kohde ei saa replikoida omin päin): %2</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="360"/>
        <source>import the slot&apos;s snapshot</source>
        <translation>ota käyttöön replikointipaikan tilannevedos</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="375"/>
        <source>the source&apos;s tables changed since the interrupted run made them on the target (%1); a resume would copy into the old ones: drop the database on the target, then migrate it again</source>
        <translation>lähteen taulut ovat muuttuneet sen jälkeen, kun keskeytynyt ajo loi ne kohteeseen (%1); jatkaminen kopioisi vanhoihin tauluihin: poista tietokanta kohteesta ja siirrä se uudelleen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="386"/>
        <source>%1: the target&apos;s tables differ from the source&apos;s (%2); the data is copied into them as they are. For the source&apos;s definition: drop the database on the target, then migrate it again</source>
        <translation>%1: kohteen taulut poikkeavat lähteen tauluista (%2); tiedot kopioidaan niihin sellaisinaan. Lähteen määrittelyä varten: poista tietokanta kohteesta ja siirrä se uudelleen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="416"/>
        <source>inspect target database %1</source>
        <translation>tutki kohdetietokanta %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="101"/>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="434"/>
        <source>truncate target tables</source>
        <translation>tyhjennä kohdetaulut</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="485"/>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="530"/>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="63"/>
        <source>copy the schema of %1</source>
        <translation>kopioi tietokannan %1 skeema</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="509"/>
        <source>list the schema&apos;s objects</source>
        <translation>listaa skeeman objektit</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="569"/>
        <source>%1: the target&apos;s tables %2 have columns of other types than the source&apos;s: copied as text, each value converted</source>
        <translation>%1: kohteen tauluissa %2 on eri tyyppisiä sarakkeita kuin lähteessä: kopioitu tekstinä, jokainen arvo muunnettuna</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="629"/>
        <source>%1: %2 foreign keys are dropped on the target for the load (its user may not set session_replication_role) until the indexes phase makes them again; if this run stops before, a resume or a start over makes them: %3</source>
        <translation>%1: %2 viiteavainta poistetaan kohteesta latauksen ajaksi (sen käyttäjä ei saa asettaa session_replication_role-asetusta), kunnes indeksivaihe luo ne uudelleen; jos ajo päättyy ennen sitä, jatkaminen tai alusta aloittaminen luo ne: %3</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerDatabase.cpp" line="661"/>
        <source>refresh %1</source>
        <translation>päivitä %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerTriggers.cpp" line="30"/>
        <source>%1: triggers that fire on replicated rows stay disabled on the target until the cut-over: %2</source>
        <translation>%1: replikoiduille riveille laukeavat liipaisimet pysyvät kohteessa poissa käytöstä lopulliseen vaihtoon asti: %2</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerTriggers.cpp" line="99"/>
        <source>%1: triggers this run disabled on the target stay disabled while its subscription is left; &apos;pgmigrate stop --id %2&apos; removes it and gives them back</source>
        <translation>%1: tämän ajon kohteessa poistamat liipaisimet jäävät pois käytöstä niin kauan kuin sen tilaus on jäljellä; &apos;pgmigrate stop --id %2&apos; poistaa sen ja palauttaa ne</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerTriggers.cpp" line="111"/>
        <source>%1: triggers this run disabled on the target stay disabled (%2); &apos;pgmigrate stop --id %3&apos; gives them back once it is reachable, as a start over does</source>
        <translation>%1: tämän ajon kohteessa poistamat liipaisimet jäävät pois käytöstä (%2); &apos;pgmigrate stop --id %3&apos; palauttaa ne, kun kohde on tavoitettavissa, kuten myös alusta aloittaminen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="73"/>
        <source>create replication slot</source>
        <translation>luo replikointipaikka</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="115"/>
        <source>initial sync of %1</source>
        <translation>tietokannan %1 alkusynkronointi</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="117"/>
        <source>the target&apos;s table sync keeps failing (%1 errors; the target server&apos;s log says why)</source>
        <translation>kohteen taulusynkronointi epäonnistuu toistuvasti (%1 virhettä; kohdepalvelimen loki kertoo syyn)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="86"/>
        <source>%1: copied by the target&apos;s own table sync; every table is verified at cut-over</source>
        <translation>%1: kopioitu kohteen omalla taulusynkronoinnilla; jokainen taulu tarkistetaan lopullisessa vaihdossa</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="166"/>
        <source>%1: could not clean up the replication objects: %2; run &apos;pgmigrate stop --id %3&apos;</source>
        <translation>%1: replikointiobjekteja ei voitu poistaa: %2; suorita &apos;pgmigrate stop --id %3&apos;</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="235"/>
        <source>replaced by migration %1, which removed what this one left on the servers</source>
        <translation>korvattu siirrolla %1, joka poisti sen, mitä tämä jätti palvelimille</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="274"/>
        <source>migrate %1</source>
        <translation>siirrä %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="275"/>
        <source>migration %1 still replicates this database into the target: finish it (&apos;pgmigrate finish --id %1&apos;) or stop it (&apos;pgmigrate stop --id %1&apos;) first</source>
        <translation>siirto %1 replikoi tätä tietokantaa yhä kohteeseen: viimeistele se (&apos;pgmigrate finish --id %1&apos;) tai pysäytä se (&apos;pgmigrate stop --id %1&apos;) ensin</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="358"/>
        <source>publish %1</source>
        <translation>julkaise %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="359"/>
        <source>these tables have no primary key or replica identity, so publishing them would make UPDATE and DELETE fail on the source: %1. Choose --tables-without-pk=replica-identity-full (every UPDATE/DELETE then scans the table on the target) or --tables-without-pk=dump (copied again at cut-over)</source>
        <translation>näillä tauluilla ei ole perusavainta eikä replikointi-identiteettiä, joten niiden julkaiseminen saisi UPDATE- ja DELETE-lauseet epäonnistumaan lähteessä: %1. Valitse --tables-without-pk=replica-identity-full (jokainen UPDATE/DELETE käy silloin taulun läpi kohteessa) tai --tables-without-pk=dump (kopioidaan uudelleen lopullisessa vaihdossa)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="396"/>
        <source>set replica identity of %1</source>
        <translation>aseta taulun %1 replikointi-identiteetti</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerReplication.cpp" line="345"/>
        <source>%1: no replication connection from this computer (%2): the target server runs the initial copy itself (slower)</source>
        <translation>%1: ei replikointiyhteyttä tältä koneelta (%2): kohdepalvelin tekee alkukopioinnin itse (hitaammin)</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="194"/>
        <source>%1: an index or constraint appeared on the target while it was restored (a killed run&apos;s session ending its work): what is missing was read again</source>
        <translation>%1: indeksi tai rajoite ilmestyi kohteeseen palautuksen aikana (keskeytetyn ajon istunto sai työnsä valmiiksi): puuttuvat luettiin uudelleen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="202"/>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="237"/>
        <source>create indexes and constraints in %1</source>
        <translation>luo indeksit ja rajoitteet tietokantaan %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="216"/>
        <source>%1: grants that %2 made on objects they do not own are made by the objects&apos; owners on the target (a target user without superuser cannot act as another role); the privileges are the same</source>
        <translation>%1: oikeudet, jotka %2 myönsi objekteihin, joita ei omista, myöntävät kohteessa objektien omistajat (kohteen käyttäjä ilman superuser-oikeutta ei voi toimia toisena roolina); oikeudet ovat samat</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="320"/>
        <source>copy data of %1</source>
        <translation>kopioi taulun %1 data</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="327"/>
        <source>%1: triggers and foreign key checks fired while loading (the target user may not set session_replication_role; GRANT SET ON PARAMETER session_replication_role TO it)</source>
        <translation>%1: liipaisimet ja viiteavaintarkistukset laukesivat latauksen aikana (kohdekäyttäjä ei saa asettaa session_replication_role-arvoa; GRANT SET ON PARAMETER session_replication_role sille)</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="664"/>
        <location filename="../engine/replication/Cutover.cpp" line="670"/>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="529"/>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="556"/>
        <source>verify %1</source>
        <translation>tarkista %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="535"/>
        <source>%1: sequences moved on the source during the copy (writes went on)%2: %3</source>
        <translation>%1: sekvenssit muuttuivat lähteessä kopioinnin aikana (kirjoitukset jatkuivat)%2: %3</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="541"/>
        <source>; the cut-over copies them again</source>
        <translation>; lopullinen vaihto kopioi ne uudelleen</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="543"/>
        <source>; rows written after the snapshot are not migrated by the dump method</source>
        <translation>; tilannevedoksen jälkeen kirjoitettuja rivejä dump-menetelmä ei siirrä</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerCopy.cpp" line="557"/>
        <source>the target differs from the source: </source>
        <translation>kohde poikkeaa lähteestä: </translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="63"/>
        <source>copy tables at cut-over</source>
        <translation>kopioi taulut lopullisessa vaihdossa</translation>
    </message>
    <message>
        <location filename="../engine/replication/ApplyErrorWatch.cpp" line="49"/>
        <source>the target cannot apply the changes: its replication worker failed %1 times in a row (an apply error, e.g. a row that conflicts with a constraint there, or a table changed on one side only). PostgreSQL keeps the error&apos;s text only in the target server&apos;s log: look for &quot;logical replication&quot;</source>
        <translation>kohde ei pysty soveltamaan muutoksia: sen replikointiprosessi epäonnistui %1 kertaa peräkkäin (soveltamisvirhe, esim. rivi, joka rikkoo siellä rajoitetta, tai vain toisella puolella muutettu taulu). PostgreSQL tallentaa virheen tekstin vain kohdepalvelimen lokiin: etsi &quot;logical replication&quot;</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="50"/>
        <source>; once the cause is fixed: pgmigrate resume-replication --id %1</source>
        <translation>; kun syy on korjattu: pgmigrate resume-replication --id %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="154"/>
        <source>the target&apos;s replication worker has not run for %1 s (can the target server reach the source?); the target server&apos;s log says why</source>
        <translation>kohteen replikointiprosessi ei ole ollut käynnissä %1 s:iin (tavoittaako kohdepalvelin lähteen?); kohdepalvelimen loki kertoo syyn</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="165"/>
        <source>the target did not catch up within %1 s</source>
        <translation>kohde ei saavuttanut lähdettä %1 s:ssa</translation>
    </message>
    <message>
        <location filename="../engine/replication/WriteFreeze.cpp" line="43"/>
        <source>writes to %1 have stayed frozen since a cut-over that did not end, and could not be unfrozen: %2; run ALTER DATABASE ... RESET default_transaction_read_only on the source</source>
        <translation>kirjoitukset tietokantaan %1 ovat pysyneet estettyinä keskeytyneestä käyttöönotosta lähtien, eikä estoa voitu poistaa: %2; suorita lähteessä ALTER DATABASE ... RESET default_transaction_read_only</translation>
    </message>
    <message>
        <location filename="../engine/replication/WriteFreeze.cpp" line="51"/>
        <source>%1: writes had stayed frozen since a cut-over that did not end; they are unfrozen</source>
        <translation>%1: kirjoitukset olivat jäädytettyinä keskeneräisen lopullisen vaihdon jäljiltä; jäädytys on purettu</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="277"/>
        <source>the target user keeps the memberships it took (%1) until the next finish: %2</source>
        <translation>kohdekäyttäjä pitää ottamansa jäsenyydet (%1) seuraavaan viimeistelyyn asti: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="93"/>
        <source>%1: restore the replica identity of %2 on the target yourself: %3; (%4)</source>
        <translation>%1: palauta taulun %2 replikointi-identiteetti kohteessa itse: %3; (%4)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="109"/>
        <source>%1: restore the replica identity of %2 yourself: %3; (%4)</source>
        <translation>%1: palauta taulun %2 replikointi-identiteetti itse: %3; (%4)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="203"/>
        <source>source not reachable (%1)</source>
        <translation>lähde ei tavoitettavissa (%1)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="207"/>
        <source>target not reachable (%1)</source>
        <translation>kohde ei tavoitettavissa (%1)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="242"/>
        <source>%1: cannot resume: %2 not reachable (%3)</source>
        <translation>%1: jatkaminen ei onnistu: %2 ei tavoitettavissa (%3)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="245"/>
        <source>target</source>
        <translation>kohde</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="246"/>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="253"/>
        <source>%1: cannot resume: %2</source>
        <translation>%1: jatkaminen ei onnistu: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="270"/>
        <source>%1: still failing: %2</source>
        <translation>%1: epäonnistuu yhä: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="360"/>
        <source>removed subscription %1 (target database %2)</source>
        <translation>tilaus %1 poistettu (kohdetietokanta %2)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="381"/>
        <source>removed replication slot %1</source>
        <translation>replikointipaikka %1 poistettu</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="384"/>
        <source>could not remove replication slot %1: %2</source>
        <translation>replikointipaikkaa %1 ei voitu poistaa: %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="400"/>
        <source>drop publication</source>
        <translation>poista julkaisu</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="401"/>
        <source>removed publication %1 (source database %2)</source>
        <translation>julkaisu %1 poistettu (lähdetietokanta %2)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="443"/>
        <source>%1: the target is not reachable (%2): its subscription %3 is left; drop it there with ALTER SUBSCRIPTION ... DISABLE, ALTER SUBSCRIPTION ... SET (slot_name = NONE), DROP SUBSCRIPTION</source>
        <translation>%1: kohteeseen ei saada yhteyttä (%2): sen tilaus %3 jää; poista se siellä komennoilla ALTER SUBSCRIPTION ... DISABLE, ALTER SUBSCRIPTION ... SET (slot_name = NONE), DROP SUBSCRIPTION</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="455"/>
        <source>%1: left behind%2; remove it: %3</source>
        <translation>%1: jäi jäljelle%2; poista se: %3</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="460"/>
        <source> (source unreachable: %1)</source>
        <translation> (lähde ei tavoitettavissa: %1)</translation>
    </message>
    <message>
        <location filename="../engine/replication/ReplicationControl.cpp" line="484"/>
        <source>%1: the target is not reachable (%2): triggers this migration disabled there stay disabled</source>
        <translation>%1: kohde ei ole tavoitettavissa (%2): tämän siirron siellä poistamat liipaisimet jäävät pois käytöstä</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="419"/>
        <location filename="../engine/replication/Cutover.cpp" line="530"/>
        <location filename="../engine/replication/Cutover.cpp" line="628"/>
        <location filename="../engine/replication/Cutover.cpp" line="632"/>
        <source>cut over %1</source>
        <translation>tietokannan %1 lopullinen vaihto</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="458"/>
        <source>cancelled at the limit</source>
        <translation>peruttu rajan täyttyessä</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="535"/>
        <source>%1: schema changed on the source since the copy (DDL is not replicated): %2</source>
        <translation>%1: skeema on muuttunut lähteessä kopioinnin jälkeen (DDL:ää ei replikoida): %2</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="545"/>
        <source>%1: freezing writes</source>
        <translation>%1: jäädytetään kirjoitukset</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="554"/>
        <source>%1: already read-only by its own setting (default_transaction_read_only = on): it stays on</source>
        <translation>%1: jo vain luku -tilassa oman asetuksensa vuoksi (default_transaction_read_only = on): asetus säilyy</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="616"/>
        <source>%1: draining the change stream</source>
        <translation>%1: puretaan muutosvirta</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="638"/>
        <source>%1: sequences, large objects and tables replication does not carry</source>
        <translation>%1: sekvenssit, suuret objektit ja taulut, joita replikointi ei siirrä</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="653"/>
        <source>%1: verifying</source>
        <translation>%1: tarkistetaan</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="371"/>
        <source>%1: removing the replication objects</source>
        <translation>%1: poistetaan replikointiobjektit</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="206"/>
        <location filename="../engine/replication/Cutover.cpp" line="214"/>
        <source>remove the replication objects</source>
        <translation>poista replikointiobjektit</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="694"/>
        <source>%1: writes were frozen for %2 s</source>
        <translation>%1: kirjoitukset olivat jäädytettyinä %2 s</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="156"/>
        <source>no %1 of version %2 or newer found (%3); install postgresql-client-%2</source>
        <translation>ohjelmasta %1 ei löytynyt versiota %2 tai uudempaa (%3); asenna postgresql-client-%2</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="161"/>
        <source>none installed</source>
        <translation>yhtään ei ole asennettu</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="162"/>
        <source>none in %1</source>
        <translation>ei yhtään hakemistossa %1</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="260"/>
        <source>could not start %1: %2</source>
        <translation>ohjelmaa %1 ei voitu käynnistää: %2</translation>
    </message>
    <message>
        <location filename="../engine/connection/PgTools.cpp" line="288"/>
        <source>%1 failed: %2</source>
        <translation>%1 epäonnistui: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="23"/>
        <source>copy large objects</source>
        <translation>kopioi suuret objektit</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="34"/>
        <source>copy large object %1</source>
        <translation>kopioi suuri objekti %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="76"/>
        <source>a grant on large object %1 the source no longer has stays on the target: %2</source>
        <translation>suuren objektin %1 käyttöoikeus, jota lähteellä ei enää ole, jää kohteeseen: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="127"/>
        <source>remove large objects the source has not</source>
        <translation>poista suuret objektit, joita lähteellä ei ole</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="128"/>
        <source>%1 large objects the source does not have were removed from the target: %2</source>
        <translation>%1 suurta objektia, joita lähteellä ei ole, poistettiin kohteesta: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="168"/>
        <source>create large object %1</source>
        <translation>luo suuri objekti %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="105"/>
        <source>the comment on large object %1 not carried: %2</source>
        <translation>suuren objektin %1 kommenttia ei siirretty: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="182"/>
        <source>large object %1 keeps the target user as owner: %2</source>
        <translation>suuren objektin %1 omistajaksi jää kohteen käyttäjä: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/LargeObjects.cpp" line="195"/>
        <source>a grant on large object %1 not carried: %2</source>
        <translation>suuren objektin %1 oikeutta ei siirretty: %2</translation>
    </message>
    <message>
        <location filename="../engine/copy/WorkerSessions.cpp" line="35"/>
        <source>import the copy&apos;s snapshot</source>
        <translation>tuo kopioinnin tilannevedos</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaArchive.cpp" line="209"/>
        <location filename="../engine/schema/SchemaArchive.cpp" line="264"/>
        <location filename="../engine/schema/SchemaArchive.cpp" line="272"/>
        <source>restore privileges</source>
        <translation>palauta oikeudet</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="90"/>
        <source>read object owners</source>
        <translation>lue objektien omistajat</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="146"/>
        <source>read the owners of the databases</source>
        <translation>lue tietokantojen omistajat</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="163"/>
        <source>read the target user&apos;s memberships</source>
        <translation>lue kohteen käyttäjän jäsenyydet</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="181"/>
        <source>the target user could not act as role %1, so what it owns on the source will be the target user&apos;s: %2</source>
        <translation>kohteen käyttäjä ei voinut toimia roolina %1, joten sen lähteessä omistamat objektit jäävät kohteen käyttäjän omistukseen: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="202"/>
        <source>the target user still holds the membership of role %1 it took to give objects to their owners: %2; run %3</source>
        <translation>kohteen käyttäjällä on yhä roolin %1 jäsenyys, jonka se otti antaakseen objektit omistajilleen: %2; suorita %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="217"/>
        <source>owned by provider role %1, which is not migrated</source>
        <translation>omistaja on palveluntarjoajan rooli %1, jota ei siirretä</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="222"/>
        <source>owned by role %1, which the target lacks</source>
        <translation>omistaja on rooli %1, jota kohteessa ei ole</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="226"/>
        <source>owned by superuser %1, to whom only a superuser gives objects</source>
        <translation>omistaja on pääkäyttäjä %1, jolle vain pääkäyttäjä voi antaa objekteja</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="285"/>
        <source>%1: %2 objects stay owned by %3 (%4): %5; as a superuser on the target: %6</source>
        <translation>%1: %2 objektia jää käyttäjän %3 omistukseen (%4): %5; pääkäyttäjänä kohteessa: %6</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="295"/>
        <source>%1: relations the source&apos;s superusers own (%2) are owned by %3 on the target, which has no superuser to give them to</source>
        <translation>%1: lähteen pääkäyttäjien omistamat relaatiot (%2) ovat kohteessa käyttäjän %3 omistuksessa, koska kohteessa ei ole pääkäyttäjää, jolle ne voisi antaa</translation>
    </message>
    <message>
        <location filename="../engine/schema/TargetOwners.cpp" line="311"/>
        <source>objects keep the target user as their owner: %1</source>
        <translation>objektien omistajaksi jää kohteen käyttäjä: %1</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaDrift.cpp" line="34"/>
        <source>read the tables&apos; structure</source>
        <translation>lue taulujen rakenne</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaDrift.cpp" line="65"/>
        <source>only on the source: %1</source>
        <translation>vain lähteessä: %1</translation>
    </message>
    <message>
        <location filename="../engine/schema/SchemaDrift.cpp" line="68"/>
        <source>only on the target: %1</source>
        <translation>vain kohteessa: %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="64"/>
        <source>the target refuses session_replication_role = replica (superuser, GRANT SET ON PARAMETER or aiven_extras): copying unlogged and unpublished tables again would fire their triggers and foreign keys&apos; ON DELETE actions</source>
        <translation>kohde ei salli asetusta session_replication_role = replica (pääkäyttäjä, GRANT SET ON PARAMETER tai aiven_extras): lokittamattomien ja julkaisemattomien taulujen kopioiminen uudelleen laukaisisi niiden liipaisimet ja viiteavainten ON DELETE -toiminnot</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="179"/>
        <source>the replication slot %1 is still on the source, held by another session (pg_stat_replication shows which), and keeps the source&apos;s WAL from being removed</source>
        <translation>replikointipaikka %1 on yhä lähteessä toisen istunnon hallussa (pg_stat_replication näyttää minkä), ja se estää lähteen WAL:n poistamisen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="189"/>
        <source>the subscription %1 is still on the target</source>
        <translation>tilaus %1 on yhä kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="263"/>
        <source>objects may keep the target user as their owner: %1</source>
        <translation>objektien omistajaksi voi jäädä kohteen käyttäjä: %1</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="436"/>
        <source>%1 keeps replicating as before the finish, with writes not frozen</source>
        <translation>%1 jatkaa replikointia kuten ennen finishiä, eikä kirjoituksia ole jäädytetty</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="440"/>
        <source>%1 was verified and keeps its replication objects that are left, which the next finish removes; its writes stay frozen until then, as writes from now on may not reach the target (pgmigrate stop unfreezes them)</source>
        <translation>%1 on tarkistettu ja säilyttää jäljellä olevat replikointiobjektinsa, jotka seuraava finish poistaa; sen kirjoitukset pysyvät siihen asti jäädytettyinä, koska tästä eteenpäin kirjoitukset eivät ehkä päädy kohteeseen (pgmigrate stop vapauttaa ne)</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="446"/>
        <source>%1 was verified and keeps its replication objects that are left, which the next finish removes; writes to the source from now on may not reach the target</source>
        <translation>%1 on tarkistettu ja säilyttää jäljellä olevat replikointiobjektinsa, jotka seuraava finish poistaa; lähteeseen tästä eteenpäin tehdyt kirjoitukset eivät ehkä päädy kohteeseen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="420"/>
        <source>step %1 did not end within its limit of %2 s (%3); %4. Find what holds it up (a lock another session holds on the target or the source: pg_locks, pg_stat_activity) or give it more time (finish --step-timeout), then run finish again</source>
        <translation>vaihe %1 ei päättynyt %2 s:n rajansa sisällä (%3); %4. Selvitä, mikä sitä pidättää (toisen istunnon lukko kohteessa tai lähteessä: pg_locks, pg_stat_activity), tai anna sille enemmän aikaa (finish --step-timeout), ja aja sitten finish uudelleen</translation>
    </message>
    <message>
        <location filename="../engine/replication/Cutover.cpp" line="672"/>
        <source>the target differs (were writes stopped?): %1</source>
        <translation>kohde poikkeaa (pysäytettiinkö kirjoitukset?): %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCopy.cpp" line="55"/>
        <location filename="../engine/copy/TableCopy.cpp" line="65"/>
        <source> (writing the target)</source>
        <translation> (kohteeseen kirjoitettaessa)</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCopy.cpp" line="60"/>
        <source> (reading the source)</source>
        <translation> (lähdettä luettaessa)</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCopy.cpp" line="76"/>
        <location filename="../engine/copy/TableCopy.cpp" line="113"/>
        <source>copy %1</source>
        <translation>kopioidaan %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableBatch.cpp" line="355"/>
        <source>copy %1 tables</source>
        <translation>kopioidaan %1 taulua</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableBatch.cpp" line="388"/>
        <location filename="../engine/copy/TableCopy.cpp" line="227"/>
        <source>read back %1</source>
        <translation>luetaan takaisin %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/ChecksumValues.cpp" line="48"/>
        <location filename="../engine/copy/ChecksumValues.cpp" line="58"/>
        <source>read type %1</source>
        <translation>luetaan tyyppi %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/OrphanSessions.cpp" line="40"/>
        <source>look for sessions of earlier runs</source>
        <translation>etsitään aiempien ajojen istuntoja</translation>
    </message>
    <message>
        <location filename="../engine/copy/OrphanSessions.cpp" line="57"/>
        <location filename="../engine/copy/OrphanSessions.cpp" line="72"/>
        <source>end sessions of an earlier run</source>
        <translation>lopetetaan aiemman ajon istunnot</translation>
    </message>
    <message>
        <location filename="../engine/copy/OrphanSessions.cpp" line="73"/>
        <source>%1 session(s) of an earlier, killed run still work in this database (pids %2); try again when they are gone</source>
        <translation>aiemman, keskeytetyn ajon %1 istuntoa toimii yhä tässä tietokannassa (pid:t %2); yritä uudelleen, kun ne ovat päättyneet</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="99"/>
        <source>list tables</source>
        <translation>luetellaan taulut</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="143"/>
        <source>lock the tables to copy</source>
        <translation>lukitse kopioitavat taulut</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="157"/>
        <source>list tables without replica identity</source>
        <translation>luetellaan taulut ilman replica identityä</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="176"/>
        <source>list sequences</source>
        <translation>luetellaan sekvenssit</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="182"/>
        <source>read sequence %1</source>
        <translation>luetaan sekvenssi %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="194"/>
        <source>list materialized views</source>
        <translation>luetellaan materialisoidut näkymät</translation>
    </message>
    <message>
        <location filename="../engine/copy/TableCatalog.cpp" line="207"/>
        <source>set sequence %1</source>
        <translation>asetetaan sekvenssi %1</translation>
    </message>
    <message>
        <location filename="../engine/copy/TargetAnalyze.cpp" line="33"/>
        <source>list the tables to analyze</source>
        <translation>luetellaan analysoitavat taulut</translation>
    </message>
    <message>
        <location filename="../engine/schema/ArchiveToc.cpp" line="64"/>
        <source>name the schema&apos;s indexes and constraints</source>
        <translation>nimetään rakenteen indeksit ja rajoitteet</translation>
    </message>
    <message>
        <location filename="../engine/replication/StepDeadline.cpp" line="71"/>
        <source>bound the step&apos;s statements</source>
        <translation>rajaa vaiheen lauseet</translation>
    </message>
    <message>
        <location filename="../engine/run/TargetPlan.cpp" line="16"/>
        <source>the target already has some of the tables (%1) but not the others: use an empty database or drop them</source>
        <translation>kohteessa on jo osa tauluista (%1) mutta ei muita: käytä tyhjää tietokantaa tai poista ne</translation>
    </message>
    <message>
        <location filename="../engine/run/TargetPlan.cpp" line="31"/>
        <source>the target already holds data in %1; copying again would duplicate rows. To replace it: --if-exists truncate on the command line, Start over in the wizard.</source>
        <translation>kohteessa on jo dataa taulussa %1; uusi kopiointi monistaisi rivit. Korvaa se: komentorivillä --if-exists truncate, ohjatussa toiminnossa Aloita alusta.</translation>
    </message>
    <message>
        <location filename="../engine/copy/EarlyPrimaryKey.cpp" line="73"/>
        <source>primary key of %1</source>
        <translation>%1: perusavain</translation>
    </message>
    <message>
        <location filename="../engine/replication/BriefLock.cpp" line="46"/>
        <source>other sessions kept %1 locked for %2 s (tries: %3; each try waits at most %4 s for the lock, so that the application&apos;s queries on the table are not held up behind it; pg_locks shows who holds it)</source>
        <translation>muut istunnot pitivät taulun %1 lukittuna %2 s (yrityksiä: %3; kukin yritys odottaa lukkoa enintään %4 s, jotta sovelluksen kyselyt taululle eivät jää sen taakse jonoon; pg_locks näyttää, kuka lukkoa pitää)</translation>
    </message>
    <message>
        <location filename="../engine/copy/TargetDigest.cpp" line="136"/>
        <source>checksum %1 on the target</source>
        <translation>laske taulun %1 tarkistussumma kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/schema/PostDataScripts.cpp" line="114"/>
        <source>find the tables of the indexes and constraints</source>
        <translation>etsi indeksien ja rajoitteiden taulut</translation>
    </message>
    <message>
        <location filename="../engine/copy/ColumnTypes.cpp" line="42"/>
        <source>read the column types</source>
        <translation>lue saraketyypit</translation>
    </message>
    <message>
        <location filename="../engine/copy/ColumnTypes.cpp" line="54"/>
        <source>compare the column types</source>
        <translation>vertaa saraketyyppejä</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerEarlierCopies.cpp" line="57"/>
        <source>compare the tables copied before the interruption in %1</source>
        <translation>vertaa ennen keskeytystä kopioituja tauluja tietokannassa %1</translation>
    </message>
    <message>
        <location filename="../engine/run/MigrationRunnerEarlierCopies.cpp" line="88"/>
        <source>%1: %2 changed on the source since the interrupted run copied them: copied again</source>
        <translation>%1: %2 muuttuivat lähteessä sen jälkeen, kun keskeytynyt ajo kopioi ne: kopioitu uudelleen</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="36"/>
        <source>read the grants on database %1</source>
        <translation>luetaan tietokannan %1 oikeudet</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="44"/>
        <source>unknown privilege</source>
        <translation>tuntematon oikeus</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="46"/>
        <source>%1 on database %2 not granted: %3</source>
        <translation>%1 tietokantaan %2 jäi myöntämättä: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="70"/>
        <source>read database %1</source>
        <translation>luetaan tietokanta %1</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="98"/>
        <source>database %1 created with the target&apos;s default encoding and locale: %2</source>
        <translation>tietokanta %1 luotiin kohteen oletusmerkistöllä ja -maa-asetuksella: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="105"/>
        <source>create database %1</source>
        <translation>luodaan tietokanta %1</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="106"/>
        <source>database %1 created owned by the target user, not %2: %3</source>
        <translation>tietokanta %1 luotiin kohteen käyttäjän omistamana, ei roolin %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="185"/>
        <source>%1 on the target failed: %2</source>
        <translation>%1 epäonnistui kohteessa: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/DatabaseCreator.cpp" line="218"/>
        <source>setting %1 of database %2 not carried: %3</source>
        <translation>tietokannan %2 asetusta %1 ei siirretty: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="59"/>
        <source>read source roles</source>
        <translation>luetaan lähteen roolit</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="184"/>
        <source>role %1 not created: %2</source>
        <translation>roolia %1 ei luotu: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="190"/>
        <source>role %1 created without %2: only a superuser on the target may grant it</source>
        <translation>rooli %1 luotiin ilman ominaisuutta %2: vain kohteen pääkäyttäjä voi myöntää sen</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="241"/>
        <source>read role memberships</source>
        <translation>luetaan roolijäsenyydet</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="259"/>
        <source>membership of %1 in %2 not carried: %3</source>
        <translation>roolin %1 jäsenyyttä roolissa %2 ei siirretty: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="263"/>
        <source>membership of %1 in %2 carried without %3: the target&apos;s major has no such option (16+)</source>
        <translation>roolin %1 jäsenyys roolissa %2 siirretty ilman asetusta %3: kohteen pääversiossa ei ole tätä valintaa (16+)</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="277"/>
        <source>read role settings</source>
        <translation>luetaan roolien asetukset</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="292"/>
        <source>setting %1 of role %2 not carried: %3</source>
        <translation>roolin %2 asetusta %1 ei siirretty: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="310"/>
        <source>read parameter privileges</source>
        <translation>lue parametrioikeudet</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="322"/>
        <source>the target&apos;s major has no parameter privileges (15+)</source>
        <translation>kohteen pääversiossa ei ole parametrioikeuksia (15+)</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="329"/>
        <source>%1 on parameter %2 for %3 not carried: %4</source>
        <translation>oikeutta %1 parametriin %2 roolille %3 ei siirretty: %4</translation>
    </message>
    <message>
        <location filename="../engine/schema/RoleMigrator.cpp" line="382"/>
        <source>role %1 is on the target already, without the source&apos;s %2: left as it is</source>
        <translation>rooli %1 on jo kohteessa ilman lähteen määritteitä %2: jätetty ennalleen</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="39"/>
        <location filename="../engine/schema/EventTriggers.cpp" line="147"/>
        <location filename="../engine/schema/EventTriggers.cpp" line="199"/>
        <source>list event triggers</source>
        <translation>luetellaan tapahtumaliipaisimet</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="172"/>
        <source>disable event triggers</source>
        <translation>poista tapahtumaliipaisimet käytöstä</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="177"/>
        <source>%1: the target&apos;s event triggers %2 stay enabled and fire on the migration&apos;s statements (a superuser may disable them while it runs)</source>
        <translation>%1: kohteen tapahtumaliipaisimet %2 pysyvät käytössä ja laukeavat siirron lauseista (pääkäyttäjä voi poistaa ne käytöstä siirron ajaksi)</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="212"/>
        <source>%1: event trigger %2 stays disabled (%3); run on the target: %4</source>
        <translation>%1: tapahtumaliipaisin %2 jää pois käytöstä (%3); aja kohteessa: %4</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="249"/>
        <source>%1: event triggers are not migrated (only a superuser may make them); once the target is in use, a superuser runs there: %2</source>
        <translation>%1: tapahtumaliipaisimia ei siirretä (vain pääkäyttäjä voi luoda ne); kun kohde on käytössä, pääkäyttäjä ajaa kohteessa: %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="265"/>
        <source>%1: the event triggers could not be made on the target (%2); once it is in use, run there: %3</source>
        <translation>%1: tapahtumaliipaisimia ei voitu luoda kohteeseen (%2); kun se on käytössä, aja kohteessa: %3</translation>
    </message>
    <message>
        <location filename="../engine/schema/EventTriggers.cpp" line="293"/>
        <source>%1: the event triggers could not be made on the target (%2); &apos;pg_dump --schema-only&apos; of the source prints them</source>
        <translation>%1: tapahtumaliipaisimia ei voitu luoda kohteeseen (%2); lähteen &apos;pg_dump --schema-only&apos; tulostaa ne</translation>
    </message>
    <message>
        <location filename="../engine/schema/LeftOutObjects.cpp" line="13"/>
        <source>list publications</source>
        <translation>luetellaan julkaisut</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="44"/>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="169"/>
        <source>list triggers</source>
        <translation>liipaisimien luettelointi</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="105"/>
        <source>%1: trigger %2 on %3 keeps another state than on the source (%4); run on the target: %5</source>
        <translation>%1: liipaisin %2 taulussa %3 jää eri tilaan kuin lähteessä (%4); aja kohteessa: %5</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="148"/>
        <source>disable trigger %1 on %2</source>
        <translation>liipaisimen %1 poisto käytöstä taulussa %2</translation>
    </message>
    <message>
        <location filename="../engine/schema/ReplicaTriggers.cpp" line="150"/>
        <source>%1. It fires on replicated rows and would act a second time on the target: run %2 there as its table&apos;s owner, or migrate as a superuser</source>
        <translation>%1. Se laukeaa replikoiduille riveille ja toimisi kohteessa toiseen kertaan: aja siellä %2 sen taulun omistajana tai migroi pääkäyttäjänä</translation>
    </message>
    <message>
        <location filename="../engine/schema/LoadForeignKeys.cpp" line="34"/>
        <source>list foreign keys</source>
        <translation>viiteavainten luettelointi</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="28"/>
        <source>written by a newer pgmigrate (state format %1; this one reads up to %2): use that version, or a newer one</source>
        <translation>uudemman pgmigraten kirjoittama (tilamuoto %1; tämä lukee muotoon %2 asti): käytä sitä versiota tai uudempaa</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="35"/>
        <source>no state format</source>
        <translation>ei tilamuotoa</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="38"/>
        <source>it names another migration</source>
        <translation>se nimeää toisen siirron</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="41"/>
        <source>no list of databases</source>
        <translation>ei tietokantaluetteloa</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="46"/>
        <source>a database without a name</source>
        <translation>nimetön tietokanta</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="49"/>
        <source>database %1 has an unknown status</source>
        <translation>tietokannalla %1 on tuntematon tila</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="96"/>
        <source>cannot create %1</source>
        <translation>hakemistoa %1 ei voi luoda</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="122"/>
        <source>invalid migration id &quot;%1&quot;</source>
        <translation>virheellinen siirron tunniste &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="127"/>
        <source>no migration with id %1 (looked in %2)</source>
        <translation>siirtoa tunnisteella %1 ei ole (etsitty hakemistosta %2)</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="142"/>
        <source>not a JSON object</source>
        <translation>ei JSON-objekti</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="154"/>
        <source>the state of migration %1 (%2) was %3</source>
        <translation>siirron %1 tila (%2) on %3</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="156"/>
        <source>the state of migration %1 is damaged (%2): %3. Its replication objects, if any, can still be removed with pgmigrate stop.</source>
        <translation>siirron %1 tila on vahingoittunut (%2): %3. Sen replikointiobjektit, jos niitä on, voi yhä poistaa komennolla pgmigrate stop.</translation>
    </message>
    <message>
        <location filename="../engine/state/StateStore.cpp" line="198"/>
        <source>migration %1 is in use by another process (%2, process id %3): wait until it ends, or stop it there</source>
        <translation>siirto %1 on toisen prosessin käytössä (%2, prosessitunniste %3): odota, kunnes se päättyy, tai pysäytä se siellä</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="17"/>
        <source>running</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="19"/>
        <source>syncing</source>
        <translation>synkronoidaan</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="21"/>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="23"/>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="25"/>
        <source>stopped</source>
        <translation>pysäytetty</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="27"/>
        <source>interrupted</source>
        <translation>keskeytynyt</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="34"/>
        <source>replication</source>
        <translation>replikointi</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="37"/>
        <source>mixed</source>
        <translation>sekalainen</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="44"/>
        <source>every table equal</source>
        <translation>kaikki taulut samat</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="47"/>
        <source>differences found</source>
        <translation>eroja löytyi</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="50"/>
        <source>not run</source>
        <translation>ei suoritettu</translation>
    </message>
    <message>
        <location filename="../engine/state/StateWords.cpp" line="78"/>
        <source> (running)</source>
        <translation> (käynnissä)</translation>
    </message>
</context>
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
    <name>Verify</name>
    <message>
        <location filename="../engine/verify/ClusterVerifier.cpp" line="138"/>
        <source>the name is not valid UTF-8: not migrated, and not verified (exclude it: --exclude-db &apos;%1&apos;)</source>
        <translation>nimi ei ole kelvollista UTF-8:aa: ei siirretty eikä tarkistettu (jätä se pois: --exclude-db &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="49"/>
        <source>%1 %2 missing on the target</source>
        <translation>%1 %2 puuttuu kohteesta</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="52"/>
        <source>%1 %2 differs (source %3, target %4)</source>
        <translation>%1 %2 eroaa (lähde %3, kohde %4)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="58"/>
        <source>%1 %2 only on the target</source>
        <translation>%1 %2 vain kohteessa</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="73"/>
        <source>%1: %2 rows on the source, %3 on the target</source>
        <translation>%1: lähteessä %2 riviä, kohteessa %3</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="76"/>
        <source>%1: same row count (%2) but different contents</source>
        <translation>%1: sama rivimäärä (%2), mutta eri sisältö</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="132"/>
        <source>no result (connection lost?)</source>
        <translation>ei tulosta (yhteys katkesi?)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="203"/>
        <location filename="../engine/verify/Verifier.cpp" line="223"/>
        <source>source: %1</source>
        <translation>lähde: %1</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="209"/>
        <location filename="../engine/verify/Verifier.cpp" line="225"/>
        <source>target: %1</source>
        <translation>kohde: %1</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="315"/>
        <source>source: %1 rows copied, %2 rows digested</source>
        <translation>lähde: %1 riviä kopioitu, %2 riviä tarkistussummassa</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="353"/>
        <source>sequence %1 missing on the target</source>
        <translation>sekvenssi %1 puuttuu kohteesta</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="359"/>
        <source> (called)</source>
        <translation> (kutsuttu)</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="369"/>
        <source>sequence %1: source %2, target %3</source>
        <translation>sekvenssi %1: lähde %2, kohde %3</translation>
    </message>
    <message>
        <location filename="../engine/verify/Verifier.cpp" line="390"/>
        <source>large object</source>
        <translation>suuri objekti</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="138"/>
        <source>Migrates whole PostgreSQL clusters between servers.</source>
        <translation>Siirtää kokonaisia PostgreSQL-klustereita palvelimelta toiselle.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>Print the first page&apos;s title and button texts, then exit.</source>
        <translation>Tulostaa ensimmäisen sivun otsikon ja painikkeiden tekstit ja lopettaa.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="148"/>
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
        <location filename="../wizard/ClosePage.cpp" line="31"/>
        <source>Make the source databases &amp;read-only during the cut-over</source>
        <translation>Aseta lähdetietokannat vain &amp;luku -tilaan lopullisen vaihdon ajaksi</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="32"/>
        <source>&amp;Close connection</source>
        <translation>&amp;Sulje yhteys</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="33"/>
        <source>Status &amp;update</source>
        <translation>Päivitä &amp;tila</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="34"/>
        <source>S&amp;top migration</source>
        <translation>&amp;Pysäytä siirto</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="35"/>
        <source>Save re&amp;port...</source>
        <translation>Tallenna &amp;raportti...</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="42"/>
        <source>Close</source>
        <translation>Lopetus</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="43"/>
        <source>Keep replicating, or close the connection to finish the migration.</source>
        <translation>Jatka replikointia tai sulje yhteys viedäksesi siirron loppuun.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="116"/>
        <source>&amp;Keep replicating</source>
        <translation>&amp;Jatka replikointia</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="136"/>
        <source>Save report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="139"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-raportti (*.html)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="139"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-raportti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="140"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-raportti (*.json)</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="159"/>
        <source>The report could not be saved: %1</source>
        <translation>Raporttia ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="162"/>
        <source>Report saved to %1</source>
        <translation>Raportti tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="202"/>
        <source>Replication mode active: your data is on the target and new writes on the source keep flowing to it (largest lag %1 bytes).

Keep replicating closes this window and leaves it running. Close connection finalises the migration: stop writes to the source first (or let it make them read-only), then it waits for the last changes, copies sequences and large objects, verifies every table and removes the replication.</source>
        <translation>Replikointitila on käytössä: tietosi ovat kohteessa, ja lähteeseen tehtävät uudet kirjoitukset siirtyvät edelleen sinne (suurin viive %1 tavua).

”Jatka replikointia” sulkee tämän ikkunan ja jättää replikoinnin käyntiin. ”Sulje yhteys” vie siirron loppuun: lopeta ensin kirjoitukset lähteeseen (tai anna ohjelman asettaa lähdetietokannat vain luku -tilaan), minkä jälkeen se odottaa viimeiset muutokset, kopioi sekvenssit ja suuret objektit (large objects), tarkistaa jokaisen taulun ja poistaa replikoinnin.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="211"/>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="212"/>
        <source>Ready: every database is migrated and verified.</source>
        <translation>Valmis: kaikki tietokannat on siirretty ja tarkistettu.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="215"/>
        <source>The migration is %1.</source>
        <translation>Siirron tila: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="227"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="232"/>
        <source>Finish steps (time/limit):</source>
        <translation>Lopetuksen vaiheet (aika/raja):</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="106"/>
        <source>Migration report</source>
        <translation>Siirtoraportti</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="110"/>
        <source>&amp;Lag chart</source>
        <translation>Viive&amp;kaavio</translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="170"/>
        <source>Rep&amp;ort</source>
        <translation>Rap&amp;ortti</translation>
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
        <translation>Viivekaavio</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="80"/>
        <source>Bytes behind</source>
        <translation>Jäljessä tavuina</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="81"/>
        <source>Seconds behind</source>
        <translation>Jäljessä sekunteina</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="100"/>
        <source>Copy throughput</source>
        <translation>Kopioinnin nopeus</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="101"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="103"/>
        <source>copy</source>
        <translation>kopiointi</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="131"/>
        <source>The lag chart fills in while the migration copies and replicates.</source>
        <translation>Viivekaavio täyttyy, kun siirto kopioi ja replikoi.</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="166"/>
        <source>max</source>
        <translation>enint.</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="236"/>
        <source>No samples yet.</source>
        <translation>Ei vielä mittauksia.</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="242"/>
        <source>%1: %2 and %3 behind</source>
        <translation>%1: jäljessä %2 ja %3</translation>
    </message>
    <message>
        <location filename="../wizard/LagChart.cpp" line="167"/>
        <location filename="../wizard/LagChart.cpp" line="243"/>
        <location filename="../wizard/LagChart.cpp" line="244"/>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/LagChart.cpp" line="246"/>
        <source>%n sample(s).</source>
        <translation>
            <numerusform>%n mittaus.</numerusform>
            <numerusform>%n mittausta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgm::MigrationModel</name>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="76"/>
        <source>Migration starting.</source>
        <translation>Siirto käynnistyy.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="92"/>
        <source>Resuming the migration: the tables not copied yet are copied from a new snapshot.</source>
        <translation>Siirtoa jatketaan: vielä kopioimattomat taulut kopioidaan uudesta tilannevedoksesta.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="124"/>
        <source>Stopping the migration.</source>
        <translation>Siirtoa pysäytetään.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="176"/>
        <source>Closing the connection: draining, copying sequences, verifying.</source>
        <translation>Suljetaan yhteyttä: siirretään viimeiset muutokset, kopioidaan sekvenssit, tarkistetaan.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="299"/>
        <source>Shown as it runs, from its saved state: %1</source>
        <translation>Näytetään ajon aikana tallennetusta tilasta: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="315"/>
        <source>The process that ran this migration has ended.</source>
        <translation>Tätä siirtoa ajanut prosessi on päättynyt.</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationPage</name>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="36"/>
        <source>&amp;Start migration</source>
        <translation>&amp;Aloita siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="37"/>
        <source>&amp;Resume migration</source>
        <translation>&amp;Jatka siirtoa</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="38"/>
        <source>S&amp;top migration</source>
        <translation>&amp;Pysäytä siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="39"/>
        <source>Start &amp;over</source>
        <translation>Aloita a&amp;lusta</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="46"/>
        <source>Database migration</source>
        <translation>Tietokannan siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="47"/>
        <source>Start the migration when the checks allow it.</source>
        <translation>Aloita siirto, kun tarkistukset sallivat sen.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="49"/>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="61"/>
        <source>Migrate into an empty database where possible: tables that already hold data are not copied over unless you start over. While the migration runs, do not write to the target&apos;s migrated tables, and do not change wal_level, max_replication_slots, listen addresses or firewalls.</source>
        <translation>Siirrä mahdollisuuksien mukaan tyhjään tietokantaan: tauluja, joissa on jo tietoja, ei kopioida, ellet aloita alusta. Älä siirron aikana kirjoita kohteen siirrettyihin tauluihin äläkä muuta asetuksia wal_level ja max_replication_slots, kuunteluosoitteita tai palomuureja.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="68"/>
        <source>This migration was interrupted before it finished. Resume migration copies the tables not copied yet, from a new snapshot of the source: if the source kept changing, those tables reflect a later moment than the ones copied before. To copy every table from one moment, start over instead.</source>
        <translation>Tämä siirto keskeytyi ennen kuin se valmistui. Jatka siirtoa kopioi vielä kopioimattomat taulut lähteen uudesta tilannevedoksesta: jos lähde on sillä välin muuttunut, nämä taulut vastaavat myöhempää hetkeä kuin aiemmin kopioidut. Jos haluat kaikki taulut samalta hetkeltä, aloita alusta.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="93"/>
        <source>Progress per database</source>
        <translation>Edistyminen tietokannoittain</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="95"/>
        <source>Lag</source>
        <translation>Viive</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="103"/>
        <source>Migration log</source>
        <translation>Siirron loki</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="109"/>
        <source>Progress per table</source>
        <translation>Edistyminen tauluittain</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Table</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="111"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="223"/>
        <source>replication</source>
        <translation>replikointi</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="223"/>
        <source>dump</source>
        <translation>dump</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="235"/>
        <source>data, %1/s</source>
        <translation>data, %1/s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="237"/>
        <source>, about %1 s left</source>
        <translation>, noin %1 s jäljellä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="245"/>
        <location filename="../wizard/MigrationPage.cpp" line="341"/>
        <source>Progress of %1</source>
        <translation>Tietokannan %1 edistyminen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="254"/>
        <source>%1 rows, %2</source>
        <translation>%1 riviä, %2</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="274"/>
        <source>%1: the source database is read-only: an interrupted cut-over froze its writes. Close connection completes the cut-over and undoes it; Stop migration undoes it too.</source>
        <translation>%1: lähdetietokanta on vain luku -tilassa: keskeytynyt siirtymä jäädytti sen kirjoitukset. Sulje yhteys viimeistelee siirtymän ja kumoaa jäädytyksen; myös Pysäytä siirto kumoaa sen.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="282"/>
        <source>Failed: %1</source>
        <translation>Epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="297"/>
        <source>failed: %1</source>
        <translation>epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="309"/>
        <source>saved</source>
        <translation>tallennettu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="326"/>
        <source>verified</source>
        <translation>tarkistettu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="327"/>
        <source>copied</source>
        <translation>kopioitu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="329"/>
        <source>waiting or copying</source>
        <translation>odottaa tai kopioidaan</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="330"/>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationWizard</name>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="40"/>
        <source>Import database</source>
        <translation>Tuo tietokanta</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="48"/>
        <source>&amp;About</source>
        <translation>Ti&amp;etoja</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="160"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="161"/>
        <source>Password for the source server %1:</source>
        <translation>Lähdepalvelimen %1 salasana:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="162"/>
        <source>Password for the target server %1:</source>
        <translation>Kohdepalvelimen %1 salasana:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="196"/>
        <source>Quit while copying?</source>
        <translation>Lopetetaanko kopioinnin aikana?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="197"/>
        <source>A copy is in progress. Quitting stops it cleanly; you can resume it later (open it again and choose Resume migration, or pgmigrate migrate --resume). Quit now?</source>
        <translation>Kopiointi on käynnissä. Lopettaminen pysäyttää sen hallitusti; voit jatkaa sitä myöhemmin (avaa se uudelleen ja valitse Jatka siirtoa, tai pgmigrate migrate --resume). Lopetetaanko nyt?</translation>
    </message>
</context>
<context>
    <name>pgm::MigrationsWindow</name>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="115"/>
        <source>Migrations</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="117"/>
        <source>Saved migrations</source>
        <translation>Tallennetut siirrot</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="119"/>
        <source>Migration</source>
        <translation>Siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="119"/>
        <source>Status</source>
        <translation>Tila</translation>
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
        <translation>Aloitettu</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Finished</source>
        <translation>Valmistunut</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Databases</source>
        <translation>Tietokannat</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="120"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="121"/>
        <source>Lag</source>
        <translation>Viive</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="135"/>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="136"/>
        <source>&amp;New migration</source>
        <translation>&amp;Uusi siirto</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="137"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="138"/>
        <source>Remo&amp;ve</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="140"/>
        <source>&amp;About</source>
        <translation>Ti&amp;etoja</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="153"/>
        <source>&amp;Migrations started on this computer:</source>
        <translation>&amp;Tällä tietokoneella aloitetut siirrot:</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="211"/>
        <source>Unreadable</source>
        <translation>Lukukelvoton</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="274"/>
        <source>mixed</source>
        <translation>sekalainen</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="313"/>
        <source>Migration %1</source>
        <translation>Siirto %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="314"/>
        <source>This migration&apos;s saved state cannot be read.</source>
        <translation>Tämän siirron tallennettua tilaa ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="351"/>
        <source>Remove migration %1</source>
        <translation>Poista siirto %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="352"/>
        <source>Remove migration %1 from this computer?</source>
        <translation>Poistetaanko siirto %1 tältä tietokoneelta?</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="354"/>
        <source>Its saved state and the remembered passwords of its servers (unless another migration uses them) are deleted. The servers and the migrated data are not touched.</source>
        <translation>Sen tallennettu tila ja sen palvelimien muistetut salasanat (ellei jokin muu siirto käytä niitä) poistetaan. Palvelimiin ja siirrettyyn dataan ei kosketa.</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="91"/>
        <source>Read from the servers at %1</source>
        <translation>Luettu palvelimilta %1</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="95"/>
        <source>%1: %2 behind, %3 s</source>
        <translation>%1: jäljessä %2, %3 s</translation>
    </message>
    <message>
        <location filename="../wizard/MigrationsWindow.cpp" line="97"/>
        <source>unknown</source>
        <translation>tuntematon</translation>
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
        <location filename="../wizard/ValidationPage.cpp" line="33"/>
        <source>Passed</source>
        <translation>Läpäisty</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="35"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="37"/>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="39"/>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="67"/>
        <location filename="../wizard/ValidationPage.cpp" line="228"/>
        <source>&amp;Run check</source>
        <translation>Suo&amp;rita tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="73"/>
        <source>Start the migration using a one-time snapshot (dump method)</source>
        <translation>Aloita siirto kertaluonteisella tilannevedoksella (dump-menetelmä)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="78"/>
        <source>Database connection and validation</source>
        <translation>Tietokantayhteys ja tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="79"/>
        <source>Enter both servers, then run the checks.</source>
        <translation>Anna molempien palvelimien tiedot ja suorita sitten tarkistukset.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="92"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="94"/>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="105"/>
        <source>Exclude databases</source>
        <translation>Ohitettavat tietokannat</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="107"/>
        <source>names separated by commas; &quot;a,b&quot; for a name with a comma</source>
        <translation>nimet pilkuin erotettuina; &quot;a,b&quot; pilkun sisältävälle nimelle</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="109"/>
        <source>The same list as pgmigrate --exclude-db: names separated by commas. Write a name holding a comma, spaces at its ends or a leading double quote in double quotes, with &quot;&quot; for a quote inside: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</source>
        <translation>Sama luettelo kuin pgmigrate --exclude-db: nimet pilkuin erotettuina. Kirjoita nimi, jossa on pilkku, välilyöntejä alussa tai lopussa tai alussa lainausmerkki, lainausmerkkeihin; lainausmerkki sen sisällä kirjoitetaan &quot;&quot;: app, &quot;a,b&quot;, &quot;&quot;&quot;q&quot;.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="112"/>
        <source>&amp;Exclude databases:</source>
        <translation>O&amp;hitettavat tietokannat:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="126"/>
        <source>Source address as seen from the target</source>
        <translation>Lähteen osoite kohteesta nähtynä</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="128"/>
        <source>optional host[:port], when the target server reaches the source by another address</source>
        <translation>valinnainen host[:port], jos kohdepalvelin tavoittaa lähteen eri osoitteesta</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="129"/>
        <source>Source address seen from the &amp;target:</source>
        <translation>Lähteen osoite kohteesta &amp;nähtynä:</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="144"/>
        <source>Check results</source>
        <translation>Tarkistusten tulokset</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="146"/>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="146"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="146"/>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="157"/>
        <source>Tables without primary key</source>
        <translation>Taulut ilman perusavainta</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="158"/>
        <source>Tables without primary key: copy them again at cut-over</source>
        <translation>Taulut ilman perusavainta: kopioi ne uudelleen lopullisessa vaihdossa</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="160"/>
        <source>Tables without primary key: set REPLICA IDENTITY FULL on the source (locks each briefly; slower updates on the target)</source>
        <translation>Taulut ilman perusavainta: aseta lähteessä REPLICA IDENTITY FULL (lukitsee kunkin hetkeksi; hitaammat päivitykset kohteessa)</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="166"/>
        <source>Databases to migrate</source>
        <translation>Siirrettävät tietokannat</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="167"/>
        <source>Untick a database to leave it out of the migration</source>
        <translation>Poista valinta, jos tietokanta jätetään pois siirrosta</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="171"/>
        <source>Selected check</source>
        <translation>Valittu tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="233"/>
        <source>Check cancelled.</source>
        <translation>Tarkistus peruttu.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="308"/>
        <source>Settings changed: run the check again.</source>
        <translation>Asetuksia muutettu: suorita tarkistus uudelleen.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="314"/>
        <source>Fill in at least the hostname and username of both servers.</source>
        <translation>Täytä vähintään kummankin palvelimen isäntänimi ja käyttäjänimi.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="323"/>
        <source>Exclude databases: %1.</source>
        <translation>Ohitettavat tietokannat: %1.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="329"/>
        <source>Source address seen from the target: give host or host:port.</source>
        <translation>Lähteen osoite kohteesta nähtynä: anna host tai host:port.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="335"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="336"/>
        <source>Cancel &amp;check</source>
        <translation>&amp;Peruuta tarkistus</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="365"/>
        <source>Servers</source>
        <translation>Palvelimet</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="365"/>
        <source>Database %1</source>
        <translation>Tietokanta %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="370"/>
        <source>Fix: %1</source>
        <translation>Korjaus: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="386"/>
        <source>The check stopped: %1</source>
        <translation>Tarkistus keskeytyi: %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="390"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="391"/>
        <source>replication</source>
        <translation>replikointi</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="392"/>
        <source>dump</source>
        <translation>dump</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="394"/>
        <source>Ready to migrate. %1</source>
        <translation>Valmis siirtoon. %1</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="396"/>
        <source>Fix the failed checks marked blocking, then run the check again.</source>
        <translation>Korjaa epäonnistuneet, estäviksi merkityt tarkistukset ja suorita sitten tarkistus uudelleen.</translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="415"/>
        <source>The password was not saved: no system keychain is available (%1).</source>
        <translation>Salasanaa ei tallennettu: järjestelmän avainnippua ei ole käytettävissä (%1).</translation>
    </message>
</context>
</TS>
