// PageOrientation: tells how a scanned page image must be turned for its
// text to read upright, as a landscape table fed through a scanner the
// short way round comes out sideways. Owns one TessBaseAPI with Tesseract's
// orientation data, so each worker thread keeps its own.
#ifndef PLANROWS_EXTRACTORS_PAGE_ORIENTATION_H_
#define PLANROWS_EXTRACTORS_PAGE_ORIENTATION_H_

#include <memory>

struct Pix;

namespace planrows {

class PageOrientation {
 public:
  PageOrientation();
  ~PageOrientation();
  PageOrientation(const PageOrientation&) = delete;
  PageOrientation& operator=(const PageOrientation&) = delete;

  // How many quarter turns clockwise `page`, an 8-bit grey image at `dpi`,
  // needs for its text to read upright: 0 when it does already, when
  // Tesseract is not sure, or when its orientation data cannot be loaded.
  int QuarterTurns(Pix* page, double dpi);

 private:
  struct Engine;
  std::unique_ptr<Engine> engine_;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_PAGE_ORIENTATION_H_
