#include "pipeline/recovery/run_on_table_reader.h"

#include <algorithm>
#include <cctype>

#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/recovery/text_table_end.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest words in a paragraph worth searching for a table.
constexpr size_t kMinParagraphWords = 20;
// Most words of the column names, and of a section heading, inline.
constexpr size_t kMaxHeaderWords = 30;
constexpr size_t kMaxHeadingWords = 14;
// Fewest words a running header repeated after page numbers has.
constexpr size_t kMinRunningWords = 3;
// Most words one cell of a run-on row may take.
constexpr size_t kMaxCellWords = 80;

std::string Joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

bool IsNumber(const std::string& text, int number) { return text == std::to_string(number); }

}  // namespace

std::vector<RunOnTableReader::Token> RunOnTableReader::Paragraph(const std::vector<PlanLine>& lines, size_t at,
                                                                 size_t* end) {
  std::vector<Token> tokens;
  size_t k = at;
  for (; k < lines.size(); ++k) {
    const PlanLine& line = lines[k];
    if (TextTableEnd::IsPast(line) || (k > at && line.line->gap_before && !line.page_start)) break;
    for (std::string& word : SpacedHeaderSplitter::WordsOf(line.text)) tokens.push_back(Token{std::move(word), &line});
  }
  *end = k;
  return tokens;
}

void RunOnTableReader::JoinSpacedRefs(std::vector<Token>* tokens) const {
  std::vector<Token> joined;
  for (size_t k = 0; k < tokens->size(); ++k) {
    const std::string& word = (*tokens)[k].text;
    bool letters = std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isupper(c); });
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
  return rules_.patterns.IsRef(text) && shape(text) == shape(first);
}

std::optional<RunOnTableReader::Header> RunOnTableReader::FindHeader(const std::vector<Token>& tokens) const {
  SpacedHeaderSplitter splitter(rules_.headers);
  for (size_t ref = 1; ref < tokens.size(); ++ref) {
    if (!rules_.patterns.IsRef(tokens[ref].text)) continue;
    // Of the runs that end at the reference, the one with most known names,
    // then the shortest.
    std::optional<Header> best;
    size_t best_known = 0;
    for (size_t begin = ref - 1; begin-- > 0 && ref - begin <= kMaxHeaderWords;) {
      std::vector<std::string> words;
      for (size_t k = begin; k < ref; ++k) words.push_back(tokens[k].text);
      std::vector<std::string> names = splitter.SplitWords(words);
      size_t known = std::count_if(names.begin(), names.end(),
                                   [&](const std::string& name) { return rules_.headers.Match(name).has_value(); });
      if (!names.empty() && known > best_known) best = Header{begin, ref, std::move(names)}, best_known = known;
    }
    if (best) return best;
  }
  return std::nullopt;
}

size_t RunOnTableReader::PageNumberAt(const std::vector<Token>& tokens, size_t at, int page) const {
  auto word = [&](size_t k) { return k < tokens.size() ? tokens[k].text : std::string(); };
  std::string folded = CellText::FoldForMatch(word(at));
  if (folded == "page" && IsNumber(word(at + 1), page)) {
    std::string total = word(at + 3);
    bool of_total = CellText::FoldForMatch(word(at + 2)) == "of" && !total.empty() &&
                    std::all_of(total.begin(), total.end(), [](unsigned char c) { return std::isdigit(c); });
    return of_total ? 4 : 2;
  }
  if (word(at) == "-" && IsNumber(word(at + 1), page) && word(at + 2) == "-") return 3;
  // A bare number in page order, before a capital or the end.
  std::string next = word(at + 1);
  if (IsNumber(word(at), page) && (next.empty() || std::isupper(static_cast<unsigned char>(next[0])))) return 1;
  return 0;
}

void RunOnTableReader::DropFurniture(const std::vector<Token>& opening, std::vector<Token>* tokens) const {
  std::vector<size_t> after;  // Where the words after each page number start.
  std::vector<Token> kept;
  int page = 1;
  for (size_t k = 0; k < tokens->size();) {
    if (size_t length = PageNumberAt(*tokens, k, page)) {
      ++page;
      k += length;
      after.push_back(kept.size());
      continue;
    }
    kept.push_back((*tokens)[k++]);
  }
  // The running header: the words that every page number is followed by,
  // and that open the paragraph, as the plan's title does.
  size_t running = 0;
  if (!after.empty()) {
    // It stops before a section heading, which the title may run into.
    while (running < opening.size() && after[0] + running < kept.size() &&
           kept[after[0] + running].text == opening[running].text &&
           !rules_.patterns.StartsWithSectionLabel(opening[running].text)) {
      ++running;
    }
  }
  if (running >= kMinRunningWords) {
    for (size_t i = after.size(); i-- > 0;) {
      size_t n = 0;
      while (n < running && after[i] + n < kept.size() && kept[after[i] + n].text == opening[n].text) ++n;
      if (n == running) kept.erase(kept.begin() + after[i], kept.begin() + after[i] + running);
    }
  }
  tokens->swap(kept);
}

