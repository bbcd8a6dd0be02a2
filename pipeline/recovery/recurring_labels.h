// RecurringLabels: the labels of record blocks (see RecordLabels) learnt
// from the lines they begin alone, set before their values by a space and
// known to no rule ("What we want to happen Fewer ..."): a run of first
// words that begins a line of nearly every record, run on while nearly all
// its lines go on alike, and not a value's first word a few records share.
#ifndef PLANROWS_PIPELINE_RECOVERY_RECURRING_LABELS_H_
#define PLANROWS_PIPELINE_RECOVERY_RECURRING_LABELS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

namespace planrows {

class RecurringLabels {
 public:
  // A line that may begin with a label set before its value by a space alone.
  struct StartLine {
    std::string text;
    std::string label_before;  // The folded label of the last line a cell or a colon set apart, if any, above it.
  };
  // The labels that begin `lines`, whatever their words: of each line's
  // first words, the shortest run that begins at least half as many lines
  // as the most frequent run does, run on while nearly all its lines go on
  // alike, unless it begins two such lines with no other label between;
  // none unless three labels are, counting those of `set_apart` (folded
  // labels set apart from their values, and how many lines each begins)
  // that begin as many lines ("Row" beside its number and "Steps we will
  // take" run into its value are one record's labels).
  static std::set<std::string> Starts(const std::vector<StartLine>& lines,
                                      const std::map<std::string, size_t>& set_apart);
  // True when `label`, which begins `begun` of `lines`, ends on a value's
  // first word: its words short of the last begin many more of them.
  static bool EndsOnValueWord(const std::string& label, size_t begun, const std::vector<StartLine>& lines);
  // `label` run on over the next words that nearly all `lines`, the words
  // of the lines it begins, go on with (some before a value, others maybe
  // ending on them, a label printed without its value), while they start
  // with neither a capital nor a digit, as a value does: "Lead person" of
  // "Lead person / agency B. Thorne" is "Lead person / agency".
  static std::string RunOn(const std::string& label, const std::vector<std::vector<std::string>>& lines);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RECURRING_LABELS_H_
