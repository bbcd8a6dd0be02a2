#include "pipeline/recovery/run_on_table_reader.h"

#include <algorithm>
#include <cctype>
#include <functional>

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
// Fewest references starting lines that show a table written a cell a line.
constexpr size_t kMinLineStartRefs = 2;
// How many rows must repeat a first cell for the header to have a column of merged cells.
constexpr size_t kMinRepeatingRows = 2;
// Fewest rows, and the least share of all (one in so many), that open with
// an outcome before their action for a first name to head a column of its own.
constexpr size_t kMinOutcomeRows = 2;
constexpr size_t kOutcomeRowsShare = 4;
// Most words on a line inside a header written a few words a line, as over
// a table of a cell a line; a paragraph's lines run to its width.
constexpr size_t kMaxNameLineWords = 4;
// Most words before a header that may come again with it, a name no rule knows.
constexpr size_t kMaxLeadInWords = 6;
// Spaces that set columns apart inside a line.
constexpr const char* kColumnGap = "   ";

}  // namespace

bool RunOnTableReader::IsPlainNumber(const std::string& text) {
  return !text.empty() && text.size() <= 2 &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::vector<RunOnTableReader::Token> RunOnTableReader::Paragraph(const std::vector<PlanLine>& lines, size_t at,
                                                                 size_t* end) const {
  std::vector<Token> tokens;
  size_t k = at;
  for (; k < lines.size(); ++k) {
    const PlanLine& line = lines[k];
    if (TextTableEnd::IsPast(line) || (k > at && line.line->gap_before && !line.page_start)) break;
    if (k > at && rules_.patterns.IsAppendixHeading(line.text)) break;
    // Columns set apart by runs of spaces are an aligned table, not a paragraph.
    if (PrintedText(line).find(kColumnGap) != std::string::npos) return {};
    AppendWords(line, &tokens);
  }
  *end = k;
  return tokens;
}

void RunOnTableReader::AppendWords(const PlanLine& line, std::vector<Token>* tokens) {
  for (const std::string& printed : CellText::Words(PrintedText(line))) {
    // A slash alone joins two names of one cell ("Q Llewellyn / N Kinsella").
    if (printed == "/") {
      tokens->push_back(Token{printed, &line});
      continue;
    }
    std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(printed);
    // A bullet, which cleaning drops, is kept as a word of its own: it
    // starts an item of a cell.
    if (words.empty()) tokens->push_back(Token{kBullet, &line});
    for (std::string& word : words) tokens->push_back(Token{std::move(word), &line});
  }
}

void RunOnTableReader::TidyRefs(std::vector<Token>* tokens) const {
  std::vector<Token> joined;
  for (size_t k = 0; k < tokens->size(); ++k) {
    std::string& word = (*tokens)[k].text;
    // A section's number keeps its colon ("Priority 3:"): its title follows.
    bool section_number = k > 0 && rules_.patterns.StartsWithSectionLabel((*tokens)[k - 1].text);
    if (word.size() > 1 && word.back() == ':' && !section_number &&
        classifier_.IsPrintedRef(word.substr(0, word.size() - 1))) {
      word.pop_back();
    }
    // Capitals that are a status ("A", "G") or a column name ("RAG") end
    // the cell or header before a plain number.
    bool letters = std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isupper(c); }) &&
                   !rules_.patterns.IsStatusCell(word) && !rules_.headers.Match(word);
    // The number may carry the colon printed after the reference ("QA 1:").
    std::string number = k + 1 < tokens->size() ? (*tokens)[k + 1].text : "";
    if (number.size() > 1 && number.back() == ':') number.pop_back();
    if (letters && !number.empty() && std::isdigit(static_cast<unsigned char>(number[0])) &&
        rules_.patterns.IsRef(word + " " + number)) {
      joined.push_back(Token{word + " " + number, (*tokens)[k].line});
      ++k;
      continue;
    }
    joined.push_back((*tokens)[k]);
  }
  tokens->swap(joined);
}

