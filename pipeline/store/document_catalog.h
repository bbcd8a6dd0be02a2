// DocumentCatalog: the stored documents as a user names them: listed with
// their board, plan, kind, rows and warnings, and found by id, path or name.
#ifndef PLANROWS_PIPELINE_STORE_DOCUMENT_CATALOG_H_
#define PLANROWS_PIPELINE_STORE_DOCUMENT_CATALOG_H_

#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/base/result.h"
#include "pipeline/store/database.h"

namespace planrows {

// A stored document.
struct DocumentEntry {
  int64_t id = 0;
  std::string board, file_name, path, kind;
  int64_t plan_id = 0;  // Documents of one plan (renditions) share it.
  int rows = 0, warnings = 0;
  bool counted = true;  // The plan's rendition that analyses count.
};

class DocumentCatalog {
 public:
  // A catalog of the documents in `db`, which must outlive it.
  explicit DocumentCatalog(Database* db) : db_(db) {}

  // Every document, by board, then plan, then id.
  Result<std::vector<DocumentEntry>> List();

  // The document `named` names: by id, path, or file name when only one
  // document has it. NotFound when none does, InvalidInput when the file
  // name is several documents'.
  Result<DocumentEntry> Find(const std::string& named);

 private:
  Database* db_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_DOCUMENT_CATALOG_H_
