#include "pipeline/recovery/inline_labels.h"

#include <re2/re2.h>

#include <optional>
#include <vector>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Most words of a label before its colon ("Target completion date:").
constexpr int kMaxLabelWords = 4;

std::string Trim(const std::string& text) {
  size_t a = text.find_first_not_of(" ;,.");
  size_t b = text.find_last_not_of(" ;,.");
  return a == std::string::npos ? "" : text.substr(a, b - a + 1);
}

// A label found in the text: where it starts, where its value starts, and
// the column it names.
struct Label {
  size_t at = 0, value = 0;
  Column column = Column::kExtra;
};

// The labels of `text`: one to four words before a colon that name the
// lead, timeframe, combined or progress column.
std::vector<Label> FindLabels(const RecoveryRules& rules, const std::string& text) {
  std::vector<Label> labels;
  for (size_t colon = text.find(':'); colon != std::string::npos; colon = text.find(':', colon + 1)) {
    size_t start = colon;
    for (int words = 0; words < kMaxLabelWords && start > 0; ++words) {
      size_t space = text.find_last_of(" (;", start - 1);
      size_t begin = space == std::string::npos ? 0 : space + 1;
      std::optional<ColumnName> name = rules.headers.Match(text.substr(begin, colon - begin));
      if (name && (name->column == Column::kLead || name->column == Column::kTimeframe ||
                   name->column == Column::kLeadTimeframe || name->column == Column::kProgress)) {
        labels.push_back(Label{begin, colon + 1, name->column});
        break;
      }
      if (space == std::string::npos || text[space] != ' ') break;
      start = space;
    }
  }
  return labels;
}

void Assign(const RecoveryRules& rules, Column column, const std::string& value, LabelledAction* out) {
  switch (column) {
    case Column::kLead: out->lead = value; break;
    case Column::kTimeframe: out->timeframe = value; break;
    case Column::kProgress: out->progress = value; break;
    case Column::kLeadTimeframe: {
      LeadAndTimeframe split = rules.timeframes.Split(value);
      out->lead = split.lead;
      out->timeframe = split.timeframe;
      break;
    }
    default: break;
  }
}

// Reads a bracketed tail "Lead: A; B; by June 2019": labelled parts, parts
// that go on the part before them, and "by" with a date.
bool ReadBracketed(const RecoveryRules& rules, const std::string& inner, LabelledAction* out) {
  static const RE2 kBy("(?i)by\\s+(.+)");
  Column current = Column::kExtra;  // No labelled part open.
  std::string value;
  bool any = false;
  auto flush = [&] {
    if (current != Column::kExtra) Assign(rules, current, Trim(value), out);
    value.clear();
  };
  size_t start = 0;
  while (start <= inner.size()) {
    size_t end = inner.find(';', start);
    std::string part = Trim(inner.substr(start, end == std::string::npos ? std::string::npos : end - start));
    start = end == std::string::npos ? inner.size() + 1 : end + 1;
    std::vector<Label> labels = FindLabels(rules, part);
    std::string date;
    if (!labels.empty() && labels[0].at == 0) {
      flush();
      current = labels[0].column;
      value = Trim(part.substr(labels[0].value));
      any = true;
    } else if (RE2::FullMatch(part, kBy, &date) && rules.timeframes.IsTimeframe(date)) {
      flush();
      current = Column::kExtra;
      out->timeframe = date;
      any = true;
    } else if (current != Column::kExtra) {
      value += "; " + part;
    } else {
      return false;
    }
  }
  flush();
  return any;
}

}  // namespace

LabelledAction InlineLabels::Read(const RecoveryRules& rules, const std::string& action) {
  LabelledAction out{action, "", "", ""};
  if (!action.empty() && action.back() == ')') {
    size_t open = action.rfind('(');
    LabelledAction bracketed{"", "", "", ""};
    if (open != std::string::npos &&
        ReadBracketed(rules, action.substr(open + 1, action.size() - open - 2), &bracketed)) {
      bracketed.action = Trim(action.substr(0, open));
      return bracketed;
    }
  }
  std::vector<Label> labels = FindLabels(rules, action);
  if (labels.empty()) return out;
  out.action = Trim(action.substr(0, labels[0].at));
  for (size_t i = 0; i < labels.size(); ++i) {
    size_t end = i + 1 < labels.size() ? labels[i + 1].at : action.size();
    Assign(rules, labels[i].column, Trim(action.substr(labels[i].value, end - labels[i].value)), &out);
  }
  return out;
}

}  // namespace planrows
