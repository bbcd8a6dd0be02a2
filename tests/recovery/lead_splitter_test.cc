// Tests of LeadSplitter and rules/leads.toml: a lead cell as printed into
// separate people, posts and bodies, one test per rule.
#include <catch2/catch.hpp>

#include "tests/normalize/normalize_fixture.h"
#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

using Leads = std::vector<std::string>;

Leads Split(const char* cell) { return TestRules().leads.Split(cell); }

TEST_CASE("hard separators always split a lead cell") {
  CHECK(Split("I Pearson/ M Sancho") == Leads{"I Pearson", "M Sancho"});
  CHECK(Split("Independent Chair; DCS") == Leads{"Independent Chair", "DCS"});
  CHECK(Split("").empty());
}

TEST_CASE("a soft separator splits only after a complete name and before a capital") {
  CHECK(Split("Safeguarding Executive and MASH") == Leads{"Safeguarding Executive", "MASH"});
  CHECK(Split("Youth Offending Service & Targeted Prevention Service") ==
        Leads{"Youth Offending Service", "Targeted Prevention Service"});
  CHECK(Split("LSCB Executive and Chair") == Leads{"LSCB Executive", "Chair"});
  CHECK(Split("Quality & Performance Group") == Leads{"Quality & Performance Group"});
  CHECK(Split("Head of Fostering and Adoption") == Leads{"Head of Fostering and Adoption"});
  CHECK(Split("HOS – Referral, Assessment & Early Intervention") ==
        Leads{"HOS – Referral, Assessment & Early Intervention"});
  CHECK(Split("Safeguarding Team and partners") == Leads{"Safeguarding Team and partners"});
}

TEST_CASE("a new name after a post or body ending starts a new lead") {
  CHECK(Split("Business Manager L&D Manager Early Years Manager") ==
        Leads{"Business Manager", "L&D Manager", "Early Years Manager"});
  CHECK(Split("Performance & Improvement Officer Audit Group") ==
        Leads{"Performance & Improvement Officer", "Audit Group"});
  CHECK(Split("BSCB Business Manager QA & PM Ctte") == Leads{"BSCB Business Manager", "QA & PM Ctte"});
  CHECK(Split("Chair of CSE Strategy Group") == Leads{"Chair of CSE Strategy Group"});
  CHECK(Split("Designated Nurse Safeguarding Children") == Leads{"Designated Nurse Safeguarding Children"});
}

TEST_CASE("a post of the body just named stays with it, unless it opens a name of its own") {
  CHECK(Split("Training Sub Group Chair") == Leads{"Training Sub Group Chair"});
  CHECK(Split("IRO Service Manager") == Leads{"IRO Service Manager"});
  CHECK(Split("LSCB Board Lay Members") == Leads{"LSCB Board Lay Members"});
  CHECK(Split("LSCB Executive Chair of Audit Group") == Leads{"LSCB Executive", "Chair of Audit Group"});
}

TEST_CASE("a post's opening word at the start of a lead does not end it") {
  CHECK(Split("Chair CDOP Gladys Xavier") == Leads{"Chair CDOP Gladys Xavier"});
  CHECK(Split("LSCB Chair Chair Audit Group") == Leads{"LSCB Chair", "Chair Audit Group"});
}

TEST_CASE("a person's name joins the post before it") {
  CHECK(Split("CCG Lead Jacqui Himbury") == Leads{"CCG Lead Jacqui Himbury"});
  CHECK(Split("Head of Child Protection and Early Intervention Services Jane Smith") ==
        Leads{"Head of Child Protection and Early Intervention Services Jane Smith"});
  CHECK(Split("Chair of Learning and Improvement Sub-Group (LIG) Tom Brown") ==
        Leads{"Chair of Learning and Improvement Sub-Group (LIG) Tom Brown"});
  CHECK(Split("Chief Services to Young Peoples Officer Ronke Martins- Taylor") ==
        Leads{"Chief Services to Young Peoples Officer Ronke Martins- Taylor"});
  CHECK(Split("MASH Manager DCI Smith") == Leads{"MASH Manager DCI Smith"});
}

TEST_CASE("a person's name joins the post after it when the lead has none") {
  CHECK(Split("Paul McCarthy Head of SEN and Disability") == Leads{"Paul McCarthy Head of SEN and Disability"});
  CHECK(Split("LSCB Kathy Nixon Chief Community Safety Officer") ==
        Leads{"LSCB Kathy Nixon Chief Community Safety Officer"});
}

TEST_CASE("a person after a bare body or after another person is a lead of their own") {
  CHECK(Split("LSCB Executive Sue Williams (Borough Commander)") ==
        Leads{"LSCB Executive", "Sue Williams (Borough Commander)"});
  CHECK(Split("Chair of CSE Sub Group Veronica Leigh and John Delaney") ==
        Leads{"Chair of CSE Sub Group Veronica Leigh", "John Delaney"});
  CHECK(Split("MIC Chair Ruth Jenkins LSCB Business Manager") == Leads{"MIC Chair Ruth Jenkins", "LSCB Business Manager"});
  CHECK(Split("Head of Virtual Schools – Terry Cook And IRO Service Manager Judy Daniels") ==
        Leads{"Head of Virtual Schools – Terry Cook", "IRO Service Manager Judy Daniels"});
}

TEST_CASE("posts then as many people pair in order") {
  CHECK(Split("Chair Learning and Improvement Group and MIC Group Tendai Dooley and Ruth Jenkins") ==
        Leads{"Chair Learning and Improvement Group Tendai Dooley", "MIC Group Ruth Jenkins"});
  CHECK(Split("Audit Group Jane Smith and Tom Brown") == Leads{"Audit Group", "Jane Smith", "Tom Brown"});
}

TEST_CASE("an acronym printed again ends a lead after its first use") {
  CHECK(Split("Adult LSCB Children's LSCB") == Leads{"Adult LSCB", "Children's LSCB"});
}

TEST_CASE("a trailing full stop is dropped") {
  CHECK(Split("LSCB Practice Development Manager.") == Leads{"LSCB Practice Development Manager"});
}

TEST_CASE("lead rules that cannot be used fail to load, naming the fault") {
  ScratchRules rules("leads.toml", "hard_separators = '[/'\nacronym = 'A'\ninitial = 'A'\nname_word = 'A'\n");
  Result<LeadSplitter> splitter = LeadSplitter::Load(rules.dir());
  REQUIRE_FALSE(splitter.ok());
  CHECK_THAT(splitter.status().message(), Catch::Contains("leads.toml") && Catch::Contains("hard_separators"));
}

}  // namespace
}  // namespace planrows
