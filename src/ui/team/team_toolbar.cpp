// The Team page's toolbar. Every choice here is kept with the team (SetTeamView),
// so a reload shows the same names hidden, the same target and the same orders.
#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "ui/team/team_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

struct PersonOrderEntry {
  core::PersonOrder order;
  const char* label;
};
constexpr PersonOrderEntry kPersonOrders[] = {{core::PersonOrder::kReadiness, "Readiness"},
                                              {core::PersonOrder::kAttainment, "Attainment"},
                                              {core::PersonOrder::kName, "Name"}};
struct ItemOrderEntry {
  core::ItemOrder order;
  const char* label;
};
constexpr ItemOrderEntry kItemOrders[] = {{core::ItemOrder::kMostBelowTarget, "Most below target"},
                                          {core::ItemOrder::kTeamAverage, "Team average"},
                                          {core::ItemOrder::kSpread, "Spread"}};

template <typename Entry, std::size_t N, typename Order>
bool OrderCombo(UiContext& ctx, const char* id, const std::string& widget, const Entry (&entries)[N], Order& order,
                const char* (*name)(Order)) {
  const char* current = entries[0].label;
  for (const Entry& e : entries) {
    if (e.order == order) current = e.label;
  }
  bool changed = false;
  ImGui::SetNextItemWidth(ctx.metrics.combo_width);
  if (ImGui::BeginCombo(id, current)) {
    for (const Entry& e : entries) {
      if (ImGui::Selectable(e.label, e.order == order) && e.order != order) {
        order = e.order;
        changed = true;
      }
      ctx.Mark(widget + "." + name(e.order));
    }
    ImGui::EndCombo();
  }
  ctx.Mark(widget, current);
  return changed;
}

// Every target of every loaded role, once ("" = each report's own).
void TargetCombo(UiContext& ctx, core::TeamView& view, bool& changed) {
  ImGui::SetNextItemWidth(ctx.metrics.combo_width);
  const std::string current = view.target.empty() ? std::string("Each report's own") : view.target;
  if (ImGui::BeginCombo("##team.target", Shown(ctx, current))) {
    if (ImGui::Selectable("Each report's own", view.target.empty()) && !view.target.empty()) {
      view.target.clear();
      changed = true;
    }
    std::vector<std::string> seen;
    for (const core::RoleEntry& entry : ctx.session.roles) {
      for (const core::TargetProfile& target : entry.role.rating_model.targets) {
        if (std::find(seen.begin(), seen.end(), target.id) != seen.end()) continue;
        seen.push_back(target.id);
        const std::string label = target.name + " (" + target.id + ")";
        if (ImGui::Selectable(Shown(ctx, label), view.target == target.id) && view.target != target.id) {
          view.target = target.id;
          changed = true;
        }
      }
    }
    ImGui::EndCombo();
  }
  ctx.Mark("team.target", current);
}

// A label and its 170-pixel combo move to the next line together when they do not fit.
void Label(const UiContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.small);
  const float label = ImGui::CalcTextSize(text).x;
  ImGui::PopFont();
  SameLineIfFits(label + ImGui::GetStyle().ItemSpacing.x + ctx.metrics.combo_width, ctx.metrics.space_xl);
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "%s", text);
  ImGui::PopFont();
  ImGui::SameLine();
}

}  // namespace

void DrawTeamToolbar(UiContext& ctx) {
  const core::TeamWork& team = ctx.session.team;
  core::TeamView view = team.view;
  bool changed = false;
  if (ImGui::Button("Add reports…")) ctx.Request(OpenFilePicker{true, false});
  ctx.Mark("team.add");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick several report files, or drop them anywhere on the page");
  SameLineIfButtonFits("Add a folder…");
  if (ImGui::Button("Add a folder…")) ctx.Request(OpenFilePicker{true, true});
  ctx.Mark("team.add_folder");
  SameLineIfButtonFits("      Hide names", ctx.metrics.space_xl);  // a checkbox: its box, then the label
  if (ImGui::Checkbox("Hide names", &view.hide_names)) changed = true;
  ctx.Mark("team.hide_names", view.hide_names ? "on" : "off");
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("Pseudonyms on this page and in its exports; notes and comments are never shown or exported");
  }
  Label(ctx, "Target");
  TargetCombo(ctx, view, changed);
  Label(ctx, "People by");
  changed |= OrderCombo(ctx, "##team.sort_people", "team.sort_people", kPersonOrders, view.people, core::PersonOrderName);
  Label(ctx, "Items by");
  changed |= OrderCombo(ctx, "##team.sort_items", "team.sort_items", kItemOrders, view.items, core::ItemOrderName);
  if (changed) ctx.Emit(core::SetTeamView{view});

  if (team.files.empty()) return;
  if (ImGui::Button("Export CSV")) ctx.Request(ExportTeam{TeamFormat::kCsv});
  ctx.Mark("team.export_csv");
  SameLineIfButtonFits("Export printable page (HTML)");
  if (ImGui::Button("Export printable page (HTML)")) ctx.Request(ExportTeam{TeamFormat::kHtml});
  ctx.Mark("team.export_html");
  SameLineIfButtonFits("Clear team", ctx.metrics.space_xl);
  if (ImGui::Button("Clear team")) ImGui::OpenPopup("Clear the team?");
  ctx.Mark("team.clear");
  if (ImGui::BeginPopupModal("Clear the team?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    TextMuted(ctx, "The report files are taken off this page and out of this browser. Your own work is not touched.");
    if (ImGui::Button("Clear team")) {
      ctx.Emit(core::ClearTeam{});
      ImGui::CloseCurrentPopup();
    }
    ctx.Mark("team.clear.confirm");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

}  // namespace rex::ui
