#include "pipeline/recovery/run_on_header_finder.h"

#include <algorithm>
#include <cctype>

#include "pipeline/recovery/cell_fit.h"
#include "pipeline/recovery/cell_grouper.h"
#include "pipeline/recovery/spaced_header_splitter.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words of the column names inline.
constexpr size_t kMaxHeaderWords = 30;
// How far into a paragraph a header is looked for, and the fewest names
// that of a table without references must have.
constexpr size_t kMaxHeaderSearchWords = 200;
constexpr size_t kMinNamesWithoutRefs = 4;
// The fewest names of such a header that comes again later in the
// paragraph, printed over each section's rows: the repeat bears it out.
constexpr size_t kMinRepeatedNamesWithoutRefs = 3;
// How far into a paragraph such a header may end: a title, then a header.
constexpr size_t kMaxHeaderEndWithoutRefs = 2 * kMaxHeaderWords;
// Most runs split into names in looking for such a header: a paragraph of
// heading words alone would have every run tried, each split costly.
constexpr size_t kMaxSplitsWithoutRefs = 80;
// Fewest words of known names in a header run into a paragraph.
constexpr size_t kMinHeadingWords = 2;
// Most words of a column name no rule knows ("What we want to happen"), and
// fewest names of a header of such names.
constexpr size_t kMaxUnknownNameWords = 6;
constexpr size_t kMinHeaderNames = 3;
// How many of a paragraph's first references may end such a header.
constexpr size_t kMaxCapitalHeaderRefs = 3;
// Most words of a section's title between a header and its first
// reference, and how many last words of a header show it comes again.
constexpr size_t kMaxTitleWords = 14;
constexpr size_t kRepeatedEndWords = 3;
// Most words of a section's label ("Strategic Theme").
constexpr size_t kMaxLabelWords = 2;

}  // namespace

std::optional<RunOnHeaderFinder::Header> RunOnHeaderFinder::HeaderEndingAt(const std::vector<Token>& tokens,
                                                                         size_t end, bool at_ref,
                                                                         size_t* splits) const {
  // Of the runs that end there, the one with most known names, then the shortest.
  std::optional<Header> best;
  size_t best_known = 0;
  size_t heading_words = tokens[end - 1].heading_word;
  for (size_t begin = end - 1; begin-- > 0 && end - begin <= kMaxHeaderWords;) {
    // No heading holds a year: one before the names ends the plan's title ("Plan 2014/16 Action code ...").
    if (CellFit::HoldsYear(tokens[begin].text)) break;
    // Most runs are no header, and splitting them is costly: a header has
    // two words of known names, and starts with a capital.
    heading_words += tokens[begin].heading_word;
    if (heading_words < kMinHeadingWords || !std::isupper(static_cast<unsigned char>(tokens[begin].text[0]))) continue;
    if (splits && *splits == 0) break;
    if (splits) --*splits;
    std::vector<std::string> names = NamesOf(tokens, begin, end, at_ref);
    // Before a reference, the first name is the reference column's, known
    // by the rows whatever it says (SpacedHeaderSplitter::IsHeader), unless
    // it is a section's label and number ("Priority 1").
    bool ref_name = at_ref && SpacedHeaderSplitter(rules_.headers).NamesRefColumnFirst(names) &&
                    !rules_.patterns.MatchSection(names.front());
    size_t known = KnownNames(names) + ref_name;
    if (!names.empty() && known > best_known && !CutsNameShort(names)) {
      best = Header{begin, end, std::move(names)}, best_known = known;
    }
  }
  return best;
}

std::optional<RunOnHeaderFinder::Header> RunOnHeaderFinder::Find(const std::vector<Token>& tokens) const {
  std::vector<size_t> refs;
  // A table's header opens its paragraph: names found deep in it are a
  // row's words before a number ("... Q4 2021/22 4 ...").
  for (size_t ref = 1; ref < tokens.size() && ref < kMaxHeaderSearchWords; ++ref) {
    if (!classifier_.IsPrintedRef(tokens[ref].text) || NumbersSection(tokens, ref)) continue;
    std::optional<Header> header = TitledHeaderEndingAt(tokens, ref);
    if (!header && (header = HeaderEndingAt(tokens, ref, true))) {
      header = Repeated(tokens, *header);
      header->names = SentenceCaseNames(tokens, *header);
    }
    if (header && !CutsNameShort(header->names)) return header;
    refs.push_back(ref);
  }
  // Names no rule knows stand before one of the first references.
  for (size_t k = 0; k < refs.size() && k < kMaxCapitalHeaderRefs; ++k) {
    std::optional<Header> header = CapitalHeaderEndingAt(tokens, refs[k]);
    if (header && !CutsNameShort(header->names)) return header;
  }
  return std::nullopt;
}

