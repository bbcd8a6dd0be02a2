// MissedInkReader: Tesseract's page layout drops or garbles short, isolated
// words: a row's "1.5" alone in a narrow column comes out as nothing or as
// "cS", the "L" of "L York" is glued to the next column's last word. After
// the page is read, this takes the ink that no confidently read word
// covers, groups it into word-sized patches, reads each patch on its own as
// a single line on a white page, and puts what it reads in place of the
// doubtful words there. Patches are read in grey first, as scanned: the
// edges of strokes that a threshold would cut tell letters apart ("F" from
// "E", "2" from "?"); those it leaves in doubt are read again as black ink
// on white, which reads bold refs and lone initials better, and the surer
// reading is kept.
#ifndef PLANROWS_EXTRACTORS_MISSED_INK_READER_H_
#define PLANROWS_EXTRACTORS_MISSED_INK_READER_H_

#include <vector>

#include "extractors/positioned_word.h"

struct Pix;
namespace tesseract {
class TessBaseAPI;
}

namespace planrows {

class MissedInkReader {
 public:
  // Reads with `api` (initialised, its language loaded) pages rendered at
  // `dpi`.
  MissedInkReader(tesseract::TessBaseAPI& api, double dpi);

  // Re-reads the ink of the 8-bit grey `page` outside the confident words
  // of `words` (boxes in pixels, as the page's main pass read them; words
  // usually `text_height` pixels high, 0 when unknown). Adds the words
  // found in ink no word covered, and replaces doubtful words by their
  // clearer re-reading. Leaves `api` cleared, in the page segmentation mode
  // it had.
  void Reread(Pix* page, std::vector<PositionedWord>* words, double text_height);

  // Returns the word-sized patches of ink in the 1-bit `ink`, in pixels,
  // leaving out specks, dashes, bars, ruling remains and pictures, for text
  // whose words are usually `text_height` pixels high.
  static std::vector<Box> FindPatches(Pix* ink, double text_height);

 private:
  // Reads each of `patches` on its own in each of `images` in turn (the
  // page in grey, then its ink) until one reading is sure; the surest
  // reading of each patch, a list of words.
  std::vector<std::vector<PositionedWord>> ReadPatches(const std::vector<Pix*>& images,
                                                       const std::vector<Box>& patches, double text_height);

  // Reads the words of `patch` of `image`, the image set in the engine,
  // with `margin` pixels around it; only those read with text and a fair
  // confidence.
  std::vector<PositionedWord> ReadPatch(Pix* image, const Box& patch, int margin);

  tesseract::TessBaseAPI& api_;
  double dpi_;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_MISSED_INK_READER_H_
