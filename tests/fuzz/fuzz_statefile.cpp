// State files as a disk, a crash or an editor may leave them: StateStore::parse must refuse
// what it cannot use with an error, never crash, and what it accepts must survive a round trip.
#include "StateStore.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString id = QStringLiteral("20261121-120000-abcd");
    QString error;
    const auto state = pgm::StateStore::parse(bytes, id, QStringLiteral("/fuzz"), &error);
    if (!state) {
        if (error.isEmpty()) {
            std::abort(); // refused without saying why
        }
        return 0;
    }
    (void)state->toStatusJson(false);
    (void)state->overallStatus(false);
    const QByteArray again = QJsonDocument(state->toJson()).toJson();
    if (!pgm::StateStore::parse(again, id, QStringLiteral("/fuzz"), &error)) {
        std::abort(); // what it wrote, it must read back
    }
    return 0;
}
