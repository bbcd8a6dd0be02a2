#include "pipeline/recovery/cell_fit.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words a lead-like cell has ("Head of Early Help / Police Inspector"),
// and the share of its words that start with a capital; a longer list of
// leads has more capitals ("T Okonjo and Harbour Police and Head of
// Inclusion, Children's Services").
constexpr int kMaxLeadWords = 8;
constexpr double kLeadCapitals = 0.5;
constexpr int kMaxLeadListWords = 16;
constexpr double kLeadListCapitals = 0.65;
// Most words of a cell that is a lead followed by a date.
constexpr int kMaxLeadDateWords = 12;
// What a column of unknown name costs a cell against a known one.
constexpr double kUnknownColumnCost = 0.5;
// Most words of a cell read as a misplaced date ("Report to Board by May 2025").
constexpr int kMaxDateCellWords = 8;
// Most words of a timeframe ("April 2025 - March 2026 and then annually").
constexpr int kMaxTimeframeWords = 12;
// Most digits of a row number used as a reference.
constexpr size_t kMaxBareNumberDigits = 3;
// Most words of a status cell ("Complete and reported to the Board").
constexpr int kMaxStatusCellWords = 8;
// Most words of one dated step ("Report to the Executive by May 2025").
constexpr size_t kMaxStepWords = 7;
// Fewest steps that make a cell of dated steps: one alone reads as a date.
constexpr size_t kMinDatedSteps = 2;
// Fit of a cell of dated steps to a column no rule names ("Staging posts",
// "Checkpoints"): as sure as a date under a date heading, for milestones
// are what such a column beside the action most often holds.
constexpr double kDatedStepsAsUnknown = 2.5;

// Share of the words of `text` that start with a capital, a digit or a
// mark: high for names of posts and bodies, low for prose.
double CapitalShare(const std::string& text) {
  int capitals = 0, words = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    unsigned char head = static_cast<unsigned char>(text[start]);
    // Spaces left where cleaning dropped a bullet or dash part no words.
    if (end == start) {
      start = end + 1;
      continue;
    }
    ++words;
    capitals += std::isupper(head) || std::isdigit(head) || head >= 0x80 || std::ispunct(head);
    start = end + 1;
  }
  return words == 0 ? 0 : static_cast<double>(capitals) / words;
}

// `word` without the separator a list of names puts after it ("Panel;",
// "Service,"), so that it reads as the word that ends a name.
std::string_view WithoutSeparator(std::string_view word) {
  while (word.size() > 1 && (word.back() == ';' || word.back() == ',')) word.remove_suffix(1);
  return word;
}

}  // namespace

CellFit::Reading CellFit::Read(std::string_view raw) const {
  if (CellText::IsNoise(raw)) return Reading();
  return ReadClean(CellText::Clean(raw));
}

