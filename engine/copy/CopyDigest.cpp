#include "CopyDigest.h"

#include "DigestColumns.h"
#include "PgHash.h"

#include <QRandomGenerator>
#include <algorithm>

namespace pgm {

namespace {

// "PGCOPY\n\377\r\n\0", then a 32-bit flags field and a 32-bit header extension length.
constexpr int kSignatureLength = 11;
constexpr int kFixedHeaderLength = kSignatureLength + 4 + 4;

quint32 bigEndian32(const char* data) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) |
           quint32(bytes[3]);
}

// A binary row: a 16-bit field count, then each field as a 32-bit length (-1 for NULL) and its
// bytes. The `s` columns (all of them when `letters` is empty) fold as a record of their bytes;
// the typed ones (DigestColumns.h) are hashed by type and XORed in. One that does not parse
// (never seen from a server) hashes whole, with another seed: no server computes that, so its
// table compares unequal and is read back.
quint64 binaryRowHash(const char* data, int length, quint64 seed, const QByteArray& letters) {
    if (length >= 2) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(data);
        const int fields = (int(bytes[0]) << 8) | int(bytes[1]);
        int at = 2;
        quint64 record = 0;
        quint64 typed = 0;
        int field = 0;
        const bool lettered = !letters.isEmpty();
        for (; field < fields && length - at >= 4 && (!lettered || field < letters.size());
             ++field) {
            const auto size = qint32(bigEndian32(data + at));
            at += 4;
            const char letter = lettered ? letters[field] : digest_column::kSent;
            if (size == -1) {
                if (letter == digest_column::kSent) {
                    record = pgFoldColumn(record, 0);
                }
                continue;
            }
            if (size < 0 || size > length - at) {
                break;
            }
            if (letter == digest_column::kSent) {
                record = pgFoldColumn(record, pgHashBytes(data + at, size, seed));
            } else {
                quint64 hash = 0;
                if (!typedColumnHash(letter, data + at, size, seed, field, &hash)) {
                    break;
                }
                typed ^= hash;
            }
            at += size;
        }
        if (field == fields && at == length && (!lettered || fields == letters.size())) {
            return record ^ typed;
        }
    }
    return pgHashBytes(data, length, ~seed);
}

} // namespace

CopyDigest CopyDigest::ofSum(qint64 rows, quint64 sum) {
    CopyDigest digest(true);
    digest.m_rows = rows;
    digest.m_sum = sum;
    return digest;
}

quint64 CopyDigest::seed() {
    static const quint64 drawn = [] {
        quint64 value = 0;
        while (value == 0) {
            value = QRandomGenerator::system()->generate64();
        }
        return value;
    }();
    return drawn;
}

void CopyDigest::add(const char* data, int length) {
    if (m_binary && !m_headerSeen) {
        // The header travels with the first row (or the trailer, for no rows): it is the same
        // on both sides, but it would tie its hash to whichever row comes first.
        m_headerSeen = true;
        if (length >= kFixedHeaderLength) {
            const qint64 skip =
                qint64(kFixedHeaderLength) + bigEndian32(data + kSignatureLength + 4);
            const int header = int(std::min<qint64>(skip, length));
            data += header;
            length -= header;
        }
        if (length == 0) {
            return;
        }
    }
    // The binary trailer: a field count of -1, alone in the last message.
    if (m_binary && length == 2 && static_cast<unsigned char>(data[0]) == 0xff &&
        static_cast<unsigned char>(data[1]) == 0xff) {
        return;
    }
    // Two rows that differ must hash differently with overwhelming probability; a 64-bit hash
    // and a sum modulo 2^64 keep a changed row's chance of going unseen at 2^-64.
    m_sum += m_binary ? digestRowHash(binaryRowHash(data, length, seed(), m_letters), seed())
                      : pgHashBytes(data, length, seed());
    ++m_rows;
}

QString CopyDigest::text() const {
    return QString::number(m_sum);
}

} // namespace pgm
