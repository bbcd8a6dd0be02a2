// Fuzz target: text decoding (encoding detection, UTF-16, binary junk) and
// the text extractor's lines, cells, pages and Markdown.
#include "extractors/text_decoder.h"
#include "extractors/text_extractor.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace planrows;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Result<std::string> utf8 = TextDecoder::ToUtf8(bytes);
  if (utf8.ok() && !TextDecoder::IsValidUtf8(*utf8)) fuzz::Fail("decoded text is not UTF-8");
  Result<DocumentText> document = TextExtractor().Extract("fuzz.txt", bytes);
  if (!document.ok()) return 0;
  for (const PageText& page : document->pages) {
    for (const TextLine& line : page.lines) {
      if (line.segments.empty()) fuzz::Fail("a line without cells");
    }
  }
  return 0;
}
