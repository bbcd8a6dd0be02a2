#include "pipeline/recovery/cell_grouper.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string_view>

#include "pipeline/recovery/dated_items.h"
#include "pipeline/recovery/dated_step_runs.h"
#include "pipeline/recovery/open_sentence.h"
#include "pipeline/recovery/running_words.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

constexpr double kImpossible = -std::numeric_limits<double>::infinity();
// Every cell costs this much, so that prose is not cut into more cells than
// the evidence asks for.
constexpr double kCellCost = 1;
// A piece that is a status word or a reference inside a longer cell.
constexpr double kWholeCellInsideCost = 1;
// A status word on a line of its own that ends a longer cell of prose, in a
// table whose last column is the progress one: a row's last lines are then a
// prose cell's end and the status cell after it ("... within twelve months"
// over "Amber"), seldom a note ending on its status.
constexpr double kStatusEndsCellCost = 2;
// Evidence that two pieces belong to one cell: the second goes on in lower
// case, or the first ends on a joining word.
constexpr double kContinuationBonus = 1;
// A line wrapped to its column's width that would still have had room for
// the next line's first word: the cell ended there.
constexpr double kRoomLeftCost = 1.5;
// The same where the lines were all wrapped to one width, at least their
// block's longest line, and nothing says the line goes on: the word had
// room there, so the cell ended (finite only so that a block cut into a
// set number of cells still reads).
constexpr double kRoomLeftInBlockCost = 4;
// A sentence that ends before a capital, or a line that starts with a
// capital after one that does not end on a joining word: likely cell ends.
constexpr double kSentenceEndCost = 0.5;
constexpr double kCapitalStartCost = 0.5;
constexpr double kItemAsOutcome = -1;  // Fit of an action's item ("Review the ...") as an outcome.
// Among running words, what a cell that says what is to be done costs as an
// outcome: a row that prints no outcome of its own (merged over the rows
// above it) opens on its action, whose words fit an outcome as well.
constexpr double kActionAsOutcomeCost = 0.5;
// Among running words, a sentence that ends before a capital: a new
// sentence, which may be of the same cell.
constexpr double kNewSentenceCost = 0.25;
// A wrapped line of names that ends on a post's or body's last word
// ("Adviser", "Forum"), or in a block of one width on a person's name after
// an initial ("K Rees"), before a line that does not go on from it: the
// name is whole. (Between the parts of a row split at " / " it says nothing.)
constexpr double kWholeNameCost = 0.5;
// Parts of a row split at a separator joined in one cell, but for two
// names: a separator inside a cell parts names ("M Rees / Police"), seldom
// anything else.
constexpr double kJoinedPartsCost = 1;
// An action cell, not a list's item, that opens with an action's verb, in
// a block of one column's lines where a capital may start a new sentence
// or a new cell alike: it likelier starts a cell than goes on from the line
// above.
constexpr double kVerbLedBonus = 0.5;
// A bullet inside a cell of running words, or of one column's block, that does not start with one.
constexpr double kStrayBulletCost = 2;
// In one column's block, a cell that is one bulleted item cut from a run of them ("• Map the rota" before
// "• Test the rota"): a writer bullets a list of two items or more, so the run's cut leaves each cell two.
constexpr double kLoneItemCost = 1;
// A cell of running words that starts inside a date.
constexpr double kDateCutCost = 2;
// A cell of running prose that ends on a full stop before a new sentence:
// cells of prose end without one more often than with one, so the next
// sentence most likely goes on in the same cell ("... the sector. | The
// work links to ..."); worth more than the cell its sentences would fill.
constexpr double kStopEndCost = 1;
// A cell of running words that starts or ends on a joining word, or of
// lines wrapped to one width that ends on one.
constexpr double kJoinerEdgeCost = 1;
// A cell of running text, or of wrapped lines, that starts with a word in
// lower case or on a separator ("/ J Rees"): it goes on from a line above.
constexpr double kLowerStartCost = 1;
// The same among running words, where no line's end shows where a cell
// ended: a cut before a word in lower case parts a phrase ("Delayed | until
// the new system is live").
constexpr double kLowerWordStartCost = 2;
// An action cell that does not start with a reference, in a table whose
// action cells start with them.
constexpr double kUnledActionCost = 4;
// Among running words, a status letter cut from the surname after it
// ("G | Bramwell"): likelier the person's initial than a status.
constexpr double kInitialCutCost = 2;
// A cell that takes lines of a list of dated steps, in a column that holds
// no milestones (an action, a lead, a date) or with other lines.
constexpr double kMisplacedStepsCost = 2.5;
// A lead cell among running words that runs prose into a name ("Steps
// repainted Parish Council"): the prose is the cell's before it.
constexpr double kProseIntoNameCost = 1;

