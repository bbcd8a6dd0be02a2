#include "extractors/page_ocr.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-image.h>
#include <omp.h>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <memory>

#include "extractors/bold_words.h"
#include "extractors/dark_fills.h"
#include "extractors/missed_ink_reader.h"
#include "extractors/page_orientation.h"
#include "extractors/pix_ptr.h"
#include "extractors/ruling_eraser.h"
#include "extractors/speck_words.h"
#include "extractors/tesseract_words.h"

namespace planrows {
namespace {

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
        case poppler::image::format_rgb24:
          value = (row[3 * x] * 299 + row[3 * x + 1] * 587 + row[3 * x + 2] * 114) / 1000;
          break;
        default: value = (row[4 * x + 2] * 299 + row[4 * x + 1] * 587 + row[4 * x] * 114) / 1000; break;  // BGRA.
      }
      SET_DATA_BYTE(line, x, value);
    }
  }
  return pix;
}

// Words taller than this many times the median word are lines or noise.
constexpr double kMaxWordHeight = 3;

// The median height of the `words` with text, in their units; 0 when there
// are none.
double MedianHeight(const std::vector<PositionedWord>& words) {
  std::vector<double> heights;
  for (const PositionedWord& w : words) {
    if (HasText(w.text)) heights.push_back(w.box.height());
  }
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return heights[heights.size() / 2];
}

// Drops the words without text and those far taller than `median`, the
// page's usual word (0 when unknown): misread lines and blobs.
void DropNoise(std::vector<PositionedWord>* words, double median) {
  words->erase(std::remove_if(words->begin(), words->end(),
                              [median](const PositionedWord& w) {
                                return !HasText(w.text) || (median > 0 && w.box.height() > kMaxWordHeight * median);
                              }),
               words->end());
}

// Moves `words` from pixels to page points, `scale` points a pixel.
void ToPoints(std::vector<PositionedWord>* words, double scale) {
  for (PositionedWord& w : *words) {
    w.box = Box{w.box.x0 * scale, w.box.y0 * scale, w.box.x1 * scale, w.box.y1 * scale};
    w.font_size *= scale;
  }
}

// Fewest letters of a word whose box shows which way its line runs.
constexpr size_t kMinTellingWordSize = 3;
// Below this mean confidence, a page's words may have been read upside down.
constexpr double kMinUprightConfidence = 70;

// True when `words`, read from a page as it lies, look read from a page
// turned: most words of a few letters stand taller than wide (lines read
// down the page), or their mean confidence is low (upside down).
bool MayBeTurned(const std::vector<PositionedWord>& words) {
  size_t telling = 0, tall = 0;
  double confidence = 0;
  for (const PositionedWord& w : words) {
    confidence += w.confidence;
    if (w.text.size() < kMinTellingWordSize) continue;
    ++telling;
    tall += w.box.height() > w.box.width();
  }
  if (words.empty()) return false;
  return tall * 2 > telling || confidence / static_cast<double>(words.size()) < kMinUprightConfidence;
}

// Tesseract parallelises with OpenMP, whose threads would only compete with
// planrows' own workers: one thread a page, as OMP_THREAD_LIMIT=1 would
// give, but settable after OpenMP has loaded. libgomp keeps the setting per
// thread, so each thread that reads a page sets it: set once, by the first
// worker only, the second worker's pages ran with three OpenMP threads that
// spun beside it, and two workers read scans 1.09 times as fast as one.
void LimitOpenMp() { omp_set_max_active_levels(0); }

}  // namespace

struct PageOcr::Engine {
  tesseract::TessBaseAPI api;
  bool ready = false;
  PageOrientation orientation;
};

PageOcr::PageOcr() : engine_(std::make_unique<Engine>()) {}

PageOcr::~PageOcr() = default;

Result<OcrPage> PageOcr::Read(const poppler::image& image, double dpi) {
  LimitOpenMp();
  if (!engine_->ready) {
    tesseract::TessBaseAPI& api = engine_->api;
    // Tesseract's own notes ("Empty page!!", resolution guesses) would go
    // to stderr between planrows' lines; planrows reports OCR failures itself.
    api.SetVariable("debug_file", "/dev/null");
    if (api.Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0) {
      return Status::Unsupported("Tesseract could not load its English data (tesseract-ocr-eng)");
    }
    api.SetPageSegMode(tesseract::PSM_AUTO);
    engine_->ready = true;
  }
  PixPtr gray = ToGrayPix(image);
  if (!gray) return Status::Internal("could not allocate the page image");
  Result<OcrPage> read = ReadUpright(gray.get(), dpi);
  // A page scanned sideways or upside down reads as lines down the page or
  // as doubtful words: it is read again turned upright. Telling a page's
  // orientation costs a fifth of reading it, so only such pages are asked.
  if (!read.ok() || !MayBeTurned(read->words)) return read;
  const int turns = engine_->orientation.QuarterTurns(gray.get(), dpi);
  if (turns == 0) return read;
  PixPtr turned(pixRotateOrth(gray.get(), turns));
  if (!turned) return Status::Internal("could not turn the page image");
  read = ReadUpright(turned.get(), dpi);
  if (read.ok()) read->quarter_turns = turns;
  return read;
}

Result<OcrPage> PageOcr::ReadUpright(Pix* gray, double dpi) {
  tesseract::TessBaseAPI& api = engine_->api;
  // Scans are often a little skewed; straight lines make straight table rows.
  PixPtr deskewed(pixDeskew(gray, 0));
  Pix* page = deskewed ? deskewed.get() : gray;
  const double scale = 72.0 / dpi;
  OcrPage result;
  WhitenDarkFills(page, dpi);
  for (const Ruling& r : EraseRulings(page, dpi)) {
    result.rulings.push_back(Ruling{r.y * scale, r.x0 * scale, r.x1 * scale});
  }
  api.SetImage(page);
  api.SetSourceResolution(static_cast<int>(dpi));
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return Status::Internal("Tesseract failed to recognise the page");
  }
  std::vector<PositionedWord> words = TesseractWords(api);
  api.Clear();
  const double median = MedianHeight(words);
  // Layout analysis drops or garbles short lone words: read them again.
  MissedInkReader(api, dpi).Reread(page, &words, median);
  DropNoise(&words, median);
  DropSpeckWords(page, median, &words);
  MarkBoldWords(page, &words);
  ToPoints(&words, scale);
  result.words = std::move(words);
  return result;
}

}  // namespace planrows
