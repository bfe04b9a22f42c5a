// PacketMarkdown (packet.hpp): the packet as CommonMark with GitHub tables. Charts
// are inline SVG blocks (shown by renderers that allow HTML, skipped by others);
// the profile table carries the same numbers for those that do not.

#include "core/app/app_info.hpp"
#include "core/chart/radar_svg.hpp"
#include "core/report/packet_model.hpp"
#include "core/text/lines.hpp"
#include "core/text/text_out.hpp"

namespace rex::core {
namespace {

using packet::EscapeMarkdown;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Characters that mean something anywhere in a line.
bool AlwaysSpecial(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '|': case '~': case '&': case '#': case '!': case '$':
      return true;
    default:
      return false;
  }
}

// A note keeps its lines, as a block quote: each line escaped, blank lines as
// paragraph breaks inside the quote.
std::string Quote(const std::string& text) {
  std::string out;
  ForEachLine(text, [&out](std::string_view line) {
    const std::string escaped = EscapeMarkdown(std::string(line));
    out += escaped.empty() ? ">\n" : "> " + escaped + "  \n";
  });
  return out;
}

// An HTML block ends at the first blank line, so the SVG must have none.
std::string SvgBlock(const std::string& svg) {
  std::string out;
  ForEachLine(svg, [&out](std::string_view line) {
    bool blank = true;
    for (char c : line) blank = blank && IsSpace(c);
    if (!blank) out.append(line).append("\n");
  });
  return out;
}

std::string Signed(const std::optional<int>& difference) {
  if (!difference) return "–";
  return (*difference > 0 ? "+" : "") + std::to_string(*difference);
}

void Summary(TextOut& out, const packet::Packet& p) {
  out << "# Promotion packet: " << EscapeMarkdown(p.role_title) << "\n\n";
  out << "| | |\n|---|---|\n";
  const std::string name = p.redacted ? "*withheld (redacted packet)*"
                           : p.person.empty() ? "*not given*"
                                              : EscapeMarkdown(p.person);
  out << "| Name | " << name << " |\n";
  out << "| Role | " << EscapeMarkdown(p.role_title) << " (content version " << EscapeMarkdown(p.content_version)
      << ") |\n";
  out << "| Target | " << EscapeMarkdown(p.target_name) << " |\n";
  if (!p.date.empty()) out << "| Date | " << EscapeMarkdown(p.date) << " |\n";
  out << "| Rated | " << p.rated << " of " << p.total << " items |\n\n";
}

void VerdictSection(TextOut& out, const packet::Packet& p) {
  out << "## Verdict: " << EscapeMarkdown(p.verdict) << "\n\n";
  out << "Overall attainment: **" << p.attainment_percent << "%** of the " << EscapeMarkdown(p.target_name)
      << " target.\n\n";
  for (const packet::GateRow& gate : p.gates) {
    out << "- " << (gate.passed ? "✅ passed: " : "❌ not passed: ") << "**" << EscapeMarkdown(gate.title) << "** — "
        << EscapeMarkdown(gate.detail);
    if (!gate.item_names.empty()) {
      out << " (";
      for (std::size_t i = 0; i < gate.item_names.size(); ++i) {
        out << (i ? ", " : "") << EscapeMarkdown(gate.item_names[i]);
      }
      out << ")";
    }
    out << "\n";
  }
  out << "\n";
}

void Profile(TextOut& out, const packet::Packet& p) {
  out << "## Profile\n\n| Category | Rated | Average level | Attainment |\n|---|--:|--:|--:|\n";
  for (const packet::CategoryRow& c : p.categories) {
    out << "| " << EscapeMarkdown(c.title) << " | " << c.rated << " / " << c.items << " | "
        << FormatNumber(c.average_level) << " | " << c.attainment_percent << "% |\n";
  }
  out << "\n";
  for (const packet::Chart& chart : p.charts) {
    out << "### " << EscapeMarkdown(chart.title) << "\n\n" << SvgBlock(chart.svg) << "\n";
  }
}

// A level and what it looks like for the item, on one line (a table cell).
std::string LevelWithMeaning(const std::string& level, const std::string& meaning) {
  if (meaning.empty()) return EscapeMarkdown(level);
  return EscapeMarkdown(level) + " — " + EscapeMarkdown(meaning);
}

void Items(TextOut& out, const char* title, const std::vector<packet::ItemRow>& rows, bool with_gap,
           const char* none) {
  out << "## " << title << "\n\n";
  if (rows.empty()) {
    out << "*" << none << "*\n\n";
    return;
  }
  out << "| Item | Importance | Level | Target |" << (with_gap ? " Gap |" : "") << "\n|---|---|---|---|"
      << (with_gap ? "--:|" : "") << "\n";
  for (const packet::ItemRow& row : rows) {
    // Gaps also say what the target asks for: that is the distance to cover.
    out << "| " << EscapeMarkdown(row.name) << " | " << EscapeMarkdown(row.importance) << " | "
        << LevelWithMeaning(row.level, row.level_meaning) << " | "
        << (with_gap ? LevelWithMeaning(row.expected, row.expected_meaning) : EscapeMarkdown(row.expected)) << " |";
    if (with_gap) out << " " << row.gap << " |";
    out << "\n";
  }
  out << "\n";
}

void LevelDiffSection(TextOut& out, const packet::Packet& p) {
  if (!p.level_diff) return;
  const packet::LevelDiffSection& diff = *p.level_diff;
  out << "## What changes from " << EscapeMarkdown(diff.from_name) << " to " << EscapeMarkdown(diff.to_name)
      << "\n\n" << EscapeMarkdown(diff.summary) << ".\n\n";
  if (diff.rows.empty()) return;
  out << "| Item | Category | " << EscapeMarkdown(diff.from_name) << " | " << EscapeMarkdown(diff.to_name)
      << " |\n|---|---|---|---|\n";
  for (const packet::DiffRow& row : diff.rows) {
    out << "| " << EscapeMarkdown(row.item_name) << " | " << EscapeMarkdown(row.category) << " | "
        << LevelWithMeaning(row.from_level, row.from_meaning) << " | " << LevelWithMeaning(row.to_level, row.to_meaning)
        << " |\n";
  }
  out << "\n";
  if (diff.more > 0) out << "*" << EscapeMarkdown(packet::MoreChanges(diff.more)) << "*\n\n";
}

void EvidenceSection(TextOut& out, const packet::Packet& p) {
  out << "## Evidence\n\n";
  if (p.evidence.empty()) {
    out << (p.redacted ? "*Left out of this redacted packet.*\n\n" : "*No notes or evidence yet.*\n\n");
  }
  for (const packet::EvidenceBlock& block : p.evidence) {
    out << "### " << EscapeMarkdown(block.item_name) << " — " << EscapeMarkdown(block.level) << "\n\n";
    if (!block.level_meaning.empty()) out << "*" << EscapeMarkdown(block.level_meaning) << "*\n\n";
    if (!block.note.empty()) out << Quote(block.note) << "\n";
    for (const Evidence& e : block.evidence) {
      // Links stay text (escaped), so a crafted link cannot become a clickable one.
      out << "- " << EscapeMarkdown(e.what);
      if (!e.link.empty()) out << " — " << EscapeMarkdown(e.link);
      if (!e.date.empty()) out << " (" << EscapeMarkdown(e.date) << ")";
      out << "\n";
    }
    if (!block.evidence.empty()) out << "\n";
  }
}

void ReviewSection(TextOut& out, const packet::Packet& p) {
  out << "## Manager review\n\n";
  if (p.review.empty() && p.reviewer.empty() && p.review_summary.empty()) {
    out << "*No manager review yet.*\n\n";
    return;
  }
  if (!p.reviewer.empty()) out << "Reviewer: " << EscapeMarkdown(p.reviewer) << "\n\n";
  if (!p.review_summary.empty()) out << Quote(p.review_summary) << "\n";
  if (p.review.empty()) return;
  out << "| Item | Self | Manager | Difference | Comment |\n|---|---|---|--:|---|\n";
  for (const packet::ReviewRow& row : p.review) {
    out << "| " << EscapeMarkdown(row.item_name) << " | " << EscapeMarkdown(row.self_level) << " | "
        << EscapeMarkdown(row.manager_level) << " | " << Signed(row.difference) << " | "
        << EscapeMarkdown(row.comment) << " |\n";
  }
  out << "\n";
}

void Goals(TextOut& out, const packet::Packet& p) {
  out << "## Milestones\n\n";
  if (p.goals.empty()) {
    out << "*This role has no goals checklist.*\n\n";
    return;
  }
  out << p.goals_done << " of " << p.goals.size() << " goals done.\n\n";
  for (const packet::GoalRow& goal : p.goals) out << "- [" << (goal.done ? "x" : " ") << "] " << EscapeMarkdown(goal.name) << "\n";
  out << "\n";
}

void Progress(TextOut& out, const packet::Packet& p) {
  if (p.snapshots.empty()) return;
  out << "## Progress over time\n\n| Snapshot | Date | Target | Rated | Attainment |\n|---|---|---|--:|--:|\n";
  for (const packet::SnapshotRow& s : p.snapshots) {
    out << "| " << EscapeMarkdown(s.label) << " | " << EscapeMarkdown(s.date) << " | " << EscapeMarkdown(s.target)
        << " | " << s.rated << " | " << s.attainment_percent << "% |\n";
  }
  out << "\n";
}

}  // namespace

