#include "pipeline/cli/command_word.h"

#include <algorithm>

#include "pipeline/text/edit_distance.h"

namespace planrows {

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
