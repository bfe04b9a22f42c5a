#include <doctest/doctest.h>

#include "../unit/report_test_support.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
namespace keys = rex::ui::keys;

TEST_CASE("the progress page draws every chart, the ladder, the career graph and milestones") {
  HeadlessImGui ui(ImVec2(1280, 2400));  // tall enough to show the whole page without scrolling
  ui.Frames(2);
  ui.Click("nav.assess");
  for (int i = 0; i < 10; ++i) ui.Key(keys::Char('2'));
  ui.Click("nav.progress");
  for (const char* chart : {"technical_skill", "soft_skill", "scorecard_dimension", "overview"}) {
    CAPTURE(chart);
    ui.Click(std::string("progress.chart.") + chart);
    const auto widgets = ui.Inspect()["widgets"];
    CHECK(widgets.contains("radar.chart"));
    CHECK(widgets.contains("radar.axis.skill-api-design") == (std::string(chart) == "technical_skill" || std::string(chart) == "overview"));
  }
  const auto widgets = ui.Inspect()["widgets"];
  CHECK(widgets.contains("progress.rung.staff"));
  CHECK(widgets.contains("progress.node.role-principal-backend"));
  ui.Click("progress.node.role-principal-backend");
  CHECK(ui.Inspect()["state"]["progress"]["selected_path"] == "role-principal-backend");
  CHECK(ui.Inspect()["state"]["progress"]["path_attainment"].get<double>() > 0);
}

TEST_CASE("at 1280x800 every axis of every chart shows its full name: as its label, or numbered in a legend") {
  HeadlessImGui ui(ImVec2(1280, 800));
  ui.Frames(2);
  ui.Click("nav.progress");
  const rex::core::Role& role = *ui.app().session().CurrentRole();
  bool some_numbered = false;
  for (const char* chart : {"overview", "technical_skill", "soft_skill", "scorecard_dimension"}) {
    CAPTURE(chart);
    ui.Click(std::string("progress.chart.") + chart);
    const nlohmann::json labels = ui.Inspect()["state"]["progress"]["axis_labels"];
    REQUIRE(labels.size() >= 3);
    int number = 0;
    for (const auto& drawn : labels) {
      const std::string id = drawn["axis"];
      CAPTURE(id);
      const std::string label = drawn["label"];
      const std::string legend = drawn["legend"];
      const std::string& name = role.FindItem(id)->name;
      CHECK(label.find("\xE2\x80\xA6") == std::string::npos);  // never "…"
      if (legend.empty()) {
        CHECK(label == name);  // the whole name at the axis (lines joined by spaces)
      } else {
        some_numbered = true;
        CHECK(legend == name);
        CHECK(label == std::to_string(++number));
      }
    }
  }
  CHECK(some_numbered);  // the overview's 38 names cannot all fit around one chart
}

TEST_CASE("clicking a radar axis opens that item in the assessment") {
  HeadlessImGui ui;
  ui.Frames(2);
  ui.Click("nav.progress");
  ui.Click("progress.chart.technical_skill");
  ui.Click("radar.axis.skill-observability");
  const auto state = ui.Inspect()["state"];
  CHECK(state["page"] == "assess");
  CHECK(state["assess"]["mode"] == "focus");
  CHECK(state["assess"]["focused_item"] == "skill-observability");
}

TEST_CASE("the chart exports as SVG with the same axes") {
  HeadlessImGui ui;
  ui.Frames(2);
  const rex::ui::OutgoingFile file = ui.app().MakeChartSvgFile(rex::ui::ItemScope::Kind("technical_skill"));
  CHECK(file.mime_type == "image/svg+xml");
  CHECK(file.contents.find("<svg") != std::string::npos);
  CHECK(file.contents.find("API design and lifecycle management") != std::string::npos);
}

TEST_CASE("hovering a radar axis tells what the person's and the target's levels look like for that item") {
  HeadlessImGui ui(rex::test::OneRoleSession());
  ui.Frames(2);
  ui.Click("nav.assess");
  ui.Click("assess.rate.skill-api-design.2");
  ui.Click("nav.progress");
  ui.Click("progress.chart.technical_skill");
  ui.Hover("radar.axis.skill-api-design");
  const nlohmann::json tooltip = ui.Inspect()["tooltip"];
  const nlohmann::json expected = nlohmann::json::array(
      {"API design", "Target: 3 · Strong", "Sets API conventions that several teams follow and reviews their designs.",
       "You: 2 · Proficient", "Designs a service's API alone: versioning, pagination and errors included.",
       "Gap to target: 1"});
  CHECK(tooltip == expected);
}

TEST_CASE("the exported chart titles each axis with its levels and what the person's level looks like") {
  HeadlessImGui ui(rex::test::OneRoleSession());
  ui.Frames(2);
  ui.Click("nav.assess");
  ui.Click("assess.rate.skill-api-design.2");
  const rex::ui::OutgoingFile file = ui.app().MakeChartSvgFile(rex::ui::ItemScope::Kind("technical_skill"));
  // Escaped like all text: the apostrophe is an entity.
  CHECK(file.contents.find("<title>API design\nTarget: 3 · Strong · You: 2 · Proficient\n"
                           "Designs a service&apos;s API alone: versioning, pagination and errors included.</title>") !=
        std::string::npos);
  CHECK(file.contents.find("<title>CI/CD pipelines\nTarget: 1 · Learning · You: not rated</title>") != std::string::npos);
}