std::string RunOnTableReader::Text(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::vector<std::string> words;
  for (size_t k = begin; k < end; ++k) words.push_back(tokens[k].text);
  return CellText::JoinWords(words, 0, words.size());
}

size_t RunOnTableReader::CellsBegin(const std::vector<Token>& tokens, size_t begin,
                                    const std::vector<std::optional<Column>>& columns) const {
  bool ref_column = std::find(columns.begin(), columns.end(), Column::kRef) != columns.end();
  return begin + (ref_column && classifier_.IsPrintedRef(tokens[begin].text) ? 1 : 0);
}

std::optional<GroupedRow> RunOnTableReader::OneRow(const std::vector<std::optional<Column>>& columns,
                                                   const std::vector<std::string>& words) const {
  CellGrouper::Options options;
  options.one_row = true;
  options.running_words = true;
  options.max_cell_pieces = kMaxCellWords;
  std::vector<GroupedRow> rows = CellGrouper(cell_fit_, columns, options).Group(words);
  if (rows.empty()) return std::nullopt;
  return std::move(rows[0]);
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
  // A row that starts at its reference holds no cells of the columns before it.
  const size_t before_ref = first > begin ? ref_column : 0;
  rest.erase(rest.begin(), rest.begin() + before_ref);
  std::vector<std::string> words;
  for (size_t k = first; k < end; ++k) words.push_back(tokens[k].text);
  // A first cell the rows around repeat is cut off whole, where it is of a
  // column a converter repeats: an outcome or a column no rule names, not
  // an action or a lead.
  bool repeats = rest.size() > 1 && IsRepeatedKind(rest[0]);
  if (!repeats) repeated = 0;
  std::vector<std::optional<Column>> grouped(rest.begin() + (repeated > 0 ? 1 : 0), rest.end());
  std::optional<GroupedRow> row = OneRow(grouped, {words.begin() + repeated, words.end()});
  std::vector<std::string> cells = row ? row->cells : std::vector<std::string>(grouped.size());
  if (repeated > 0) cells.insert(cells.begin(), CellText::JoinWords(words, 0, repeated));
  cells.insert(cells.begin(), before_ref, std::string());
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

void RunOnTableReader::PutBulletsAfterRefs(const std::string& first_ref, std::vector<Token>* body) const {
  for (size_t k = 1; k < body->size(); ++k) {
    if ((*body)[k - 1].text == kBullet && IsRefLike((*body)[k].text, first_ref)) std::swap((*body)[k - 1], (*body)[k]);
  }
}

bool RunOnTableReader::IsRepeatedKind(const std::optional<Column>& column) {
  return !column || column == Column::kOutcome || column == Column::kExtra;
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

bool RunOnTableReader::OutcomesOpenRows(const std::vector<Token>& body, const std::vector<RowSpan>& spans,
                                        const std::vector<std::optional<Column>>& columns) const {
  auto starts_action = [&](size_t k) { return rules_.patterns.StartsAction(body[k].text + " " + body[k + 1].text); };
  size_t rows = 0, opened = 0;
  for (const RowSpan& span : spans) {
    if (span.heading) continue;
    ++rows;
    const size_t first = CellsBegin(body, span.begin, columns);
    if (first + 1 >= span.end || starts_action(first)) continue;
    for (size_t k = first + 1; k + 1 < span.end; ++k) {
      if (!starts_action(k)) continue;
      ++opened;
      break;
    }
  }
  return opened >= kMinOutcomeRows && opened * kOutcomeRowsShare >= rows;
}

bool RunOnTableReader::OnLinesOfItsOwn(const std::vector<Token>& tokens, const Header& header) const {
  // A bullet before the first reference is its row's, starting the row's
  // line; a mark on the last name's line is the name's ("Ref #").
  size_t end = header.end;
  while (end - 1 > header.begin && CellText::IsNoise(tokens[end - 1].text) &&
         tokens[end - 1].line != tokens[end - 2].line) {
    --end;
  }
  const PlanLine* last = tokens[end - 1].line;
  // The reference column's name, which may be any word (RunOnHeaderFinder), may be a title's last.
  auto line_start = [&tokens](size_t k) { return k == 0 || tokens[k - 1].line != tokens[k].line; };
  bool starts_line = line_start(header.begin) || (header.names.size() > 1 && line_start(header.begin + 1) &&
                                                   CellText::Words(header.names.front()).size() == 1);
  // A header found short of its last line's end, where the line's other
  // words name a column ("... Success measure Who will deliver this?"),
  // ends that line all the same.
  std::vector<std::string> rest_of_line;
  for (size_t k = end; k < tokens.size() && tokens[k].line == last; ++k) rest_of_line.push_back(tokens[k].text);
  bool ends_line = rest_of_line.empty() ||
                   rules_.headers.Match(CellText::JoinWords(rest_of_line, 0, rest_of_line.size())).has_value();
  // A section heading on a line of its own, which a run-on header never
  // takes in, runs on from the last name of a header wrapped over lines
  // ("Priority" over "no. Outcome ... Measure", then "Objective A: ...").
  bool section_last = last != tokens[header.begin].line && TextTableEnd::IsSectionHeading(*last, rules_.patterns);
  return (starts_line && ends_line) || section_last ||
         (ends_line && (RowsStartLines(tokens, header.end) || ShortLinesInside(tokens, header.begin, end)));
}

bool RunOnTableReader::ShortLinesInside(const std::vector<Token>& tokens, size_t begin, size_t end) {
  size_t inner_lines = 0;
  for (size_t k = begin + 1; k < end; ++k) {
    if (tokens[k - 1].line == tokens[k].line || tokens[k].line == tokens[end - 1].line) continue;
    size_t words = 0;
    while (k + words < end && tokens[k + words].line == tokens[k].line) ++words;
    if (words > kMaxNameLineWords) return false;
    ++inner_lines;
  }
  return inner_lines > 0;
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

std::vector<std::optional<Column>> RunOnTableReader::ColumnsOf(const std::vector<std::string>& names) const {
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(names, rules_.headers);
  // A target beside named dates holds what is aimed at, prose an extra column reads; unnamed, it would read
  // as any column's, a lead's before all ("Report received by the Board").
  CellGrouper::AimBesideNamedDates(names, rules_.headers, &columns);
  CellGrouper::UnnameSharedRoles(names, rules_.headers, &columns);
  return columns;
}

bool RunOnTableReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  const PlanLine& first = lines[at];
  bool paragraph_start = at == 0 || first.line->gap_before || first.page_start || !lines[at - 1].IsSingleCell();
  if (!paragraph_start) return false;
  size_t end = at;
  std::vector<Token> tokens = Paragraph(lines, at, &end);
  if (tokens.size() < kMinParagraphWords) return false;
  TidyRefs(&tokens);
  for (Token& token : tokens) token.heading_word = rules_.headers.KnowsWord(token.text);
  std::optional<Header> header = header_finder_.Find(tokens);
  const bool numbered = header.has_value();
  if (!header) header = header_finder_.FindOverDates(tokens);
  // Column names on lines of their own head a table of a cell a line.
  if (!header) return false;
  if (OnLinesOfItsOwn(tokens, *header)) return false;
  // Names parted by " / " head rows whose cells are parted so, a line each (SlashRowReader).
  auto slashed = [](const std::string& name) { return !name.empty() && name.back() == '/'; };
  if (std::count_if(header->names.begin(), header->names.end(), slashed) > 1) return false;
  std::vector<std::optional<Column>> columns = ColumnsOf(header->names);
  const std::vector<std::optional<Column>> named = columns;
  table->headings = header->names;
  // Where a reference follows the header, rows start at references, in a
  // column of their own whatever its name; else rows end at their dates.
  // Under a first column of titles, a first name that is no reference
  // column's (SpacedHeaderSplitter::NamesRefColumnFirst) heads the cells
  // after the references.
  bool ref_named = header->title == 0 || SpacedHeaderSplitter(rules_.headers).NamesRefColumnFirst(header->names);
  RebuiltTable::RefCell ref_cell = ref_named ? RebuiltTable::RefCell::kUntold : RebuiltTable::RefCell::kOneMore;
  if (numbered) table->GiveRefColumn(&columns, ref_cell);
  if (numbered && table->headings.size() == header->names.size() && table->headings[0] != header->names[0]) {
    // The references took the first name ("Objective" over "1.1."): a role
    // that only it named outright is told again by another heading's words
    // ("What difference will it make?"), which UnnameSharedRoles dropped.
    columns = ColumnsOf(table->headings);
  }
  // A column no rule names ("Deliverables") is the action where none is.
  CellGrouper::NameActionColumn(&columns);
  std::vector<Token> body(tokens.begin() + header->end, tokens.end());
  const std::string first_ref = numbered ? body[header->title].text : "";
  int next_number = IsPlainNumber(first_ref) ? std::stoi(first_ref) + 1 : 0;
  // The running header repeats the plan's title before the column names,
  // not the column names a page prints again under it; a paragraph that
  // opens with the names has no title apart from them.
  const size_t title_end = header->begin > 0 ? header->begin : tokens.size();
  furniture_.Drop({tokens.begin(), tokens.begin() + title_end}, next_number > 0, &body);
  if (numbered && next_number == 0) PutBulletsAfterRefs(first_ref, &body);
  std::vector<Token> header_words =
      WithRepeatedLeadIn(body, {tokens.begin() + header->begin, tokens.begin() + header->end}, tokens, header->begin);
  const std::vector<bool> after_date =
      numbered ? std::vector<bool>() : RowStartsAfterDates(body, columns, header_words);
  table->header = tokens[header->begin].line;
  table->end = end;
  // A name the rules do not know before each repeat of the names heads a
  // first column of section titles ("Domain"): where rows start after
  // their dates, a title stands between each header and its rows.
  const bool lead_in = header_words.size() > header->end - header->begin;
  const bool titled = header->title > 0 || (first_ref.empty() && lead_in);
  std::vector<RowSpan> spans = RowSpans(body, header_words, first_ref, next_number, after_date, titled);
  // Rows may open with an outcome before the reference that numbers their
  // action, under the first name or the words the header repeats before its
  // names ("Change we want to see"), which a title column took: the
  // outcomes get their column back, the references one after it.
  std::vector<std::string> outcome_names = header->names;
  size_t name_words = 0;
  for (const std::string& name : header->names) name_words += CellText::WordCount(name);
  if (header_words.size() > name_words) {
    outcome_names.insert(outcome_names.begin(), Text(header_words, 0, header_words.size() - name_words));
  }
  const std::vector<std::optional<Column>> outcome_first = ColumnsOf(outcome_names);
  if (numbered && header->title > 0 && CutOutcomesBeforeRefs(body, outcome_first, &spans)) {
    columns = outcome_first;
    columns.insert(columns.begin() + 1, Column::kRef);
    table->headings = outcome_names;
    table->headings.insert(table->headings.begin() + 1, RebuiltTable::kRefHeading);
  }
  // The words of each row after its reference, to find the first cells rows repeat.
  std::vector<std::vector<std::string>> row_words;
  for (const RowSpan& span : spans) {
    row_words.emplace_back();
    if (span.heading) continue;
    for (size_t k = CellsBegin(body, span.begin, columns); k < span.end; ++k) row_words.back().push_back(body[k].text);
  }
  std::vector<size_t> repeated = RepeatedFirstCell::Lengths(row_words, rules_.patterns);
  const bool ref_took_first = numbered && !named.empty() && IsRepeatedKind(named[0]) && columns.size() > 1 &&
                              columns[0] == Column::kRef && columns[1] == Column::kAction;
  if (ref_took_first && (MostRowsRepeat(repeated, spans) ||
                         (named[0] == Column::kOutcome && OutcomesOpenRows(body, spans, columns)))) {
    // Rows repeat a first cell after their references, as a column of
    // merged cells does and no action, or open with an outcome before
    // their action: the first name, no rule's or an outcome's ("Desired
    // outcome"), that the references took, is that column's, theirs a
    // blank heading of its own.
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