namespace packet {

std::string EscapeMarkdown(std::string_view text) {
  std::string collapsed;
  for (char c : text) {
    if (IsSpace(c)) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
    } else {
      collapsed += c;
    }
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();

  std::string out;
  out.reserve(collapsed.size() + collapsed.size() / 8);
  // At the start of a line, these begin a heading, list, quote or rule: "- x",
  // "+ x", "= x", "1. x", "1) x".
  std::size_t digits = 0;
  while (digits < collapsed.size() && collapsed[digits] >= '0' && collapsed[digits] <= '9') ++digits;
  for (std::size_t i = 0; i < collapsed.size(); ++i) {
    const char c = collapsed[i];
    const bool line_start_marker = (i == 0 && (c == '-' || c == '+' || c == '=')) ||
                                   (i == digits && digits > 0 && (c == '.' || c == ')'));
    if (AlwaysSpecial(c) || line_start_marker) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace packet

std::string PacketMarkdown(const Assessment& assessment, const Role& role, const PacketOptions& options) {
  const packet::Packet p = packet::BuildPacket(assessment, role, options);
  TextOut out;
  Summary(out, p);
  VerdictSection(out, p);
  Profile(out, p);
  Items(out, "Strengths", p.strengths, false, "No item meets its target yet.");
  Items(out, "Gaps", p.gaps, true, "No gaps against this target.");
  LevelDiffSection(out, p);
  EvidenceSection(out, p);
  ReviewSection(out, p);
  Goals(out, p);
  Progress(out, p);
  out << "---\n\n*Made with " << kAppName << ' ' << kAppVersion << '.';
  if (p.orphaned_entries > 0) {
    out << " " << p.orphaned_entries << " report entries refer to items this version of the role no longer has; "
        << "they are kept in the report file but not shown here.";
  }
  out << "*\n";
  return out.str();
}

}  // namespace rex::core
