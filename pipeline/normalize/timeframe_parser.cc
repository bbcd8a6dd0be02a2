#include "pipeline/normalize/timeframe_parser.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "pipeline/rules/rule_file.h"
#include "pipeline/text/cell_text.h"

namespace planrows {
namespace {

// Order matters: a day-month-year is read before the month-year inside it.
constexpr const char* kFormOrder[] = {"day_month_year", "numeric_date", "quarter", "month_year", "financial_year",
                                      "year"};

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int Date(int year, int month, int day) { return year * 10000 + month * 100 + day; }

std::string Iso(int date) {
  return date == 0 ? "" : fmt::format("{:04d}-{:02d}-{:02d}", date / 10000, date / 100 % 100, date % 100);
}

// "14" after 2013 is 2014; "4" after 2013 is 2014 too ("2013-4").
int SecondYear(int first, const std::string& second) {
  int value = std::stoi(second);
  if (second.size() >= 4) return value;
  int modulus = second.size() == 1 ? 10 : 100;
  int year = first - first % modulus + value;
  return year < first ? year + modulus : year;
}

}  // namespace

Result<TimeframeParser> TimeframeParser::Load(const std::string& dir) {
  Result<RuleFile> file = RuleFile::Load(dir, "timeframes.toml");
  if (!file.ok()) return file.status();
  Result<std::string> month = file->String("month");
  if (!month.ok()) return month.status();
  TimeframeParser parser;
  for (const char* name : kFormOrder) {
    Result<std::string> pattern = file->String(std::string("forms.") + name);
    if (!pattern.ok()) return pattern.status();
    std::string text = *pattern;
    for (size_t at; (at = text.find("{month}")) != std::string::npos;) text.replace(at, 7, *month);
    Result<std::unique_ptr<RE2>> re = file->Compile(name, "(?i)" + text);
    if (!re.ok()) return re.status();
    parser.forms_.push_back(Form{name, std::move(re).value()});
  }
  for (auto [key, slot] : {std::pair{"kinds.open", &parser.open_}, std::pair{"kinds.recurring", &parser.recurring_}}) {
    Result<std::string> pattern = file->String(key);
    if (!pattern.ok()) return pattern.status();
    Result<std::unique_ptr<RE2>> re = file->Compile(key, "(?i)" + *pattern);
    if (!re.ok()) return re.status();
    *slot = std::move(re).value();
  }
  if (const toml::table* numbers = file->table()["month_numbers"].as_table()) {
    for (const auto& [name, value] : *numbers) parser.months_[std::string(name.str())] = value.value_or(0);
  }
  parser.year_start_month_ = file->table()["financial_year_start"].value_or(4);
  return parser;
}

int TimeframeParser::Month(const std::string& name) const {
  std::string key = name.substr(0, 3);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  auto it = months_.find(key);
  return it == months_.end() ? 0 : it->second;
}

TimeframeParser::Span TimeframeParser::FinancialYear(int first_year) const {
  int end_month = year_start_month_ == 1 ? 12 : year_start_month_ - 1;
  int end_year = year_start_month_ == 1 ? first_year : first_year + 1;
  return Span{Date(first_year, year_start_month_, 1), Date(end_year, end_month, DaysIn(end_year, end_month))};
}

TimeframeParser::Span TimeframeParser::Read(const std::string& form, const std::vector<std::string>& g) const {
  if (form == "day_month_year" || form == "numeric_date") {
    int day = std::stoi(g[0]);
    int month = form == "numeric_date" ? std::stoi(g[1]) : Month(g[1]);
    int year = std::stoi(g[2]);
    if (year < 100) year += 2000;
    if (month < 1 || month > 12 || day < 1 || day > DaysIn(year, month)) return {};
    return Span{Date(year, month, day), Date(year, month, day)};
  }
  if (form == "quarter") {
    Span year = FinancialYear(std::stoi(g[1]));
    int quarter = std::stoi(g[0]);
    int start_month = (year_start_month_ - 1 + 3 * (quarter - 1)) % 12 + 1;
    int start_year = year.start / 10000 + (year_start_month_ + 3 * (quarter - 1) > 12 ? 1 : 0);
    int end_month = (start_month + 1) % 12 + 1;
    int end_year = start_year + (end_month < start_month ? 1 : 0);
    return Span{Date(start_year, start_month, 1), Date(end_year, end_month, DaysIn(end_year, end_month))};
  }
  if (form == "month_year") {
    int month = Month(g[0]), year = std::stoi(g[1]);
    if (month == 0) return {};
    return Span{Date(year, month, 1), Date(year, month, DaysIn(year, month))};
  }
  if (form == "financial_year") {
    int first = std::stoi(g[0]);
    int second = SecondYear(first, g[1]);
    if (second < first || second - first > 5) return {};
    return Span{FinancialYear(first).start, FinancialYear(second - 1).end};
  }
  int year = std::stoi(g[0]);
  return Span{Date(year, 1, 1), Date(year, 12, 31)};
}

TimeframeDates TimeframeParser::Parse(const std::string& printed, const PlanInfo& period) const {
  TimeframeDates dates;
  if (printed.empty()) return dates;
  std::string text = CellText::ForPatterns(printed);
  std::string rest = text;  // Text not yet read by a form; read parts are blanked.
  Span all;
  int mentions = 0;
  for (const Form& form : forms_) {
    const int groups = form.pattern->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> found(groups + 1);
    size_t from = 0;
    while (form.pattern->Match(rest, from, rest.size(), RE2::UNANCHORED, found.data(), groups + 1)) {
      std::vector<std::string> values;
      for (int i = 1; i <= groups; ++i) values.emplace_back(found[i].data(), found[i].size());
      size_t at = found[0].data() - rest.data();
      from = at + std::max<size_t>(1, found[0].size());
      Span span = Read(form.name, values);
      std::fill(rest.begin() + at, rest.begin() + at + found[0].size(), ' ');
      if (span.start == 0) continue;
      all.start = all.start == 0 ? span.start : std::min(all.start, span.start);
      all.end = std::max(all.end, span.end);
      ++mentions;
    }
  }
  bool open = RE2::PartialMatch(text, *open_), recurring = RE2::PartialMatch(text, *recurring_);
  if (mentions == 0 && (open || recurring) && period.period_start > 0) {
    all = Span{FinancialYear(period.period_start).start,
               FinancialYear(std::max(period.period_start, period.period_end - 1)).end};
  }
  dates.start = Iso(all.start);
  dates.end = Iso(all.end);
  dates.kind = recurring ? "recurring" : open ? "open" : mentions == 0 ? "unparsed" : mentions == 1 ? "date" : "range";
  return dates;
}

}  // namespace planrows
