// Promotion packets: content, escaping of everything a person typed, and no
// way for the HTML to run code or load anything.
#include <doctest/doctest.h>

#include "core/app/app_info.hpp"
#include "core/report/packet.hpp"
#include "core/report/packet_model.hpp"
#include "core/report/report_format.hpp"
#include "report_test_support.hpp"

using rex::core::Assessment;
using rex::core::PacketHtml;
using rex::core::PacketMarkdown;
using rex::core::PacketOptions;
using rex::test::kReportFixtures;
using rex::test::ReadFile;
using rex::test::TestCatalog;
using rex::test::TestRole;

namespace {

constexpr const char* kScript = "<script>alert(1)</script>";

Assessment FullAssessment() {
  const auto imported =
      rex::core::ParseReport(ReadFile(kReportFixtures + "golden/full.json"), "full.json", TestCatalog());
  REQUIRE(imported.ok());
  return imported.value().assessment;
}

// An assessment whose every free-text field carries markup.
Assessment HostileAssessment() {
  Assessment a = FullAssessment();
  a.person_name = std::string("Mallory ") + kScript;
  a.ratings["skill-api-design"].note = kScript;
  a.ratings["skill-api-design"].evidence.push_back({std::string("<img src=x onerror=alert(2)>"),
                                                    "javascript:alert(3)", "<b>2026</b>"});
  a.review.reviewer = "<iframe src=https://evil.invalid>";
  a.review.summary = "</blockquote><script>alert(4)</script>";
  a.review.entries["skill-api-design"].comment = "<style>body{display:none}</style>";
  return a;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A '<' that Markdown could read as the start of an HTML tag.
bool HasUnescapedAngle(const std::string& md) {
  for (std::size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '<' && (i == 0 || md[i - 1] != '\\')) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("packet html: a note with <script> renders as text") {
  const std::string html = PacketHtml(HostileAssessment(), TestRole(), {false, "2026-05-01T08:00:00Z", true});
  CHECK(Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(Contains(html, "<script"));
  CHECK_FALSE(Contains(html, "<img"));
  CHECK_FALSE(Contains(html, "<iframe"));
  CHECK_FALSE(Contains(html, "<style>body"));
  CHECK_FALSE(Contains(html, "href="));
  CHECK(Contains(html, "Mallory &lt;script&gt;"));
  CHECK(Contains(html, "javascript:alert(3)"));  // shown as text, inside <code>, never a link
}

TEST_CASE("packet html: self-contained, with print CSS and no external resources") {
  const std::string html = PacketHtml(FullAssessment(), TestRole(), {false, "2026-05-01T08:00:00Z", true});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(Contains(html, "@media print"));
  CHECK(Contains(html, "Content-Security-Policy"));
  for (const std::string external : {"<script", "<link", "src=", "@import", "url(", "<iframe", "<object", "<embed"}) {
    CAPTURE(external);
    CHECK_FALSE(Contains(html, external));
  }
  // Only the SVG namespace and the CSP may mention a URL scheme.
  std::size_t at = 0;
  while ((at = html.find("http", at)) != std::string::npos) {
    const std::string around = html.substr(at, 30);
    CAPTURE(around);
    CHECK((around.rfind("http://www.w3.org/2000/svg", 0) == 0 || around.rfind("http-equiv", 0) == 0 ||
           around.rfind("https://wiki.example.invalid", 0) == 0));
    ++at;
  }
}

TEST_CASE("packet html: the sections a committee reads") {
  const std::string html = PacketHtml(FullAssessment(), TestRole(), {false, "2026-05-01T08:00:00Z", true});
  for (const char* part : {"Promotion packet", "Zoë Example-Núñez", "Platform Engineer (report tests)",
                           "<dt>Target</dt><dd>Staff</dd>", "<dt>Date</dt><dd>2026-05-01</dd>", "Verdict:", "Profile",
                           "Strengths", "Gaps", "Evidence", "API review guide adopted by four teams",
                           "Manager review", "Manager Person", "Milestones", "1 of 2 goals done",
                           "Progress over time", "January baseline", "<svg", "Technical skills",
                           "3 report entries refer to items"}) {
    const std::string wanted = part;
    CAPTURE(wanted);
    CHECK(Contains(html, part));
  }
  // No XML declaration inside HTML; one chart per rated kind with at least 3 items.
  CHECK_FALSE(Contains(html, "<?xml"));
  std::size_t charts = 0;
  for (std::size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++charts;
  CHECK(charts == 1);  // technical skills (4 items); soft skills have only 2
  // The calibration table lists the largest disagreement first.
  CHECK(html.find("Distributed systems</td><td>2 (Proficient)</td><td>1 (Learning)</td><td class=\"num\">-1") <
        html.find("API design</td><td>3 (Strong)</td><td>3 (Strong)</td><td class=\"num\">0"));
}

TEST_CASE("packet: redacted packets leave out the name, notes, evidence and review text") {
  const Assessment a = HostileAssessment();
  for (const std::string& text : {PacketHtml(a, TestRole(), {true, "", false}), PacketMarkdown(a, TestRole(), {true, "", false})}) {
    CHECK_FALSE(Contains(text, "Mallory"));
    CHECK_FALSE(Contains(text, "alert"));
    CHECK_FALSE(Contains(text, "API review guide"));
    CHECK_FALSE(Contains(text, "Manager Person"));
    CHECK(Contains(text, "withheld"));
  }
}

TEST_CASE("packet markdown: user text is escaped") {
  const std::string md = PacketMarkdown(HostileAssessment(), TestRole(), {false, "2026-05-01T08:00:00Z", false});
  CHECK(Contains(md, "\\<script\\>alert(1)\\</script\\>"));
  CHECK(Contains(md, "\\<img src=x onerror=alert(2)\\>"));
  CHECK_FALSE(HasUnescapedAngle(md));  // charts are off here: every '<' is the person's text
  CHECK(Contains(md, "# Promotion packet: Platform Engineer (report tests)"));
  CHECK(Contains(md, "## Verdict:"));
  CHECK(Contains(md, "- [x] Lead a cross-team design review"));
  CHECK(Contains(md, "- [ ] Mentor two engineers"));
}

TEST_CASE("packet markdown: charts are inline SVG blocks without blank lines") {
  const std::string md = PacketMarkdown(FullAssessment(), TestRole(), {false, "", true});
  const auto start = md.find("<svg");
  REQUIRE(start != std::string::npos);
  const auto end = md.find("</svg>", start);
  REQUIRE(end != std::string::npos);
  CHECK(md.substr(start, end - start).find("\n\n") == std::string::npos);
}

TEST_CASE("packet markdown: EscapeMarkdown") {
  using rex::core::packet::EscapeMarkdown;
  CHECK(EscapeMarkdown("plain words, fine.") == "plain words, fine.");
  CHECK(EscapeMarkdown("*bold* _it_ `code` [link](x) | pipe") == "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\| pipe");
  CHECK(EscapeMarkdown("# heading") == "\\# heading");
  CHECK(EscapeMarkdown("- item") == "\\- item");
  CHECK(EscapeMarkdown("1. first") == "1\\. first");
  CHECK(EscapeMarkdown("a - b") == "a - b");
  CHECK(EscapeMarkdown("line one\n\n  line two\t") == "line one line two");
  CHECK(EscapeMarkdown("&amp; \\") == "\\&amp; \\\\");
}

TEST_CASE("packet: an empty assessment still gives a complete packet") {
  Assessment a;
  a.role_id = TestRole().id;
  a.target = "staff";
  const std::string html = PacketHtml(a, TestRole(), {});
  CHECK(Contains(html, "No notes or evidence yet."));
  CHECK(Contains(html, "No manager review yet."));
  CHECK(Contains(html, "0 of 2 goals done"));
  CHECK_FALSE(Contains(html, "Progress over time"));
  CHECK(Contains(PacketMarkdown(a, TestRole(), {}), "*No manager review yet.*"));
}

TEST_CASE("packet: the footer names the app and its version, in both formats") {
  const std::string version = std::string("Made with Role Explorer ") + std::string(rex::core::kAppVersion);
  CHECK(PacketHtml(FullAssessment(), TestRole(), {}).find(version) != std::string::npos);
  CHECK(PacketMarkdown(FullAssessment(), TestRole(), {}).find(version) != std::string::npos);
}

namespace {

// The test role with markup in an item's own words for a level.
rex::core::Role RoleWithHostileLevels() {
  rex::core::Role role = TestRole();
  rex::core::Item& api = role.sections[0].groups[0].items[0];
  REQUIRE(api.id == "skill-api-design");
  api.levels = {{2, "Knows <b>REST</b> & \"gRPC\""}, {3, std::string("Sets conventions ") + kScript}};
  role.BuildIndex();
  return role;
}

// The test role with 20 more Critical skills: 22 items change from Senior to Staff.
rex::core::Role RoleWithManyChanges() {
  rex::core::Role role = TestRole();
  std::vector<rex::core::Item>& items = role.sections[0].groups[0].items;
  for (int i = 0; i < 20; ++i) {
    rex::core::Item extra;
    extra.id = "skill-extra-" + std::to_string(i);
    extra.kind = "technical_skill";
    extra.name = "Extra skill " + std::to_string(i);
    extra.importance = rex::core::Importance::kCritical;
    items.push_back(extra);
  }
  role.BuildIndex();
  return role;
}

}  // namespace

TEST_CASE("packet: each rating says what its level looks like for the item, else on the scale") {
  const std::string html = PacketHtml(FullAssessment(), TestRole(), {false, "2026-05-01T08:00:00Z", false});
  // A strength in the item's own words; CI/CD has none, so the scale's words.
  CHECK(Contains(html, "<td>3 (Strong)<div class=\"meaning\">Sets API conventions that several teams follow and "
                       "reviews their designs.</div></td>"));
  CHECK(Contains(html, "<td>1 (Learning)<div class=\"meaning\">Does it with help.</div></td>"));
  // A gap says both where the person is and what the target asks for.
  CHECK(Contains(html, "<td>2 (Proficient)<div class=\"meaning\">Designs a service that stays correct under partial "
                       "failure.</div></td><td>3 (Strong)<div class=\"meaning\">Leads the design of flows that span "
                       "several services and teams.</div></td>"));
  // Next to the evidence, too.
  CHECK(Contains(html, "<p class=\"meaning\">Sets API conventions"));
  const std::string md = PacketMarkdown(FullAssessment(), TestRole(), {false, "2026-05-01T08:00:00Z", false});
  CHECK(Contains(md, "| 3 (Strong) — Sets API conventions that several teams follow and reviews their designs. |"));
  CHECK(Contains(md, "| 1 (Learning) — Does it with help. |"));
}

TEST_CASE("packet: what changes from the previous target to the chosen one, biggest first") {
  const std::string html = PacketHtml(FullAssessment(), TestRole(), {false, "", false});
  const auto section = html.find("<h2>What changes from Senior to Staff</h2>");
  REQUIRE(section != std::string::npos);
  CHECK(section > html.find("<section id=\"gaps\">"));
  CHECK(Contains(html, "<p>2 items change: 2 raised, 0 lowered; 4 unchanged.</p>"));
  CHECK(Contains(html, "<tr><td>API design</td><td class=\"category\">Skills</td><td>2 (Proficient)<div "
                       "class=\"meaning\">Designs a service&apos;s API alone"));
  CHECK(html.find("<tr><td>API design</td>", section) < html.find("<tr><td>Distributed systems</td>", section));
  const std::string md = PacketMarkdown(FullAssessment(), TestRole(), {false, "", false});
  CHECK(Contains(md, "## What changes from Senior to Staff\n\n2 items change: 2 raised, 0 lowered; 4 unchanged.\n\n"
                     "| Item | Category | Senior | Staff |\n"));
  CHECK(Contains(md, "| API design | Skills | 2 (Proficient) — Designs a service's API alone: versioning, pagination "
                     "and errors included. | 3 (Strong) — Sets API conventions"));
}

TEST_CASE("packet: a long level diff lists the biggest changes and counts the rest") {
  const rex::core::Role role = RoleWithManyChanges();
  Assessment a;
  a.role_id = role.id;
  a.target = "staff";
  const std::string html = PacketHtml(a, role, {});
  CHECK(Contains(html, "<p>22 items change: 22 raised, 0 lowered; 4 unchanged.</p>"));
  const auto section = html.find("<section id=\"level-diff\">");
  const auto end = html.find("</section>", section);
  std::size_t rows = 0;
  for (std::size_t at = html.find("<tr><td>", section); at < end; at = html.find("<tr><td>", at + 1)) ++rows;
  CHECK(rows == 15);
  CHECK(Contains(html, "And 7 more changes, none bigger than those above."));
  CHECK(Contains(PacketMarkdown(a, role, {}), "*And 7 more changes, none bigger than those above.*"));
}

TEST_CASE("packet: a role with one target has no level diff") {
  rex::core::Role role = TestRole();
  role.rating_model.targets.resize(1);
  role.rating_model.default_target = role.rating_model.targets[0].id;
  Assessment a;
  a.role_id = role.id;
  a.target = role.rating_model.default_target;
  CHECK_FALSE(Contains(PacketHtml(a, role, {}), "What changes from"));
  CHECK_FALSE(Contains(PacketMarkdown(a, role, {}), "What changes from"));
}

TEST_CASE("packet: an item's words for its levels are escaped like any text") {
  const rex::core::Role role = RoleWithHostileLevels();
  const Assessment a = FullAssessment();  // API design rated 3, expected 3; 2 -> 3 from Senior to Staff
  const std::string html = PacketHtml(a, role, {false, "", true});
  CHECK_FALSE(Contains(html, "<script"));
  CHECK_FALSE(Contains(html, "<b>REST"));
  CHECK(Contains(html, "Sets conventions &lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(Contains(html, "Knows &lt;b&gt;REST&lt;/b&gt; &amp; &quot;gRPC&quot;"));  // in the level diff
  // The chart's axis tooltip carries the self level's words, escaped too.
  CHECK(Contains(html, "<title>API design\nSelf: 3 (Strong) · Target: 3 (Strong) · Manager: 3 (Strong)\n"
                       "Sets conventions &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
  const std::string md = PacketMarkdown(a, role, {false, "", false});
  CHECK(Contains(md, "Sets conventions \\<script\\>alert(1)\\</script\\>"));
  CHECK(Contains(md, "Knows \\<b\\>REST\\</b\\> \\& \"gRPC\""));
  CHECK_FALSE(HasUnescapedAngle(md));
}
