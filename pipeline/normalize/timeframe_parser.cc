#include "pipeline/normalize/timeframe_parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int Date(int year, int month, int day) { return year * 10000 + month * 100 + day; }

std::string Iso(int date) {
  return date == 0 ? "" : fmt::format("{:04d}-{:02d}-{:02d}", date / 10000, date / 100 % 100, date % 100);
}

// The number `digits` spells; -1 when it is not all digits (or too long).
int Number(re2::StringPiece digits) {
  int value = -1;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc() && end == digits.data() + digits.size() ? value : -1;
}

// Years printed with two digits are of this century.
int FullYear(re2::StringPiece printed) {
  int year = Number(printed);
  return year >= 0 && year < 100 ? year + 2000 : year;
}

// The year that `second` abbreviates after `first`: "14" after 2013 is
// 2014, and "4" after 2013 is 2014 too ("2013-4").
int SecondYear(int first, re2::StringPiece second) {
  int value = Number(second);
  if (second.size() >= 4) return value;
  int modulus = second.size() == 1 ? 10 : 100;
  int year = first - first % modulus + value;
  return year < first ? year + modulus : year;
}

// A regex alternation of `names`, longest first so that "sept" is not read
// as "sep" and a stray "t".
std::string Alternation(const std::map<std::string, int>& names) {
  std::vector<std::string> sorted;
  for (const auto& entry : names) sorted.push_back(entry.first);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string out;
  for (const std::string& name : sorted) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(name);
  }
  return "(?:" + out + ")";
}

std::string Replaced(std::string text, const std::string& token, const std::string& by) {
  for (size_t at = 0; (at = text.find(token, at)) != std::string::npos; at += by.size()) text.replace(at, token.size(), by);
  return text;
}

}  // namespace

Result<TimeframeParser> TimeframeParser::Load(const std::string& rules_dir) {
  Result<RuleFile> file = RuleFile::Load(rules_dir, "timeframes.toml");
  if (!file.ok()) return file.status();
  TimeframeParser parser;
  parser.year_start_month_ = file->table()["financial_year_start"].value_or(4);
  if (parser.year_start_month_ < 1 || parser.year_start_month_ > 12) {
    return Status::InvalidInput(file->path() + ": financial_year_start must be a month number");
  }
  const toml::table* months = file->table()["months"].as_table();
  if (months == nullptr) return Status::InvalidInput(file->path() + ": no [months] table");
  for (const auto& [name, number] : *months) {
    int value = number.value_or(0);
    if (value < 1 || value > 12) {
      return Status::InvalidInput(fmt::format("{}:{}: month '{}' needs a number 1 to 12", file->path(),
                                              number.source().begin.line, name.str()));
    }
    parser.months_[std::string(name.str())] = value;
  }
  const toml::array* forms = file->table()["form"].as_array();
  if (forms == nullptr || forms->empty()) return Status::InvalidInput(file->path() + ": no [[form]] entries");
  const std::string month_pattern = Alternation(parser.months_);
  for (const toml::node& node : *forms) {
    const toml::table* entry = node.as_table();
    std::optional<std::string> name = entry ? (*entry)["name"].value<std::string>() : std::nullopt;
    std::optional<std::string> pattern = entry ? (*entry)["pattern"].value<std::string>() : std::nullopt;
    if (!name || !pattern) {
      return Status::InvalidInput(
          fmt::format("{}:{}: a [[form]] needs a name and a pattern", file->path(), node.source().begin.line));
    }
    Result<std::unique_ptr<RE2>> re = file->Compile("form " + *name, "(?i)" + Replaced(*pattern, "{month}", month_pattern));
    if (!re.ok()) return re.status();
    Form form{*name, std::move(re).value()};
    const std::map<std::string, int>& groups = form.pattern->NamedCapturingGroups();
    for (auto [group, slot] : {std::pair{"day", &form.day}, std::pair{"month", &form.month},
                               std::pair{"month2", &form.month2}, std::pair{"year", &form.year},
                               std::pair{"year2", &form.year2}, std::pair{"quarter", &form.quarter}}) {
      auto it = groups.find(group);
      if (it != groups.end()) *slot = it->second;
    }
    if (form.year < 0 || ((form.day >= 0 || form.month2 >= 0) && form.month < 0)) {
      return Status::InvalidInput(fmt::format(
          "{}: form '{}' needs a group 'year' (and 'month' beside 'day' or 'month2')", file->path(), *name));
    }
    parser.forms_.push_back(std::move(form));
  }
  for (auto [key, list] : {std::pair{"words.open", &parser.open_}, std::pair{"words.recurring", &parser.recurring_},
                           std::pair{"words.start", &parser.start_}, std::pair{"words.onward", &parser.onward_}}) {
    Result<WordList> words = WordList::Compile(*file, key, file->Strings(key), WordList::Mode::kFolded);
    if (!words.ok()) return words.status();
    *list = std::move(words).value();
  }
  return parser;
}

