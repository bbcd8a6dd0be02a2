#include "pipeline/ingest/document_reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "extractors/text_extractor.h"

namespace planrows {

Result<std::string> DocumentReader::ReadBytes(const std::string& path, int64_t max_bytes) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return Status::InvalidInput("is a directory");
  uintmax_t size = std::filesystem::file_size(path, error);
  if (error) return Status::IoError(error.message());
  if (static_cast<int64_t>(size) > max_bytes) {
    return Status::InvalidInput(fmt::format("file too large ({} bytes; limit {}, --max-file-mb)", size, max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::IoError("read failed");
  return bytes.str();
}

namespace {

// "pdf" when every page had a text layer, "scan" when OCR read every page,
// "mixed" otherwise.
std::string PdfKind(const DocumentText& text) {
  size_t ocr = 0;
  for (const PageText& page : text.pages) ocr += page.from_ocr;
  return ocr == 0 ? "pdf" : ocr == text.pages.size() ? "scan" : "mixed";
}

PdfOptions PdfOptionsOf(const ReaderOptions& reader) {
  PdfOptions options;
  options.password = reader.pdf_password;
  options.ocr = reader.ocr;
  options.limits = reader.limits;
  options.on_page = reader.on_page;
  return options;
}

}  // namespace

DocumentReader::DocumentReader(ReaderOptions options)
    : options_(std::move(options)), pdf_(PdfOptionsOf(options_)) {}

Result<ReadDocument> DocumentReader::Read(const std::string& path) {
  Result<std::string> bytes = ReadBytes(path, options_.max_bytes);
  if (!bytes.ok()) return bytes.status();
  ReadDocument document;
  document.bytes = std::move(bytes).value();
  // The signature, not the name, tells a PDF: some are saved as .txt.
  bool is_pdf = document.bytes.compare(0, 5, "%PDF-") == 0;
  Result<DocumentText> text =
      is_pdf ? pdf_.Extract(path, document.bytes) : TextExtractor(options_.limits).Extract(path, document.bytes);
  if (!text.ok()) return text.status();
  document.text = std::move(text).value();
  document.kind = is_pdf ? PdfKind(document.text) : "text";
  return document;
}

}  // namespace planrows
