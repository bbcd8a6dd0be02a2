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
    return Status::InvalidInput(fmt::format("file too large ({} bytes; limit {})", size, max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::IoError("read failed");
  return bytes.str();
}

Result<ReadDocument> DocumentReader::Read(const std::string& path) {
  Result<std::string> bytes = ReadBytes(path, options_.max_bytes);
  if (!bytes.ok()) return bytes.status();
  ReadDocument document;
  document.bytes = std::move(bytes).value();
  if (document.bytes.compare(0, 5, "%PDF-") == 0) {
    return Status::Unsupported("PDF input is not supported by this build");
  }
  TextExtractor extractor;
  Result<DocumentText> text = extractor.Extract(path, document.bytes);
  if (!text.ok()) return text.status();
  document.text = std::move(text).value();
  document.kind = "text";
  return document;
}

}  // namespace planrows
