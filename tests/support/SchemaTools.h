#pragma once

#include "PgTools.h"

#include <QString>
#include <memory>

namespace pgm {
class PgConnection;
class SchemaArchive;
} // namespace pgm

namespace pgtest {

/// pg_dump and pg_restore for the fixture's major, and a passfile for both clusters: what a
/// test needs to drive a SchemaArchive by hand.
struct SchemaTools {
    QString pgDump;
    QString pgRestore;
    pgm::Passfile passfile;
    QString passfilePath;
};

/// Fills `tools`; pgRestore stays empty when the tools are not installed.
void prepareSchemaTools(SchemaTools* tools);

/// Dumps the source's `dbname` into `schema` as a migration does: in the snapshot that
/// `*source` (a session of that database, left in its repeatable-read transaction) exported, so
/// the caller can read the source as the archive saw it. False, with `error`, when it fails.
bool dumpInSnapshot(const QString& dbname, pgm::SchemaArchive& schema,
                    std::unique_ptr<pgm::PgConnection>* source, QString* error);

} // namespace pgtest
