// Helpers for the normalizer tests: each normalizer loaded once from the
// rules directory, and scratch rule directories for testing load errors.
#ifndef PLANROWS_TESTS_NORMALIZE_NORMALIZE_FIXTURE_H_
#define PLANROWS_TESTS_NORMALIZE_NORMALIZE_FIXTURE_H_

#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline/base/result.h"
#include "pipeline/normalize/rules_dir.h"

namespace planrows {

// The normalizer `T` loaded from the default rules directory, once.
template <typename T>
const T& Loaded() {
  static const T loaded = [] {
    Result<T> result = T::Load(DefaultRulesDir());
    if (!result.ok()) FAIL(result.status().message());
    return std::move(result).value();
  }();
  return loaded;
}

// A copy of the rules directory in a fresh temporary directory, with the
// file `name` replaced by `text`; removed when it goes out of scope.
class ScratchRules {
 public:
  ScratchRules(const std::string& name, const std::string& text)
      : dir_(std::filesystem::temp_directory_path() /
             ("planrows-normalize-" + std::to_string(getpid()) + "-" +
              std::to_string(reinterpret_cast<std::uintptr_t>(this)))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::copy(DefaultRulesDir(), dir_);
    std::ofstream(dir_ / name) << text;
  }
  ~ScratchRules() { std::filesystem::remove_all(dir_); }
  ScratchRules(const ScratchRules&) = delete;
  ScratchRules& operator=(const ScratchRules&) = delete;

  std::string dir() const { return dir_.string(); }

 private:
  std::filesystem::path dir_;
};

}  // namespace planrows

#endif  // PLANROWS_TESTS_NORMALIZE_NORMALIZE_FIXTURE_H_
