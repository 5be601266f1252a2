#pragma once

#include <QByteArray>
#include <QString>

namespace pgm {

class PgResult;

/// PostgreSQL keeps a database name in the bytes of the session that created it: from a LATIN1
/// or SQL_ASCII database, 'café' is stored as "caf\xe9", which is not UTF-8. Decoding those
/// bytes as UTF-8 would turn them into U+FFFD, a name that targets no database (or another one).
///
/// The name as pgmigrate shows and takes it (--exclude-db): the UTF-8 text when the bytes are
/// UTF-8; otherwise printable ASCII as is, a backslash doubled and every other byte as \xNN
/// ("caf\xe9"), which no one mistakes for the name itself and anyone can type.
QString readableName(const QByteArray& raw);

/// Whether a name read from the catalog is UTF-8, the only names the engine can connect to and
/// create on the target.
bool isUtf8Name(const QByteArray& raw);

/// A name column as a query must select it: its bytes in hex.
/// On a SQL_ASCII server a name that is not UTF-8 cannot be sent as text to a UTF8 client at
/// all ("invalid byte sequence for encoding UTF8"); on a UTF8 server it arrives unchecked.
QString nameBytesColumn(const QString& expression);
/// The bytes of a column selected with nameBytesColumn().
QByteArray nameBytes(const PgResult& result, int row, int column);
/// readableName() of a column selected with nameBytesColumn().
QString readableName(const PgResult& result, int row, int column);

} // namespace pgm