bool RunOnHeaderFinder::NumbersSection(const std::vector<Token>& tokens, size_t at) const {
  const std::string& label = tokens[at - 1].text;
  if (rules_.patterns.StartsWithSectionLabel(label) && rules_.patterns.MatchSection(label + " " + tokens[at].text)) {
    return true;
  }
  // A bare number before a title and a reference of another kind ("2. Help
  // at the earliest point EH1 ...") numbers the section, not a row; so does
  // a number with a stop before rows numbered afresh ("2. Help early 1 Open
  // ...").
  const std::string& number = tokens[at].text;
  if (!CellFit::IsBareNumber(number) || at + 1 == tokens.size() ||
      !std::isupper(static_cast<unsigned char>(tokens[at + 1].text[0]))) {
    return false;
  }
  for (size_t k = at + 2; k < tokens.size() && k <= at + kMaxTitleWords; ++k) {
    if (!classifier_.IsPrintedRef(tokens[k].text)) continue;
    return !CellFit::IsBareNumber(tokens[k].text) || (number.back() == '.' && tokens[k].text == "1");
  }
  return false;
}

RunOnHeaderFinder::Header RunOnHeaderFinder::Repeated(const std::vector<Token>& tokens, const Header& header) const {
  // Every part of a run that comes again comes again too: the runs that
  // do end at the longest.
  size_t longest = header.end;
  while (longest > 0 && header.end - longest < kMaxHeaderWords && !CellFit::HoldsYear(tokens[longest - 1].text) &&
         RepeatsLater(tokens, longest - 1, header.end)) {
    --longest;
  }
  for (size_t begin = longest; begin + kMinHeaderNames <= header.end; ++begin) {
    if (!std::isupper(static_cast<unsigned char>(tokens[begin].text[0]))) continue;
    std::vector<std::string> names = RepeatedNamesOf(tokens, begin, header.end);
    if (!names.empty()) return Header{begin, header.end, std::move(names)};
  }
  return header;
}

std::vector<std::string> RunOnHeaderFinder::RepeatedNamesOf(const std::vector<Token>& tokens, size_t begin,
                                                            size_t end) const {
  std::vector<std::string> names = NamesOf(tokens, begin, end, true);
  // Names that come again before each section's rows and a reference
  // are borne out by them, however few of them rules know; the rows'
  // references may stand in front of their first cells ("P1.1 - Audit").
  if (names.empty()) names = SpacedHeaderSplitter(rules_.headers).SplitBorneOut(WordsOf(tokens, begin, end), {});
  return names;
}

size_t RunOnHeaderFinder::KnownNames(const std::vector<std::string>& names) const {
  return std::count_if(names.begin(), names.end(),
                       [&](const std::string& name) { return rules_.headers.Match(name).has_value(); });
}

std::vector<std::string> RunOnHeaderFinder::SentenceCaseNames(const std::vector<Token>& tokens,
                                                              const Header& header) const {
  // Sentence case shows in a known name of words after its first, none of
  // them capitalised ("Progress to date", not "Current RAG").
  bool sentence_case = false;
  for (const std::string& name : header.names) {
    if (!rules_.headers.Match(name)) continue;
    std::vector<std::string> words = CellText::Words(name);
    bool inner_capital = std::any_of(words.begin() + 1, words.end(), [](const std::string& word) {
      return std::isupper(static_cast<unsigned char>(word[0]));
    });
    if (inner_capital) return header.names;
    sentence_case |= words.size() > 1;
  }
  if (!sentence_case) return header.names;
  std::vector<std::string> names = NamesAtCapitals(tokens, header.begin, header.end);
  return names.size() > header.names.size() ? names : header.names;
}

