// LinePerCellReader's dates among pieces: a date whose start ran onto the
// line of the cell before it, a date wrapped over lines, a date that opens
// a paragraph's cell, and a date that pdftotext -raw ran onto another
// cell's line, with the statuses that ran onto it (SplitAtDate).
#include "pipeline/recovery/line_per_cell_reader.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words of a date's start left at the end of the line above its end ("By the end" over "of Q3").
constexpr size_t kMaxCutDateWords = 3;

// Most words of a date inside a line.
constexpr size_t kMaxDateWords = 6;

// Most words of a status ("approx. 55% complete").
constexpr size_t kMaxStatusWords = 3;

}  // namespace

bool LinePerCellReader::JoinCutDate(const std::string& line, Piece* above, std::string* date) const {
  // The line is a date, or goes on in lower case with one begun above ("J Rees By end" over "of Q3").
  bool goes_on = rules_.timeframes.IsTimeframe(line) || CellText::StartsLower(line);
  if (!goes_on || rules_.timeframes.IsTimeframe(above->text)) return false;
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(above->text);
  // The longest date wins: "end of Q3" is a date, "By end of Q3" the whole one.
  for (size_t cut = std::min(kMaxCutDateWords, words.size() - 1); cut >= 1; --cut) {
    std::string head, tail;
    for (size_t k = 0; k < words.size(); ++k) (k + cut < words.size() ? head : tail) += words[k] + " ";
    // A date's start in lower case goes on with the words before it, as a
    // milestone's does ("Sign-off by" over "June 2026"): a cell starts otherwise.
    if (CellText::StartsLower(tail) || !rules_.timeframes.IsTimeframe(tail + line)) continue;
    above->text = CellText::Clean(head);
    *date = CellText::Clean(tail + line);
    return true;
  }
  return false;
}

bool LinePerCellReader::EndsWrappedDate(const PlanLine& line, std::string above) const {
  return wrapped_date_.Join(PrintedText(line), &above);
}

std::string LinePerCellReader::DateAtStart(std::string* text) const {
  std::vector<std::string> parts = SplitAtDate(*text);
  // A date of words ("Ongoing") or one before lower case may start a cell's own prose.
  auto is_digit = [](unsigned char c) { return std::isdigit(c) != 0; };
  if (parts.size() < 2 || classifier_.Classify(parts[0]) != CellKind::kDate ||
      std::none_of(parts[0].begin(), parts[0].end(), is_digit) ||
      !std::isupper(static_cast<unsigned char>(parts[1][0]))) {
    return "";
  }
  *text = fmt::format("{}", fmt::join(parts.begin() + 1, parts.end(), " "));
  return parts[0];
}

size_t LinePerCellReader::StatusEnd(const std::vector<std::string>& words, size_t begin) const {
  size_t end = begin;
  std::string status;
  for (size_t k = begin; k < words.size() && k - begin < kMaxStatusWords; ++k) {
    status.append(k == begin ? "" : " ").append(words[k]);
    if (rules_.patterns.IsStatusCell(status)) end = k + 1;
  }
  return end;
}

