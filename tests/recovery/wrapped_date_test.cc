// WrappedDate: the lines of a date that a narrow cell wrapped are one date;
// a line that can stand as a cell of its own is not joined.
#include "pipeline/recovery/wrapped_date.h"

#include <string>

#include <catch2/catch.hpp>

#include "tests/recovery/rules_fixture.h"

namespace planrows {
namespace {

// `above` after WrappedDate::Join(line, &above), or "" when nothing was joined.
std::string Joined(std::string above, const std::string& line) {
  WrappedDate wrapped(TestRules().timeframes);
  return wrapped.Join(line, &above) ? above : "";
}

TEST_CASE("a date's lines wrapped by a narrow cell are one date") {
  CHECK(Joined("End of March", "2019") == "End of March 2019");
  CHECK(Joined("Sept 2018", "- July 2019") == "Sept 2018 - July 2019");
  CHECK(Joined("Ongoin", "g") == "Ongoing");
  CHECK(Joined("Feb-", "21") == "Feb-21");
  CHECK(Joined("Before the end of", "Q1") == "Before the end of Q1");
  CHECK(Joined("By end", "of Q3") == "By end of Q3");
}

TEST_CASE("a line that stands as a cell of its own is not joined to the date above") {
  CHECK(Joined("March 2019", "2020").empty());
  CHECK(Joined("Spring term", "Youth Offending Team").empty());
  CHECK(Joined("Partners will", "Q1").empty());
  // A month's date with a year of two digits names its year: a year under it is the next cell.
  CHECK(Joined("Nov-18", "2018/19").empty());
  CHECK(Joined("Sept 19", "2020").empty());
}

}  // namespace
}  // namespace planrows
