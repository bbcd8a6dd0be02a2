#include "pipeline/recovery/run_on_table_reader.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include <fmt/format.h>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/repeated_first_cell.h"
#include "pipeline/recovery/run_on_furniture.h"
#include "pipeline/recovery/run_on_header_finder.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest words in a paragraph worth searching for a table.
constexpr size_t kMinParagraphWords = 20;
// Most words of a section heading inline.
constexpr size_t kMaxHeadingWords = 14;
// Most words one cell of a run-on row may take.
constexpr size_t kMaxCellWords = 80;
// Most words of a date, and of a status, inline.
constexpr size_t kMaxDateWords = 6;
constexpr size_t kMaxStatusWords = 3;
// Fewest references starting lines that show a table written a cell a line.
constexpr size_t kMinLineStartRefs = 2;
// How many rows must repeat a first cell for the header to have a column of merged cells.
constexpr size_t kMinRepeatingRows = 2;
// Most words before a header that may come again with it, a name no rule knows.
constexpr size_t kMaxLeadInWords = 6;
// What a bullet glyph of any kind is read as.
constexpr const char* kBullet = "\u2022";
// Spaces that set columns apart inside a line.
constexpr const char* kColumnGap = "   ";

std::string Joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

bool IsNumber(const std::string& text, int number) { return text == std::to_string(number); }

// A number of one or two digits, as rows numbered under each heading have.
bool IsPlainNumber(const std::string& text) {
  return !text.empty() && text.size() <= 2 &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// A list number with its dot ("2."), as a numbered heading starts with.
bool IsNumberedWord(const std::string& text) {
  return text.size() >= 2 && text.back() == '.' && IsPlainNumber(text.substr(0, text.size() - 1));
}

}  // namespace

std::vector<RunOnTableReader::Token> RunOnTableReader::Paragraph(const std::vector<PlanLine>& lines, size_t at,
                                                                 size_t* end) {
  std::vector<Token> tokens;
  size_t k = at;
  for (; k < lines.size(); ++k) {
    const PlanLine& line = lines[k];
    if (TextTableEnd::IsPast(line) || (k > at && line.line->gap_before && !line.page_start)) break;
    // Columns set apart by runs of spaces are an aligned table, not a paragraph.
    if (PrintedText(line).find(kColumnGap) != std::string::npos) return {};
    AppendWords(line, &tokens);
  }
  *end = k;
  return tokens;
}

void RunOnTableReader::AppendWords(const PlanLine& line, std::vector<Token>* tokens) {
  for (const std::string& printed : CellText::Words(PrintedText(line))) {
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(printed);
    // A bullet, which cleaning drops, is kept as a word of its own: it
    // starts an item of a cell.
    if (words.empty()) tokens->push_back(Token{kBullet, &line});
    for (std::string& word : words) tokens->push_back(Token{std::move(word), &line});
  }
}

void RunOnTableReader::JoinSpacedRefs(std::vector<Token>* tokens) const {
  std::vector<Token> joined;
  for (size_t k = 0; k < tokens->size(); ++k) {
    const std::string& word = (*tokens)[k].text;
    // Capitals that are a status ("A", "G") or a column name ("RAG") end
    // the cell or header before a plain number.
    bool letters = std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isupper(c); }) &&
                   !rules_.patterns.IsStatusCell(word) && !rules_.headers.Match(word);
    if (letters && k + 1 < tokens->size() && std::isdigit(static_cast<unsigned char>((*tokens)[k + 1].text[0])) &&
        rules_.patterns.IsRef(word + " " + (*tokens)[k + 1].text)) {
      joined.push_back(Token{word + " " + (*tokens)[k + 1].text, (*tokens)[k].line});
      ++k;
      continue;
    }
    joined.push_back((*tokens)[k]);
  }
  tokens->swap(joined);
}

bool RunOnTableReader::IsRefLike(const std::string& text, const std::string& first) const {
  // The shape of a reference: its runs of letters and of digits, and what
  // stands between them ("EH 2" and "CE 1" agree, "Q1" and "EH 2" do not).
  auto shape = [](const std::string& ref) {
    std::string out;
    for (unsigned char c : ref) {
      char kind = std::isalpha(c) ? 'A' : std::isdigit(c) ? '9' : static_cast<char>(c);
      if (out.empty() || out.back() != kind) out += kind;
    }
    return out;
  };
  return classifier_.IsPrintedRef(text) && shape(text) == shape(first);
}

