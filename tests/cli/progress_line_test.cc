// The progress bar's line: documents done, and the page of the document
// being read.
#include "pipeline/cli/progress_line.h"

#include <catch2/catch.hpp>

#include <string>

namespace planrows {
namespace {

ProgressLine ThreeOfTen() {
  ProgressLine line;
  line.total = 10;
  line.done = 3;
  line.pages = 120;
  return line;
}

TEST_CASE("between documents the line tells documents, pages, rate and time left") {
  CHECK(ThreeOfTen().Text(6) ==
        "[#########                     ] 3/10 documents, 120 pages, 0.5 documents/s, 0:14 left");
}

TEST_CASE("while a document is read the line names it and the page it is at") {
  ProgressLine line = ThreeOfTen();
  line.file = "plan.pdf";
  line.page = 21;
  line.page_count = 40;
  // Pages 1 to 20 of the fourth document are read: 3.5 of 10 documents fill 10 of 30 marks.
  CHECK(line.Text(6) ==
        "[##########                    ] 3/10 documents, 120 pages, 0.5 documents/s, 0:14 left, "
        "plan.pdf page 21 of 40");
}

TEST_CASE("the pages of a document done count no more once its name is cleared") {
  ProgressLine line;
  line.total = 2;
  line.done = 2;
  line.pages = 9;
  line.page = 4;
  line.page_count = 4;
  CHECK(line.Text(3) == "[##############################] 2/2 documents, 9 pages, 0.7 documents/s, 0:00 left");
}

TEST_CASE("a long file name is cut at the front, so that the line still fits") {
  ProgressLine line = ThreeOfTen();
  line.file = std::string(50, 'x') + "-business-plan.pdf";
  line.page = 1;
  line.page_count = 2;
  const std::string text = line.Text(6);
  CHECK(text.find(", ..." + std::string(11, 'x') + "-business-plan.pdf page 1 of 2") != std::string::npos);
}

TEST_CASE("before anything is done there is no rate and the bar is empty") {
  ProgressLine line;
  line.total = 1;
  line.file = "scan.pdf";
  line.page = 1;
  line.page_count = 30;
  CHECK(line.Text(0) == "[                              ] 0/1 documents, 0 pages, 0.0 documents/s, 0:00 left, "
                        "scan.pdf page 1 of 30");
}

}  // namespace
}  // namespace planrows
