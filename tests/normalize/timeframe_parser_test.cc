#include "pipeline/normalize/timeframe_parser.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "tests/normalize/normalize_fixture.h"

namespace planrows {
namespace {

struct Expected {
  const char* printed;
  int period_start, period_end;
  const char* start;
  const char* end;
  const char* kind;
};

void CheckAll(const std::vector<Expected>& table) {
  for (const Expected& e : table) {
    TimeframeDates d = Loaded<TimeframeParser>().Parse(e.printed, PlanInfo{"", "", e.period_start, e.period_end});
    INFO(e.printed << " in a plan for " << e.period_start << "-" << e.period_end);
    CHECK(d.start == e.start);
    CHECK(d.end == e.end);
    CHECK(d.kind == e.kind);
  }
}

TEST_CASE("timeframe forms read as dates") {
  CheckAll({
      {"May 2015", 2015, 2017, "2015-05-01", "2015-05-31", "date"},
      {"Sept 2013", 2013, 2014, "2013-09-01", "2013-09-30", "date"},
      {"Sep 2013", 2013, 2014, "2013-09-01", "2013-09-30", "date"},
      {"Feb 2016", 0, 0, "2016-02-01", "2016-02-29", "date"},  // Leap year.
      {"31st March 2015", 0, 0, "2015-03-31", "2015-03-31", "date"},
      {"1 April, 2016", 0, 0, "2016-04-01", "2016-04-01", "date"},
      {"31/03/2017", 0, 0, "2017-03-31", "2017-03-31", "date"},  // Day first, as in the UK.
      {"2017-03-31", 0, 0, "2017-03-31", "2017-03-31", "date"},
      {"2013-14", 0, 0, "2013-04-01", "2014-03-31", "date"},
      {"2016/17", 0, 0, "2016-04-01", "2017-03-31", "date"},
      {"2013-4", 0, 0, "2013-04-01", "2014-03-31", "date"},
      {"2019/2020", 0, 0, "2019-04-01", "2020-03-31", "date"},
      {"2015-2018", 0, 0, "2015-04-01", "2018-03-31", "date"},
      {"Q1 2016/17", 0, 0, "2016-04-01", "2016-06-30", "date"},
      {"Q2 2016/17", 0, 0, "2016-07-01", "2016-09-30", "date"},
      {"Q4 2016-17", 0, 0, "2017-01-01", "2017-03-31", "date"},
      {"2014", 0, 0, "2014-01-01", "2014-12-31", "date"},
      {"Sept 2016 - Mar 2017", 0, 0, "2016-09-01", "2017-03-31", "range"},
      {"Sept 2016 – Mar 2017", 0, 0, "2016-09-01", "2017-03-31", "range"},  // En dash.
      {"December 2013 to 31/01/2014", 0, 0, "2013-12-01", "2014-01-31", "range"},
      {"By April 2017", 2015, 2017, "2017-04-01", "2017-04-30", "date"},  // A deadline is its date.
      {"From April 2014", 2014, 2015, "2014-04-01", "2015-03-31", "open"},
      {"From April 2014", 0, 0, "2014-04-01", "2014-04-30", "open"},
      {"Ongoing", 2013, 2015, "2013-04-01", "2015-03-31", "open"},
      {"Ongoing", 0, 0, "", "", "open"},
      {"Quarterly", 2013, 2015, "2013-04-01", "2015-03-31", "recurring"},
      {"Annual", 2015, 2016, "2015-04-01", "2016-03-31", "recurring"},
      {"Quarterly reports 2014-15", 2013, 2015, "2014-04-01", "2015-03-31", "recurring"},
      {"Six-monthly", 2014, 2015, "2014-04-01", "2015-03-31", "recurring"},
      {"Mayor's review 2015", 0, 0, "2015-01-01", "2015-12-31", "date"},  // The year; "May" is no month here.
  });
}

TEST_CASE("a year printed before its month reads as that month") {
  CheckAll({
      {"2013 May", 2013, 2014, "2013-05-01", "2013-05-31", "date"},
      {"2019 Sept.", 0, 0, "2019-09-01", "2019-09-30", "date"},
      {"Review 2020 February", 0, 0, "2020-02-01", "2020-02-29", "date"},
      {"2018-2019 March", 0, 0, "2018-04-01", "2019-03-31", "date"},  // A financial year, then no month's year.
  });
}

TEST_CASE("a single date before an onward word starts open work running to the end of the plan") {
  CheckAll({
      {"June 2016 onwards", 2015, 2017, "2016-06-01", "2017-03-31", "open"},
      {"October 2019 and ongoing", 2019, 2021, "2019-10-01", "2021-03-31", "open"},
      {"June 2016 onwards", 0, 0, "2016-06-01", "2016-06-30", "open"},  // No plan period: the date alone.
      {"2019-20 ongoing", 2019, 2022, "2019-04-01", "2022-03-31", "open"},
      {"Ongoing 2019-20", 2019, 2022, "2019-04-01", "2020-03-31", "open"},  // Throughout that year.
      {"June and September 2016 ongoing", 2015, 2017, "2016-06-01", "2016-09-30", "open"},  // Several dates.
  });
}

TEST_CASE("a list of dates runs from the first to the last") {
  CheckAll({
      {"March 2019, July 2019 and November 2019", 2019, 2020, "2019-03-01", "2019-11-30", "range"},
      {"Audits in April, July & October 2019", 2019, 2020, "2019-04-01", "2019-10-31", "range"},
      {"Sept - Dec 2016", 0, 0, "2016-09-01", "2016-12-31", "range"},
      {"November and January 2021", 0, 0, "2020-11-01", "2021-01-31", "range"},  // Over a new year.
      {"June and 31st August 2018", 0, 0, "2018-08-31", "2018-08-31", "date"},  // Not a month list.
  });
}

TEST_CASE("timeframes that are no date stay unparsed, never guessed") {
  CheckAll({
      {"When funding allows", 2013, 2015, "", "", "unparsed"},
      {"TBC", 2013, 2015, "", "", "unparsed"},
      {"31/02/2015", 2013, 2015, "", "", "unparsed"},   // No such day.
      {"13/13/2015", 2013, 2015, "", "", "unparsed"},   // No such month.
      {"Report 5.1 to the Board", 2013, 2015, "", "", "unparsed"},
  });
  CHECK(Loaded<TimeframeParser>().Parse("", PlanInfo{}).kind.empty());
  CHECK(Loaded<TimeframeParser>().Parse("  ", PlanInfo{}).kind.empty());
}

// Every distinct timeframe printed in corpus/gold, with the period of its plan.
TEST_CASE("timeframes printed in the gold plans read as their dates") {
  CheckAll({
      {"2015-2016", 2015, 2016, "2015-04-01", "2016-03-31", "date"},
      {"May 2015", 2015, 2017, "2015-05-01", "2015-05-31", "date"},
      {"March 2015", 2015, 2017, "2015-03-01", "2015-03-31", "date"},
      {"January 2015", 2015, 2017, "2015-01-01", "2015-01-31", "date"},
      {"July 2015", 2015, 2017, "2015-07-01", "2015-07-31", "date"},
      {"October 2015", 2015, 2017, "2015-10-01", "2015-10-31", "date"},
      {"December 2015", 2015, 2017, "2015-12-01", "2015-12-31", "date"},
      {"On-going", 2015, 2017, "2015-04-01", "2017-03-31", "open"},
      {"Throughout 2013-14", 2013, 2014, "2013-04-01", "2014-03-31", "open"},
      {"Ongoing 2013-14", 2013, 2014, "2013-04-01", "2014-03-31", "open"},
      {"ongoing 2013-14", 2013, 2014, "2013-04-01", "2014-03-31", "open"},
      {"Throughout 2013-4", 2013, 2014, "2013-04-01", "2014-03-31", "open"},
      {"July 2013", 2013, 2014, "2013-07-01", "2013-07-31", "date"},
      {"March 2013", 2013, 2014, "2013-03-01", "2013-03-31", "date"},
      {"Aug 2013", 2013, 2014, "2013-08-01", "2013-08-31", "date"},
      {"April 2013", 2013, 2014, "2013-04-01", "2013-04-30", "date"},
      {"March 2013 June 2013 September 2013 December 2013", 2013, 2014, "2013-03-01", "2013-12-31", "range"},
      {"Agreed dates throughout year", 2013, 2014, "2013-04-01", "2014-03-31", "recurring"},
      {"November 2013", 2013, 2014, "2013-11-01", "2013-11-30", "date"},
      {"December 2013", 2013, 2014, "2013-12-01", "2013-12-31", "date"},
      {"May 2013", 2013, 2014, "2013-05-01", "2013-05-31", "date"},
      {"April 2013 September 2013 November 2013", 2013, 2014, "2013-04-01", "2013-11-30", "range"},
      {"September 2014", 2013, 2014, "2014-09-01", "2014-09-30", "date"},
      {"Oct 2014", 2013, 2014, "2014-10-01", "2014-10-31", "date"},
      {"September 2013", 2013, 2014, "2013-09-01", "2013-09-30", "date"},
      {"February 2013", 2013, 2014, "2013-02-01", "2013-02-28", "date"},
      {"Nov 2013", 2013, 2014, "2013-11-01", "2013-11-30", "date"},
      {"June 2013", 2013, 2014, "2013-06-01", "2013-06-30", "date"},
      {"Sept 2013", 2013, 2014, "2013-09-01", "2013-09-30", "date"},
      {"Report to LSCB in July 2014", 2014, 2015, "2014-07-01", "2014-07-31", "date"},
      {"September 2014", 2014, 2015, "2014-09-01", "2014-09-30", "date"},
      {"July 2014", 2014, 2015, "2014-07-01", "2014-07-31", "date"},
      {"March 2015", 2014, 2015, "2015-03-01", "2015-03-31", "date"},
      {"January 2015", 2014, 2015, "2015-01-01", "2015-01-31", "date"},
      {"October 2014", 2014, 2015, "2014-10-01", "2014-10-31", "date"},
      {"31 st March 2015", 2014, 2015, "2015-03-31", "2015-03-31", "date"},
      {"March 2015 July 2015", 2014, 2015, "2015-03-01", "2015-07-31", "range"},
      {"Nov 2015", 2014, 2015, "2015-11-01", "2015-11-30", "date"},
      {"Ongoing", 2014, 2015, "2014-04-01", "2015-03-31", "open"},
      {"June 2014", 2014, 2015, "2014-06-01", "2014-06-30", "date"},
      {"July 2014 and January 2015", 2014, 2015, "2014-07-01", "2015-01-31", "range"},
      {"July 2014 to January 2015", 2014, 2015, "2014-07-01", "2015-01-31", "range"},
      {"April 2014", 2014, 2015, "2014-04-01", "2014-04-30", "date"},
      {"From April 2014", 2014, 2015, "2014-04-01", "2015-03-31", "open"},
      {"Process from April 2014 to report to the Board in October 2014", 2014, 2015, "2014-04-01", "2014-10-31",
       "range"},
      {"On going", 2014, 2015, "2014-04-01", "2015-03-31", "open"},
      {"May 2014 ongoing", 2014, 2015, "2014-05-01", "2015-03-31", "open"},
      {"12 th November 2014", 2014, 2015, "2014-11-12", "2014-11-12", "date"},
  });
}

// A guard for the table above going stale: whatever the gold files hold,
// none of it is left unparsed.
TEST_CASE("no timeframe in the gold plans is left unparsed") {
  int seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(PLANROWS_CORPUS_DIR) + "/gold")) {
    nlohmann::json gold = nlohmann::json::parse(std::ifstream(entry.path()));
    PlanInfo plan{"", "", gold["period_start"].get<int>(), gold["period_end"].get<int>()};
    for (const auto& row : gold["rows"]) {
      if (row["timeframe"].is_null()) continue;
      TimeframeDates d = Loaded<TimeframeParser>().Parse(row["timeframe"].get<std::string>(), plan);
      INFO(row["timeframe"].get<std::string>());
      CHECK(d.kind != "unparsed");
      CHECK_FALSE(d.start.empty());
      CHECK(d.start <= d.end);
      ++seen;
    }
  }
  CHECK(seen > 100);
}

