#include "pipeline/rules/plan_patterns.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <sstream>
#include <vector>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

re2::StringPiece Piece(std::string_view s) { return re2::StringPiece(s.data(), s.size()); }

bool Full(const RE2& re, std::string_view text) { return RE2::FullMatch(Piece(text), re); }

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// The year `text` is, all digits; false for anything else, so that a
// period pattern edited to capture words or long numbers finds no period
// (std::stoi threw on them, for every document).
// Most letters of a reference's prefix ("CSE" of "CSE3").
constexpr size_t kMaxRefPrefix = 4;

// True when `text` is the letters a reference's number follows: a short
// word of letters only ("EH", "dc").
bool IsPrefixLetters(std::string_view text) {
  return !text.empty() && text.size() <= kMaxRefPrefix &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Most digits of a reference's number that a narrow column wraps onto the
// next line ("0" of "WF10").
constexpr size_t kMaxWrappedDigits = 2;

// Longest part of a reference that OCR parted with a space ("3." of "3. 4.").
constexpr size_t kMaxRefPartBytes = 5;

bool ParseYear(const std::string& text, int* year) {
  if (text.empty() || text.size() > 4) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *year);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

Result<PlanPatterns> PlanPatterns::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "patterns.toml");
  if (!file.ok()) return file.status();
  PlanPatterns patterns;
  const std::pair<const char*, std::shared_ptr<const RE2>*> wanted[] = {
      {"ref", &patterns.ref_},
      {"column_ref", &patterns.column_ref_},
      {"status_cell", &patterns.status_cell_},
      {"section", &patterns.section_},
      {"section_label", &patterns.section_label_},
      {"page_number", &patterns.page_number_},
      {"appendix_heading", &patterns.appendix_heading_},
      {"numbered_item", &patterns.numbered_item_},
      {"ocr_numbered_item", &patterns.ocr_numbered_item_},
      {"ref_line", &patterns.ref_line_},
      {"action_ref", &patterns.action_ref_},
      {"narrative_action_headings", &patterns.narrative_},
      {"action_start", &patterns.action_start_},
      {"lead_label", &patterns.lead_label_},
      {"how_label", &patterns.how_label_},
      {"measure_label", &patterns.measure_label_},
      {"bullet", &patterns.bullet_},
      {"bullet_cell", &patterns.bullet_cell_},
      {"board", &patterns.board_},
      {"period", &patterns.period_},
      {"ocr_initial", &patterns.ocr_initial_},
      {"ocr_capital_i", &patterns.ocr_capital_i_},
      {"ocr_initial_o", &patterns.ocr_initial_o_},
      {"wrap_joined_date", &patterns.wrap_joined_date_},
  };
  for (const auto& [key, slot] : wanted) {
    Result<std::unique_ptr<RE2>> re = file->Pattern(key);
    if (!re.ok()) return re.status();
    *slot = std::move(re).value();
  }
  patterns.number_words_ = file->Strings("number_words");
  patterns.text_dashes_ = file->Strings("text_dashes");
  if (const toml::table* lookalikes = file->table()["ocr_ref_lookalikes"].as_table()) {
    for (const auto& [misread, meant] : *lookalikes) {
      if (std::optional<std::string> value = meant.value<std::string>()) {
        patterns.ocr_lookalikes_.emplace_back(std::string(misread.str()), *value);
      }
    }
    // The longest misreading is tried first: "¢c" before "¢".
    std::stable_sort(patterns.ocr_lookalikes_.begin(), patterns.ocr_lookalikes_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }
  return patterns;
}

bool PlanPatterns::IsRef(std::string_view text) const { return Full(*ref_, text); }

bool PlanPatterns::IsColumnRef(std::string_view text) const { return Full(*column_ref_, text); }

std::string PlanPatterns::SwapLookalikes(std::string_view token) const {
  std::string swapped;
  for (size_t i = 0; i < token.size();) {
    auto swap = std::find_if(ocr_lookalikes_.begin(), ocr_lookalikes_.end(), [&](const auto& pair) {
      return token.compare(i, pair.first.size(), pair.first) == 0;
    });
    if (swap == ocr_lookalikes_.end()) {
      swapped += token[i++];
    } else {
      swapped += swap->second;
      i += swap->first.size();
    }
  }
  return swapped;
}

