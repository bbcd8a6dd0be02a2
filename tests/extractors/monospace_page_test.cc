#include "extractors/monospace_page.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

std::vector<SourceLine> Lines(const std::vector<std::string>& texts) {
  std::vector<SourceLine> lines;
  for (const std::string& text : texts) lines.push_back(SourceLine{text, static_cast<int>(lines.size()) + 1});
  return lines;
}

TEST_CASE("a document is laid out when enough lines part columns with runs of spaces") {
  std::vector<SourceLine> table = Lines({
      "Task                      Owner          Due",
      "Open the youth hub        K Marsh        May 2027",
      "Train the hub staff       Hub Manager    June 2027",
  });
  CHECK(MonospacePage::IsLaidOut({table}));
  // Two spaces after a sentence, or around a separator that marks an
  // empty cell, part no columns.
  std::vector<SourceLine> prose = Lines({
      "The board met in May.  It agreed three aims.",
      "Open the hub / K Marsh /  / May 2027",
      "Train the staff / Hub Manager /  / June 2027",
      "Review the rota.  Report in July.",
  });
  CHECK_FALSE(MonospacePage::IsLaidOut({prose}));
}

TEST_CASE("a laid-out page becomes positioned lines of cells, blank lines as gaps") {
  PageText page = MonospacePage::Position(Lines({
                                              "Task                Owner",
                                              "",
                                              "Open the youth hub  K Marsh",
                                          }),
                                          3);
  CHECK(page.number == 3);
  CHECK_FALSE(page.cells_by_index);
  REQUIRE(page.lines.size() == 2);
  const TextLine& row = page.lines[1];
  REQUIRE(row.segments.size() == 2);
  CHECK(row.segments[0].text == "Open the youth hub");
  CHECK(row.segments[1].text == "K Marsh");
  CHECK(row.segments[1].box.x0 == Approx(20 * 6));  // Column 20 of 6-point characters.
  CHECK(row.gap_before);
  CHECK(row.blank_lines_before == 1);
  CHECK(row.source_line == 3);
  CHECK_FALSE(page.lines[0].gap_before);
}

TEST_CASE("a first word over a hanging indent is a cell of its own") {
  PageText page = MonospacePage::Position(Lines({
                                              "y2 Map the respite offer   Carers Lead",
                                              "   across the county",
                                              "Every family is offered a short break",
                                              "and a named worker",
                                          }),
                                          1);
  REQUIRE(page.lines.size() == 4);
  REQUIRE(page.lines[0].segments.size() == 3);
  CHECK(page.lines[0].segments[0].text == "y2");
  CHECK(page.lines[0].segments[1].text == "Map the respite offer");
  // Prose whose next line is not indented to its second word stays whole.
  CHECK(page.lines[2].segments.size() == 1);
}

TEST_CASE("a reference run into its action is a cell of its own where the page's references stand apart") {
  PageText page = MonospacePage::Position(Lines({
                                              "1     Open the youth hub         K Marsh",
                                              "2 Train the hub staff in safe recruitment   Hub Manager",
                                              "3 Publish the timetable",
                                              "2019 Review   Board",
                                          }),
                                          1);
  REQUIRE(page.lines.size() == 4);
  REQUIRE(page.lines[1].segments.size() == 3);
  CHECK(page.lines[1].segments[0].text == "2");
  CHECK(page.lines[1].segments[1].text == "Train the hub staff in safe recruitment");
  // A line of one cell, and a year, stay whole.
  CHECK(page.lines[2].segments.size() == 1);
  CHECK(page.lines[3].segments[0].text == "2019 Review");
}

TEST_CASE("columns are counted in characters, not bytes") {
  PageText page = MonospacePage::Position(Lines({"Café réseau        Lead"}), 1);
  REQUIRE(page.lines.size() == 1);
  REQUIRE(page.lines[0].segments.size() == 2);
  CHECK(page.lines[0].segments[1].box.x0 == Approx(19 * 6));
}

}  // namespace
}  // namespace planrows
