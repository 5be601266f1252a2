#include "JobLoans.h"

#include <algorithm>

namespace pgm {

int JobLoans::borrow(int wanted) {
    int spare = m_spare.load();
    for (;;) {
        const int taken = std::min(wanted, spare);
        if (taken <= 0) {
            return 0;
        }
        if (m_spare.compare_exchange_weak(spare, spare - taken)) {
            return taken;
        }
    }
}

} // namespace pgm
