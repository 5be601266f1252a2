#include "EngineThreadPool.h"

#include <QThreadPool>

namespace pgm {

QThreadPool* engineThreadPool() {
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool;
        // Most engine threads wait on servers, not on the CPU: allow many more than cores.
        created->setMaxThreadCount(32);
        created->setExpiryTimeout(30000);
        return created;
    }();
    return pool;
}

} // namespace pgm
