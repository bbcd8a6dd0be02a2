#include "pipeline/normalize/value_normalizer.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "pipeline/rules/rule_file.h"

namespace planrows {
namespace {

const ValueNormalizer& Normalizer() {
  static const std::shared_ptr<const ValueNormalizer> normalizer = [] {
    Result<std::shared_ptr<const ValueNormalizer>> loaded = ValueNormalizer::Load(DefaultRulesDir());
    if (!loaded.ok()) FAIL(loaded.status().message());
    return *loaded;
  }();
  return *normalizer;
}

const PlanInfo kPlan{"Board", "Business Plan 2013 - 2015", 2013, 2015};

TEST_CASE("timeframes read as dates in their printed forms") {
  const TimeframeParser& p = Normalizer().timeframes;
  auto check = [&](const char* printed, const char* start, const char* end, const char* kind) {
    TimeframeDates d = p.Parse(printed, kPlan);
    INFO(printed);
    CHECK(d.start == start);
    CHECK(d.end == end);
    CHECK(d.kind == kind);
  };
  check("May 2015", "2015-05-01", "2015-05-31", "date");
  check("31st March 2015", "2015-03-31", "2015-03-31", "date");
  check("12 th November 2014", "2014-11-12", "2014-11-12", "date");
  check("31/03/2017", "2017-03-31", "2017-03-31", "date");
  check("2016/17", "2016-04-01", "2017-03-31", "date");
  check("Throughout 2013-4", "2013-04-01", "2014-03-31", "open");
  check("Q2 2016/17", "2016-07-01", "2016-09-30", "date");
  check("Sept 2016 - Mar 2017", "2016-09-01", "2017-03-31", "range");
  check("March 2013 June 2013 September 2013 December 2013", "2013-03-01", "2013-12-31", "range");
  check("By April 2017", "2017-04-01", "2017-04-30", "date");
  check("Ongoing", "2013-04-01", "2015-03-31", "open");
  check("Quarterly", "2013-04-01", "2015-03-31", "recurring");
  check("When funding allows", "", "", "unparsed");
  CHECK(p.Parse("", kPlan).kind.empty());
}

TEST_CASE("every timeframe printed in the corpus reads as dates or as open") {
  int seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(PLANROWS_CORPUS_DIR) + "/gold")) {
    std::ifstream in(entry.path());
    nlohmann::json gold = nlohmann::json::parse(in);
    PlanInfo plan{"", "", gold["period_start"].get<int>(), gold["period_end"].get<int>()};
    for (const auto& row : gold["rows"]) {
      if (row["timeframe"].is_null()) continue;
      std::string printed = row["timeframe"];
      TimeframeDates d = Normalizer().timeframes.Parse(printed, plan);
      INFO(printed);
      CHECK(d.kind != "unparsed");
      CHECK_FALSE(d.start.empty());
      CHECK(d.start <= d.end);
      ++seen;
    }
  }
  CHECK(seen > 120);
}

TEST_CASE("progress text gives a status") {
  const StatusNormalizer& s = Normalizer().statuses;
  CHECK(s.Normalize("Audit completed by D Pearson - presented to Quality & Performance Group") == "complete");
  CHECK(s.Normalize("Awaiting revised guidance") == "delayed");
  CHECK(s.Normalize("Amber") == "amber");
  CHECK(s.Normalize("On track") == "on_track");
  CHECK(s.Normalize("") == "unknown");
  CHECK(s.Normalize("To tie in with item 5.1") == "unknown");
}

TEST_CASE("leads fold to one entity per spelling, people told from roles and groups") {
  const LeadCanonicalizer& l = Normalizer().leads;
  CHECK(l.Canonicalize("CSE Sub- Group").key == l.Canonicalize("CSE subgroup").key);
  CHECK(l.Canonicalize("QA & PM Ctte").name == "Quality Assurance and Performance Management Committee");
  CHECK(l.Canonicalize("M Evans").kind == "person");
  CHECK(l.Canonicalize("l Mundy").kind == "person");
  CHECK(l.Canonicalize("Business Manager").kind == "role");
  CHECK(l.Canonicalize("Quality & Performance Group").kind == "group");
  CHECK(l.Canonicalize("All agencies").kind == "group");
}

TEST_CASE("actions are tagged with their topics and the words that matched") {
  const TopicTagger& t = Normalizer().topics;
  std::vector<TopicMatch> topics = t.Tag("Monitor return home interviews for children at risk of CSE");
  std::vector<std::string> keys;
  for (const TopicMatch& m : topics) keys.push_back(m.key);
  CHECK(std::find(keys.begin(), keys.end(), "cse") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "missing") != keys.end());
  CHECK(t.Tag("Improve sex education in schools").empty());
  CHECK(t.Tag("Lacking a plan, see the lace works").empty());  // "LAC" only as a whole word.
  CHECK(t.Tag("Review the case of the 12 children").empty());
  REQUIRE(t.Tag("Develop the Neglect Strategy").size() == 1);
  CHECK(t.Tag("Develop the Neglect Strategy")[0].matched == "Neglect");
}

}  // namespace
}  // namespace planrows
