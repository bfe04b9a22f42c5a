// What starting the app costs natively, step by step (issue 11): the built-in
// role read from its pack against the same role parsed and validated from JSON,
// the font atlas, and the first frame against a steady one.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench.hpp"
#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/role/role_loader.hpp"
#include "core/search/search_index.hpp"
#include "headless_imgui.hpp"
#include "ui/about/about_info.hpp"
#include "ui/fonts.hpp"

namespace rex::bench {
namespace {

std::string RoleJson() {
  std::ifstream in(std::string(REX_SOURCE_DIR) + "/content/roles/staff-backend-engineer.json", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

template <typename F>
Stats Repeat(int runs, F&& f) {
  std::vector<double> cpu;
  for (int i = 0; i < runs; ++i) cpu.push_back(Time(f).cpu_ms);
  return Summarize(cpu);
}

void Row(const char* step, const Stats& s) { std::printf("| %s | %.2f | %.2f |\n", step, s.median_ms, s.p99_ms); }

}  // namespace

int RunStartupBench(int runs) {
  const std::string json = RoleJson();
  std::printf("| step (native, 1280x800, DPR 1) | median ms (CPU) | p99 ms (CPU) |\n|---|---:|---:|\n");
  const Stats from_json = Repeat(runs, [&] { core::LoadCatalog({core::EmbeddedFile{"staff-backend-engineer.json", json}}); });
  const Stats from_pack = Repeat(runs, [&] { core::LoadCatalog(content::Files()); });
  Row("built-in role from JSON (parse + validate), before", from_json);
  Row("built-in role from its pack (what the app does)", from_pack);
  const core::Session session = core::LoadCatalog(content::Files());
  Row("search index of the role", Repeat(runs, [&] { core::SearchIndex index(session.roles.front().role); }));
  Row("About panel's notices (JSON)", Repeat(runs, [] { ui::ReadAboutInfo(); }));
  Row("font atlas (5 sizes, DPR 1)", Repeat(runs, [] {
        ImFontAtlas atlas;
        ui::BuildFonts(atlas, 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
      }));
  std::vector<double> first, steady;
  for (int i = 0; i < runs; ++i) {
    test::HeadlessImGui ui(ImVec2(1280, 800), 1.0f);
    first.push_back(Time([&] { ui.Frame(); }).cpu_ms);  // fonts, scores, search index, layout
    ui.Frames(10);
    steady.push_back(Time([&] { ui.Frame(); }).cpu_ms);
  }
  Row("first frame of the Explore page (fonts included)", Summarize(first));
  Row("a later frame of the same page", Summarize(steady));
  std::printf("\nRole from its pack: %.1fx faster than from JSON.\n", from_json.median_ms / from_pack.median_ms);
  return 0;
}

}  // namespace rex::bench
