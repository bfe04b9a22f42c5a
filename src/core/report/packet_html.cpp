// PacketHtml (packet.hpp): one self-contained page. A Content-Security-Policy
// meta tag forbids scripts and every fetch, so even a mistake in escaping could
// not run code or reach the network when the packet is opened.

#include "core/app/app_info.hpp"
#include "core/chart/radar_svg.hpp"
#include "core/report/packet_model.hpp"
#include "core/text/text_out.hpp"

namespace rex::core {
namespace {

using packet::EscapeHtml;

constexpr const char* kStyle = R"css(
:root { --ink: #1d232b; --muted: #5b6573; --line: #d5dae1; --pass: #166534; --fail: #9f1239; --accent: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; color: var(--ink); background: #fff;
       font: 15px/1.5 "Roboto", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; }
.sub, .muted { color: var(--muted); }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.2rem; margin: 1rem 0; }
dl.summary dt { font-weight: 600; }
dl.summary dd { margin: 0; }
.verdict { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 0.3rem; color: #fff; background: var(--muted); }
.verdict-ready { background: var(--pass); }
.verdict-almost { background: #a16207; }
.verdict-not-yet { background: var(--fail); }
ul.gates { list-style: none; padding: 0; }
ul.gates li { margin: 0.3rem 0; padding-left: 1.6rem; text-indent: -1.6rem; }
.pass { color: var(--pass); font-weight: 600; }
.fail { color: var(--fail); font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: #f4f6f8; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0; flex: 1 1 22rem; max-width: 30rem; }
figure svg { width: 100%; height: auto; }
figcaption { text-align: center; color: var(--muted); font-size: 0.9rem; }
blockquote { margin: 0.3rem 0; padding: 0.2rem 0.8rem; border-left: 3px solid var(--line); white-space: normal; }
ul.goals { list-style: none; padding: 0; }
.meaning { color: var(--muted); font-size: 0.9em; }
td.category { color: var(--muted); }
footer { margin-top: 2.5rem; font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 0.5rem; }
@page { margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, tr, figure, blockquote, ul.gates li { break-inside: avoid; page-break-inside: avoid; }
  th { background: none; }
  .verdict { color: var(--ink); background: none; border: 1px solid var(--ink); }
  section { break-inside: auto; }
}
)css";

// Escaped text with its line breaks kept.
std::string Paragraphs(const std::string& text) {
  std::string out;
  for (char c : EscapeHtml(text)) {
    if (c == '\n') {
      out += "<br>";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

void Summary(TextOut& out, const packet::Packet& p) {
  out << "<header>\n<h1>Promotion packet</h1>\n<p class=\"sub\">" << EscapeHtml(p.role_title) << "</p>\n";
  out << "<dl class=\"summary\">\n";
  const std::string name = p.redacted ? "<span class=\"muted\">withheld (redacted packet)</span>"
                           : p.person.empty() ? "<span class=\"muted\">not given</span>"
                                              : EscapeHtml(p.person);
  out << "<dt>Name</dt><dd>" << name << "</dd>\n";
  out << "<dt>Role</dt><dd>" << EscapeHtml(p.role_title) << " <span class=\"muted\">(content version "
      << EscapeHtml(p.content_version) << ")</span></dd>\n";
  out << "<dt>Target</dt><dd>" << EscapeHtml(p.target_name) << "</dd>\n";
  if (!p.date.empty()) out << "<dt>Date</dt><dd>" << EscapeHtml(p.date) << "</dd>\n";
  out << "<dt>Rated</dt><dd>" << p.rated << " of " << p.total << " items</dd>\n";
  out << "</dl>\n</header>\n";
}

void VerdictSection(TextOut& out, const packet::Packet& p) {
  out << "<section id=\"verdict\">\n<h2>Verdict: <span class=\"verdict verdict-" << EscapeHtml(p.verdict_id)
      << "\">" << EscapeHtml(p.verdict) << "</span></h2>\n";
  out << "<p>Overall attainment: <strong>" << p.attainment_percent << "%</strong> of the "
      << EscapeHtml(p.target_name) << " target.</p>\n<ul class=\"gates\">\n";
  for (const packet::GateRow& gate : p.gates) {
    out << "<li><span class=\"" << (gate.passed ? "pass\">&#10003; " : "fail\">&#10007; ") << EscapeHtml(gate.title)
        << "</span> &mdash; " << EscapeHtml(gate.detail);
    if (!gate.item_names.empty()) {
      out << "<br><span class=\"muted\">";
      for (std::size_t i = 0; i < gate.item_names.size(); ++i) out << (i ? ", " : "") << EscapeHtml(gate.item_names[i]);
      out << "</span>";
    }
    out << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

void Profile(TextOut& out, const packet::Packet& p) {
  out << "<section id=\"profile\">\n<h2>Profile</h2>\n<table>\n";
  out << "<tr><th>Category</th><th class=\"num\">Rated</th><th class=\"num\">Average level</th>"
         "<th class=\"num\">Attainment</th></tr>\n";
  for (const packet::CategoryRow& c : p.categories) {
    out << "<tr><td>" << EscapeHtml(c.title) << "</td><td class=\"num\">" << c.rated << " / " << c.items
        << "</td><td class=\"num\">" << FormatNumber(c.average_level) << "</td><td class=\"num\">"
        << c.attainment_percent << "%</td></tr>\n";
  }
  out << "</table>\n";
  if (!p.charts.empty()) {
    out << "<div class=\"charts\">\n";
    for (const packet::Chart& chart : p.charts) {
      out << "<figure>\n" << chart.svg << "\n<figcaption>" << EscapeHtml(chart.title) << "</figcaption>\n</figure>\n";
    }
    out << "</div>\n";
  }
  out << "</section>\n";
}

// A level and, under it, what it looks like for the item.
std::string LevelWithMeaning(const std::string& level, const std::string& meaning) {
  if (meaning.empty()) return EscapeHtml(level);
  return EscapeHtml(level) + "<div class=\"meaning\">" + EscapeHtml(meaning) + "</div>";
}

void Items(TextOut& out, const char* id, const char* title, const std::vector<packet::ItemRow>& rows,
           bool with_gap, const char* none) {
  out << "<section id=\"" << id << "\">\n<h2>" << title << "</h2>\n";
  if (rows.empty()) {
    out << "<p class=\"muted\">" << none << "</p>\n</section>\n";
    return;
  }
  out << "<table>\n<tr><th>Item</th><th>Importance</th><th>Level</th><th>Target</th>"
      << (with_gap ? "<th class=\"num\">Gap</th>" : "") << "</tr>\n";
  for (const packet::ItemRow& row : rows) {
    // Gaps also say what the target asks for: that is the distance to cover.
    out << "<tr><td>" << EscapeHtml(row.name) << "</td><td>" << EscapeHtml(row.importance) << "</td><td>"
        << LevelWithMeaning(row.level, row.level_meaning) << "</td><td>"
        << (with_gap ? LevelWithMeaning(row.expected, row.expected_meaning) : EscapeHtml(row.expected)) << "</td>";
    if (with_gap) out << "<td class=\"num\">" << row.gap << "</td>";
    out << "</tr>\n";
  }
  out << "</table>\n</section>\n";
}

void LevelDiffSection(TextOut& out, const packet::Packet& p) {
  if (!p.level_diff) return;
  const packet::LevelDiffSection& diff = *p.level_diff;
  out << "<section id=\"level-diff\">\n<h2>What changes from " << EscapeHtml(diff.from_name) << " to "
      << EscapeHtml(diff.to_name) << "</h2>\n<p>" << EscapeHtml(diff.summary) << ".</p>\n";
  if (diff.rows.empty()) {
    out << "</section>\n";
    return;
  }
  out << "<table>\n<tr><th>Item</th><th>Category</th><th>" << EscapeHtml(diff.from_name) << "</th><th>"
      << EscapeHtml(diff.to_name) << "</th></tr>\n";
  for (const packet::DiffRow& row : diff.rows) {
    out << "<tr><td>" << EscapeHtml(row.item_name) << "</td><td class=\"category\">" << EscapeHtml(row.category)
        << "</td><td>" << LevelWithMeaning(row.from_level, row.from_meaning) << "</td><td>"
        << LevelWithMeaning(row.to_level, row.to_meaning) << "</td></tr>\n";
  }
  out << "</table>\n";
  if (diff.more > 0) {
    out << "<p class=\"muted\">" << packet::MoreChanges(diff.more) << "</p>\n";
  }
  out << "</section>\n";
}

void EvidenceSection(TextOut& out, const packet::Packet& p) {
  out << "<section id=\"evidence\">\n<h2>Evidence</h2>\n";
  if (p.evidence.empty()) {
    out << "<p class=\"muted\">" << (p.redacted ? "Left out of this redacted packet." : "No notes or evidence yet.")
        << "</p>\n";
  }
  for (const packet::EvidenceBlock& block : p.evidence) {
    out << "<h3>" << EscapeHtml(block.item_name) << " <span class=\"muted\">&mdash; " << EscapeHtml(block.level)
        << "</span></h3>\n";
    if (!block.level_meaning.empty()) out << "<p class=\"meaning\">" << EscapeHtml(block.level_meaning) << "</p>\n";
    if (!block.note.empty()) out << "<blockquote>" << Paragraphs(block.note) << "</blockquote>\n";
    if (block.evidence.empty()) continue;
    out << "<ul>\n";
    for (const Evidence& e : block.evidence) {
      // Links are shown as text, never as anchors: the packet must not send its
      // reader anywhere, and a "javascript:" link would be a way around escaping.
      out << "<li>" << EscapeHtml(e.what);
      if (!e.link.empty()) out << " &mdash; <code>" << EscapeHtml(e.link) << "</code>";
      if (!e.date.empty()) out << " <span class=\"muted\">(" << EscapeHtml(e.date) << ")</span>";
      out << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

void ReviewSection(TextOut& out, const packet::Packet& p) {
  out << "<section id=\"review\">\n<h2>Manager review</h2>\n";
  if (p.review.empty() && p.reviewer.empty() && p.review_summary.empty()) {
    out << "<p class=\"muted\">No manager review yet.</p>\n</section>\n";
    return;
  }
  if (!p.reviewer.empty()) out << "<p>Reviewer: " << EscapeHtml(p.reviewer) << "</p>\n";
  if (!p.review_summary.empty()) out << "<blockquote>" << Paragraphs(p.review_summary) << "</blockquote>\n";
  if (!p.review.empty()) {
    out << "<table>\n<tr><th>Item</th><th>Self</th><th>Manager</th><th class=\"num\">Difference</th>"
           "<th>Comment</th></tr>\n";
    for (const packet::ReviewRow& row : p.review) {
      const std::string difference =
          !row.difference ? "&ndash;" : (*row.difference > 0 ? "+" : "") + std::to_string(*row.difference);
      out << "<tr><td>" << EscapeHtml(row.item_name) << "</td><td>" << EscapeHtml(row.self_level) << "</td><td>"
          << EscapeHtml(row.manager_level) << "</td><td class=\"num\">" << difference << "</td><td>"
          << Paragraphs(row.comment) << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  out << "</section>\n";
}

void Goals(TextOut& out, const packet::Packet& p) {
  out << "<section id=\"milestones\">\n<h2>Milestones</h2>\n";
  if (p.goals.empty()) {
    out << "<p class=\"muted\">This role has no goals checklist.</p>\n</section>\n";
    return;
  }
  out << "<p>" << p.goals_done << " of " << p.goals.size() << " goals done.</p>\n<ul class=\"goals\">\n";
  for (const packet::GoalRow& goal : p.goals) {
    out << "<li>" << (goal.done ? "<span class=\"pass\">&#9745;</span> " : "<span class=\"muted\">&#9744;</span> ")
        << EscapeHtml(goal.name) << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

void Progress(TextOut& out, const packet::Packet& p) {
  if (p.snapshots.empty()) return;
  out << "<section id=\"progress\">\n<h2>Progress over time</h2>\n<table>\n";
  out << "<tr><th>Snapshot</th><th>Date</th><th>Target</th><th class=\"num\">Rated</th>"
         "<th class=\"num\">Attainment</th></tr>\n";
  for (const packet::SnapshotRow& s : p.snapshots) {
    out << "<tr><td>" << EscapeHtml(s.label) << "</td><td>" << EscapeHtml(s.date) << "</td><td>"
        << EscapeHtml(s.target) << "</td><td class=\"num\">" << s.rated << "</td><td class=\"num\">"
        << s.attainment_percent << "%</td></tr>\n";
  }
  out << "</table>\n</section>\n";
}

}  // namespace

namespace packet {
std::string EscapeHtml(std::string_view text) { return EscapeXml(text); }
}  // namespace packet

std::string PacketHtml(const Assessment& assessment, const Role& role, const PacketOptions& options) {
  const packet::Packet p = packet::BuildPacket(assessment, role, options);
  TextOut out;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>Promotion packet &mdash; " << EscapeHtml(p.role_title)
      << (p.person.empty() ? "" : " &mdash; " + EscapeHtml(p.person)) << "</title>\n"
      << "<style>" << kStyle << "</style>\n</head>\n<body>\n";
  Summary(out, p);
  VerdictSection(out, p);
  Profile(out, p);
  Items(out, "strengths", "Strengths", p.strengths, false, "No item meets its target yet.");
  Items(out, "gaps", "Gaps", p.gaps, true, "No gaps against this target.");
  LevelDiffSection(out, p);
  EvidenceSection(out, p);
  ReviewSection(out, p);
  Goals(out, p);
  Progress(out, p);
  out << "<footer>Made with " << kAppName << ' ' << kAppVersion;
  if (p.orphaned_entries > 0) {
    out << ". " << p.orphaned_entries << " report entries refer to items this version of the role no longer has; "
        << "they are kept in the report file but not shown here";
  }
  out << ". This packet is private: it was made on the reader's own machine and shares nothing by itself.</footer>\n"
      << "</body>\n</html>\n";
  return out.str();
}

}  // namespace rex::core
