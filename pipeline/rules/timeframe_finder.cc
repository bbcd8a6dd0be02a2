#include "pipeline/rules/timeframe_finder.h"

#include <cctype>
#include <string_view>
#include <vector>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"
#include "pipeline/text/lost_spaces.h"

namespace planrows {
namespace {

// Most spaces OCR may have lost in one timeframe ("Byendof": two).
constexpr int kMostLostSpaces = 2;

std::string Alternation(const std::vector<std::string>& patterns, const std::string& month) {
  std::string out;
  for (std::string p : patterns) {
    // Left to right, past each insertion: a month pattern that itself holds
    // "{month}" must not be expanded again (it was, without end).
    for (size_t at = 0; (at = p.find("{month}", at)) != std::string::npos; at += month.size()) {
      p.replace(at, 7, month);
    }
    if (!out.empty()) out += '|';
    out += "(?:" + p + ")";
  }
  return "(?:" + out + ")";
}

// Byte offsets where words start in `text`.
std::vector<size_t> WordStarts(const std::string& text) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) starts.push_back(i);
  }
  return starts;
}

// `s` without the spaces, commas, semicolons and dashes (ASCII, en, em)
// that separated it from a date.
std::string Trim(std::string s) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (const char* dash : {"\u2013", "\u2014"}) {
      std::string_view d(dash);
      if (s.size() >= d.size() && s.compare(s.size() - d.size(), d.size(), d) == 0) {
        s.erase(s.size() - d.size());
        trimmed = true;
      }
    }
    size_t b = s.find_last_not_of(" ,;-");
    trimmed |= b + 1 != s.size();
    s.erase(b == std::string::npos ? 0 : b + 1);
  }
  size_t a = s.find_first_not_of(" ,;-");
  return a == std::string::npos ? "" : s.substr(a);
}

}  // namespace

Result<TimeframeFinder> TimeframeFinder::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "dates.toml");
  if (!file.ok()) return file.status();
  Result<std::string> month = file->String("month");
  if (!month.ok()) return month.status();
  std::string dates = Alternation(file->Strings("dates"), *month);
  std::string openers = Alternation(file->Strings("openers"), *month);
  std::string joiners = Alternation(file->Strings("joiners"), *month);
  // Up to two openers, a date, then more dates with up to two joiners between.
  std::string run =
      "(?i)(?:" + openers + "\\s+){0,2}" + dates + "(?:\\s*(?:" + joiners + "\\s*){0,2}" + dates + ")*\\.?";
  TimeframeFinder finder;
  Result<std::unique_ptr<RE2>> run_re = file->Compile("dates (run)", run);
  if (!run_re.ok()) return run_re.status();
  finder.run_ = std::move(run_re).value();
  return finder;
}

bool TimeframeFinder::IsTimeframe(std::string_view text) const {
  std::string normalized = CellText::ForPatterns(text);
  return !normalized.empty() && RE2::FullMatch(normalized, *run_);
}

bool TimeframeFinder::JoinsBrokenWord(std::string_view cell, std::string_view next) const {
  std::string head = CellText::Clean(cell), tail = CellText::Clean(next);
  if (head.empty() || tail.empty() ||
      !(std::islower(static_cast<unsigned char>(tail[0])) || std::isdigit(static_cast<unsigned char>(tail[0])))) {
    return false;
  }
  // A date broken at its dash ("Jan-" over "15") is one word whichever way it is read.
  if (head.back() == '-') return IsTimeframe(head + tail);
  return std::isalnum(static_cast<unsigned char>(head.back())) && IsTimeframe(head + tail) &&
         !IsTimeframe(head + " " + tail);
}

std::string TimeframeFinder::RestoreLostSpaces(std::string_view cell) const {
  auto is_timeframe = [this](std::string_view text) { return IsTimeframe(text); };
  std::string restored;
  for (std::string word : CellText::Words(PutBackLostSpaces(cell, is_timeframe, kMostLostSpaces))) {
    for (size_t at = 1; at < word.size(); ++at) {
      const bool letters_then_digits =
          std::isalpha(static_cast<unsigned char>(word[at - 1])) && std::isdigit(static_cast<unsigned char>(word[at]));
      if (letters_then_digits && IsTimeframe(word.substr(0, at)) && IsTimeframe(word.substr(at))) {
        word.insert(at, 1, ' ');
        break;
      }
    }
    restored += (restored.empty() ? "" : " ") + word;
  }
  return restored;
}

LeadAndTimeframe TimeframeFinder::Split(std::string_view cell) const {
  std::string original = CellText::Clean(cell);
  std::string normalized = CellText::ForPatterns(cell);
  // ForPatterns only swaps one code point for another of possibly different
  // length, so cut by word index rather than byte offset.
  std::vector<size_t> norm_words = WordStarts(normalized);
  std::vector<size_t> orig_words = WordStarts(original);
  if (norm_words.size() != orig_words.size()) return {original, ""};
  size_t cut = norm_words.size();
  for (size_t w = 0; w < norm_words.size(); ++w) {
    if (RE2::FullMatch(normalized.substr(norm_words[w]), *run_)) {
      cut = w;
      break;
    }
  }
  LeadAndTimeframe out;
  out.lead = Trim(cut == orig_words.size() ? original : original.substr(0, orig_words[cut]));
  if (cut < orig_words.size()) out.timeframe = Trim(original.substr(orig_words[cut]));
  // A date printed before the lead belongs to a neighbouring row's cell.
  std::vector<size_t> lead_words = WordStarts(out.lead);
  for (size_t w = lead_words.size(); w-- > 1;) {
    std::string head = CellText::ForPatterns(out.lead.substr(0, lead_words[w]));
    if (RE2::FullMatch(Trim(head), *run_)) {
      out.lead = Trim(out.lead.substr(lead_words[w]));
      break;
    }
  }
  return out;
}

}  // namespace planrows
