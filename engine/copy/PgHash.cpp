#include "PgHash.h"

#include <cstring>

namespace pgm {

namespace {

constexpr quint32 rotateLeft(quint32 value, int bits) {
    return (value << bits) | (value >> (32 - bits));
}

quint32 littleEndian32(const unsigned char* bytes) {
    return quint32(bytes[0]) | (quint32(bytes[1]) << 8) | (quint32(bytes[2]) << 16) |
           (quint32(bytes[3]) << 24);
}

struct Lookup3 {
    quint32 a;
    quint32 b;
    quint32 c;

    void mix() {
        a -= c;
        a ^= rotateLeft(c, 4);
        c += b;
        b -= a;
        b ^= rotateLeft(a, 6);
        a += c;
        c -= b;
        c ^= rotateLeft(b, 8);
        b += a;
        a -= c;
        a ^= rotateLeft(c, 16);
        c += b;
        b -= a;
        b ^= rotateLeft(a, 19);
        a += c;
        c -= b;
        c ^= rotateLeft(b, 4);
        b += a;
    }

    void finish() {
        c ^= b;
        c -= rotateLeft(b, 14);
        a ^= c;
        a -= rotateLeft(c, 11);
        b ^= a;
        b -= rotateLeft(a, 25);
        c ^= b;
        c -= rotateLeft(b, 16);
        a ^= c;
        a -= rotateLeft(c, 4);
        b ^= a;
        b -= rotateLeft(a, 14);
        c ^= b;
        c -= rotateLeft(b, 24);
    }
};

} // namespace

quint64 pgHashUint32(quint32 value, quint64 seed) {
    const quint32 start = 0x9e3779b9U + quint32(sizeof(quint32)) + 3923095U;
    Lookup3 state{start, start, start};
    if (seed != 0) {
        state.a += quint32(seed >> 32);
        state.b += quint32(seed);
        state.mix();
    }
    state.a += value;
    state.finish();
    return (quint64(state.b) << 32) | state.c;
}

quint64 pgHashBytes(const char* data, qsizetype length, quint64 seed) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    // The server takes the length as an int: a value is at most 1 GB.
    auto left = quint32(length);
    const quint32 start = 0x9e3779b9U + left + 3923095U;
    Lookup3 state{start, start, start};
    if (seed != 0) {
        // The seed as one more 12-byte block, its last four bytes zero.
        state.a += quint32(seed >> 32);
        state.b += quint32(seed);
        state.mix();
    }
    for (; left >= 12; left -= 12, bytes += 12) {
        state.a += littleEndian32(bytes);
        state.b += littleEndian32(bytes + 4);
        state.c += littleEndian32(bytes + 8);
        state.mix();
    }
    // The last 0 to 11 bytes, zero-padded; c's lowest byte stays clear (lookup3 kept it for the
    // length, which this variant does not add).
    unsigned char tail[12] = {};
    std::memcpy(tail, bytes, left);
    state.a += littleEndian32(tail);
    state.b += littleEndian32(tail + 4);
    state.c += littleEndian32(tail + 8) << 8;
    state.finish();
    return (quint64(state.b) << 32) | state.c;
}

} // namespace pgm
