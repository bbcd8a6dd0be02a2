// RetryWhileBusy: runs an SQLite call again while another connection holds
// the lock it needs. The busy timeout makes SQLite itself wait in most
// cases, but some calls return SQLITE_BUSY at once whatever the timeout:
// a reader that meets another connection recovering the WAL index
// (SQLITE_BUSY_RECOVERY), a journal-mode change racing another process's
// first open of a new database. Those are retried here.
#ifndef PLANROWS_PIPELINE_STORE_BUSY_RETRY_H_
#define PLANROWS_PIPELINE_STORE_BUSY_RETRY_H_

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace planrows {

// How long a connection waits for another's lock before it fails; the
// busy timeout every connection gets, and the bound of RetryWhileBusy.
constexpr int kBusyTimeoutMs = 10000;

// Returns what `attempt` (a callable returning an SQLite result code)
// returns once it is not SQLITE_BUSY, or SQLITE_BUSY after kBusyTimeoutMs.
template <typename Attempt>
int RetryWhileBusy(const Attempt& attempt) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  std::chrono::milliseconds pause(1);
  while (true) {
    int rc = attempt();
    if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) return rc;
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
}

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_BUSY_RETRY_H_
