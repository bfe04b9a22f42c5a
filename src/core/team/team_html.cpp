// TeamHtml (team_export.hpp): the Team page as one self-contained printable page.
// Like the promotion packet, a Content-Security-Policy meta tag forbids scripts
// and every fetch, so a mistake in escaping could neither run code nor reach the
// network when the page is opened.
#include <algorithm>
#include <cmath>
#include <map>

#include "core/app/app_info.hpp"
#include "core/chart/radar_svg.hpp"
#include "core/report/packet_model.hpp"
#include "core/team/team_export.hpp"
#include "core/text/text_out.hpp"

namespace rex::core {
namespace {

using packet::EscapeHtml;

constexpr int kCell = 22;         // heat map cell, SVG user units
constexpr int kNameWidth = 150;   // the people's names on the left
constexpr int kHeaderHeight = 150;  // item names, turned 60°, above the cells
constexpr std::size_t kCalibrationRows = 15;

constexpr const char* kStyle = R"css(
:root { --ink: #1d232b; --muted: #5b6573; --line: #d5dae1; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem; color: var(--ink); background: #fff;
       font: 14px/1.45 "Roboto", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: #f4f6f8; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.verdict-ready { color: #166534; font-weight: 600; }
.verdict-almost { color: #a16207; font-weight: 600; }
.verdict-not-yet { color: #9f1239; font-weight: 600; }
figure.heatmap { margin: 0.5rem 0; overflow-x: auto; }
figure.heatmap svg { max-width: 100%; height: auto; }
.legend span { display: inline-block; width: 1em; height: 1em; vertical-align: middle; margin: 0 0.2em 0 0.8em; border: 1px solid var(--line); }
footer { margin-top: 2.5rem; font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 0.5rem; }
@page { size: landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  th { background: none; }
}
)css";

std::string Percent(double share) { return std::to_string(std::llround(share * 100.0)) + "%"; }

std::string OneDecimal(double value) {
  const long long tenths = std::llround(value * 10.0);
  return std::to_string(tenths / 10) + "." + std::to_string(std::llabs(tenths % 10));
}

// Light to dark blue by level share; unrated cells stay pale grey.
std::string LevelColour(int level, int max_level) {
  static const char* const kRamp[] = {"#e7eefb", "#b9cdf2", "#7fa3e3", "#4a78cf", "#1f4fa8", "#14366f"};
  const int steps = static_cast<int>(sizeof kRamp / sizeof kRamp[0]) - 1;
  const int index = max_level <= 0 ? 0 : std::clamp(level * steps / max_level, 0, steps);
  return kRamp[index];
}

const char* VerdictClass(Verdict verdict) {
  return verdict == Verdict::kReady ? "verdict-ready" : verdict == Verdict::kAlmost ? "verdict-almost" : "verdict-not-yet";
}

std::vector<std::size_t> OrderOr(std::vector<std::size_t> order, std::size_t count) {
  if (!order.empty()) return order;
  for (std::size_t i = 0; i < count; ++i) order.push_back(i);
  return order;
}

void Readiness(TextOut& out, const Team& team, const RoleFigures& role, const std::vector<std::size_t>& people) {
  out << "<h3>Readiness</h3>\n<table>\n<thead><tr><th>Person</th><th>Target</th><th>Verdict</th>"
         "<th class=\"num\">Attainment</th><th class=\"num\">Rated</th><th>Top gaps</th>"
         "<th class=\"num\">Since last snapshot</th></tr></thead>\n<tbody>\n";
  for (std::size_t index : people) {
    const PersonFigures& person = role.people[index];
    const TeamMember& member = team.members[person.member];
    std::string gaps;
    for (const ItemScore& gap : person.top_gaps) gaps += (gaps.empty() ? "" : ", ") + gap.name;
    std::string change = "<span class=\"muted\">no snapshot</span>";
    if (person.change.has_snapshot) {
      change = "+" + std::to_string(person.change.up) + " / −" + std::to_string(person.change.down);
    }
    out << "<tr><td>" << EscapeHtml(member.display_name) << "</td><td>" << EscapeHtml(member.score.target)
        << "</td><td class=\"" << VerdictClass(person.verdict) << "\">" << VerdictTitle(person.verdict)
        << "</td><td class=\"num\">" << Percent(person.attainment) << "</td><td class=\"num\">" << person.rated << "/"
        << person.total << "</td><td>" << EscapeHtml(gaps) << "</td><td class=\"num\">" << change << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void HeatMapCell(TextOut& out, int x, int y, std::optional<int> level, int expected, int max_level,
                 const std::string& title) {
  out << "<g><title>" << EscapeXml(title) << "</title><rect x=\"" << x << "\" y=\"" << y << "\" width=\""
      << kCell - 2 << "\" height=\"" << kCell - 2 << "\" fill=\"" << (level ? LevelColour(*level, max_level) : "#f4f5f7")
      << "\"/>";
  if (level) {
    const bool dark = *level * 2 > max_level;
    out << "<text x=\"" << x + (kCell - 2) / 2 << "\" y=\"" << y + 15 << "\" text-anchor=\"middle\" font-size=\"11\" fill=\""
        << (dark ? "#ffffff" : "#1d232b") << "\">" << *level << "</text>";
    // Below the target's expectation: a red bar along the cell's foot.
    if (*level < expected) {
      out << "<rect x=\"" << x << "\" y=\"" << y + kCell - 5 << "\" width=\"" << kCell - 2
          << "\" height=\"3\" fill=\"#c92a2a\"/>";
    }
  }
  out << "</g>";
}

void HeatMap(TextOut& out, const Team& team, const RoleFigures& role, const std::vector<std::size_t>& people,
             const std::vector<std::size_t>& items) {
  const int max_level = role.role->rating_model.MaxLevel();
  const int width = kNameWidth + static_cast<int>(items.size()) * kCell + 8;
  const int height = kHeaderHeight + static_cast<int>(people.size()) * kCell + 8;
  out << "<h3>Heat map</h3>\n<figure class=\"heatmap\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << width
      << " " << height << "\" width=\"" << width << "\" height=\"" << height
      << "\" role=\"img\" aria-label=\"Levels per person and item\" font-family=\"Roboto, DejaVu Sans, Arial, sans-serif\">";
  for (std::size_t column = 0; column < items.size(); ++column) {
    const ItemFigures& item = role.items[items[column]];
    const int x = kNameWidth + static_cast<int>(column) * kCell + kCell / 2;
    out << "<text transform=\"translate(" << x << " " << kHeaderHeight - 6 << ") rotate(-60)\" font-size=\"11\" fill=\"#1d232b\">"
        << EscapeXml(item.name) << "</text>";
  }
  for (std::size_t row = 0; row < people.size(); ++row) {
    const PersonFigures& person = role.people[people[row]];
    const TeamMember& member = team.members[person.member];
    const int y = kHeaderHeight + static_cast<int>(row) * kCell;
    out << "<text x=\"" << kNameWidth - 8 << "\" y=\"" << y + 15 << "\" text-anchor=\"end\" font-size=\"12\" fill=\"#1d232b\">"
        << EscapeXml(member.display_name) << "</text>";
    std::map<std::string, const ItemScore*> scores;
    for (const ItemScore& score : member.score.items) scores[score.id] = &score;
    for (std::size_t column = 0; column < items.size(); ++column) {
      const ItemFigures& item = role.items[items[column]];
      const ItemScore* score = scores.count(item.id) ? scores[item.id] : nullptr;
      const std::optional<int> level = score ? score->level : std::nullopt;
      const int expected = score ? score->expected : 0;
      std::string title = member.display_name + " · " + item.name + ": " +
                          (level ? "level " + std::to_string(*level) : "not rated") + ", expected " +
                          std::to_string(expected);
      const auto manager = person.manager_levels.find(item.id);
      if (manager != person.manager_levels.end()) title += ", manager " + std::to_string(manager->second);
      HeatMapCell(out, kNameWidth + static_cast<int>(column) * kCell, y, level, expected, max_level, title);
    }
  }
  out << "</svg><figcaption class=\"legend muted\">Level";
  for (int level = 0; level <= max_level; ++level) {
    out << "<span style=\"background:" << LevelColour(level, max_level) << "\"></span>" << level;
  }
  out << "<span style=\"background:#c92a2a\"></span>below the target's expectation</figcaption></figure>\n";
}

void Items(TextOut& out, const RoleFigures& role, const std::vector<std::size_t>& items) {
  out << "<h3>Items</h3>\n<table>\n<thead><tr><th>Item</th><th>Category</th><th class=\"num\">Rated</th>"
         "<th class=\"num\">Average</th><th class=\"num\">Spread</th><th class=\"num\">Median</th>"
         "<th class=\"num\">Below target</th></tr></thead>\n<tbody>\n";
  for (std::size_t index : items) {
    const ItemFigures& item = role.items[index];
    out << "<tr><td>" << EscapeHtml(item.name) << "</td><td>" << EscapeHtml(item.category) << "</td><td class=\"num\">"
        << item.rated << "</td><td class=\"num\">" << OneDecimal(item.average) << "</td><td class=\"num\">"
        << OneDecimal(item.spread) << "</td><td class=\"num\">" << OneDecimal(item.median) << "</td><td class=\"num\">"
        << item.below_target << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void Calibration(TextOut& out, const Team& team, const RoleFigures& role) {
  out << "<h3>Calibration: where self and manager differ most</h3>\n";
  if (role.calibration.empty()) {
    out << "<p class=\"muted\">No item has both a self level and a different manager level.</p>\n";
    return;
  }
  out << "<table>\n<thead><tr><th>Person</th><th>Item</th><th class=\"num\">Self</th><th class=\"num\">Manager</th>"
         "<th class=\"num\">Difference</th></tr></thead>\n<tbody>\n";
  const std::size_t rows = std::min(role.calibration.size(), kCalibrationRows);
  for (std::size_t i = 0; i < rows; ++i) {
    const Disagreement& d = role.calibration[i];
    out << "<tr><td>" << EscapeHtml(team.members[d.member].display_name) << "</td><td>" << EscapeHtml(d.item_name)
        << "</td><td class=\"num\">" << d.self << "</td><td class=\"num\">" << d.manager << "</td><td class=\"num\">"
        << (d.Difference() > 0 ? "+" : "") << d.Difference() << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void Errors(TextOut& out, const Team& team) {
  if (team.errors.empty()) return;
  out << "<h2>Files that could not be read</h2>\n<ul>\n";
  for (const TeamFileError& error : team.errors) out << "<li>" << EscapeHtml(error.ToString()) << "</li>\n";
  out << "</ul>\n";
}

}  // namespace

std::string TeamHtml(const Team& team, const std::vector<RoleFigures>& figures, const TeamHtmlOrder& order) {
  TextOut out;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Team summary</title>\n<style>"
      << kStyle << "</style>\n</head>\n<body>\n<header>\n<h1>Team summary</h1>\n<p class=\"muted\">"
      << team.members.size() << (team.members.size() == 1 ? " person" : " people");
  if (team.redacted) out << " · names hidden";
  out << "</p>\n</header>\n";
  for (const RoleFigures& role : figures) {
    const std::vector<std::size_t> people = OrderOr(SortPeople(team, role, order.people), role.people.size());
    const std::vector<std::size_t> items = OrderOr(SortItems(role, order.items), role.items.size());
    out << "<section>\n<h2>" << EscapeHtml(role.role->title) << "</h2>\n";
    Readiness(out, team, role, people);
    HeatMap(out, team, role, people, items);
    Items(out, role, items);
    Calibration(out, team, role);
    out << "</section>\n";
  }
  Errors(out, team);
  out << "<footer>Made with " << kAppName << " " << kAppVersion
      << " in the browser; nothing was uploaded.</footer>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace rex::core
