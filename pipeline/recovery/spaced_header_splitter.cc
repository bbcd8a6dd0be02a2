#include "pipeline/recovery/spaced_header_splitter.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words one column name has ("Date for completion of the action").
constexpr size_t kMaxNameWords = 7;
// Fewest names that make a header written on one line.
constexpr size_t kMinHeaderNames = 3;
// Most names of a header borne out by its rows for each name whose words tell its column.
constexpr size_t kMostNamesPerToldName = 3;
// Fewest names of a header whose first name no rule tells, all the others
// told, for it to be a header: a theme's or a key's column is often
// headed in words of the plan's own ("Focus area").
constexpr size_t kMinNamesUntoldFirst = 5;
// Most words of a reference column's name no rule knows ("Action code").
constexpr size_t kMaxRefNameWords = 2;
// Fewest letters of a last word that, ending with a stop, ends a sentence
// rather than an abbreviated heading ("No.", "Org.").
constexpr size_t kMinSentenceEndLetters = 5;
// Costs of a known and of an unknown name, in the search for the reading
// with fewest unknown names, then fewest names.
constexpr int kKnownCost = 1;
constexpr int kSplitNameCost = 3;
constexpr int kUnknownCost = 8;
// What an unknown name costs more for each line started with a capital it
// runs on past: more than parting it there.
constexpr int kRunOnCost = kUnknownCost + 1;
constexpr int kNoName = std::numeric_limits<int>::max();

// True when `word` starts as a heading does: with a capital, or as "#",
// the mark that heads a column of references.
bool StartsCapital(const std::string& word) {
  unsigned char head = static_cast<unsigned char>(word[0]);
  return std::isupper(head) || head >= 0x80 || head == '#';
}

// True when `word` is a number, a dash or a span of years ("12", "-",
// "2017-18", "2017/18"); a "/" alone joins two names ("Owner / date").
bool IsNumberOrDash(const std::string& word) {
  auto all = [&](const char* others) {
    return std::all_of(word.begin(), word.end(),
                       [&](unsigned char c) { return std::isdigit(c) || std::strchr(others, c) != nullptr; });
  };
  return all("-") || (std::isdigit(static_cast<unsigned char>(word[0])) && all("-/"));
}

bool EndsName(const std::string& word) { return word.back() == '?' || word.back() == ':'; }

// True when a heading's words go on past `word`, a joiner of two names
// ("Lead &" "Completion Date" is one heading, "Lead & Completion Date").
bool JoinsNext(const std::string& word) {
  return word == "and" || word == "+" || word.back() == '&' || word.back() == '/';
}

}  // namespace

