// DocumentReader: the reader passes the page callback on to the PDF
// extractor, and text files report no pages.
#include "pipeline/ingest/document_reader.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace planrows {
namespace {

// A reader that notes each page it is told of, as "path page/pages".
DocumentReader NotingReader(std::vector<std::string>* calls) {
  ReaderOptions options;
  options.on_page = [calls](const std::string& path, int page, int pages) {
    calls->push_back(path + " " + std::to_string(page) + "/" + std::to_string(pages));
  };
  return DocumentReader(options);
}

TEST_CASE("reading a PDF tells the page callback of each page, with the path given") {
  std::vector<std::string> calls;
  const std::string path = std::string(PLANROWS_CORPUS_DIR) + "/pdf/002_482c4765827834fc.pdf";
  Result<ReadDocument> document = NotingReader(&calls).Read(path);
  REQUIRE(document.ok());
  REQUIRE(calls.size() == 5);
  CHECK(calls.front() == path + " 1/5");
  CHECK(calls.back() == path + " 5/5");
}

TEST_CASE("reading a text file reports no pages") {
  std::vector<std::string> calls;
  Result<ReadDocument> document =
      NotingReader(&calls).Read(std::string(PLANROWS_CORPUS_DIR) + "/seeds/003_360affae839af524.txt");
  REQUIRE(document.ok());
  CHECK(calls.empty());
}

}  // namespace
}  // namespace planrows
