#include "pipeline/normalize/topic_tagger.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "tests/normalize/normalize_fixture.h"

namespace planrows {
namespace {

// Topic id -> the words that matched.
std::map<std::string, std::string> Tags(const std::string& text) {
  std::map<std::string, std::string> tags;
  for (const TopicMatch& match : Loaded<TopicTagger>().Tag(text)) tags[match.key] = match.matched;
  return tags;
}

std::vector<std::string> Ids(const std::string& text) {
  std::vector<std::string> ids;
  for (const auto& [id, words] : Tags(text)) ids.push_back(id);
  return ids;
}

using IdList = std::vector<std::string>;

// "id: words" for each topic of `text`, for messages that show what matched.
std::vector<std::string> Described(const std::string& text) {
  std::vector<std::string> described;
  for (const auto& [id, words] : Tags(text)) described.push_back(id + ": " + words);
  return described;
}

TEST_CASE("actions from the gold plans are tagged with their topics") {
  CHECK(Described(
      "We will check that services are targeted, responsive and efficient for those children and young people who "
      "are vulnerable. This includes; Children on Child Protection (CP) plans with a focus on Neglect; Looked After "
      "Children; Children living in households where there is DV; Children at risk of Child Sexual Exploitation "
      "(CSE); Children with disabilities and special educational needs; Children who go missing from home or care; "
      "Children with mental health needs") == IdList{
                                                     "cse: child sexual exploitation; CSE",
                                                     "disability-sen: disabilities; special educational needs",
                                                     "domestic-abuse: DV",
                                                     "looked-after: looked after",
                                                     "mental-health: mental health",
                                                     "missing: go missing",
                                                     "neglect: neglect",
                                                 });
  CHECK(Ids("Use management data to identify patterns, trends and children 'at risk' of child sexual exploitations") ==
        IdList{"cse"});
  CHECK(Ids("The LSCB Board to scrutinise the impact of the MASH arrangements to ensure improving multi agency working "
            "on child protection.") == IdList{"mash", "quality-assurance"});
  CHECK(Ids("To ensure the Voice of the Child is identified within practice") == IdList{"voice-of-child"});
  CHECK(Ids("Increase visibility of the LSCB through regular newsletters, updates on the website and use of social "
            "media – Facebook & Twitter") == IdList{"communication"});
  CHECK(Ids("Raise awareness of the risks associated with child death and life threatening conditions") ==
        IdList{"child-deaths", "communication"});
}

TEST_CASE("actions about nothing in the vocabulary get no topic") {
  CHECK(Ids("Review and develop new performance dashboards / reports for DSCB").empty());
  CHECK(Ids("Ensure commissioning arrangements are in place for health visiting and school nursing").empty());
  CHECK(Ids("Improve sex education in schools").empty());        // Not CSE.
  CHECK(Ids("Lacking a plan, see the lace works").empty());       // "LAC" only as a whole word.
  CHECK(Ids("Se the case notes; lac of evidence").empty());       // Acronyms keep their case.
  CHECK(Ids("Foster good relationships with the café owners").empty());
  CHECK(Ids("Prevent duplication of referrals").empty());          // The verb, not the duty.
}

TEST_CASE("synonyms match any case, spacing and punctuation; acronyms and patterns as printed") {
  CHECK(Tags("Hear the Child’s Voice")["voice-of-child"] == "child s voice");
  CHECK(Tags("Roll out E-Safety and e-learning")["online-safety"] == "e safety");
  CHECK(Tags("Roll out E-Safety and e-learning")["training"] == "e learning");
  CHECK(Ids("Offer online training") == IdList{"training"});
  CHECK(Tags("Children at risk of SE")["cse"] == "SE");
  CHECK(Tags("Complete the CAF")["early-help"] == "CAF");
  CHECK(Tags("Deliver Prevent training (WRAP) to schools")["radicalisation"] == "WRAP; Prevent training");
  CHECK(Tags("Run S11 audits and Section 11 reviews")["section-11"] == "s11; section 11");
  CHECK(Tags("Monitor return home interviews")["missing"] == "return home interviews");
}

TEST_CASE("the vocabulary lists every topic once") {
  std::vector<TopicMatch> topics = Loaded<TopicTagger>().Topics();
  REQUIRE(topics.size() > 20);
  CHECK(topics[0].key == "cse");
  std::set<std::string> ids;
  for (const TopicMatch& topic : topics) {
    CHECK_FALSE(topic.label.empty());
    CHECK(topic.matched.empty());
    CHECK(ids.insert(topic.key).second);
  }
}

TEST_CASE("topic rules that cannot be used fail to load, naming the fault") {
  SECTION("a pattern RE2 rejects names its topic") {
    ScratchRules rules("topics.toml", "[[topic]]\nid = \"cse\"\nlabel = \"CSE\"\npatterns = ['(?P<x']\n");
    Result<TopicTagger> tagger = TopicTagger::Load(rules.dir());
    REQUIRE_FALSE(tagger.ok());
    CHECK_THAT(tagger.status().message(), Catch::Contains("topics.toml") && Catch::Contains("cse.patterns[0]"));
  }
  SECTION("a topic without an id names its line") {
    ScratchRules rules("topics.toml", "# Topics\n\n[[topic]]\nlabel = \"CSE\"\nsynonyms = ['cse']\n");
    Result<TopicTagger> tagger = TopicTagger::Load(rules.dir());
    REQUIRE_FALSE(tagger.ok());
    CHECK_THAT(tagger.status().message(), Catch::Contains("topics.toml:3"));
  }
}

}  // namespace
}  // namespace planrows
