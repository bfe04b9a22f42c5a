// The Team page's data as part of the session: its actions, how it is stored
// (role-explorer/team), read back, shared with another tab and deleted; and the
// printable HTML summary. Figures themselves are pinned in team_test.cpp.
#include <doctest/doctest.h>

#include "core/app/session.hpp"
#include "core/persist/memory_store.hpp"
#include "core/persist/persistence.hpp"
#include "core/team/team.hpp"
#include "core/team/team_export.hpp"
#include "core/team/team_figures.hpp"
#include "core/team/team_work.hpp"
#include "report_test_support.hpp"

using namespace rex::core;
using rex::test::ReadFile;
using rex::test::TestRole;

namespace {

const std::string kTeamFixtures = std::string(REX_SOURCE_DIR) + "/tests/fixtures/team/";

TeamReportFile Fixture(const std::string& name) { return {name, ReadFile(kTeamFixtures + name)}; }

TeamWork ThreeFiles() {
  TeamWork team;
  team.files = {Fixture("alice.json"), Fixture("broken.json"), Fixture("bob.json")};
  team.view.hide_names = true;
  team.view.target = "staff";
  team.view.people = PersonOrder::kName;
  team.view.items = ItemOrder::kSpread;
  return team;
}

std::vector<RoleFigures> Figures(const Team& team) { return TeamFiguresByRole(team); }

}  // namespace

TEST_CASE("team work: stored and read back exactly, files, names hidden, target and orders") {
  const TeamWork team = ThreeFiles();
  const std::optional<std::string> text = WriteTeamWork(team);
  REQUIRE(text);
  const std::optional<TeamWork> back = ReadTeamWork(*text);
  REQUIRE(back);
  CHECK(*back == team);
  CHECK_FALSE(WriteTeamWork(TeamWork{}));  // nothing gathered: no key at all
}

TEST_CASE("team work: a stored team that is cut short or of another version is refused whole") {
  const std::string text = *WriteTeamWork(ThreeFiles());
  CHECK_FALSE(ReadTeamWork(text.substr(0, text.size() / 2)));
  CHECK_FALSE(ReadTeamWork(R"({"version": 2, "files": []})"));
  CHECK_FALSE(ReadTeamWork(R"({"version": 1, "files": [{"name": "a.json"}]})"));
  // An unknown order falls back to the default; the files still count.
  const std::optional<TeamWork> odd = ReadTeamWork(R"({"version": 1, "files": [{"name": "a", "text": "{}"}], "view": {"people": "height"}})");
  REQUIRE(odd);
  CHECK(odd->files.size() == 1);
  CHECK(odd->view.people == PersonOrder::kReadiness);
}

TEST_CASE("team actions: a file of the same name replaces the earlier one, remove, clear, view") {
  Session session = rex::test::OneRoleSession();
  const std::uint64_t start = session.team_revision;
  REQUIRE(Apply(session, AddTeamReports{{Fixture("alice.json"), Fixture("bob.json")}}));
  CHECK(session.team.files.size() == 2);
  CHECK_FALSE(Apply(session, AddTeamReports{{Fixture("alice.json")}}));  // the same bytes: no change
  REQUIRE(Apply(session, AddTeamReports{{{"alice.json", ReadFile(kTeamFixtures + "carol.json")}}}));
  CHECK(session.team.files.size() == 2);
  CHECK(session.team.files[0].text == ReadFile(kTeamFixtures + "carol.json"));
  REQUIRE(Apply(session, RemoveTeamReport{"bob.json"}));
  CHECK_FALSE(Apply(session, RemoveTeamReport{"bob.json"}));
  TeamView view;
  view.hide_names = true;
  REQUIRE(Apply(session, SetTeamView{view}));
  CHECK_FALSE(Apply(session, SetTeamView{view}));
  REQUIRE(Apply(session, ClearTeam{}));
  CHECK(session.team.files.empty());
  CHECK(session.team.view.hide_names);  // clearing the files keeps how they are shown
  CHECK(session.team_revision == start + 5);
  // Team actions are not edits of the person's own work: nothing to undo.
  CHECK_FALSE(Apply(session, Undo{}));
}

TEST_CASE("team persistence: saved after the debounce, restored in a new tab, gone with Delete my data") {
  MemoryStore store;
  Session first = rex::test::OneRoleSession();
  Persistence tab(store);
  tab.Adopt(first);
  REQUIRE(Apply(first, AddTeamReports{{Fixture("alice.json"), Fixture("bob.json")}}));
  tab.Update(first, 0);
  CHECK_FALSE(store.Get(TeamKey()));  // within the debounce
  tab.Update(first, Persistence::kSaveDelayMs);
  REQUIRE(store.Get(TeamKey()));

  Session second = rex::test::OneRoleSession();
  Persistence reload(store);
  const Restored restored = reload.Restore(second, "2026-12-01T10:00:00Z");
  for (const Action& action : restored.actions) Apply(second, action);
  reload.Adopt(second);
  CHECK(second.team == first.team);

  REQUIRE(Apply(second, ForgetAllWork{}));
  CHECK(second.team.files.empty());
  REQUIRE(reload.DeleteAll(second).ok);
  CHECK_FALSE(store.Get(TeamKey()));
}

