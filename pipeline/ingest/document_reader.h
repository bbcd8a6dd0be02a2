// DocumentReader: reads one input file and extracts its text with the
// extractor its content calls for (PDF by its signature, else text).
#ifndef PLANROWS_PIPELINE_INGEST_DOCUMENT_READER_H_
#define PLANROWS_PIPELINE_INGEST_DOCUMENT_READER_H_

#include <cstdint>
#include <string>

#include "extractors/extract_limits.h"
#include "extractors/page_text.h"
#include "extractors/pdf_extractor.h"
#include "pipeline/base/result.h"

namespace planrows {

struct ReaderOptions {
  std::string pdf_password;
  bool ocr = true;                          // OCR pages that have no text layer.
  int64_t max_bytes = 100LL * 1000 * 1000;  // Larger files are refused, not read (--max-file-mb).
  ExtractLimits limits;                     // Pages, OCR pixels, line length, time.
  PageProgress on_page;  // Told of each page of a PDF before it is read, on the worker reading it; may be empty.
};

// A file's bytes and what was extracted from them.
struct ReadDocument {
  std::string bytes;
  DocumentText text;
  std::string kind;  // "text", "pdf", "scan" or "mixed".
};

class DocumentReader {
 public:
  explicit DocumentReader(ReaderOptions options);

  // Reads and extracts `path`. Errors are one line and do not name the file
  // (the caller does).
  Result<ReadDocument> Read(const std::string& path);

  // Reads the whole file at `path`, refusing files over `max_bytes`.
  static Result<std::string> ReadBytes(const std::string& path, int64_t max_bytes);

 private:
  ReaderOptions options_;
  PdfExtractor pdf_;  // Keeps its OCR engine from page to page.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_INGEST_DOCUMENT_READER_H_
