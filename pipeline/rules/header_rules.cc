#include "pipeline/rules/header_rules.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Longest header cell, in bytes, that Match reads.
constexpr size_t kMaxHeadingBytes = 120;
// Fewest headings that make a header, and fewest where one name is known
// and the words of the others tell their columns: three printed apart
// ("Workplan activity | Lead officer / target date | RAG status"), four
// where the cut of a run of words into names is itself a guess.
constexpr size_t kMinHeaderCells = 2;
constexpr size_t kMinPrintedHeaderCellsByWords = 3;
constexpr size_t kMinGuessedHeaderCellsByWords = 4;
// Most words of a heading that looks like one by its length alone.
constexpr int kMaxShortHeadingWords = 5;

const std::map<std::string, Column, std::less<>> kCanonical = {
    {"ref", Column::kRef},           {"action", Column::kAction},
    {"outcome", Column::kOutcome},   {"lead", Column::kLead},
    {"timeframe", Column::kTimeframe}, {"lead_timeframe", Column::kLeadTimeframe},
    {"progress", Column::kProgress},
};

// `heading` folded for matching; a mark without a word ("#") as written,
// which folding would leave empty.
std::string FoldHeading(std::string_view heading) {
  std::string folded = CellText::FoldForMatch(heading);
  return folded.empty() ? CellText::Clean(heading) : folded;
}

std::vector<std::string> Folded(const toml::array* array) {
  std::vector<std::string> out;
  if (array == nullptr) return out;
  for (const toml::node& node : *array) {
    if (std::optional<std::string> s = node.value<std::string>()) out.push_back(FoldHeading(*s));
  }
  return out;
}

}  // namespace

std::string RoleName(const ColumnName& name) {
  if (name.column == Column::kExtra) return "extra:" + name.extra_key;
  for (const auto& [key, column] : kCanonical) {
    if (column == name.column) return key;
  }
  return "";
}

std::string ExtraKey(std::string_view heading) {
  std::string key = CellText::FoldForMatch(heading);
  std::replace(key.begin(), key.end(), ' ', '_');
  return key;
}

Result<HeaderRules> HeaderRules::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "headers.toml");
  if (!file.ok()) return file.status();
  const toml::table* columns = file->table()["columns"].as_table();
  if (columns == nullptr) return Status::InvalidInput(file->path() + ": no [columns] table");
  HeaderRules rules;
  for (const auto& [key, node] : *columns) {
    const toml::table* column = node.as_table();
    if (column == nullptr) continue;
    Entry entry;
    auto canonical = kCanonical.find(key.str());
    std::optional<std::string> extra = (*column)["extra"].value<std::string>();
    if (extra) {
      entry.name = ColumnName{Column::kExtra, *extra};
    } else if (canonical != kCanonical.end()) {
      entry.name = ColumnName{canonical->second, ""};
    } else {
      return Status::InvalidInput(fmt::format("{}: column '{}' is neither canonical nor has an `extra` key",
                                              file->path(), key.str()));
    }
    entry.names = Folded((*column)["names"].as_array());
    entry.prefixes = Folded((*column)["prefixes"].as_array());
    entry.words = Folded((*column)["words"].as_array());
    for (const auto* list : {&entry.names, &entry.prefixes, &entry.words}) {
      for (const std::string& name : *list) {
        std::istringstream words(name);
        for (std::string word; words >> word;) rules.vocabulary_.insert(word);
      }
    }
    rules.entries_.push_back(std::move(entry));
  }
  return rules;
}

std::optional<ColumnName> HeaderRules::Match(std::string_view cell) const {
  // A cell this long is a sentence, not a heading; most cells are, and
  // folding them is the costly part.
  if (cell.size() > kMaxHeadingBytes) return std::nullopt;
  std::string folded = FoldHeading(cell);
  if (folded.empty()) return std::nullopt;
  for (const Entry& entry : entries_) {
    for (const std::string& name : entry.names) {
      if (folded == name) return entry.name;
    }
  }
  for (const Entry& entry : entries_) {
    for (const std::string& prefix : entry.prefixes) {
      if (folded.compare(0, prefix.size(), prefix) == 0) return entry.name;
    }
  }
  return std::nullopt;
}

std::optional<ColumnName> HeaderRules::MatchJoinedNames(std::string_view cell) const {
  size_t at = cell.find('/');
  if (at == std::string_view::npos || cell.find('/', at + 1) != std::string_view::npos) return std::nullopt;
  std::optional<ColumnName> first = Match(cell.substr(0, at)), second = Match(cell.substr(at + 1));
  if (!first || !second || first->column != second->column || first->extra_key != second->extra_key) {
    return std::nullopt;
  }
  return first;
}

