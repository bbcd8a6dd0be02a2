// RunOnTableReader's rules of where rows start among a paragraph's words:
// at references like the first, at plain numbers in sequence, after dates,
// and around the section headings inline.
#include <algorithm>
#include <cctype>

#include "pipeline/recovery/run_on_furniture.h"
#include "pipeline/recovery/run_on_table_reader.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words of a section heading inline.
constexpr size_t kMaxHeadingWords = 14;
// Most words of a date, and of a status, inline.
constexpr size_t kMaxDateWords = 6;
constexpr size_t kMaxStatusWords = 3;

}  // namespace

bool RunOnTableReader::IsRefLike(const std::string& text, const std::string& first) const {
  // "EH 2" and "CE 1" agree, "Q1" and "EH 2" do not.
  return classifier_.IsPrintedRef(text) && CellClassifier::RefShape(text) == CellClassifier::RefShape(first);
}

bool RunOnTableReader::StartsRow(const std::string& text, const std::string& first, int* next_number) const {
  if (!IsPlainNumber(first)) return IsRefLike(text, first);
  // Plain numbers restart under each heading: the next row has the next
  // one, so that other numbers in the text ("25 cases") start no row.
  if (text != std::to_string(*next_number)) return false;
  ++*next_number;
  return true;
}

size_t RunOnTableReader::LongestAt(const std::vector<Token>& tokens, size_t at, size_t most,
                                   const std::function<bool(const std::string&)>& is) {
  size_t longest = 0;
  std::string text;
  for (size_t k = at; k < tokens.size() && k < at + most; ++k) {
    text += (text.empty() ? "" : " ") + tokens[k].text;
    if (is(text)) longest = k - at + 1;
  }
  return longest;
}

bool RunOnTableReader::EndsAtDates(const std::vector<std::optional<Column>>& columns) {
  size_t date_column = RunOnHeaderFinder::DateColumn(columns);
  return date_column < columns.size() &&
         std::all_of(columns.begin() + date_column + 1, columns.end(),
                     [](const std::optional<Column>& c) { return c == Column::kProgress; });
}

std::vector<bool> RunOnTableReader::RowStartsAfterDates(const std::vector<Token>& body,
                                                        const std::vector<std::optional<Column>>& columns,
                                                        const std::vector<Token>& header_words) const {
  const size_t date_column = RunOnHeaderFinder::DateColumn(columns);
  const bool status_after = std::any_of(columns.begin() + date_column, columns.end(),
                                        [](const std::optional<Column>& c) { return c == Column::kProgress; });
  // A bullet after a date starts the next cell's list, whatever a date's reading makes of it.
  auto is_date = [this](const std::string& text) {
    return text.compare(text.size() - std::min(text.size(), std::string(kBullet).size()), std::string::npos,
                        kBullet) != 0 &&
           rules_.timeframes.IsTimeframe(text);
  };
  auto is_status = [this](const std::string& text) { return rules_.patterns.IsStatusCell(text); };
  // The rows' dates, [begin, end) each: not those of a list item or a sentence.
  std::vector<std::pair<size_t, size_t>> dates;
  for (size_t k = 0; k < body.size();) {
    unsigned char head = static_cast<unsigned char>(body[k].text[0]);
    size_t date = std::isupper(head) || std::isdigit(head) ? LongestAt(body, k, kMaxDateWords, is_date) : 0;
    if (date > 0 && !InText(body, k, date)) dates.emplace_back(k, k + date);
    k += std::max<size_t>(date, 1);
  }
  std::vector<bool> starts(body.size() + 1, false);
  const bool ends_at_dates = EndsAtDates(columns);
  for (size_t d = 0; d < dates.size(); ++d) {
    size_t k = dates[d].second;
    if (!ends_at_dates) {
      // Cells after the date, then the next row's before its own date.
      size_t next_date = d + 1 < dates.size() ? dates[d + 1].first : k;
      size_t start = next_date > k ? NextRowAt(body, k, next_date, columns, header_words) : next_date;
      if (start < next_date) starts[start] = true;
      continue;
    }
    if (status_after) k += LongestAt(body, k, kMaxStatusWords, is_status);
    // The next row's first cell starts with a capital, or a bullet where it is a list.
    if (k < body.size() && (std::isupper(static_cast<unsigned char>(body[k].text[0])) || body[k].text == kBullet)) {
      starts[k] = true;
    }
  }
  return starts;
}

size_t RunOnTableReader::NextRowAt(const std::vector<Token>& body, size_t from, size_t to,
                                   const std::vector<std::optional<Column>>& columns,
                                   const std::vector<Token>& header_words) const {
  // A header printed again ends the row itself, and the next starts under it.
  for (size_t k = from; k < to; ++k) {
    if (RunOnFurniture::StartsWith(body, k, header_words)) return to;
  }
  const size_t date_column = RunOnHeaderFinder::DateColumn(columns);
  std::vector<std::optional<Column>> order(columns.begin() + date_column + 1, columns.end());
  const size_t after = order.size();
  order.insert(order.end(), columns.begin(), columns.begin() + date_column);
  std::vector<std::string> words;
  for (size_t k = from; k < to; ++k) words.push_back(body[k].text);
  std::optional<GroupedRow> row = OneRow(order, words);
  if (!row) return to;
  for (size_t c = after; c < order.size(); ++c) {
    if (row->cell_pieces[c] != GroupedRow::kNoPiece) return from + row->cell_pieces[c];
  }
  return to;
}

