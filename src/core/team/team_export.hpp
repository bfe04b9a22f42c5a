#pragma once
// A team as a file: CSV (one row per person and rated item, for spreadsheets),
// JSON (one object, for scripts) and Markdown (a readable summary). Names are
// display names, so a Team read with TeamOptions::redact shows pseudonyms; such a
// team's assessments hold no notes or comments, and none of these formats writes
// notes, comments, evidence or reviewer names anyway. In a redacted team the
// people's file names are left out too (report file names carry the person's
// name); the errors keep theirs, or nobody could find the broken file.
#include <string>
#include <string_view>
#include <vector>

#include "core/team/team.hpp"
#include "core/team/team_figures.hpp"
#include "core/team/team_sort.hpp"

namespace rex::core {

// Header row, then per role group, per person (files order), per rated item
// (role order): person, role, target, item_id, item_name, category, level,
// expected, manager_level (empty when none), gap. CRLF line ends (RFC 4180).
std::string TeamCsv(const Team& team, const std::vector<RoleFigures>& figures);

// {"redacted", "people": [{"name", "file", "role": {"id", "title"}, "target",
// "verdict", "attainment", "rated", "total", "top_gaps": [id...], "levels":
// {id: level}, "manager_levels": {id: level}}], "errors": [{"file", "where",
// "message"}]}, pretty-printed, ending in a newline.
std::string TeamJson(const Team& team, const std::vector<RoleFigures>& figures);

// Per role: people by readiness (verdict, attainment, rated, top gaps), items
// most below target first, and the calibration list (kTeamMarkdownCalibration
// biggest disagreements); then the files that could not be read.
inline constexpr std::size_t kTeamMarkdownCalibration = 10;
std::string TeamMarkdown(const Team& team, const std::vector<RoleFigures>& figures);

// A printable page: per role, readiness per person, a heat map (people × items,
// inline SVG, coloured by level, below-target cells marked), the items where the
// team is weakest and the calibration list; then the files that could not be
// read. Every text is escaped and a CSP meta tag forbids scripts and fetches.
// `people` and `items` give each role's row and column order (SortPeople /
// SortItems); empty: the figures' own order.
struct TeamHtmlOrder {
  PersonOrder people = PersonOrder::kReadiness;
  ItemOrder items = ItemOrder::kMostBelowTarget;
};
std::string TeamHtml(const Team& team, const std::vector<RoleFigures>& figures, const TeamHtmlOrder& order);

// One CSV field as RFC 4180 writes it: quoted when it holds a comma, quote, CR or
// LF, quotes doubled. A field starting with = + - @ (or tab / CR, which some
// spreadsheets skip first) gets a leading apostrophe, so it is never run as a
// formula. Numbers are written by the caller and not passed through here.
void AppendCsvField(std::string& out, std::string_view text);

}  // namespace rex::core
