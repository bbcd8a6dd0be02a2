#include "pipeline/recovery/wrapped_header_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <string_view>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most lines a wrapped header takes.
constexpr size_t kMaxHeaderLines = 12;

// Fewest names of a header on one line that tell their columns only by their words.
constexpr size_t kMinNamesByWords = 4;

bool IsTextLine(const PlanLine& line) { return line.page->cells_by_index && line.IsSingleCell(); }

bool EndsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

bool WrappedHeaderReader::ContinuesHeader(const PlanLine& first, const PlanLine& line) const {
  return !line.line->gap_before && MayNameColumns(first, line);
}

bool WrappedHeaderReader::MayNameColumns(const PlanLine& first, const PlanLine& line) const {
  if (!MayHoldNames(first, line)) return false;
  // A heading's next line is short ("agency" under "Lead"), or goes on in
  // lower case with the next names after it ("no What we want ...").
  return SpacedHeaderSplitter::WordsOf(line.text).size() <= kMaxLineWords ||
         std::islower(static_cast<unsigned char>(line.text[0]));
}

bool WrappedHeaderReader::MayHoldNames(const PlanLine& first, const PlanLine& line) const {
  if (!IsTextLine(line) || line.page != first.page) return false;
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(line.text);
  if (TextTableEnd::IsSectionHeading(line, rules_.patterns)) return false;
  // A column's name that starts as a reference or a date does ("Q3 position") is a name, wrapped or not.
  if (rules_.headers.Match(line.text) || NamesWithLineBelow(line)) return true;
  // A reference, whole or cut over two lines, or a date comes after the header.
  return !std::isdigit(static_cast<unsigned char>(line.text[0])) && classifier_.RefWordsAtStart(words) == 0 &&
         !rules_.timeframes.IsTimeframe(line.text) && !StartsCutRef(line);
}

bool WrappedHeaderReader::GoesOnOverRows(const std::vector<PlanLine>& lines, size_t at, size_t k) const {
  // Only the end of a wrapped heading, in lower case, comes before the first lines of the next cells.
  if (k == at || !CellText::StartsLower(lines[k - 1].text)) return false;
  // The first line of the next cell may be a whole name rules know, however
  // long ("How we will know it worked" under "Date for" over "completion"),
  // over rows whose numbers no reference rule reads ("1 Evaluate ...").
  if (!lines[k].line->gap_before && MayHoldNames(lines[at], lines[k]) && rules_.headers.Match(lines[k].text)) {
    return true;
  }
  for (size_t next = k; next < lines.size() && next < at + kMaxHeaderLines; ++next) {
    if (lines[next].line->gap_before || !MayHoldNames(lines[at], lines[next])) return false;
    // Rows numbered 1, 2, 3 start as rows of references do ("1 Strengthen ...").
    if (RowFollows(lines, next)) return true;
  }
  return false;
}

bool WrappedHeaderReader::NamesKnownColumns(const std::vector<PlanLine>& lines, size_t at, size_t k) const {
  if (lines[k].line->gap_before || !MayHoldNames(lines[at], lines[k])) return false;
  std::string text = lines[k].text;
  for (size_t next = k + 1; next < lines.size() && CellText::StartsLower(lines[next].text) &&
                            ContinuesHeader(lines[at], lines[next]);
       ++next) {
    text = rules_.headers.JoinHeadingLine(text, lines[next].text);
  }
  // fewest[i]: the fewest known names the first i words cut into (0 for none).
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(text);
  std::vector<size_t> fewest(words.size() + 1, 0);
  for (size_t end = 1; end <= words.size(); ++end) {
    std::string name;
    for (size_t begin = end; begin-- > 0;) {
      name = name.empty() ? words[begin] : words[begin] + " " + name;
      bool reached = begin == 0 || fewest[begin] > 0;
      if (reached && rules_.headers.Match(name) && (fewest[end] == 0 || fewest[begin] + 1 < fewest[end])) {
        fewest[end] = fewest[begin] + 1;
      }
    }
  }
  return fewest.back() >= 2;
}

