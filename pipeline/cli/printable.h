// Printable: text from files and file names made safe to print as part of
// one line of a terminal or a log.
#ifndef PLANROWS_PIPELINE_CLI_PRINTABLE_H_
#define PLANROWS_PIPELINE_CLI_PRINTABLE_H_

#include <string>
#include <string_view>

namespace planrows {

// `text` with its control characters (U+0000 to U+001F and U+007F: line
// breaks, tabs, escape sequences) written as C escapes ("\n", "\t", "\x1b"),
// so that a file name with a newline stays on its line and sends the
// terminal nothing. Other bytes pass as they are.
std::string Printable(std::string_view text);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_CLI_PRINTABLE_H_
