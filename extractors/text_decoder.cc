#include "extractors/text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace planrows {
namespace {

// Share of control bytes (other than tab, newline, carriage return and form
// feed) above which input is taken for binary junk rather than text.
constexpr double kMaxControlShare = 0.02;

bool LooksBinary(const std::string& bytes) {
  if (bytes.find('\0') != std::string::npos) return true;
  size_t controls = 0;
  for (unsigned char c : bytes) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return controls > kMaxControlShare * static_cast<double>(bytes.size());
}

bool HasUtf16Bom(const std::string& bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                               (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

// The charset ICU considers most likely, or "windows-1252" when it has no
// confident answer: converters of Word documents mostly wrote that.
std::string DetectCharset(const std::string& bytes) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&error),
                                                                      &ucsdet_close);
  if (U_FAILURE(error)) return "windows-1252";
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &error);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &error);
  if (U_FAILURE(error) || match == nullptr) return "windows-1252";
  const char* name = ucsdet_getName(match, &error);
  if (U_FAILURE(error) || name == nullptr) return "windows-1252";
  std::string charset = name;
  // Latin-1 text with curly quotes or dashes is really Windows-1252, which is
  // a superset; reading it as such loses nothing.
  if (charset == "ISO-8859-1" || charset == "UTF-8") return "windows-1252";
  return charset;
}

}  // namespace

bool TextDecoder::IsValidUtf8(const std::string& bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

Result<std::string> TextDecoder::ToUtf8(const std::string& bytes) {
  if (HasUtf16Bom(bytes)) {
    icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "UTF-16");
    std::string out;
    text.toUTF8String(out);
    if (!out.empty() && out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);
    return out;
  }
  if (LooksBinary(bytes)) return Status::InvalidInput("binary data, not text");
  if (IsValidUtf8(bytes)) {
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) return bytes.substr(3);
    return bytes;
  }
  std::string charset = DetectCharset(bytes);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  if (text.isBogus()) return Status::InvalidInput("unknown text encoding " + charset);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace planrows
