#include "extractors/page_orientation.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

namespace planrows {
namespace {

// Tesseract's confidence in a turn from which a page is turned. Its notes
// call 15 reasonably confident; on 84 pages of scanned plans turned a
// quarter or half way round it found the turn at 7 or more, and it never
// found any of 142 upright pages turned.
constexpr float kMinTurnConfidence = 5;

}  // namespace

struct PageOrientation::Engine {
  tesseract::TessBaseAPI api;
  bool tried = false;
  bool ready = false;
};

PageOrientation::PageOrientation() : engine_(std::make_unique<Engine>()) {}

PageOrientation::~PageOrientation() = default;

int PageOrientation::QuarterTurns(Pix* page, double dpi) {
  tesseract::TessBaseAPI& api = engine_->api;
  if (!engine_->tried) {
    engine_->tried = true;
    api.SetVariable("debug_file", "/dev/null");
    // The orientation model is one of Tesseract's legacy engine.
    engine_->ready = api.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0;
    if (engine_->ready) api.SetPageSegMode(tesseract::PSM_OSD_ONLY);
  }
  if (!engine_->ready) return 0;
  api.SetImage(page);
  api.SetSourceResolution(static_cast<int>(dpi));
  int degrees = 0;
  float confidence = 0, script_confidence = 0;
  const char* script = nullptr;
  bool detected = api.DetectOrientationScript(&degrees, &confidence, &script, &script_confidence);
  api.Clear();
  if (!detected || confidence < kMinTurnConfidence) return 0;
  // Tesseract gives the turn the image was given clockwise; undoing it turns it back.
  return (4 - degrees / 90) % 4;
}

}  // namespace planrows
