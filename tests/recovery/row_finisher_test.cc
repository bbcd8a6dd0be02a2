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

TEST_CASE("initials that OCR read as digits or bars are put back in leads, in OCR rows only") {
  RowFields fields;
  fields.action = "Open the hub";
  fields.lead = "1. Marsh & Hub Manager / l Quayle / 1. O'Dowd";
  fields.timeframe = "Ql 2027";
  fields.where.confidence = 88;
  ActionRow row = RowFinisher(TestRules()).Finish(fields);
  CHECK(row.lead == "I. Marsh & Hub Manager / I Quayle / I. O'Dowd");
  CHECK(row.timeframe == "Q1 2027");
  fields.lead = "Team 1 Leads";  // A number without a dot stays a number.
  CHECK(RowFinisher(TestRules()).Finish(fields).lead == "Team 1 Leads");
  fields.lead = "1. Marsh";
  fields.where.confidence = -1;  // A text layer says what it says.
  CHECK(RowFinisher(TestRules()).Finish(fields).lead == "1. Marsh");
}

TEST_CASE("a name's capital I or initial O that OCR read as a lookalike is put back in OCR leads") {
  RowFields fields;
  fields.action = "Open the hub";
  fields.lead = "Janet Okafor and lfeoma Quayle / \\dris Marsh / 0. Dewhurst";
  fields.where.confidence = 88;
  CHECK(RowFinisher(TestRules()).Finish(fields).lead == "Janet Okafor and Ifeoma Quayle / Idris Marsh / O. Dewhurst");
  fields.lead = "Hub Ltd and lead officer";  // Words that start with "l" and a vowel stay.
  CHECK(RowFinisher(TestRules()).Finish(fields).lead == "Hub Ltd and lead officer");
}

TEST_CASE("spaces OCR lost in a timeframe or a status are put back in OCR rows only") {
  RowFields fields;
  fields.action = "Open the hub";
  fields.timeframe = "Byendof Q3";
  fields.progress = "Ontrack";
  fields.where.confidence = 90;
  ActionRow row = RowFinisher(TestRules()).Finish(fields);
  CHECK(row.timeframe == "By end of Q3");
  CHECK(row.progress == "On track");
  fields.timeframe = "By endofQ4";
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "By end of Q4");
  fields.timeframe = "March2026";  // A month run into its year parts, a year of a span does not.
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "March 2026");
  fields.timeframe = "Q2 2025/26";
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "Q2 2025/26");
  fields.timeframe = "Within available budgets";  // No spacing makes it a date: as read.
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "Within available budgets");
  fields.timeframe = "Byendof Q3";
  fields.where.confidence = -1;  // A text layer says what it says.
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "Byendof Q3");
}

TEST_CASE("a date whose hyphen a converter dropped at a wrap gets it back") {
  RowFields fields;
  fields.action = "Map the ferry crossings";
  fields.timeframe = "Jun27";
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "Jun-27");
  fields.timeframe = "Sept 2027";  // A month and its year apart stay apart.
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "Sept 2027");
  fields.timeframe = "Q2 2027/28";
  CHECK(RowFinisher(TestRules()).Finish(fields).timeframe == "Q2 2027/28");
}

}  // namespace
}  // namespace planrows
