// OCR's bullets: the list bullets that OCR read as a letter or a sign ("m"
// for a square bullet, "e" or "¢" for a round one) in a scan's cells. A PDF's
// printed bullets are cleaned out of its cells; these are words to OCR, so
// they are taken out of the cells it read, lest "m Update the strategy m
// Agree the standards" keep them as words of the action.
#ifndef PLANROWS_PIPELINE_RECOVERY_OCR_BULLETS_H_
#define PLANROWS_PIPELINE_RECOVERY_OCR_BULLETS_H_

#include <string>
#include <string_view>

#include "pipeline/rules/plan_patterns.h"

namespace planrows {

// `cell`, a cleaned cell that OCR read, without the glyphs OCR read for
// bullets: one that starts it (PlanPatterns::OcrBulletLength), and a lone
// letter that is no word ("m", "e"; not "a") between words and a capital
// after it, which ends the item before it with "; " as the cell's items are
// parted.
std::string DropOcrBullets(const PlanPatterns& patterns, std::string_view cell);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_OCR_BULLETS_H_
