// Ingestor: runs the whole pipeline over a batch of files: read and
// extract, recover rows, store. Extraction, recovery and normalization run
// on worker threads, at most two documents per worker ahead of the store,
// so memory stays flat in the batch size. Documents are stored in input
// order; those ready together are stored in one transaction, each in a
// savepoint of its own, so that a document is stored whole or not at all
// and a failing file never disturbs the others: whatever one document's
// reading, recovery or storing throws, even out of memory, becomes its own
// error report and the batch goes on.
#ifndef PLANROWS_PIPELINE_INGEST_INGESTOR_H_
#define PLANROWS_PIPELINE_INGEST_INGESTOR_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/ingest/document_reader.h"
#include "pipeline/normalize/value_normalizer.h"
#include "pipeline/recovery/plan_recoverer.h"
#include "pipeline/store/store.h"

namespace planrows {

// What happened to one input file.
struct FileReport {
  std::string path;
  Status status;                 // Not ok: the file was skipped; `status.message()` says why.
  bool unchanged = false;        // Stored before with the same content; nothing done.
  bool replaced = false;         // Replaced an earlier version's rows.
  std::string copy_of;           // Not empty: the same bytes are stored from this path; nothing done.
  size_t rows = 0;
  int pages = 0;
  std::string kind;
  std::vector<std::string> warnings;
};

struct IngestOptions {
  ReaderOptions reader;
  int jobs = 1;  // Worker threads for extraction and recovery.
  // The board of every file of the batch, whatever they print; empty: the
  // board each names.
  std::string board;
};

class Ingestor {
 public:
  Ingestor(Store* store, std::shared_ptr<const RecoveryRules> rules,
           std::shared_ptr<const ValueNormalizer> normalizer, IngestOptions options);

  // Ingests `files`, calling `report` for each file as it is stored (in
  // input order, on the calling thread).
  void Run(const std::vector<std::string>& files, const std::function<void(const FileReport&)>& report);

 private:
  struct Work;
  // Reads and hashes one file, notes the path the store knows it by, and
  // looks whether the store has it unchanged or under another path.
  Status Hash(const std::string& path, Work* work) const;
  // Reads, extracts and recovers one file; runs on a worker thread.
  void Prepare(const std::string& path, DocumentReader* reader, Work* work) const;
  // Stores a prepared file; runs on the calling thread.
  FileReport Save(const std::string& path, Work* work);
  // Save, with whatever it throws made the file's error.
  FileReport SaveContained(const std::string& path, Work* work);
  // Stores the prepared files [first, end) and returns their reports: in
  // one transaction when it commits, else each in a transaction of its own.
  std::vector<FileReport> SaveGroup(const std::vector<std::string>& files, std::vector<Work>& works, size_t first,
                                    size_t end);
  // Stores the prepared files [first, end) in one transaction; nothing when
  // it could not be begun or committed (then none of them is stored).
  std::optional<std::vector<FileReport>> SaveTogether(const std::vector<std::string>& files,
                                                      std::vector<Work>& works, size_t first, size_t end);

  Store* store_;
  PlanRecoverer recoverer_;
  std::shared_ptr<const ValueNormalizer> normalizer_;
  IngestOptions options_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_INGEST_INGESTOR_H_
