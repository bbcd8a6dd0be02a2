// Ingestor: documents are stored whole, in input order, and one that cannot
// be stored costs only itself, whichever documents share its transaction.
#include "pipeline/ingest/ingestor.h"

#include <catch2/catch.hpp>

#include <fstream>

#include <fmt/format.h>

#include "pipeline/normalize/rules_dir.h"
#include "tests/store/temp_database.h"

namespace planrows {
namespace {

// Writes a plan of three rows, of a board and content of its own for each
// `index` under 8, beside the database of `temp`, and returns its path.
std::string WritePlan(const TempDatabase& temp, int index) {
  static const char* const kPlaces[] = {"Ashford", "Bexley", "Camden",    "Dudley",
                                        "Ealing",  "Fulham", "Gateshead", "Halton"};
  std::string path = fmt::format("{}.plan{}.txt", temp.path(), index);
  std::ofstream out(path);
  out << kPlaces[index] << " Local Safeguarding Children Board\n\nBusiness Plan 2015 - 2017\n\n"
      << "Ref\tAction\tLead\tTimescale\tProgress\n";
  for (int row = 1; row <= 3; ++row) {
    out << "1." << row << "\tAudit neglect practice, item " << row << " of plan " << index
        << "\tBoard Manager\tMarch 2016\tAmber\n";
  }
  return path;
}

// The reports of ingesting `files` into `store` at `jobs` worker threads.
std::vector<FileReport> Ingest(Store* store, const std::vector<std::string>& files, int jobs) {
  Result<std::shared_ptr<const RecoveryRules>> rules = RecoveryRules::Load(DefaultRulesDir());
  Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(DefaultRulesDir());
  REQUIRE(rules.ok());
  REQUIRE(normalizer.ok());
  IngestOptions options;
  options.jobs = jobs;
  Ingestor ingestor(store, *rules, *normalizer, options);
  std::vector<FileReport> reports;
  ingestor.Run(files, [&reports](const FileReport& report) { reports.push_back(report); });
  return reports;
}

TEST_CASE("a document that cannot be stored costs only itself") {
  const int jobs = GENERATE(1, 2);
  TempDatabase temp;
  auto store = temp.Open();
  // A trigger stands in for any failure half-way through storing a document.
  REQUIRE(store->database()
              ->Exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON actions WHEN NEW.action LIKE '%of plan 2' "
                     "OR NEW.action LIKE '%of plan 5' BEGIN SELECT RAISE(ABORT, 'refused'); END")
              .ok());
  std::vector<std::string> files;
  for (int i = 0; i < 8; ++i) files.push_back(WritePlan(temp, i));

  std::vector<FileReport> reports = Ingest(store.get(), files, jobs);
  REQUIRE(reports.size() == files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    INFO("file " << i << ": " << reports[i].status.message());
    CHECK(reports[i].path == files[i]);
    const bool refused = i == 2 || i == 5;
    CHECK(reports[i].status.ok() == !refused);
    CHECK(reports[i].rows == (refused ? 0u : 3u));
  }
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM documents") == 6);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM actions") == 18);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM actions WHERE action LIKE '%of plan 2'") == 0);
  CHECK(QueryInt(store.get(), "SELECT count(*) FROM boards") == 6);  // A refused document's board went with it.
  // No transaction is left open.
  CHECK(sqlite3_get_autocommit(store->handle()) != 0);
}

}  // namespace
}  // namespace planrows
