// RecordLabels: the labels of a plan's record blocks (see RecordBlocks) and
// the column each names. A label the header rules know names its column.
// A label no rule knows ("By", "#") that comes again in two records or more
// is a label all the same: like a table column no heading explains, it gets
// its role from its values (references, dates, statuses or names make it the
// ref, timeframe, progress or lead, unless a known label of the plan already
// gives that), or else goes to `extra` under its own name; it is never taken
// for a line of the value above it. When no known label names the action,
// the one such label whose values are prose is the action, or of several,
// the one of most distinct values (an outcome spans several actions), or
// when they tie, the first set apart by a colon. Of two labels that name
// one column ("Workplan activity" and "Key steps"), the first named in
// full, or else the first, is that column, and the other an extra column
// of its own: a record holds each column once. Beside a label of who and
// when, a label of dates whose values are no dates ("Target" over "At
// least 20 schools take part") is an extra column too. A label printed without its
// value ("Status update" and nothing after it) is known by being printed
// with one in other records. Asked to learn from recurring starts, a label
// set before its value by a space alone that no rule knows ("What we want to
// happen Fewer ...") is known by beginning a line of every record, and the
// longest such run of words is the label ("Tasks and activities", though
// "Tasks" names a column), and so is a label alone on its line ("Key", a
// blank line, "1.1.") that every record prints, in one order, over its
// value: guesses, as a table's cells may repeat too (one goal over several
// actions), that its rows must prove (PlanRecoverer).
#ifndef PLANROWS_PIPELINE_RECOVERY_RECORD_LABELS_H_
#define PLANROWS_PIPELINE_RECOVERY_RECORD_LABELS_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

// Which labels no rule knows set before their values by a space alone are labels.
enum class SpacedLearning {
  kKnownWords,       // Those whose words name a column ("Workplan activity").
  kRecurringStarts,  // Those too that begin a line of nearly every record.
};

class RecordLabels {
 public:
  // Learns the labels of the record blocks among `lines` by `rules`, which
  // must outlive this, and spaced labels as `learning` says.
  RecordLabels(const RecoveryRules& rules, const std::vector<PlanLine>& lines, SpacedLearning learning);

  // A line read as a label: the column the label names and its value.
  struct Labelled {
    ColumnName column;
    std::string value;
  };

  // True when `line` is a label and its value: `*column` the column the
  // label names, `*value` the rest of the line (maybe empty).
  bool Read(const PlanLine& line, ColumnName* column, std::string* value) const;
  // Each of `lines` read as a label (Read), nothing where it is none.
  std::vector<std::optional<Labelled>> ReadAll(const std::vector<PlanLine>& lines) const {
    std::vector<std::optional<Labelled>> reads;
    for (const PlanLine& line : lines) {
      Labelled read;
      reads.push_back(Read(line, &read.column, &read.value) ? std::optional<Labelled>(read) : std::nullopt);
    }
    return reads;
  }

  // The column the header rules of `rules` name by `label`, or nothing.
  static std::optional<ColumnName> Known(const RecoveryRules& rules, const std::string& label);

