// OcrRefSequence: mends the references of a scanned table that OCR misread
// past what a single reference's lookalikes can repair, by the sequence the
// table's other references make:
//
//   MH6, VE1, -, VC3, VC4   becomes   MH6, VC1, VC2, VC3, VC4
//   11, 1.2, 1.31a, 1.3b    becomes   1.1, 1.2, 1.3a, 1.3b
//
// A prefix read once, a letter away from the prefix of the next or the row
// before, takes that prefix where it makes a reference the table lacks
// ("VE1" before "VC3"). A reference that neither follows the row before
// nor leads to the next, but would with one slip of OCR undone (a dot
// lost, a speck read as a character, a letter misread), is the one the
// sequence wants. A row without a reference takes the one between its
// neighbours', or, first in its table, the one before the next row's.
#ifndef PLANROWS_PIPELINE_RECOVERY_OCR_REF_SEQUENCE_H_
#define PLANROWS_PIPELINE_RECOVERY_OCR_REF_SEQUENCE_H_

#include <string>
#include <vector>

#include "pipeline/model/action_row.h"

namespace planrows {

class OcrRefSequence {
 public:
  // Mends the references of the rows of each of `plan`'s tables that were
  // read by OCR.
  static void Apply(RecoveredPlan* plan);

 private:
  // A reference cut into its prefix and its last number: "VC 3" is "VC ", 3.
  struct Parts {
    std::string prefix;
    int number = -1;  // -1 when the reference ends in no number.
  };
  static Parts Parse(const std::string& ref);
  // Apply's mending for the rows [`first`, `end`) of one table.
  static void MendPrefixes(std::vector<ActionRow>* rows, size_t first, size_t end);
  static void MendSlips(std::vector<ActionRow>* rows, size_t first, size_t end);
  static void FillGaps(std::vector<ActionRow>* rows, size_t first, size_t end);
  // Puts back the dot after the first digit of the references of `rows`
  // read by OCR that lost it, where all their references together read
  // as sections and items that rise row by row ("11, 1.2, 21" becomes
  // "1.1, 1.2, 2.1").
  static void RestoreLostDots(std::vector<ActionRow>* rows);
  // The reference after `ref` in its sequence ("2.1a" -> "2.1b", "VC3" ->
  // "VC4"), and the one before it; empty when there is none.
  static std::string Next(const std::string& ref);
  static std::string Previous(const std::string& ref);
  // True when OCR may have read `meant` as `read` by one slip: a dot lost,
  // a character added, a letter of `meant` read as another character, or a
  // digit read as a letter.
  static bool OneSlipApart(const std::string& read, const std::string& meant);
  // The number of the rows [`first`, `end`) whose reference has `prefix`.
  static size_t PrefixCount(const std::vector<ActionRow>& rows, size_t first, size_t end, const std::string& prefix);
  // True when `a` has the form of clearly fewer of the rows [`first`,
  // `end`) than `b`: the letters that start it, where both start with
  // letters, or else the number of its dots. Of two neighbours one slip
  // apart, the odd one is the misread ("OS 1" before "OSS2" and "OS 3"
  // stays, "OSS2" becomes "OS 2"; "1.1" before "12" among dotted references
  // stays, "12" becomes "1.2").
  static bool RarerForm(const std::vector<ActionRow>& rows, size_t first, size_t end, const std::string& a,
                        const std::string& b);
  // True when the table's rows [`first`, `end`) hold `ref`.
  static bool Holds(const std::vector<ActionRow>& rows, size_t first, size_t end, const std::string& ref);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_OCR_REF_SEQUENCE_H_
