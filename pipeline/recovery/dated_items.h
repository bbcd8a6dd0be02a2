// DatedItems: the items of a list of running words (CellGrouper), as its
// cell grows a word at a time, and how many differ from the first in
// holding a year: dated steps ("Draft by May 2019") are no items of a list
// of undated actions.
#ifndef PLANROWS_PIPELINE_RECOVERY_DATED_ITEMS_H_
#define PLANROWS_PIPELINE_RECOVERY_DATED_ITEMS_H_

#include <cstddef>

namespace planrows {

class DatedItems {
 public:
  // A bullet starts the next item.
  void Start() {
    unlike_ += items_ > 1 && dated_ != first_dated_;
    if (items_ == 1) first_dated_ = dated_;
    ++items_;
    dated_ = false;
  }
  // A word of the item so far, `dated` when it holds a year or a date of digits ("Q2").
  void Add(bool dated) { dated_ = dated_ || dated; }
  // How many items after the first are unlike it, the one so far too.
  size_t Unlike() const { return unlike_ + (items_ > 1 && dated_ != first_dated_); }

 private:
  size_t items_ = 1;
  size_t unlike_ = 0;
  bool dated_ = false;
  bool first_dated_ = false;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_DATED_ITEMS_H_
