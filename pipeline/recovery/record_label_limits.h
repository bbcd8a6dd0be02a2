// Limits and counts shared by the readers of a record block's labels
// (RecordBlocks, RecordLabels, StandingLabels, JoinRecordLabels).
#ifndef PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LIMITS_H_
#define PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LIMITS_H_

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>

namespace planrows {

// Longest label: longer text is a sentence.
inline constexpr size_t kMaxLabelLength = 40;
// Most words of a label no rule knows: headings are short.
inline constexpr int kMaxUnknownLabelWords = 5;
// Most words of a label set before its value by a space alone ("Owner R
// Rutherford"), as pdftotext -raw runs the two cells of a record's line into
// one, and as a label's cell runs into its value's ("What we are going to do
// Map the ...") where a PDF prints the label wider than its column.
inline constexpr size_t kMaxSpacedLabelWords = 6;
// Fewest times a label no rule knows comes: once is a line of text, again a
// label of each record.
inline constexpr size_t kLeastRepeats = 2;
// Least share, of the lines the most frequent label so set begins, that
// another such label must begin: a record repeats its labels in every block,
// while a value's wrapped line that starts with a column's name ("Update the
// guidance") comes seldom.
inline constexpr double kLeastSpacedLabelShare = 0.5;
// Fewest labels learnt from their repeats alone: a record pairs its action
// with a lead, a date and more, while two lines that start alike in each
// row of a table ("Draft by", "Sign-off by") are the words of one cell.
inline constexpr size_t kLeastRecurringLabels = 3;
// Most that the first cells of a label's lines may stand apart, in points
// or spaces, for the second to go on with the first.
inline constexpr double kLabelIndentSlack = 2;
// Least distance, in points, by which a cell starts left of the values for
// it to be a part of its line's label.
inline constexpr double kSplitLabelMargin = 12;

// The largest of `counts`' counts; 0 when it is empty.
inline size_t MostOf(const std::map<std::string, size_t>& counts) {
  size_t most = 0;
  for (const auto& counted : counts) most = std::max(most, counted.second);
  return most;
}

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_RECORD_LABEL_LIMITS_H_
