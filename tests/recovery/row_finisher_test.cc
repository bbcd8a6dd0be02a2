#include "pipeline/recovery/row_finisher.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

bool HasFlag(const ActionRow& row, const std::string& flag) {
  return std::find(row.flags.begin(), row.flags.end(), flag) != row.flags.end();
}

TEST_CASE("a combined lead and date cell gives lead, leads and timeframe") {
  RowFields fields;
  fields.ref = "1.7.";
  fields.action = "Develop a training strategy";
  fields.lead_timeframe = "Business Manager L&D Manager April 2013";
  ActionRow row = RowFinisher(TestRules()).Finish(fields);
  CHECK(row.ref == "1.7");
  CHECK(row.lead == "Business Manager L&D Manager");
  CHECK(row.leads == std::vector<std::string>{"Business Manager", "L&D Manager"});
  CHECK(row.timeframe == "April 2013");
}

TEST_CASE("rows OCR read with low confidence are flagged for review, others not") {
  RowFields fields;
  fields.action = "Audit thresholds";
  fields.where.confidence = 41;
  CHECK(HasFlag(RowFinisher(TestRules()).Finish(fields), kLowConfidenceFlag));
  fields.where.confidence = 93;
  CHECK_FALSE(HasFlag(RowFinisher(TestRules()).Finish(fields), kLowConfidenceFlag));
  fields.where.confidence = -1;  // Not OCR.
  CHECK_FALSE(HasFlag(RowFinisher(TestRules()).Finish(fields), kLowConfidenceFlag));
}

}  // namespace
}  // namespace planrows
