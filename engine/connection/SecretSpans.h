#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace pgm {

/// Where each secret starts and how long it is in a connection text given by a user: a URI's
/// userinfo password, its `password=` / `sslpassword=` query parameters, and those keywords in a
/// `key=value` string, also behind an `--option=`. Offsets are in the text's characters.
QList<std::pair<qsizetype, qsizetype>> secretSpans(const QString& text);

/// `message` with every secret that `input` holds (as given, and %-decoded) replaced by `***`:
/// libpq's parse errors quote the offending token, which may be the password.
QString redactSecrets(QString message, const QString& input);

} // namespace pgm
