// Column roles read from headings and cells together: reference columns
// whatever they are headed, headings named by their words, headers of
// several lines and of two levels, unexplained columns kept apart.
#include <catch2/catch.hpp>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_recoverer.h"
#include "tests/recovery/page_builder.h"
#include "tests/recovery/rules_fixture.h"
#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

RecoveredPlan Recover(const DocumentText& document) { return PlanRecoverer(SharedTestRules()).Recover(document); }

// The role each column of the document's first table was given.
std::vector<std::string> Roles(const RecoveredPlan& plan) {
  std::vector<std::string> roles;
  if (plan.tables.empty()) return roles;
  for (const ColumnTrace& column : plan.tables[0].columns) roles.push_back(column.role);
  return roles;
}

TEST_CASE("a lead-and-date heading over the first of two columns names the lead when the other holds the dates") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Steps"}, {300, "Who and when"}})
      .Line({{300, "Named officer"}, {420, "By"}})
      .Line({{40, "4.1"}, {70, "Light the canal towpath"}, {300, "Canal Trust"}, {420, "Jun-27"}}, true)
      .Line({{40, "4.2"}, {70, "Train the lock keepers"}, {300, "Harbour Master"}, {420, "Sep-27"}}, true)
      .Line({{40, "4.3"}, {70, "Map the moorings"}, {300, "Boat Club"}, {420, "Dec-27"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "lead", "timeframe"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].lead == "Harbour Master");
  CHECK(plan.rows[1].timeframe == "Sep-27");
}

TEST_CASE("of two unnamed prose columns side by side, the one of fewer distinct cells is the outcome") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Our pledge"}, {300, "Purpose"}, {470, "Lead"}, {560, "Timescale"}})
      .Line({{40, "2.1"}, {70, "Open a drop-in at the harbour library"}, {300, "Young carers find help near home"},
             {470, "Oona Barraclough"}, {560, "May 2026"}})
      .Line({{40, "2.2"}, {70, "Print a guide to the night bus for carers"}, {300, "Young carers find help near home"},
             {470, "Transport Desk"}, {560, "July 2026"}})
      .Line({{40, "2.3"}, {70, "Run a summer audit of missing episodes"}, {300, "Records are complete and shared"},
             {470, "Piet Lanyon"}, {560, "August 2026"}});
  RecoveredPlan plan = Recover(pages.document());
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "outcome", "lead", "timeframe"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[0].outcome == "Young carers find help near home");
}

