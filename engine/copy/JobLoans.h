#pragma once

#include <atomic>

namespace pgm {

/// The jobs of a run's `--jobs` that nothing uses at the moment: a database's share while it is
/// not running, a table worker's once no table is left for it. Work that can split (reading a
/// large table back from the target) borrows them for a while and repays them, so a database
/// left with one big table still uses every job the run was given.
///
/// Lenders take their jobs back when they need them again, without waiting for loans to end:
/// the count may then go below zero, and the run holds one more session than `--jobs` until the
/// loan (one read-back) ends. Nothing is borrowed while the count is not positive.
class JobLoans {
public:
    /// Jobs become spare (a database finished, a table worker found no table left).
    void lend(int jobs) { m_spare.fetch_add(jobs); }
    /// Their owner needs them again.
    void reclaim(int jobs) { m_spare.fetch_sub(jobs); }
    /// Takes up to `wanted` spare jobs; returns how many (maybe none).
    int borrow(int wanted);
    /// Gives borrowed jobs back.
    void repay(int jobs) { m_spare.fetch_add(jobs); }
    int spare() const { return m_spare.load(); }

private:
    std::atomic_int m_spare{0};
};

/// Jobs borrowed for one piece of work, repaid when it ends however it ends.
class BorrowedJobs {
public:
    BorrowedJobs(JobLoans& loans, int wanted)
        : m_loans(loans)
        , m_count(wanted > 0 ? loans.borrow(wanted) : 0) {}
    ~BorrowedJobs() { m_loans.repay(m_count); }
    BorrowedJobs(const BorrowedJobs&) = delete;
    BorrowedJobs& operator=(const BorrowedJobs&) = delete;

    int count() const { return m_count; }

private:
    JobLoans& m_loans;
    int m_count;
};

} // namespace pgm
