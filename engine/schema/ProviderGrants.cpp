#include "ProviderGrants.h"

#include "ManagedService.h"

#include <QRegularExpression>

namespace pgm {

namespace {

struct Token {
    QString text;
    bool quoted = false;
};

/// Words, double-quoted identifiers ("" inside is one quote) and single characters.
QList<Token> tokenize(const QString& statement) {
    QList<Token> tokens;
    const auto word = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
    };
    qsizetype i = 0;
    while (i < statement.size()) {
        const QChar c = statement[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            Token token{{}, true};
            ++i;
            while (i < statement.size()) {
                if (statement[i] == QLatin1Char('"')) {
                    if (i + 1 < statement.size() && statement[i + 1] == QLatin1Char('"')) {
                        token.text += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                token.text += statement[i++];
            }
            tokens << token;
        } else if (word(c)) {
            const qsizetype start = i;
            while (i < statement.size() && word(statement[i])) {
                ++i;
            }
            tokens << Token{statement.mid(start, i - start), false};
        } else {
            tokens << Token{QString(c), false};
            ++i;
        }
    }
    return tokens;
}

bool keyword(const Token& token, const char* word) {
    return !token.quoted && token.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

bool isProvider(const Token& token) {
    // An unquoted name is folded to lower case by the server.
    return providerOfRole(token.quoted ? token.text : token.text.toLower()) != ManagedService::None;
}

} // namespace

QString scriptEncoding(const QByteArray& script) {
    static const QRegularExpression set(
        QStringLiteral("^SET client_encoding = '([A-Za-z0-9_]+)';$"),
        QRegularExpression::MultilineOption);
    // The header's ASCII lines come before any name: a byte per character reads them.
    const auto match = set.match(QString::fromLatin1(script.left(4096)));
    return match.hasMatch() ? match.captured(1).toUpper() : QStringLiteral("UTF8");
}

QMap<int, QStringList> statementsByEntry(const QString& script) {
    static const QRegularExpression entry(QStringLiteral("^-- TOC entry (\\d+) "));
    QMap<int, QStringList> statements;
    int current = 0;
    QString statement;
    bool lineStart = true;
    qsizetype i = 0;
    const auto skipLine = [&]() {
        const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
        const qsizetype next = end < 0 ? script.size() : end + 1;
        QString line = script.mid(i, next - i);
        i = next;
        lineStart = true;
        return line;
    };
    while (i < script.size()) {
        const QChar c = script[i];
        if (lineStart && statement.trimmed().isEmpty() && c == QLatin1Char('\\')) {
            skipLine(); // a psql meta-command (\restrict, \unrestrict)
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < script.size() && script[i + 1] == QLatin1Char('-')) {
            const auto match = entry.match(skipLine());
            if (match.hasMatch()) {
                current = match.captured(1).toInt();
            }
            continue;
        }
        lineStart = c == QLatin1Char('\n');
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = script.indexOf(c, i + 1);
            const qsizetype next = end < 0 ? script.size() : end + 1;
            statement += script.mid(i, next - i); // "" and '' are two quoted runs in a row
            i = next;
            lineStart = false;
            continue;
        }
        ++i;
        if (c == QLatin1Char(';')) {
            if (!statement.trimmed().isEmpty()) {
                statements[current] << statement.trimmed();
            }
            statement.clear();
            continue;
        }
        statement += c;
    }
    return statements;
}

bool namesProviderRole(const QString& statement) {
    const QList<Token> tokens = tokenize(statement);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const bool rolePosition =
            keyword(tokens[i], "TO") || keyword(tokens[i], "FROM") ||
            (keyword(tokens[i], "ROLE") && i > 0 && keyword(tokens[i - 1], "FOR")) ||
            (keyword(tokens[i], "AUTHORIZATION") && i > 0 && keyword(tokens[i - 1], "SESSION"));
        if (rolePosition && isProvider(tokens[i + 1])) {
            return true;
        }
    }
    return false;
}

QString sessionAuthorizationRole(const QString& statement) {
    const QList<Token> tokens = tokenize(statement);
    if (tokens.size() != 4 || !keyword(tokens[0], "SET") || !keyword(tokens[1], "SESSION") ||
        !keyword(tokens[2], "AUTHORIZATION") || keyword(tokens[3], "DEFAULT")) {
        return {};
    }
    return tokens[3].quoted ? tokens[3].text : tokens[3].text.toLower();
}

QStringList withoutProviderRoles(const QStringList& statements) {
    QStringList kept;
    for (const QString& statement : statements) {
        if (!namesProviderRole(statement)) {
            kept << statement;
        }
    }
    return kept;
}

} // namespace pgm
