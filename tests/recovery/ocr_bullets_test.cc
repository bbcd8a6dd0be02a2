// The bullets OCR reads as letters or signs, taken out of the cells of scans.
#include "pipeline/recovery/ocr_bullets.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "pipeline/recovery/plan_recoverer.h"
#include "tests/normalize/normalize_fixture.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a glyph OCR read for a bullet goes from a cell's start and between its items") {
  const PlanPatterns& patterns = TestRules().patterns;
  CHECK(DropOcrBullets(patterns, "m Update the support offers m Agree the standards") ==
        "Update the support offers; Agree the standards");
  CHECK(DropOcrBullets(patterns, "\xc2\xa2 Review the audit tool e Publish it") == "Review the audit tool; Publish it");
  CHECK(DropOcrBullets(patterns, "Report to the Board; e Publish the findings") ==
        "Report to the Board; Publish the findings");
  CHECK(DropOcrBullets(patterns, "\xc2\xab Map the sessions \xc2\xab Launch the materials") ==
        "Map the sessions; Launch the materials");
}

TEST_CASE("words that only look like OCR's bullets stay") {
  const PlanPatterns& patterns = TestRules().patterns;
  CHECK(DropOcrBullets(patterns, "Brief the Police & Crime Panel") == "Brief the Police & Crime Panel");
  CHECK(DropOcrBullets(patterns, "Brief the Board \xe2\x80\x93 Annual report") ==
        "Brief the Board \xe2\x80\x93 Annual report");
  CHECK(DropOcrBullets(patterns, "Appoint a Designated Officer") == "Appoint a Designated Officer");
  CHECK(DropOcrBullets(patterns, "Run plan B in the winter") == "Run plan B in the winter");
  CHECK(DropOcrBullets(patterns, "m") == "m");
}

TEST_CASE("the dashes that stay between a scan's items are the rules' text_dashes") {
  std::ifstream file(DefaultRulesDir() + "/patterns.toml");
  std::stringstream text;
  text << file.rdbuf();
  // The guillemet a text's own dash, the en dash none.
  std::string swapped = std::regex_replace(text.str(), std::regex("text_dashes = \\[[^\\]]*\\]"),
                                           "text_dashes = [\"\xc2\xab\"]");
  REQUIRE(swapped != text.str());
  ScratchRules rules("patterns.toml", swapped);
  Result<PlanPatterns> patterns = PlanPatterns::Load(rules.dir());
  REQUIRE(patterns.ok());
  CHECK(DropOcrBullets(*patterns, "Map the sessions \xc2\xab Launch the materials") ==
        "Map the sessions \xc2\xab Launch the materials");
  CHECK(DropOcrBullets(*patterns, "Brief the Board \xe2\x80\x93 Annual report") == "Brief the Board; Annual report");
}

TEST_CASE("a scanned table's actions lose the bullets OCR read as letters and a born-digital one keeps its words") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {100, "Action"}, {300, "Lead"}, {450, "Target date"}})
      .Line({{40, "1.1"}, {100, "m Open a drop-in at the library"}, {300, "Oona Barraclough"}, {450, "May 2026"}}, true)
      .Line({{100, "m Print a guide to the night bus"}})
      .Line({{40, "1.2"}, {100, "Audit the ferry crossing logs"}, {300, "Piet Lanyon"}, {450, "August 2026"}}, true);
  RecoveredPlan scan = PlanRecoverer(SharedTestRules()).Recover(pages.scanned());
  REQUIRE(scan.rows.size() == 2);
  CHECK(scan.rows[0].action == "Open a drop-in at the library; Print a guide to the night bus");
  RecoveredPlan pdf = PlanRecoverer(SharedTestRules()).Recover(pages.document());
  REQUIRE(pdf.rows.size() == 2);
  CHECK(pdf.rows[0].action == "m Open a drop-in at the library m Print a guide to the night bus");
}

}  // namespace
}  // namespace planrows
