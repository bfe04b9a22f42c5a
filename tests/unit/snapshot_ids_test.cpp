// Snapshot ids are never reused, and what earlier versions wrote with a repeated
// id is repaired on reading rather than refused.
#include <doctest/doctest.h>

#include "core/app/session.hpp"
#include "core/assessment/snapshot_ids.hpp"
#include "core/report/report_format.hpp"
#include "report_test_support.hpp"

using rex::core::Apply;
using rex::core::Assessment;
using rex::core::RemoveSnapshot;
using rex::core::Session;
using rex::core::TakeSnapshot;
using rex::test::kReportFixtures;
using rex::test::OneRoleSession;
using rex::test::ReadFile;
using rex::test::TestRole;

namespace {

std::vector<std::string> Ids(const Session& session) {
  std::vector<std::string> ids;
  for (const auto& s : session.CurrentAssessment()->snapshots) ids.push_back(s.id);
  return ids;
}

}  // namespace

TEST_CASE("snapshot ids: take a, take b, remove a, take c gives three different ids, and d after removing c a fourth") {
  Session session = OneRoleSession();
  REQUIRE(Apply(session, TakeSnapshot{"a"}));
  REQUIRE(Apply(session, TakeSnapshot{"b"}));
  const std::string a = Ids(session)[0], b = Ids(session)[1];
  REQUIRE(Apply(session, RemoveSnapshot{a}));
  REQUIRE(Apply(session, TakeSnapshot{"c"}));
  const std::string c = Ids(session)[1];
  CHECK(c != a);
  CHECK(c != b);
  REQUIRE(Apply(session, RemoveSnapshot{c}));
  REQUIRE(Apply(session, TakeSnapshot{"d"}));
  const std::string d = Ids(session)[1];
  CHECK(d != a);
  CHECK(d != b);
  CHECK(d != c);
  CHECK(d == "snap-4-2026-12-01");
  CHECK(session.CurrentAssessment()->last_snapshot_number == 4);
}

TEST_CASE("snapshot ids: the counter survives export and import, even when the last snapshot was removed") {
  Session session = OneRoleSession();
  REQUIRE(Apply(session, TakeSnapshot{"a"}));
  REQUIRE(Apply(session, TakeSnapshot{"b"}));
  REQUIRE(Apply(session, RemoveSnapshot{Ids(session)[1]}));
  const std::string text = rex::core::SerializeReport(*session.CurrentAssessment(), TestRole(), {});
  CHECK(text.find("\"last_snapshot_number\": 2") != std::string::npos);
  auto imported = rex::core::ParseReport(text, "x", TestRole());
  REQUIRE(imported.ok());
  CHECK(imported.value().assessment == *session.CurrentAssessment());
  Assessment& back = imported.value().assessment;
  CHECK(rex::core::IssueSnapshotId(back, "2026-12-02T00:00:00Z") == "snap-3-2026-12-02");
}

TEST_CASE("snapshot ids: a file without the counter continues after its highest id and its count") {
  Assessment a;
  a.snapshots.push_back({"snap-7-2026-01-01", "", "2026-01-01", "", {}, {}});
  a.snapshots.push_back({"mid-year", "", "2026-06-01", "", {}, {}});
  CHECK(rex::core::SnapshotNumberFloor(a.snapshots) == 7);
  CHECK(rex::core::IssueSnapshotId(a, "2026-07-01T00:00:00Z") == "snap-8-2026-07-01");
  Assessment only_names;
  only_names.snapshots.push_back({"start", "", "2026-01-01", "", {}, {}});
  only_names.snapshots.push_back({"snap-x", "", "2026-01-01", "", {}, {}});
  CHECK(rex::core::SnapshotNumberFloor(only_names.snapshots) == 2);
}

TEST_CASE("snapshot ids: huge numbers in a hand-edited file neither overflow nor collide") {
  Assessment a;
  a.snapshots.push_back({"snap-99999999999999999999-2026-01-01", "", "2026-01-01", "", {}, {}});
  const std::string first = rex::core::IssueSnapshotId(a, "2026-01-01T00:00:00Z");
  a.snapshots.push_back({first, "", "2026-01-01", "", {}, {}});
  const std::string second = rex::core::IssueSnapshotId(a, "2026-01-01T00:00:00Z");
  CHECK(first != second);
  CHECK(a.last_snapshot_number == rex::core::kMaxSnapshotNumber);
}

TEST_CASE("snapshot ids: a report with a repeated id (as version 1.0 wrote) loads, repaired, with one sentence per repair") {
  const std::string path = kReportFixtures + "repair/snapshot-duplicate-id.json";
  auto imported = rex::core::ParseReport(ReadFile(path), "old.json", TestRole());
  REQUIRE_MESSAGE(imported.ok(), (imported.ok() ? "" : imported.error().ToString()));
  const auto& report = imported.value();
  REQUIRE(report.repairs.size() == 1);
  CHECK(report.repairs[0] ==
        "snapshot 3 (\"d\") repeated the id \"snap-2-2026-03-01\"; it now has the id \"snap-4-2026-03-01\"");
  std::vector<std::string> ids;
  for (const auto& s : report.assessment.snapshots) ids.push_back(s.id);
  CHECK(ids == std::vector<std::string>{"snap-2-2026-02-10", "snap-2-2026-03-01", "snap-4-2026-03-01"});
  // Everything else is kept as it was, and the repaired file is what an export writes.
  CHECK(report.assessment.snapshots[2].levels.at("soft-writing") == 2);
  const std::string exported = rex::core::SerializeReport(report.assessment, TestRole(), {false, "", report.app});
  CHECK(exported == ReadFile(kReportFixtures + "repair/snapshot-duplicate-id.expected.json"));
  // The repaired export reads back with nothing left to repair.
  auto again = rex::core::ParseReport(exported, "again.json", TestRole());
  REQUIRE(again.ok());
  CHECK(again.value().repairs.empty());
  CHECK(again.value().assessment == report.assessment);
}

TEST_CASE("snapshot ids: an empty id is given one too") {
  Assessment a;
  a.snapshots.push_back({"", "x", "2026-01-01T00:00:00Z", "", {}, {}});
  a.snapshots.push_back({"", "y", "2026-01-02T00:00:00Z", "", {}, {}});
  const auto repairs = rex::core::RepairSnapshotIds(a);
  CHECK(repairs.size() == 2);
  CHECK(a.snapshots[0].id == "snap-3-2026-01-01");
  CHECK(a.snapshots[1].id == "snap-4-2026-01-02");
}
