#include "Interrupt.h"

#include <csignal>

namespace pgm {

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace

const std::atomic_bool* watchInterrupts() {
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    return &g_interrupted;
}

} // namespace pgm
