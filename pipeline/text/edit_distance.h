// EditDistance: how far apart two strings are, as typing or OCR errors go.
#ifndef PLANROWS_PIPELINE_TEXT_EDIT_DISTANCE_H_
#define PLANROWS_PIPELINE_TEXT_EDIT_DISTANCE_H_

#include <cstddef>
#include <string_view>

namespace planrows {

// The optimal string alignment distance of `a` and `b`: insertions,
// deletions, substitutions and swaps of neighbours each cost one
// ("serach" is one from "search"), counted in bytes.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_TEXT_EDIT_DISTANCE_H_
