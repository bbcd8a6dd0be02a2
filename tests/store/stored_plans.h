// Plans and rows for store tests: rows as recovery gives them, plans
// holding them, and the rows a store reads back.
#ifndef PLANROWS_TESTS_STORE_STORED_PLANS_H_
#define PLANROWS_TESTS_STORE_STORED_PLANS_H_

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "pipeline/store/store.h"

namespace planrows {

// A plain row as recovery gives it before normalization.
inline ActionRow PlainRow(const std::string& action, const std::string& lead) {
  ActionRow row;
  row.action = action;
  row.lead = lead;
  if (!lead.empty()) row.leads = {lead};
  row.where.page = 1;
  return row;
}

// A plan of `board` holding `rows`.
inline RecoveredPlan PlanOfRows(const std::string& board, std::vector<ActionRow> rows) {
  RecoveredPlan plan;
  plan.info = PlanInfo{board, "Business Plan 2015 - 2017", 2015, 2017, ""};
  plan.rows = std::move(rows);
  return plan;
}

// Every stored row, of `board` only when one is given.
inline std::vector<StoredRow> AllRows(Store* store, const std::string& board = "") {
  std::vector<StoredRow> rows;
  Status status = store->ForEachRow(RowFilter{board}, [&rows](const StoredRow& r) { rows.push_back(r); });
  INFO(status.message());
  REQUIRE(status.ok());
  return rows;
}

}  // namespace planrows

#endif  // PLANROWS_TESTS_STORE_STORED_PLANS_H_
