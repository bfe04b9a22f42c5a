// The team's radar: per item the median level (the line), the middle half of the
// team (upper quartile filled, lower quartile traced), and one person on demand
// (chosen in the readiness table or here).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/kind_labels.hpp"
#include "ui/progress/radar_widget.hpp"
#include "ui/team/team_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

std::string OneDecimal(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

RadarSeries Quantiles(const char* name, const ImVec4& colour, bool filled, const core::RoleFigures& figures,
                      double core::ItemFigures::*field) {
  RadarSeries series{name, colour, {}, filled};
  for (const core::ItemFigures& item : figures.items) {
    series.values.push_back(item.rated ? std::optional<double>(item.*field) : std::nullopt);
    series.labels.push_back(item.rated ? OneDecimal(item.*field) : "no ratings");
  }
  return series;
}

const core::TeamMember* Overlaid(const UiContext& ctx, const TeamData& data, const TeamRoleView& role) {
  for (const core::PersonFigures& person : role.figures.people) {
    const core::TeamMember& member = data.team.members[person.member];
    if (member.file == ctx.view.team.overlay_file) return &member;
  }
  return nullptr;
}

void PersonPicker(UiContext& ctx, const TeamData& data, const TeamRoleView& role, const core::TeamMember* shown) {
  ImGui::SetNextItemWidth(ctx.metrics.wide_combo_width);
  if (ImGui::BeginCombo("##team.overlay", shown ? Shown(ctx, shown->display_name) : "Nobody over the team")) {
    if (ImGui::Selectable("Nobody over the team", !shown)) ctx.view.team.overlay_file.clear();
    for (std::size_t row : role.people) {
      const core::TeamMember& member = data.team.members[role.figures.people[row].member];
      ImGui::PushID(static_cast<int>(row));
      if (ImGui::Selectable(Shown(ctx, member.display_name), &member == shown)) ctx.view.team.overlay_file = member.file;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ctx.Mark("team.overlay", shown ? shown->display_name : "");
}

}  // namespace

void DrawTeamRadar(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width) {
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Team radar");
  const core::TeamMember* shown = Overlaid(ctx, data, role);
  PersonPicker(ctx, data, role, shown);
  const core::Role& r = *role.figures.role;
  RadarInput input;
  input.widget = "team.radar";
  input.title = "Team radar";
  input.max_value = r.rating_model.MaxLevel();
  for (const core::ScaleLevel& l : r.rating_model.scale) if (l.level > 0) input.level_names.push_back(l.name);
  for (const core::ItemFigures& item : role.figures.items) {
    input.axis_ids.push_back(item.id);
    input.axis_names.push_back(item.name);
    input.axis_notes.push_back(std::to_string(item.rated) + " rated · " + std::to_string(item.below_target) + " below target");
    const core::Item* found = r.FindItem(item.id);
    input.axis_colors.push_back(KindColor(ctx.palette, found ? found->kind.c_str() : ""));
  }
  ImVec4 band = ctx.palette.accent;
  band.w = 0.55f;
  input.series.push_back(Quantiles("Upper quartile", band, true, role.figures, &core::ItemFigures::q3));
  input.series.push_back(Quantiles("Lower quartile", ctx.palette.text_muted, false, role.figures, &core::ItemFigures::q1));
  input.series.push_back(Quantiles("Median", ctx.palette.accent, false, role.figures, &core::ItemFigures::median));
  if (shown) {
    RadarSeries person{shown->display_name, ctx.palette.scorecard, {}, false};
    for (const core::ItemFigures& item : role.figures.items) {
      const auto score = std::find_if(shown->score.items.begin(), shown->score.items.end(),
                                      [&](const core::ItemScore& s) { return s.id == item.id; });
      const bool rated = score != shown->score.items.end() && score->level;
      person.values.push_back(rated ? std::optional<double>(*score->level) : std::nullopt);
      person.labels.push_back(rated ? std::to_string(*score->level) : "not rated");
    }
    input.series.push_back(std::move(person));
  }
  const float inner = width - card.padding * 2;
  DrawRadar(ctx, input, RadarBox(inner));
  EndCard(ctx, card);
}

}  // namespace rex::ui