bool CellFit::HoldsYear(const std::string& text) {
  auto digit = [&](size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
  for (size_t k = 0; k + 4 <= text.size(); ++k) {
    bool century = (text[k] == '1' && text[k + 1] == '9') || (text[k] == '2' && text[k + 1] == '0');
    if (century && digit(k + 2) && digit(k + 3) && !digit(k + 4) && (k == 0 || !digit(k - 1))) return true;
  }
  return false;
}

CellFit::Reading CellFit::ReadClean(const std::string& text) const {
  Reading reading;
  if (CellText::IsNoise(text)) return reading;
  reading.words = CellText::WordCount(text);
  // "Q3" is a quarter before it is a reference. Dates and statuses are
  // short: longer texts are not matched against their patterns.
  if (reading.words <= kMaxTimeframeWords && rules_.timeframes.IsTimeframe(text)) {
    reading.kind = CellKind::kDate;
  } else if (classifier_.IsLineRef(text)) {
    reading.kind = CellKind::kRef;
  } else if (reading.words <= kMaxStatusCellWords && rules_.patterns.IsStatusCell(text)) {
    reading.kind = CellKind::kStatus;
  } else {
    double capitals = CapitalShare(text);
    bool name_like = (reading.words <= kMaxLeadWords && capitals >= kLeadCapitals) ||
                     (reading.words <= kMaxLeadListWords && capitals >= kLeadListCapitals);
    // Names start with a capital: a text that starts in lower case goes
    // on from prose before it ("inspection Ongoing").
    name_like = name_like && !CellText::StartsLower(text);
    reading.kind = name_like && !CellText::EndsSentence(text) ? CellKind::kLead : CellKind::kProse;
  }
  reading.holds_year = HoldsYear(text);
  reading.holds_share = text.find('%') != std::string::npos;
  reading.starts_action = reading.kind == CellKind::kProse && rules_.patterns.StartsAction(text);
  reading.dated_steps = reading.holds_year && reading.kind != CellKind::kDate && IsDatedSteps(text);
  // A lead before a date may be a list of names, as long as one alone.
  const int most_words = reading.kind == CellKind::kLead ? kMaxLeadListWords : kMaxLeadDateWords;
  if (reading.kind != CellKind::kDate && reading.words <= most_words) {
    LeadAndTimeframe split = rules_.timeframes.Split(text);
    reading.ends_with_date = !split.timeframe.empty();
    reading.dated_before_date = reading.ends_with_date && HoldsYear(split.lead);
  } else if (reading.kind == CellKind::kProse && reading.words <= kMaxLeadListWords + kMaxTimeframeWords) {
    // A long list of names before its date reads as prose by its length
    // ("R Iqbal & Youth Offending Service & Head of Service, Children's
    // Social Care - By end of Q3"): what stands before the date tells.
    LeadAndTimeframe split = rules_.timeframes.Split(text);
    if (!split.timeframe.empty() && !split.lead.empty() && ReadClean(split.lead).kind == CellKind::kLead) {
      reading.kind = CellKind::kLead;
      reading.starts_action = false;
      reading.ends_with_date = true;
      reading.dated_before_date = HoldsYear(split.lead);
    }
  }
  return reading;
}

bool CellFit::IsDatedSteps(const std::string& text, bool terse) const {
  std::vector<std::string> words = CellText::Words(text);
  size_t steps = 0, begin = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!HoldsYear(words[k])) continue;
    // The step [begin, k] names what is due, then when: its words before
    // the date are a few, and the date is a whole one ("by July 2025").
    std::string step = CellText::JoinWords(words, begin, k + 1);
    LeadAndTimeframe split = rules_.timeframes.Split(step);
    if (k + 1 - begin > kMaxStepWords || split.timeframe.empty() || split.lead.empty()) return false;
    // A step is worded ("Sign-off by July 2025"); a lead before its date is
    // names alone ("T Okonjo March 2025"), the next cell's.
    auto lower = [](const std::string& word) { return CellText::StartsLower(word); };
    if (std::none_of(words.begin() + begin, words.begin() + k, lower)) return false;
    // A terse step names what is due in lower case past its first word ("Sign-off by"): the words before
    // "Audit the rota Draft by" are another cell's.
    std::vector<std::string> named = CellText::Words(split.lead);
    if (terse && named.size() > 1 && !std::all_of(named.begin() + 1, named.end(), lower)) return false;
    ++steps;
    begin = k + 1;
  }
  return begin == words.size() && steps >= kMinDatedSteps;
}