bool HeaderRules::NameAll(const std::vector<std::string>& names) const {
  return std::all_of(names.begin(), names.end(),
                     [this](const std::string& name) { return MatchWords(name).has_value(); });
}

bool HeaderRules::MakesHeader(size_t named, size_t told, size_t cells, bool content_column, HeadingParts parts) {
  if (!content_column || cells < kMinHeaderCells) return false;
  size_t min_by_words = parts == HeadingParts::kPrinted ? kMinPrintedHeaderCellsByWords : kMinGuessedHeaderCellsByWords;
  return (named >= 2 && told * 2 >= cells) || (named >= 1 && told == cells && cells >= min_by_words);
}

bool HeaderRules::IsShortHeading(std::string_view cell) {
  return CellText::WordCount(cell) <= kMaxShortHeadingWords &&
         std::none_of(cell.begin(), cell.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool HeaderRules::IsFullName(std::string_view cell) const {
  std::string folded = CellText::FoldForMatch(cell);
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& entry) {
    return std::find(entry.names.begin(), entry.names.end(), folded) != entry.names.end();
  });
}

bool HeaderRules::KnowsWord(std::string_view word) const {
  return vocabulary_.count(CellText::FoldForMatch(word)) > 0;
}

bool HeaderRules::StartsKnownWord(std::string_view start) const {
  std::string folded = CellText::FoldForMatch(start);
  auto next = vocabulary_.upper_bound(folded);
  return folded.size() >= 2 && next != vocabulary_.end() && next->compare(0, folded.size(), folded) == 0;
}

std::string HeaderRules::JoinHeadingLine(const std::string& text, const std::string& line) const {
  if (text.empty()) return line;
  size_t last = text.rfind(' ');
  // The word's rest is the line's first letters: "pers" over "on(s)" is
  // "person(s)"; a narrow column may break it over more lines ("K" over "e" over "y").
  size_t letters = 0;
  while (letters < line.size() && std::isalpha(static_cast<unsigned char>(line[letters]))) ++letters;
  std::string cut_word = text.substr(last == std::string::npos ? 0 : last + 1) + line.substr(0, letters);
  bool cut = std::isalpha(static_cast<unsigned char>(text.back())) &&
             std::islower(static_cast<unsigned char>(line[0])) &&
             (KnowsWord(cut_word) || (letters == line.size() && StartsKnownWord(cut_word)));
  return text + (cut ? "" : " ") + line;
}

const HeaderRules::Entry* HeaderRules::EntryFor(Column column) const {
  for (const Entry& entry : entries_) {
    if (entry.name.column == column) return &entry;
  }
  return nullptr;
}

std::optional<ColumnName> HeaderRules::MatchWords(std::string_view cell) const {
  if (std::optional<ColumnName> whole = Match(cell)) return whole;
  std::vector<int> counts(entries_.size());
  // The entry of the last word that names a column before any "of" or
  // "for": the head noun of the heading ("Action owner" is an owner).
  std::optional<size_t> head;
  bool past_head = false;
  std::istringstream words(CellText::FoldForMatch(cell));
  for (std::string word; words >> word;) {
    past_head |= head && (word == "of" || word == "for");
    for (size_t i = 0; i < entries_.size(); ++i) {
      const std::vector<std::string>& list = entries_[i].words;
      bool names = std::find(list.begin(), list.end(), word) != list.end();
      counts[i] += names;
      if (names && !past_head) head = i;
    }
  }
  auto count_of = [&](Column column) {
    const Entry* entry = EntryFor(column);
    return entry == nullptr ? 0 : counts[entry - entries_.data()];
  };
  if (count_of(Column::kLead) > 0 && count_of(Column::kTimeframe) > 0) {
    if (const Entry* combined = EntryFor(Column::kLeadTimeframe)) return combined->name;
  }
  // "Target date / milestone", "Responsible officer(s) and partners": the
  // first part that names a column names the heading.
  std::string text(cell);
  for (const char* joiner : {"/", " and ", " & ", "("}) {
    size_t at = text.find(joiner);
    if (at == std::string::npos || at == 0) continue;
    if (std::optional<ColumnName> part = Match(text.substr(0, at))) return part;
  }
  size_t best = std::max_element(counts.begin(), counts.end()) - counts.begin();
  if (counts.empty() || counts[best] == 0) return std::nullopt;
  if (std::count(counts.begin(), counts.end(), counts[best]) == 1) return entries_[best].name;
  if (head && counts[*head] == counts[best]) return entries_[*head].name;
  return std::nullopt;
}

}  // namespace planrows
