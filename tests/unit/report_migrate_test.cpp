// Migrations: every schema 1 golden file upgrades to its expected current form,
// and reading the old file gives the same assessment as reading that form.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/report/report_format.hpp"
#include "core/report/report_migrate.hpp"
#include "report_test_support.hpp"

using rex::core::ImportedReport;
using rex::core::ParseReport;
using rex::core::Result;
using rex::test::kReportFixtures;
using rex::test::ReadFile;
using rex::test::TestCatalog;

namespace {

bool IsExpected(const std::string& name) {
  const std::string suffix = ".expected.json";
  return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string ExpectedName(const std::string& name) { return name.substr(0, name.size() - 5) + ".expected.json"; }

}  // namespace

TEST_CASE("migrate: every schema 1 golden file upgrades to its expected current document") {
  int checked = 0;
  for (const std::string& name : rex::test::JsonFilesIn(kReportFixtures + "v1")) {
    if (IsExpected(name)) continue;
    CAPTURE(name);
    const nlohmann::json v1 = nlohmann::json::parse(ReadFile(kReportFixtures + "v1/" + name));
    const nlohmann::json expected = nlohmann::json::parse(ReadFile(kReportFixtures + "v1/" + ExpectedName(name)));
    const Result<nlohmann::json> migrated = rex::core::MigrateReport(v1, name);
    REQUIRE_MESSAGE(migrated.ok(), (migrated.ok() ? "" : migrated.error().ToString()));
    CHECK(migrated.value() == expected);
    CHECK(migrated.value().dump(2) == expected.dump(2));  // a readable diff when it fails

    // Reading the old file = reading its upgraded form, plus a warning about the upgrade.
    const Result<ImportedReport> old_file = ParseReport(ReadFile(kReportFixtures + "v1/" + name), name, TestCatalog());
    const Result<ImportedReport> new_file = ParseReport(expected.dump(), name, TestCatalog());
    REQUIRE_MESSAGE(old_file.ok(), (old_file.ok() ? "" : old_file.error().ToString()));
    REQUIRE_MESSAGE(new_file.ok(), (new_file.ok() ? "" : new_file.error().ToString()));
    CHECK(old_file.value().assessment == new_file.value().assessment);
    CHECK(old_file.value().schema_version == 1);
    REQUIRE_FALSE(old_file.value().warnings.empty());
    CHECK(old_file.value().warnings[0].find("older format (schema 1)") != std::string::npos);
    ++checked;
  }
  CHECK(checked >= 3);
}

TEST_CASE("migrate: a schema 1 report with removed items keeps them") {
  const Result<ImportedReport> imported =
      ParseReport(ReadFile(kReportFixtures + "v1/removed-items.json"), "removed-items.json", TestCatalog());
  REQUIRE(imported.ok());
  const auto& a = imported.value().assessment;
  CHECK(a.orphaned.ratings.at("skill-legacy-soap").note == "Kept the SOAP gateway alive.");
  CHECK(a.ratings.at("skill-api-design").level == 2);
  CHECK(imported.value().unknown_item_ids == std::vector<std::string>{"goal-retired-checklist", "skill-legacy-soap"});
}

TEST_CASE("migrate: a current document comes back unchanged") {
  const nlohmann::json current = nlohmann::json::parse(ReadFile(kReportFixtures + "golden/full.json"));
  const Result<nlohmann::json> migrated = rex::core::MigrateReport(current, "full.json");
  REQUIRE(migrated.ok());
  CHECK(migrated.value() == current);
}

TEST_CASE("migrate: versions it cannot handle are errors, not exceptions") {
  CHECK_FALSE(rex::core::MigrateReport(nlohmann::json::array(), "a.json").ok());
  CHECK_FALSE(rex::core::MigrateReport(nlohmann::json{{"schema_version", 9}}, "a.json").ok());
  CHECK_FALSE(rex::core::MigrateReport(nlohmann::json{{"schema_version", "1"}}, "a.json").ok());
}

TEST_CASE("migrate: pointers into the upgraded document map back to the schema 1 file") {
  using rex::core::PointerInVersion;
  CHECK(PointerInVersion(1, "/ratings/skill-x/level") == "/ratings/skill-x");
  CHECK(PointerInVersion(1, "/ratings/skill-x/note") == "/notes/skill-x");
  CHECK(PointerInVersion(1, "/role/id") == "/role_id");
  CHECK(PointerInVersion(1, "/updated_at") == "/saved_at");
  CHECK(PointerInVersion(1, "/goals/goal-a") == "/done_goals");
  CHECK(PointerInVersion(1, "/target") == "/target");
  CHECK(PointerInVersion(2, "/ratings/skill-x/level") == "/ratings/skill-x/level");
}