// True when the line `text` goes on from the line above: it starts in lower case or on a separator ("/ J Rees").
bool GoesOnFromAbove(const std::string& text) {
  return CellText::StartsLower(text) || CellText::StartsMidPhrase(text);
}

size_t FirstWordLength(const std::string& text) {
  return CellText::PrintedWidth(std::string_view(text).substr(0, text.find(' ')));
}

}  // namespace

CellGrouper::CellGrouper(const CellFit& cell_fit, std::vector<std::optional<Column>> columns, Options options)
    : cell_fit_(cell_fit), columns_(std::move(columns)), options_(std::move(options)) {
  for (size_t c = 0; c < columns_.size(); ++c) {
    if (columns_[c] == Column::kRef && ref_column_ < 0) ref_column_ = static_cast<int>(c);
  }
}

double CellGrouper::Fit(size_t column, const CellFit::Reading& reading) const {
  // Where a row's wrapped lines run across columns and join into cells, a line that says what is to be done,
  // not what is hoped for, is an item of an action cell of several; in one column's block it tells nothing.
  const bool action_as_outcome = columns_[column] == Column::kOutcome && reading.starts_action;
  if (LinesRunAcross() && action_as_outcome) return kItemAsOutcome;
  // Dated steps tell a milestones cell among running words (a run-on
  // paragraph); among lines (`pdftotext -raw`) the same fit moved as many
  // rows wrong as right when measured, so there they read as any text does.
  CellFit::Reading read = reading;
  read.dated_steps = read.dated_steps && options_.running_words;
  double fit = columns_[column] ? cell_fit_.Fit(*columns_[column], read) : cell_fit_.FitUnknown(read);
  return fit - (options_.running_words && action_as_outcome ? kActionAsOutcomeCost : 0);
}

double CellGrouper::JoinScore(const std::string& above, const std::string& next, bool prose, bool full) const {
  double score = 0;
  // Most words of running text are in lower case: that a word is tells
  // nothing of where its cell ends, as it does for a line.
  const bool goes_on = GoesOnFromAbove(next);
  if (!options_.running_words && (goes_on || CellText::EndsMidPhrase(above))) score += kContinuationBonus;
  // A name goes on past its initial ("L. Achterberg"), which a dot marks
  // apart from a status letter ("A") among running words.
  if (options_.running_words && !above.empty() && above.back() == '.' && cell_fit_.IsInitial(above)) {
    score += kContinuationBonus;
  }
  if (!prose && options_.wrapped_lines) {
    // A post's word that opens the next line goes on the post above ("Consultant" over "Paediatrician").
    bool post_goes_on = cell_fit_.CompoundsPost(above, next);
    bool name_goes_on = cell_fit_.StartsWithNameEnd(next) || post_goes_on;
    // Only a block of one column's names is sure to go on in names: elsewhere the next line may be any cell.
    // There a person's name ends its lead, but for two words that start a body's name ("Coastguard Rescue"
    // over "Unit").
    bool first_and_surname = cell_fit_.EndsOnFirstAndSurname(above) && !name_goes_on;
    bool whole_person = options_.one_width && (cell_fit_.EndsOnInitialledName(above) || first_and_surname);
    if (!goes_on && !post_goes_on && (cell_fit_.EndsName(above) || whole_person)) score -= kWholeNameCost;
    // A name wrapped after an initial, or before the word that ends it, goes on; in a block of names, so
    // does one cut short after a slash ("Harbour Police/Morwenna") or a word that qualifies the next ("Case").
    bool cut_short = options_.one_width && (cell_fit_.EndsOnPartedWord(above) || cell_fit_.EndsOnQualifier(above));
    if (cell_fit_.EndsOnInitial(above) || name_goes_on || cut_short) score += kContinuationBonus;
  }
  // A line filled to its block's width would have ended there whether or
  // not its cell did: a sentence ending there tells nothing (the cell may
  // go on with the next). A capital past a line that ended mid-sentence
  // still does, full or not, as prose goes on in lower case.
  const bool ends_sentence = CellText::EndsSentence(above);
  if (full && ends_sentence) return score + kContinuationBonus;
  const bool capital = std::isupper(static_cast<unsigned char>(next[0]));
  // Among running words, a sentence that ends before a capital may go on
  // with the next in one cell ("... agencies. The Unit will ..."), as a
  // capital inside a sentence seldom does but for a name: cells of prose
  // end without a full stop more often than with one.
  if (options_.running_words && prose && ends_sentence && capital) return score - kNewSentenceCost;
  if (ends_sentence && !goes_on) score -= kSentenceEndCost;
  // Names of people and bodies start with capitals; prose lines go on in lower case.
  if (prose && capital && !CellText::EndsMidPhrase(above)) score -= kCapitalStartCost;
  return score;
}