 private:
  // A line cut into a label and its value.
  struct Parts {
    std::string label;
    std::string value;
    bool alone = false;  // The line holds the label and nothing to set it apart.
  };
  // `line` as a label and its value: its first cell and the rest, the text
  // either side of its first colon, a label of `spaced_` and the words after
  // it, or the whole line alone.
  Parts Cut(const PlanLine& line) const;
  // The longest run of `text`'s first words, short of all of them, that is
  // a column's full name ("Success measure" of "Success measure Dip sample
  // of 10 cases"), or else the longest of two words or more whose words
  // name a column and that ends on such a word ("Workplan activity"); the
  // first word of a line that holds a reference after it alone ("Key
  // 1.1a"); "" when none is.
  std::string SpacedLabel(const std::string& text) const;
  // The labels that begin one-cell lines of `lines`, not bulleted, before
  // a value with a space alone, at least half as often as the most frequent
  // of them: those of record blocks, repeated in each record; with
  // RecurringLabels::Starts' labels when `learning` says so.
  std::set<std::string> RepeatedSpacedLabels(const std::vector<PlanLine>& lines, SpacedLearning learning) const;
  // Learns `label`, a label standing alone on its line over `values`: a
  // label the rules know names its column (added to `*taken`); else its
  // values' kinds by `classifier` and texts go to `*unknown` and
  // `*distinct` to name it by.
  void LearnStanding(const std::string& label, const std::vector<std::string>& values,
                     const CellClassifier& classifier, std::map<std::string, std::vector<CellKind>>* unknown,
                     std::map<std::string, std::set<std::string>>* distinct, std::set<Column>* taken);
  // The longest label of `spaced_` that begins `text`, or is all of it, as
  // a record may print a label over its value; "" when none does.
  std::string LongestSpacedLabel(const std::string& text) const;
  // True when `label`, the first words of `line`, may be a label before its
  // value: where the page was measured (a PDF's text layer), only if a gap
  // wider than a word space sets the value apart ("Steps we will take  Agree
  // ..."), not a title's next word ("Priorities and Action Plan 2019").
  static bool SpacedApart(const PlanLine& line, const std::string& label);
  // True when the whole of `line` is a label that other lines set apart
  // from its value by a cell or a colon ("Status update" alone, its value
  // empty): no label and value a space parts.
  bool IsSetApart(const PlanLine& line) const;
  // The label a column belongs to, of those that name it: an extra column
  // ("measure") as much as a field, as two labels may name one extra
  // column ("Desired impact" and "Performance indicator").
  struct Owner {
    std::string label;  // Folded.
    bool full_name = false;
    size_t lines = 0;  // How many lines it labels.
  };
  // Counts `lines` more lines for `key`, a folded label that names `column`
  // (by its full name when `full_name`), among the claims on that column.
  void Claim(const ColumnName& column, const std::string& key, bool full_name, size_t lines);
  // Makes each column's owner the first label that claimed it, or the first
  // named in full; of the labels that label two lines or more where one
  // does: a label printed once (a title's "Action Plan 2015-16" read as
  // "Action" and its value) owns no column a record's label names.
  void ChooseOwners();
  // True when the folded labels `owner` and `key` are one label, one of
  // them maybe with the words a narrow column wrapped onto the next line
  // ("lead officer / target" and "lead officer / target date").
  static bool SameLabel(const std::string& owner, const std::string& key);
  // The folded label of a column's owner that `key`, a folded label, reads
  // again with a letter or two misread; `key` when it reads none.
  std::string OwnerReadAgain(const std::string& key) const;
  // Gives each label no rule knows that comes again its column, read from
  // `kinds`, the kinds of its values by folded label, unless `taken`, the
  // columns known labels name, holds it (a joint lead and date holds both).
  void NameByValues(const std::map<std::string, std::vector<CellKind>>& kinds, std::set<Column> taken);
  // When no known label names the action: makes the action the one label
  // left an extra column whose values in `kinds` are mostly prose; of
  // several, the one of most values in `distinct` (an outcome spans several
  // actions), the one of fewest then the outcome unless `outcome_taken`; or
  // when they tie, the first of them in `order` (labels no rule knows set
  // apart by a colon, as they first come), as a record without its work is
  // no row, and a record states its work before what follows from it.
  void NameActionByProse(const std::map<std::string, std::vector<CellKind>>& kinds,
                         const std::map<std::string, std::set<std::string>>& distinct,
                         const std::vector<std::string>& order, bool outcome_taken);

  const RecoveryRules& rules_;
  std::map<std::string, ColumnName> learnt_;  // Folded labels no rule knows, and their columns.
  std::set<std::string> valued_;              // Folded labels printed with a value somewhere.
  std::map<std::string, size_t> set_apart_;   // Folded labels set apart from their values by a cell or a
                                              // colon, and how many lines each begins.
  std::set<std::string> spaced_;              // Labels set before their values by a space alone.
  std::map<std::string, std::vector<Owner>> claims_;  // The labels that name each column (by RoleName), in order.
  std::map<std::string, Owner> owners_;       // The label each column (by RoleName) a known label names belongs to.
  std::set<std::string> aims_;                // Folded labels of dates whose values say what is aimed at.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RECORD_LABELS_H_
