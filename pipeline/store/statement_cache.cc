#include "pipeline/store/statement_cache.h"

namespace planrows {

Result<Statement*> StatementCache::Get(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    Result<Statement> prepared = db_->Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    it = statements_.emplace(sql, std::move(prepared).value()).first;
  }
  it->second.Reset();
  return &it->second;
}

void StatementCache::ResetAll() {
  for (auto& entry : statements_) entry.second.Reset();
}

}  // namespace planrows