std::vector<double> CellGrouper::CellScores(const std::vector<std::string>& pieces,
                                            const std::vector<bool>& cell_starts) const {
  const size_t n = pieces.size(), columns = columns_.size(), longest = options_.max_cell_pieces;
  std::vector<CellKind> kinds;
  std::vector<bool> noise, bullet;
  std::vector<bool> joiner;    // A joining word in lower case ("and", "of").
  std::vector<bool> dated;     // A running word that dates its item.
  std::vector<bool> numeral;   // A line that opens with a number that starts no action ("11 self-").
  std::vector<std::string> clean;  // Each piece cleaned once; cells grow from them.
  const std::vector<bool> ref_led = RefLedPieces(pieces);
  const bool ref_led_table = std::find(ref_led.begin(), ref_led.end(), true) != ref_led.end();
  // Where the progress column is the last, a row's cells end on its status.
  const bool status_last = columns > 0 && columns_.back() == Column::kProgress;
  for (const std::string& piece : pieces) {
    const bool slash = IsJoiningSlash(piece);
    clean.push_back(slash ? piece : CellText::IsNoise(piece) ? std::string() : CellText::Clean(piece));
    kinds.push_back(KindOf(clean.back()));
    // A blank line is an empty cell; a dash or bullet among running words is a word.
    noise.push_back(!options_.running_words && CellText::IsNoise(piece));
    // Among running words a dash is a word; only a glyph cleaning drops is a bullet.
    bullet.push_back(options_.running_words ? !slash && !piece.empty() && CellText::Clean(piece).empty()
                                            : cell_fit_.patterns().BulletLength(piece) > 0);
    joiner.push_back(slash || (CellText::StartsLower(piece) && CellText::EndsMidPhrase(piece)));
    size_t at = clean.size() - 1;
    dated.push_back(options_.running_words && DatesItem(clean[at]));
    std::string ref, rest;
    numeral.push_back(options_.wrapped_lines && std::isdigit(static_cast<unsigned char>(clean[at][0])) &&
                      kinds[at] != CellKind::kRef && !cell_fit_.patterns().MatchBulletedActionRef(piece, &ref, &rest));
  }
  const std::vector<bool> mid_date = MidDateWords(clean);
  // The pieces of a bulleted run: a bullet's line and those that go on from it in lower case.
  std::vector<bool> in_list(n, false);
  for (size_t k = 0; k < n; ++k) {
    in_list[k] = bullet[k] || (k > 0 && in_list[k - 1] && CellText::StartsLower(pieces[k]));
  }
  // Where a row's lines run across columns, a list of dated steps is a cell of its own, in a column no rule
  // names or an extra one ("Milestones"): no lead, date or action, nor a row's start (DatedStepRuns).
  auto holds_milestones = [](const std::optional<Column>& column) { return !column || column == Column::kExtra; };
  const bool step_column = std::any_of(columns_.begin(), columns_.end(), holds_milestones);
  std::vector<bool> steps(n, false);
  if (LinesRunAcross() && step_column) steps = DatedStepRuns(cell_fit_, clean);
  // Without a block's width, a cell's widest line is all that shows its column's width.
  const size_t block_width = BlockWidth(pieces);
  std::vector<double> scores(n * longest * columns, kImpossible);
  auto at = [&](size_t begin, size_t end, size_t column) -> double& {
    return scores[(begin * longest + end - begin - 1) * columns + column];
  };
  for (size_t begin = 0; begin < n; ++begin) {
    if (noise[begin]) {  // A blank line is an empty cell of its own.
      for (size_t column = 0; column < columns; ++column) at(begin, begin + 1, column) = Fit(column, {});
      continue;
    }
    // The cell [begin, end) grows a piece at a time; what its joins say is
    // summed as it grows.
    std::string text;
    size_t width = block_width, inside = 0, bullets = 0, stray_bullets = 0;
    bool list = bullet[begin];  // The cell is a bulleted list so far.
    double prose_joins = 0, name_joins = 0, parts_joined = 0;
    bool holds_steps = false, all_steps = true;  // The cell takes a line of a list of dated steps; only them.
    size_t verb_items = 0;  // Lines after the first that open with an action's verb ("Embed the ...").
    DatedItems items;
    // Per join: the width the line above needed to take the next word; apart
    // for joins where the lines show no sign of going on (a capital after a
    // line that ends on no joining word), and, outside a block of one width,
    // for joins where a date opens a line of its own under a line of names
    // (`date_needs`).
    std::vector<size_t> needs, bare_needs, date_needs;
    for (size_t end = begin + 1; end <= n && end - begin <= longest; ++end) {
      size_t k = end - 1;
      // A blank line, or a reference where a table has a column for them, is no part of a longer cell.
      if (k > begin && (noise[k] || (kinds[k] == CellKind::kRef && ref_column_ >= 0))) break;
      if (k > begin && kinds[begin] == CellKind::kRef && ref_column_ >= 0) break;
      // Where action cells start with references, a piece that does starts a cell; so does one its reader parted.
      if (k > begin && (ref_led[k] || (!cell_starts.empty() && cell_starts[k]))) break;
      Append(pieces, begin, k, clean[k], block_width, &text);
      holds_steps = holds_steps || steps[k];
      all_steps = all_steps && steps[k];
      width = std::max(width, CellText::PrintedWidth(pieces[k]));
      // In a block of one width, a status in lower case under a line of the cell is the tail of a wrapped
      // note ("Post vacant; recruitment" over "under way"), not a status of its own.
      bool tail = options_.one_width && k > begin && CellText::StartsLower(pieces[k]);
      bool status = kinds[k] == CellKind::kStatus && !tail;
      inside += status || kinds[k] == CellKind::kRef;
      if (k > begin) {
        size_t need = CellText::PrintedWidth(pieces[k - 1]) + 1 + FirstWordLength(pieces[k]);
        bool full = block_width > 0 && need > block_width;
        // A date cut before its year ("Panel - Jul" over "2016 and then annually") goes on.
        double cut_date = options_.wrapped_lines && cell_fit_.CutsDateBeforeYear(pieces[k - 1], pieces[k]);
        prose_joins += JoinScore(pieces[k - 1], pieces[k], true, full) + kContinuationBonus * cut_date;
        verb_items += cell_fit_.patterns().StartsAction(pieces[k]);
        // In a block of one width, a person's name wrapped after its initial ("Policing, O" over "Jagger") ends
        // as the line after it does.
        bool wrapped_name = options_.one_width && k - 1 > begin;
        std::string names_above = wrapped_name ? pieces[k - 2] + " " + pieces[k - 1] : pieces[k - 1];
        name_joins += JoinScore(names_above, pieces[k], false, full) + kContinuationBonus * cut_date;
        // In a block of names, a cell opening with a first name over its surname goes on ("Morwenna"/"Pascoe").
        bool first_name = options_.one_width && k - 1 == begin && cell_fit_.IsFirstNameOver(pieces[begin], pieces[k]);
        if (first_name && (begin == 0 || !cell_fit_.EndsCutShort(pieces[begin - 1]))) name_joins += kContinuationBonus;
        bool names = kinds[k] == CellKind::kLead && kinds[k - 1] == CellKind::kLead;
        if (options_.joiner != " " && !names) parts_joined += kJoinedPartsCost;
        // The items of a bulleted list each start with a bullet; a
        // paragraph in capitals ends the list. Among running words, an
        // item's words go on to the next bullet, whatever their case.
        list = list && (options_.running_words || bullet[k] || CellText::StartsLower(pieces[k]));
        bullets += list && bullet[k];
        // Among running words, a bullet starts a list's item: a cell holds
        // items only when it starts with one. So in one column's block,
        // where a list after a paragraph is mostly the next cell's.
        stray_bullets += (options_.running_words || options_.one_width) && bullet[k] && !bullet[begin];
        if (options_.running_words && list && bullet[k]) items.Start();
        // In a list, room left before a bullet shows that an item ended.
        bool goes_on = GoesOnFromAbove(pieces[k]) || CellText::EndsMidPhrase(pieces[k - 1]);
        bool date_opens = block_width == 0 && kinds[k] == CellKind::kDate && kinds[k - 1] == CellKind::kLead;
        if (!(list && bullet[k])) (goes_on ? needs : date_opens ? date_needs : bare_needs).push_back(need);
      }
      items.Add(dated[k]);
      // A list's items are alike: dated milestones do not go on a list of
      // undated actions ("• Map the rota • Draft by May 2025").
      double shared = kContinuationBonus * bullets - kCellCost - parts_joined -
                      kStrayBulletCost * (stray_bullets + items.Unlike());
      // Running text is not cut at a joining word ("Completed | and
      // reported", "rate below | 70%") nor inside a date ("Q3 | 2019/20").
      if (options_.running_words && joiner[k] && end < n) shared -= kJoinerEdgeCost;
      // Nor does a cell end on a bullet: it starts the next cell's item.
      if (options_.running_words && bullet[k] && end > begin + 1) shared -= kStrayBulletCost;
      if (mid_date[begin]) shared -= kDateCutCost;
      bool lone_item = list && bullet[begin] && bullets == 0;
      if (options_.one_width && lone_item && ((end < n && bullet[end]) || (begin > 0 && in_list[begin - 1]))) {
        shared -= kLoneItemCost;
      }
      if (options_.running_words && end + 1 < n && CellText::EndsSentence(clean[k]) && RunningWords::StartsSentence(clean, end)) {
        shared -= kStopEndCost;
      }
      // Nor inside a sentence it opened ("... the Board. The Business | Unit will collect ...").
      if (options_.running_words && end < n && EndsOnOpenSentence(text)) shared -= kJoinerEdgeCost;
      double date_room_cost = 0;
      if (options_.wrapped_lines) {
        auto room_left = [&](const std::vector<size_t>& joins) {
          return std::count_if(joins.begin(), joins.end(), [&](size_t need) { return need <= width; });
        };
        const double bare_cost = block_width > 0 ? kRoomLeftInBlockCost : kRoomLeftCost;
        shared -= kRoomLeftCost * room_left(needs) + bare_cost * room_left(bare_needs);
        date_room_cost = bare_cost * room_left(date_needs);
        // Nor does a block's cell end on a line that ends on a joining word ("and", "of", "/"), or inside a
        // sentence it opened ("sector. The Business"): it goes on.
        bool open = CellText::EndsMidPhrase(pieces[k]) || EndsOnOpenSentence(pieces[k]);
        if (block_width > 0 && end < n && open) shared -= kJoinerEdgeCost;
      }
      CellFit::Reading reading = cell_fit_.ReadClean(text);
      reading.kind = KindOf(text, reading.kind);
      if (options_.running_words) reading.kind = RunningWords::KindOf(reading, end < n ? clean[end] : "");
      // A status word that reads as an open date too is the status right after a date ("May 2020 | Ongoing"),
      // and a status letter before a surname likelier the person's initial ("G Bramwell").
      bool status_date = reading.kind == CellKind::kDate && StatusAfterDate(text, clean, begin, end);
      if (options_.running_words && status_date) reading.kind = CellKind::kStatus;
      bool initial = reading.kind == CellKind::kStatus && OpensInitialledName(text, clean, end);
      if (options_.running_words && initial) shared -= kInitialCutCost;
      // Read once for the cell, charged only to the columns of names.
      const bool runs_prose_into_name = options_.running_words && RunningWords::RunsProseIntoName(text);
      // Among running words a status may open on a word that joins the
      // rest ("approx. 40%"); elsewhere a cell opens in capitals, on no such word.
      bool qualified_status = options_.running_words && joiner[begin] && reading.kind == CellKind::kStatus;
      bool wrapped = options_.running_words || options_.wrapped_lines;
      if (wrapped && GoesOnFromAbove(pieces[begin]) && !qualified_status) {
        shared -= options_.running_words ? kLowerWordStartCost : kLowerStartCost;
      }
      if (options_.running_words && joiner[begin] && !qualified_status) shared -= kJoinerEdgeCost;
      // A status wrapped over lines ("85%" over "complete") is one status.
      if (end - begin > 1 && reading.kind != CellKind::kStatus) {
        // In lower case it may be the prose's own last word ("moves to" over "green").
        bool status_ends = status && !options_.running_words && !CellText::StartsLower(clean[k]) &&
                           reading.kind == CellKind::kProse && status_last;
        shared -= kWholeCellInsideCost * inside + kStatusEndsCellCost * status_ends;
      }
      for (size_t column = 0; column < columns; ++column) {
        if (static_cast<int>(column) == ref_column_ && end - begin > 1) continue;
        bool prose = columns_[column] != Column::kLead && columns_[column] != Column::kLeadTimeframe;
        bool unled = ref_led_table && columns_[column] == Column::kAction && !ref_led[begin];
        // An action cell of items, one a line, each opens with a verb's capital, which starts no new cell there.
        bool items = LinesRunAcross() && columns_[column] == Column::kAction && reading.starts_action;
        // An action opens with what is to be done ("Strengthen joint visits"); the line it would go on from
        // ("The Business" over "Unit will collect") says less. A list's items each open so: it tells nothing there.
        bool verb_led = options_.verb_led_actions && columns_[column] == Column::kAction && reading.starts_action &&
                        !bullet[begin];
        // An action opens with what is to be done, never a number: a line that opens with one goes on.
        bool numeral_led = columns_[column] == Column::kAction && numeral[begin];
        bool misplaced_steps = holds_steps && (!all_steps || !holds_milestones(columns_[column]));
        // A cell of who and when writes its date on a line of its own ("Neighbourhood Policing/L Jagger" over
        // "Mar-14"), with room left above it; elsewhere such room shows the cell ended.
        double date_room = columns_[column] == Column::kLeadTimeframe ? 0 : date_room_cost;
        bool prose_into_name = !prose && runs_prose_into_name;
        at(begin, end, column) = Fit(column, reading) + shared + (prose ? prose_joins : name_joins) +
                                 (verb_led ? kVerbLedBonus : 0) - (numeral_led ? kLowerStartCost : 0) -
                                 (unled ? kUnledActionCost : 0) + (items ? kCapitalStartCost * verb_items : 0) -
                                 (misplaced_steps ? kMisplacedStepsCost : 0) - date_room -
                                 (prose_into_name ? kProseIntoNameCost : 0);
      }
    }
  }
  return scores;
}

}  // namespace planrows
