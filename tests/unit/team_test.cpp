// core/team/: many reports as a team. Expected figures are worked out by hand from
// tests/fixtures/team/ (report-test-role, target staff: Critical 3, Important 2,
// Optional 1; weights 3/2/1):
//
//   item               alice bob carol | avg  median q1   q3   range SD      below
//   api design (C)       3    1    2   |  2    2     1.5  2.5  2     0.8165  2
//   distributed (C)      2    1    3   |  2    2     1.5  2.5  2     0.8165  2
//   observability (I)    2    3    -   |  2.5  2.5   2.25 2.75 1     0.5     0
//   ci/cd (O)            1    0    2   |  1    1     0.5  1.5  2     0.8165  1
//   mentoring (I)        3    1    2   |  2    2     1.5  2.5  2     0.8165  1
//   writing (I)          2    -    2   |  2    2     2    2    0     0       0
//
//   manager: alice api 2, dist 4; bob api 1, obs 2, mentoring 4; carol dist 3, writing 4.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "core/report/report_format.hpp"
#include "core/team/pseudonyms.hpp"
#include "core/team/team.hpp"
#include "core/team/team_export.hpp"
#include "core/team/team_figures.hpp"
#include "core/team/team_sort.hpp"
#include "report_test_support.hpp"

namespace {

using namespace rex::core;
using rex::test::ReadFile;
using rex::test::TestRole;

const std::string kTeamFixtures = std::string(REX_SOURCE_DIR) + "/tests/fixtures/team/";

std::vector<TeamFile> Files(const std::vector<std::string>& names) {
  std::vector<TeamFile> files;
  for (const std::string& name : names) files.emplace_back(name, ReadFile(kTeamFixtures + name));
  return files;
}

Team ReadFixtures(const std::vector<std::string>& names, TeamOptions options = {}) {
  return ReadTeam(Files(names), {&TestRole()}, options);
}

Team ThreePeople(TeamOptions options = {}) { return ReadFixtures({"alice.json", "bob.json", "carol.json"}, options); }

const ItemFigures& FindItem(const RoleFigures& figures, const std::string& id) {
  for (const ItemFigures& item : figures.items) {
    if (item.id == id) return item;
  }
  FAIL("no item " << id);
  return figures.items.front();
}

}  // namespace

TEST_CASE("team: every good file loads, a broken one and one for an unknown role become errors") {
  const Team team = ReadFixtures({"alice.json", "broken.json", "bob.json", "other-role.json", "carol.json"});
  REQUIRE(team.members.size() == 3);
  CHECK(team.members[0].display_name == "Alice Adams");
  CHECK(team.members[1].display_name == "Bob \"Bobby\" Brown, Jr.");
  CHECK(team.members[2].file == "carol.json");
  REQUIRE(team.errors.size() == 2);
  CHECK(team.errors[0].file == "broken.json");
  CHECK(team.errors[0].where == "broken.json:4:37");
  CHECK(team.errors[0].message.find("JSON syntax error") != std::string::npos);
  CHECK(team.errors[1].ToString() ==
        "other-role.json#/role/id: this report is for the role \"data-scientist\" (Data Scientist), which is not loaded");
}

TEST_CASE("team: a file over the report size limit is refused unread") {
  const Team team = ReadTeam({{"huge.json", std::string(kMaxReportBytes + 1, ' ')}}, {&TestRole()}, {});
  CHECK(team.members.empty());
  REQUIRE(team.errors.size() == 1);
  CHECK(team.errors[0].message.find("reports are at most 5 MB") != std::string::npos);
}

