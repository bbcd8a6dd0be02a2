// Tables as pdftotext writes a ruled table in its default mode: a header of a
// name a paragraph, then a cell a paragraph (LinePerCellReader).
#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a table written a cell a paragraph, under a header a name a paragraph, gives a row per reference") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Partnership Plan\n\nRef\n\nIntended impact\n\nWhat we will\ndo\n\nOwner /\ndeadline\n\n"
      "Position at\nlast review\n\nkv1.\n\nYoung carers are\nknown early\n\n"
      "Open a drop-in for young\ncarers at the library\n\n"
      "D. Farrant\nBy end of Q2\n\nA\n\nkv2.\n\nRun a survey of young\ncarers\n\nI. Okafor\nBy end of Q4\n\nG\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "KV1");
  CHECK(plan.rows[0].action == "Open a drop-in for young carers at the library");
  CHECK(plan.rows[0].lead == "D. Farrant");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[0].progress == "A");
  CHECK(plan.rows[1].ref == "KV2");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[1].lead == "I. Okafor");
  CHECK(plan.rows[1].progress == "G");
}

TEST_CASE("a date run onto the first line of the next paragraph cell is a cell of its own") {
  RecoveredPlan plan = RecoverPlanText(
      "Brackenholm Partnership Plan\n\nRef\n\nWhat we will do\n\nLead\n\nBy\n\nEvidence we will use\n\n"
      "BH1\n\nOpen a reading den at the\nvillage hall\n\nT. Marlow\n\n30/06/2031 Loans counted\neach month\n\n"
      "BH2\n\nTrain the den volunteers\n\nR. Ashcombe\n\n31/10/2031 Volunteers signed\noff by the warden\n\n"
      "BH3\n\nPublish the den timetable\n\nS. Penrose\n\n31/12/2031\n\nTimetable on the\nparish board\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "T. Marlow");
  CHECK(plan.rows[0].timeframe == "30/06/2031");
  CHECK(plan.rows[1].timeframe == "31/10/2031");
  CHECK(plan.rows[1].action == "Train the den volunteers");
  CHECK(plan.rows[2].timeframe == "31/12/2031");
}

TEST_CASE("a quarter under the words that open its date ends the date and starts no row") {
  // "Q2" reads as a reference too; under "By end of" it ends that date.
  RecoveredPlan plan = RecoverPlanText(
      "Brackenholm Partnership Plan\n\nRef\n\nWhat we will do\n\nLead\n\nTarget date\n\n"
      "BH1\n\nOpen a reading den at the\nvillage hall\n\nT. Marlow\n\nBy end of\nQ2\n\n"
      "BH2\n\nTrain the den volunteers\n\nR. Ashcombe\n\nBy end of\nQ3\n\n"
      "BH3\n\nPublish the den timetable\n\nS. Penrose\n\nBy end of\nQ4\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "BH1");
  CHECK(plan.rows[0].lead == "T. Marlow");
  CHECK(plan.rows[0].timeframe == "By end of Q2");
  CHECK(plan.rows[1].ref == "BH2");
  CHECK(plan.rows[1].timeframe == "By end of Q3");
  CHECK(plan.rows[2].timeframe == "By end of Q4");
}

TEST_CASE("headings on one line of a paragraph header are names of their own, a heading over them none") {
  // "Code" and "Planned work" share a baseline; "Ownership" stands over "Sponsor" alone.
  RecoveredPlan plan = RecoverPlanText(
      "Brackenholm Partnership Plan\n\nObjective A: Safe lanes\nOwnership\nCode Planned work\n\nMilestones\n\n"
      "Sponsor\n\nTarget\ncompletion\n\nStatus\n(RAG)\n\n"
      "BH1\n\nOpen a reading den at the\nvillage hall\n\nDraft by\nMarch 2031\n\nT. Marlow\n\nOngoing\n\n45%\n\n"
      "BH2\n\nTrain the den volunteers\n\nDraft by\nMay 2031\n\nR. Ashcombe\n\nQ4 2031/32\n\n30%\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "BH1");
  CHECK(plan.rows[0].action == "Open a reading den at the village hall");
  CHECK(plan.rows[0].lead == "T. Marlow");
  CHECK(plan.rows[0].timeframe == "Ongoing");
  CHECK(plan.rows[0].progress == "45%");
  CHECK(plan.rows[1].ref == "BH2");
  CHECK(plan.rows[1].lead == "R. Ashcombe");
  CHECK(plan.rows[1].timeframe == "Q4 2031/32");
}

TEST_CASE("a heading of names joined by a slash on one line of a paragraph header is one heading") {
  // "Led by / when" parts into known names ("Led by /", "when"); a name goes on in lower case.
  RecoveredPlan plan = RecoverPlanText(
      "Brackenholm Partnership Plan\n\nRef\n\nPlanned work\n\nLed by / when\n\n"
      "BH1\n\nOpen a reading den at the\nvillage hall\n\nT. Marlow\nMarch 2031\n\n"
      "BH2\n\nTrain the den volunteers\n\nR. Ashcombe\nMay 2031\n\n"
      "BH3\n\nStock the den with picture books\n\nParish Council\nJuly 2031\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "T. Marlow");
  CHECK(plan.rows[0].timeframe == "March 2031");
  CHECK(plan.rows[2].lead == "Parish Council");
}

TEST_CASE("a column headed Line numbers its rows 1 2 3 as references do") {
  RecoveredPlan plan = RecoverPlanText(
      "Fernhollow Partnership Plan 2031\n\nLine\n\nPlanned work\n\nResponsible\nlead(s)\n\nTarget end\ndate\n\n"
      "1\n\nOpen a winter shelter at the\nchapel hall\n\nE. Trelawny\n\n30/11/2031\n\n"
      "2\n\nTrain the shelter stewards\n\nHousing Team\n\n31/01/2032\n\n"
      "3\n\nCount the shelter's guests\neach night\n\nB. Polglaze\n\n31/03/2032\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Open a winter shelter at the chapel hall");
  CHECK(plan.rows[1].lead == "Housing Team");
  CHECK(plan.rows[2].timeframe == "31/03/2032");
}

TEST_CASE("a header a name a paragraph with names no rule knows is read when references follow it") {
  // "Undertakings" and "Proof we will gather" name no column a rule knows.
  RecoveredPlan plan = RecoverPlanText(
      "Mossgate Plan 2030\n\nItem\nno.\n\nUndertakings\n\nResponsibility and\ntimescale\n\n"
      "Proof we will\ngather\n\nMG1\n\nWalk the canal towpath with the\nwardens each month\n\n"
      "Canal Trust\n31/05/2030\n\nFewer reports of\nrough sleeping\n\nMG2\n\nMap the underpasses\n\n"
      "Highways Team\n30/09/2030\n\nMap shared with\nthe Board\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].ref == "MG1");
  CHECK(plan.rows[0].action == "Walk the canal towpath with the wardens each month");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[0].timeframe == "31/05/2030");
  CHECK(plan.rows[1].action == "Map the underpasses");
  CHECK(plan.rows[1].lead == "Highways Team");
}

TEST_CASE("a paragraph table's actions under a heading no rule knows stay actions beside a measure") {
  // Without naming "Undertakings" the action, a lone prose cell would go to
  // the measure column, which a rule names.
  RecoveredPlan plan = RecoverPlanText(
      "Mossgate Plan 2030\n\nRef\n\nUndertakings\n\nSuccess measure\n\nLead\n\nDue\n\n"
      "MG1\n\nWalk the canal towpath with the\nwardens each month\n\nMG2\n\n"
      "Light the underpass by the old\nmill and the lock keeper's cottage\n\nCanal Trust\n\n31/05/2030\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Walk the canal towpath with the wardens each month");
  CHECK(plan.rows[1].action == "Light the underpass by the old mill and the lock keeper's cottage");
  CHECK(plan.rows[1].lead == "Canal Trust");
}

TEST_CASE("a paragraph table goes on past a section heading over its header wrapped anew") {
  // The second theme repeats the header, its headings wrapped otherwise,
  // and a page's repeat runs into the next row's reference.
  RecoveredPlan plan = RecoverPlanText(
      "Mossgate Plan 2030\n\nRef\n\nAction\n\nHow we will\nknow\n\nLead\n\nDue\n\n"
      "Theme 1 - Safer canals\nMG1\n\nWalk the canal towpath with the\nwardens each month\n\n"
      "Fewer reports of\nrough sleeping\n\nCanal Trust\n\n31/05/2030\n\n"
      "Theme 2 - Quieter streets\n\nHow\nwe will know\n\nQS1\n\nMap the underpasses with\nthe residents\n\n"
      "Map shared with the\nBoard\n\nHighways Team\n\n30/09/2030\n\nGreen\n\nRef\nQS2\n\n"
      "Survey the night buses with the\ndrivers\n\nBus Company\n\n31/10/2030\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "QS1");
  CHECK(plan.rows[1].action == "Map the underpasses with the residents");
  CHECK(plan.rows[1].lead == "Highways Team");
  CHECK(plan.rows[2].ref == "QS2");
  CHECK(plan.rows[2].action == "Survey the night buses with the drivers");
  CHECK(plan.rows[2].timeframe == "31/10/2030");
}

TEST_CASE("a paragraph header whose later names pdftotext wrote among the first row's tall cells is read") {
  // The first row's goal and steps come before "Named officer / due" and "RAG".
  RecoveredPlan plan = RecoverPlanText(
      "Corrie Dale Plan 2031\n\nWhat we want to see\n\nSteps we shall take\n\n"
      "Carers of disabled children\nget short breaks near\ntheir home\n\nNamed officer / due\n\n"
      "Commission a second short\nbreaks centre in the north\nof the dale\n\nRAG\n\n"
      "T. Ashdown\nMarch 2032\n\nAmber\n\nCarers of disabled children\nget short breaks near\ntheir home\n\n"
      "Open the summer play scheme\nto siblings\n\nV. Quarry\nJune 2031\n\nGreen\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[0].action == "Commission a second short breaks centre in the north of the dale");
  CHECK(plan.rows[0].lead == "T. Ashdown");
  CHECK(plan.rows[0].timeframe == "March 2032");
  CHECK(plan.rows[0].progress == "Amber");
  CHECK(plan.rows[1].action == "Open the summer play scheme to siblings");
  CHECK(plan.rows[1].lead == "V. Quarry");
  CHECK(plan.rows[1].progress == "Green");
}

TEST_CASE("a paragraph header is read when its first row's short cells come before the row's reference") {
  // pdftotext wrote the first row's date and status ahead of "FW1".
  RecoveredPlan plan = RecoverPlanText(
      "Fernwick Plan 2031\n\nSteps we shall take\n\nWho leads\n\nFinish by\n\nRAG\n\n"
      "31/03/2031\n\nG\n\nFW1\n\nRepaint the footbridge over\nthe mill race\n\nParks Team\n\n"
      "FW2\n\nLight the path by the allotments\n\nLighting Unit\n\n30/06/2031\n\nA\n");
  REQUIRE(plan.rows.size() >= 2);
  const ActionRow& second = plan.rows.back();
  CHECK(second.ref == "FW2");
  CHECK(second.action == "Light the path by the allotments");
  CHECK(second.lead == "Lighting Unit");
  CHECK(second.timeframe == "30/06/2031");
  CHECK(second.progress == "A");
  CHECK(std::any_of(plan.rows.begin(), plan.rows.end(), [](const ActionRow& row) {
    return row.ref == "FW1" && row.action == "Repaint the footbridge over the mill race";
  }));
}

TEST_CASE("a section's header written anew with its names in another order reads that section in its order") {
  // The second theme's header names the lead before the date, as its cells come.
  RecoveredPlan plan = RecoverPlanText(
      "Fernwick Plan 2031\n\nSteps we shall take\n\nFinish by\n\nWho leads\n\nRAG\n\n1. Safer paths\n\n"
      "FW1\n\nRepaint the footbridge over\nthe mill race\n\n31/03/2031\n\nParks Team\n\nG\n\n"
      "FW2\n\nMend the stile by the ford\n\n30/04/2031\n\nRangers\n\nA\n\n2. Brighter streets\n\n"
      "Steps we shall take\n\nWho leads\n\nFinish by\n\nRAG\n\n"
      "LT1\n\nLight the path by the allotments\n\nLighting Unit\n\n30/06/2031\n\nR\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].lead == "Parks Team");
  CHECK(plan.rows[0].timeframe == "31/03/2031");
  CHECK(plan.rows[2].ref == "LT1");
  CHECK(plan.rows[2].lead == "Lighting Unit");
  CHECK(plan.rows[2].timeframe == "30/06/2031");
  CHECK(plan.rows[2].progress == "R");
}

TEST_CASE("a paragraph table under a reference heading takes bare numbers for references, not page numbers") {
  // "7" ends its page: a page number, not a row.
  RecoveredPlan plan = RecoverPlanText(
      "Mossgate Plan 2030\n\nItem\nno.\n\nUndertakings\n\nLead\n\nDue\n\n"
      "1\n\nWalk the canal towpath with the\nwardens each month\n\nCanal Trust\n\n31/05/2030\n\n"
      "2\n\nMap the underpasses with the\nresidents\n\nHighways Team\n\n30/09/2030\n\n7\n\fMossgate Plan 2030\n\n"
      "3\n\nSurvey the night buses with the\ndrivers\n\nBus Company\n\n31/10/2030\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Walk the canal towpath with the wardens each month");
  CHECK(plan.rows[0].lead == "Canal Trust");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].timeframe == "30/09/2030");
  CHECK(plan.rows[2].ref == "3");
  CHECK(plan.rows[2].lead == "Bus Company");
}

TEST_CASE("a reference heading run into the first heading's last line leaves that column its own") {
  // The references' heading "Item" printed on the line of "aim" joins that
  // heading's paragraph; each row still holds a reference and an aim.
  RecoveredPlan plan = RecoverPlanText(
      "Fernmoor Board Plan 2031\n\nPurpose /\nItem aim\n\nWhat we will do\n\nLead\n\nBy when\n\n"
      "FM1\n\nCarers feel\nheard\n\nHold a carers'\nforum\n\nJ Pike\n\nMarch 2031\n\n"
      "FM2\n\nSchools know\nthe pathway\n\nSend the pathway\nto every school\n\nK Dale\n\nJune 2031\n\n"
      "FM3\n\nFewer young people\ngo missing\n\nMeet the youth\nworkers monthly\n\nL Rowe\n\nMay 2031\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "FM1");
  CHECK(plan.rows[0].outcome == "Carers feel heard");
  CHECK(plan.rows[0].action == "Hold a carers' forum");
  CHECK(plan.rows[0].lead == "J Pike");
  CHECK(plan.rows[2].ref == "FM3");
  CHECK(plan.rows[2].action == "Meet the youth workers monthly");
  CHECK(plan.rows[2].timeframe == "May 2031");
}

TEST_CASE("a reference alone on its line starts a row though pdftotext ran it into a paragraph") {
  // "of the year" ends a cell of the page before; the reference under it
  // has no blank line between.
  RecoveredPlan plan = RecoverPlanText(
      "Quillby Plan 2031\n\nRef\n\nAction\n\nLead\n\nDue\n\nQW1\n\nCheck the rota\n\nP Moss\n\nMay 2031\n\n"
      "of the year\nQW2\n\nAsk the schools\n\nR Lane\n\nJune 2031\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].ref == "QW2");
  CHECK(plan.rows[1].action == "Ask the schools");
  CHECK(plan.rows[1].lead == "R Lane");
}

TEST_CASE("references pdftotext wrote one under another take the action cells written after them in turn") {
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Partnership Plan\n\nRef\n\nWhat we will\ndo\n\nOwner\n\nkv1.\n\n"
      "Open a drop-in for young\ncarers at the library\n\nD. Farrant\n\nkv2.\nkv3.\n\nkv4.\n\n"
      "Run a survey of young\ncarers\nTrain the library staff. The\nLibrary Trust will host it\n\n"
      "\u2022 Print the leaflets\n\u2022 Post the leaflets to\nschools\n\nI. Okafor\n");
  REQUIRE(plan.rows.size() == 4);
  CHECK(plan.rows[1].ref == "KV2");
  CHECK(plan.rows[1].action == "Run a survey of young carers");
  CHECK(plan.rows[2].ref == "KV3");
  CHECK(plan.rows[2].action == "Train the library staff. The Library Trust will host it");
  CHECK(plan.rows[3].ref == "KV4");
  CHECK(plan.rows[3].action.find("Post the leaflets to schools") != std::string::npos);
}

TEST_CASE("references written one under another keep their lines when the prose after them parts otherwise") {
  // Three cells of prose after two references: which is whose cannot be told.
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Partnership Plan\n\nRef\n\nWhat we will\ndo\n\nOwner\n\nkv1.\n\n"
      "Open a drop-in for young\ncarers at the library\n\nD. Farrant\n\nkv2.\nkv3.\n\n"
      "Run a survey of young\ncarers\nTrain the library staff\nPrint the leaflets\n\nI. Okafor\n");
  auto has_ref = [&](const char* ref) {
    return std::any_of(plan.rows.begin(), plan.rows.end(), [&](const ActionRow& row) { return row.ref == ref; });
  };
  CHECK(has_ref("KV3"));
  CHECK(!has_ref("KV2"));  // A reference alone is no row.
}

TEST_CASE("a paragraph table's rows go by references that come many cells after its header") {
  // pdftotext wrote the right-hand cells of the first rows before the
  // section heading and the references: the rows still go by references.
  RecoveredPlan plan = RecoverPlanText(
      "Tolbury Board Plan 2032\n\nIntended outcome\n\nWhat we will\ndo\n\nOwner /\ndeadline\n\n"
      "Position at\nlast review\n\nRun a forum for carers\nin each of the market\ntowns\n\n"
      "J Pike\nBy end of Q2\n\nA\n\n"
      "Send a leaflet\nto every school\n\nK Dale\nBy end of Q3\n\nG\n\n1. Carers and schools\ntb1.\n\n"
      "Carers feel\nheard\n\ntb2.\n\nSchools know\nthe pathway\n\ntb3.\n\nFewer young people\ngo missing\n\n"
      "Meet the wardens\neach month\n\nL Rowe\nBy end of Q4\n\nR\n");
  auto tb3 = std::find_if(plan.rows.begin(), plan.rows.end(), [](const ActionRow& row) { return row.ref == "TB3"; });
  REQUIRE(tb3 != plan.rows.end());
  CHECK(tb3->outcome == "Fewer young people go missing");
  CHECK(tb3->action == "Meet the wardens each month");
  CHECK(tb3->lead == "L Rowe");
}

TEST_CASE("a page's left-hand cells of several rows, written before their right-hand cells, are joined to them") {
  // pdftotext wrote the references and actions of zz2 and zz3, then the
  // leads, dates and statuses of both, in the same order.
  RecoveredPlan plan = RecoverPlanText(
      "Wendle Plan 2031\n\nRef\n\nAction\n\nLead\n\nDue\n\nStatus\n\nzz1\n\nWalk the towpath\nwith the wardens\n\n"
      "A Moss\n\nMay 2031\n\nG\n\nzz2\n\nMap the underpasses\nby the old mill\n\nzz3\n\nLight the lock keeper's\n"
      "cottage path\n\nB Lane\n\nJune 2031\n\nA\n\nC Hart\n\nJuly 2031\n\nR\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "ZZ2");
  CHECK(plan.rows[1].action == "Map the underpasses by the old mill");
  CHECK(plan.rows[1].lead == "B Lane");
  CHECK(plan.rows[1].timeframe == "June 2031");
  CHECK(plan.rows[2].ref == "ZZ3");
  CHECK(plan.rows[2].lead == "C Hart");
  CHECK(plan.rows[2].progress == "R");
}

TEST_CASE("words left of a header repeated on a new page and wrapped anew are no cell") {
  // The repeat, its right-hand names written after a row's first cells,
  // wraps "Status at" over "review" as "Status" over "at" over "review";
  // "review", a line of the first header, is passed over.
  RecoveredPlan plan = RecoverPlanText(
      "Pellow Plan 2031\n\nRef\n\nAction\n\nLead\n\nStatus at\nreview\n\npw1\n\nWalk the towpath\n\nA Moss\n\n"
      "Green\n\n1\n\fPellow Plan 2031\n\nRef\n\nAction\n\npw2\n\nMap the underpasses\n\nLead\n\n"
      "Status\nat\nreview\n\nB Lane\n\nAmber\n");
  REQUIRE(plan.rows.size() == 2);
  CHECK(plan.rows[1].ref == "PW2");
  CHECK(plan.rows[1].action == "Map the underpasses");
  CHECK(plan.rows[1].lead == "B Lane");
  CHECK(plan.rows[1].progress == "Amber");
}

TEST_CASE("short paragraphs no reference follows are no header") {
  RecoveredPlan plan = RecoverPlanText(
      "Mossgate Plan 2030\n\nOwner\n\nUndertakings\n\nOur proof\n\n"
      "The wardens walked the towpath each month and met the Canal Trust twice.\n");
  CHECK(plan.rows.empty());
}

TEST_CASE("a paragraph header is read when its first row's other cells come before its section's heading") {
  // pdftotext wrote the first row's lead, date, status and measure before
  // "Theme One - Safer quays", the row's number right under it.
  RecoveredPlan plan = RecoverPlanText(
      "Wexcombe Harbour Plan 2032\n\nItem\nno.\n\nSteps we shall take\n\nWho leads\n\nFinish by\n\nRAG\n\n"
      "How we shall know\n\nHarbour Master\n\n31/03/2032\n\nG\n\nFewer boats moored\non the slipway\n\n"
      "Theme One - Safer quays\n1\n\nClear the slipway of\nabandoned boats\n\n2\n\nRepaint the harbour steps\n\n"
      "Works Team\n\n30/06/2032\n\nA\n\nThe steps pass the\nyearly survey\n");
  REQUIRE(plan.rows.size() >= 2);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Clear the slipway of abandoned boats");
  const ActionRow& second = plan.rows.back();
  CHECK(second.ref == "2");
  CHECK(second.action == "Repaint the harbour steps");
  CHECK(second.lead == "Works Team");
  CHECK(second.timeframe == "30/06/2032");
  CHECK(second.progress == "A");
}

TEST_CASE("paragraph rows numbered 1 2 3 under an objective heading are numbered, past a header printed anew") {
  // "Objective" names no reference column, but its cells count 1, 2, 3 from
  // right under the header; the second section prints the header again,
  // its names wrapped and run together.
  RecoveredPlan plan = RecoverPlanText(
      "Thornbury Weald Plan 2034\n\nTheme One - Safer lanes\nObjective\n\nWhat we will do\n\nOwner\n\nDeadline\n\n"
      "1\n\nLight the bridleway by the old\nforge\n\nHighways Team\n\n30/04/2034\n\n"
      "2\n\nMark the school crossing\n\nR. Colquhoun\n\n31/07/2034\n\n"
      "Theme Two - Quiet greens\nOwner Deadline\nObjective\n\nWhat we will do\n\n"
      "1\n\nFence the village green pond\n\nParish Council\n\n30/09/2034\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[0].ref == "1");
  CHECK(plan.rows[0].action == "Light the bridleway by the old forge");
  CHECK(plan.rows[1].ref == "2");
  CHECK(plan.rows[1].lead == "R. Colquhoun");
  CHECK(plan.rows[2].ref == "1");
  CHECK(plan.rows[2].action == "Fence the village green pond");
  CHECK(plan.rows[2].lead == "Parish Council");
  CHECK(plan.rows[2].timeframe == "30/09/2034");
}

}  // namespace
}  // namespace planrows
