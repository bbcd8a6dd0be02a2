#include "pipeline/recovery/left_half_reader.h"

#include <cctype>

#include <fmt/format.h>

#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words on a line of column names, and most such lines in a row.
constexpr int kMaxNameWords = 4;
constexpr size_t kMaxNameLines = 6;
// Fewest rows read back for the left halves to be taken for a table.
constexpr size_t kMinRows = 2;

bool StartsLowerCase(const std::string& text) {
  return !text.empty() && std::islower(static_cast<unsigned char>(text[0]));
}

// The texts of the reference lines `refs`, joined for a warning.
std::string RefsOf(const std::vector<const PlanLine*>& refs) {
  std::string out;
  for (const PlanLine* ref : refs) out += std::string(out.empty() ? "" : ", ") + ref->text;
  return out;
}

}  // namespace

std::vector<std::string> LeftHalfReader::ReadNames(const std::vector<PlanLine>& lines, size_t at,
                                                   size_t* end) const {
  std::vector<std::string> names;
  size_t k = at;
  for (; k < lines.size() && k - at < kMaxNameLines; ++k) {
    const PlanLine& line = lines[k];
    if (line.page != lines[at].page || !line.IsSingleCell() || IsRefAlone(line) ||
        TextTableEnd::IsSectionHeading(line, rules_.patterns) || CellText::WordCount(line.text) > kMaxNameWords) {
      break;
    }
    if (StartsLowerCase(line.text) && !names.empty()) {
      names.back() += " " + line.text;
    } else {
      names.push_back(line.text);
    }
  }
  *end = k;
  return names;
}

std::optional<Column> LeftHalfReader::ColumnOf(const std::string& name) const {
  if (std::optional<ColumnName> named = rules_.headers.Match(name)) return named->column;
  if (std::optional<ColumnName> told = rules_.headers.MatchWords(name)) return told->column;
  return std::nullopt;
}

bool LeftHalfReader::AreLeftNames(const std::vector<std::string>& names) const {
  if (names.size() != 2 || StartsLowerCase(names[0])) return false;
  std::optional<Column> first = ColumnOf(names[0]);
  return (!first || *first == Column::kRef) && ColumnOf(names[1]) == Column::kAction;
}

bool LeftHalfReader::IsRefAlone(const PlanLine& line) const {
  std::vector<std::string> words = CellText::Words(line.text);
  return !words.empty() && classifier_.RefWordsAtStart(words) == words.size();
}

bool LeftHalfReader::IsHeadingName(const PlanLine& line) const {
  if (CellText::WordCount(line.text) > kMaxNameWords || StartsLowerCase(line.text)) return false;
  if (rules_.headers.Match(line.text)) return true;
  return line.line->gap_before && rules_.headers.MatchWords(line.text).has_value();
}

std::vector<std::string> LeftHalfReader::ReadRightNames(const std::vector<PlanLine>& lines, size_t at,
                                                        size_t* end) const {
  std::vector<std::string> names;
  size_t k = at;
  for (; k < lines.size() && lines[k].page == lines[at].page; ++k) {
    if (IsHeadingName(lines[k])) {
      names.push_back(lines[k].text);
    } else if (!names.empty() && StartsLowerCase(lines[k].text) &&
               CellText::WordCount(lines[k].text) <= kMaxNameWords) {
      names.back() += " " + lines[k].text;
    } else {
      break;
    }
  }
  *end = k;
  return names;
}