std::string PlanPatterns::RepairDigits(std::string_view text) const {
  static const RE2 kNumber("[0-9./-]+");
  static const RE2 kQuarter("[Qq][1-4]");
  std::string repaired;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view token = text.substr(start, end - start);
    bool has_digit =
        std::any_of(token.begin(), token.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    std::string swapped = SwapLookalikes(token);
    // A word with a digit or a dot that a swap makes a number or a
    // reference ("20l8", "l.la"), or a quarter ("Ql"); words of letters
    // alone ("Ill") stay.
    bool numeric = has_digit || token.find('.') != std::string_view::npos;
    bool take = swapped != token && ((numeric && (Full(kNumber, swapped) || IsColumnRef(swapped))) ||
                                     (token.size() == 2 && Full(kQuarter, swapped)));
    repaired += take ? swapped : std::string(token);
    if (end < text.size()) repaired += ' ';
    start = end + 1;
  }
  return repaired;
}

std::string PlanPatterns::RepairInitials(std::string_view text) const {
  std::string repaired(text);
  RE2::GlobalReplace(&repaired, *ocr_initial_, "\\1I\\2\\3\\4");
  RE2::GlobalReplace(&repaired, *ocr_capital_i_, "\\1I\\2");
  RE2::GlobalReplace(&repaired, *ocr_initial_o_, "\\1O\\2");
  return repaired;
}

std::string PlanPatterns::RepairWrapJoinedDate(std::string_view text) const {
  std::string repaired(text);
  RE2::GlobalReplace(&repaired, *wrap_joined_date_, "\\1-\\2");
  return repaired;
}

std::string PlanPatterns::RepairBrokenStatus(std::string_view text) const {
  // A column breaks a word only where the word fills its width: the part
  // left on the line is long. A short word before a space was printed so
  // ("On going").
  constexpr size_t kMinBrokenPart = 5;
  if (text.find(' ') == std::string_view::npos || IsStatusCell(text)) return std::string(text);
  for (size_t space = text.find(' '); space != std::string_view::npos; space = text.find(' ', space + 1)) {
    size_t word = text.rfind(' ', space - 1);
    if (space - (word == std::string_view::npos ? 0 : word + 1) < kMinBrokenPart) continue;
    std::string joined = std::string(text.substr(0, space)) + std::string(text.substr(space + 1));
    if (IsStatusCell(joined)) return joined;
  }
  return std::string(text);
}

std::string PlanPatterns::RepairRef(std::string_view text) const {
  std::string repaired = RepairDigits(text);
  return repaired != text && IsColumnRef(repaired) ? repaired : std::string(text);
}