TEST_CASE("the outcome and action paired by their cells stand right of the references, not in a theme column") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Domain"}, {150, "Ref"}, {190, "Intent"}, {400, "Undertakings"}, {620, "Lead"},
             {720, "Timescale"}})
      .Line({{40, "Harbour safety for young carers"}, {150, "2.1"}, {190, "Young carers find help near home"},
             {400, "Open a drop-in at the harbour library"}, {620, "Oona Barraclough"}, {720, "May 2026"}})
      .Line({{150, "2.2"}, {190, "Young carers find help near home"}, {400, "Print a guide to the night bus"},
             {620, "Transport Desk"}, {720, "July 2026"}})
      .Line({{150, "2.3"}, {190, "Records are complete and shared"}, {400, "Run a summer audit of missing episodes"},
             {620, "Piet Lanyon"}, {720, "August 2026"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[0].outcome == "Young carers find help near home");
  CHECK(plan.rows[2].action == "Run a summer audit of missing episodes");
}

TEST_CASE("a heading whose first line is a quarter ('Q3' over 'position') is one heading") {
  PageBuilder pages;
  pages.Page()
      .Line({{560, "Q3"}})
      .Line({{40, "Strand"}, {150, "Our pledge"}, {400, "Responsibility and timescale"}, {560, "position"}})
      .Line({{40, "Carers"}, {150, "Open a drop-in at the harbour library"}, {400, "Oona Barraclough"},
             {560, "75% done"}}, true)
      .Line({{400, "Q2 2026/27"}})
      .Line({{150, "Print a guide to the night bus for carers"}, {400, "Transport Desk"}, {560, "40%"}}, true)
      .Line({{400, "Q3 2026/27"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[0].progress == "75% done");
  CHECK(plan.rows[1].timeframe == "Q3 2026/27");
}

TEST_CASE("a prose column filled on a section's first row only is no action: the full one is") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Strand"}, {150, "Ref"}, {190, "Our pledge"}, {470, "Lead"}, {560, "Timescale"}})
      .Line({{40, "Harbour safety for"}, {150, "2.1"}, {190, "Open a drop-in at the harbour library"},
             {470, "Oona Barraclough"}, {560, "May 2026"}})
      .Line({{40, "young carers"}})
      .Line({{150, "2.2"}, {190, "Print a guide to the night bus for carers"}, {470, "Transport Desk"},
             {560, "July 2026"}})
      .Line({{150, "2.3"}, {190, "Run a summer audit of missing episodes"}, {470, "Piet Lanyon"},
             {560, "August 2026"}})
      .Line({{150, "2.4"}, {190, "Train the duty desk on ferry crossings"}, {470, "Quay Office"},
             {560, "October 2026"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[3].action == "Train the duty desk on ferry crossings");
}

TEST_CASE("a theme wrapped beside every row left of the references is no action: the prose right of them is") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Strand"}, {150, "Line"}, {190, "Our pledge"}, {470, "Lead"}, {560, "Timescale"}})
      .Line({{40, "Harbour safety for"}, {150, "1"}, {190, "Open a drop-in at the harbour library"},
             {470, "Oona Barraclough"}, {560, "May 2026"}})
      .Line({{40, "young carers in"}, {150, "2"}, {190, "Print a guide to the night bus for carers"},
             {470, "Transport Desk"}, {560, "July 2026"}})
      .Line({{40, "the ferry towns"}, {150, "3"}, {190, "Run a summer audit of missing episodes"},
             {470, "Piet Lanyon"}, {560, "August 2026"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].action == "Open a drop-in at the harbour library");
  CHECK(plan.rows[2].action == "Run a summer audit of missing episodes");
}

TEST_CASE("a column heading words take for the dates is no timeframe when its cells are prose") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tAction\tLead / date\tTarget\n"
      "2.1\tOpen a drop-in at the harbour library\tOona Barraclough - May 2026\tTwenty carers use it each month\n"
      "2.2\tPrint a guide to the night bus\tTransport Desk - July 2026\tEvery care leaver is given a copy\n");
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "lead_timeframe", "extra:target"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[0].timeframe == "May 2026");
}

TEST_CASE("a column of key stages keeps its dates out of the timeframe named by no rule") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tAction\tKey stages\tLead\tWanted for\n"
      "2.1\tOpen a drop-in at the harbour library\tPlan by May 2026; Open by July 2026\tOona Barraclough\tJul-26\n"
      "2.2\tPrint a guide to the night bus\tDraft by June 2026; Print by August 2026\tTransport Desk\tAug-26\n");
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "extra:milestones", "lead", "timeframe"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].timeframe == "Aug-26");
}

TEST_CASE("of two unnamed columns of dates, the one of dates alone is the timeframe") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref\tAction\tCheckpoints\tLead\tWanted for\n"
      "2.1\tOpen a drop-in at the harbour library\tPlan by May 2026; Open by July 2026\tOona Barraclough\tJul-26\n"
      "2.2\tPrint a guide to the night bus\tDraft by June 2026; Print by August 2026\tTransport Desk\tAug-26\n"
      "2.3\tAudit missing episodes\tStart in March 2027\tPiet Lanyon\tMar-27\n");
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "extra:checkpoints", "lead", "timeframe"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].timeframe == "Jul-26");
}