TEST_CASE("team: groups by role in order of first appearance") {
  const Team team = ThreePeople();
  const std::vector<TeamRoleGroup> groups = GroupByRole(team);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].role == &TestRole());
  CHECK(groups[0].members == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("team: per item average, spread, quartiles and below target") {
  const std::vector<RoleFigures> all = TeamFiguresByRole(ThreePeople());
  REQUIRE(all.size() == 1);
  const RoleFigures& figures = all[0];
  REQUIRE(figures.items.size() == 6);
  CHECK(figures.items[0].id == "skill-api-design");  // role order
  const ItemFigures& api = FindItem(figures, "skill-api-design");
  CHECK(api.category == "Skills");
  CHECK(api.rated == 3);
  CHECK(api.average == doctest::Approx(2.0));
  CHECK(api.median == doctest::Approx(2.0));
  CHECK(api.q1 == doctest::Approx(1.5));
  CHECK(api.q3 == doctest::Approx(2.5));
  CHECK(api.iqr == doctest::Approx(1.0));
  CHECK(api.range == 2);
  CHECK(api.spread == doctest::Approx(0.8165).epsilon(0.001));
  CHECK(api.below_target == 2);
  const ItemFigures& observability = FindItem(figures, "skill-observability");
  CHECK(observability.rated == 2);  // carol did not rate it: not counted as 0
  CHECK(observability.average == doctest::Approx(2.5));
  CHECK(observability.q1 == doctest::Approx(2.25));
  CHECK(observability.q3 == doctest::Approx(2.75));
  CHECK(observability.spread == doctest::Approx(0.5));
  CHECK(observability.below_target == 0);
  const ItemFigures& cicd = FindItem(figures, "skill-ci-cd");
  CHECK(cicd.average == doctest::Approx(1.0));
  CHECK(cicd.below_target == 1);
  const ItemFigures& writing = FindItem(figures, "soft-writing");
  CHECK(writing.spread == doctest::Approx(0.0));
  CHECK(writing.range == 0);
}

TEST_CASE("team: quantiles interpolate between order statistics") {
  CHECK(Quantile({4}, 0.25) == doctest::Approx(4));
  CHECK(Quantile({1, 2, 3, 4}, 0.5) == doctest::Approx(2.5));
  CHECK(Quantile({1, 2, 3, 4}, 0.25) == doctest::Approx(1.75));
  CHECK(Quantile({0, 4}, 0.75) == doctest::Approx(3));
}

TEST_CASE("team: per person figures") {
  const RoleFigures figures = TeamFiguresByRole(ThreePeople())[0];
  const PersonFigures& alice = figures.people[0];
  CHECK(alice.attainment == doctest::Approx(28.0 / 31.0));  // only distributed systems short: 6 of 9
  CHECK(alice.rated == 6);
  CHECK(alice.total == 6);
  REQUIRE(alice.top_gaps.size() == 1);
  CHECK(alice.top_gaps[0].id == "skill-distributed-systems");
  CHECK(alice.levels.at("soft-mentoring") == 3);
  CHECK(alice.manager_levels == std::map<std::string, int>{{"skill-api-design", 2}, {"skill-distributed-systems", 4}});
  const PersonFigures& bob = figures.people[1];
  CHECK(bob.rated == 5);
  CHECK(bob.top_gaps.size() == 3);  // kTeamTopGaps of his four
  CHECK(bob.levels.count("soft-writing") == 0);
}

TEST_CASE("team: calibration, biggest disagreement first, and mean disagreement per person") {
  const RoleFigures figures = TeamFiguresByRole(ThreePeople())[0];
  std::vector<std::string> order;
  for (const Disagreement& d : figures.calibration) {
    order.push_back(std::to_string(d.member) + ":" + d.item_id + ":" + std::to_string(d.Difference()));
  }
  // |3|, then |2| in member order, then |1| in member order (bob's api agrees: not listed).
  CHECK(order == std::vector<std::string>{"1:soft-mentoring:3", "0:skill-distributed-systems:2", "2:soft-writing:2",
                                          "0:skill-api-design:-1", "1:skill-observability:-1"});
  CHECK(figures.people[0].compared == 2);
  CHECK(figures.people[0].disagreements == 2);
  CHECK(figures.people[0].mean_disagreement == doctest::Approx(1.5));
  CHECK(figures.people[1].compared == 3);
  CHECK(figures.people[1].mean_disagreement == doctest::Approx(4.0 / 3.0));
  CHECK(figures.people[2].disagreements == 1);
  CHECK(figures.people[2].mean_disagreement == doctest::Approx(1.0));
}

TEST_CASE("team: change since the last snapshot") {
  const RoleFigures figures = TeamFiguresByRole(ThreePeople())[0];
  // Alice, March -> now: api 2->3, observability 1->2, writing 3->2.
  const SnapshotChange& alice = figures.people[0].change;
  CHECK(alice.has_snapshot);
  CHECK(alice.snapshot_id == "snap-2");
  CHECK(alice.up == 2);
  CHECK(alice.down == 1);
  CHECK(alice.net == 1);
  CHECK_FALSE(figures.people[1].change.has_snapshot);
  const SnapshotChange& carol = figures.people[2].change;  // March equals now; January (all unrated) is not compared
  CHECK(carol.has_snapshot);
  CHECK(carol.up == 0);
  CHECK(carol.down == 0);
  CHECK(carol.net == 0);
}

TEST_CASE("team: sorting people and items") {
  const Team team = ThreePeople();
  RoleFigures figures = TeamFiguresByRole(team)[0];
  // Attainment: alice 28/31, carol 24/27 (api 2 of 3 short), bob.
  CHECK(SortPeople(team, figures, PersonOrder::kAttainment) == std::vector<std::size_t>{0, 2, 1});
  // Collate: "=Carol+1" (punctuation first), Alice, Bob.
  CHECK(SortPeople(team, figures, PersonOrder::kName) == std::vector<std::size_t>{2, 0, 1});
  // Readiness puts the verdict before attainment.
  figures.people[1].verdict = Verdict::kReady;
  figures.people[2].verdict = Verdict::kAlmost;
  CHECK(SortPeople(team, figures, PersonOrder::kReadiness) == std::vector<std::size_t>{1, 2, 0});

  // Items in role order: api, distributed, observability, ci/cd, mentoring, writing.
  CHECK(SortItems(figures, ItemOrder::kTeamAverage) == std::vector<std::size_t>{3, 0, 1, 4, 5, 2});
  CHECK(SortItems(figures, ItemOrder::kSpread) == std::vector<std::size_t>{0, 1, 3, 4, 2, 5});
  CHECK(SortItems(figures, ItemOrder::kMostBelowTarget) == std::vector<std::size_t>{0, 1, 3, 4, 5, 2});
}

TEST_CASE("team: --target forces one target where the role has it") {
  TeamOptions options;
  options.target = "senior";
  const Team team = ThreePeople(options);
  for (const TeamMember& member : team.members) CHECK(member.score.target == "senior");
  CHECK(team.warnings.empty());
  options.target = "wizard";
  const Team unknown = ThreePeople(options);
  CHECK(unknown.members[0].score.target == "staff");
  REQUIRE(unknown.warnings.size() == 3);
  CHECK(unknown.warnings[0] == "alice.json: the role \"report-test-role\" has no target \"wizard\"; scored against the report's own target");
}

TEST_CASE("team: pseudonyms") {
  CHECK(PseudonymAt(0) == "Person A");
  CHECK(PseudonymAt(25) == "Person Z");
  CHECK(PseudonymAt(26) == "Person AA");
  CHECK(PseudonymAt(27) == "Person AB");
  CHECK(PseudonymAt(26 + 26 * 26) == "Person AAA");

  const std::vector<PseudonymInput> people = {{"dir/a.json", "Ann"}, {"b.json", "Ben"}, {"c.json", "Cy"}};
  const std::vector<std::string> names = AssignPseudonyms(people);
  CHECK(std::set<std::string>(names.begin(), names.end()) ==
        std::set<std::string>{"Person A", "Person B", "Person C"});
  // Stable: the same files in another order (or folder) get the same pseudonyms.
  const std::vector<std::string> again = AssignPseudonyms({{"c.json", "Cy"}, {"other/a.json", "Ann"}, {"b.json", "Ben"}});
  CHECK(again == std::vector<std::string>{names[2], names[0], names[1]});
  // The order is the hash's, not the names' or the files': pinned for this set.
  CHECK(PseudonymKey("x/a.json", "Ann") == PseudonymKey("a.json", "Ann"));
  const Team team = ThreePeople();
  CHECK(team.members[0].pseudonym != team.members[1].pseudonym);
}

TEST_CASE("team: hiding names redacts every export") {
  TeamOptions options;
  options.redact = true;
  const Team team = ThreePeople(options);
  const Team named = ThreePeople();
  for (std::size_t i = 0; i < team.members.size(); ++i) {
    CHECK(team.members[i].display_name == named.members[i].pseudonym);
    CHECK(team.members[i].assessment.person_name.empty());
    CHECK(team.members[i].assessment.review.entries.begin()->second.comment.empty());
  }
  const std::vector<RoleFigures> figures = TeamFiguresByRole(team);
  for (const std::string& text : {TeamCsv(team, figures), TeamJson(team, figures), TeamMarkdown(team, figures)}) {
    for (const char* secret : {"Alice", "Bobby", "Carol", "alice.json", "Secret note", "Comment on", "Morgan",
                               "Private summary"}) {
      CHECK_MESSAGE(text.find(secret) == std::string::npos, secret << " in:\n" << text);
    }
    CHECK(text.find("Person ") != std::string::npos);
  }
  // Not redacted: names show, but notes and comments never do.
  const std::vector<RoleFigures> named_figures = TeamFiguresByRole(named);
  const std::string md = TeamMarkdown(named, named_figures);
  CHECK(md.find("Alice Adams") != std::string::npos);
  CHECK(md.find("Secret note") == std::string::npos);
  CHECK(TeamJson(named, named_figures).find("Comment on") == std::string::npos);
}

TEST_CASE("team: CSV quoting and formula neutralisation") {
  const auto field = [](std::string_view text) {
    std::string out;
    AppendCsvField(out, text);
    return out;
  };
  CHECK(field("plain") == "plain");
  CHECK(field("a,b") == "\"a,b\"");
  CHECK(field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(field("two\nlines") == "\"two\nlines\"");
  CHECK(field("=SUM(A1)") == "'=SUM(A1)");
  CHECK(field("+1") == "'+1");
  CHECK(field("-1") == "'-1");
  CHECK(field("@cmd") == "'@cmd");
  CHECK(field("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  CHECK(field("a=b") == "a=b");

  const Team team = ThreePeople();
  const std::string csv = TeamCsv(team, TeamFiguresByRole(team));
  CHECK(csv.rfind("person,role,target,item_id,item_name,category,level,expected,manager_level,gap\r\n", 0) == 0);
  CHECK(csv.find("Alice Adams,report-test-role,staff,skill-api-design,API design,Skills,3,3,2,0\r\n") !=
        std::string::npos);
  CHECK(csv.find("\"Bob \"\"Bobby\"\" Brown, Jr.\",report-test-role,staff,skill-observability,Observability,Skills,3,2,2,0\r\n") !=
        std::string::npos);
  CHECK(csv.find("'=Carol+1,report-test-role,staff,soft-writing,Technical writing,Skills,2,2,4,0\r\n") !=
        std::string::npos);
  // 6 + 5 + 5 rated items, plus the header.
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 17);
}

TEST_CASE("team: JSON lists people and errors") {
  const Team team = ReadFixtures({"alice.json", "broken.json"});
  const std::string json = TeamJson(team, TeamFiguresByRole(team));
  CHECK(json.find("\"name\": \"Alice Adams\"") != std::string::npos);
  CHECK(json.find("\"file\": \"alice.json\"") != std::string::npos);
  CHECK(json.find("\"attainment\": 0.903") != std::string::npos);
  CHECK(json.find("\"skill-api-design\": 3") != std::string::npos);
  CHECK(std::regex_search(json, std::regex("\"errors\": \\[\\s*\\{\\s*\"file\": \"broken.json\"")));
}

TEST_CASE("team: Markdown has a table per role and the calibration list") {
  const Team team = ThreePeople();
  const std::string md = TeamMarkdown(team, TeamFiguresByRole(team));
  CHECK(md.find("## Platform Engineer (report tests)") != std::string::npos);
  CHECK(md.find("| Alice Adams | staff | Not yet | 90% | 6/6 | Distributed systems (2→3) |") != std::string::npos);
  CHECK(md.find("| \\=Carol+1 |") != std::string::npos);  // escaped, not a heading marker
  CHECK(md.find("| Bob \"Bobby\" Brown, Jr. | Mentoring | 1 | 4 | +3 |") != std::string::npos);
  CHECK(md.find("Could not be read") == std::string::npos);
}