TEST_CASE("timeframe rules that cannot be used fail to load, naming the fault") {
  SECTION("a pattern RE2 rejects names its form") {
    ScratchRules rules("timeframes.toml", "[months]\nmay = 5\n[[form]]\nname = \"broken\"\npattern = '(?P<year>\\d+'\n");
    Result<TimeframeParser> parser = TimeframeParser::Load(rules.dir());
    REQUIRE_FALSE(parser.ok());
    CHECK_THAT(parser.status().message(), Catch::Contains("timeframes.toml") && Catch::Contains("broken"));
  }
  SECTION("a TOML syntax error names the file and line") {
    ScratchRules rules("timeframes.toml", "financial_year_start = 4\n\n[months\n");
    Result<TimeframeParser> parser = TimeframeParser::Load(rules.dir());
    REQUIRE_FALSE(parser.ok());
    CHECK_THAT(parser.status().message(), Catch::Contains("timeframes.toml:3"));
  }
  SECTION("a form without a year group") {
    ScratchRules rules("timeframes.toml", "[months]\nmay = 5\n[[form]]\nname = \"no_year\"\npattern = '(?P<month>may)'\n");
    Result<TimeframeParser> parser = TimeframeParser::Load(rules.dir());
    REQUIRE_FALSE(parser.ok());
    CHECK_THAT(parser.status().message(), Catch::Contains("no_year"));
  }
  SECTION("a missing rules directory") {
    Result<TimeframeParser> parser = TimeframeParser::Load("/nonexistent-rules");
    REQUIRE_FALSE(parser.ok());
    CHECK(parser.status().code() == Status::Code::kNotFound);
  }
}

}  // namespace
}  // namespace planrows
