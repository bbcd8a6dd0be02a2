#include "pipeline/recovery/repeated_headings.h"

#include <cctype>
#include <map>
#include <string>

#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words on one line of a heading, and on one that starts a name the
// rules know ("How we will know it" over "worked"); most pages looked at.
constexpr int kMaxHeadingLineWords = 4;
constexpr int kMaxNamedHeadingLineWords = 5;
constexpr size_t kMaxPages = 12;

// The key by which a line repeats on each page: its words as printed. A
// converter prints a heading alike on each page, and a fold that drops its
// marks would count a cell's line with it ("Lead" over "professionals",
// beside the heading "Lead &" over "Completion Date").
std::string RepeatKey(std::string_view text) {
  std::vector<std::string> words = CellText::Words(text);
  return CellText::JoinWords(words, 0, words.size());
}

}  // namespace

bool RepeatedHeadings::MayBeHeadingLine(const std::vector<PlanLine>& lines, size_t k) const {
  const PlanLine& line = lines[k];
  bool next_on_page = k + 1 < lines.size() && lines[k + 1].page == line.page;
  // A known name with the line after it.
  auto starts_name = [&] {
    return next_on_page && rules_.headers.Match(line.text + " " + lines[k + 1].text).has_value();
  };
  int words = CellText::WordCount(line.text);
  if (line.text.empty() || words > kMaxNamedHeadingLineWords ||
      (words > kMaxHeadingLineWords && !starts_name()) || TextTableEnd::IsFurniture(line, rules_.patterns) ||
      rules_.patterns.BulletLength(line.text) > 0) {
    return false;
  }
  // A heading's line that goes on in lower case ("no." under "Item") may
  // read as anything.
  if (std::islower(static_cast<unsigned char>(line.text[0]))) return true;
  CellKind kind = classifier_.Classify(line.text);
  if (kind != CellKind::kRef && kind != CellKind::kDate && kind != CellKind::kStatus) return true;
  // A quarter that heads a column of its position ("Q3" over "position") reads as a date alone; a
  // reference column's name may read as a reference ("No.").
  return starts_name() || rules_.headers.Match(line.text).has_value();
}

std::vector<std::vector<size_t>> RepeatedHeadings::Find(const std::vector<PlanLine>& lines, size_t at,
                                                        size_t min_columns) const {
  // Per short line, how many times each page prints it.
  std::map<std::string, std::map<const PageText*, int>> counts;
  std::map<std::string, std::map<const PageText*, size_t>> where;  // Its index on each page.
  std::map<const PageText*, bool> pages;  // Pages that print the first heading.
  const std::string first = RepeatKey(lines[at].text);
  size_t page_count = 0;
  const PageText* page = nullptr;
  for (size_t k = at; k < lines.size() && !TextTableEnd::IsPast(lines[k]); ++k) {
    if (lines[k].page != page && ++page_count > kMaxPages) break;
    page = lines[k].page;
    if (!MayBeHeadingLine(lines, k)) continue;
    std::string key = RepeatKey(lines[k].text);
    ++counts[key][page];
    where[key][page] = k;
    if (key == first) pages[page] = true;
  }
  // With `exactly`, once on each page; else at least once.
  auto on_each_page = [&](const std::string& key, bool exactly) {
    const std::map<const PageText*, int>& on = counts[key];
    for (const auto& entry : pages) {
      auto it = on.find(entry.first);
      if (it == on.end() || (exactly && it->second != 1)) return false;
    }
    return true;
  };
  std::vector<std::vector<size_t>> headings;
  if (pages.size() < 2) return headings;
  bool in_heading = false;
  for (size_t k = at; k < lines.size() && lines[k].page == lines[at].page; ++k) {
    // A heading's tail in lower case ("Who is" over "accountable?") may
    // also end a line of some cell: on each page is enough.
    bool lower = std::islower(static_cast<unsigned char>(lines[k].text[0]));
    bool tail = in_heading && lower;
    bool repeated = MayBeHeadingLine(lines, k) && on_each_page(RepeatKey(lines[k].text), !tail);
    // A heading starts in capitals, but for a name the rules know ("ref"):
    // a line in lower case that each page prints, no heading's line above
    // it, ends a cell's wrapped line ("55% of families say the help made a"
    // over "difference").
    if (lower && !in_heading && !rules_.headers.Match(lines[k].text)) repeated = false;
    if (repeated && !in_heading) headings.emplace_back();
    if (repeated) headings.back().push_back(k);
    in_heading = repeated;
  }
  headings = SplitApart(lines, headings, where, pages);
  if (headings.size() < min_columns) headings.clear();
  return headings;
}

std::vector<std::vector<size_t>> RepeatedHeadings::SplitApart(
    const std::vector<PlanLine>& lines, const std::vector<std::vector<size_t>>& headings,
    const std::map<std::string, std::map<const PageText*, size_t>>& where,
    const std::map<const PageText*, bool>& pages) {
  std::vector<std::vector<size_t>> split;
  for (const std::vector<size_t>& heading : headings) {
    split.push_back({heading.front()});
    for (size_t j = 1; j < heading.size(); ++j) {
      // The line must follow the heading's lines so far on each page.
      const std::vector<size_t>& so_far = split.back();
      const std::string first = RepeatKey(lines[so_far.front()].text);
      const std::string key = RepeatKey(lines[heading[j]].text);
      bool follows = true;
      for (const auto& entry : pages) {
        size_t k = where.at(first).at(entry.first) + so_far.size();
        follows = follows && k < lines.size() && lines[k].page == entry.first &&
                  RepeatKey(lines[k].text) == key;
      }
      if (!follows) split.emplace_back();
      split.back().push_back(heading[j]);
    }
  }
  return split;
}

}  // namespace planrows
