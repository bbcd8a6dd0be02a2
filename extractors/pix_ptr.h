// PixPtr: a Leptonica image that destroys itself.
#ifndef PLANROWS_EXTRACTORS_PIX_PTR_H_
#define PLANROWS_EXTRACTORS_PIX_PTR_H_

#include <leptonica/allheaders.h>

#include <memory>

namespace planrows {

// Destroys a Leptonica image.
struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_PIX_PTR_H_
