#include "Logging.h"

namespace pgm {

// QtWarningMsg: nothing below a warning unless a rule asks for it, so the default output of
// the CLI and the wizard stays what it was.
Q_LOGGING_CATEGORY(lcConnection, "pgm.engine.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecks, "pgm.engine.checks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCopy, "pgm.engine.copy", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReplication, "pgm.engine.replication", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVerify, "pgm.engine.verify", QtWarningMsg)
Q_LOGGING_CATEGORY(lcState, "pgm.engine.state", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRun, "pgm.engine.run", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWizard, "pgm.wizard", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "pgm.cli", QtWarningMsg)

void configureLogging(bool verbose) {
    QString rules = verbose ? QStringLiteral("pgm.*.debug=true\n") : QString();
    QString extra = qEnvironmentVariable("PGMIGRATE_LOG");
    extra.replace(QLatin1Char(';'), QLatin1Char('\n'));
    rules += extra;
    QLoggingCategory::setFilterRules(rules); // none: the categories' defaults again
    if (verbose && qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN")) {
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} "
                                          "%{if-debug}debug%{endif}%{if-info}info%{endif}"
                                          "%{if-warning}warning%{endif}%{if-critical}critical"
                                          "%{endif}%{if-fatal}fatal%{endif}: %{message}"));
    }
}

} // namespace pgm
