// ProgressLine: the text of the progress bar: documents and pages done, the
// rate, the time left and, while a document is being read, the page it is
// at, so that a long scanned PDF shows how far it has come.
#ifndef PLANROWS_PIPELINE_CLI_PROGRESS_LINE_H_
#define PLANROWS_PIPELINE_CLI_PROGRESS_LINE_H_

#include <cstddef>
#include <string>

namespace planrows {

struct ProgressLine {
  size_t total = 0;  // Documents in the batch.
  size_t done = 0;   // Documents done.
  size_t pages = 0;  // Pages of the documents done.
  // The file name of the document being read; empty when no page has been
  // reported since the last document was done: then `page` and `page_count`
  // are of a document done, and not shown.
  std::string file;
  int page = 0;        // The page of `file` being read, from 1.
  int page_count = 0;  // The pages of `file`.

  // The line after `seconds` of the batch, without the carriage return, as
  // "[###   ] 3/10 documents, 120 pages, 0.5 documents/s, 0:14 left, plan.pdf
  // page 12 of 40". The bar counts the pages of `file` read as part of a
  // document, so that it moves during a long one.
  std::string Text(double seconds) const;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_PROGRESS_LINE_H_
