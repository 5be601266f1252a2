<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Migrates whole PostgreSQL clusters between servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::ClosePage</name>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="20"/>
        <source>Make the source databases read-only during the cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="21"/>
        <source>&amp;Close connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="22"/>
        <source>Status &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="24"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="25"/>
        <source>Keep replicating, or close the connection to finish the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="57"/>
        <source>&amp;Keep replicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="88"/>
        <source>Replication mode active: your data is on the target and new writes on the source keep flowing to it (largest lag %1 bytes).

Keep replicating closes this window and leaves it running. Close connection finalises the migration: stop writes to the source first (or let it make them read-only), then it waits for the last changes, copies sequences and large objects, verifies every table and removes the replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="97"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="98"/>
        <source>Ready: every database is migrated and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ClosePage.cpp" line="100"/>
        <source>The migration is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::ConfigurePage</name>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="11"/>
        <source>PostgreSQL migration configuration guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="12"/>
        <source>Make sure the source server is ready before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="19"/>
        <source>&lt;p&gt;&lt;b&gt;Continuous migration&lt;/b&gt; (recommended) uses logical replication: the source stays in service and keeps syncing until you close the connection. It needs:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;PostgreSQL 10 or newer on the source, and &lt;code&gt;wal_level&lt;/code&gt; set to logical:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET wal_level = logical;&lt;/code&gt; then restart the server.&lt;/li&gt;&lt;li&gt;A free replication slot and WAL sender per database:&lt;br&gt;&lt;code&gt;ALTER SYSTEM SET max_replication_slots = 20;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;A superuser, or a user with REPLICATION and the &lt;code&gt;aiven_extras&lt;/code&gt; extension:&lt;br&gt;&lt;code&gt;CREATE EXTENSION aiven_extras CASCADE;&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Remote access from this computer and from the target server (&lt;code&gt;listen_addresses&lt;/code&gt;, &lt;code&gt;pg_hba.conf&lt;/code&gt;, firewalls).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Without them, a &lt;b&gt;one-time snapshot&lt;/b&gt; (dump method) copies the data once; writes made on the source after it starts are not migrated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="34"/>
        <source>Migration guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ConfigurePage.cpp" line="36"/>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::MigrationModel</name>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="69"/>
        <source>Migration starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="79"/>
        <source>Stopping the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationModel.cpp" line="109"/>
        <source>Closing the connection: draining, copying sequences, verifying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::MigrationPage</name>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="31"/>
        <source>&amp;Start migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="32"/>
        <source>S&amp;top migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="33"/>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="38"/>
        <source>Database migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="39"/>
        <source>Start the migration when the checks allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="41"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="44"/>
        <source>Migrate into an empty database where possible: tables that already hold data are not copied over unless you start over. While the migration runs, do not write to the target&apos;s migrated tables, and do not change wal_level, max_replication_slots, listen addresses or firewalls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="57"/>
        <source>Progress per database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="59"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="59"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="59"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="59"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="59"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="65"/>
        <source>Migration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="107"/>
        <source>Stop migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="108"/>
        <source>Stop the migration? The data copied so far stays on the target, but a stopped migration cannot be restarted: you would start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="126"/>
        <source>replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="126"/>
        <source>dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="145"/>
        <source>%1 rows, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="169"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationPage.cpp" line="173"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::MigrationWizard</name>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="20"/>
        <source>Import database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="55"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="56"/>
        <source>Password for the %1 server %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::ServerForm</name>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="26"/>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="27"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="28"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="29"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="30"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="31"/>
        <source>SSL encryption (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="32"/>
        <source>SSL encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="33"/>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="34"/>
        <source>Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="35"/>
        <source>Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="52"/>
        <source>&amp;Hostname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="53"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="54"/>
        <source>&amp;Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="55"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="56"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ServerForm.cpp" line="62"/>
        <source>Kept in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::StatusTag</name>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="16"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="19"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="22"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="25"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="28"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/StatusTag.cpp" line="30"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgm::ValidationPage</name>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="27"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="29"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="31"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="33"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="60"/>
        <location filename="../wizard/ValidationPage.cpp" line="145"/>
        <source>&amp;Run check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="64"/>
        <source>Start the migration using a one-time snapshot (dump method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="68"/>
        <source>Database connection and validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="69"/>
        <source>Enter both servers, then run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="71"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="73"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="80"/>
        <source>Exclude databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="82"/>
        <source>names separated by spaces; &quot;my db&quot; for a name with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="83"/>
        <source>&amp;Exclude databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="93"/>
        <source>Source address as seen from the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="95"/>
        <source>optional host[:port], when the target server reaches the source by another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="96"/>
        <source>Source address seen from the &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="106"/>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="108"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="108"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="108"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="118"/>
        <source>Tables without primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="119"/>
        <source>Tables without primary key: copy them again at cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="121"/>
        <source>Tables without primary key: set REPLICA IDENTITY FULL on the source (locks each briefly; slower updates on the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="147"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="205"/>
        <source>Settings changed: run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="212"/>
        <source>Fill in at least the hostname and username of both servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="220"/>
        <source>Exclude databases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="226"/>
        <source>Source address seen from the target: give host or host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="234"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="235"/>
        <source>Cancel &amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="248"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="248"/>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="253"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="274"/>
        <source>The check stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="278"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="280"/>
        <source>Ready to migrate. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="282"/>
        <source>Fix the failed checks marked blocking, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/ValidationPage.cpp" line="299"/>
        <source>The password was not saved: no system keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