bool WrappedHeaderReader::StartsFirstCell(const std::vector<PlanLine>& lines, size_t at, size_t k) const {
  if (CellText::StartsLower(lines[k].text) || !MayHoldNames(lines[at], lines[k])) return false;
  std::string text = lines[k].text;
  for (size_t next = k + 1; next < lines.size() && CellText::StartsLower(lines[next].text) &&
                            ContinuesHeader(lines[at], lines[next]);
       ++next) {
    text += " " + lines[next].text;
  }
  return CellText::WordCount(text) >= static_cast<int>(kMinFirstCellWords) && !rules_.headers.Match(text) &&
         !rules_.headers.MatchWords(text);
}

std::vector<std::string> WrappedHeaderReader::SplitNames(const std::vector<std::string>& words,
                                                         const SpacedHeaderSplitter::LineStarts& line_starts,
                                                         const std::optional<WordRun>& group, bool ref_first,
                                                         std::vector<std::string>* split_words) const {
  *split_words = words;
  std::vector<std::string> names = splitter_.SplitWords(words, ref_first, line_starts);
  if (!names.empty() || !group) return names;
  // The group stands over names written after it, merged down none.
  SpacedHeaderSplitter::LineStarts starts;
  *split_words = WithoutRun(words, line_starts, *group, &starts);
  return splitter_.SplitWords(*split_words, ref_first, starts);
}

std::vector<std::string> WrappedHeaderReader::WithoutRun(const std::vector<std::string>& words,
                                                         const SpacedHeaderSplitter::LineStarts& line_starts,
                                                         WordRun run, SpacedHeaderSplitter::LineStarts* starts) {
  std::vector<std::string> rest(words.begin(), words.begin() + run.begin);
  rest.insert(rest.end(), words.begin() + run.end, words.end());
  const size_t length = run.end - run.begin;
  for (size_t start : line_starts) {
    size_t moved = start < run.begin ? start : start < run.end ? run.begin : start - length;
    if (starts->empty() || starts->back() != moved) starts->push_back(moved);
  }
  return rest;
}

bool WrappedHeaderReader::NamesValue(const std::vector<std::string>& names) const {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    std::string_view first = std::string_view(name).substr(0, name.find(' '));
    bool initial = !first.empty() && first.back() == '.' && rules_.leads.vocabulary().IsInitial(first);
    return initial || (rules_.timeframes.IsTimeframe(name) && !rules_.headers.Match(name));
  });
}