TEST_CASE("team persistence: an unreadable stored team is reported and never written over") {
  MemoryStore store;
  REQUIRE(store.Set(TeamKey(), "{\"version\": 1, \"files\": [").ok);
  Session session = rex::test::OneRoleSession();
  Persistence tab(store);
  const Restored restored = tab.Restore(session, "2026-12-01T10:00:00Z");
  REQUIRE(restored.messages.size() == 1);
  CHECK(restored.messages[0].title.find("team") != std::string::npos);
  tab.Adopt(session);
  REQUIRE(Apply(session, AddTeamReports{{Fixture("alice.json")}}));
  tab.Flush(session);
  CHECK(*store.Get(TeamKey()) == "{\"version\": 1, \"files\": [");
}

TEST_CASE("team persistence: another tab's newer team comes over, unless this tab has an unsaved change") {
  MemoryStore store;
  Session a = rex::test::OneRoleSession();
  Session b = rex::test::OneRoleSession();
  Persistence tab_a(store), tab_b(store);
  tab_a.Adopt(a);
  tab_b.Adopt(b);
  REQUIRE(Apply(a, AddTeamReports{{Fixture("alice.json")}}));
  tab_a.Flush(a);
  tab_b.ExternalChange(b, TeamKey());
  std::optional<Action> incoming = tab_b.TakeTeamFromOtherTab();
  REQUIRE(incoming);
  REQUIRE(Apply(b, *incoming));
  CHECK(b.team == a.team);
  CHECK_FALSE(tab_b.TakeTeamFromOtherTab());  // once

  // B adds a file but has not saved yet when A saves again: B keeps its own.
  REQUIRE(Apply(b, AddTeamReports{{Fixture("bob.json")}}));
  tab_b.Update(b, 0);
  REQUIRE(Apply(a, AddTeamReports{{Fixture("carol.json")}}));
  tab_a.Flush(a);
  tab_b.ExternalChange(b, TeamKey());
  CHECK_FALSE(tab_b.TakeTeamFromOtherTab());
  CHECK(b.team.files.size() == 2);
}

TEST_CASE("team html: every text escaped, a CSP that allows no script, names hidden when asked") {
  TeamReportFile alice = Fixture("alice.json");
  const std::string name = "Alice Adams";
  const std::string evil = "<script>alert(1)</script> & \"x\"";
  alice.text.replace(alice.text.find(name), name.size(), "<script>alert(1)</script> & \\\"x\\\"");
  std::vector<TeamFile> files = {{alice.name, alice.text}, {"bob.json", Fixture("bob.json").text},
                                 {"broken <b>.json", Fixture("broken.json").text}};
  const Team team = ReadTeam(files, {&TestRole()}, {});
  REQUIRE(team.members.size() == 2);
  CHECK(team.members[0].display_name == evil);
  const std::string html = TeamHtml(team, Figures(team), {});
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;") != std::string::npos);
  CHECK(html.find("broken &lt;b&gt;.json") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  // One heat map row per person: their cells carry titles naming them.
  CHECK(html.find("Bob") != std::string::npos);

  const Team hidden = ReadTeam(files, {&TestRole()}, {"", true});
  const std::string redacted = TeamHtml(hidden, Figures(hidden), {});
  CHECK(redacted.find("alert") == std::string::npos);
  CHECK(redacted.find("Bob") == std::string::npos);
  CHECK(redacted.find("Person A") != std::string::npos);
  CHECK(redacted.find("names hidden") != std::string::npos);
}

TEST_CASE("team html: rows follow the chosen order of people") {
  std::vector<TeamFile> files;
  for (const char* n : {"alice.json", "bob.json", "carol.json"}) files.emplace_back(n, Fixture(n).text);
  const Team team = ReadTeam(files, {&TestRole()}, {});
  const std::string by_name = TeamHtml(team, Figures(team), {PersonOrder::kName, ItemOrder::kSpread});
  const std::string heat = by_name.substr(by_name.find("<svg"));
  const std::size_t alice = heat.find(">Alice Adams</text>");
  const std::size_t bob = heat.find(">Bob");
  REQUIRE(alice != std::string::npos);
  REQUIRE(bob != std::string::npos);
  CHECK(alice < bob);
}