std::vector<std::string> LinePerCellReader::SplitAtDate(const std::string& text, bool progress_last) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(text);
  if (words.empty()) return {text};
  auto joined = [&](size_t begin, size_t end) {
    std::string out;
    for (size_t k = begin; k < end; ++k) out += (out.empty() ? "" : " ") + words[k];
    return out;
  };
  // A share done or a status of words ("95% done", "On track") starting a
  // line of more text is the progress cell pdftotext -raw ran the next
  // cell onto; a lone word or letter may be prose's ("A task", "Green Lane").
  size_t status_end = StatusEnd(words, 0);
  auto is_digit = [](unsigned char c) { return std::isdigit(c) != 0; };
  bool telling_status = status_end > 1 || (status_end == 1 && std::any_of(words[0].begin(), words[0].end(), is_digit));
  // A lone status word before a sentence opened on a capital ("Red Re-referral rate") is one too; before a
  // name's next word ("Green Lane Centre") it is not.
  telling_status = telling_status || (status_end == 1 && IsTellingStatus(words[0]) && words.size() > 2 &&
                                      CellText::StartsLower(words[2]) && !CellText::EndsMidPhrase(words[2]));
  if (status_end < words.size() && telling_status && std::isupper(static_cast<unsigned char>(words[status_end][0]))) {
    std::vector<std::string> parts = SplitAtDate(joined(status_end, words.size()), progress_last);
    parts.insert(parts.begin(), joined(0, status_end));
    return parts;
  }
  for (size_t begin = 0; begin < words.size(); ++begin) {
    unsigned char head = static_cast<unsigned char>(words[begin][0]);
    if (!std::isupper(head) && !std::isdigit(head)) continue;
    size_t end = 0;
    for (size_t k = begin + 1; k <= words.size() && k - begin <= kMaxDateWords; ++k) {
      if (rules_.timeframes.IsTimeframe(joined(begin, k))) end = k;
    }
    if (end == 0) continue;
    // A last word that opens a phrase going on in lower case opens the next
    // cell ("February 2016" and "Quarterly dataset shows an").
    if (end - begin > 1 && end < words.size() && std::isupper(static_cast<unsigned char>(words[end - 1][0])) &&
        CellText::StartsLower(words[end]) && rules_.timeframes.IsTimeframe(joined(begin, end - 1))) {
      --end;
    }
    if (begin == 0 && end == words.size()) {
      std::vector<std::string> parts = SplitStatusAfterDate(words);
      if (!parts.empty()) return parts;
      break;
    }
    // No cell ends on an article: a date after one names a thing ("went to the May Executive").
    if (begin > 0 && IsArticle(words[begin - 1])) continue;
    std::vector<std::string> parts;
    if (begin > 0) parts.push_back(joined(0, begin));
    parts.push_back(joined(begin, end));
    // A status printed right after the date is a cell of its own ("95% done").
    size_t after_status = end < words.size() ? StatusEnd(words, end) : end;
    if (after_status > end && after_status < words.size()) {
      parts.push_back(joined(end, after_status));
      end = after_status;
    }
    // A status may end the line after the next cell's text ("Q2 2019/20
    // Officer time Green"): the row's last cell, run onto its line, where
    // the progress column is the last.
    if (end < words.size()) {
      const std::vector<std::string> rest(words.begin() + end, words.end());
      const size_t status_begin = StatusStartAtEnd(rest);
      const bool ends_on_status = progress_last && status_begin > 0 &&
                                  !CellText::EndsMidPhrase(rest[status_begin - 1]) &&
                                  IsTellingStatus(CellText::JoinWords(rest, status_begin, rest.size()));
      parts.push_back(joined(end, ends_on_status ? end + status_begin : words.size()));
      if (ends_on_status) parts.push_back(joined(end + status_begin, words.size()));
    }
    return parts;
  }
  // A status ending a lead's line ("R Okafor Amber", "Comms Team 50%") is
  // the progress cell of a row without a date, run onto that line, as is one
  // ending a line of prose that a lead ends ("... in each locality Training Pool 50%").
  size_t status_begin = StatusStartAtEnd(words);
  if (status_begin > 0 && IsTellingStatus(joined(status_begin, words.size()))) {
    std::string before = joined(0, status_begin);
    if (IsNameOnly(std::vector<std::string>(words.begin(), words.begin() + status_begin)) ||
        !LeadAtEnd(&before).empty()) {
      return {joined(0, status_begin), joined(status_begin, words.size())};
    }
  }
  return {text};
}

std::vector<std::string> LinePerCellReader::SplitStatusAfterDate(const std::vector<std::string>& words) const {
  const size_t status_begin = StatusStartAtEnd(words);
  if (status_begin == 0) return {};
  std::string date = CellText::JoinWords(words, 0, status_begin);
  std::string status = CellText::JoinWords(words, status_begin, words.size());
  if (!IsTellingStatus(status) || !cell_fit_.IsStatusAfterDate(date, status)) return {};
  return {std::move(date), std::move(status)};
}

bool LinePerCellReader::IsTellingStatus(const std::string& status) {
  // A letter ("R.") may be a name's initial, a word in lower case one of a
  // line of prose ("Survey done").
  auto is_alnum = [](unsigned char c) { return std::isalnum(c) != 0; };
  auto is_digit = [](unsigned char c) { return std::isdigit(c) != 0; };
  return std::count_if(status.begin(), status.end(), is_alnum) > 1 &&
         (std::isupper(static_cast<unsigned char>(status[0])) || std::any_of(status.begin(), status.end(), is_digit));
}

size_t LinePerCellReader::StatusStartAtEnd(const std::vector<std::string>& words) const {
  size_t begin = words.size();
  for (size_t count = 1; count <= kMaxStatusWords && count < words.size(); ++count) {
    if (StatusEnd(words, words.size() - count) == words.size()) begin = words.size() - count;
  }
  return begin == words.size() ? 0 : begin;
}

}  // namespace planrows