std::vector<std::string> WrappedHeaderReader::Read(const std::vector<PlanLine>& lines, size_t at, size_t* end,
                                                   bool group_first, std::vector<std::string>* as_written) const {
  // A first line that is one name, not going on in lower case, is a header
  // flattened to a name a line, which TableReader reads.
  bool wraps = at + 1 < lines.size() && std::islower(static_cast<unsigned char>(lines[at + 1].text[0]));
  // A section's heading ("Objective A: Children in care") stands over a header, not in it.
  if (TextTableEnd::IsSectionHeading(lines[at], rules_.patterns)) return {};
  // A column's name in lower case right above ("Item" over "no.") ends a
  // heading wrapped from higher up: pdftotext -raw scatters a header's
  // names over lines, and a line of names in its midst heads no table.
  const PlanLine* above = at > 0 ? &lines[at - 1] : nullptr;
  if (above != nullptr && above->page == lines[at].page && lines[at].line->blank_lines_before == 0 &&
      CellText::StartsLower(above->text) && rules_.headers.Match(above->text)) {
    return {};
  }
  if (rules_.headers.Match(lines[at].text) && !wraps && !WrapsNames(lines, at)) return {};
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lines[at].text), best_words = words;
  SpacedHeaderSplitter::LineStarts line_starts;
  std::vector<std::string> best, over_rows;  // The names read, and those over rows that start with references.
  size_t over_rows_end = 0;
  bool second_row = false;  // A line of known names too long for a wrapped heading's was read.
  std::optional<WordRun> group;  // The words of a group's name alone on its line (IsLoneGroup),
  size_t group_at = 0;           // and that line.
  *end = at + 1;
  std::string text = lines[at].text;
  for (size_t k = at, before = 0; k < lines.size() && k < at + kMaxHeaderLines; ++k) {
    if (k > at) {
      // A two-level header's second row is its last, but for the ends of its names wrapped in lower case.
      if (second_row && !CellText::StartsLower(lines[k].text)) break;
      if (!best.empty() && StartsFirstCell(lines, at, k)) break;
      // The names under a group's, however long, come on the line after it,
      // or after the names merged down both rows, right over the first row.
      bool under_group = group && (group_at + 1 == k || RefFollows(lines, k) || ThemeThenRow(lines, k)) &&
                         MayHoldNames(lines[at], lines[k]);
      if (!ContinuesHeader(lines[at], lines[k]) && !GoesOnOverRows(lines, at, k) && !under_group) {
        // Only under a first row of names read already.
        if (best.empty() || !NamesKnownColumns(lines, at, k)) break;
        second_row = true;
      }
      std::string joined = rules_.headers.JoinHeadingLine(text, lines[k].text);
      // A line that goes on with a word cut at the line's end starts no word.
      if (joined.size() > text.size() + lines[k].text.size()) line_starts.push_back(words.size());
      before = words.size();
      text = std::move(joined);
      words = SpacedHeaderSplitter::WordsOf(text);
    }
    // A first name no rule knows over rows that start with references is
    // the reference column's ("Key"), not a group's, unless read `group_first`.
    if (!group && IsLoneGroup(lines, k) && (k > at || group_first || !RowsOfRefsFollow(lines, at))) {
      group = WordRun{before, words.size()};
      group_at = k;
    }
    // Right over a row's reference, a first name no rule knows may be the reference column's ("Row").
    bool ref_follows = RefFollows(lines, k);
    std::vector<std::string> split_words;
    std::vector<std::string> names = SplitNames(words, line_starts, group, ref_follows, &split_words);
    if (!names.empty() && !NamesValue(names)) {
      best = std::move(names);
      best_words = std::move(split_words);
      *end = k + 1;
    } else if (RowFollows(lines, k)) {
      over_rows = splitter_.SplitBorneOut(words, line_starts);
      over_rows_end = k + 1;
    }
  }
  // The rows under the header tell how many columns it has: names no
  // rule knows, which the names cannot split, start with capitals.
  size_t columns = CellsPerRow(lines, *end - 1);
  if (columns > 0 && best.size() != columns) {
    std::vector<std::string> names = splitter_.SplitAtCapitals(best_words, columns);
    // The rows' references may stand in a column the header leaves unnamed.
    if (names.empty() && best.empty()) names = splitter_.SplitAtCapitals(best_words, columns - 1);
    if (!names.empty()) return NamesValue(names) ? std::vector<std::string>() : names;
  }
  // Rows that start with references right under it bear out a header whose
  // names rules hardly know, down to its last line ("Progress" over "note").
  if ((best.empty() || over_rows_end > *end) && !over_rows.empty() && !NamesValue(over_rows)) {
    best = std::move(over_rows);
    *end = over_rows_end;
  }
  if (best.empty()) {
    best = NamedByWords(SpacedHeaderSplitter::WordsOf(lines[at].text));
    *end = at + 1;
  }
  if (best.empty() || RefBlockFollows(lines, *end - 1)) return {};
  const std::vector<std::string> read = best;
  if (as_written != nullptr) *as_written = read;
  // A group's name on the first line names no reference column.
  const bool group_on_first = group && group_at == at;
  PlaceGroupedNames(lines, at, *end - 1, RefFollows(lines, *end - 1) && !group_on_first, &best);
  // A short first line that stands over no names of a second row ("Ro" of a
  // cut "Row") heads no header: the header starts on the next line.
  if (group_on_first && best == read) return {};
  return best;
}

