// LinePerCellReader's leads run onto a line of prose: a lead's first line
// after the prose (LeadAtEnd), a lead's cell before an action's first line
// or before a prose cell's first line after a row's date (LeadBefore), and
// whether a lead so parted starts a cell of its own; a status run before a
// lead's first line (StatusBeforeLead).
#include <algorithm>
#include <cctype>

#include "pipeline/recovery/line_per_cell_reader.h"
#include "pipeline/recovery/running_words.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Fewest words of a lead run onto the end of a line of prose, unless its
// last word ends a post's or body's name ("Police").
constexpr int kMinLeadAtEndWords = 2;

}  // namespace

bool LinePerCellReader::StartsLeadCell(const std::string& lead) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(lead);
  if (words.empty() || IsArticle(words.front()) || CellText::StartsLower(words.front())) return false;
  // A name's words are capitalised but for those that join its parts; prose has other words in lower case
  // ("Partners will", "Due date"). One that ends on a joining word ("Police and", "Draft by") may be either.
  auto name_word = [](const std::string& word) {
    return !CellText::StartsLower(word) || CellText::EndsMidPhrase(word);
  };
  return std::all_of(words.begin(), words.end(), name_word) && !CellText::StartsLower(words.back());
}

bool LinePerCellReader::IsNameOnly(const std::vector<std::string>& words) const {
  // Every word of a name is capitalised, but for the words that join its
  // parts ("Lead Nurse for Looked After Children"); prose has words in
  // lower case ("Audit shows 95%").
  auto capitalised = [](const std::string& word) { return !CellText::StartsLower(word); };
  bool named = words.size() >= static_cast<size_t>(kMinLeadAtEndWords) || cell_fit_.EndsName(words.back());
  return named && capitalised(words.front()) && capitalised(words.back()) &&
         std::all_of(words.begin(), words.end(),
                     [&](const std::string& word) { return capitalised(word) || CellText::EndsMidPhrase(word); }) &&
         cell_fit_.Of(CellText::JoinWords(words, 0, words.size())) == CellKind::kLead;
}

std::string LinePerCellReader::LeadAtEnd(std::string* text) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(*text);
  std::string head;
  for (size_t begin = 0; begin + 1 < words.size(); ++begin) {
    head.append(begin == 0 ? "" : " ").append(words[begin]);
    // Prose ends on a word in lower case that joins nothing to what follows,
    // or on a body it names whole after an article ("... to the Board").
    const std::string& next = words[begin + 1];
    const bool ends_prose = CellText::StartsLower(words[begin]) || EndsOnNamedBody(words, begin);
    if (begin == 0 || !ends_prose || CellText::EndsMidPhrase(head) ||
        !std::isupper(static_cast<unsigned char>(next[0]))) {
      continue;
    }
    std::string tail = text->substr(head.size() + 1);
    if (cell_fit_.Of(tail) != CellKind::kLead) continue;
    if (CellText::WordCount(tail) < kMinLeadAtEndWords && !cell_fit_.EndsName(tail)) continue;
    *text = head;
    return tail;
  }
  return "";
}

bool LinePerCellReader::EndsOnNamedBody(const std::vector<std::string>& words, size_t at) const {
  return at > 0 && IsArticle(words[at - 1]) && cell_fit_.EndsName(words[at]);
}

std::string LinePerCellReader::LeadBefore(NextCell next, std::string* text) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(*text);
  std::string head;
  for (size_t begin = 0; begin + 1 < words.size(); ++begin) {
    head.append(begin == 0 ? "" : " ").append(words[begin]);
    // The first place the next cell may open decides: the words before it
    // are a lead's cell, or the line is one cell, its own.
    if (!OpensCell(next, words, begin + 1, *text, head.size())) continue;
    if (cell_fit_.Of(head) != CellKind::kLead || !StartsLeadCell(head)) return "";
    std::string tail = text->substr(text->find(words[begin + 1], head.size()));
    if (next == NextCell::kProse && cell_fit_.Of(tail) != CellKind::kProse) return "";
    *text = std::move(tail);
    return head;
  }
  return "";
}

bool LinePerCellReader::OpensCell(NextCell next, const std::vector<std::string>& words, size_t at,
                                  const std::string& text, size_t from) const {
  if (next == NextCell::kAction) return rules_.patterns.StartsAction(text.substr(text.find(words[at], from)));
  // A sentence opens on a capital and goes on in lower case ("Evaluation report"), a name does not.
  return at + 1 < words.size() && RunningWords::StartsSentence(words, at);
}

std::string LinePerCellReader::StatusBeforeLead(std::string* text) const {
  std::vector<std::string> words = SpacedHeaderSplitter::WordsOf(*text);
  const size_t status_end = StatusEnd(words, 0);
  if (status_end == 0 || status_end == words.size()) return "";
  const std::vector<std::string> rest(words.begin() + status_end, words.end());
  // A lone letter may be a name's initial ("R Okafor"): only a status of
  // more than a letter ("Green", "95%") is told apart from the name after it.
  std::string status = CellText::JoinWords(words, 0, status_end);
  if (!IsTellingStatus(status) || !IsNameOnly(rest)) return "";
  *text = CellText::JoinWords(rest, 0, rest.size());
  return status;
}

}  // namespace planrows
