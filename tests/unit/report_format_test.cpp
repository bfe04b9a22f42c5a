// The report file: golden round trips, redaction, items the role no longer has,
// every broken fixture (with the caller's state untouched), the size limit and
// the 50-snapshot generated report.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/app/app_info.hpp"
#include "core/report/report_format.hpp"
#include "generated_report.hpp"
#include "report_test_support.hpp"

using rex::core::Assessment;
using rex::core::Error;
using rex::core::ExportOptions;
using rex::core::ImportedReport;
using rex::core::ParseReport;
using rex::core::Redacted;
using rex::core::Result;
using rex::core::SerializeReport;
using rex::test::kReportFixtures;
using rex::test::ReadFile;
using rex::test::TestCatalog;
using rex::test::TestRole;

namespace {

ImportedReport RequireParsed(const std::string& text, const std::string& source,
                             const std::vector<const rex::core::Role*>& roles) {
  Result<ImportedReport> parsed = ParseReport(text, source, roles);
  REQUIRE_MESSAGE(parsed.ok(), (parsed.ok() ? "" : parsed.error().ToString()));
  return std::move(parsed).value();
}

// Everything a report can hold, including text that needs escaping and entries
// for items the role does not have.
Assessment RichAssessment() {
  Assessment a;
  a.role_id = "report-test-role";
  a.content_version = "2.1.0";
  a.person_name = "Zoë \"Z\" O'Neil <zoe@example.invalid>";
  a.target = "principal";
  a.created_at = "2026-01-05";
  a.updated_at = "2026-04-28T17:45:12.5-05:30";
  a.ratings["skill-api-design"] = {3, "Line one\nLine two\ttabbed \\ backslash", {{"Guide", "https://x.invalid", "2026-02-14"}, {"Talk", "", ""}}};
  a.ratings["skill-ci-cd"] = {0, "", {}};
  a.ratings["soft-writing"] = {std::nullopt, "only a note", {}};
  a.ratings["skill-observability"] = {};  // an empty entry survives a round trip too
  a.goals_done = {{"goal-design-review", true}, {"goal-mentor", false}};
  a.snapshots.push_back({"s1", "", "2026-01-31T12:00:00Z", "", {}, {}});
  a.snapshots.push_back({"s2", "Mid-year ✓", "2026-04-15T12:00:00+02:00", "staff", {{"skill-api-design", 2}, {"gone-item", 1}}, {{"goal-mentor", true}}});
  a.last_snapshot_number = 5;  // three were taken and removed since: the counter survives the file too
  a.review.reviewer = "Grace";
  a.review.summary = "Summary\nwith two lines";
  a.review.entries["skill-api-design"] = {2, "One lower."};
  a.review.entries["soft-mentoring"] = {std::nullopt, ""};
  a.orphaned.ratings["skill-removed"] = {4, "kept", {{"proof", "", ""}}};
  a.orphaned.goals_done["goal-removed"] = true;
  a.orphaned.review_entries["skill-removed"] = {3, "also kept"};
  return a;
}

}  // namespace

TEST_CASE("report: a rich assessment survives serialize -> parse unchanged") {
  const Assessment original = RichAssessment();
  const std::string text = SerializeReport(original, TestRole(), {false, "2026-05-01T08:00:00Z"});
  const ImportedReport imported = RequireParsed(text, "rich.json", TestCatalog());
  CHECK(imported.assessment == original);
  CHECK(imported.exported_at == "2026-05-01T08:00:00Z");
  CHECK_FALSE(imported.redacted);
  CHECK(imported.schema_version == 2);
  CHECK(imported.unknown_item_ids == std::vector<std::string>{"goal-removed", "skill-removed"});
  // The same assessment always gives the same bytes.
  CHECK(SerializeReport(imported.assessment, TestRole(), {false, "2026-05-01T08:00:00Z"}) == text);
}

