// RowPlausibility: rows that look like plan rows score high, misread ones low.
#include <catch2/catch.hpp>

#include "pipeline/recovery/reading_chooser.h"
#include "pipeline/recovery/row_plausibility.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

ActionRow Row(std::string ref, std::string action, std::string lead, std::string timeframe, std::string progress) {
  ActionRow row;
  row.ref = std::move(ref);
  row.action = std::move(action);
  row.lead = std::move(lead);
  row.timeframe = std::move(timeframe);
  row.progress = std::move(progress);
  return row;
}

TEST_CASE("a complete plan row scores 1, a row read from the wrong columns scores low") {
  RowPlausibility plausibility(TestRules());
  ActionRow good = Row("2.1", "Run clinics in each town", "Carers Hub", "June 2019", "Amber");
  ActionRow merged = Row("", "Run", "Run clinics in each town with the help of the carers hub and the youth service",
                         "Carers Hub", "");
  CHECK(plausibility.Score(good) == Approx(1.0));
  CHECK(plausibility.Score(merged) < 0.6);
  ActionRow bare = Row("", "Run clinics in each town", "", "", "");
  CHECK(plausibility.Score(bare) < plausibility.Score(good));
  std::vector<ActionRow> rows{good, merged};
  CHECK(plausibility.Mean(rows, 0, 2) == Approx((plausibility.Score(good) + plausibility.Score(merged)) / 2));
  CHECK(plausibility.Mean(rows, 2, 5) == 0);
}

TEST_CASE("a reading whose refs go back on the ones before it is less plan-like than one in order") {
  RowPlausibility plausibility(TestRules());
  std::vector<ActionRow> in_order{Row("1.9", "Open a food bank in the village hall", "Parish Council", "May 2027", ""),
                                  Row("1.10", "Recruit ten volunteer drivers", "Rotary Club", "June 2027", "")};
  std::vector<ActionRow> backwards = in_order;
  std::swap(backwards[0], backwards[1]);
  CHECK(plausibility.OfReading(in_order) == Approx(plausibility.Mean(in_order, 0, 2)));
  CHECK(plausibility.OfReading(backwards) < plausibility.OfReading(in_order) - 0.2);
  CHECK(plausibility.OfReading({}) == 0);
}

TEST_CASE("refs coded by each section's own letters open a series of their own without going back") {
  RowPlausibility plausibility(TestRules());
  std::vector<ActionRow> sections{Row("DA 8", "Open a food bank in the village hall", "Parish Council", "May 2027", ""),
                                  Row("WF 1", "Recruit ten volunteer drivers", "Rotary Club", "June 2027", ""),
                                  Row("OS 1", "Train the drivers in first aid", "Red Cross", "July 2027", "")};
  CHECK(plausibility.OfReading(sections) == Approx(plausibility.Mean(sections, 0, 3)));
  std::vector<ActionRow> repeated = sections;
  repeated.push_back(Row("DA 2", "Audit the food bank", "Parish Council", "May 2028", ""));
  CHECK(plausibility.OfReading(repeated) < plausibility.Mean(repeated, 0, 4));
}

TEST_CASE("another reading is preferred only when its rows are clearly more plan-like") {
  ReadingChooser chooser(TestRules());
  std::vector<ActionRow> plan{Row("1", "Open a food bank in the village hall", "Parish Council", "May 2027", ""),
                              Row("2", "Recruit ten volunteer drivers", "Rotary Club", "June 2027", "")};
  std::vector<ActionRow> labels_as_rows{Row("", "Open", "", "Open a food bank", ""), Row("", "", "", "", "")};
  CHECK(chooser.Prefers(plan, labels_as_rows));
  CHECK_FALSE(chooser.Prefers(labels_as_rows, plan));
  CHECK_FALSE(chooser.Prefers(plan, plan));
}

TEST_CASE("another reading as plan-like is preferred when it reads more rows") {
  ReadingChooser chooser(TestRules());
  std::vector<ActionRow> plan{Row("1", "Open a food bank in the village hall", "Parish Council", "May 2027", ""),
                              Row("2", "Recruit ten volunteer drivers", "Rotary Club", "June 2027", "")};
  std::vector<ActionRow> first_row_only{plan[0]};
  CHECK(chooser.Prefers(plan, first_row_only));
  CHECK_FALSE(chooser.Prefers(first_row_only, plan));
}

}  // namespace
}  // namespace planrows
