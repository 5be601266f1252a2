#pragma once

#include <QLoggingCategory>

namespace pgm {

// pgmigrate's logging categories, one per area. Quiet by default (warnings and worse, which
// the code does not use for what it reports itself): `--verbose` switches every one on at debug
// level, PGMIGRATE_LOG (or Qt's own QT_LOGGING_RULES) any of them, with Qt's rule syntax:
// PGMIGRATE_LOG="pgm.engine.copy.debug=true;pgm.engine.state.debug=true". A log line never
// holds a password, nor an SQL text (statements may carry one): connections are named by
// ConnectionSettings::describe(), statements by their step.
Q_DECLARE_LOGGING_CATEGORY(lcConnection)  // pgm.engine.connection: connecting, failures
Q_DECLARE_LOGGING_CATEGORY(lcChecks)      // pgm.engine.checks: the pre-checks and their results
Q_DECLARE_LOGGING_CATEGORY(lcCopy)        // pgm.engine.copy: roles, schema and table copies
Q_DECLARE_LOGGING_CATEGORY(lcReplication) // pgm.engine.replication: slots, subscriptions, cut-over
Q_DECLARE_LOGGING_CATEGORY(lcVerify)      // pgm.engine.verify: table comparisons
Q_DECLARE_LOGGING_CATEGORY(lcState)       // pgm.engine.state: state files and locks
Q_DECLARE_LOGGING_CATEGORY(lcRun)         // pgm.engine.run: a migration's phases
Q_DECLARE_LOGGING_CATEGORY(lcWizard)      // pgm.wizard
Q_DECLARE_LOGGING_CATEGORY(lcCli)         // pgm.cli

/// Sets the categories' rules (at start; again replaces them): every pgm category at debug level
/// when `verbose`, then PGMIGRATE_LOG's rules (separated by ';' or new lines) on top;
/// QT_LOGGING_RULES, read by Qt itself, still has the last word. Verbose lines get a time and their
/// category.
void configureLogging(bool verbose);

} // namespace pgm