bool RunOnTableReader::StartsRow(const std::string& text, const std::string& first, int* next_number) const {
  if (!IsPlainNumber(first)) return IsRefLike(text, first);
  // Plain numbers restart under each heading: the next row has the next
  // one, so that other numbers in the text ("25 cases") start no row.
  if (!IsNumber(text, *next_number)) return false;
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
                                                        const std::vector<std::optional<Column>>& columns) const {
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
  std::vector<bool> starts(body.size() + 1, false);
  for (size_t k = 0; k < body.size();) {
    unsigned char head = static_cast<unsigned char>(body[k].text[0]);
    size_t date = std::isupper(head) || std::isdigit(head) ? LongestAt(body, k, kMaxDateWords, is_date) : 0;
    // A date after a bullet or a word in lower case is a list item's or a
    // sentence's ("• Draft by April 2017"), as milestones are: no date cell.
    bool in_text = k > 0 && (body[k - 1].text == kBullet || std::islower(static_cast<unsigned char>(body[k - 1].text[0])));
    if (date == 0 || in_text) {
      k += std::max<size_t>(date, 1);
      continue;
    }
    k += date;
    if (status_after) k += LongestAt(body, k, kMaxStatusWords, is_status);
    // The next row's first cell starts with a capital, or a bullet where it is a list.
    if (k < body.size() && (std::isupper(static_cast<unsigned char>(body[k].text[0])) || body[k].text == kBullet)) {
      starts[k] = true;
    }
  }
  return starts;
}