TEST_CASE("an unnamed column just before the dates, in a table without a lead, is read as the lead") {
  RecoveredPlan plan = RecoverPlanText(
      "Ref Action Steward Timescale\n"
      "2.1\nOpen a drop-in at the harbour library\nOona Barraclough\nMay 2026\n"
      "2.2\nPrint a guide to the night bus\nTransport Desk\nJuly 2026\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].lead == "Oona Barraclough");
  CHECK(plan.rows[1].lead == "Transport Desk");
}

TEST_CASE("a reference as printed takes no OCR lookalike for a digit") {
  CellClassifier kinds(TestRules());
  CHECK(kinds.IsPrintedRef("4.2"));
  CHECK(kinds.IsPrintedRef("9"));
  CHECK(kinds.IsPrintedRef("RT 3"));
  CHECK_FALSE(kinds.IsPrintedRef("I."));  // An initial.
  CHECK(kinds.Classify("vector.") == CellKind::kRef);  // As OCR may have read "vect0r."
  CHECK_FALSE(kinds.IsPrintedRef("vector."));
  CHECK_FALSE(kinds.IsPrintedRef("Jun 29"));
}

TEST_CASE("cells are told apart by what they hold") {
  CellClassifier kinds(TestRules());
  CHECK(kinds.Classify("2.3") == CellKind::kRef);
  CHECK(kinds.Classify("7") == CellKind::kRef);
  CHECK(kinds.Classify("vc1") == CellKind::kRef);
  CHECK(kinds.Classify("l.la") == CellKind::kRef);  // OCR for 1.1a
  CHECK(kinds.Classify("Dl") == CellKind::kRef);    // OCR for D1: capitals, then a lookalike of a digit
  CHECK(kinds.Classify("KPl") == CellKind::kRef);
  CHECK(kinds.Classify("Ali") == CellKind::kLead);  // A name, not "A11"
  CHECK(kinds.Classify("CI") == CellKind::kLead);   // Capitals alone
  CHECK(kinds.Classify("May 17") == CellKind::kDate);
  CHECK(kinds.Classify("By end of Q3") == CellKind::kDate);
  CHECK(kinds.Classify("Apr-19") == CellKind::kDate);
  CHECK(kinds.Classify("Amber") == CellKind::kStatus);
  CHECK(kinds.Classify("Not yet started") == CellKind::kStatus);
  CHECK(kinds.Classify("Head of Early Help") == CellKind::kLead);
  CHECK(kinds.Classify("T Okonjo / Carers Hub") == CellKind::kLead);
  CHECK(kinds.Classify("Map the carers known to schools") == CellKind::kProse);
  CHECK(kinds.Classify(" • ") == CellKind::kEmpty);
}

TEST_CASE("headings name columns by their words once a row is a header") {
  const HeaderRules& h = TestRules().headers;
  CHECK(h.MatchWords("Who will deliver this?")->column == Column::kLead);
  CHECK(h.MatchWords("Responsible officer(s) and partners")->column == Column::kLead);
  CHECK(h.MatchWords("Target date / milestone")->column == Column::kTimeframe);
  CHECK(h.MatchWords("Current RAG")->column == Column::kProgress);
  CHECK(h.MatchWords("Outputs and evidence of impact")->extra_key == "measure");
  CHECK(h.MatchWords("Who is accountable and by when?")->column == Column::kLeadTimeframe);
  CHECK_FALSE(h.MatchWords("Pond dipping"));
}

TEST_CASE("a heading whose words name two columns equally names its head noun's") {
  const HeaderRules& h = TestRules().headers;
  CHECK(h.MatchWords("Action owner")->column == Column::kLead);
  CHECK(h.MatchWords("Outcome target")->column == Column::kTimeframe);
  CHECK(h.MatchWords("Target for the outcome")->column == Column::kTimeframe);
}

TEST_CASE("words alone do not make a data line a header") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Review who is responsible for the audit"}, {300, "Lead officer's team"}, {450, "Date agreed"}})
      .Line({{40, "Second line of prose about the work"}, {300, "Someone"}});
  RecoveredPlan plan = Recover(pages.document());
  CHECK(plan.tables.empty());
}

TEST_CASE("a column of plain numbers under any heading is the reference column") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "No."}, {70, "What will we do?"}, {300, "Who will deliver this?"}, {420, "Target date / milestone"},
             {520, "Current RAG"}}, true)
      .Line({{40, "1"}, {70, "Map young carers in schools"}, {300, "Head of Early Help"}, {420, "June 2019"},
             {520, "Amber"}}, true)
      .Line({{40, "2"}, {70, "Publish a guide for staff"}, {300, "T Okonjo / Carers Hub"}, {420, "Sept 2019"},
             {520, "Green"}}, true)
      .Line({{40, "Priority 2 Education"}}, true)
      .Line({{40, "1"}, {70, "Track pupils missing school"}, {300, "Admissions Team"}, {420, "March 2020"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "lead", "timeframe", "progress"});
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].lead == "T Okonjo / Carers Hub");
  CHECK(plan.rows[2].ref == "1");
  CHECK(plan.rows[2].section_ref == "2");
}

