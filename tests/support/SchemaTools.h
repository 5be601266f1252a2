#pragma once

#include "PgTools.h"

#include <QString>

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

} // namespace pgtest