std::vector<std::string> RunOnHeaderFinder::NamesAtCapitals(const std::vector<Token>& tokens, size_t begin,
                                                            size_t end) const {
  std::vector<std::string> words;
  size_t capitals = 0;
  for (size_t k = begin; k < end; ++k) {
    words.push_back(tokens[k].text);
    capitals += std::isupper(static_cast<unsigned char>(tokens[k].text[0])) != 0;
  }
  return SpacedHeaderSplitter(rules_.headers).SplitAtCapitals(words, capitals);
}

std::optional<RunOnHeaderFinder::Header> RunOnHeaderFinder::TitledHeaderEndingAt(const std::vector<Token>& tokens,
                                                                               size_t ref) const {
  // Back from the reference to the last words that come again.
  size_t end = ref;
  while (end >= kRepeatedEndWords && ref - end <= kMaxTitleWords &&
         !RepeatsLater(tokens, end - kRepeatedEndWords, end)) {
    --end;
  }
  // A title's label comes again with the names ("Strategic Theme One - ...").
  for (size_t label = kMaxLabelWords; label > 0; --label) {
    if (end < label) continue;
    std::string heading;
    for (size_t k = end - label; k < ref; ++k) heading.append(heading.empty() ? "" : " ").append(tokens[k].text);
    if (rules_.patterns.StartsWithSectionLabel(heading) && rules_.patterns.MatchSection(heading)) {
      end -= label;
      break;
    }
  }
  // A title starts with a capital, or with its number before one ("2. Help at the earliest point").
  const size_t title_word = end + (CellFit::IsBareNumber(tokens[end].text) && end + 1 < ref ? 1 : 0);
  if (end == ref || end < kRepeatedEndWords || ref - end > kMaxTitleWords ||
      !std::isupper(static_cast<unsigned char>(tokens[title_word].text[0]))) {
    return std::nullopt;
  }
  Header header = Repeated(tokens, Header{end, end, {}});
  if (header.names.empty()) return std::nullopt;
  // The first name, up to the next capital, is the titles' column's; the
  // references' column, if it has a name, is the next.
  size_t rest = header.begin + 1;
  bool numbered_name = false;
  for (; rest < end && !std::isupper(static_cast<unsigned char>(tokens[rest].text[0])); ++rest) {
    numbered_name |= std::isdigit(static_cast<unsigned char>(tokens[rest].text[0])) != 0;
  }
  // A column's name holds no number: words with one ("Plan 2014-2015") end
  // the plan's title run on before the names, which begin after them.
  if (numbered_name) header.begin = rest;
  std::vector<std::string> names = RepeatedNamesOf(tokens, rest, end);
  // Two names after the titles' ("Priority Agreed actions Lead officer /
  // target date") are too few to split alone: the whole header's are
  // theirs after the first.
  if (names.empty() && !numbered_name && header.names.size() > 2 &&
      header.names.front() == CellText::JoinWords(WordsOf(tokens, header.begin, rest), 0, rest - header.begin)) {
    names.assign(header.names.begin() + 1, header.names.end());
  }
  // Names in sentence case start at capitals, as the title column's does,
  // unless that cuts a name rules know ("Lead Officer").
  std::vector<std::string> at_capitals = NamesAtCapitals(tokens, rest, end);
  bool cuts_known = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    return rules_.headers.Match(name) && std::find(at_capitals.begin(), at_capitals.end(), name) == at_capitals.end();
  });
  if (!at_capitals.empty() && !cuts_known) names = std::move(at_capitals);
  if (names.empty()) return std::nullopt;
  return Header{header.begin, end, std::move(names), ref - end};
}

