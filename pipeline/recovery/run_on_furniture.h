// RunOnFurniture: finds the page furniture among the words of a table run
// into one paragraph: page numbers ("Page 2 of 5", "- 2 -", a bare 2 in
// page order) and the running header printed after each of them, which
// repeats the plan's title that opens the paragraph, or its last words
// after the board's initials ("DPJSP Annual Work Plan 2016-18").
#ifndef PLANROWS_PIPELINE_RECOVERY_RUN_ON_FURNITURE_H_
#define PLANROWS_PIPELINE_RECOVERY_RUN_ON_FURNITURE_H_

#include <utility>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/run_on_header_finder.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class RunOnFurniture {
 public:
  using Token = RunOnToken;

  // A finder by `rules`, which must outlive it.
  explicit RunOnFurniture(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // Removes from `tokens` the page numbers and the running header after
  // them: the words that follow each page number and open the paragraph
  // (`opening`), or end the title it opens with. Where the rows are
  // `numbered_rows` (1, 2, 3), a bare number is a page number only before
  // the running header.
  void Drop(const std::vector<Token>& opening, bool numbered_rows, std::vector<Token>* tokens) const;

  // True when `tokens` from `at` on start with `words`.
  static bool StartsWith(const std::vector<Token>& tokens, size_t at, const std::vector<Token>& words);

 private:
  // How many of the first `most` of `words` `tokens` holds from `at` on,
  // dashes and bullets among them passed over and a word broken at its
  // hyphen over a line end joined, and how many tokens those take.
  static std::pair<size_t, size_t> WordsMatched(const std::vector<Token>& tokens, size_t at,
                                                const std::vector<Token>& words, size_t most);
  // The plan's title that `words`, the paragraph's opening words, start
  // with: up to the period it ends with ("Work Plan 2018 - 2019"); none
  // when no period comes within its first words.
  static std::vector<Token> TitleOf(const std::vector<Token>& words);
  // How many tokens from `tokens[at]` on, right after a page number, are
  // the end of the title `title` (three words or more), after at most a
  // few capitalised words that stand for the rest ("SEPSC"); 0 if none.
  static size_t TitleEndAt(const std::vector<Token>& tokens, size_t at, const std::vector<Token>& title);
  // Length of the page number at `tokens[at]` if it is page `page`; 0 if
  // none. With `running`, a bare number counts only before those words or
  // the end of `title`, as a running header shortens it.
  size_t PageNumberAt(const std::vector<Token>& tokens, size_t at, int page, const std::vector<Token>* running,
                      const std::vector<Token>& title) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RUN_ON_FURNITURE_H_
