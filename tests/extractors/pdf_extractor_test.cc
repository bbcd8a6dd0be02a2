// The PDF extractor on the sample plans' PDFs and on damaged, encrypted,
// rotated, sideways and empty PDFs.
#include "extractors/pdf_extractor.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace planrows {
namespace {

std::string ReadFile(const std::string& name) {
  std::ifstream in(std::string(PLANROWS_CORPUS_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Result<DocumentText> Extract(const std::string& bytes, PdfOptions options = PdfOptions{}) {
  return PdfExtractor(std::move(options)).Extract("test.pdf", bytes);
}

const TextLine* FindLine(const DocumentText& document, const std::string& start) {
  for (const PageText& page : document.pages) {
    for (const TextLine& line : page.lines) {
      if (line.Text().rfind(start, 0) == 0) return &line;
    }
  }
  return nullptr;
}

TEST_CASE("a born-digital plan gives its pages, headings and table cells by position") {
  Result<DocumentText> document = Extract(ReadFile("pdf/002_482c4765827834fc.pdf"));
  REQUIRE(document.ok());
  CHECK(document->pages.size() == 5);
  CHECK_FALSE(document->pages[0].from_ocr);
  const TextLine* header = FindLine(*document, "Ref Desired outcome");
  REQUIRE(header != nullptr);
  REQUIRE(header->segments.size() == 6);
  CHECK(header->segments[5].text == "Progress");
  for (size_t i = 1; i < header->segments.size(); ++i) {
    CHECK(header->segments[i].box.x0 > header->segments[i - 1].box.x1);
  }
  const TextLine* row = FindLine(*document, "1.1 ");
  REQUIRE(row != nullptr);
  CHECK(row->Text().find("M Evans") != std::string::npos);
  CHECK(row->segments.back().text == "May 2015");
  CHECK(row->segments.back().words.size() == 2);
  bool any_heading = false;
  for (const TextLine& line : document->pages[0].lines) any_heading |= line.heading_level > 0;
  CHECK(any_heading);
}

TEST_CASE("a landscape plan reads left to right") {
  Result<DocumentText> document = Extract(ReadFile("pdf/004_034f20548658beb0.pdf"));
  REQUIRE(document.ok());
  CHECK(document->pages[1].width > document->pages[1].height);
  const TextLine* header = FindLine(*document, "REF Actions Lead");
  REQUIRE(header != nullptr);
}

TEST_CASE("a page turned a quarter by /Rotate reads upright") {
  Result<DocumentText> document = Extract(ReadFile("fixtures/rotated.pdf"));
  REQUIRE(document.ok());
  const TextLine* header = FindLine(*document, "Ref Desired outcome Action Lead");
  REQUIRE(header != nullptr);
  CHECK(header->segments.size() == 6);
  const TextLine* title = FindLine(*document, "West Berkshire LSCB Business Plan");
  REQUIRE(title != nullptr);
  CHECK(title->box.y0 < header->box.y0);
}

TEST_CASE("a page scanned sideways is read turned upright", "[ocr]") {
  Result<DocumentText> document = Extract(ReadFile("fixtures/sideways.pdf"));
  REQUIRE(document.ok());
  REQUIRE(document->pages.size() == 1);
  const PageText& page = document->pages[0];
  CHECK(page.from_ocr);
  CHECK(page.width < page.height);
  const TextLine* header = FindLine(*document, "Ref Desired outcome");
  REQUIRE(header != nullptr);
  CHECK(header->box.x1 <= page.width);
}

TEST_CASE("an encrypted PDF needs its password") {
  std::string bytes = ReadFile("fixtures/encrypted.pdf");
  Result<DocumentText> locked = Extract(bytes);
  REQUIRE_FALSE(locked.ok());
  CHECK(locked.status().message().find("--password") != std::string::npos);
  PdfOptions wrong;
  wrong.password = "guess";
  CHECK_FALSE(Extract(bytes, wrong).ok());
  PdfOptions right;
  right.password = "secret";
  Result<DocumentText> open = Extract(bytes, right);
  REQUIRE(open.ok());
  CHECK(open->pages.size() == 5);
}

TEST_CASE("damaged, truncated and empty PDFs are refused with a reason") {
  std::string sample = ReadFile("pdf/002_482c4765827834fc.pdf");
  for (const std::string& bytes : {std::string("%PDF-1.4\n%garbage"), sample.substr(0, sample.size() / 3),
                                   std::string("not a pdf at all")}) {
    Result<DocumentText> document = Extract(bytes);
    REQUIRE_FALSE(document.ok());
    CHECK(document.status().code() == Status::Code::kInvalidInput);
    CHECK_FALSE(document.status().message().empty());
  }
  PdfOptions no_ocr;
  no_ocr.ocr = false;
  Result<DocumentText> blank = Extract(ReadFile("fixtures/blank.pdf"), no_ocr);
  REQUIRE_FALSE(blank.ok());
  CHECK(blank.status().message().find("no text") != std::string::npos);
}

TEST_CASE("the page callback is told of each page, in order, with the page count and the path") {
  std::vector<std::string> calls;
  PdfOptions options;
  options.on_page = [&calls](const std::string& path, int page, int pages) {
    calls.push_back(path + " " + std::to_string(page) + "/" + std::to_string(pages));
  };
  Result<DocumentText> document =
      PdfExtractor(options).Extract("plan.pdf", ReadFile("pdf/002_482c4765827834fc.pdf"));
  REQUIRE(document.ok());
  CHECK(calls == std::vector<std::string>{"plan.pdf 1/5", "plan.pdf 2/5", "plan.pdf 3/5", "plan.pdf 4/5",
                                          "plan.pdf 5/5"});
}

TEST_CASE("a PDF refused before its pages are read reports no page") {
  int calls = 0;
  PdfOptions options;
  options.limits.max_pages = 2;
  options.on_page = [&calls](const std::string&, int, int) { ++calls; };
  CHECK_FALSE(PdfExtractor(options).Extract("plan.pdf", ReadFile("pdf/002_482c4765827834fc.pdf")).ok());
  CHECK(calls == 0);
}

}  // namespace
}  // namespace planrows

namespace planrows {
namespace {

TEST_CASE("a mixed PDF is read page by page: text layer where there is one, OCR elsewhere", "[ocr]") {
  Result<DocumentText> document = Extract(ReadFile("fixtures/mixed.pdf"));
  REQUIRE(document.ok());
  REQUIRE(document->pages.size() == 2);
  CHECK_FALSE(document->pages[0].from_ocr);
  CHECK(document->pages[1].from_ocr);
  const TextLine* scanned_header = nullptr;
  for (const TextLine& line : document->pages[1].lines) {
    if (line.Text().rfind("Ref Desired outcome", 0) == 0) scanned_header = &line;
  }
  REQUIRE(scanned_header != nullptr);
  CHECK(scanned_header->confidence > 50);
}

}  // namespace
}  // namespace planrows

namespace planrows {
namespace {

TEST_CASE("the ruling lines of a born-digital table mark where its rows start") {
  Result<DocumentText> document = Extract(ReadFile("pdf/002_482c4765827834fc.pdf"));
  REQUIRE(document.ok());
  const TextLine* row = FindLine(*document, "1.2 ");
  REQUIRE(row != nullptr);
  CHECK(row->ruled_row_start);
  const TextLine* wrapped = FindLine(*document, "Services meet the threshold");
  REQUIRE(wrapped != nullptr);
  CHECK_FALSE(wrapped->ruled_row_start);
  bool any_ruled_page = false;
  for (const PageText& page : document->pages) any_ruled_page |= page.ruled;
  CHECK(any_ruled_page);
  CHECK_FALSE(document->pages[0].ruled);  // The title page has no table.
}

}  // namespace
}  // namespace planrows
