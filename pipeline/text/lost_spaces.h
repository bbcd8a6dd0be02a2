// PutBackLostSpaces: OCR drops the space between words set close
// ("Byendof Q1", "Ontrack"); a cell that should read as a known kind of
// text (a timeframe, a status) reads so again once they are put back.
#ifndef PLANROWS_PIPELINE_TEXT_LOST_SPACES_H_
#define PLANROWS_PIPELINE_TEXT_LOST_SPACES_H_

#include <functional>
#include <string>
#include <string_view>

namespace planrows {

// Whether a whole cell reads as the kind of text expected of it.
using CellTest = std::function<bool(std::string_view)>;

// `text` with the fewest spaces (at most `most`) put inside its words that
// makes `reads` true of it, trying the places left to right; `text` itself
// when `reads` is already true of it, it is longer than a timeframe or a
// status is, or no such reading is found. A space goes only between two
// letters or digits.
std::string PutBackLostSpaces(std::string_view text, const CellTest& reads, int most);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_TEXT_LOST_SPACES_H_
