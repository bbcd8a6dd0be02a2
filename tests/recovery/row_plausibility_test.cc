// RowPlausibility: rows that look like plan rows score high, misread ones low.
#include <catch2/catch.hpp>

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

}  // namespace
}  // namespace planrows
