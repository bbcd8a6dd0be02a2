// BoardCatalog: the boards of a store as a user names them on the command
// line: found by key or a unique beginning of one, listed with their
// documents, renamed, and merged when two keys turn out to be one board.
#ifndef PLANROWS_PIPELINE_STORE_BOARD_CATALOG_H_
#define PLANROWS_PIPELINE_STORE_BOARD_CATALOG_H_

#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/store/database.h"

namespace planrows {

// A stored board.
struct BoardEntry {
  int64_t id = 0;
  std::string key;
  std::string name;
  int documents = 0;
  bool known = true;  // False: a document's own board, its name not read.
};

class BoardCatalog {
 public:
  // A catalog of the boards in `db`, which must outlive it.
  explicit BoardCatalog(Database* db) : db_(db) {}

  // The board whose key is `key`, or else the one board whose key starts
  // with it. NotFound when none does, InvalidInput naming the candidates
  // when several do.
  Result<BoardEntry> Find(const std::string& key);

  // Every board, by name, with its number of documents.
  Result<std::vector<BoardEntry>> List();

  // Gives `board` the name `name` and key `key` (BoardNames::Identify of the
  // name), marking it known. Fails with InvalidInput when another board has
  // that key: Merge joins two boards.
  Status Rename(const BoardEntry& board, const std::string& name, const std::string& key);

  // Moves every document of `from` to `into` and removes `from`, in one
  // transaction; documents that now render one plan share it.
  Status Merge(const BoardEntry& from, const BoardEntry& into);

 private:
  // Matches each document of `board`, in the order stored, to its plan.
  Status RematchPlans(const BoardEntry& board);

  Database* db_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_BOARD_CATALOG_H_