bool RunOnTableReader::InText(const std::vector<Token>& body, size_t at, size_t length) const {
  if (at == 0) return false;
  const std::string& before = body[at - 1].text;
  if (before == kBullet) return true;
  if (!std::islower(static_cast<unsigned char>(before[0]))) return false;
  // A word that leads into the date ("by April 2017") makes it a sentence's;
  // so does any before a year ("the 2017/18 survey"). A month after any
  // other word ends a cell whose row has no lead ("... training programme
  // August 2018").
  std::string date = Text(body, at, at + length);
  bool year_first = CellFit::HoldsYear(date.substr(0, 4));
  return year_first || rules_.timeframes.IsTimeframe(before + " " + date);
}

size_t RunOnTableReader::SectionBefore(const std::vector<Token>& tokens, size_t end) const {
  for (size_t begin = end > kMaxHeadingWords ? end - kMaxHeadingWords : 0; begin + 1 < end; ++begin) {
    // A labelled heading ("Priority 2: ..."), or a numbered one ("2. Early help").
    std::string number, title;
    const std::string& word = tokens[begin].text;
    bool numbered = word.size() >= 2 && word.back() == '.' && IsPlainNumber(word.substr(0, word.size() - 1));
    // A label may take two words ("Strategic Theme").
    if (rules_.patterns.StartsWithSectionLabel(Text(tokens, begin, std::min(end, begin + 2)))) {
      if (rules_.patterns.MatchSection(Text(tokens, begin, end))) return end - begin;
    } else if (numbered && rules_.patterns.MatchNumberedItem(Text(tokens, begin, end), &number, &title)) {
      return end - begin;
    }
  }
  return 0;
}

size_t RunOnTableReader::SectionAt(const std::vector<Token>& tokens, size_t at) const {
  // Its label of one or two words, then its number ("Priority 1", "Strategic Theme 2").
  size_t title = 0;
  for (size_t label = 1; label <= 2 && at + label < tokens.size() && title == 0; ++label) {
    if (rules_.patterns.StartsWithSectionLabel(tokens[at].text) &&
        rules_.patterns.MatchSection(Text(tokens, at, at + label + 1))) {
      title = at + label + 1;
    }
  }
  if (title == 0) return 0;
  // Its title, in sentence case, runs to the next capital or bullet.
  size_t end = title;
  if (end < tokens.size() && !std::isalnum(static_cast<unsigned char>(tokens[end].text[0]))) ++end;
  for (size_t first = end; end < tokens.size() && end - at < kMaxHeadingWords; ++end) {
    const std::string& word = tokens[end].text;
    if (end > first && (std::isupper(static_cast<unsigned char>(word[0])) || word == kBullet)) break;
  }
  return end - at;
}

size_t RunOnTableReader::TitleAt(const std::vector<Token>& tokens, size_t at, const std::string& first_ref) const {
  for (size_t k = at; k < tokens.size() && k - at <= kMaxHeadingWords; ++k) {
    // Without references, a title in sentence case ends at the next capital or bullet.
    bool title_ends = first_ref.empty() ? k > at && !CellText::StartsLower(tokens[k].text)
                                        : IsRefLike(tokens[k].text, first_ref);
    if (title_ends) return k - at > 1 || !first_ref.empty() ? k - at : 0;
  }
  return 0;
}

std::vector<RunOnTableReader::RowSpan> RunOnTableReader::RowSpans(const std::vector<Token>& body,
                                                                   const std::vector<Token>& header_words,
                                                                   const std::string& first_ref, int next_number,
                                                                   const std::vector<bool>& after_date,
                                                                   bool titled) const {
  std::vector<RowSpan> spans;
  size_t row = 0;  // Where the row in progress starts.
  auto close_row = [&](size_t stop) {
    if (stop > row) spans.push_back(RowSpan{row, stop, false});
  };
  // A section heading right under the header, as a column of section
  // titles gives its first row, is no part of that row.
  auto pass_heading_under_header = [&]() {
    // A labelled heading tells its own end ("Priority 1 - ..."); else a title column's title runs to the row.
    size_t heading = titled && !first_ref.empty() ? 0 : SectionAt(body, row);
    if (heading == 0 && titled) heading = TitleAt(body, row, first_ref);
    if (heading > 0) spans.push_back(RowSpan{row, row + heading, true});
    row += heading;
  };
  pass_heading_under_header();
  for (size_t k = row + 1; k <= body.size(); ++k) {
    if (RunOnFurniture::StartsWith(body, k, header_words)) {
      size_t heading = SectionBefore(body, k);
      close_row(k - heading);
      if (heading > 0) spans.push_back(RowSpan{k - heading, k, true});
      row = k + header_words.size();
      pass_heading_under_header();
      k = row;
      if (next_number > 0 && row < body.size() && IsPlainNumber(body[row].text)) {
        next_number = std::stoi(body[row].text) + 1;
      }
      continue;
    }
    if (k == body.size() || (first_ref.empty() ? after_date[k] : StartsRow(body[k].text, first_ref, &next_number))) {
      close_row(k);
      row = k;
    }
  }
  return spans;
}

}  // namespace planrows