bool WrappedHeaderReader::RowFollows(const std::vector<PlanLine>& lines, size_t at) const {
  return RefFollows(lines, at) || (RefFollows(lines, at, {}, true) && NumbersRows(lines, at));
}

bool WrappedHeaderReader::RowsOfRefsFollow(const std::vector<PlanLine>& lines, size_t at) const {
  for (size_t k = at; k < lines.size() && k <= at + kMaxHeaderLines; ++k) {
    if (RefFollows(lines, k)) return true;
  }
  return false;
}

bool WrappedHeaderReader::WrapsNames(const std::vector<PlanLine>& lines, size_t at) const {
  for (size_t k = at + 1; k < lines.size() && k < at + kMaxHeaderLines && ContinuesHeader(lines[at], lines[k]); ++k) {
    const std::string& text = lines[k].text;
    // A name that goes on in lower case ("this?" under "Who will deliver")
    // was wrapped: a converter that writes a name a line writes it whole.
    if (CellText::StartsLower(text)) return true;
    if (rules_.headers.Match(text)) continue;
    // A two-level header's group alone on its line over a line of names
    // ("Line", then "Priority work" over "Indicators of success Checkpoints").
    if (IsLoneGroup(lines, k) && k + 1 < lines.size() && MayHoldNames(lines[at], lines[k + 1]) &&
        !splitter_.SplitBorneOut(SpacedHeaderSplitter::WordsOf(lines[k + 1].text), {}).empty()) {
      return true;
    }
    // The line cut between two words into two known names ("Who Due").
    for (size_t cut = text.find(' '); cut != std::string::npos; cut = text.find(' ', cut + 1)) {
      if (rules_.headers.Match(text.substr(0, cut)) && rules_.headers.Match(text.substr(cut + 1))) return true;
    }
  }
  return false;
}

void WrappedHeaderReader::PlaceGroupedNames(const std::vector<PlanLine>& lines, size_t at, size_t last_at,
                                            bool ref_first, std::vector<std::string>* names) const {
  // A converter writes a two-level header row by row: the merged cell
  // ("Plan") among the first row's names, the names under it last. Such a
  // group names no column; the last line's names stand in its place (GroupOver).
  // How many of the names the last line holds, the first of them perhaps
  // begun on the line above ("Desired" over "outcome Key tasks").
  size_t count = 0;
  std::string last = " ", tail;
  last.append(CellText::FoldForMatch(lines[last_at].text));
  // The lines of a heading wrapped at the end of a line of several names, right before the last line.
  size_t wrap_start = last_at;
  while (wrap_start > at && CellText::StartsLower(lines[wrap_start - 1].text)) --wrap_start;
  bool after_wrap = wrap_start < last_at && wrap_start > at &&
                    SpacedHeaderSplitter::WordsOf(lines[wrap_start - 1].text).size() > kMaxLineWords;
  for (size_t n = 1; n < names->size() && count == 0 && !after_wrap; ++n) {
    std::string longer = " ";
    longer.append(CellText::FoldForMatch((*names)[names->size() - n])).append(tail);
    if (tail.size() < last.size() && EndsWith(longer, last)) count = n;
    tail = std::move(longer);
  }
  if (count < 2) {
    // A header on one line is of one level: two names of one column there
    // ("Objective", "Intended impact") are no group over the names after it.
    if (last_at > at) PlaceRepeatedGroup(names);
    return;
  }
  std::vector<std::string> first(names->begin(), names->end() - count), second(names->end() - count, names->end());
  // The reference column's name no rule knows (SpacedHeaderSplitter::MayNameRefColumn) is no group.
  size_t skip = ref_first && splitter_.MayNameRefColumn(names->front()) ? 1 : 0;
  std::set<std::string> lone_names;  // The header's lines, each one name written alone.
  for (size_t k = at; k <= last_at; ++k) lone_names.insert(CellText::FoldForMatch(lines[k].text));
  std::optional<size_t> group = GroupOver(first, second, skip, lone_names);
  if (!group) return;
  std::vector<std::string> placed(first.begin(), first.begin() + *group);
  placed.insert(placed.end(), second.begin(), second.end());
  placed.insert(placed.end(), first.begin() + *group + 1, first.end());
  *names = std::move(placed);
}