std::vector<std::string> SpacedHeaderSplitter::WordsOf(std::string_view text) {
  std::vector<std::string> words;
  std::string clean = CellText::Clean(text);
  size_t start = 0;
  while (start < clean.size()) {
    size_t end = clean.find(' ', start);
    if (end == std::string::npos) end = clean.size();
    words.push_back(clean.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool SpacedHeaderSplitter::IsKnownName(const std::vector<std::string>& words, size_t begin, size_t end) const {
  if (!StartsCapital(words[begin]) || !rules_.Match(CellText::JoinWords(words, begin, end))) return false;
  if (end < words.size() && JoinsNext(words[end - 1])) return false;
  for (size_t k = begin; k + 1 < end; ++k) {
    if (EndsName(words[k])) return false;
  }
  // A name matched by its first words only ("How will we know ...") must not
  // run on over the name of the next column.
  if (!rules_.Match(CellText::JoinWords(words, begin, end) + " zzzz")) return true;
  for (size_t k = begin + 1; k < end; ++k) {
    if (rules_.Match(words[k])) return false;
  }
  return true;
}

bool SpacedHeaderSplitter::MayBeUnknownName(const std::vector<std::string>& words, size_t begin,
                                            size_t end) const {
  if (!StartsCapital(words[begin]) || (end < words.size() && JoinsNext(words[end - 1]))) return false;
  // A known name a joiner puts in this name ("Owner & Target date") is this name's.
  size_t joined_from = end;
  for (size_t k = begin + 1; k + 1 < end && joined_from == end; ++k) {
    if (JoinsNext(words[k]) && rules_.Match(CellText::JoinWords(words, k + 1, end))) joined_from = k + 1;
  }
  for (size_t k = begin; k < end; ++k) {
    if (k + 1 < end && EndsName(words[k])) return false;
    // An abbreviation's dot before a capital ends a name ("Priority no." "Planned work").
    if (k + 1 < end && words[k].back() == '.' && StartsCapital(words[k + 1])) return false;
    // Numbers and dashes stand in titles and headings, not column names.
    if (IsNumberOrDash(words[k])) return false;
    // A capitalised word after its first word starts another column when it
    // is a known name or starts one, or when the words before it are one
    // ("Ref Planned activity" is "Ref" and "Planned activity"; "Status update
    // Success measure" ends in "Success measure").
    if (k > begin && k < joined_from && StartsCapital(words[k]) &&
        (rules_.Match(words[k]) || rules_.Match(CellText::JoinWords(words, begin, k)) ||
         rules_.Match(CellText::JoinWords(words, k, end)) || NameTwoColumns(words, begin, k, end))) {
      return false;
    }
  }
  return true;
}

bool SpacedHeaderSplitter::NameTwoColumns(const std::vector<std::string>& words, size_t begin, size_t k,
                                          size_t end) const {
  std::optional<ColumnName> before = rules_.MatchWords(CellText::JoinWords(words, begin, k));
  std::optional<ColumnName> after = rules_.MatchWords(CellText::JoinWords(words, k, end));
  return before && after && (before->column != after->column || before->extra_key != after->extra_key);
}

int SpacedHeaderSplitter::NameCost(const std::vector<std::string>& words, size_t begin, size_t end,
                                   const LineStarts& line_starts) const {
  if (IsKnownName(words, begin, end)) {
    // A name made of two known names of different columns ("Lead By when")
    // is read as those two, where the header has room for both.
    for (size_t k = begin + 1; k < end; ++k) {
      if (JoinsNext(words[k - 1])) continue;
      std::optional<ColumnName> left = rules_.Match(CellText::JoinWords(words, begin, k));
      std::optional<ColumnName> right = rules_.Match(CellText::JoinWords(words, k, end));
      if (left && right && left->column != right->column && IsKnownName(words, k, end)) return kSplitNameCost;
    }
    return kKnownCost;
  }
  if (!MayBeUnknownName(words, begin, end)) return kNoName;
  // A name runs on to the next line in lower case ("Completion" over
  // "target") or after a joiner ("Lead &" over "Completion Date").
  auto lines_run_past = std::count_if(line_starts.begin(), line_starts.end(), [&](size_t start) {
    return start > begin && start < end && StartsCapital(words[start]) && !CellText::EndsMidPhrase(words[start - 1]);
  });
  size_t names_run_past = 0;
  for (size_t k = begin + 1; k < end; ++k) {
    bool line_start = std::find(line_starts.begin(), line_starts.end(), k) != line_starts.end();
    names_run_past += !line_start && StartsNameInside(words, begin, k, end);
  }
  return kUnknownCost + static_cast<int>(lines_run_past + names_run_past) * kRunOnCost;
}

bool SpacedHeaderSplitter::StartsNameInside(const std::vector<std::string>& words, size_t begin, size_t k,
                                            size_t end) const {
  // Capitals alone ("Q3", "LSCB") stand inside a name.
  const std::string& word = words[k];
  if (!StartsCapital(word) || std::none_of(word.begin(), word.end(), [](unsigned char c) { return std::islower(c); })) {
    return false;
  }
  // A name in sentence case ends before a capital ("Work to be undertaken"
  // "Ownership"), and so does a word that tells a column, as a known name
  // does ("Goal" "Deliverables"); a word no rule knows before a name its
  // words tell is a name of its own ("Deliverables" "Delivery lead").
  if (CellText::StartsLower(words[k - 1]) || (k == begin + 1 && rules_.MatchWords(words[begin]))) return true;
  // A word that tells a column and starts a name of its own ends it as a
  // first word does ("Theme" "Deliverables" "Purpose").
  if (k > begin + 1 && rules_.MatchWords(words[k - 1]) && StartsNameInside(words, begin, k - 1, end)) return true;
  return !rules_.MatchWords(CellText::JoinWords(words, begin, k)) &&
         rules_.MatchWords(CellText::JoinWords(words, k, end));
}

bool SpacedHeaderSplitter::IsHeader(const std::vector<std::string>& names, bool ref_first,
                                    HeaderRules::HeadingParts parts, bool joined_names_known) const {
  if (names.size() < kMinHeaderNames || EndsSentence(names.back())) return false;
  size_t known = 0, told = 0;
  bool content = false, untold_first = false;
  const bool ref_name_first = ref_first && NamesRefColumnFirst(names);
  for (const std::string& name : names) {
    std::optional<ColumnName> column = rules_.Match(name);
    if (!column && joined_names_known) column = rules_.MatchJoinedNames(name);
    bool ref_name = ref_name_first && &name == &names.front();
    known += column.has_value() || ref_name;
    // Once two names are known, a short heading's words may tell its column
    // ("Status update", "Responsible officer(s) and partners").
    if (!column && WordsOf(name).size() <= kMaxNameWords) column = rules_.MatchWords(name);
    told += column.has_value() || ref_name;
    untold_first |= !column && !ref_name && &name == &names.front();
    content |= column && (column->column == Column::kAction || column->column == Column::kLead ||
                          column->column == Column::kLeadTimeframe);
  }
  if (untold_first && told + 1 == names.size() && names.size() >= kMinNamesUntoldFirst) ++told;
  return HeaderRules::MakesHeader(known, told, names.size(), content, parts);
}

bool SpacedHeaderSplitter::EndsSentence(const std::string& name) const {
  std::vector<std::string> words = WordsOf(name);
  if (words.empty() || words.back().back() != '.' || rules_.Match(name)) return false;
  return words.back().size() - 1 >= kMinSentenceEndLetters;
}

bool SpacedHeaderSplitter::MayNameRefColumn(const std::string& name) const {
  return WordsOf(name).size() <= kMaxRefNameWords && !rules_.MatchWords(name);
}

bool SpacedHeaderSplitter::NamesRefColumnFirst(const std::vector<std::string>& names) const {
  if (names.empty() || !MayNameRefColumn(names.front())) return false;
  // A column no rule names is the action where none is (CellGrouper::NameActionColumn).
  return std::any_of(names.begin() + 1, names.end(), [this](const std::string& name) {
    std::optional<ColumnName> column = rules_.MatchWords(name);
    return column && column->column == Column::kAction;
  });
}

std::vector<std::string> SpacedHeaderSplitter::SplitWords(const std::vector<std::string>& words, bool ref_first,
                                                          const LineStarts& line_starts) const {
  return ReadNames(words, ref_first, line_starts, false);
}

std::vector<std::string> SpacedHeaderSplitter::SplitBorneOut(const std::vector<std::string>& words,
                                                             const LineStarts& line_starts) const {
  return ReadNames(words, true, line_starts, true);
}

bool SpacedHeaderSplitter::Accepts(const std::vector<std::string>& names, bool ref_first, bool borne_out) const {
  // A run of words cut at its cheapest names keeps a heading of two names of one column whole ("KPI /
  // measure"): it is as known as a name the rules hold.
  if (!borne_out) return IsHeader(names, ref_first, HeaderRules::HeadingParts::kGuessed, true);
  // Rows under them bear out names rules hardly know, but not a list of names one in several of which tells a
  // column (a table of board members, its agencies a line each, over an action table's references).
  size_t told = std::count_if(names.begin(), names.end(), [this](const std::string& name) {
    return rules_.Match(name) || rules_.MatchWords(name);
  });
  return MayBeHeader(names) && told * kMostNamesPerToldName >= names.size();
}

std::vector<std::string> SpacedHeaderSplitter::ReadNames(const std::vector<std::string>& words, bool ref_first,
                                                         const LineStarts& line_starts, bool borne_out) const {
  std::vector<std::string> cheapest = CheapestNames(words, 0, line_starts);
  if (Accepts(cheapest, ref_first, borne_out)) return cheapest;
  // Before a reference, a short first name no rule knows is the reference
  // column's, even where the cheapest reading runs it into the next name
  // ("Row Steps we will take" is "Row" and "Steps we will take").
  for (size_t split = 1; ref_first && split <= kMaxRefNameWords && split < words.size(); ++split) {
    if (!StartsCapital(words[0]) || !StartsCapital(words[split])) continue;
    std::vector<std::string> names = CheapestNames(words, split, line_starts);
    if (names.empty()) continue;
    names.insert(names.begin(), CellText::JoinWords(words, 0, split));
    if (NamesRefColumnFirst(names) && Accepts(names, true, borne_out)) return names;
  }
  return {};
}

std::vector<std::string> SpacedHeaderSplitter::CheapestNames(const std::vector<std::string>& words, size_t first,
                                                             const LineStarts& line_starts) const {
  const size_t n = words.size();
  // cost[i]: the cheapest split of words [first, i); start[i]: where its last name begins.
  std::vector<int> cost(n + 1, kNoName);
  std::vector<size_t> start(n + 1, first);
  cost[first] = 0;
  for (size_t begin = first; begin < n; ++begin) {
    if (cost[begin] == kNoName) continue;
    for (size_t end = begin + 1; end <= n && end - begin <= kMaxNameWords; ++end) {
      int step = NameCost(words, begin, end, line_starts);
      if (step != kNoName && cost[begin] + step < cost[end]) {
        cost[end] = cost[begin] + step;
        start[end] = begin;
      }
    }
  }
  if (n == first || cost[n] == kNoName) return {};
  std::vector<std::string> names;
  for (size_t at = n; at > first; at = start[at]) {
    names.insert(names.begin(), CellText::JoinWords(words, start[at], at));
  }
  return names;
}

std::vector<std::string> SpacedHeaderSplitter::SplitAtCapitals(const std::vector<std::string>& words,
                                                               size_t count) const {
  std::vector<std::string> names;
  for (const std::string& word : words) {
    if (StartsCapital(word)) {
      names.push_back(word);
    } else if (!names.empty()) {
      names.back() += " " + word;
    } else {
      return {};
    }
  }
  // Initials and names cut at a joiner ("C Gill/ Quality & Performance
  // Group") are a lead's, not column names.
  bool headings = std::all_of(names.begin(), names.end(), [](const std::string& name) {
    char last = name.back();
    return name.find(' ') != 1 && name.size() > 1 && last != '/' && last != '&' && last != ',' && last != '-';
  });
  return names.size() == count && headings && MayBeHeader(names) ? names : std::vector<std::string>();
}

bool SpacedHeaderSplitter::MayBeHeader(const std::vector<std::string>& names) const {
  if (names.size() < kMinHeaderNames || EndsSentence(names.back())) return false;
  return std::any_of(names.begin(), names.end(), [this](const std::string& name) {
           return WordsOf(name).size() <= kMaxNameWords && (rules_.Match(name) || rules_.MatchWords(name));
         });
}

std::vector<std::string> SpacedHeaderSplitter::Split(std::string_view text) const {
  return SplitWords(WordsOf(text));
}

}  // namespace planrows
