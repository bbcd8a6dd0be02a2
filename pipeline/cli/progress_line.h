// ProgressLine: the text of the progress bar: documents and pages done, the
// rate, the time left and, while documents are being read, the page each is
// at, so that a long scanned PDF shows how far it has come, at any --jobs.
#ifndef PLANROWS_PIPELINE_CLI_PROGRESS_LINE_H_
#define PLANROWS_PIPELINE_CLI_PROGRESS_LINE_H_

#include <cstddef>
#include <string>
#include <vector>

namespace planrows {

class ProgressLine {
 public:
  // A line for a batch of `total` documents.
  explicit ProgressLine(size_t total) : total_(total) {}

  // Notes that page `page` (from 1) of the `pages` of the document at `path`
  // is being read.
  void Reading(const std::string& path, int page, int pages);
  // Counts the document at `path`, of `pages` pages, as done.
  void Done(const std::string& path, int pages);
  // Documents done.
  size_t done() const { return done_; }
  size_t total() const { return total_; }

  // The line after `seconds` of the batch, without the carriage return, as
  // "[###   ] 3/10 documents, 120 pages, 0.5 documents/s, 0:14 left, plan.pdf
  // page 12 of 40 (+1 more)": the document read longest, and how many others
  // are read beside it. The pages read of documents not done count as parts
  // of documents in the bar, the rate and the time left, so that they move
  // during a long one.
  std::string Text(double seconds) const;

 private:
  struct DocumentBeingRead {
    std::string path;
    int page = 0;
    int pages = 0;
  };

  // The documents done and the parts of those being read.
  double DocumentsRead() const;

  size_t total_;
  size_t done_ = 0;
  size_t pages_ = 0;  // Of the documents done.
  std::vector<DocumentBeingRead> reading_;  // In the order their first page was reported.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_PROGRESS_LINE_H_
