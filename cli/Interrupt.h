#pragma once

#include <atomic>

namespace pgm {

/// Ctrl-C (SIGINT) and SIGTERM raise this flag, which the engine polls to cancel cleanly; a
/// second signal kills at once.
const std::atomic_bool* watchInterrupts();

} // namespace pgm
