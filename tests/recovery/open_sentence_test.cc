// Lines of prose that end inside a sentence they opened.
#include "pipeline/recovery/open_sentence.h"

#include <catch2/catch.hpp>

namespace planrows {
namespace {

TEST_CASE("a line that opens a sentence of a word or two after a full stop ends inside it") {
  CHECK(EndsOnOpenSentence("the lifeboat station. The Quay"));
  CHECK(EndsOnOpenSentence("with the ferry crew. Wardens"));
}

TEST_CASE("a line that ends its sentence, opens a longer one, or follows an initial's dot ends no sentence early") {
  CHECK_FALSE(EndsOnOpenSentence("the lifeboat station."));
  CHECK_FALSE(EndsOnOpenSentence("station. Report back to the"));
  CHECK_FALSE(EndsOnOpenSentence("station. Done."));
  CHECK_FALSE(EndsOnOpenSentence("Quay Office, F. Rees"));
  CHECK_FALSE(EndsOnOpenSentence("Harbour Police; Dr. Quayle"));
  CHECK_FALSE(EndsOnOpenSentence("the station. the quay"));
}

}  // namespace
}  // namespace planrows
