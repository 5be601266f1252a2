#include "SecretSpans.h"

#include <QRegularExpression>
#include <QUrl>

namespace pgm {

QList<std::pair<qsizetype, qsizetype>> secretSpans(const QString& text) {
    // postgres://user:secret@host or postgresql://user:secret@host (userinfo)
    static const QRegularExpression userinfo(
        QStringLiteral("postgres(?:ql)?://[^:@/?#\\s]*:([^@/?#\\s]*)@"));
    // ?password=secret or &sslpassword=secret in a URI's query
    static const QRegularExpression query(QStringLiteral("[?&](?:ssl)?password=([^&#\\s]*)"));
    // password=secret, sslpassword = 'se cret' in a key=value string: at its start, after a
    // space, or after the `=` of `--option=`
    static const QRegularExpression keyword(
        QStringLiteral("(?:^|[\\s=])(?:ssl)?password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|[^\\s']\\S*)"));
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QRegularExpression* pattern : {&userinfo, &query, &keyword}) {
        auto matches = pattern->globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            if (match.capturedLength(1) > 0) {
                spans.append({match.capturedStart(1), match.capturedLength(1)});
            }
        }
    }
    return spans;
}

QString redactSecrets(QString message, const QString& input) {
    for (const auto& [start, length] : secretSpans(input)) {
        const QString secret = input.mid(start, length);
        const QString decoded = QUrl::fromPercentEncoding(secret.toUtf8());
        // Longest first, so a decoded secret inside the raw one leaves no tail behind.
        for (const QString& form : {secret, decoded}) {
            if (!form.isEmpty()) {
                message.replace(form, QStringLiteral("***"));
            }
        }
    }
    return message;
}

} // namespace pgm