TEST_CASE("report: golden files are exactly what an export of their content writes") {
  for (const std::string& name : rex::test::JsonFilesIn(kReportFixtures + "golden")) {
    CAPTURE(name);
    const std::string text = ReadFile(kReportFixtures + "golden/" + name);
    std::vector<const rex::core::Role*> roles = TestCatalog();
    roles.push_back(&rex::test::StaffRole());
    const ImportedReport imported = RequireParsed(text, name, roles);
    const rex::core::Role& role = imported.assessment.role_id == "report-test-role" ? TestRole() : rex::test::StaffRole();
    const ExportOptions as_written{imported.redacted, imported.exported_at, imported.app};
    CHECK(SerializeReport(imported.assessment, role, as_written) == text);
    // And parsing that export again gives the same assessment.
    const std::string again = SerializeReport(imported.assessment, role, as_written);
    CHECK(RequireParsed(again, name, roles).assessment == imported.assessment);
  }
}

TEST_CASE("report: items the role no longer has are kept, listed and written back") {
  const std::string text = ReadFile(kReportFixtures + "golden/full.json");
  const ImportedReport imported = RequireParsed(text, "full.json", TestCatalog());
  const Assessment& a = imported.assessment;
  CHECK(imported.unknown_item_ids == std::vector<std::string>{"goal-retired-checklist", "skill-legacy-soap"});
  CHECK(a.ratings.count("skill-legacy-soap") == 0);
  CHECK(a.orphaned.ratings.at("skill-legacy-soap").level == 4);
  CHECK(a.orphaned.goals_done.at("goal-retired-checklist"));
  CHECK(a.orphaned.review_entries.at("skill-legacy-soap").level == 4);
  CHECK(a.ratings.at("skill-observability").level == std::nullopt);
  CHECK(a.ratings.at("skill-observability").note == "Not rated yet: waiting for the tracing project.");
  // Snapshots are history: their ids stay as they were.
  CHECK(a.snapshots.at(0).levels.at("skill-legacy-soap") == 4);
  REQUIRE(imported.warnings.size() == 1);
  CHECK(imported.warnings[0].find("2 items in this report are not in the current") != std::string::npos);
  CHECK(imported.warnings[0].find("goal-retired-checklist, skill-legacy-soap") != std::string::npos);
}

TEST_CASE("report: an item of a kind that is no longer rated counts as unknown") {
  Assessment a = rex::core::Assessment{};
  a.role_id = "report-test-role";
  a.content_version = "2.1.0";
  a.target = "staff";
  a.orphaned.ratings["kpi-lead-time"] = {2, "", {}};  // a KPI: not a rated kind in this role
  a.orphaned.goals_done["skill-api-design"] = true;  // a skill: not a checklist item
  const ImportedReport imported = RequireParsed(SerializeReport(a, TestRole(), {}), "kinds.json", TestCatalog());
  CHECK(imported.assessment == a);
  CHECK(imported.unknown_item_ids == std::vector<std::string>{"kpi-lead-time", "skill-api-design"});
}

TEST_CASE("report: a redacted export keeps levels only") {
  const Assessment original = RichAssessment();
  const std::string text = SerializeReport(original, TestRole(), {true, "2026-05-01T08:00:00Z"});
  for (const std::string secret : {"Zoë", "Line one", "only a note", "Guide", "https://x.invalid", "Grace", "Summary",
                             "One lower.", "kept", "proof"}) {
    CAPTURE(secret);
    CHECK(text.find(secret) == std::string::npos);
  }
  const ImportedReport imported = RequireParsed(text, "redacted.json", TestCatalog());
  CHECK(imported.redacted);
  CHECK(imported.assessment == Redacted(original));
  CHECK(imported.assessment.ratings.at("skill-api-design").level == 3);
  CHECK(imported.assessment.ratings.count("soft-writing") == 0);  // it had only a note
  CHECK(imported.assessment.review.entries.at("skill-api-design").level == 2);
  CHECK(imported.assessment.review.entries.count("soft-mentoring") == 0);
  CHECK(imported.assessment.snapshots == original.snapshots);
}

