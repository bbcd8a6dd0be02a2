// References of a scanned table mended by the sequence the others make.
#include "pipeline/recovery/ocr_ref_sequence.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

// A plan of one table whose rows have `refs`, read by OCR when `scanned`.
RecoveredPlan PlanOf(const std::vector<std::string>& refs, bool scanned = true) {
  RecoveredPlan plan;
  for (const std::string& ref : refs) {
    ActionRow row;
    row.ref = ref;
    row.action = "Light the towpath";
    row.where.confidence = scanned ? 90 : -1;
    plan.rows.push_back(row);
  }
  TableTrace table;
  table.rows = static_cast<int>(refs.size());
  plan.tables.push_back(table);
  return plan;
}

std::vector<std::string> RefsOf(const RecoveredPlan& plan) {
  std::vector<std::string> refs;
  for (const ActionRow& row : plan.rows) refs.push_back(row.ref);
  return refs;
}

TEST_CASE("a scanned prefix read once takes its neighbours' prefix; a row between two numbers takes the one between") {
  RecoveredPlan plan = PlanOf({"MH5", "MH6", "VE1", "", "VC3", "VC4"});
  OcrRefSequence::Apply(&plan);
  CHECK(RefsOf(plan) == std::vector<std::string>{"MH5", "MH6", "VC1", "VC2", "VC3", "VC4"});
}

TEST_CASE("a scanned reference one slip of OCR from what its neighbours want is mended") {
  // A dot lost, a speck read as a character, a letter misread, a reference not read at the table's start.
  RecoveredPlan dots = PlanOf({"11", "1.2", "13", "1.31a", "1.3b"});
  RecoveredPlan specks = PlanOf({"GH4", "TW11", "TW2", "TW 1", "TW 32"});
  RecoveredPlan letters = PlanOf({"", "RB2", "RB3", "R84", "RBS", "KN1"});
  for (RecoveredPlan* plan : {&dots, &specks, &letters}) OcrRefSequence::Apply(plan);
  CHECK(RefsOf(dots) == std::vector<std::string>{"1.1", "1.2", "1.3", "1.3a", "1.3b"});
  CHECK(RefsOf(specks) == std::vector<std::string>{"GH4", "TW1", "TW2", "TW 1", "TW 2"});
  CHECK(RefsOf(letters) == std::vector<std::string>{"RB1", "RB2", "RB3", "RB4", "RB5", "KN1"});
}

TEST_CASE("of two neighbours one slip apart, the one whose prefix the table's other rows share stays") {
  // "LM 1" leads to "LMM2" by no step, and would be "LMM1" by one slip; "LMM2" is the odd one.
  RecoveredPlan plan = PlanOf({"LM 1", "LMM2", "LM 3", "LM 4"});
  OcrRefSequence::Apply(&plan);
  CHECK(RefsOf(plan) == std::vector<std::string>{"LM 1", "LM 2", "LM 3", "LM 4"});
}

TEST_CASE("a dotted reference beside one that lost its dot stays where the table's references are dotted") {
  // "1.1" before "12" would lead to it as "11"; the table's other references say "12" lost its dot.
  RecoveredPlan plan = PlanOf({"1.1", "12", "1.3", "2.1", "2.2", "2.3", "3.1", "32"});
  OcrRefSequence::Apply(&plan);
  CHECK(RefsOf(plan) == std::vector<std::string>{"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2"});
}

TEST_CASE("references a sequence skips or restarts are no slips") {
  // A number skipped, a new prefix, a digit another digit, a reference the table holds already.
  std::vector<std::string> skipped{"2.1", "2.3", "2.4", "3.1", "P9", "P10", "Q7", "4.1", "4.3", "4.4", "4.3"};
  RecoveredPlan plan = PlanOf(skipped);
  OcrRefSequence::Apply(&plan);
  CHECK(RefsOf(plan) == skipped);
}

TEST_CASE("references the sequence does not tell are left as read") {
  // One letter is a whole prefix; two neighbours a letter away leave the choice open; "DA1" is there already.
  RecoveredPlan single = PlanOf({"A1", "A2", "B1", "C1", "C2"});
  RecoveredPlan both = PlanOf({"DA1", "DA2", "DC1", "DE1", "DE2"});
  RecoveredPlan taken = PlanOf({"DA1", "DA2", "DC1", "XY1", "XY2"});
  RecoveredPlan printed = PlanOf({"MH6", "VE1", "", "VC3", "VC4"}, false);
  for (RecoveredPlan* plan : {&single, &both, &taken, &printed}) OcrRefSequence::Apply(plan);
  CHECK(RefsOf(single) == std::vector<std::string>{"A1", "A2", "B1", "C1", "C2"});
  CHECK(RefsOf(both) == std::vector<std::string>{"DA1", "DA2", "DC1", "DE1", "DE2"});
  CHECK(RefsOf(taken) == std::vector<std::string>{"DA1", "DA2", "DC1", "XY1", "XY2"});
  CHECK(RefsOf(printed) == std::vector<std::string>{"MH6", "VE1", "", "VC3", "VC4"});
}

TEST_CASE("scanned references that all lost their dots read as sections and items get them back") {
  RecoveredPlan lost = PlanOf({"11", "12", "13", "21", "23", "1", "31"});
  RecoveredPlan mixed = PlanOf({"11", "12", "2.1", "2.2", "31", "3.2"});
  OcrRefSequence::Apply(&lost);
  OcrRefSequence::Apply(&mixed);
  CHECK(RefsOf(lost) == std::vector<std::string>{"1.1", "1.2", "1.3", "2.1", "2.3", "1", "3.1"});
  CHECK(RefsOf(mixed) == std::vector<std::string>{"1.1", "1.2", "2.1", "2.2", "3.1", "3.2"});
}

TEST_CASE("numbers of a plain list or not read by OCR keep their form") {
  // From 10 on, a list of numbers reads as section 1 from item 0; one section only tells nothing.
  RecoveredPlan list = PlanOf({"9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21"});
  RecoveredPlan one_section = PlanOf({"11", "12", "13", "14"});
  RecoveredPlan born_digital = PlanOf({"11", "12", "21", "22"}, false);
  for (RecoveredPlan* plan : {&list, &one_section, &born_digital}) OcrRefSequence::Apply(plan);
  CHECK(RefsOf(list)[1] == "10");
  CHECK(RefsOf(list)[11] == "20");
  CHECK(RefsOf(one_section) == std::vector<std::string>{"11", "12", "13", "14"});
  CHECK(RefsOf(born_digital) == std::vector<std::string>{"11", "12", "21", "22"});
}

}  // namespace
}  // namespace planrows