TEST_CASE("references left of the first heading make a column of their own") {
  PageBuilder pages;
  pages.Page()
      .Line({{60, "Intended impact"}, {200, "Activity"}, {350, "Lead"}, {450, "Due"}}, true)
      .Line({{40, "ab1"}, {60, "Fewer repeat referrals"}, {200, "Agree a shared list"}, {350, "Admissions Team"},
             {450, "March 2019"}}, true)
      .Line({{40, "ab2"}, {60, "Fewer repeat referrals"}, {200, "Audit ten cases"}, {350, "Audit Sub-group"},
             {450, "May 2019"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "outcome", "action", "lead", "timeframe"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "AB1");
  CHECK(plan.rows[0].outcome == "Fewer repeat referrals");
}

TEST_CASE("references left of the first heading under each header printed again make a column") {
  PageBuilder pages;
  pages.Page()
      .Line({{60, "Action"}, {250, "Lead"}, {400, "Due"}})
      .Line({{40, "1.1"}, {60, "Light the harbour steps"}, {250, "Harbour Team"}, {400, "May 2031"}}, true)
      .Line({{60, "Action"}, {250, "Lead"}, {400, "Due"}}, true)
      .Line({{40, "2.1"}, {60, "Train the ferry crews"}, {250, "Ferry Desk"}, {400, "June 2031"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "1.1");
  CHECK(plan.rows[0].action == "Light the harbour steps");
  CHECK(plan.rows[1].ref == "2.1");
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "lead", "timeframe"});
}

TEST_CASE("a two-level header and headings wrapped over lines are read as one header") {
  PageBuilder pages;
  pages.Page()
      .Line({{300, "Accountability"}, {460, "Monitoring"}}, true)
      .Line({{40, "Ref"}, {70, "Key"}})
      .Line({{70, "tasks"}, {300, "Lead"}, {400, "Date"}, {460, "RAG"}, {520, "Comments"}})
      .Line({{40, "A1"}, {70, "Agree a neglect strategy"}, {300, "Designated Nurse"}, {400, "Dec 2018"},
             {460, "Complete"}, {520, "Signed off by the partners"}}, true)
      .Line({{40, "A2"}, {70, "Train frontline staff"}, {300, "Workforce Team"}, {400, "Mar 2019"},
             {460, "Amber"}, {520, "Half of staff trained so far"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "lead", "timeframe", "progress", "extra:comments"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Agree a neglect strategy");
  CHECK(plan.rows[0].progress == "Complete");
  REQUIRE(plan.rows[0].extra.size() == 1);
  CHECK(plan.rows[0].extra[0].second == "Signed off by the partners");
}

TEST_CASE("a lead's last line over the next table's header is its row's, not a merged heading") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {460, "Date"}}, true)
      .Line({{40, "K1"}, {70, "Refresh the ferry pass scheme"}, {300, "Harbour Police and"}, {460, "Q2 2031"}}, true)
      .Line({{300, "T Pengelly"}})
      .Line({{70, "Why this"}}, true)
      .Line({{70, "matters"}, {150, "Action"}, {300, "Lead"}, {460, "Date"}})
      .Line({{40, "K2"}, {70, "Islanders reach help"}, {150, "Open a drop-in desk"}, {300, "Ferry Trust"},
             {460, "Q4 2031"}}, true)
      .Line({{40, "K3"}, {70, "Islanders reach help"}, {150, "Train the ferry crews"}, {300, "Crew Union"},
             {460, "Q1 2032"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Harbour Police and T Pengelly");
  CHECK(plan.rows[1].lead == "Ferry Trust");
}

TEST_CASE("a column whose heading names nothing gets its role from its cells") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "Pond dipping"}}, true)
      .Line({{40, "1.1"}, {70, "Agree a neglect strategy"}, {300, "Designated Nurse"}, {420, "December 2018"}}, true)
      .Line({{40, "1.2"}, {70, "Train frontline staff"}, {300, "Workforce Team"}, {420, "March 2019"}}, true);
  RecoveredPlan plan = Recover(pages.document());
  CHECK(Roles(plan) == std::vector<std::string>{"ref", "action", "lead", "timeframe"});
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].timeframe == "March 2019");
}