TEST_CASE("report: the golden redacted file is the redacted export of the full one") {
  const ImportedReport full = RequireParsed(ReadFile(kReportFixtures + "golden/full.json"), "full.json", TestCatalog());
  CHECK(SerializeReport(full.assessment, TestRole(), {true, full.exported_at, full.app}) ==
        ReadFile(kReportFixtures + "golden/redacted.json"));
}

TEST_CASE("report: every export says which app wrote it, and import reads it back") {
  const std::string text = SerializeReport(RichAssessment(), TestRole(), {});
  const nlohmann::json json = nlohmann::json::parse(text);
  CHECK(json["app"]["name"] == "Role Explorer");
  CHECK(json["app"]["version"] == std::string(rex::core::kAppVersion));
  const ImportedReport imported = RequireParsed(text, "app.json", TestCatalog());
  CHECK(imported.app == rex::core::ThisApp());
  // Files from before 1.1.0 have no stamp and stay valid.
  const ImportedReport old = RequireParsed(ReadFile(kReportFixtures + "golden/minimal.json"), "minimal.json", TestCatalog());
  CHECK(old.app.Empty());
}

TEST_CASE("report: warnings name a different content version") {
  Assessment a = RichAssessment();
  a.content_version = "1.9.0";
  const ImportedReport imported = RequireParsed(SerializeReport(a, TestRole(), {}), "old.json", TestCatalog());
  CHECK(imported.assessment.content_version == "1.9.0");
  REQUIRE(!imported.warnings.empty());
  CHECK(imported.warnings[0] ==
        "this report was made with version 1.9.0 of \"Platform Engineer (report tests)\"; this app has version 2.1.0");
}

TEST_CASE("report: the single-role overload reads a report of that role") {
  const std::string text = ReadFile(kReportFixtures + "golden/minimal.json");
  const Result<ImportedReport> same = ParseReport(text, "minimal.json", TestRole());
  REQUIRE(same.ok());
  CHECK(same.value().assessment.target == "senior");
  const Result<ImportedReport> other = ParseReport(text, "minimal.json", rex::test::MiniRole());
  REQUIRE_FALSE(other.ok());
  CHECK(other.error().where == "minimal.json#/role/id");
}

// The pattern the app uses: parse into a new object, swap only on success.
TEST_CASE("report: every broken fixture fails with its message and leaves the caller's state alone") {
  const nlohmann::json expected =
      nlohmann::json::parse(ReadFile(kReportFixtures + "broken/expected.json"))["files"];
  const std::vector<std::string> files = rex::test::JsonFilesIn(kReportFixtures + "broken");
  int checked = 0;
  for (const std::string& name : files) {
    if (name == "expected.json") continue;
    CAPTURE(name);
    REQUIRE_MESSAGE(expected.contains(name), name << " has no entry in expected.json");
    const std::string text = ReadFile(kReportFixtures + "broken/" + name);

    Assessment current = RichAssessment();  // what the person had open
    const Assessment before = current;
    const Result<ImportedReport> imported = ParseReport(text, name, TestCatalog());
    if (imported.ok()) current = imported.value().assessment;

    REQUIRE_FALSE(imported.ok());
    const Error& error = imported.error();
    CHECK(error.where == name + expected[name]["where"].get<std::string>());
    CHECK_MESSAGE(error.message.find(expected[name]["message"].get<std::string>()) != std::string::npos,
                  error.message);
    CHECK(current == before);
    ++checked;
  }
  CHECK(checked == static_cast<int>(expected.size()));
  CHECK(checked >= 30);
}

