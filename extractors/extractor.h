// Extractor: reads one input file into DocumentText. One implementation per
// input kind (text, PDF, scanned PDF); later stages never see which one ran.
#ifndef PLANROWS_EXTRACTORS_EXTRACTOR_H_
#define PLANROWS_EXTRACTORS_EXTRACTOR_H_

#include <string>

#include "extractors/page_text.h"
#include "pipeline/base/result.h"

namespace planrows {

class Extractor {
 public:
  virtual ~Extractor() = default;

  // Reads the document held in `bytes` (the content of the file at `path`,
  // which names it in errors). Fails with InvalidInput for junk or empty
  // input, Unsupported for input this extractor cannot read.
  virtual Result<DocumentText> Extract(const std::string& path, const std::string& bytes) = 0;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_EXTRACTOR_H_
