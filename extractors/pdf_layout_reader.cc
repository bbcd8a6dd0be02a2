#include "extractors/pdf_layout_reader.h"

#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "extractors/library_messages.h"

namespace planrows {
namespace {

// A ruling is a stroked line or a filled bar at most this thick, and at
// least this long, in points.
constexpr double kMaxRulingThickness = 3;
constexpr double kMinRulingLength = 20;

// What Poppler says of a damaged PDF becomes the document's warnings.
void ToWarnings(ErrorCategory, Goffset, const char* message) { LibraryMessages::Say("Poppler", message); }

// TextOutputDev that also keeps the horizontal lines a page draws.
class LayoutDev : public TextOutputDev {
 public:
  LayoutDev() : TextOutputDev(nullptr, true, 0, false, false) {}

  bool needNonText() override { return true; }
  void stroke(GfxState* state) override { Collect(state, false); }
  void fill(GfxState* state) override { Collect(state, true); }
  void eoFill(GfxState* state) override { Collect(state, true); }

  std::vector<Ruling> rulings;

 private:
  // Keeps each subpath whose device-space extent is a long, thin horizontal
  // line or bar.
  void Collect(GfxState* state, bool filled) {
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
      for (int p = 0; p < sub->getNumPoints(); ++p) {
        double x, y;
        state->transform(sub->getX(p), sub->getY(p), &x, &y);
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
      }
      double thickness = filled ? y1 - y0 : std::max(y1 - y0, state->getTransformedLineWidth());
      if (x1 - x0 >= kMinRulingLength && thickness <= kMaxRulingThickness && y1 - y0 <= kMaxRulingThickness) {
        rulings.push_back(Ruling{(y0 + y1) / 2, x0, x1});
      }
    }
  }
};

bool IsBoldName(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return name.find("bold") != std::string::npos || name.find("black") != std::string::npos ||
         name.find("heavy") != std::string::npos;
}

}  // namespace

PdfLayoutReader::~PdfLayoutReader() = default;

Result<std::unique_ptr<PdfLayoutReader>> PdfLayoutReader::Open(const std::string& bytes, const std::string& password) {
  std::unique_ptr<PdfLayoutReader> reader(new PdfLayoutReader());
  reader->params_ = std::make_unique<GlobalParamsIniter>(ToWarnings);
  std::optional<GooString> secret;
  if (!password.empty()) secret = GooString(password);
  auto* stream = new BaseMemStream<const char>(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  reader->doc_ = std::make_unique<PDFDoc>(stream, secret, secret);
  if (!reader->doc_->isOk()) {
    if (reader->doc_->getErrorCode() == errEncrypted) {
      return Status::InvalidInput(password.empty() ? "encrypted PDF; give its password with --password"
                                                   : "encrypted PDF; the password given does not open it");
    }
    return Status::InvalidInput("damaged or truncated PDF");
  }
  return reader;
}

int PdfLayoutReader::PageCount() const { return doc_->getNumPages(); }

PageLayout PdfLayoutReader::Read(int index) const {
  PageLayout layout;
  const int page = index + 1;
  LayoutDev dev;
  doc_->displayPage(&dev, page, 72, 72, 0, true, false, false);
  bool sideways = doc_->getPageRotate(page) % 180 != 0;
  layout.width = sideways ? doc_->getPageCropHeight(page) : doc_->getPageCropWidth(page);
  layout.height = sideways ? doc_->getPageCropWidth(page) : doc_->getPageCropHeight(page);
  layout.rulings = std::move(dev.rulings);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  size_t chars_by_rotation[4] = {0, 0, 0, 0};
  for (int i = 0; list && i < list->getLength(); ++i) {
    const TextWord* word = list->get(i);
    std::unique_ptr<GooString> text(word->getText());
    PositionedWord w;
    w.text = text->toStr();
    word->getBBox(&w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1);
    w.font_size = word->getFontSize();
    const GooString* font = word->getFontName(0);
    w.bold = font != nullptr && IsBoldName(font->toStr());
    chars_by_rotation[word->getRotation() & 3] += w.text.size();
    layout.words.push_back(std::move(w));
  }
  layout.rotation = static_cast<int>(std::max_element(chars_by_rotation, chars_by_rotation + 4) - chars_by_rotation);
  return layout;
}

}  // namespace planrows
