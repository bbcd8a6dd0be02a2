// CommandWord: finds the subcommand word of a command line before CLI11
// parses it, so that a mistyped command is named (with the closest known
// one) instead of reported as a missing subcommand.
#ifndef PLANROWS_PIPELINE_CLI_COMMAND_WORD_H_
#define PLANROWS_PIPELINE_CLI_COMMAND_WORD_H_

#include <string>
#include <vector>

namespace planrows {

class CommandWord {
 public:
  // The first word of `args` (the command line without the program name)
  // that is neither an option nor the value of one of `valued_options`
  // (given as "--db"; "--db=F" needs no skipping); empty when there is none.
  static std::string Find(const std::vector<std::string>& args, const std::vector<std::string>& valued_options);

  // Of `known`, the word `word` most likely meant: the one it starts, or the
  // one at the smallest edit distance (a swap of two letters counts one),
  // when that distance is at most 2 and under half the word; empty otherwise.
  static std::string Closest(const std::string& word, const std::vector<std::string>& known);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_COMMAND_WORD_H_
