#pragma once

#include <cstddef>
#include <functional>

namespace pgm {

/// Runs `work(i)` for every i in [0, count), each once, on up to `parallel` threads (the
/// caller's among them), and returns when all are done. For work that mostly waits on servers
/// (sessions to open, round trips): one database after another, 200 databases cost seconds.
/// What a call throws is thrown again here, the lowest index's first, once every call ended.
void forEachAtOnce(std::size_t count, std::size_t parallel,
                   const std::function<void(std::size_t)>& work);

} // namespace pgm
