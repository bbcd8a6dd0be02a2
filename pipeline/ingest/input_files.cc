#include "pipeline/ingest/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace planrows {
namespace fs = std::filesystem;

bool InputFiles::IsPlanFile(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".pdf";
}

InputFiles InputFiles::Collect(const std::vector<std::string>& paths) {
  InputFiles out;
  for (const std::string& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      out.errors.push_back(path + ": no such file or directory");
    } else if (fs::is_directory(status)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
      for (; !error && it != end; it.increment(error)) {
        if (it->is_regular_file(error) && IsPlanFile(it->path().string())) found.push_back(it->path().string());
      }
      if (error) out.errors.push_back(path + ": " + error.message());
      std::sort(found.begin(), found.end());
      out.files.insert(out.files.end(), found.begin(), found.end());
    } else {
      out.files.push_back(path);  // Named explicitly: read whatever its extension.
    }
  }
  return out;
}

}  // namespace planrows
