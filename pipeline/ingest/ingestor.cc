#include "pipeline/ingest/ingestor.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "pipeline/base/deadline.h"
#include "pipeline/ingest/contained.h"
#include "pipeline/store/sha256.h"
#include "pipeline/store/transaction.h"

namespace planrows {

struct Ingestor::Work {
  Status status;
  bool unchanged = false;
  std::string copy_of;
  std::string store_path;  // The path the store knows the file by.
  std::string sha256;
  int64_t size = 0;
  int pages = 0;
  std::string kind;
  RecoveredPlan plan;
  bool done = false;

  // Whether the file is to be stored: read without error, and neither
  // stored before nor a copy of a stored file.
  bool ToStore() const { return status.ok() && !unchanged && copy_of.empty(); }
};

namespace {

// The path a document is known by in the store: absolute and normalized,
// so that the same file given two ways is one document.
std::string StorePath(const std::string& path) {
  std::error_code error;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
  return error ? path : canonical.string();
}

// The error of a document whose `deadline` passed during `stage`.
Status TimeLimitReached(const Deadline& deadline, const char* stage) {
  return Status::InvalidInput(
      fmt::format("time limit of {} s reached while {} (--time-limit)", deadline.seconds(), stage));
}

}  // namespace

Ingestor::Ingestor(Store* store, std::shared_ptr<const RecoveryRules> rules,
                   std::shared_ptr<const ValueNormalizer> normalizer, IngestOptions options)
    : store_(store), recoverer_(std::move(rules)), normalizer_(std::move(normalizer)), options_(std::move(options)) {}

Status Ingestor::Hash(const std::string& path, Work* work) const {
  Result<std::string> bytes = DocumentReader::ReadBytes(path, options_.reader.max_bytes);
  if (!bytes.ok()) return bytes.status();
  work->sha256 = Sha256Hex(*bytes);
  work->size = static_cast<int64_t>(bytes->size());
  work->store_path = StorePath(path);
  Result<bool> unchanged = store_->IsUnchanged(work->store_path, work->sha256);
  work->unchanged = unchanged.ok() && *unchanged;
  Result<std::string> copy_of = store_->CopyOf(work->store_path, work->sha256);
  if (copy_of.ok() && !work->unchanged) work->copy_of = *copy_of;
  return Status::Ok();
}

void Ingestor::Prepare(const std::string& path, DocumentReader* reader, Work* work) const {
  // The extractor checks the time between pages and the recoverer between
  // its steps and lines; whether either stopped for it is checked here.
  const Deadline deadline(options_.reader.limits.time_limit_seconds);
  Result<ReadDocument> document = reader->Read(path);
  if (!document.ok()) {
    work->status = document.status();
    return;
  }
  if (deadline.Passed()) {
    work->status = TimeLimitReached(deadline, "reading");
    return;
  }
  work->pages = static_cast<int>(document->text.pages.size());
  work->kind = document->kind;
  work->plan = recoverer_.Recover(document->text, &deadline);
  if (deadline.Passed()) {
    work->status = TimeLimitReached(deadline, "recovering rows");
    work->plan = RecoveredPlan();
    return;
  }
  work->plan.warnings.insert(work->plan.warnings.begin(), document->text.warnings.begin(),
                             document->text.warnings.end());
  if (work->plan.rows.empty()) work->status = Status::InvalidInput("no action rows found; is it a plan?");
  if (!options_.board.empty()) work->plan.info.board = options_.board;
  normalizer_->Normalize(&work->plan);
}

FileReport Ingestor::Save(const std::string& path, Work* work) {
  FileReport report;
  report.path = path;
  report.status = work->status;
  report.unchanged = work->unchanged;
  report.copy_of = work->copy_of;
  if (!work->ToStore()) return report;
  DocumentSource source;
  source.path = work->store_path;
  source.file_name = std::filesystem::path(path).filename().string();
  source.sha256 = work->sha256;
  source.size_bytes = work->size;
  source.page_count = work->pages;
  source.kind = work->kind;
  Result<SaveOutcome> saved = store_->SaveDocument(source, work->plan);
  if (!saved.ok()) {
    report.status = saved.status();
    return report;
  }
  report.replaced = *saved == SaveOutcome::kReplaced;
  report.unchanged = *saved == SaveOutcome::kUnchanged;
  report.rows = work->plan.rows.size();
  report.pages = work->pages;
  report.kind = work->kind;
  report.warnings = work->plan.warnings;
  return report;
}

FileReport Ingestor::SaveContained(const std::string& path, Work* work) {
  FileReport saved;
  Status status = Contained([&] {
    saved = Save(path, work);
    return Status::Ok();
  });
  if (status.ok()) return saved;
  FileReport failed;
  failed.path = path;
  failed.status = status;
  return failed;
}

std::optional<std::vector<FileReport>> Ingestor::SaveTogether(const std::vector<std::string>& files,
                                                              std::vector<Work>& works, size_t first, size_t end) {
  Transaction group(store_->database());
  if (!group.Begin().ok()) return std::nullopt;
  std::vector<FileReport> reports;
  for (size_t i = first; i < end && group.Active(); ++i) reports.push_back(SaveContained(files[i], &works[i]));
  if (!group.Active() || !group.Commit().ok()) return std::nullopt;
  return reports;
}

std::vector<FileReport> Ingestor::SaveGroup(const std::vector<std::string>& files, std::vector<Work>& works,
                                            size_t first, size_t end) {
  // Files stored before, or not read, need no transaction.
  auto to_store = std::count_if(works.begin() + first, works.begin() + end, [](const Work& w) { return w.ToStore(); });
  if (to_store > 1) {
    std::optional<std::vector<FileReport>> together = SaveTogether(files, works, first, end);
    if (together) return std::move(*together);
  }
  std::vector<FileReport> reports;
  for (size_t i = first; i < end; ++i) reports.push_back(SaveContained(files[i], &works[i]));
  return reports;
}

void Ingestor::Run(const std::vector<std::string>& files, const std::function<void(const FileReport&)>& report) {
  std::vector<Work> works(files.size());
  // Hash first, on this thread, so that unchanged files skip extraction.
  for (size_t i = 0; i < files.size(); ++i) {
    works[i].status = Contained([&] { return Hash(files[i], &works[i]); });
    works[i].done = !works[i].ToStore();
  }

  std::mutex mutex;
  std::condition_variable finished, stored_one;
  std::atomic<size_t> next{0};
  size_t stored = 0;  // Documents handed to `report`; guarded by `mutex`.
  // Workers prepare at most this many documents ahead of the one being
  // stored, so that memory stays flat however long the batch (issue 10:
  // unbounded, 5,000 text plans at --jobs 2 took 173 MB, 1,000 took 57 MB).
  const size_t ahead = 2 * static_cast<size_t>(std::max(1, options_.jobs));
  auto worker = [&]() {
    auto reader = std::make_unique<DocumentReader>(options_.reader);
    for (size_t i; (i = next++) < files.size();) {
      if (works[i].done) continue;
      {
        std::unique_lock<std::mutex> lock(mutex);
        stored_one.wait(lock, [&] { return i < stored + ahead; });
      }
      Status status = Contained([&] {
        Prepare(files[i], reader.get(), &works[i]);
        return Status::Ok();
      });
      if (!status.ok()) {
        works[i].status = status;
        works[i].plan = RecoveredPlan();
        reader = std::make_unique<DocumentReader>(options_.reader);  // Its state is unknown now.
      }
      std::lock_guard<std::mutex> lock(mutex);
      works[i].done = true;
      finished.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < std::max(1, options_.jobs); ++t) threads.emplace_back(worker);
  for (size_t first = 0; first < files.size();) {
    size_t end = first + 1;
    {
      std::unique_lock<std::mutex> lock(mutex);
      finished.wait(lock, [&] { return works[first].done; });
      // The documents ready behind it are stored with it, in one
      // transaction: a commit per document took a fifth of storing's time.
      while (end < files.size() && end < first + ahead && works[end].done) ++end;
    }
    for (const FileReport& saved : SaveGroup(files, works, first, end)) report(saved);
    for (size_t i = first; i < end; ++i) works[i].plan = RecoveredPlan();  // Free each document once stored.
    std::lock_guard<std::mutex> lock(mutex);
    stored = first = end;
    stored_one.notify_all();
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace planrows