size_t RunOnTableReader::SectionBefore(const std::vector<Token>& tokens, size_t end) const {
  for (size_t begin = end > kMaxHeadingWords ? end - kMaxHeadingWords : 0; begin + 1 < end; ++begin) {
    if (!rules_.patterns.StartsWithSectionLabel(tokens[begin].text)) continue;
    if (rules_.patterns.MatchSection(Text(tokens, begin, end))) return end - begin;
  }
  return 0;
}

std::string RunOnTableReader::Text(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::vector<std::string> words;
  for (size_t k = begin; k < end; ++k) words.push_back(tokens[k].text);
  return Joined(words);
}

std::vector<std::string> RunOnTableReader::RowCells(const std::vector<Token>& tokens, size_t begin, size_t end,
                                                    const std::vector<std::optional<Column>>& columns) const {
  std::vector<std::string> words;
  for (size_t k = begin; k < end; ++k) words.push_back(tokens[k].text);
  CellGrouper::Options options;
  options.one_row = true;
  options.max_cell_pieces = kMaxCellWords;
  std::vector<GroupedRow> rows = CellGrouper(cell_fit_, columns, options).Group(words);
  return rows.empty() ? std::vector<std::string>(columns.size()) : rows[0].cells;
}

bool RunOnTableReader::Read(const std::vector<PlanLine>& lines, size_t at, RebuiltTable* table) const {
  const PlanLine& first = lines[at];
  bool paragraph_start = at == 0 || first.line->gap_before || first.page_start || !lines[at - 1].IsSingleCell();
  if (!paragraph_start) return false;
  size_t end = at;
  std::vector<Token> tokens = Paragraph(lines, at, &end);
  if (tokens.size() < kMinParagraphWords) return false;
  JoinSpacedRefs(&tokens);
  std::optional<Header> header = FindHeader(tokens);
  // Column names on lines of their own head a table of a cell a line.
  if (!header) return false;
  bool starts_line = header->begin == 0 || tokens[header->begin - 1].line != tokens[header->begin].line;
  bool ends_line = tokens[header->end].line != tokens[header->end - 1].line;
  if (starts_line && ends_line) return false;
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(header->names, rules_.headers);
  if (std::find(columns.begin(), columns.end(), Column::kRef) == columns.end()) return false;
  std::vector<Token> body(tokens.begin() + header->end, tokens.end());
  std::vector<std::string> header_words;
  for (size_t k = header->begin; k < header->end; ++k) header_words.push_back(tokens[k].text);
  DropFurniture(tokens, &body);
  table->header = tokens[header->begin].line;
  table->headings = header->names;
  table->end = end;
  const std::string first_ref = body.empty() ? "" : body[0].text;
  size_t row = 0;  // Where the row in progress starts.
  auto close_row = [&](size_t stop) {
    if (stop > row) table->rows.push_back(RebuiltRow{body[row].line, RowCells(body, row, stop, columns)});
  };
  for (size_t k = 1; k <= body.size(); ++k) {
    bool repeat = k + header_words.size() <= body.size() &&
                  std::equal(header_words.begin(), header_words.end(), body.begin() + k,
                             [](const std::string& a, const Token& b) { return a == b.text; });
    if (repeat) {
      size_t heading = SectionBefore(body, k);
      close_row(k - heading);
      if (heading > 0) table->rows.push_back(RebuiltRow{body[k - heading].line, {Text(body, k - heading, k)}, true});
      row = k + header_words.size();
      k = row;
      continue;
    }
    if (k == body.size() || IsRefLike(body[k].text, first_ref)) {
      close_row(k);
      row = k;
    }
  }
  return std::count_if(table->rows.begin(), table->rows.end(), [](const RebuiltRow& r) { return !r.IsHeading(); }) > 1;
}

}  // namespace planrows
