// PlanPatterns: the RE2 patterns of rules/patterns.toml that recognise refs,
// section headings, objective lines, labels, bullets, the board and the
// plan period. Compiled once; thread-safe to use.
#ifndef PLANROWS_PIPELINE_RULES_PLAN_PATTERNS_H_
#define PLANROWS_PIPELINE_RULES_PLAN_PATTERNS_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/result.h"

namespace planrows {

// A heading such as "Theme 3 - Child Sexual Exploitation (CSE)".
struct SectionHeading {
  std::string label;   // "Theme", "STRATEGIC PRIORITY".
  std::string number;  // "3"; number words are given as digits.
  std::string title;   // "Child Sexual Exploitation (CSE)"; may be empty.
};

class PlanPatterns {
 public:
  // Reads patterns.toml in `dir`.
  static Result<PlanPatterns> Load(const std::string& dir);

  // True when `text` is a row reference ("1.1", "3.2.", "EH2").
  bool IsRef(std::string_view text) const;
  // True when `text` is a reference in a column known to hold references:
  // any form of IsRef, a plain number, a prefix in any case ("vc1").
  bool IsColumnRef(std::string_view text) const;
  // `text` with the characters OCR reads for digits taken for what they
  // stand for in each word that they make a number, a quarter or a
  // reference: "By end of Ql" gives "By end of Q1", "20l8" gives "2018".
  std::string RepairDigits(std::string_view text) const;
  // `text`, a lead, with the initials and capitals OCR read as a digit, a
  // bar or a lookalike letter put back: "1. Hargreaves" gives "I. Hargreaves",
  // "lfeoma" "Ifeoma", "0. Dewhurst" "O. Dewhurst".
  std::string RepairInitials(std::string_view text) const;
  // `text`, a date, with the hyphen put back that a converter dropped
  // when it joined a date wrapped at it: "Nov16" gives "Nov-16".
  std::string RepairWrapJoinedDate(std::string_view text) const;
  // `text`, a status or timeframe, with the space taken out that a column
  // too narrow for a status word put inside it: "Underw ay" gives
  // "Underway"; `text` when it is a status as it is, or no status either way.
  std::string RepairBrokenStatus(std::string_view text) const;
  // RepairDigits of `text` when that makes it a reference in a reference
  // column's forms ("l.la" gives "1.1a", "2.1¢" gives "2.1c"); else `text`.
  std::string RepairRef(std::string_view text) const;
  // RepairRef of `cell`, a cell of a column of references, which may also
  // be a short prefix whose number OCR read all as letters ("dcl" gives
  // "dc1"; elsewhere such words are words: "Goal", "will"), beside specks
  // OCR read as dashes, end in a comma for its dot ("2.4,"), or be parted
  // at its dot ("P1.: 4" gives "P1.4").
  std::string RepairColumnRef(std::string_view cell) const;
  // The reference that the parts of `text`, a cell of a column of
  // references that is none, make when OCR parted it with spaces ("3. 4.")
  // or read the ruling beside it as a glyph ("2.1. I"); empty when none.
  std::string JoinRefParts(std::string_view text) const;
  // True when `text` is the capitals a reference in a reference column's
  // forms starts with, alone ("VC", "CSE"), its number to follow.
  bool IsRefCapitals(std::string_view text) const;
  // `letters` with a capital that OCR read twice, as itself and in lower
  // case ("Pp"), read once ("P"); other text as it is.
  static std::string UndoubledCapital(std::string_view letters);
  // The reference that a prefix of letters ("SA") or of numbers ending
  // in a dot ("1.") and the number on the line under it ("1"), or a
  // reference and the letter under it ("1.1" over "a"), or a reference of
  // letters and a number and the digits under it ("WF1" over "0"), make
  // when a narrow column wrapped one reference ("SA 1", "sa1", "1.1",
  // "1.1a", "WF10") over two lines; empty when they make none. Capitals
  // stand apart from their number unless `cuts_words` says the column cut
  // words that did not fit ("SA" over "1" is "SA1").
  std::string JoinWrappedRef(std::string_view prefix, std::string_view number, bool cuts_words = false) const;
  // True when `text` is only a rating or status word ("Amber", "On track").
  bool IsStatusCell(std::string_view text) const;
  // `text` if it is a section heading.
  std::optional<SectionHeading> MatchSection(std::string_view text) const;
  // True when `text` is only a page number ("12", "Page 3 of 9").
  bool IsPageNumber(std::string_view text) const;
  // True when `text` heads the plan's back matter ("Appendix 1 - Glossary", "Annex B").
  bool IsAppendixHeading(std::string_view text) const;
  // True when `text` starts with a section label word ("Area", "Priority").
  bool StartsWithSectionLabel(std::string_view text) const;
  // The number and text of a numbered list item ("2. The child's voice").
  bool MatchNumberedItem(std::string_view text, std::string* number, std::string* title) const;
  // The number and text of a numbered heading as OCR reads it, its mark
  // after the number dropped or misread ("1 Early help", "2, Neglect").
  bool MatchOcrNumberedItem(std::string_view text, std::string* number, std::string* title) const;
  // The ref and text of a line that starts with a reference ("1.2 DSCB identifies...").
  bool MatchRefLine(std::string_view text, std::string* ref, std::string* rest) const;
  // The ref and the action of an action cell that starts with its row's
  // reference ("A2. Agree the protocol"): a reference in any of a column's
  // forms, then the action from its capital.
  bool MatchActionRef(std::string_view text, std::string* ref, std::string* rest) const;
  // MatchActionRef of `text` past the bullet it may start with ("- A2. Agree ...").
  bool MatchBulletedActionRef(std::string_view text, std::string* ref, std::string* rest) const;
  // The reference, or the capitals of one a narrow column wrapped ("VC"),
  // that starts the cell `text`, and the words after it, when they start
  // with a capital: the next cell's text run into the reference's cell,
  // one space between them ("VC Young carers are heard").
  bool SplitRunOnRef(std::string_view text, std::string* ref, std::string* rest) const;
  // True when `text` opens with a verb an action starts with, before a
  // word in lower case ("Review the audit tool"): a cell that says what is
  // to be done.
  bool StartsAction(std::string_view text) const;
  // StartsAction for `text` past the bullet it may open with ("• Agree the ...").
  bool OpensAction(std::string_view text) const;
  // True when `text` heads a narrative list of actions ("What we will do").
  bool IsNarrativeActionHeading(std::string_view text) const;
  bool IsLeadLabel(std::string_view text) const;
  bool IsHowLabel(std::string_view text) const;
  bool IsMeasureLabel(std::string_view text) const;
  // True when the whole of `cell` is a bullet glyph, or what OCR reads for one.
  bool IsBulletCell(std::string_view cell) const;
  // True when `word` is a dash that plans' own words set between them
  // (rules `text_dashes`: "–" of "Board – Annual report"), no bullet.
  bool IsTextDash(std::string_view word) const;
  // Length in bytes of the bullet marker `text` starts with; 0 if none.
  size_t BulletLength(std::string_view text) const;
  // Length in bytes, with its space, of a glyph that OCR read for a bullet
  // (IsBulletCell), a word apart from the capital after it ("e Publish"),
  // that `text` starts with; 0 if none.
  size_t OcrBulletLength(std::string_view text) const;
  // The board named in `text` ("... Local Safeguarding Children Board"), or "".
  std::string FindBoard(std::string_view text) const;
  // The plan period named in `text` ("Business Plan 2015 - 2017"); false if
  // none, or if the pattern captured anything but years of up to four digits.
  bool FindPeriod(std::string_view text, int* start, int* end) const;
  // `token` with every OCR lookalike swapped for what it stands for.
  std::string SwapLookalikes(std::string_view token) const;

 private:
  std::shared_ptr<const RE2> ref_, column_ref_, status_cell_, section_, section_label_, page_number_, bullet_cell_,
      numbered_item_, ref_line_, narrative_, lead_label_, action_ref_, how_label_, measure_label_, bullet_, board_,
      period_, ocr_numbered_item_, ocr_initial_, ocr_capital_i_, ocr_initial_o_, wrap_joined_date_, action_start_,
      appendix_heading_;
  std::vector<std::string> number_words_;
  std::vector<std::string> text_dashes_;
  std::vector<std::pair<std::string, std::string>> ocr_lookalikes_;  // Misread, meant.
};

}  // namespace planrows

#endif  // PLANROWS_PIPELINE_RULES_PLAN_PATTERNS_H_
