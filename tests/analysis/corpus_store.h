// A store holding the bundled text corpus, ingested once for all analysis tests.
#ifndef PLANROWS_TESTS_ANALYSIS_CORPUS_STORE_H_
#define PLANROWS_TESTS_ANALYSIS_CORPUS_STORE_H_

#include <catch2/catch.hpp>

#include <filesystem>

#include <unistd.h>

#include "pipeline/ingest/ingestor.h"
#include "pipeline/ingest/input_files.h"
#include "pipeline/rules/rule_file.h"

namespace planrows {

inline Store* CorpusStore() {
  static const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("planrows-analysis-" + std::to_string(::getpid()));
  static std::unique_ptr<Store> store = [] {
    std::filesystem::create_directories(dir);
    Result<std::unique_ptr<Store>> opened = Store::Open((dir / "corpus.sqlite").string());
    REQUIRE(opened.ok());
    Result<std::shared_ptr<const RecoveryRules>> rules = RecoveryRules::Load(DefaultRulesDir());
    REQUIRE(rules.ok());
    Result<std::shared_ptr<const ValueNormalizer>> normalizer = ValueNormalizer::Load(DefaultRulesDir());
    REQUIRE(normalizer.ok());
    Ingestor ingestor(opened->get(), *rules, *normalizer, IngestOptions{});
    InputFiles inputs = InputFiles::Collect({std::string(PLANROWS_CORPUS_DIR) + "/seeds"});
    ingestor.Run(inputs.files, [](const FileReport& report) { REQUIRE(report.status.ok()); });
    return std::move(opened).value();
  }();
  static const struct Cleanup {
    ~Cleanup() {
      store.reset();
      std::filesystem::remove_all(dir);
    }
  } cleanup;
  return store.get();
}

}  // namespace planrows

#endif  // PLANROWS_TESTS_ANALYSIS_CORPUS_STORE_H_
