// SectionTracker: follows the theme / priority / area headings of a plan
// and tells which section a row sits under, from the headings seen so far
// and the row's reference ("2.3" sits under section "2").
#ifndef PLANROWS_PIPELINE_RECOVERY_SECTION_TRACKER_H_
#define PLANROWS_PIPELINE_RECOVERY_SECTION_TRACKER_H_

#include <map>
#include <string>
#include <vector>

#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class SectionTracker {
 public:
  // Records an item of a numbered list ("2. The child's voice and journey"),
  // whose text names section "2" should its table lack a heading. The first
  // item seen for a number wins.
  void NoteNumberedItem(const std::string& number, const std::string& title);

  // Enters the section of `heading`, printed as `printed`; it closes open
  // sections as deep as it or deeper.
  void Enter(const SectionHeading& heading, const std::string& printed);

  // True when the last heading entered had no title on its own line.
  bool AwaitingTitle() const;
  // Gives the last heading entered its title (from the line below it).
  void SetTitle(const std::string& title);

  // The section of a row with reference `ref` (may be empty).
  SectionContext Resolve(const std::string& ref) const;

  // Number of components of the deepest open section's number; 0 if none.
  int Depth() const;

 private:
  struct Heading {
    std::string number;
    std::string title;
    std::string printed;
    int depth = 0;
  };

  std::vector<Heading> open_;
  std::map<std::string, std::string> numbered_items_;
  bool awaiting_title_ = false;
};

// The parent of a reference: "2.3" gives "2", "1.1.4" gives "1.1", "EH2" gives "".
std::string ParentRef(const std::string& ref);
// The number of dot-separated components of a reference ("1.1.4" gives 3).
int RefDepth(const std::string& ref);

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_SECTION_TRACKER_H_
