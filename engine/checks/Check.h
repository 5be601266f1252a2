#pragma once

#include <QList>
#include <QString>

namespace pgm {

/// The outcome of one pre-check, as the CLI prints it and the wizard shows it.
struct Check {
    enum class Status { Pass, Warn, Fail, Skip };
    /// What a failure means: Blocking stops the whole migration; MethodDeciding moves the
    /// database(s) concerned to the dump method; Advisory only informs.
    enum class Kind { Blocking, MethodDeciding, Advisory };

    QString id;    ///< stable machine name, e.g. "wal-level"
    QString title; ///< short human title
    Status status = Status::Pass;
    Kind kind = Kind::Advisory;
    QString detail; ///< what was found
    QString remedy; ///< what the user can do (exact SQL where there is one)
    QString dbname; ///< the database it concerns, empty for the whole cluster

    /// True when this check, as it stands, stops the migration.
    bool blocksMigration() const { return status == Status::Fail && kind == Kind::Blocking; }
};

QString statusName(Check::Status status);
QString kindName(Check::Kind kind);

/// True when no check blocks the migration.
bool migrationAllowed(const QList<Check>& checks);

} // namespace pgm
