// Frame time per page: the real App under ImGui with no renderer (NewFrame, Draw,
// Render; no GPU), so this is the CPU cost of our UI code plus ImGui's layout.
#include <cstdio>
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench.hpp"
#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "generated_report.hpp"
#include "generated_role.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

namespace rex::bench {
namespace {

using test::HeadlessImGui;

struct Scenario {
  std::string page;                              // as shown in the table
  std::function<void(HeadlessImGui&)> open;      // clicks its way there
};

void Nav(HeadlessImGui& ui, const std::string& page) { ui.Click("nav." + page); }
void Section(HeadlessImGui& ui, const std::string& id) {
  Nav(ui, "explore");
  ui.Click("section." + id);
}

// Runs `frames` frames after opening the scenario; warm-up frames are not counted
// (the first frames build fonts, scores and search indexes).
void Measure(const std::string& role_name, const std::function<core::Session()>& make_session, const Scenario& s,
             int frames) {
  try {
    HeadlessImGui ui(make_session(), ImVec2(1280, 800), 1.0f);
    ui.Frames(3);
    s.open(ui);
    ui.Frames(10);
    std::vector<double> cpu, wall;
    for (int i = 0; i < frames; ++i) {
      const Timing t = Time([&] { ui.Frame(); });
      cpu.push_back(t.cpu_ms);
      wall.push_back(t.wall_ms);
    }
    const Stats c = Summarize(cpu), w = Summarize(wall);
    std::printf("| %s | %s | %.3f | %.3f | %.3f | %.3f | %d |\n", role_name.c_str(), s.page.c_str(), c.median_ms,
                c.p99_ms, w.median_ms, w.p99_ms, ImGui::GetDrawData()->TotalVtxCount);
  } catch (const std::exception& e) {
    std::printf("| %s | %s | error: %s | | | | |\n", role_name.c_str(), s.page.c_str(), e.what());
  }
}

core::Session RealRole() { return core::LoadCatalog(content::Files()); }

// The Team page with `people` generated reports of the real role (10 snapshots
// each), handed over as one batch the way a drop is.
void OpenTeam(HeadlessImGui& ui, int people) {
  Nav(ui, "team");
  const core::Role* role = &ui.app().session().roles.front().role;
  for (const core::RoleEntry& entry : ui.app().session().roles) {
    if (entry.role.id == "staff-backend-engineer") role = &entry.role;
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (int p = 0; p < people; ++p) {
    files.emplace_back("person-" + std::to_string(p) + ".json", test::GeneratedReportJson(*role, 10, p));
  }
  ui.app().ReceiveFiles(files);
  ui.Settle();
}

// The accessibility mirror on Assess (ADR 27): building the patch after a wheel
// notch moved every node, and after a frame that changed nothing. Its nodes are
// described during the frame, so that part is inside the Assess frame time above.
void MeasureMirror(int frames) {
  HeadlessImGui ui(RealRole(), ImVec2(1280, 800), 1.0f);
  ui.Frames(3);
  Nav(ui, "assess");
  ui.Frames(10);
  ui.app().TakeMirrorPatch(1.0f);
  std::vector<double> moved, still;
  std::size_t bytes = 0;
  for (int i = 0; i < frames; ++i) {
    ui.Wheel(i % 2 == 0 ? 1.0f : -1.0f);
    moved.push_back(Time([&] { bytes += ui.app().TakeMirrorPatch(1.0f).size(); }).cpu_ms);
    ui.Frame();
    still.push_back(Time([&] { ui.app().TakeMirrorPatch(1.0f); }).cpu_ms);
  }
  const std::size_t nodes = nlohmann::json::parse(ui.app().InspectJson())["accessible"].size();
  const Stats m = Summarize(moved), s = Summarize(still);
  std::printf("\n| accessibility mirror, Assess (%zu nodes) | median ms (CPU) | p99 ms (CPU) |\n|---|---:|---:|\n", nodes);
  std::printf("| patch after a wheel notch (every node moved, %.1f KB) | %.3f | %.3f |\n",
              static_cast<double>(bytes) / frames / 1024.0, m.median_ms, m.p99_ms);
  std::printf("| patch after an unchanged frame (empty) | %.4f | %.4f |\n", s.median_ms, s.p99_ms);
}

core::Session Generated() {
  static const std::string json = test::GeneratedRoleJson(2000);  // outlives the session's string_views
  return core::LoadCatalog({core::EmbeddedFile{"generated-2000.json", json}});
}

}  // namespace

int RunFrameBench(int frames) {
  const std::vector<Scenario> real = {
      {"explore: summary (list)", [](HeadlessImGui& ui) { Section(ui, "summary"); }},
      {"explore: KPIs (table)", [](HeadlessImGui& ui) { Section(ui, "kpis"); }},
      {"explore: technical skills (cards)", [](HeadlessImGui& ui) { Section(ui, "technical-skills"); }},
      {"explore: goals (checklist)", [](HeadlessImGui& ui) { Section(ui, "goals"); }},
      {"explore: tools (34-row table)", [](HeadlessImGui& ui) { Section(ui, "tools"); }},
      {"explore: search \"reliab\"", [](HeadlessImGui& ui) {
         ui.Key(ui::keys::Char('K'), /*ctrl=*/true);
         ui.Type("reliab");
       }},
      {"assess", [](HeadlessImGui& ui) { Nav(ui, "assess"); }},
      {"progress", [](HeadlessImGui& ui) { Nav(ui, "progress"); }},
      {"report", [](HeadlessImGui& ui) { Nav(ui, "report"); }},
      {"team: 200 people (budget p99 < 4 ms)", [](HeadlessImGui& ui) { OpenTeam(ui, 200); }},
  };
  const std::vector<Scenario> generated = {
      {"explore: 500-item list", [](HeadlessImGui& ui) { Section(ui, "section-0"); }},
      {"explore: 500 cards", [](HeadlessImGui& ui) { Section(ui, "section-1"); }},
      {"explore: 500-row table", [](HeadlessImGui& ui) { Section(ui, "section-2"); }},
      {"explore: 500-item checklist", [](HeadlessImGui& ui) { Section(ui, "section-3"); }},
      {"assess", [](HeadlessImGui& ui) { Nav(ui, "assess"); }},
      {"progress", [](HeadlessImGui& ui) { Nav(ui, "progress"); }},
      {"report", [](HeadlessImGui& ui) { Nav(ui, "report"); }},
  };
  std::printf("| role | page | median ms (CPU) | p99 ms (CPU) | median ms (wall) | p99 ms (wall) | vertices |\n"
              "|---|---|---:|---:|---:|---:|---:|\n");
  for (const Scenario& s : real) Measure("real (468 items)", RealRole, s, frames);
  for (const Scenario& s : generated) Measure("generated (2,000 items)", Generated, s, frames);
  MeasureMirror(frames / 3);
  return 0;
}

}  // namespace rex::bench
