#include "pipeline/cli/command_word.h"

#include <algorithm>

namespace planrows {
namespace {

// Optimal string alignment distance: insertions, deletions, substitutions
// and swaps of neighbours each cost one; "serach" is one from "search".
size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string CommandWord::Find(const std::vector<std::string>& args, const std::vector<std::string>& valued_options) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.empty() || arg[0] != '-') return arg;
    if (std::find(valued_options.begin(), valued_options.end(), arg) != valued_options.end()) ++i;
  }
  return "";
}

std::string CommandWord::Closest(const std::string& word, const std::vector<std::string>& known) {
  if (word.empty()) return "";
  std::vector<std::string> started;
  for (const std::string& command : known) {
    if (!word.empty() && command.rfind(word, 0) == 0) started.push_back(command);
  }
  if (started.size() == 1) return started[0];
  std::string best;
  size_t best_distance = std::min<size_t>(2, (word.size() - 1) / 2) + 1;
  for (const std::string& command : known) {
    size_t distance = EditDistance(word, command);
    if (distance < best_distance) {
      best = command;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace planrows
