// InputFiles: expands the paths given to `planrows ingest` into the list of
// plan documents to read: files as given, directories searched recursively
// for the extensions planrows reads.
#ifndef PLANROWS_PIPELINE_INGEST_INPUT_FILES_H_
#define PLANROWS_PIPELINE_INGEST_INPUT_FILES_H_

#include <string>
#include <vector>

namespace planrows {

struct InputFiles {
  std::vector<std::string> files;   // In a stable order: as given, directory entries sorted.
  std::vector<std::string> errors;  // One line per path that could not be read, naming it.

  // Collects the documents under `paths`.
  static InputFiles Collect(const std::vector<std::string>& paths);

  // True when `path` has an extension planrows reads (.txt, .md, .pdf), in any case.
  static bool IsPlanFile(const std::string& path);
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_INGEST_INPUT_FILES_H_
