#include "pipeline/recovery/recurring_labels.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "pipeline/recovery/record_label_limits.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words of a label learnt from its repeats alone ("What we want to
// happen"): longer runs are a value's words that records share.
constexpr size_t kMaxRecurringLabelWords = 5;
// Least share, of the lines a label's first words begin, that its next word
// must begin too for it to run on: a value's first word is rarely the same
// in nearly every record, a label's next word always is.
constexpr double kLeastRunShare = 0.8;
// How many times as many lines a label's words short of its last must begin
// for that word to be a value's first word that a few values share
// ("Update" of "Steps we will take Update ...").
constexpr size_t kValueWordShare = 2;

}  // namespace

bool RecurringLabels::EndsOnValueWord(const std::string& label, size_t begun, const std::vector<StartLine>& lines) {
  size_t cut = label.rfind(' ');
  if (cut == std::string::npos) return false;
  std::string shorter = label.substr(0, cut + 1);
  size_t shorter_begun = std::count_if(lines.begin(), lines.end(), [&shorter](const StartLine& line) {
    return line.text.compare(0, shorter.size(), shorter) == 0;
  });
  return shorter_begun >= kValueWordShare * begun;
}

std::string RecurringLabels::RunOn(const std::string& label, const std::vector<std::vector<std::string>>& lines) {
  std::string run = label;
  for (size_t w = CellText::Words(label).size();; ++w) {
    std::map<std::string, size_t> next;  // How many lines go on with each word.
    std::set<std::string> valued;        // The words some line goes on after: a label's, not its value's last.
    size_t reaching = 0;                 // Lines that go on at all.
    for (const std::vector<std::string>& words : lines) {
      if (w >= words.size()) continue;
      // A line may end on the label, printed without its value ("Status at review").
      ++reaching, ++next[words[w]];
      if (w + 1 < words.size()) valued.insert(words[w]);
    }
    auto most = std::max_element(next.begin(), next.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most == next.end()) return run;
    // Where every line ends alike, the label stands alone on its line, its value on the next ("RAG status").
    bool alone = valued.empty() && most->second == lines.size();
    if (most->second < kLeastRunShare * reaching || (!valued.count(most->first) && !alone)) return run;
    // A value starts with a capital or a digit; a label's last words seldom do ("person / agency").
    unsigned char first = most->first[0];
    if (std::isupper(first) || std::isdigit(first) || run.size() + 1 + most->first.size() > kMaxLabelLength) {
      return run;
    }
    run += ' ' + most->first;
  }
}

std::set<std::string> RecurringLabels::Starts(const std::vector<StartLine>& lines,
                                              const std::map<std::string, size_t>& set_apart) {
  std::map<std::string, size_t> begun;             // How many lines each run of first words begins.
  std::vector<std::vector<std::string>> prefixes;  // Each line's runs of first words, shortest first.
  for (const StartLine& line : lines) {
    std::vector<std::string> words = CellText::Words(line.text);
    prefixes.emplace_back();
    // Labels start with a capital; a value's line may start with anything.
    if (words.empty() || !std::isupper(static_cast<unsigned char>(words[0][0]))) continue;
    std::string prefix;
    for (size_t w = 0; w < words.size() && w < kMaxRecurringLabelWords; ++w) {
      if (w) prefix += ' ';
      prefix += words[w];
      prefixes.back().push_back(prefix);
      ++begun[prefix];
    }
  }
  size_t least = std::max<size_t>(kLeastRepeats, std::ceil(kLeastSpacedLabelShare * MostOf(begun)));
  std::set<std::string> starts, twice;  // Labels, and those that start two labelled lines in a row.
  auto recurs = [&](const std::string& label) {
    auto found = set_apart.find(label);
    return !label.empty() && found != set_apart.end() && found->second >= least;
  };
  std::string previous;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (recurs(lines[i].label_before)) previous.clear();
    const std::vector<std::string>& runs = prefixes[i];
    // A label runs on while nearly all its lines go on alike ("Tasks" into "Tasks and activities"), and
    // ends where they part, as its values do: records share a value now and then, not in nearly all.
    auto run = std::find_if(runs.begin(), runs.end(), [&](const std::string& r) { return begun.at(r) >= least; });
    if (run == runs.end()) continue;
    while (run + 1 != runs.end() && begun.at(*(run + 1)) >= kLeastRunShare * begun.at(*run)) ++run;
    const std::string& label = *run;
    if (label == previous) twice.insert(previous);
    starts.insert(label);
    previous = label;
  }
  // A record holds each label once, so another comes between two of its lines; a value's first words don't.
  for (const std::string& label : twice) starts.erase(label);
  size_t labels = starts.size();
  for (const auto& counted : set_apart) labels += recurs(counted.first);
  return !starts.empty() && labels >= kLeastRecurringLabels ? starts : std::set<std::string>();
}

}  // namespace planrows
