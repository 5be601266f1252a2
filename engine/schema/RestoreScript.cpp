#include "RestoreScript.h"

namespace pgm {

namespace {

bool identifierByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || (static_cast<unsigned char>(c) >= 0x80);
}

bool tagStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (static_cast<unsigned char>(c) >= 0x80);
}

/// Where the scanner is: outside everything (Top) or inside one construct.
enum class Where { Top, String, EscapeString, QuotedName, DollarBody, LineComment, BlockComment };

/// A scanner over the script's bytes (UTF-8: every byte that matters is ASCII).
class Scanner {
public:
    explicit Scanner(const QByteArray& text)
        : m_text(text) {}

    /// Moves past the byte at `i` (and what belongs with it); returns the next position.
    qsizetype step(qsizetype i) {
        switch (m_where) {
        case Where::Top:
            return stepTop(i);
        case Where::String:
        case Where::EscapeString:
            return stepString(i);
        case Where::QuotedName:
            if (m_text[i] == '"') {
                if (at(i + 1) == '"') {
                    return i + 2;
                }
                m_where = Where::Top;
            }
            return i + 1;
        case Where::DollarBody:
            if (m_text[i] == '$' && m_text.mid(i, m_tag.size()) == m_tag) {
                m_where = Where::Top;
                return i + m_tag.size();
            }
            return i + 1;
        case Where::LineComment:
            if (m_text[i] == '\n') {
                m_where = Where::Top;
            }
            return i + 1;
        case Where::BlockComment:
            return stepBlockComment(i);
        }
        return i + 1;
    }

    bool atTop() const { return m_where == Where::Top; }
    /// Bytes seen so far that are neither comment nor white space outside everything.
    qsizetype significant() const { return m_significant; }
    /// Outside everything, and the last statement ended (its semicolon is the last byte that
    /// is neither a comment nor white space).
    bool betweenStatements() const {
        return m_where == Where::Top && (m_lastSignificant == ';' || m_lastSignificant == '\0');
    }

private:
    char at(qsizetype i) const { return i < m_text.size() ? m_text[i] : '\0'; }

    qsizetype stepTop(qsizetype i) {
        const char c = m_text[i];
        const char before = i > 0 ? m_text[i - 1] : '\0';
        const bool comment = (c == '-' && at(i + 1) == '-') || (c == '/' && at(i + 1) == '*');
        if (!comment && c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            m_lastSignificant = c;
            ++m_significant;
        }
        if (c == '\'') {
            // E'...' takes backslash escapes (standard_conforming_strings aside).
            const bool escape =
                (before == 'E' || before == 'e') && (i < 2 || !identifierByte(m_text[i - 2]));
            m_where = escape ? Where::EscapeString : Where::String;
        } else if (c == '"') {
            m_where = Where::QuotedName;
        } else if (c == '-' && at(i + 1) == '-') {
            m_where = Where::LineComment;
            return i + 2;
        } else if (c == '/' && at(i + 1) == '*') {
            m_where = Where::BlockComment;
            m_depth = 1;
            return i + 2;
        } else if (c == '$' && !identifierByte(before)) {
            qsizetype end = i + 1;
            if (tagStart(at(end))) {
                while (end < m_text.size() && identifierByte(m_text[end]) && m_text[end] != '$') {
                    ++end;
                }
            }
            if (at(end) == '$') { // $tag$ or $$; $1 (a parameter) is no body
                m_tag = m_text.mid(i, end + 1 - i);
                m_where = Where::DollarBody;
                return end + 1;
            }
        }
        return i + 1;
    }

    qsizetype stepString(qsizetype i) {
        const char c = m_text[i];
        if (c == '\\' && m_where == Where::EscapeString) {
            return i + 2;
        }
        if (c == '\'') {
            if (at(i + 1) == '\'') {
                return i + 2;
            }
            m_where = Where::Top;
        }
        return i + 1;
    }

    qsizetype stepBlockComment(qsizetype i) {
        if (m_text[i] == '/' && at(i + 1) == '*') {
            ++m_depth;
            return i + 2;
        }
        if (m_text[i] == '*' && at(i + 1) == '/') {
            if (--m_depth == 0) {
                m_where = Where::Top;
            }
            return i + 2;
        }
        return i + 1;
    }

    const QByteArray& m_text;
    Where m_where = Where::Top;
    QByteArray m_tag;
    int m_depth = 0;
    char m_lastSignificant = '\0';
    qsizetype m_significant = 0;
};

/// pg_restore's own meta-commands, which only psql reads.
bool restrictLine(const QByteArray& line) {
    return line.startsWith("\\restrict ") || line.startsWith("\\unrestrict ") ||
           line == "\\restrict" || line == "\\unrestrict";
}

} // namespace

std::optional<QByteArrayList> splitRestoreScript(const QByteArray& script, qsizetype pieceBytes,
                                                 QString* refused) {
    QByteArrayList pieces;
    QByteArray piece;
    qsizetype kept = 0; // start of the script's bytes not yet in `piece`
    Scanner scanner(script);
    qsizetype pieceStart = 0; // scanner.significant() where `piece` began
    qsizetype i = 0;
    while (i < script.size()) {
        const bool lineStart = i == 0 || script[i - 1] == '\n';
        if (lineStart && scanner.atTop() && script[i] == '\\') {
            qsizetype end = script.indexOf('\n', i);
            end = end < 0 ? script.size() : end + 1;
            const QByteArray line = script.mid(i, end - i).trimmed();
            if (!restrictLine(line)) {
                *refused = QString::fromUtf8(line.left(40));
                return std::nullopt;
            }
            piece += script.mid(kept, i - kept);
            kept = i = end;
            continue;
        }
        // A header's first line: a comment line after a blank one.
        const bool afterBlank = i >= 2 && script[i - 1] == '\n' && script[i - 2] == '\n';
        if (afterBlank && scanner.betweenStatements() && script.mid(i, 2) == "--" &&
            piece.size() + (i - kept) >= pieceBytes) {
            piece += script.mid(kept, i - kept);
            pieces << piece;
            piece.clear();
            kept = i;
            pieceStart = scanner.significant();
        }
        i = scanner.step(i);
    }
    piece += script.mid(kept);
    if (scanner.significant() > pieceStart) {
        pieces << piece;
    } else if (!pieces.isEmpty()) {
        pieces.last() += piece; // the closing comments: not worth a round trip
    }
    return pieces;
}

} // namespace pgm
