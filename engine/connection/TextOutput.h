#pragma once

namespace pgm {

class PgConnection;

/// Pins the settings that change how values print as text (dates, intervals, time zone, floats,
/// bytea), so checksums computed from text on two servers agree and a text COPY between majors
/// reads back what it printed.
void pinTextOutput(PgConnection& connection);

} // namespace pgm
