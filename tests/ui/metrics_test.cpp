// Layout sizes come from one struct and reach the screen in device pixels.
#include <doctest/doctest.h>

#include "headless_imgui.hpp"
#include "ui/metrics.hpp"

using rex::test::HeadlessImGui;
using rex::ui::Metrics;

TEST_CASE("scaled metrics multiply every size, first to last, and keep the breakpoints") {
  const Metrics design;
  const Metrics scaled = design.Scaled(2.5f);
  CHECK(scaled.window_padding_x == doctest::Approx(design.window_padding_x * 2.5f));  // declared first
  CHECK(scaled.hairline == doctest::Approx(2.5f));
  CHECK(scaled.side_panel_width == doctest::Approx(900.0f));
  CHECK(scaled.column_file == doctest::Approx(design.column_file * 2.5f));
  CHECK(scaled.heat_map_max_height == doctest::Approx(design.heat_map_max_height * 2.5f));  // declared last
  CHECK(Metrics{}.Scaled(1.0f).stroke == doctest::Approx(design.stroke));
}

TEST_CASE("a view's width from the metrics is in device pixels at every pixel ratio") {
  for (float dpr : {1.0f, 2.0f}) {
    CAPTURE(dpr);
    HeadlessImGui ui(ImVec2(1280 * dpr, 800 * dpr), dpr);
    ui.Frames(3);
    const nlohmann::json switcher = ui.Inspect()["widgets"]["role.switcher"];
    CHECK(switcher["w"].get<float>() == doctest::Approx(Metrics{}.wide_combo_width * dpr));
  }
}
