#pragma once

namespace pgm {

class PgConnection;
struct ConnectionSettings;

/// Turns off, for one session, the timeouts a server or a role may impose
/// (statement_timeout, lock_timeout, idle_in_transaction_session_timeout, and on 14+
/// idle_session_timeout). Sessions that hold the copy's snapshot sit idle in their transaction
/// while others work, loading sessions run statements as long as the table is big, and admin
/// sessions wait idle for hours between two uses: a timeout would end them halfway. A stuck
/// statement is still ended by cancelling (PgConnection's cancel flag).
void disableSessionTimeouts(PgConnection& connection);

/// The same at connection start-up (libpq `options`), for replication connections: any command
/// after CREATE_REPLICATION_SLOT would drop the snapshot it exported, so nothing may be SET
/// there afterwards.
void disableTimeoutsAtStartup(ConnectionSettings& settings);

} // namespace pgm
