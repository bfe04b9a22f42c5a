#pragma once
// What a promotion packet says, worked out once from Score() and the assessment;
// packet_html.cpp and packet_markdown.cpp only lay it out. Strings here are raw
// (unescaped): each renderer escapes for its own format. Internal to core/report.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/scoring.hpp"
#include "core/report/packet.hpp"

namespace rex::core::packet {

struct CategoryRow {
  std::string title;      // "Technical skills"
  int rated = 0;
  int items = 0;
  double average_level = 0;
  int attainment_percent = 0;
};

struct GateRow {
  std::string title;
  bool passed = false;
  std::string detail;
  std::vector<std::string> item_names;  // the items failing it
};

struct ItemRow {
  std::string name;
  std::string importance;  // "Critical", ...
  std::string level;       // "3 (Strong)" or "not rated"
  std::string expected;    // "3 (Strong)"
  int gap = 0;
  // What the level and the expected level look like for this item: its own
  // words, else the scale's descriptor; "" when not rated.
  std::string level_meaning;
  std::string expected_meaning;
};

struct EvidenceBlock {
  std::string item_name;
  std::string level;
  std::string level_meaning;
  std::string note;
  std::vector<Evidence> evidence;
};

struct ReviewRow {
  std::string item_name;
  std::string self_level;
  std::string manager_level;
  std::optional<int> difference;  // manager - self, when both rated
  std::string comment;
};

struct GoalRow {
  std::string name;
  bool done = false;
};

struct SnapshotRow {
  std::string label;
  std::string date;  // YYYY-MM-DD
  std::string target;
  int rated = 0;
  int attainment_percent = 0;
};

// One item whose expected level differs between two targets.
struct DiffRow {
  std::string item_name;
  std::string category;      // the item's section, e.g. "Technical skills"
  std::string from_level;    // "2 (Proficient)", or "not expected" for level 0
  std::string to_level;
  std::string from_meaning;  // "" when not expected
  std::string to_meaning;
};

// "What changes from Senior to Staff": the step into the chosen target
// (DefaultDiffTargets), biggest changes first, cut at a length a reader finishes.
struct LevelDiffSection {
  std::string from_name;
  std::string to_name;
  std::string summary;  // TargetDiff::Summary()
  std::vector<DiffRow> rows;
  int more = 0;         // changes left out after the cut
};

struct Chart {
  std::string title;
  std::string svg;  // an <svg> element (no XML declaration), safe to inline
};

struct Packet {
  std::string role_title;
  std::string content_version;
  std::string person;       // name, or "" when none or redacted
  bool redacted = false;
  std::string target_name;
  std::string date;         // YYYY-MM-DD or ""
  int rated = 0;
  int total = 0;
  std::string verdict;      // "Ready", "Almost there", "Not yet"
  std::string verdict_id;   // "ready", "almost", "not-yet"
  int attainment_percent = 0;
  std::vector<GateRow> gates;
  std::vector<CategoryRow> categories;
  std::vector<Chart> charts;
  std::vector<ItemRow> strengths;
  std::vector<ItemRow> gaps;
  std::optional<LevelDiffSection> level_diff;  // none when the role has one target
  std::vector<EvidenceBlock> evidence;
  std::string reviewer;
  std::string review_summary;
  std::vector<ReviewRow> review;  // largest disagreement first
  std::vector<GoalRow> goals;     // role order
  int goals_done = 0;
  std::vector<SnapshotRow> snapshots;
  int orphaned_entries = 0;       // entries for items the role no longer has (not shown)
};

// "And 3 more changes, none bigger than those above." (plain text, no markup)
std::string MoreChanges(int more);

Packet BuildPacket(const Assessment& assessment, const Role& role, const PacketOptions& options);

// "technical_skill" -> "Technical skills".
std::string KindTitle(const std::string& kind);

// Text for HTML element content and quoted attributes: & < > " ' become
// entities, characters HTML cannot carry are dropped, bad UTF-8 becomes U+FFFD.
std::string EscapeHtml(std::string_view text);
// One line of plain text for Markdown (a table cell, a list item, a heading):
// runs of white space (line breaks too) become one space, and every character
// that could start markup is backslash-escaped, so the text reads as typed.
std::string EscapeMarkdown(std::string_view text);

}  // namespace rex::core::packet