std::optional<RunOnHeaderFinder::Header> RunOnHeaderFinder::CapitalHeaderEndingAt(const std::vector<Token>& tokens,
                                                                                size_t end) const {
  // Back from the reference, over names of a few words, each starting
  // with a capital, up to a number ("1. Early help") or a longer run.
  size_t begin = end, words = 0;
  for (size_t k = end; k-- > 0 && !std::isdigit(static_cast<unsigned char>(tokens[k].text[0]));) {
    if (++words > kMaxUnknownNameWords) break;
    if (!std::isupper(static_cast<unsigned char>(tokens[k].text[0]))) continue;
    begin = k;
    words = 0;
  }
  // A section's title may stand before the names; the names come again
  // before the next section's rows, the title does not.
  for (size_t b = begin; b + kMinHeaderNames <= end; ++b) {
    if (std::isupper(static_cast<unsigned char>(tokens[b].text[0])) && RepeatsLater(tokens, b, end)) {
      begin = b;
      break;
    }
  }
  std::vector<std::string> names = NamesAtCapitals(tokens, begin, end);
  if (names.empty()) return std::nullopt;
  return Header{begin, end, std::move(names)};
}

bool RunOnHeaderFinder::RepeatsLater(const std::vector<Token>& tokens, size_t begin, size_t end) {
  const size_t length = end - begin;
  for (size_t at = end; at + length <= tokens.size(); ++at) {
    size_t k = 0;
    while (k < length && tokens[at + k].text == tokens[begin + k].text) ++k;
    if (k == length) return true;
  }
  return false;
}

std::optional<RunOnHeaderFinder::Header> RunOnHeaderFinder::FindOverDates(const std::vector<Token>& tokens) const {
  // Without a reference to end it, a header that opens its paragraph ends
  // within a header's length of a title's: trying every end further in
  // costs a split of each run, which pages of header words make slow.
  size_t splits = kMaxSplitsWithoutRefs;
  for (size_t end = 1; end < tokens.size() && end < kMaxHeaderEndWithoutRefs && splits > 0; ++end) {
    // The first row's first cell starts with a capital, or with a bullet where it is a list.
    bool bullet = CellText::Clean(tokens[end].text).empty();
    if (!bullet && !std::isupper(static_cast<unsigned char>(tokens[end].text[0]))) continue;
    std::optional<Header> header = HeaderEndingAt(tokens, end, false, &splits);
    if (!header) continue;
    header = ExtendedBack(tokens, *header);
    // The run with most known names may take in a section's title before
    // the header ("Objective A. Children in care Objective / outcome ..."):
    // the header is the longest part of it that ends there and says
    // enough, or, where the names come again over each section's rows, the
    // longest part that comes again whole: the title before it changes.
    std::optional<Header> longest;
    size_t part_end = end;  // Past the names of the longest part that says enough, once found.
    for (size_t begin = header->begin; begin + kMinNamesWithoutRefs <= part_end; ++begin) {
      if (!std::isupper(static_cast<unsigned char>(tokens[begin].text[0]))) continue;
      bool whole = begin == header->begin && part_end == end;
      Header part{begin, part_end, whole ? header->names : NamesOf(tokens, begin, part_end)};
      if (part.names.empty()) continue;
      Header extended = Extended(tokens, part);
      if (!SaysEnoughWithoutRefs(extended.names, RepeatedWhole(tokens, extended))) continue;
      if (RepeatsLater(tokens, extended.begin, extended.end)) return extended;
      if (!longest) longest = extended, part_end = extended.end;
    }
    if (longest) return longest;
  }
  return std::nullopt;
}

bool RunOnHeaderFinder::RepeatedWhole(const std::vector<Token>& tokens, const Header& header) {
  // A word of a header's names right before or after it leaves names out
  // of it, as a header cut over lines of its own is.
  bool named_before = header.begin > 0 && tokens[header.begin - 1].heading_word;
  bool named_after = header.end < tokens.size() && tokens[header.end].heading_word;
  return !named_before && !named_after && RepeatsLater(tokens, header.begin, header.end);
}

bool RunOnHeaderFinder::SaysEnoughWithoutRefs(const std::vector<std::string>& names, bool repeated) const {
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(names, rules_.headers);
  const size_t fewest = repeated ? kMinRepeatedNamesWithoutRefs : kMinNamesWithoutRefs;
  return names.size() >= fewest && rules_.headers.NameAll(names) && DateColumn(columns) < columns.size();
}

