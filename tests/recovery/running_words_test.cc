// What running words say of where a cell starts and what it holds.
#include "pipeline/recovery/running_words.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

TEST_CASE("a capital before a word in lower case that joins no name starts a sentence") {
  CHECK(RunningWords::StartsSentence({"The", "work", "links"}, 0));
  CHECK_FALSE(RunningWords::StartsSentence({"T", "Okonjo"}, 0));
  CHECK_FALSE(RunningWords::StartsSentence({"Head", "of", "Service"}, 0));
}

TEST_CASE("prose run into a name is told from a name list") {
  CHECK(RunningWords::RunsProseIntoName("Steps repainted Parish Council"));
  CHECK_FALSE(RunningWords::RunsProseIntoName("Early help team / P Ingleby"));
}

TEST_CASE("a status going on in lower case and a name holding a share read as prose") {
  CellFit::Reading status;
  status.kind = CellKind::kStatus;
  CHECK(RunningWords::KindOf(status, "until") == CellKind::kProse);
  CHECK(RunningWords::KindOf(status, "Police") == CellKind::kStatus);
  CellFit::Reading share;
  share.kind = CellKind::kLead;
  share.holds_share = true;
  CHECK(RunningWords::KindOf(share, "") == CellKind::kProse);
}

}  // namespace
}  // namespace planrows
