// Schema: the store's tables, as an ordered list of migrations. The
// database's `PRAGMA user_version` is the number of migrations applied; a
// newer planrows applies the ones an older database lacks.
#ifndef PLANROWS_PIPELINE_STORE_SCHEMA_H_
#define PLANROWS_PIPELINE_STORE_SCHEMA_H_

#include "pipeline/base/status.h"
#include "pipeline/store/database.h"

namespace planrows {

class Schema {
 public:
  // The schema version this build writes.
  static int CurrentVersion();

  // Brings `db` to CurrentVersion(), all missing migrations in one
  // transaction, so a failed one leaves the database as it was. Fails on a
  // database written by a newer planrows.
  static Status Migrate(Database* db);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_STORE_SCHEMA_H_