TEST_CASE("report: parsing is pure: the same text gives the same result every time") {
  const std::string text = ReadFile(kReportFixtures + "golden/full.json");
  const ImportedReport first = RequireParsed(text, "full.json", TestCatalog());
  const ImportedReport second = RequireParsed(text, "full.json", TestCatalog());
  CHECK(first.assessment == second.assessment);
  CHECK(first.warnings == second.warnings);
}

TEST_CASE("report: files over the size limit are refused before parsing") {
  const std::string big(static_cast<std::size_t>(7.3 * 1024 * 1024), ' ');
  const Result<ImportedReport> imported = ParseReport(big, "big.json", TestCatalog());
  REQUIRE_FALSE(imported.ok());
  CHECK(imported.error().where == "big.json");
  CHECK(imported.error().message == "the file is 7.3 MB; reports are at most 5 MB");
  const auto just_over = rex::core::CheckReportSize(rex::core::kMaxReportBytes + 1, "x.json");
  REQUIRE(just_over.has_value());
  CHECK(just_over->message == "the file is 5.1 MB; reports are at most 5 MB");
  CHECK_FALSE(rex::core::CheckReportSize(rex::core::kMaxReportBytes, "x.json").has_value());
}

TEST_CASE("report: a byte order mark is accepted") {
  const std::string text = "\xEF\xBB\xBF" + ReadFile(kReportFixtures + "golden/minimal.json");
  CHECK(ParseReport(text, "bom.json", TestCatalog()).ok());
}

TEST_CASE("report: timestamps take the ISO-8601 forms the platform writes") {
  for (const std::string good : {"2026-05-01", "2026-05-01T09:30Z", "2026-05-01T09:30:00Z", "2026-05-01T09:30:00.123Z",
                           "2026-05-01T09:30:00+02:00", "2026-05-01T09:30:00"}) {
    Assessment a = RichAssessment();
    a.updated_at = good;
    CAPTURE(good);
    CHECK(ParseReport(SerializeReport(a, TestRole(), {}), "t.json", TestCatalog()).ok());
  }
  for (const std::string bad : {"2026-5-1", "May 1st", "2026-05-01 09:30", "2026-05-01T09:30:00+0200", "2026-05-01T9:30Z",
                          "2026-05-01T09:30:00.Z"}) {
    Assessment a = RichAssessment();
    a.updated_at = bad;
    CAPTURE(bad);
    const Result<ImportedReport> imported = ParseReport(SerializeReport(a, TestRole(), {}), "t.json", TestCatalog());
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().where == "t.json#/updated_at");
  }
}

TEST_CASE("report: file names are <role>-<name>-<date>.json") {
  Assessment a;
  a.role_id = "staff-backend-engineer";
  a.person_name = "Zoë O'Neil";
  CHECK(rex::core::ReportFileName(a, {false, "2026-05-01T08:00:00Z"}) == "staff-backend-engineer-zo-o-neil-2026-05-01.json");
  CHECK(rex::core::ReportFileName(a, {true, "2026-05-01T08:00:00Z"}) == "staff-backend-engineer-2026-05-01.json");
  CHECK(rex::core::ReportFileName(a, {false, ""}) == "staff-backend-engineer-zo-o-neil.json");
  a.person_name = "../../etc/passwd";
  CHECK(rex::core::ReportFileName(a, {false, ""}) == "staff-backend-engineer-etc-passwd.json");
}

TEST_CASE("report: a generated report with 50 snapshots of the real role round-trips") {
  const rex::core::Role& role = rex::test::StaffRole();
  const Assessment generated = rex::test::GeneratedAssessment(role, 50);
  CHECK(generated.snapshots.size() == 50);
  const std::string text = rex::test::GeneratedReportJson(role, 50);
  CHECK(text.size() < rex::core::kMaxReportBytes);
  const ImportedReport imported = RequireParsed(text, "generated.json", {&role});
  CHECK(imported.assessment == generated);
  CHECK(imported.unknown_item_ids.empty());
  CHECK(imported.warnings.empty());
}
