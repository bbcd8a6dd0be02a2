// Actions led by references that pdftotext's default mode prints a
// paragraph of their own, over the action, its outcome or a run of others.
#include "pipeline/recovery/ref_led_actions.h"

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

// A ruled table as pdftotext's default mode prints it, a cell a paragraph:
// a reference, a blank line, then its action; an outcome's cell or a run
// of references may come between a reference and the action instead.
const char kRefParagraphs[] =
    "Fenmoor Wardens Plan 2031\n\n"
    "Ref\n\nTask\n\nWho\n\n"
    "WF 1\n\nReview the reed beds by the north sluice\nbefore the spring nesting\n\n"
    "Fewer nests are disturbed than last year\n\nReed Team\n\n31/03/2031\n\n"
    "WF 2\n\nWardens know the nesting sites\n\nImprove the bird hide boardwalk\n\n"
    "WF 3\n\nWF 4\n\nMap the heron colony\n\nAudit the otter holts\n\n"
    "WF 5\n\nPublish a visitor leaflet on the marsh paths\n\n"
    "WF 6\n\n\u2022 Train the volunteer wardens\n";

TEST_CASE("a reference a paragraph of its own leads the action in the paragraph under it") {
  Result<DocumentText> document = TextExtractor().Extract("plan.txt", kRefParagraphs);
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  // WF 3 and WF 4, a run of references, take the actions after the run in turn.
  REQUIRE(actions.size() == 6);
  CHECK(actions[0].ref == "WF 1");
  CHECK(actions[0].action == "Review the reed beds by the north sluice before the spring nesting");
  // Its row's cells, a paragraph each, a measure's among them, up to the next reference alone on its line.
  CHECK(actions[0].lead == "Reed Team");
  CHECK(actions[0].timeframe == "31/03/2031");
  // The outcome's cell stands between WF 2 and its action's.
  CHECK(actions[1].ref == "WF 2");
  CHECK(actions[1].outcome == "Wardens know the nesting sites");
  CHECK(actions[1].action == "Improve the bird hide boardwalk");
  CHECK(actions[2].ref == "WF 3");
  CHECK(actions[2].action == "Map the heron colony");
  CHECK(actions[3].ref == "WF 4");
  CHECK(actions[3].action == "Audit the otter holts");
  CHECK(actions[4].ref == "WF 5");
  CHECK(actions[4].action == "Publish a visitor leaflet on the marsh paths");
  CHECK(actions[5].ref == "WF 6");
  CHECK(actions[5].action == "Train the volunteer wardens");
  // Whose action it is is sure: the rows a table lost may take them.
  for (const RowFields& action : actions) CHECK(action.flags.empty());
}

TEST_CASE("a reference that leads its outcome's cell leads the action in the paragraph under it") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Fenmoor Wardens Plan 2031\n\n"
      "Outcome\n\nTask\n\n"
      "WF 1 Nesting birds are left\nin peace\n\nReview the reed beds by the north sluice\n\n"
      "WF 2 Walkers keep to the paths\n\nPublish a visitor leaflet on the marsh paths\n\n"
      "WF 3 Monitor the otter holts each month\n\nReed Team\n");
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].outcome == "Nesting birds are left in peace");
  CHECK(actions[0].action == "Review the reed beds by the north sluice");
  CHECK(actions[1].outcome == "Walkers keep to the paths");
  CHECK(actions[1].action == "Publish a visitor leaflet on the marsh paths");
  // An action the reference leads keeps its place whatever paragraph follows.
  CHECK(actions[2].outcome.empty());
  CHECK(actions[2].action == "Monitor the otter holts each month");
}

TEST_CASE("a run of references takes the actions after its column's heading in turn") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Fenmoor Wardens Plan 2031\n\n"
      "Key\nWF1\nWF2\nWF3\n\nAgreed actions\n"
      "Review the reed beds by the north sluice\nbefore the spring nesting\n"
      "\u2022 Publish a visitor leaflet\n\u2022 Map the marsh paths\n"
      "Audit the otter holts\n\n"
      "Key\nWF4\nWF5\n\n"
      "Nesting birds are left in peace\nWalkers keep to the paths\n");
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  // Not WF4 and WF5: outcomes, no actions, follow their run.
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].ref == "WF1");
  CHECK(actions[0].action == "Review the reed beds by the north sluice before the spring nesting");
  CHECK(actions[1].ref == "WF2");
  CHECK(actions[1].action == "Publish a visitor leaflet; Map the marsh paths");
  CHECK(actions[2].ref == "WF3");
  CHECK(actions[2].action == "Audit the otter holts");
  for (const RowFields& action : actions) CHECK(action.flags.empty());
}

TEST_CASE("a quarter alone on its line over text leads no action") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt", "Due\n\nQ3\nBeacon walks start in the autumn\nQ4\nLamp checks are done\nQ1\nGritting is planned\n");
  REQUIRE(document.ok());
  CHECK(RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document)).empty());
}

TEST_CASE("a reference a paragraph wrapped after its capitals leads its line whole") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Hollin Vale Access Plan 2029 Ref Aim Action Lead Due Status LP 1 Stiles are safe Mend the stiles Ranger\n"
      "Service Q1 2029 Amber LP\n"
      "2 Gates close behind walkers Oil the field gates Parish Council Q2 2029 Green LP\n"
      "3 Paths drain after rain Clear the ditches Drainage Board Q3 2029 Red LP\n"
      "4 Signs point the way Repaint the fingerposts Ranger Service Q4 2029 G\n"
      "5 Dogs are kept on leads Put up signs at the lambing fields Ranger Service Q4 2029 G\n");
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].ref == "LP 2");
  CHECK(actions[2].ref == "LP 4");
  // A status letter ending the line above starts no reference: "5" is of another form.
  for (const RowFields& action : actions) CHECK(action.ref.rfind("LP ", 0) == 0);
}

TEST_CASE("references a narrow column cut after their capitals lead their actions whole") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Fenmoor Wardens Plan 2031\n\n"
      "Aim\nTask\n"
      "WF\n1\nReview the reed beds by the north sluice\n"
      "WF\n2\nRepair the bird hide boardwalk\n"
      "WF\n3\nAudit the otter holts\n");
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].ref == "WF 1");
  CHECK(actions[0].action == "Review the reed beds by the north sluice");
  CHECK(actions[2].ref == "WF 3");
  CHECK(actions[2].action == "Audit the otter holts");
}

TEST_CASE("a reference over its outcome leads the first action after the run of references below it") {
  Result<DocumentText> document = TextExtractor().Extract(
      "plan.txt",
      "Fenmoor Wardens Plan 2031\n\n"
      "Aim\nTask\n"
      "WF 1\n\nNesting birds are left\nin peace\n\n"
      "WF 2\nWF 3\n\n"
      "Review the reed beds by the north sluice\nMap the heron colony\nAudit the otter holts\n\n"
      "Reed Team\n");
  REQUIRE(document.ok());
  std::vector<RowFields> actions = RefLedActions(*SharedTestRules()).Read(PlanLine::Flatten(*document));
  // The run's own references would take the first two actions, a row early each.
  REQUIRE(actions.size() == 3);
  CHECK(actions[0].ref == "WF 1");
  CHECK(actions[0].action == "Review the reed beds by the north sluice");
  CHECK(actions[1].ref == "WF 2");
  CHECK(actions[1].action == "Map the heron colony");
  CHECK(actions[2].ref == "WF 3");
  CHECK(actions[2].action == "Audit the otter holts");
}

}  // namespace
}  // namespace planrows