TEST_CASE("a reference wrapped in a narrow column is read whole") {
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Ref"}, {70, "Action"}, {300, "Lead"}, {420, "By when"}}, true)
      .Line({{40, "EH"}, {70, "Agree a neglect strategy"}, {300, "Designated Nurse"}, {420, "Dec 2018"}}, true)
      .Line({{40, "1"}, {70, "with the partners"}})
      .Line({{40, "EH"}, {70, "Train frontline staff"}, {300, "Workforce Team"}, {420, "Mar 2019"}}, true)
      .Line({{40, "2"}, {70, "in each locality"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "EH 1");
  CHECK(plan.rows[0].action == "Agree a neglect strategy with the partners");
  CHECK(plan.rows[1].ref == "EH 2");
}

TEST_CASE("a reference wrapped in a column whose heading a word was cut in runs on to its number") {
  // "Code" cut over two lines says the column cuts words that do not fit:
  // "EH" over "1" is "EH1", not "EH 1".
  PageBuilder pages;
  pages.Page()
      .Line({{40, "Co"}, {70, "Action"}, {300, "Lead"}, {420, "By when"}}, true)
      .Line({{40, "de"}})
      .Line({{40, "EH"}, {70, "Agree a neglect strategy"}, {300, "Designated Nurse"}, {420, "Dec 2018"}}, true)
      .Line({{40, "1"}, {70, "with the partners"}})
      .Line({{40, "EH"}, {70, "Train frontline staff"}, {300, "Workforce Team"}, {420, "Mar 2019"}}, true)
      .Line({{40, "2"}, {70, "in each locality"}});
  RecoveredPlan plan = Recover(pages.document());
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "EH1");
  CHECK(plan.rows[0].action == "Agree a neglect strategy with the partners");
  CHECK(plan.rows[1].ref == "EH2");
}

TEST_CASE("a reference wrapped over two lines is joined, its letter too, as printed or as OCR read it") {
  const PlanPatterns& p = TestRules().patterns;
  CHECK(p.JoinWrappedRef("SA", "1") == "SA 1");
  CHECK(p.JoinWrappedRef("SA", "1", true) == "SA1");  // A column that cuts words cut the reference too.
  CHECK(p.JoinWrappedRef("sa", "1") == "sa1");
  CHECK(p.JoinWrappedRef("1.", "1") == "1.1");
  CHECK(p.JoinWrappedRef("1.1", "a") == "1.1a");
  CHECK(p.JoinWrappedRef("2.2", "Cc") == "2.2c");
  CHECK(p.JoinWrappedRef("2.2", "Of").empty());  // A word, not a letter.
  CHECK(p.JoinWrappedRef("Lead", "a").empty());
}

TEST_CASE("OCR's lookalikes in references are repaired, dates are no references") {
  const PlanPatterns& p = TestRules().patterns;
  CHECK(p.RepairRef("l.la") == "1.1a");
  CHECK(p.RepairRef("2.1¢") == "2.1c");
  CHECK(p.RepairRef("3.l") == "3.1");
  CHECK(p.RepairColumnRef("dcl") == "dc1");  // A prefix's number read all as letters.
  CHECK(p.RepairColumnRef("YClO") == "YC10");
  CHECK(p.RepairColumnRef("2.1¢c") == "2.1c");  // A letter read twice, as a sign and itself.
  CHECK(p.RepairColumnRef("2.4,") == "2.4");  // Its dot read as a comma.
  CHECK(p.RepairColumnRef("YV I") == "YV 1");  // A prefix a space before its number.
  CHECK(p.RepairColumnRef("No") == "No");  // A heading: no number starts with a nought.
  CHECK(p.RepairColumnRef("Ro") == "Ro");
  CHECK(p.RepairColumnRef("3. 4.") == "3.4.");  // Parted by a space.
  CHECK(p.RepairColumnRef("2.1. I") == "2.1.");  // The ruling beside it read as a glyph.
  CHECK(p.RepairColumnRef("P1.: 4") == "P1.4");    // A speck after its dot read as a colon.
  CHECK(p.RepairColumnRef("mhl \u2014_-") == "mh1");  // Specks beside it read as dashes.
  CHECK(p.RepairColumnRef("CSE 3") == "CSE 3");  // A reference as printed stays.
  CHECK(p.RepairColumnRef("Cnt'd from") == "Cnt'd from");
  CHECK(p.RepairRef("dcl") == "dcl");  // Outside a column of references, a word.
  CHECK(p.RepairRef("Ill") == "Ill");
  CHECK(p.RepairRef("lead") == "lead");
  CHECK(p.RepairDigits("By end of Ql") == "By end of Q1");
  CHECK(p.RepairDigits("March 20l8") == "March 2018");
  CHECK(p.RepairDigits("Ill health leads") == "Ill health leads");
}

}  // namespace
}  // namespace planrows