bool RunOnHeaderFinder::CutsNameShort(const std::vector<std::string>& names) {
  // A name may end on a slash, as names parted by " / " do, or on a
  // preposition ("Completion by"); on a comma, a semicolon, an article or a
  // conjunction, only a row's text does.
  return std::any_of(names.begin(), names.end(), [](const std::string& name) {
    if (name.empty()) return false;
    if (name.back() == ',' || name.back() == ';') return true;
    std::vector<std::string> words = CellText::Words(name);
    std::string last = words.empty() ? "" : CellText::FoldForMatch(words.back());
    return last == "the" || last == "a" || last == "an" || last == "and" || last == "or";
  });
}

bool RunOnHeaderFinder::NamesRoleTwice(const std::vector<std::string>& names) const {
  std::vector<std::optional<Column>> columns = CellGrouper::ColumnsOf(names, rules_.headers);
  // A name of one word that gives a role by its word alone ("Target" beside
  // "By") is a name whatever its role, which its cells tell: prose that
  // gives a role by a word ("Walkers report risks") runs to more words.
  for (size_t c = 0; c < columns.size(); ++c) {
    if (CellText::WordCount(names[c]) == 1 && !rules_.headers.Match(names[c])) columns[c].reset();
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c] && columns[c] != Column::kExtra &&
        std::find(columns.begin() + c + 1, columns.end(), columns[c]) != columns.end()) {
      return true;
    }
  }
  return false;
}

RunOnHeaderFinder::Header RunOnHeaderFinder::Extended(const std::vector<Token>& tokens, Header header) const {
  // Nothing marks where a header without a reference after it ends: it goes
  // on while the words after it make more names, each known by its words
  // ("Where are we now?"), and each role named once: a first cell whose
  // words give a role the header has ("Walkers report risks") is no name.
  for (size_t end = header.end + 1; end <= tokens.size() && end - header.begin <= kMaxHeaderWords; ++end) {
    // A bullet starts the first row's list: no name goes on past it.
    bool bullet = end < tokens.size() && CellText::Clean(tokens[end].text).empty();
    if (end < tokens.size() && !bullet && !std::isupper(static_cast<unsigned char>(tokens[end].text[0]))) continue;
    // A section's label after the header ("Objective A: ...") is no name.
    if (end < tokens.size() && NumbersSection(tokens, end)) continue;
    std::vector<std::string> names = NamesOf(tokens, header.begin, end);
    if (names.size() > header.names.size() && rules_.headers.NameAll(names) && !NamesRoleTwice(names)) {
      header = Header{header.begin, end, std::move(names)};
    }
    if (bullet) break;
  }
  return header;
}

RunOnHeaderFinder::Header RunOnHeaderFinder::ExtendedBack(const std::vector<Token>& tokens, Header header) const {
  // The run with most known names, then the shortest, may leave out names
  // before it known by their words alone ("What we want to happen" before
  // "Tasks and activities Who will lead? ..."); a title's words name nothing.
  const size_t end = header.end;
  for (size_t begin = header.begin; begin-- > 0 && end - begin <= kMaxHeaderWords;) {
    if (CellFit::HoldsYear(tokens[begin].text)) break;
    if (!std::isupper(static_cast<unsigned char>(tokens[begin].text[0]))) continue;
    std::vector<std::string> names = NamesOf(tokens, begin, end);
    if (names.size() > header.names.size() && rules_.headers.NameAll(names) && !NamesRoleTwice(names)) {
      header = Header{begin, end, std::move(names)};
    }
  }
  return header;
}

std::vector<std::string> RunOnHeaderFinder::NamesOf(const std::vector<Token>& tokens, size_t begin, size_t end,
                                                   bool at_ref) const {
  return SpacedHeaderSplitter(rules_.headers).SplitWords(WordsOf(tokens, begin, end), at_ref);
}

std::vector<std::string> RunOnHeaderFinder::WordsOf(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::vector<std::string> words;
  for (size_t k = begin; k < end; ++k) words.push_back(tokens[k].text);
  return words;
}

size_t RunOnHeaderFinder::DateColumn(const std::vector<std::optional<Column>>& columns) {
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c] == Column::kTimeframe || columns[c] == Column::kLeadTimeframe) return c;
  }
  return columns.size();
}

}  // namespace planrows
