#include "pipeline/normalize/board_names.h"

#include <catch2/catch.hpp>

#include "tests/normalize/normalize_fixture.h"

namespace planrows {
namespace {

std::string Key(const std::string& name) { return Loaded<BoardNames>().Identify(name).key; }

TEST_CASE("the ways a plan prints its board's name fold to one key") {
  const std::string key = Key("Kestrel Vale Safeguarding Children Partnership");
  CHECK(key == "kestrel-vale");
  for (const char* name : {"Kestrel Vale Local Safeguarding Children Board", "KESTREL VALE LSCB",
                           "The Vision of the Kestrel Vale Safeguarding Children Board", "Kestrel Vale SCB",
                           "the Kestrel Vale Safeguarding Children's Board", "Kestrel Vale Children's Safeguarding Board",
                           "Kestrel Vale Children\xE2\x80\x99s Partnership Board", "Kestrel Vale Safeguarding Partnership",
                           "kestrel-vale"}) {
    INFO(name);
    CHECK(Key(name) == key);
  }
}

TEST_CASE("'&' and 'and' are one; different places stay different boards") {
  CHECK(Key("Northmoor & Upper Dene LSCB") == Key("Northmoor and Upper Dene Safeguarding Children Board"));
  CHECK(Key("Northmoor & Upper Dene LSCB") == "northmoor-and-upper-dene");
  CHECK(Key("Northmoor LSCB") != Key("Southmoor LSCB"));
  CHECK(Key("Northmoor LSCB") != Key("Northmoor & Upper Dene LSCB"));
}

TEST_CASE("the shown name loses the lead-in words and keeps the rest as printed") {
  BoardIdentity board = Loaded<BoardNames>().Identify("The Vision of the Kestrel Vale Safeguarding Children Board");
  CHECK(board.name == "Kestrel Vale Safeguarding Children Board");
  CHECK(Loaded<BoardNames>().Identify("Northmoor LSCB").name == "Northmoor LSCB");
}

TEST_CASE("a name that is nothing but body words keeps them; no name is no board") {
  CHECK(Key("Local Safeguarding Children Board") == "local-safeguarding-children-board");
  BoardIdentity none = Loaded<BoardNames>().Identify("  ");
  CHECK(none.key.empty());
  CHECK(none.name.empty());
}

TEST_CASE("aliases of boards.toml name another key's board") {
  ScratchRules rules("boards.toml", R"(
lead_ins = ['(?i)^\s*the\s+']
bodies = ['\s*(?:lscb|safeguarding children board)$']
[[alias]]
board = "Kestrel Vale LSCB"
names = ["KVSCB", "Upper Kestrel LSCB"]
)");
  Result<BoardNames> names = BoardNames::Load(rules.dir());
  REQUIRE(names.ok());
  for (const char* alias : {"KVSCB", "the Upper Kestrel Safeguarding Children Board"}) {
    BoardIdentity board = names->Identify(alias);
    CHECK(board.key == "kestrel-vale");
    CHECK(board.name == "Kestrel Vale LSCB");
  }
  CHECK(names->Identify("Northmoor LSCB").key == "northmoor");
}

TEST_CASE("a board rule that does not compile is named") {
  ScratchRules rules("boards.toml", "lead_ins = ['(unclosed']\nbodies = []\n");
  Result<BoardNames> names = BoardNames::Load(rules.dir());
  REQUIRE_FALSE(names.ok());
  CHECK(names.status().message().find("lead_ins[0]") != std::string::npos);
}

}  // namespace
}  // namespace planrows
