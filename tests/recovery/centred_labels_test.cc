// Record blocks whose labels stand centred beside their values.
#include "pipeline/recovery/centred_labels.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

using Kind = CentredLabels::LineKind;

// A record of four labels: the third's value of three lines, centred on it.
std::vector<Kind> CentredRecord() {
  return {Kind::kLabel, Kind::kLabel, Kind::kValue, Kind::kLabel, Kind::kValue, Kind::kLabel};
}

// The same record with its values set at the top, under each label's line.
std::vector<Kind> TopSetRecord() {
  return {Kind::kLabel, Kind::kLabel, Kind::kLabel, Kind::kValue, Kind::kValue, Kind::kLabel};
}

// `records` one after another, each a run of its own.
std::pair<std::vector<Kind>, std::vector<bool>> Runs(const std::vector<std::vector<Kind>>& records) {
  std::pair<std::vector<Kind>, std::vector<bool>> runs;
  for (const std::vector<Kind>& record : records) {
    for (size_t k = 0; k < record.size(); ++k) {
      runs.first.push_back(record[k]);
      runs.second.push_back(k == 0);
    }
  }
  return runs;
}

TEST_CASE("centred labels: a value's line above its centred label opens that value") {
  auto [kinds, starts] = Runs({CentredRecord(), CentredRecord()});
  std::vector<bool> openings = CentredLabels::Openings(kinds, starts);
  CHECK(openings[2]);
  CHECK_FALSE(openings[4]);
  CHECK(openings[8]);
  CHECK(std::count(openings.begin(), openings.end(), true) == 2);
}

TEST_CASE("centred labels: records whose values start on their labels' lines open none above") {
  auto [kinds, starts] = Runs({TopSetRecord(), TopSetRecord(), CentredRecord()});
  std::vector<bool> openings = CentredLabels::Openings(kinds, starts);
  CHECK(std::count(openings.begin(), openings.end(), true) == 0);
}

TEST_CASE("centred labels: one centred record alone is not taken for centring") {
  auto [kinds, starts] = Runs({CentredRecord()});
  std::vector<bool> openings = CentredLabels::Openings(kinds, starts);
  CHECK(std::count(openings.begin(), openings.end(), true) == 0);
}

TEST_CASE("centred labels: laid-out records keep each value's first line with its label") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref                 4.1\n"
      "Aim                 Children missing from school are found quickly\n"
      "                    Set up a daily check of absence across the\n"
      "Task\n"
      "                    academies in the trust\n"
      "Owner / date        Attendance Team - May 2027\n"
      "\n"
      "Ref                 4.2\n"
      "Aim                 Children missing from school are found quickly\n"
      "                    - Agree a shared absence code\n"
      "Task                - Train office staff on the code\n"
      "                    - Audit the code after a term\n"
      "Owner / date        Schools Forum - July 2027\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].outcome == "Children missing from school are found quickly");
  CHECK(plan.rows[0].action == "Set up a daily check of absence across the academies in the trust");
  CHECK(plan.rows[1].outcome == "Children missing from school are found quickly");
  CHECK(plan.rows[1].action.find("Agree a shared absence code") != std::string::npos);
}

}  // namespace
}  // namespace planrows
