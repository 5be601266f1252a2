#pragma once

class QThreadPool;

namespace pgm {

/// The pool every blocking libpq call of the engine runs on.
///
/// Qt's global pool has only as many threads as cores (2 on small machines): filling it with
/// threads that wait on the network could starve the GUI's own tasks, so the engine keeps its own.
QThreadPool* engineThreadPool();

} // namespace pgm