size_t RunOnTableReader::SectionBefore(const std::vector<Token>& tokens, size_t end) const {
  for (size_t begin = end > kMaxHeadingWords ? end - kMaxHeadingWords : 0; begin + 1 < end; ++begin) {
    // A labelled heading ("Priority 2: ..."), or a numbered one ("2. Early help").
    std::string number, title;
    // A label may take two words ("Strategic Theme").
    if (rules_.patterns.StartsWithSectionLabel(Text(tokens, begin, std::min(end, begin + 2)))) {
      if (rules_.patterns.MatchSection(Text(tokens, begin, end))) return end - begin;
    } else if (IsNumberedWord(tokens[begin].text) &&
               rules_.patterns.MatchNumberedItem(Text(tokens, begin, end), &number, &title)) {
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

std::string RunOnTableReader::Text(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::vector<std::string> words;
  for (size_t k = begin; k < end; ++k) words.push_back(tokens[k].text);
  return Joined(words);
}

size_t RunOnTableReader::CellsBegin(const std::vector<Token>& tokens, size_t begin,
                                    const std::vector<std::optional<Column>>& columns) const {
  bool ref_column = std::find(columns.begin(), columns.end(), Column::kRef) != columns.end();
  return begin + (ref_column && classifier_.IsPrintedRef(tokens[begin].text) ? 1 : 0);
}

std::vector<std::string> RunOnTableReader::RowCells(const std::vector<Token>& tokens, size_t begin, size_t end,
                                                    const std::vector<std::optional<Column>>& columns,
                                                    size_t repeated) const {
  // The row starts at its reference: it is the reference column's cell,
  // and the other words are cut into the other columns' cells.
  size_t ref_column = std::find(columns.begin(), columns.end(), Column::kRef) - columns.begin();
  const size_t first = CellsBegin(tokens, begin, columns);
  std::vector<std::optional<Column>> rest = columns;
  // A column no rule names between the reference and the action holds
  // prose as an outcome does: cut as one, it is not passed over for the
  // action's sake.
  size_t action = std::find(columns.begin(), columns.end(), Column::kAction) - columns.begin();
  if (ref_column < action && action < columns.size()) {
    std::replace(rest.begin() + ref_column + 1, rest.begin() + action, std::optional<Column>(),
                 std::optional<Column>(Column::kOutcome));
  }
  if (first > begin) rest.erase(rest.begin() + ref_column);
  std::vector<std::string> words;
  for (size_t k = first; k < end; ++k) words.push_back(tokens[k].text);
  // A first cell the rows around repeat is cut off whole, where it is of a
  // column a converter repeats: an outcome or a column no rule names, not
  // an action or a lead.
  std::optional<Column> lead_in = rest.empty() ? std::nullopt : rest[0];
  bool repeats = rest.size() > 1 && (!lead_in || lead_in == Column::kOutcome || lead_in == Column::kExtra);
  if (!repeats) repeated = 0;
  CellGrouper::Options options;
  options.one_row = true;
  options.running_words = true;
  options.max_cell_pieces = kMaxCellWords;
  std::vector<std::optional<Column>> grouped(rest.begin() + (repeated > 0 ? 1 : 0), rest.end());
  std::vector<GroupedRow> rows =
      CellGrouper(cell_fit_, grouped, options).Group({words.begin() + repeated, words.end()});
  std::vector<std::string> cells = rows.empty() ? std::vector<std::string>(grouped.size()) : rows[0].cells;
  if (repeated > 0) cells.insert(cells.begin(), Joined({words.begin(), words.begin() + repeated}));
  if (first > begin) cells.insert(cells.begin() + ref_column, tokens[begin].text);
  return cells;
}

std::vector<RunOnTableReader::Token> RunOnTableReader::WithRepeatedLeadIn(const std::vector<Token>& body,
                                                                          std::vector<Token> header_words,
                                                                          const std::vector<Token>& tokens,
                                                                          size_t begin) {
  auto count = [&body](const std::vector<Token>& words) {
    size_t found = 0;
    for (size_t k = 0; k < body.size(); ++k) found += RunOnFurniture::StartsWith(body, k, words);
    return found;
  };
  const size_t repeats = count(header_words);
  for (size_t added = 0; repeats > 0 && begin > 0 && added < kMaxLeadInWords; ++added) {
    std::vector<Token> longer = header_words;
    longer.insert(longer.begin(), tokens[begin - 1]);
    if (count(longer) != repeats) break;
    header_words.swap(longer);
    --begin;
  }
  return header_words;
}

bool RunOnTableReader::MostRowsRepeat(const std::vector<size_t>& repeated, const std::vector<RowSpan>& spans) {
  size_t rows = 0, repeating = 0;
  for (size_t r = 0; r < spans.size(); ++r) {
    if (spans[r].heading) continue;
    ++rows;
    repeating += repeated[r] > 0;
  }
  return repeating >= kMinRepeatingRows && 2 * repeating >= rows;
}

bool RunOnTableReader::OnLinesOfItsOwn(const std::vector<Token>& tokens, const Header& header) const {
  const PlanLine* last = tokens[header.end - 1].line;
  bool starts_line = header.begin == 0 || tokens[header.begin - 1].line != tokens[header.begin].line;
  bool ends_line = tokens[header.end].line != last;
  // A section heading on a line of its own, which a run-on header never
  // takes in, runs on from the last name of a header wrapped over lines
  // ("Priority" over "no. Outcome ... Measure", then "Objective A: ...").
  bool section_last = last != tokens[header.begin].line && TextTableEnd::IsSectionHeading(*last, rules_.patterns);
  return (starts_line && ends_line) || section_last || (ends_line && RowsStartLines(tokens, header.end));
}

bool RunOnTableReader::RowsStartLines(const std::vector<Token>& tokens, size_t first_ref) const {
  // A paragraph wraps wherever its width runs out, so its references fall
  // inside lines; a table written a cell a line starts each row on a line.
  size_t refs = 0, line_starts = 0;
  for (size_t k = first_ref; k < tokens.size(); ++k) {
    if (!IsRefLike(tokens[k].text, tokens[first_ref].text)) continue;
    ++refs;
    line_starts += tokens[k - 1].line != tokens[k].line;
  }
  return line_starts >= kMinLineStartRefs && line_starts * 2 >= refs;
}

std::vector<RunOnTableReader::RowSpan> RunOnTableReader::RowSpans(const std::vector<Token>& body,
                                                                   const std::vector<Token>& header_words,
                                                                   const std::string& first_ref, int next_number,
                                                                   const std::vector<bool>& after_date) const {
  std::vector<RowSpan> spans;
  size_t row = 0;  // Where the row in progress starts.
  auto close_row = [&](size_t stop) {
    if (stop > row) spans.push_back(RowSpan{row, stop, false});
  };
  // A section heading right under the header, as a column of section
  // titles gives its first row, is no part of that row.
  auto pass_heading_under_header = [&]() {
    size_t heading = SectionAt(body, row);
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

bool RunOnTableReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  const PlanLine& first = lines[at];
  bool paragraph_start = at == 0 || first.line->gap_before || first.page_start || !lines[at - 1].IsSingleCell();
  if (!paragraph_start) return false;
  size_t end = at;
  std::vector<Token> tokens = Paragraph(lines, at, &end);
  if (tokens.size() < kMinParagraphWords) return false;
  JoinSpacedRefs(&tokens);
  for (Token& token : tokens) token.heading_word = rules_.headers.KnowsWord(token.text);
  std::optional<Header> header = header_finder_.Find(tokens);
  const bool numbered = header.has_value();
  if (!header) header = header_finder_.FindOverDates(tokens);
  // Column names on lines of their own head a table of a cell a line.
  if (!header) return false;
  if (OnLinesOfItsOwn(tokens, *header)) return false;
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(header->names, rules_.headers);
  CellGrouper::UnnameSharedRoles(header->names, rules_.headers, &columns);
  const std::vector<std::optional<Column>> named = columns;
  table->headings = header->names;
  // Where a reference follows the header, rows start at references, in a
  // column of their own whatever its name; else rows end at their dates.
  if (numbered) table->GiveRefColumn(&columns);
  // A column no rule names ("Deliverables") is the action where none is.
  CellGrouper::NameActionColumn(&columns);
  std::vector<Token> body(tokens.begin() + header->end, tokens.end());
  const std::string first_ref = numbered ? body[0].text : "";
  int next_number = IsPlainNumber(first_ref) ? std::stoi(first_ref) + 1 : 0;
  furniture_.Drop(tokens, next_number > 0, &body);
  std::vector<Token> header_words =
      WithRepeatedLeadIn(body, {tokens.begin() + header->begin, tokens.begin() + header->end}, tokens, header->begin);
  if (!numbered && !EndsAtDates(columns)) {
    // Nothing marks where such a row ends and the next begins: better no
    // rows than rows cut in the wrong places.
    table->end = end;
    table->warnings.push_back(fmt::format(
        "page {}: a table run into one paragraph has no references and columns after its dates ('{}'), so where "
        "one row ends and the next begins cannot be told; its rows are left out",
        tokens[header->begin].line->page->number, header->names.back()));
    return true;
  }
  const std::vector<bool> after_date = numbered ? std::vector<bool>() : RowStartsAfterDates(body, columns);
  table->header = tokens[header->begin].line;
  table->end = end;
  std::vector<RowSpan> spans = RowSpans(body, header_words, first_ref, next_number, after_date);
  // The words of each row after its reference, to find the first cells rows repeat.
  std::vector<std::vector<std::string>> row_words;
  for (const RowSpan& span : spans) {
    row_words.emplace_back();
    if (span.heading) continue;
    for (size_t k = CellsBegin(body, span.begin, columns); k < span.end; ++k) row_words.back().push_back(body[k].text);
  }
  std::vector<size_t> repeated = RepeatedFirstCell::Lengths(row_words);
  if (numbered && !named.empty() && !named[0] && columns.size() > 1 && columns[0] == Column::kRef &&
      columns[1] == Column::kAction && MostRowsRepeat(repeated, spans)) {
    // Rows repeat a first cell after their references, as a column of
    // merged cells does and no action: the first name, no rule's, that the
    // references took, is that column's, theirs a blank heading of its own.
    columns = named;
    table->headings = header->names;
    table->GiveRefColumn(&columns, RebuiltTable::RefCell::kOneMore);
    CellGrouper::NameActionColumn(&columns);
  }
  for (size_t r = 0; r < spans.size(); ++r) {
    const RowSpan& span = spans[r];
    const PlanLine* line = body[span.begin].line;
    table->rows.push_back(span.heading ? RebuiltRow{line, {Text(body, span.begin, span.end)}, true}
                                       : RebuiltRow{line, RowCells(body, span.begin, span.end, columns, repeated[r])});
  }
  return std::count_if(table->rows.begin(), table->rows.end(), [](const RebuiltRow& r) { return !r.IsHeading(); }) > 1;
}

}  // namespace planrows
