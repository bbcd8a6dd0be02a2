// Fuzz target: the PDF path without OCR: bytes -> PdfExtractor (Poppler's
// words, fonts and ruling lines; LineBuilder) -> recovery -> normalization.
#include "extractors/pdf_extractor.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  PdfOptions options;
  options.ocr = false;
  Result<DocumentText> document =
      PdfExtractor(options).Extract("fuzz.pdf", std::string(reinterpret_cast<const char*>(data), size));
  if (document.ok()) fuzz::RecoverAndNormalize(*document);
  return 0;
}
