// BlockOwners: reads the leads and dates that pdftotext's default mode
// prints right below a block of actions led by their references, where a
// table printed column by column puts the owner cells of the block's rows
// next, row by row, each row's lead, date and status left to right:
//
//   QA 1 Update the audit calendar        <- a block of two actions
//   QA 2 Agree the review tracker
//
//   Harbour Office                        <- QA 1's lead and date
//   28/02/2029
//   T. Abara, G. Lin                      <- QA 2's
//   31/10/2029
//
// The owner columns' headings ("Owner and deadline", "Progress note") may
// stand between the block and its cells: the converter printed them with
// them, and they say the columns' order (else lead, date, then status). A
// row may lack any of its cells: a cell of a column not right of the one
// before starts the next row, so "31/05/2028, Amber, Harbour Office,
// 30/06/2028" are two rows' cells. The rows go to the block's actions in
// order only when there are as many of them as actions: elsewhere they may
// belong to rows of other blocks, and a wrong lead is worse than none.
// A block of one action may be followed instead by its own row's cells, a
// paragraph each, as pdftotext prints a table row by row:
//
//   CE 1: Update the lines awareness sessions
//
//   Draft by May 2027                     <- a cell that is none of these
//
//   Harbour Office                        <- its lead, date and status
//
//   Q1 2027/28
//
//   Behind schedule
//
//   CE 2: ...
//
// up to the next action or reference alone on its line: they are its lead,
// date and status when they hold one lead, at most one date and one status,
// each told by its kind. A second cell of a kind starts the next row's
// cells: the first row's are the action's where its lead comes first, as
// pdftotext writes a row's cells after its action; a date or a status
// before the lead may end the row above, and those cells stay unread. A
// lead's cell that ends in its date ("Maternity Services" over "June
// 2016", a "Who / when" column's) holds the row's lead and date, where no
// other date stands beside it.
#ifndef PLANROWS_PIPELINE_RECOVERY_BLOCK_OWNERS_H_
#define PLANROWS_PIPELINE_RECOVERY_BLOCK_OWNERS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/recovery/cell_kind.h"
#include "pipeline/recovery/plan_line.h"
#include "pipeline/recovery/row_fields.h"
#include "pipeline/rules/recovery_rules.h"

namespace planrows {

class BlockOwners {
 public:
  // A reader by `rules`, which must outlive it.
  explicit BlockOwners(const RecoveryRules& rules) : rules_(rules), classifier_(rules) {}

  // Gives each action of the block `(*actions)[first]` on, whose last line
  // is just above line `next` of `lines`, the lead, date and status of the
  // owner cells from `next` on, row by row in order (Read), when they make
  // as many rows as there are actions, each with a lead or a date, or to a
  // block of one action its row's cells (FillFromRowCells); leaves them as
  // they are else.
  void Fill(const std::vector<PlanLine>& lines, size_t next, std::vector<RowFields>* actions, size_t first) const;

 private:
  // A row's owner cells: a lead, a date and a status, each empty when the row has none.
  struct Owner {
    std::string lead;
    std::string date;
    std::string status;
  };
  // One owner cell: a lead, a date or a status, and its text.
  struct OwnerCell {
    CellKind kind;
    std::string text;
  };
  // Cells' texts by their kinds.
  using CellsByKind = std::map<CellKind, std::vector<std::string>>;
  // The owners of the rows whose cells follow line `i` of `lines` on
  // `page`, the owner columns' headings among them, up to the first line
  // that starts none or a heading naming a column again: pdftotext writes
  // a row's cells left to right (the headings' order, else lead, date,
  // then status), so a cell of a column not right of the one before
  // starts the next row.
  std::vector<Owner> Read(const std::vector<PlanLine>& lines, const PageText* page, size_t i) const;
  // The owner cells from line `i` of `lines` on `page` on, their columns'
  // headings among them, up to the first line that starts none or a
  // heading naming a column again or after its cells; `*order` the kinds
  // of the owner columns left to right (Read).
  std::vector<OwnerCell> ReadCells(const std::vector<PlanLine>& lines, const PageText* page, size_t i,
                                   std::vector<CellKind>* order) const;
  // True when lines `begin` to `end` of `lines`, a paragraph whose text
  // reads as a date or a status (`kind`), are one cell wrapped, not a cell
  // a line.
  bool IsOneCell(const std::vector<PlanLine>& lines, size_t begin, size_t end, CellKind kind) const;
  // The kinds of the owner columns a heading from line `*i` of `lines` on
  // `page` names (a lead's, a date's, both's or a progress column's), `*i`
  // set past it; none, `*i` as it was, where no heading of one starts there.
  std::vector<CellKind> HeadingAt(const std::vector<PlanLine>& lines, const PageText* page, size_t* i) const;
  // The owner cell from line `*i` of `lines` on `page` on, which `*i` is
  // set past: a date or a status, a line or a paragraph of its own, or a
  // lead's few lines; none where the text there is no owner's.
  std::optional<OwnerCell> NextCell(const std::vector<PlanLine>& lines, const PageText* page, size_t* i) const;
  // True when `line` on `page` may hold an owner's text: no heading, page
  // furniture, section heading nor reference.
  bool IsOwnerLine(const PlanLine& line, const PageText* page) const;
  // True when `text` starts with a reference and is no date.
  bool StartsRef(const std::string& text) const;
  // True when `line`, on `page`, may be one line of a lead.
  bool IsLeadLine(const PlanLine& line, const PageText* page) const;
  // True when `text` is a reference alone on its line ("P4.3"), as
  // pdftotext writes a row's reference a paragraph of its own.
  bool IsRefAlone(const std::string& text) const;
  // The paragraphs of `lines` on `page` from line `i` up to the next
  // action, reference or section, or up to the second lead, date or status
  // of a kind (the next row's), by kind; nothing when a column's heading or
  // a lead interleaved with a date is among them, as cells of several
  // columns mix, or where the next row's cells follow a first row whose
  // first owner cell is no lead.
  std::optional<CellsByKind> RowCells(const std::vector<PlanLine>& lines, const PageText* page, size_t i) const;
  // True when `text` is a lead and the date that ends it ("HLSCB Business
  // Unit March 2022"), as a "Lead & Completion Date" cell prints them.
  bool IsLeadAndDate(const std::string& text) const;
  // Gives `*action` the cells of `owner`, its row's; where the row has a
  // lead or a date alone that holds both, a lead and the date that ends it
  // ("HLSCB Business Unit March 2022", a "Lead & Completion Date" cell),
  // it is the row's lead and date, which the finisher parts.
  void Give(Owner owner, RowFields* action) const;
  // Gives `*action` the lead, date and status of its row's cells from
  // line `i` of `lines` on `page` (RowCells), when they hold one lead, at
  // most one date (none beside a lead that ends in its own) and one
  // status, and no reference; false, changing nothing, when they do not.
  bool FillFromRowCells(const std::vector<PlanLine>& lines, const PageText* page, size_t i,
                        RowFields* action) const;

  const RecoveryRules& rules_;
  CellClassifier classifier_;
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RECOVERY_BLOCK_OWNERS_H_