int TimeframeParser::Month(re2::StringPiece printed) const {
  if (int number = Number(printed); number >= 0) return number >= 1 && number <= 12 ? number : 0;
  std::string name(printed.data(), printed.size());
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  auto it = months_.find(name);
  return it == months_.end() ? 0 : it->second;
}

TimeframeParser::Span TimeframeParser::FinancialYears(int first_year, int last_year) const {
  // Month numbers past 12 run on into the next calendar year.
  int end = year_start_month_ + 10;
  int end_year = last_year + end / 12, end_month = end % 12 + 1;
  return Span{Date(first_year, year_start_month_, 1), Date(end_year, end_month, DaysIn(end_year, end_month))};
}

TimeframeParser::Span TimeframeParser::PlanSpan(const PlanInfo& period) const {
  if (period.period_start <= 0) return {};
  // A plan for 2015-2018 covers the financial years 2015-16 to 2017-18.
  return FinancialYears(period.period_start, std::max(period.period_start, period.period_end - 1));
}

TimeframeParser::Span TimeframeParser::Read(const Form& form, const std::vector<re2::StringPiece>& g) const {
  int year = FullYear(g[form.year]);
  if (year < 1900 || year > 2100) return {};
  if (form.quarter >= 0) {
    int first = year_start_month_ + 3 * (Number(g[form.quarter]) - 1);  // May pass 12.
    int start_year = year + (first - 1) / 12, start_month = (first - 1) % 12 + 1;
    int end_year = year + (first + 1) / 12, end_month = (first + 1) % 12 + 1;
    return Span{Date(start_year, start_month, 1), Date(end_year, end_month, DaysIn(end_year, end_month))};
  }
  if (form.month2 >= 0) return MonthList(g[form.month], g[form.month2], year);
  if (form.month >= 0) {
    int month = Month(g[form.month]);
    if (month == 0) return {};
    if (form.day < 0) return Span{Date(year, month, 1), Date(year, month, DaysIn(year, month))};
    int day = Number(g[form.day]);
    if (day < 1 || day > DaysIn(year, month)) return {};
    return Span{Date(year, month, day), Date(year, month, day)};
  }
  if (form.year2 >= 0) {
    int second = SecondYear(year, g[form.year2]);
    // "2013-14" and "2013-2016" are financial years; "2013-12" is not.
    if (second <= year || second - year > 10) return {};
    return FinancialYears(year, second - 1);
  }
  return Span{Date(year, 1, 1), Date(year, 12, 31)};
}

TimeframeParser::Span TimeframeParser::MonthList(re2::StringPiece first, re2::StringPiece last, int year) const {
  int from = Month(first), to = Month(last);
  if (from == 0 || to == 0) return {};
  // "November and January 2014": the list runs over a new year into `year`.
  int from_year = from > to ? year - 1 : year;
  return Span{Date(from_year, from, 1), Date(year, to, DaysIn(year, to))};
}

TimeframeParser::Span TimeframeParser::Mentions(const std::string& text, int* count, size_t* first_at,
                                                size_t* last_end) const {
  std::string rest = text;  // Text a form has read is blanked, so that no later form reads it.
  Span all;
  *count = 0;
  *first_at = text.size();
  *last_end = 0;
  for (const Form& form : forms_) {
    std::vector<re2::StringPiece> groups(form.pattern->NumberOfCapturingGroups() + 1);
    for (size_t from = 0;
         form.pattern->Match(rest, from, rest.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size()));) {
      size_t at = groups[0].data() - rest.data(), size = groups[0].size();
      Span span = Read(form, groups);
      std::fill(rest.begin() + at, rest.begin() + at + size, ' ');
      from = at + std::max<size_t>(1, size);
      if (span.start == 0) continue;
      all.start = all.start == 0 ? span.start : std::min(all.start, span.start);
      all.end = std::max(all.end, span.end);
      *first_at = std::min(*first_at, at);
      *last_end = std::max(*last_end, at + size);
      *count += form.month2 >= 0 ? 2 : 1;  // A list of months mentions several.
    }
  }
  return all;
}

TimeframeDates TimeframeParser::Parse(const std::string& printed, const PlanInfo& period) const {
  TimeframeDates dates;
  const std::string text = CellText::ForPatterns(printed);
  if (text.empty()) return dates;
  int count = 0;
  size_t first_at = 0, last_end = 0;
  Span span = Mentions(text, &count, &first_at, &last_end);
  const std::string folded = CellText::FoldForMatch(text);
  const bool recurring = recurring_.Contains(folded);
  const bool starts = count == 1 && (start_.EndsText(CellText::FoldForMatch(text.substr(0, first_at))) ||
                                     onward_.StartsText(CellText::FoldForMatch(text.substr(last_end))));
  const bool open = starts || open_.Contains(folded);
  const Span plan = PlanSpan(period);
  if (count == 0 && (open || recurring)) span = plan;
  if (starts && !recurring && plan.end > span.end) span.end = plan.end;
  dates.start = Iso(span.start);
  dates.end = Iso(span.end);
  dates.kind = recurring ? "recurring" : open ? "open" : count == 0 ? "unparsed" : count == 1 ? "date" : "range";
  return dates;
}

}  // namespace planrows
