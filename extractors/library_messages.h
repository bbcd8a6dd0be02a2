// LibraryMessages: what Poppler says while it reads a document (damaged
// objects, repaired cross-reference tables, ...), collected for the document
// being read on this thread, so that it becomes that document's warnings
// instead of raw lines on stderr. Tesseract's own messages go nowhere
// (PageOcr sends them to /dev/null): planrows reports OCR failures itself.
#ifndef PLANROWS_EXTRACTORS_LIBRARY_MESSAGES_H_
#define PLANROWS_EXTRACTORS_LIBRARY_MESSAGES_H_

#include <string>
#include <vector>

namespace planrows {

class LibraryMessages {
 public:
  // Collects the messages said on this thread until destroyed; a
  // collector started inside another collects for itself meanwhile.
  LibraryMessages();
  ~LibraryMessages();
  LibraryMessages(const LibraryMessages&) = delete;
  LibraryMessages& operator=(const LibraryMessages&) = delete;

  // The messages collected, as warnings: "Poppler: MESSAGE", each once, at
  // most kMaxWarnings of them and then a count of the rest.
  std::vector<std::string> Warnings() const;

  // Notes `message` from library `library` for this thread's collector;
  // dropped when none collects. Called from the libraries' callbacks.
  static void Say(const char* library, const char* message);

 private:
  static constexpr size_t kMaxWarnings = 5;

  std::vector<std::string> messages_;  // Distinct, in the order said.
  size_t dropped_ = 0;                 // Distinct messages beyond kMaxWarnings.
  LibraryMessages* outer_;
};

}  // namespace planrows

#endif  // PLANROWS_EXTRACTORS_LIBRARY_MESSAGES_H_