std::vector<LeftHalfReader::Half> LeftHalfReader::ReadHalves(const std::vector<PlanLine>& lines, size_t at,
                                                             const std::vector<std::string>& header,
                                                             size_t* end) const {
  std::vector<Half> halves;
  size_t k = at;
  while (k < lines.size() && lines[k].page == lines[at].page) {
    const PlanLine& line = lines[k];
    size_t past_repeat;
    if (TextTableEnd::IsFurniture(line, rules_.patterns)) {
      ++k;
    } else if (IsRefAlone(line)) {
      halves.push_back(Half{&line, {}, false});
      ++k;
    } else if (TextTableEnd::IsSectionHeading(line, rules_.patterns)) {
      halves.push_back(Half{&line, {}, true});
      ++k;
    } else if (ReadNames(lines, k, &past_repeat) == header) {
      k = past_repeat;  // The left-hand headings again, under a section heading.
    } else if (IsHeadingName(line)) {
      break;
    } else if (halves.empty() || halves.back().heading) {
      return {};  // Text that is no row's: no such table.
    } else {
      Half& half = halves.back();
      CellKind kind = classifier_.Classify(line.text);
      if (kind == CellKind::kDate || kind == CellKind::kStatus) {
        half.unsure = true;  // The right-hand cells start, their headings not yet written.
        break;
      }
      half.unsure |= !half.action.empty() && line.line->gap_before;
      half.action.push_back(PrintedText(line));
      ++k;
    }
  }
  *end = k;
  return halves;
}

void LeftHalfReader::AddRows(const std::vector<Half>& halves, RebuiltTable* table) const {
  const size_t columns = table->headings.size();
  std::vector<const PlanLine*> left_out;
  for (size_t h = 0; h < halves.size(); ++h) {
    const Half& half = halves[h];
    if (half.heading) {
      table->rows.push_back(RebuiltRow{half.ref, {half.ref->text}, true});
      continue;
    }
    // A reference without an action says its action was written among
    // the actions of the references next to it.
    auto bare = [&](size_t i) { return i < halves.size() && !halves[i].heading && halves[i].action.empty(); };
    if (half.unsure || bare(h) || bare(h + 1) || (h > 0 && bare(h - 1))) {
      left_out.push_back(half.ref);
      continue;
    }
    std::vector<std::string> cells(columns);
    cells[0] = half.ref->text;
    for (const std::string& text : half.action) CellText::AppendWrapped(text, &cells[1]);
    table->rows.push_back(RebuiltRow{half.ref, std::move(cells)});
  }
  if (left_out.empty()) return;
  table->warnings.push_back(fmt::format(
      "page {}: the actions of the references {} cannot be told from their neighbours' cells, so these rows are "
      "left out",
      left_out[0]->page->number, RefsOf(left_out)));
}

size_t LeftHalfReader::ReadPage(const std::vector<PlanLine>& lines, size_t at, const std::vector<std::string>& left,
                                RebuiltTable* table) const {
  size_t right_at;
  std::vector<Half> halves = ReadHalves(lines, at, left, &right_at);
  size_t past_right;
  std::vector<std::string> right = ReadRightNames(lines, right_at, &past_right);
  if (halves.empty() || (table->headings.empty() && right.empty())) return at;
  if (table->headings.empty()) {
    table->headings = left;
    if (!ColumnOf(left[0])) table->headings[0] = RebuiltTable::kRefHeading;
    table->headings.insert(table->headings.end(), right.begin(), right.end());
  }
  AddRows(halves, table);
  // The right-hand cells, to the end of the page, are no rows of their own.
  table->warnings.push_back(fmt::format(
      "page {}: the cells right of the actions were written apart from their rows; which rows they belong to "
      "cannot be told, so they are left out",
      lines[at].page->number));
  size_t end = right_at;
  while (end < lines.size() && lines[end].page == lines[at].page) ++end;
  return end;
}

bool LeftHalfReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  size_t body;
  std::vector<std::string> left = ReadNames(lines, at, &body);
  if (!AreLeftNames(left)) return false;
  table->header = &lines[at];
  size_t end = ReadPage(lines, body, left, table);
  if (end == body) return false;
  // The table goes on while a page starts with a row's reference.
  while (end < lines.size() && IsRefAlone(lines[end])) {
    size_t next = ReadPage(lines, end, left, table);
    if (next == end) break;
    end = next;
  }
  size_t rows = 0;
  for (const RebuiltRow& row : table->rows) rows += !row.IsHeading();
  if (rows < kMinRows) return false;
  table->end = end;
  return true;
}

}  // namespace planrows
