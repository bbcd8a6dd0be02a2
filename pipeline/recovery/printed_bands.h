// PrintedBands: the header bands found so far on positioned pages, kept as
// printed, to know them again where a table's header is printed again: atop
// the next page, or over each part of the table.
#ifndef PLANROWS_PIPELINE_RECOVERY_PRINTED_BANDS_H_
#define PLANROWS_PIPELINE_RECOVERY_PRINTED_BANDS_H_

#include <string>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/table_layout.h"

namespace planrows {

class PrintedBands {
 public:
  // Bands among `lines`, which must outlive this and not change.
  explicit PrintedBands(const std::vector<PlanLine>& lines) : lines_(lines) {}

  // Remembers the header band on lines [`begin`, `end`], read as `layout`.
  void Add(size_t begin, size_t end, const TableLayout& layout);
  // The number of lines from line `i` that print again, word for word, a
  // band found before (OCR may misread words below the first line); 0 when none do.
  size_t LengthAt(size_t i) const;
  // Which lines of a band printed again must set their headings where the
  // first print did: every line, or its line of most headings.
  enum class Place { kEveryLine, kNamesLine };
  // The layout of the band found before that the lines from line `i` print
  // again, the lines `place` asks for set as that band set them; null when none is.
  const TableLayout* LayoutPrintedAgainAt(size_t i, Place place) const;
  // True when lines [`begin`, `end`] are printed again, word for word,
  // further on, after a line of their own at least: a header repeated over
  // each part of its table, though the first part holds a row or two only.
  bool RecursAfter(size_t begin, size_t end) const;
  // True when `folded` (CellText::FoldForMatch) is a line of a band found before.
  bool HoldsLine(const std::string& folded) const;

 private:
  struct Band {
    std::vector<std::string> texts;           // Each line, folded.
    std::vector<std::vector<double>> starts;  // Where each line's headings start.
    size_t names_line = 0;                    // The line of most headings, from the first.
    TableLayout layout;
  };

  // True when the lines from line `i` print again the folded lines `texts`.
  bool PrintedAt(const std::vector<std::string>& texts, size_t i) const;
  // The first band found before that the lines from line `i` print again, or null.
  const Band* BandAt(size_t i) const;
  // Where the headings of line `i` start.
  std::vector<double> StartsOf(size_t i) const;

  const std::vector<PlanLine>& lines_;
  std::vector<Band> bands_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_PRINTED_BANDS_H_