void WrappedHeaderReader::PlaceRepeatedGroup(std::vector<std::string>* names) const {
  // The names under the group may tell their columns by their words ("Responsible person(s)").
  std::vector<std::optional<Column>> column = CellGrouper::ColumnsOf(*names, rules_.headers);
  // Extra columns are one column only under one key: "Milestones" and "Success measure" are two.
  std::vector<std::string> extra_key;
  for (const std::string& name : *names) {
    extra_key.push_back(rules_.headers.MatchWords(name).value_or(ColumnName()).extra_key);
  }
  for (size_t group = 0; group < names->size(); ++group) {
    bool named = rules_.headers.Match((*names)[group]).has_value();
    bool of_lead = column[group] == Column::kLead || column[group] == Column::kLeadTimeframe;
    // The second row names two columns or more, the group's one of them, or
    // a lead and a date under a name of either, known by its words as it may
    // be ("Accountability", "Owner and timing"); pdftotext writes a name
    // merged down both rows between ("Progress made").
    for (size_t again = group + 2; column[group] && again + 1 < names->size(); ++again) {
      bool lead_and_date = of_lead && column[again] == Column::kLead && column[again + 1] == Column::kTimeframe;
      bool same = column[again] == column[group] && extra_key[again] == extra_key[group];
      if (!(named && same) && !lead_and_date) continue;
      std::vector<std::string> placed(names->begin(), names->begin() + group);
      placed.insert(placed.end(), names->begin() + again, names->end());
      placed.insert(placed.end(), names->begin() + group + 1, names->begin() + again);
      *names = std::move(placed);
      return;
    }
  }
}

std::vector<std::string> WrappedHeaderReader::NamedByWords(const std::vector<std::string>& words) const {
  size_t capitals = std::count_if(words.begin(), words.end(), [](const std::string& word) {
    return std::isupper(static_cast<unsigned char>(word[0]));
  });
  std::vector<std::string> names = splitter_.SplitAtCapitals(words, capitals);
  std::vector<std::optional<Column>> columns;
  for (const std::string& name : names) {
    std::optional<ColumnName> told = rules_.headers.MatchWords(name);
    if (!told || told->column == Column::kExtra) return {};
    if (std::find(columns.begin(), columns.end(), told->column) != columns.end()) return {};
    columns.push_back(told->column);
  }
  bool action = std::find(columns.begin(), columns.end(), Column::kAction) != columns.end();
  return names.size() >= kMinNamesByWords && action ? names : std::vector<std::string>();
}

size_t WrappedHeaderReader::PastRepeat(const std::vector<PlanLine>& lines, size_t at,
                                             const std::string& header_text) {
  std::string text;
  for (size_t k = at; k < lines.size() && k < at + kMaxHeaderLines; ++k) {
    text.append(k == at ? "" : " ").append(CellText::FoldForMatch(lines[k].text));
    if (text == header_text) return k + 1;
    if (header_text.compare(0, text.size() + 1, text + " ") != 0) break;
  }
  return at;
}

bool WrappedHeaderReader::IsHeadingPart(const std::string& text, const std::vector<std::string>& headings) {
  std::string words = " ";
  words.append(CellText::FoldForMatch(text)).append(" ");
  return std::any_of(headings.begin(), headings.end(), [&](const std::string& heading) {
    std::string name = " ";
    name.append(CellText::FoldForMatch(heading)).append(" ");
    return words.size() > 2 && name.find(words) != std::string::npos;
  });
}

}  // namespace planrows
