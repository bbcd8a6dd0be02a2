// A header of a name a paragraph (LinePerCellReader) that pdftotext wrote
// with a first row's cells among its names.
#include "pipeline/recovery/line_per_cell_reader.h"

#include "tests/recovery/text_layout_fixture.h"

namespace planrows {
namespace {

TEST_CASE("a date wrapped in its paragraph after a paragraph header's names is a cell not a name") {
  // pdftotext wrote the first row's date, set higher in its cell, right
  // after the headings: "By end of" names no column, and the later rows'
  // dates, wrapped alike, are read whole.
  RecoveredPlan plan = RecoverPlanText(
      "Kelmarsh Vale Partnership Plan\n\nNum. Tasks and activities\n\nWho will lead?\n\nWhen\nwill it be\ndone?\n\n"
      "Current\nstatus\n\nBy end of\nQ2\n\n"
      "kv1\n\nOpen a drop-in for young\ncarers at the library\n\nD. Farrant\n\n"
      "kv2\n\nRun a survey of young\ncarers\n\nI. Okafor\n\nBy end of\nQ4\n\nGreen\n\n"
      "kv3\n\nTrain the library staff\n\nM. Penrose\n\nBy end of\nQ3\n\nAmber\n");
  REQUIRE(plan.rows.size() == 3);
  CHECK(plan.rows[1].ref == "KV2");
  CHECK(plan.rows[1].lead == "I. Okafor");
  CHECK(plan.rows[1].timeframe == "By end of Q4");
  CHECK(plan.rows[2].timeframe == "By end of Q3");
  CHECK(plan.rows[2].progress == "Amber");
}

}  // namespace
}  // namespace planrows
