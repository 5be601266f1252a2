#pragma once

namespace pgm {

class PgConnection;

/// Pins the settings that change how values print as text (dates, intervals, time zone, floats,
/// bytea), so checksums computed from text on two servers agree and a text COPY between majors
/// reads back what it printed; and the client encoding: UTF-8, or SQL_ASCII in a SQL_ASCII
/// database, whose bytes need not be UTF-8.
void pinTextOutput(PgConnection& connection);

} // namespace pgm
