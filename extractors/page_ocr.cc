#include "extractors/page_ocr.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-image.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cstdlib>
#include <memory>

namespace planrows {
namespace {

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Copies a rendered page into an 8-bit grey Leptonica image.
PixPtr ToGrayPix(const poppler::image& image) {
  const int width = image.width(), height = image.height();
  PixPtr pix(pixCreate(width, height, 8));
  if (!pix) return nullptr;
  const char* data = image.const_data();
  const int stride = image.bytes_per_row();
  l_uint32* out = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(data + static_cast<size_t>(y) * stride);
    l_uint32* line = out + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < width; ++x) {
      unsigned value = 0;
      switch (image.format()) {
        case poppler::image::format_gray8: value = row[x]; break;
        case poppler::image::format_rgb24: value = (row[3 * x] * 299 + row[3 * x + 1] * 587 + row[3 * x + 2] * 114) / 1000; break;
        default: value = (row[4 * x + 2] * 299 + row[4 * x + 1] * 587 + row[4 * x] * 114) / 1000; break;  // BGRA.
      }
      SET_DATA_BYTE(line, x, value);
    }
  }
  return pix;
}

}  // namespace

struct PageOcr::Engine {
  tesseract::TessBaseAPI api;
  bool ready = false;
};

PageOcr::PageOcr() : engine_(std::make_unique<Engine>()) {
  // Each worker thread runs its own engine; OpenMP threads inside Tesseract
  // would only compete with them.
  setenv("OMP_THREAD_LIMIT", "1", 0);
}

PageOcr::~PageOcr() = default;

Result<std::vector<PositionedWord>> PageOcr::ReadWords(const poppler::image& image, double dpi) {
  tesseract::TessBaseAPI& api = engine_->api;
  if (!engine_->ready) {
    if (api.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0) {
      return Status::Unsupported("Tesseract could not load its English data (tesseract-ocr-eng)");
    }
    api.SetPageSegMode(tesseract::PSM_AUTO);
    engine_->ready = true;
  }
  PixPtr gray = ToGrayPix(image);
  if (!gray) return Status::Internal("could not allocate the page image");
  // Scans are often a little skewed; straight lines make straight table rows.
  PixPtr deskewed(pixDeskew(gray.get(), 0));
  Pix* page = deskewed ? deskewed.get() : gray.get();
  api.SetImage(page);
  api.SetSourceResolution(static_cast<int>(dpi));
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return Status::Internal("Tesseract failed to recognise the page");
  }
  std::vector<PositionedWord> words;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  const double scale = 72.0 / dpi;
  if (it) {
    do {
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text || *text.get() == '\0') continue;
      int left = 0, top = 0, right = 0, bottom = 0;
      if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) continue;
      PositionedWord word;
      word.text = text.get();
      word.box = Box{left * scale, top * scale, right * scale, bottom * scale};
      word.font_size = (bottom - top) * scale;
      word.confidence = it->Confidence(tesseract::RIL_WORD);
      words.push_back(std::move(word));
    } while (it->Next(tesseract::RIL_WORD));
  }
  api.Clear();
  return words;
}

}  // namespace planrows
