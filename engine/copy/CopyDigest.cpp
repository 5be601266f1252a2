#include "CopyDigest.h"

#include <QHashFunctions>
#include <cstring>

namespace pgm {

namespace {

// "PGCOPY\n\377\r\n\0", then a 32-bit flags field and a 32-bit header extension length.
constexpr int kSignatureLength = 11;
constexpr int kFixedHeaderLength = kSignatureLength + 4 + 4;
// Any fixed value: both sides of a comparison hash in this process with the same one.
constexpr size_t kSeed = 0x70676d6967726174ULL;

quint32 bigEndian32(const char* data) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) |
           quint32(bytes[3]);
}

} // namespace

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
    m_sum += quint64(qHashBits(data, size_t(length), kSeed));
    ++m_rows;
}

QString CopyDigest::text() const {
    return QString::number(m_sum);
}

} // namespace pgm