bool CellFit::IsBareNumber(std::string_view text) {
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  return !text.empty() && text.size() <= kMaxBareNumberDigits &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

CellKind CellFit::Of(std::string_view text) const { return Read(text).kind; }

double CellFit::Fit(Column column, std::string_view text) const { return Fit(column, Read(text)); }

double CellFit::FitUnknown(std::string_view text) const { return FitUnknown(Read(text)); }

double CellFit::Fit(Column column, const Reading& reading) const {
  CellKind kind = reading.kind;
  int words = reading.words;
  if (kind == CellKind::kEmpty) return column == Column::kAction ? -2 : 0;
  if (kind == CellKind::kRef) return column == Column::kRef ? 3 : -3;
  if (column == Column::kRef) return -3;
  switch (column) {
    case Column::kTimeframe:
      if (kind == CellKind::kDate) return 2.5;
      return words <= kMaxDateCellWords && reading.ends_with_date ? 0.5 : -2;
    case Column::kLeadTimeframe:
      if (kind == CellKind::kDate) return 1;
      // A lead before the date; prose that ends on one ("reported to the
      // Board each quarter") is no lead.
      // A lead holds no year of its own: one that does ran into a note
      // beside it ("Draft by May 2025 Sign-off by July 2025").
      // Nor a share ("Survey: 50% confident T Okonjo"): a measure ran into it.
      if (reading.holds_share) return reading.ends_with_date ? 0 : -1.5;
      if (reading.ends_with_date && !reading.dated_before_date) return kind == CellKind::kProse ? 0 : 2.5;
      return kind == CellKind::kLead && !reading.holds_year ? 0.5 : -1.5;
    case Column::kLead:
      // Names hold no year: one that does ran into a date or a note
      // beside it ("Draft by May 2025 J Rees"); nor a share, which a measure
      // holds ("Re-referral rate below 70%").
      if (kind == CellKind::kLead && !reading.holds_year && !reading.holds_share) return 1.5 - 0.05 * words;
      return kind == CellKind::kProse && words <= kMaxLeadDateWords ? -0.5 : -2;
    case Column::kProgress:
      if (kind == CellKind::kStatus) return 2.5;
      return kind == CellKind::kProse ? 0.8 : -0.5;
    default:  // Action, outcome and other prose columns.
      if (kind == CellKind::kProse) return 1 + 0.02 * words;
      return kind == CellKind::kLead ? 0.2 : -1.5;
  }
}

bool CellFit::EndsName(std::string_view text) const {
  std::vector<std::string> words = CellText::Words(text);
  if (words.empty()) return false;
  const LeadVocabulary& vocabulary = rules_.leads.vocabulary();
  std::string_view last = WithoutSeparator(words.back());
  return vocabulary.IsRoleEnding(last) || vocabulary.IsGroupEnding(last);
}

bool CellFit::EndsOnInitial(std::string_view line) const {
  std::vector<std::string> words = CellText::Words(line);
  if (words.empty()) return false;
  // The initial may follow a separator with no space ("P Ormerod/I").
  std::string last = words.back();
  size_t separator = last.find_last_of("/;");
  bool parted = separator != std::string::npos && separator + 1 < last.size();
  if (parted) last = last.substr(separator + 1);
  return (words.size() > 1 || parted) && rules_.leads.vocabulary().IsInitial(last);
}

bool CellFit::EndsOnPartedWord(std::string_view line) const {
  std::vector<std::string> words = CellText::Words(line);
  if (words.empty()) return false;
  const std::string& last = words.back();
  const LeadVocabulary& vocabulary = rules_.leads.vocabulary();
  size_t slash = last.rfind('/');
  std::string_view word = std::string_view(last).substr(slash == std::string::npos ? 0 : slash + 1);
  bool slashed = slash != std::string::npos && slash > 0 && slash + 1 < last.size();
  // Or a word alone after a separator and a space ("Abernethy; Idris", "Pemberton and Leonie").
  const std::string* before = words.size() >= 2 ? &words[words.size() - 2] : nullptr;
  bool parted = before != nullptr && (vocabulary.IsSoftSeparator(*before) || before->back() == ',' ||
                                      before->back() == ';' || *before == "/");
  return (slashed || parted) && vocabulary.IsNameWord(word) && !IsInitial(word);
}

bool CellFit::EndsCutShort(std::string_view line) const {
  return CellText::EndsMidPhrase(line) || EndsOnInitial(line) || EndsOnPartedWord(line) || EndsOnQualifier(line);
}

bool CellFit::IsFirstNameOver(std::string_view line, std::string_view next) const {
  std::vector<std::string> words = CellText::Words(line), after = CellText::Words(next);
  if (words.size() != 1 || after.empty()) return false;
  const std::string& word = words.front();
  const LeadVocabulary& vocabulary = rules_.leads.vocabulary();
  bool first = vocabulary.IsNameWord(word) || (word.back() == '.' && vocabulary.IsInitial(word));
  std::string_view surname = after.front();
  surname = WithoutSeparator(surname.substr(0, surname.find('/')));
  return first && vocabulary.IsNameWord(surname);
}

std::string CellFit::WordBeforeSurname(std::string_view line) const {
  std::vector<std::string> words = CellText::Words(line);
  if (words.size() < 2 || !rules_.leads.vocabulary().IsNameWord(words.back())) return "";
  // The word may follow a separator with no space ("Manager/K Okafor").
  std::string before = words[words.size() - 2];
  size_t separator = before.find_last_of("/;,");
  return separator == std::string::npos ? before : before.substr(separator + 1);
}

bool CellFit::EndsOnInitialledName(std::string_view line) const {
  return rules_.leads.vocabulary().IsInitial(WordBeforeSurname(line));
}

bool CellFit::EndsOnFirstAndSurname(std::string_view line) const {
  return rules_.leads.vocabulary().IsNameWord(WordBeforeSurname(line));
}

bool CellFit::EndsOnQualifier(std::string_view line) const {
  std::vector<std::string> words = CellText::Words(line);
  if (words.empty()) return false;
  // The word may follow a separator with no space ("Panel/Looked").
  std::string last = words.back();
  size_t separator = last.find_last_of("/;");
  if (separator != std::string::npos) last = last.substr(separator + 1);
  return rules_.leads.vocabulary().IsQualifier(last);
}

bool CellFit::CutsDateBeforeYear(std::string_view line, std::string_view next) const {
  std::vector<std::string> words = CellText::Words(line), after = CellText::Words(next);
  // The year alone ("2016", "2016/17"): a whole date under a date ("Ongoing" over "31/07/2018") is a cell of its own.
  bool year = !after.empty() && HoldsYear(after.front().substr(0, 4)) && after.front().find('/') >= 4 &&
              std::count(after.front().begin(), after.front().end(), '/') <= 1;
  if (words.empty() || !year || HoldsYear(words.back())) return false;
  // The year and the word before it make a date ("Jul 2016"), where the word alone reads as one too.
  std::string date = words.back() + " " + after.front();
  return rules_.timeframes.IsTimeframe(words.back()) && rules_.timeframes.IsTimeframe(date);
}

bool CellFit::IsStatusAfterDate(std::string_view date, std::string_view status) const {
  auto is_digit = [](unsigned char c) { return std::isdigit(c) != 0; };
  bool telling = !CellText::StartsLower(status) || std::any_of(status.begin(), status.end(), is_digit);
  return telling && rules_.patterns.IsStatusCell(status) && Of(date) == CellKind::kDate;
}

bool CellFit::IsInitial(std::string_view word) const { return rules_.leads.vocabulary().IsInitial(word); }

bool CellFit::StartsWithNameEnd(std::string_view line) const {
  std::vector<std::string> words = CellText::Words(line);
  if (words.empty()) return false;
  const LeadVocabulary& vocabulary = rules_.leads.vocabulary();
  std::string_view first = WithoutSeparator(words[0]);
  // A slash parts names with no space ("Panel/J Rees"): the word before it ends one.
  size_t slash = first.find('/');
  bool slashed = slash != std::string_view::npos && slash > 0;
  if (slashed) first = first.substr(0, slash);
  bool name_end = vocabulary.IsRoleEnding(first) || vocabulary.IsGroupEnding(first) ||
                  vocabulary.IsWrappedGroupEnding(first);
  if (!name_end) return false;
  if (slashed || words.size() == 1 || CellText::EndsMidPhrase(words[0])) return true;
  const std::string& after = words[1];
  return vocabulary.IsSoftSeparator(after) || RE2::FullMatch(after, vocabulary.hard_separators());
}

bool CellFit::CompoundsPost(std::string_view line, std::string_view next) const {
  std::vector<std::string> words = CellText::Words(line), after = CellText::Words(next);
  if (words.empty() || after.empty()) return false;
  const LeadVocabulary& vocabulary = rules_.leads.vocabulary();
  // The next word may run into the next name with no space ("Paediatrician/Data").
  std::string_view first = WithoutSeparator(std::string_view(after[0]).substr(0, after[0].find('/')));
  return vocabulary.IsRoleEnding(WithoutSeparator(words.back())) && vocabulary.IsRoleEnding(first) &&
         !vocabulary.IsOpener(first);
}

double CellFit::FitUnknown(const Reading& reading) const {
  if (reading.kind == CellKind::kEmpty) return 0;
  if (reading.dated_steps) return kDatedStepsAsUnknown;
  double best = Fit(Column::kAction, reading);
  for (Column column : {Column::kRef, Column::kLead, Column::kTimeframe, Column::kProgress}) {
    best = std::max(best, Fit(column, reading));
  }
  return best - kUnknownColumnCost;
}

}  // namespace planrows
