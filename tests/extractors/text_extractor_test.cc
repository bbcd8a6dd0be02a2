#include "extractors/text_extractor.h"

#include <catch2/catch.hpp>

#include "extractors/text_decoder.h"

namespace planrows {
namespace {

DocumentText ExtractOk(const std::string& bytes) {
  TextExtractor extractor;
  Result<DocumentText> result = extractor.Extract("test.txt", bytes);
  REQUIRE(result.ok());
  return std::move(result).value();
}

TEST_CASE("tabs split a line into cells at column positions") {
  DocumentText doc = ExtractOk("Ref\tAction\t\tLead\n1.1\tDo it\t\tM Evans\n");
  REQUIRE(doc.pages.size() == 1);
  const TextLine& row = doc.pages[0].lines[1];
  REQUIRE(row.segments.size() == 4);
  CHECK(row.segments[1].text == "Do it");
  CHECK(row.segments[2].text.empty());
  CHECK(row.segments[3].box.x0 == 3);
  CHECK(row.source_line == 2);
}

TEST_CASE("text laid out in character columns becomes positioned pages, unless tabs mark its cells") {
  const std::string table =
      "Task                      Owner          Due\n"
      "Open the youth hub        K Marsh        May 2027\n"
      "Train the hub staff       Hub Manager    June 2027\n";
  DocumentText laid_out = ExtractOk(table);
  CHECK_FALSE(laid_out.pages[0].cells_by_index);
  REQUIRE(laid_out.pages[0].lines.size() == 3);
  CHECK(laid_out.pages[0].lines[1].segments.size() == 3);
  // A tab marks cells itself.
  DocumentText tabbed = ExtractOk(table + "Ref\tTask\n");
  CHECK(tabbed.pages[0].cells_by_index);
}

TEST_CASE("text before a form feed ends its page, text after it starts the next") {
  DocumentText doc = ExtractOk("Audit the rota\nPage 1 of 2\fFenland Harbour Plan\nPublish a leaflet\n");
  REQUIRE(doc.pages.size() == 2);
  REQUIRE(doc.pages[0].lines.size() == 2);
  CHECK(doc.pages[0].lines[1].Text() == "Page 1 of 2");
  REQUIRE(doc.pages[1].lines.size() == 2);
  CHECK(doc.pages[1].number == 2);
  CHECK(doc.pages[1].lines[0].Text() == "Fenland Harbour Plan");
  CHECK(doc.pages[1].lines[0].source_line == 2);
}

TEST_CASE("markdown headings, bold and escapes are read and stripped") {
  DocumentText doc = ExtractOk("## Priority 1:\n\n**Board members are assured**\n\\* note\n");
  const auto& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].heading_level == 2);
  CHECK(lines[0].Text() == "Priority 1:");
  CHECK(lines[1].bold);
  CHECK(lines[1].gap_before);
  CHECK(lines[1].Text() == "Board members are assured");
  CHECK(lines[2].Text() == "* note");
}

TEST_CASE("a line of a paragraph that starts with a hash mark is text, not a heading") {
  DocumentText doc = ExtractOk("Fenland Harbour Plan Ref\n# Task Owner 1.1 Light the quay\n\n# Priorities\n");
  const auto& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].heading_level == 0);
  CHECK(lines[1].Text() == "# Task Owner 1.1 Light the quay");
  CHECK(lines[2].heading_level == 1);
  CHECK(lines[2].Text() == "Priorities");
}

TEST_CASE("a hash mark before a cell separator heads a column, not a heading") {
  DocumentText doc =
      ExtractOk("Fenland Harbour Plan\n\n# / What we will do / Owner\n\n1 / Light the quay / Harbour Trust\n");
  const auto& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].heading_level == 0);
  CHECK(lines[1].Text() == "# / What we will do / Owner");
}

TEST_CASE("pipe tables give cells and their rule lines are dropped") {
  DocumentText doc = ExtractOk("| Ref | Action |\n|---|:---:|\n| 1.1 | Audit |\n");
  const auto& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 2);
  REQUIRE(lines[1].segments.size() == 2);
  CHECK(lines[1].segments[0].text == "1.1");
  CHECK(lines[1].segments[1].text == "Audit");
}

TEST_CASE("form feeds start new pages") {
  DocumentText doc = ExtractOk("one\n\ftwo\n");
  REQUIRE(doc.pages.size() == 2);
  CHECK(doc.pages[1].number == 2);
  CHECK(doc.pages[1].lines[0].Text() == "two");
}

TEST_CASE("Windows-1252 text is decoded to UTF-8") {
  DocumentText doc = ExtractOk("Children\x92s Services \x96 2015\n");
  CHECK(doc.pages[0].lines[0].Text() == "Children\u2019s Services \u2013 2015");
}

TEST_CASE("empty input and binary junk are refused") {
  TextExtractor extractor;
  CHECK(extractor.Extract("e.txt", "").status().code() == Status::Code::kInvalidInput);
  CHECK(extractor.Extract("e.txt", "  \n\n").status().code() == Status::Code::kInvalidInput);
  std::string junk("\x01\x02\x00\x03PK\x05\x06", 9);
  CHECK(extractor.Extract("j.txt", junk).status().code() == Status::Code::kInvalidInput);
}

TEST_CASE("valid UTF-8 is recognised and broken UTF-8 is not") {
  CHECK(TextDecoder::IsValidUtf8("caf\xC3\xA9"));
  CHECK_FALSE(TextDecoder::IsValidUtf8("caf\xE9"));
  CHECK_FALSE(TextDecoder::IsValidUtf8("\xC3"));
}

}  // namespace
}  // namespace planrows
