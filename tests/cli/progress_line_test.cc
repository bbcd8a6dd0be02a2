// The progress bar's line: documents done, and the page of each document
// being read.
#include "pipeline/cli/progress_line.h"

#include <catch2/catch.hpp>

#include <string>

namespace planrows {
namespace {

// Three of ten documents done, of 40 pages each.
ProgressLine ThreeOfTen() {
  ProgressLine line(10);
  for (const char* path : {"a.pdf", "b.pdf", "c.pdf"}) line.Done(path, 40);
  return line;
}

TEST_CASE("between documents the line tells documents pages rate and time left") {
  CHECK(ThreeOfTen().Text(6) ==
        "[#########                     ] 3/10 documents, 120 pages, 0.5 documents/s, 0:14 left");
}

TEST_CASE("while a document is read the line names it and the page it is at") {
  ProgressLine line = ThreeOfTen();
  line.Reading("in/plan.pdf", 21, 40);
  // Pages 1 to 20 of the fourth document are read: 3.5 of 10 documents fill
  // 10 of 30 marks, at 3.5 / 7 documents a second, with 6.5 left.
  CHECK(line.Text(7) ==
        "[##########                    ] 3/10 documents, 120 pages, 0.5 documents/s, 0:13 left, "
        "plan.pdf page 21 of 40");
}

TEST_CASE("documents read side by side all move the bar and the first read is named") {
  ProgressLine line(2);
  line.Reading("first.pdf", 1, 10);
  line.Reading("second.pdf", 1, 4);
  line.Reading("second.pdf", 3, 4);
  line.Reading("first.pdf", 6, 10);
  // Half of the first and half of the second: one document of two.
  CHECK(line.Text(10) == "[###############               ] 0/2 documents, 0 pages, 0.1 documents/s, 0:10 left, "
                         "first.pdf page 6 of 10 (+1 more)");
  line.Done("first.pdf", 10);
  CHECK(line.Text(10) == "[######################        ] 1/2 documents, 10 pages, 0.1 documents/s, 0:03 left, "
                         "second.pdf page 3 of 4");
}

TEST_CASE("a document done is no longer shown as read") {
  ProgressLine line(2);
  line.Reading("a.pdf", 4, 4);
  line.Done("a.pdf", 4);
  line.Done("b.txt", 5);
  CHECK(line.Text(3) == "[##############################] 2/2 documents, 9 pages, 0.7 documents/s, 0:00 left");
}

TEST_CASE("a long file name is cut at the front so that the line still fits") {
  ProgressLine line = ThreeOfTen();
  line.Reading(std::string(50, 'x') + "-business-plan.pdf", 1, 2);
  const std::string text = line.Text(6);
  CHECK(text.find(", ..." + std::string(11, 'x') + "-business-plan.pdf page 1 of 2") != std::string::npos);
}

TEST_CASE("before anything is done there is no rate and the bar is empty") {
  ProgressLine line(1);
  line.Reading("scan.pdf", 1, 30);
  CHECK(line.Text(0) == "[                              ] 0/1 documents, 0 pages, 0.0 documents/s, 0:00 left, "
                        "scan.pdf page 1 of 30");
}

}  // namespace
}  // namespace planrows