std::string PlanPatterns::RepairColumnRef(std::string_view cell) const {
  // Specks beside the reference that OCR read as dashes ("mhl —_-") are no part of it.
  std::string kept;
  for (const std::string& part : CellText::Words(cell)) {
    if (!CellText::IsNoise(part)) kept.append(kept.empty() ? "" : " ").append(part);
  }
  const std::string_view text = kept.empty() ? cell : std::string_view(kept);
  std::string repaired = RepairRef(text);
  if (repaired != text) return repaired;
  // A reference's closing dot read as a comma ("2.4,").
  if (text.size() > 1 && text.back() == ',' && IsColumnRef(RepairRef(text.substr(0, text.size() - 1)))) {
    return RepairRef(text.substr(0, text.size() - 1));
  }
  if (std::string joined = JoinRefParts(text); !joined.empty()) return joined;
  // A prefix whose number OCR read all as letters ("dcl" for "dc1"): the
  // lookalikes that end a short word of letters. No number starts with a
  // nought, so a word such as "No" or "Ro" (of a wrapped "Row") stays.
  size_t number = text.size();
  while (number > 0 && SwapLookalikes(text.substr(number - 1, 1)) != text.substr(number - 1, 1)) --number;
  // The prefix may stand a space before its number ("YV I" for "YV 1").
  std::string_view prefix = text.substr(0, number);
  if (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
  if (!IsPrefixLetters(prefix) || number == text.size()) return std::string(text);
  std::string digits = SwapLookalikes(text.substr(number));
  if (digits[0] == '0') return std::string(text);
  repaired = std::string(text.substr(0, number)) + digits;
  return IsColumnRef(repaired) ? repaired : std::string(text);
}

bool PlanPatterns::IsRefCapitals(std::string_view text) const {
  auto is_upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
  bool capitals = std::all_of(text.begin(), text.end(), is_upper);
  return capitals && IsPrefixLetters(text) && IsColumnRef(std::string(text) + " 1");
}

std::string PlanPatterns::UndoubledCapital(std::string_view letters) {
  bool doubled = letters.size() == 2 && std::isupper(static_cast<unsigned char>(letters[0])) &&
                 std::tolower(static_cast<unsigned char>(letters[0])) == letters[1];
  return std::string(doubled ? letters.substr(0, 1) : letters);
}

std::string PlanPatterns::JoinWrappedRef(std::string_view prefix, std::string_view number, bool cuts_words) const {
  auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  // The letter of a reference ("1.1" over "a"), perhaps as OCR read it ("Cc").
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  bool letter = number.size() == 1 ? std::isalpha(static_cast<unsigned char>(number[0])) != 0
                                   : number.size() == 2 && number[0] != number[1] && lower(number[0]) == number[1];
  if (letter && !prefix.empty() && is_digit(prefix.back())) {
    std::string whole = RepairRef(std::string(prefix) + std::string(number));
    return IsColumnRef(whole) && std::islower(static_cast<unsigned char>(whole.back())) ? whole : "";
  }
  if (number.empty() || !std::all_of(number.begin(), number.end(), is_digit)) return "";
  std::string whole;
  // The last digits of a reference of letters and a number ("WF1" over
  // "0"); never of a plain number, as "1" over "2" are two rows' references.
  bool lettered = !prefix.empty() && std::isalpha(static_cast<unsigned char>(prefix[0])) && is_digit(prefix.back());
  if (lettered && number.size() <= kMaxWrappedDigits) {
    whole = std::string(prefix) + std::string(number);
  } else if (IsPrefixLetters(prefix)) {
    // Capitals stand apart from their number ("CSE" over "3": "CSE 3"), as
    // codes are written, where the column wraps at spaces; letters in lower
    // case run on ("da" over "1": "da1").
    bool capitals =
        std::none_of(prefix.begin(), prefix.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    whole = std::string(prefix) + (capitals && !cuts_words ? " " : "") + std::string(number);
  } else if (prefix.size() >= 2 && prefix.back() == '.' && is_digit(prefix[prefix.size() - 2])) {
    whole = std::string(prefix) + std::string(number);
  }
  return !whole.empty() && IsColumnRef(whole) ? whole : "";
}

std::string PlanPatterns::JoinRefParts(std::string_view text) const {
  std::vector<std::string> parts;
  std::istringstream in{std::string(text)};
  for (std::string part; in >> part;) parts.push_back(part);
  if (parts.size() < 2 || IsColumnRef(text)) return "";
  // A lone glyph at the end is the ruling beside the cell ("2.1. I").
  if (parts.back().size() == 1 && SwapLookalikes(parts.back()) != parts.back()) parts.pop_back();
  std::string joined;
  for (const std::string& part : parts) {
    if (part.size() > kMaxRefPartBytes) return "";
    joined += part;
  }
  // A speck after the dot read as a stop of its own ("P1.: 4").
  for (size_t dot = joined.find('.'); dot != std::string::npos; dot = joined.find('.', dot + 1)) {
    if (dot + 1 < joined.size() && (joined[dot + 1] == ':' || joined[dot + 1] == ',')) joined.erase(dot + 1, 1);
  }
  std::string repaired = RepairRef(joined);
  return IsColumnRef(repaired) ? repaired : "";
}

bool PlanPatterns::IsStatusCell(std::string_view text) const {
  return Full(*status_cell_, CellText::ForPatterns(text));
}

std::optional<SectionHeading> PlanPatterns::MatchSection(std::string_view text) const {
  SectionHeading heading;
  std::string pattern_text = CellText::ForPatterns(text);
  // A heading starts with a capital; "section 11 audits and" is a wrapped line of a cell.
  if (pattern_text.empty() || std::islower(static_cast<unsigned char>(pattern_text[0]))) return std::nullopt;
  if (!RE2::FullMatch(pattern_text, *section_, &heading.label, &heading.number, &heading.title)) {
    return std::nullopt;
  }
  std::string word = Lower(heading.number);
  auto it = std::find(number_words_.begin(), number_words_.end(), word);
  if (it != number_words_.end()) heading.number = std::to_string(it - number_words_.begin() + 1);
  return heading;
}

bool PlanPatterns::IsPageNumber(std::string_view text) const { return Full(*page_number_, text); }

bool PlanPatterns::IsAppendixHeading(std::string_view text) const { return Full(*appendix_heading_, text); }

bool PlanPatterns::StartsWithSectionLabel(std::string_view text) const { return Full(*section_label_, text); }

bool PlanPatterns::MatchNumberedItem(std::string_view text, std::string* number, std::string* title) const {
  return RE2::FullMatch(Piece(text), *numbered_item_, number, title);
}

bool PlanPatterns::MatchOcrNumberedItem(std::string_view text, std::string* number, std::string* title) const {
  return RE2::FullMatch(Piece(text), *ocr_numbered_item_, number, title);
}

bool PlanPatterns::MatchRefLine(std::string_view text, std::string* ref, std::string* rest) const {
  return RE2::FullMatch(Piece(text), *ref_line_, ref, rest);
}

bool PlanPatterns::MatchActionRef(std::string_view text, std::string* ref, std::string* rest) const {
  return RE2::FullMatch(Piece(text), *action_ref_, ref, rest);
}

bool PlanPatterns::MatchBulletedActionRef(std::string_view text, std::string* ref, std::string* rest) const {
  return MatchActionRef(text.substr(BulletLength(text)), ref, rest);
}

bool PlanPatterns::SplitRunOnRef(std::string_view text, std::string* ref, std::string* rest) const {
  // A reference of two words ("YV 1") before one of one word.
  for (size_t words : {2, 1}) {
    size_t end = 0;
    for (size_t w = 0; w < words && end != std::string_view::npos; ++w) end = text.find(' ', end + (w > 0));
    if (end == std::string_view::npos || end + 1 >= text.size()) continue;
    std::string_view head = text.substr(0, end), tail = text.substr(end + 1);
    if (!std::isupper(static_cast<unsigned char>(tail[0]))) continue;
    if (IsColumnRef(head) || (words == 1 && IsRefCapitals(head))) {
      *ref = std::string(head);
      *rest = std::string(tail);
      return true;
    }
  }
  return false;
}

bool PlanPatterns::StartsAction(std::string_view text) const { return RE2::PartialMatch(Piece(text), *action_start_); }

bool PlanPatterns::OpensAction(std::string_view text) const { return StartsAction(text.substr(BulletLength(text))); }

bool PlanPatterns::IsNarrativeActionHeading(std::string_view text) const { return Full(*narrative_, text); }
bool PlanPatterns::IsLeadLabel(std::string_view text) const { return Full(*lead_label_, text); }
bool PlanPatterns::IsHowLabel(std::string_view text) const { return Full(*how_label_, text); }
bool PlanPatterns::IsMeasureLabel(std::string_view text) const { return Full(*measure_label_, text); }

bool PlanPatterns::IsBulletCell(std::string_view cell) const { return Full(*bullet_cell_, cell); }

bool PlanPatterns::IsTextDash(std::string_view word) const {
  return std::find(text_dashes_.begin(), text_dashes_.end(), word) != text_dashes_.end();
}

size_t PlanPatterns::BulletLength(std::string_view text) const {
  re2::StringPiece match;
  if (!bullet_->Match(Piece(text), 0, text.size(), RE2::ANCHOR_START, &match, 1)) return 0;
  return match.size();
}

size_t PlanPatterns::OcrBulletLength(std::string_view text) const {
  size_t space = text.find(' ');
  if (space == std::string_view::npos || space + 1 >= text.size() || !IsBulletCell(text.substr(0, space))) return 0;
  return std::isupper(static_cast<unsigned char>(text[space + 1])) ? space + 1 : 0;
}

std::string PlanPatterns::FindBoard(std::string_view text) const {
  std::string board;
  if (!RE2::PartialMatch(Piece(text), *board_, &board)) return "";
  return board;
}

bool PlanPatterns::FindPeriod(std::string_view text, int* start, int* end) const {
  std::string first, last;
  if (!RE2::PartialMatch(CellText::ForPatterns(text), *period_, &first, &last)) return false;
  int from = 0, to = 0;
  if (!ParseYear(first, &from) || !ParseYear(last, &to)) return false;
  *start = from;
  *end = last.size() == 2 ? from / 100 * 100 + to : to;
  return *end >= *start;
}

}  // namespace planrows
