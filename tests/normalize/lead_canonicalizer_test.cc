#include "pipeline/normalize/lead_canonicalizer.h"

#include <catch2/catch.hpp>

#include "tests/normalize/normalize_fixture.h"

namespace planrows {
namespace {

LeadEntity Lead(const std::string& printed) { return Loaded<LeadCanonicalizer>().Canonicalize(printed); }

void CheckKind(const std::vector<const char*>& leads, const std::string& kind) {
  for (const char* printed : leads) {
    INFO(printed);
    CHECK(Lead(printed).kind == kind);
  }
}

TEST_CASE("spellings of one lead fold to one key") {
  const std::string cse = Lead("CSE Sub- Group").key;
  for (const char* printed : {"CSE Sub- group", "CSE subgroup", "cse sub group", "CSE Sub-Grp", "CSE  Sub–Group"}) {
    INFO(printed);
    CHECK(Lead(printed).key == cse);
  }
  CHECK(Lead("CSE Sub- Group").name == "CSE Sub-Group");
  CHECK(Lead("MASH sub").name == "MASH Sub-Group");
  CHECK(Lead("Quality & Performance Group").key == Lead("Quality and Performance Group").key);
  CHECK(Lead("l Mundy").key == Lead("I Mundy").key);
  CHECK(Lead("F Gosling- Thomas").name == "F Gosling-Thomas");
  CHECK(Lead("CSE Sub- Group").key != Lead("Audit Group").key);
}

TEST_CASE("aliases resolve to their canonical names") {
  const std::string qa = "Quality Assurance and Performance Management Committee";
  CHECK(Lead("QA & PM Ctte").name == qa);
  CHECK(Lead("QA & PM").name == qa);
  CHECK(Lead("qa and pm committee").name == qa);
  CHECK(Lead("QA & PM Ctte").key == Lead(qa).key);
  CHECK(Lead("QA & PM Ctte").kind == "group");
  CHECK(Lead("HOS").name == "Head of Service");
  CHECK(Lead("HOS").kind == "role");
  CHECK(Lead("L&D Manager").name == "Learning and Development Manager");
}

TEST_CASE("people are told apart from roles and groups") {
  CheckKind({"M Evans", "C Gill", "l Mundy", "I Pearson", "A Luke", "Gladys Xavier", "John Delaney",
             "F Gosling- Thomas"},
            "person");
  CheckKind({"Business Manager", "Chair of CDOP", "Chair", "Independent Chair", "LSCB Chair", "Chief Executive",
             "DCS", "CDOP Co-ordinator", "BSCB Business Manager", "Early Years Manager", "TTF Co-ordinator",
             "Head of Service – Quality Assurance & Safeguarding", "HOS – Referral, Assessment & Early Intervention",
             "AD – Children's Social Care", "GM – Quality Assurance, CSC", "Performance & Improvement Officer",
             "Chair of Management of Individual cases sub Group (MIC)", "Head of SEN and Disability (Local authority)",
             "LSCB Principal Child & Family Social Worker (PCFSW)", "Domestic Abuse Strategy Coordinator"},
            "role");
  CheckKind({"Quality & Performance Group", "CSE Sub- Group", "LSCB Executive", "All agencies", "All", "MASH",
             "MASH sub", "DSCB", "Youth Offending Service", "Public Health", "NHS Redbridge CCG", "Youth Council",
             "Vulnerable Children", "LSCB Board Lay Members", "Targeted Prevention Service", "Case Review Group",
             "Participation strategy", "DSCB Safeguarding Executive", "Children's LSCB"},
            "group");
}

TEST_CASE("a person named in a post is that person") {
  const std::string gladys = Lead("Gladys Xavier").key;
  for (const char* printed : {"Chair of CDOP Gladys Xavier", "Chair CDOP Gladys Xavier", "LSCB Gladys Xavier"}) {
    INFO(printed);
    CHECK(Lead(printed).kind == "person");
    CHECK(Lead(printed).key == gladys);
    CHECK(Lead(printed).name == "Gladys Xavier");
  }
  CHECK(Lead("Sue Williams (Borough Commander)").name == "Sue Williams");
  CHECK(Lead("LSCB CAMHS (Chris Evans)").name == "Chris Evans");
  CHECK(Lead("Paul McCarthy Head of SEN and Disability").name == "Paul McCarthy");
  CHECK(Lead("Head of Commissioning, Quality and Finance (Local Authority) Tendai Dooley (Interim)").name ==
        "Tendai Dooley");
  CHECK(Lead("Chair of Learning and Improvement Sub-Group (LIG) Tendai Dooley").name == "Tendai Dooley");
  CHECK(Lead("Chief Services to Young Peoples Officer Ronke Martins- Taylor").name == "Ronke Martins-Taylor");
  CHECK(Lead("LSCB Kathy Nixon Chief Community Safety Officer").name == "Kathy Nixon");
  CHECK(Lead("Head of Virtual Schools – Terry Cook").name == "Terry Cook");
  CHECK(Lead("Terry Cook And Partners").name == "Terry Cook");  // Link words are in no name.
}

TEST_CASE("an empty lead is no entity") {
  LeadEntity none = Lead("  ");
  CHECK(none.key.empty());
  CHECK(none.name.empty());
  CHECK(none.kind.empty());
}

TEST_CASE("a lead that names no one is no entity") {
  for (const char* printed : {"and", "The", "and the", "Lead", "TBC", "N/A", "Manager", "Sub- group", "Adviser"}) {
    INFO(printed);
    CHECK(Lead(printed).key.empty());
  }
  for (const char* printed : {"Chair", "Lead Member", "All", "Housing", "Harbour Team", "Lead Officer"}) {
    INFO(printed);
    CHECK_FALSE(Lead(printed).key.empty());
  }
}

TEST_CASE("text of other columns run into a lead is left out of its entity") {
  CHECK(Lead("Harbour Team By end of Q3").name == "Harbour Team");
  CHECK(Lead("Lead Nurse Jun-19 40% complete").name == "Lead Nurse");
  CHECK(Lead("Draft by May 2020 Sign-off by July 2020 Parenting Panel").name == "Parenting Panel");
  CHECK(Lead("Draft by May 2020 Sign-off by July 2020").key.empty());
  CHECK(Lead("Write the charter Draft by March 2021 Hilda Quarrie").name == "Hilda Quarrie");
  CHECK(Lead("Mayfield Trust").name == "Mayfield Trust");  // No date: a month's letters are not one.
  CHECK(Lead("March Panel").name == "March Panel");
}

TEST_CASE("capitalised words before a group word name the body, not a person") {
  CHECK(Lead("Voluntary Sector Forum").kind == "group");
  CHECK(Lead("Riverside Parents Forum").kind == "group");
  CHECK(Lead("Riverside Parents Forum").name == "Riverside Parents Forum");
  CHECK(Lead("Forum Chair Hilda Quarrie").name == "Hilda Quarrie");
}

TEST_CASE("lead rules that cannot be used fail to load, naming the fault") {
  ScratchRules rules("lead_aliases.toml", "[[rewrite]]\npattern = '(unclosed'\nreplace = 'x'\n"
                                          "[kinds]\nperson = '.'\n");
  Result<LeadCanonicalizer> leads = LeadCanonicalizer::Load(rules.dir());
  REQUIRE_FALSE(leads.ok());
  CHECK_THAT(leads.status().message(), Catch::Contains("lead_aliases.toml") && Catch::Contains("rewrite[0]"));
}

}  // namespace
}  // namespace planrows
