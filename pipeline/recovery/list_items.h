// ListItems: gathers the items of a bulleted list, folding each nested
// bullet into the item above it ("This includes; Children on CP plans; ...")
// and each wrapped line into the item it continues.
#ifndef PLANROWS_PIPELINE_RECOVERY_LIST_ITEMS_H_
#define PLANROWS_PIPELINE_RECOVERY_LIST_ITEMS_H_

#include <string>
#include <vector>

#include "pipeline/recovery/plan_line.h"
#include "pipeline/rules/plan_patterns.h"

namespace planrows {

class ListItems {
 public:
  struct Item {
    std::string text;
    const PlanLine* first_line = nullptr;
    double text_indent = 0;  // Where its text starts on its first line, after any bullet.
  };

  explicit ListItems(const PlanPatterns& patterns) : patterns_(patterns) {}

  // Adds `line` (which must outlive this object): a bullet at or left of the
  // first bullet's indent starts an item; a deeper bullet, or a bullet set
  // right of the text of an item without one or under an item that ends
  // with a colon, joins the item above with "; " (a space after a colon);
  // other text starts an item when `new_item_if_plain`, else continues the
  // item above.
  void Add(const PlanLine& line, bool new_item_if_plain);

  // True when `line` starts with a bullet marker, or, on a page read by
  // OCR, with a glyph alone before a capital, as OCR reads a bullet
  // ("« Publish", "e Review").
  bool IsBullet(const PlanLine& line) const;

  const std::vector<Item>& items() const { return items_; }
  std::vector<Item>& items() { return items_; }

 private:
  // Bytes of the line's joined text taken by its bullet; 0 if it has none.
  size_t BulletLength(const PlanLine& line) const;
  // Where the text of `line` starts, after a bullet of `bullet` bytes.
  static double TextIndent(const PlanLine& line, size_t bullet);

  const PlanPatterns& patterns_;
  std::vector<Item> items_;
  double base_indent_ = -1;     // Indent of top-level bullets, once seen.
  bool last_item_plain_ = false;  // The last item started without a bullet.
  double sub_indent_ = -1;        // Indent of the bullets under the last item, which has none.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_LIST_ITEMS_H_
