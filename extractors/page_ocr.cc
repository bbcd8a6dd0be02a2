#include "extractors/page_ocr.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-image.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cctype>
#include <cstring>
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

// Ruling lines are at least this long, in inches; text strokes are shorter.
constexpr double kMinRuleInches = 0.4;
// Darker grey than this is ink when looking for ruling lines.
constexpr int kInkThreshold = 160;
// Words taller than this many times the median word are lines or noise.
constexpr double kMaxWordHeight = 3;

// Finds horizontal and vertical ruling lines in `gray`, paints them white
// so that Tesseract reads the cells' text undisturbed, and returns the
// horizontal ones in pixels.
std::vector<Ruling> RemoveRulings(Pix* gray, double dpi) {
  std::vector<Ruling> rulings;
  PixPtr ink(pixThresholdToBinary(gray, kInkThreshold));
  if (!ink) return rulings;
  const int length = static_cast<int>(kMinRuleInches * dpi);
  PixPtr horizontal(pixOpenBrick(nullptr, ink.get(), length, 1));
  PixPtr vertical(pixOpenBrick(nullptr, ink.get(), 1, length));
  if (!horizontal || !vertical) return rulings;
  BOXA* boxes = pixConnComp(horizontal.get(), nullptr, 8);
  for (int i = 0; boxes != nullptr && i < boxaGetCount(boxes); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    rulings.push_back(Ruling{y + h / 2.0, double(x), double(x + w)});
  }
  boxaDestroy(&boxes);
  PixPtr lines(pixOr(nullptr, horizontal.get(), vertical.get()));
  PixPtr mask(pixDilateBrick(nullptr, lines.get(), 5, 5));
  if (mask) pixPaintThroughMask(gray, mask.get(), 0, 0, 255);
  return rulings;
}

// True when `text` holds a letter, a digit or an ampersand: Tesseract reads
// the remains of lines and specks as "|", "—" or "__".
bool HasText(const char* text) {
  for (const char* p = text; *p != '\0'; ++p) {
    if (std::isalnum(static_cast<unsigned char>(*p)) || *p == '&' || (static_cast<unsigned char>(*p) & 0x80)) {
      return true;
    }
  }
  return false;
}

// Drops words far taller than the page's usual word: misread lines and blobs.
void DropGiants(std::vector<PositionedWord>* words) {
  if (words->empty()) return;
  std::vector<double> heights;
  for (const PositionedWord& w : *words) heights.push_back(w.box.height());
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  double median = heights[heights.size() / 2];
  words->erase(std::remove_if(words->begin(), words->end(),
                              [median](const PositionedWord& w) { return w.box.height() > kMaxWordHeight * median; }),
               words->end());
}

}  // namespace

struct PageOcr::Engine {
  tesseract::TessBaseAPI api;
  bool ready = false;
};

PageOcr::PageOcr() : engine_(std::make_unique<Engine>()) {}

PageOcr::~PageOcr() = default;

Result<OcrPage> PageOcr::Read(const poppler::image& image, double dpi) {
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
  const double scale = 72.0 / dpi;
  OcrPage result;
  for (const Ruling& r : RemoveRulings(page, dpi)) result.rulings.push_back(Ruling{r.y * scale, r.x0 * scale, r.x1 * scale});
  api.SetImage(page);
  api.SetSourceResolution(static_cast<int>(dpi));
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return Status::Internal("Tesseract failed to recognise the page");
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (it) {
    do {
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text) continue;
      // With the ruling lines gone, a lone bar is a capital I ("I Mundy").
      if (std::strcmp(text.get(), "|") == 0) text.get()[0] = 'I';
      if (!HasText(text.get())) continue;
      int left = 0, top = 0, right = 0, bottom = 0;
      if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom)) continue;
      PositionedWord word;
      word.text = text.get();
      word.box = Box{left * scale, top * scale, right * scale, bottom * scale};
      word.font_size = (bottom - top) * scale;
      word.confidence = it->Confidence(tesseract::RIL_WORD);
      result.words.push_back(std::move(word));
    } while (it->Next(tesseract::RIL_WORD));
  }
  api.Clear();
  DropGiants(&result.words);
  return result;
}

}  // namespace planrows
