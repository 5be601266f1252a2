#include "SecretSpans.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

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

namespace {

/// Every occurrence of every form in `message` marked at once, each run of marked characters
/// replaced by "***": replacing one form after the other let a secret that overlaps another
/// (an earlier one's replacement cut through it) survive in part, and then whole elsewhere.
/// Forms of three characters or fewer may stand inside "***" itself: they count in the
/// first pass only. Passes go on until nothing matches: every pass after the first replaces
/// runs of four characters or more by three, so the message shrinks and the passes end. A
/// fixed number was not enough (found by fuzz_conninfo): a secret of 13 replacement
/// characters and a '*' matched again, pass after pass, at the end of a long run of them
/// followed by a mask, each pass eating 13 of the run.
QString maskAll(QString message, const QStringList& forms) {
    const QString mask = QStringLiteral("***");
    for (int pass = 0;; ++pass) {
        QList<bool> marked(message.size(), false);
        bool any = false;
        for (const QString& form : forms) {
            if (form.isEmpty() || (pass > 0 && form.size() <= mask.size())) {
                continue;
            }
            for (qsizetype at = message.indexOf(form); at >= 0;
                 at = message.indexOf(form, at + 1)) {
                std::fill(marked.begin() + at, marked.begin() + at + form.size(), true);
                any = true;
            }
        }
        if (!any) {
            break;
        }
        QString masked;
        for (qsizetype i = 0; i < message.size(); ++i) {
            if (!marked[i]) {
                masked += message[i];
            } else if (i == 0 || !marked[i - 1]) {
                masked += mask;
            }
        }
        // Replacements shrink the message (forms past the first pass are longer than the
        // mask), so a secret that the masks and their neighbours spell again goes next pass.
        message = masked;
    }
    return message;
}

} // namespace

QString redactSecrets(QString message, const QString& input) {
    QStringList forms;
    for (const auto& [start, length] : secretSpans(input)) {
        const QString secret = input.mid(start, length);
        forms << secret << QUrl::fromPercentEncoding(secret.toUtf8());
    }
    return maskAll(std::move(message), forms);
}

} // namespace pgm
