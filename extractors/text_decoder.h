// TextDecoder: turns the bytes of a text file into UTF-8, detecting legacy
// encodings (Windows-1252, ISO-8859-1, UTF-16) with ICU.
#ifndef PLANROWS_EXTRACTORS_TEXT_DECODER_H_
#define PLANROWS_EXTRACTORS_TEXT_DECODER_H_

#include <string>

#include "pipeline/base/result.h"

namespace planrows {

class TextDecoder {
 public:
  // Returns `bytes` as UTF-8. Valid UTF-8 passes unchanged (minus a BOM);
  // anything else is converted from the encoding ICU detects. Fails with
  // InvalidInput when the bytes look like binary data rather than text.
  static Result<std::string> ToUtf8(const std::string& bytes);

  // True when `bytes` is well-formed UTF-8.
  static bool IsValidUtf8(const std::string& bytes);
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_TEXT_DECODER_H_
