#include "pipeline/recovery/reading_chooser.h"

#include <fmt/format.h>

#include "pipeline/recovery/row_finisher.h"
#include "pipeline/recovery/row_plausibility.h"
#include "pipeline/recovery/section_tracker.h"
#include "pipeline/recovery/table_reader.h"

namespace planrows {
namespace {

// How much more plausible another reading's rows must be to be chosen over
// the first: readings that score alike are read the first way.
constexpr double kClearlyMorePlausible = 0.05;

// Reads the parts of `body` with `reader` until a line is no part of its table.
void ReadParts(const TableBody& body, TableReader* reader) {
  for (const TableBody::Part& part : body.parts) {
    if (part.repeat) reader->Relayout(*part.repeat, *part.header);
    for (const PlanLine* line : part.lines) {
      if (!reader->Read(*line)) return;
    }
  }
}

}  // namespace

size_t ReadingChooser::Choose(const TableBody& body, std::vector<Reading>* readings) const {
  RowFinisher finisher(rules_);
  RowPlausibility plausibility(rules_);
  SectionTracker no_sections;
  size_t best = 0;
  for (size_t r = 0; r < readings->size(); ++r) {
    Reading& reading = (*readings)[r];
    TableReader reader(rules_, no_sections, reading.layout);
    ReadParts(body, &reader);
    std::vector<ActionRow> rows;
    for (const RowFields& fields : reader.TakeRows()) rows.push_back(finisher.Finish(fields));
    reading.score = plausibility.Mean(rows, 0, rows.size());
    if (reading.score > (*readings)[best].score + kClearlyMorePlausible) best = r;
  }
  return best;
}

bool ReadingChooser::Prefers(const std::vector<ActionRow>& other, const std::vector<ActionRow>& first) const {
  RowPlausibility plausibility(rules_);
  double theirs = plausibility.OfReading(other), ours = plausibility.OfReading(first);
  // Rows as plausible read from more of the document are the better reading: the other read less of it.
  return theirs > ours + kClearlyMorePlausible || (theirs >= ours && other.size() > first.size());
}

std::string ReadingChooser::Describe(const std::vector<Reading>& readings, size_t chosen) {
  std::string out = fmt::format("{} {:.2f}", readings[chosen].name, readings[chosen].score);
  for (size_t r = 0; r < readings.size(); ++r) {
    if (r != chosen) out += fmt::format(" (runner-up: {} {:.2f})", readings[r].name, readings[r].score);
  }
  return out;
}

}  // namespace planrows
