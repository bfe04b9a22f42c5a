#pragma once
// A radar chart drawn with ImGui's draw list over the pure geometry in
// core/chart/radar.hpp, so the screen and the SVG export share one layout.
#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "ui/progress/progress_state.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

struct RadarSeries {
  std::string name;
  ImVec4 color;
  std::vector<std::optional<double>> values;  // one per axis; nullopt = no value (drawn at the centre)
  bool filled = true;
  // Optional (initialisers: aggregate inits may leave them out), per axis: the value
  // in words for the tooltip ("2 · Proficient"), and a wrapped line under it.
  std::vector<std::string> labels = {};
  std::vector<std::string> notes = {};
};

struct RadarInput {
  std::string widget;                 // automation name prefix, e.g. "radar"
  std::string title;                  // what the chart shows, e.g. "Overview" (its data table's name)
  std::vector<std::string> axis_ids;
  std::vector<std::string> axis_names;
  std::vector<std::string> level_names;  // ring labels, 1..max
  double max_value = 4;
  std::vector<RadarSeries> series;
  std::vector<std::string> axis_notes;  // optional: one more tooltip line per axis (e.g. the gap)
  std::vector<ImVec4> axis_colors;      // optional: label colour per axis (e.g. by category)
  // Optional: filled with what each axis shows, for the automation bridge.
  std::vector<ProgressState::DrawnAxisLabel>* drawn_labels = nullptr;
};

// Draws the chart in a box of `size` pixels at the cursor (FitRadarHeight gives
// the height that wastes no space for a width). Hovering an axis
// shows every series' value; returns the axis index when one is clicked.
std::optional<int> DrawRadar(UiContext& ctx, const RadarInput& input, ImVec2 size);

// The box for a chart `width` wide in the current font: no empty band above or below.
ImVec2 RadarBox(float width);

}  // namespace rex::ui
