// Snapshots: dated copies of the ratings, and a comparison of any two (or of a
// snapshot and now) — how people show growth over a half-year.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>

#include "ui/report/report_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

struct Change {
  const core::Item* item;
  std::optional<int> from;
  std::optional<int> to;
};

std::map<std::string, int> LevelsOf(const core::Assessment& a, const std::string& snapshot_id) {
  for (const core::Snapshot& snap : a.snapshots) {
    if (snap.id == snapshot_id) return snap.levels;
  }
  std::map<std::string, int> now;
  for (const auto& [id, rating] : a.ratings) {
    if (rating.level) now[id] = *rating.level;
  }
  return now;
}

std::optional<int> Find(const std::map<std::string, int>& levels, const std::string& id) {
  const auto it = levels.find(id);
  return it == levels.end() ? std::nullopt : std::optional<int>(it->second);
}

// Items whose level differs, biggest change first.
std::vector<Change> Changes(const core::Role& role, const std::map<std::string, int>& from,
                            const std::map<std::string, int>& to) {
  std::vector<Change> changes;
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) {
      for (const core::Item& item : group.items) {
        const auto a = Find(from, item.id), b = Find(to, item.id);
        if (a != b) changes.push_back({&item, a, b});
      }
    }
  }
  std::stable_sort(changes.begin(), changes.end(), [](const Change& x, const Change& y) {
    return std::abs(x.to.value_or(0) - x.from.value_or(0)) > std::abs(y.to.value_or(0) - y.from.value_or(0));
  });
  return changes;
}

void SnapshotCombo(UiContext& ctx, const char* id, std::string& selected, const core::Assessment& a) {
  const auto label = [&](const std::string& snap_id) -> std::string {
    for (const core::Snapshot& s : a.snapshots) if (s.id == snap_id) return s.label + "  (" + s.taken_at.substr(0, 10) + ")";
    return "Now";
  };
  ImGui::SetNextItemWidth(ctx.Px(240));
  if (ImGui::BeginCombo(id, label(selected).c_str())) {
    if (ImGui::Selectable("Now", selected.empty())) selected.clear();
    for (const core::Snapshot& s : a.snapshots) {
      ImGui::PushID(s.id.c_str());
      if (ImGui::Selectable(label(s.id).c_str(), selected == s.id)) selected = s.id;
      ctx.Mark(std::string("report.compare") + id + "." + s.id);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ctx.Mark(std::string("report.compare") + id);
}

const char* Level(std::optional<int> level) {
  static const char* kNames[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  return level && *level >= 0 && *level <= 9 ? kNames[*level] : "–";
}

void DrawComparison(UiContext& ctx, const core::Role& role, const core::Assessment& a) {
  ReportState& state = ctx.view.report;
  SnapshotCombo(ctx, "##from", state.compare_from, a);
  ImGui::SameLine();
  ImGui::TextUnformatted("→");
  ImGui::SameLine();
  SnapshotCombo(ctx, "##to", state.compare_to, a);
  const std::vector<Change> changes = Changes(role, LevelsOf(a, state.compare_from), LevelsOf(a, state.compare_to));
  int up = 0, down = 0;
  for (const Change& c : changes) (c.to.value_or(-1) > c.from.value_or(-1) ? up : down)++;
  ImGui::TextColored(ctx.palette.text_muted, "%zu changes: %d up, %d down", changes.size(), up, down);
  ctx.Mark("report.compare.summary");
  if (changes.empty() || !ImGui::BeginTable("##changes", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("From", ImGuiTableColumnFlags_WidthFixed, ctx.Px(60));
  ImGui::TableSetupColumn("To", ImGuiTableColumnFlags_WidthFixed, ctx.Px(60));
  ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthFixed, ctx.Px(70));
  ImGui::TableHeadersRow();
  for (const Change& c : changes) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(c.item->name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(Level(c.from));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(Level(c.to));
    ImGui::TableNextColumn();
    const int delta = c.to.value_or(0) - c.from.value_or(0);
    ImGui::TextColored(delta >= 0 ? ctx.palette.success : ctx.palette.danger, "%+d", delta);
  }
  ImGui::EndTable();
}

}  // namespace

void DrawSnapshots(UiContext& ctx, const core::Role& role) {
  ReportState& state = ctx.view.report;
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted("Snapshots");
  ImGui::PopFont();
  TextMuted(ctx, "Save where you stand today; compare later to show growth.");
  ImGui::SetNextItemWidth(ctx.Px(240));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.Px(1));
  ImGui::InputTextWithHint("##label", "Label, e.g. Mid-year review", &state.snapshot_label);
  ImGui::PopStyleVar();
  ctx.Mark("report.snapshot.label");
  ImGui::SameLine();
  if (ImGui::Button("Save snapshot")) {
    ctx.Emit(core::TakeSnapshot{state.snapshot_label});
    state.snapshot_label.clear();
  }
  ctx.Mark("report.snapshot.take");
  for (const core::Snapshot& snap : a.snapshots) {
    ImGui::PushID(snap.id.c_str());
    ImGui::BulletText("%s · %s · %zu rated", snap.label.c_str(), snap.taken_at.substr(0, 10).c_str(), snap.levels.size());
    ctx.Mark("report.snapshot." + snap.id);
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove")) ctx.Emit(core::RemoveSnapshot{snap.id});
    ctx.Mark("report.snapshot.remove." + snap.id);
    ImGui::PopID();
  }
  if (!a.snapshots.empty()) {
    ImGui::Spacing();
    DrawComparison(ctx, role, a);
  }
}

}  // namespace rex::ui
