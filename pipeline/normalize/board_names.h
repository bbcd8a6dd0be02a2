// BoardNames: folds the ways plans print a board's name into one key per
// board, by the lead-in words, body words and aliases of rules/boards.toml,
// so that "The Vision of the X Safeguarding Children Board" and "X LSCB"
// are one board.
#ifndef PLANROWS_PIPELINE_NORMALIZE_BOARD_NAMES_H_
#define PLANROWS_PIPELINE_NORMALIZE_BOARD_NAMES_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/result.h"

namespace planrows {

// A board as named by one plan: the key it is stored under and the name to
// show (as printed, lead-in words removed; an alias's board name).
struct BoardIdentity {
  std::string key;
  std::string name;
};

class BoardNames {
 public:
  // Reads boards.toml in `rules_dir`; fails naming the file and the rule
  // that does not load.
  static Result<BoardNames> Load(const std::string& rules_dir);

  // The board `printed` names; key and name are empty when it names none.
  // Also folds what a user types for a board: its name or its key.
  // Safe to call from several threads.
  BoardIdentity Identify(const std::string& printed) const;

 private:
  // `name` without lead-in words.
  std::string WithoutLeadIn(const std::string& name) const;
  // The key of `name` before aliases.
  std::string KeyOf(const std::string& name) const;

  std::vector<std::shared_ptr<const RE2>> lead_ins_;
  std::vector<std::shared_ptr<const RE2>> bodies_;
  std::map<std::string, BoardIdentity> aliases_;  // By the key of the alias.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_NORMALIZE_BOARD_NAMES_H_
