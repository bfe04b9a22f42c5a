// The Team page's lists: files that could not be read, headline numbers,
// readiness per person and calibration. Long lists are clipped to what is on
// screen, so 200 people cost what 20 do.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/team/team_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

constexpr std::size_t kCalibrationShown = 10;
constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_PadOuterX;

std::string Percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

const core::TeamMember& MemberOf(const TeamData& data, const core::PersonFigures& person) {
  return data.team.members[person.member];
}

std::string Change(const core::SnapshotChange& change) {
  if (!change.has_snapshot) return "—";
  return "+" + std::to_string(change.up) + " / −" + std::to_string(change.down);
}

// A table as tall as its rows, up to `max_rows`; then it scrolls.
float TableHeight(const UiContext& ctx, std::size_t rows, std::size_t max_rows) {
  const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
  return row * static_cast<float>(std::min(rows, max_rows) + 1) + ctx.metrics.space_xs;
}

}  // namespace

void DrawTeamProblems(UiContext& ctx, const TeamData& data) {
  if (data.team.errors.empty() && data.team.warnings.empty()) return;
  const Card card = BeginCard(ctx, ImGui::GetContentRegionAvail().x);
  if (!data.team.errors.empty()) {
    const std::size_t n = data.team.errors.size();
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextColored(ctx.palette.danger, "%zu %s could not be read", n, n == 1 ? "file" : "files");
    ImGui::PopFont();
    ctx.Mark("team.errors", std::to_string(n));
    for (std::size_t i = 0; i < n; ++i) {
      const core::TeamFileError& error = data.team.errors[i];
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::SmallButton("Remove")) ctx.Emit(core::RemoveTeamReport{error.file});
      ctx.Mark("team.error.remove." + std::to_string(i));
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0);
      TextShown(ctx, error.ToString());
      ImGui::PopTextWrapPos();
      ctx.Mark("team.error." + std::to_string(i), error.ToString());
      ImGui::PopID();
    }
  }
  for (std::size_t i = 0; i < data.team.warnings.size(); ++i) {
    ImGui::PushTextWrapPos(0);
    TextMuted(ctx, Shown(ctx, "Note: " + data.team.warnings[i]));
    ImGui::PopTextWrapPos();
    ctx.Mark("team.warning." + std::to_string(i), data.team.warnings[i]);
  }
  EndCard(ctx, card);
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_s));
}

void DrawTeamHeadline(UiContext& ctx, const TeamRoleView& role) {
  int counts[3] = {0, 0, 0};
  std::vector<double> attainment;
  for (const core::PersonFigures& person : role.figures.people) {
    ++counts[static_cast<int>(person.verdict)];
    attainment.push_back(person.attainment);
  }
  std::sort(attainment.begin(), attainment.end());
  const double median = attainment.empty() ? 0
                        : attainment.size() % 2 ? attainment[attainment.size() / 2]
                                                : (attainment[attainment.size() / 2 - 1] + attainment[attainment.size() / 2]) / 2;
  const float gap = ctx.metrics.space_3xl;
  Stat(ctx, "team.people", std::to_string(role.figures.people.size()), "people", ctx.palette.text);
  ImGui::SameLine(0, gap);
  for (core::Verdict verdict : {core::Verdict::kReady, core::Verdict::kAlmost, core::Verdict::kNotYet}) {
    const std::string widget = std::string("team.count.") + core::ToString(verdict);
    Stat(ctx, widget.c_str(), std::to_string(counts[static_cast<int>(verdict)]), core::VerdictTitle(verdict),
         VerdictColor(ctx.palette, verdict));
    ImGui::SameLine(0, gap);
  }
  Stat(ctx, "team.median_attainment", Percent(median), "median attainment", ctx.palette.text);
}

void DrawReadinessTable(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width) {
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Readiness");
  TextMuted(ctx, "Click a person to draw them over the team radar.");
  const float inner = width - card.padding * 2;
  if (ImGui::BeginTable("##readiness", 5, kTableFlags, ImVec2(inner, TableHeight(ctx, role.people.size(), 12)))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Person", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Verdict", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_status);
    ImGui::TableSetupColumn("Attained", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_figure);
    ImGui::TableSetupColumn("Top gaps", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Since snapshot", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_status);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(role.people.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const core::PersonFigures& person = role.figures.people[role.people[static_cast<std::size_t>(row)]];
        const core::TeamMember& member = MemberOf(data, person);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(row);
        const bool overlaid = ctx.view.team.overlay_file == member.file;
        if (ImGui::Selectable(Shown(ctx, member.display_name), overlaid, ImGuiSelectableFlags_SpanAllColumns)) {
          ctx.view.team.overlay_file = overlaid ? std::string() : member.file;
          ctx.redraw = true;
        }
        ImGui::PopID();
        std::string gaps;
        for (const core::ItemScore& gap : person.top_gaps) gaps += (gaps.empty() ? "" : ", ") + gap.name;
        const std::string attained = Percent(person.attainment);
        ctx.Mark("team.person." + std::to_string(row), member.display_name + " · " + core::VerdictTitle(person.verdict) +
                                                             " · " + attained + " · " + Change(person.change));
        ImGui::TableNextColumn();
        ImGui::TextColored(VerdictColor(ctx.palette, person.verdict), "%s", core::VerdictTitle(person.verdict));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(attained.c_str());
        ImGui::TableNextColumn();
        ImGui::PushFont(ctx.fonts.small);
        TextShown(ctx, gaps.empty() ? std::string("—") : gaps);
        ImGui::PopFont();
        if (!gaps.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Shown(ctx, gaps));  // the cell may cut it
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(Change(person.change).c_str());
        if (person.change.has_snapshot && ImGui::IsItemHovered()) {
          ImGui::SetTooltip("Since \"%s\": %d up, %d down, net %+d levels", Shown(ctx, person.change.snapshot_label),
                            person.change.up, person.change.down, person.change.net);
        }
      }
    }
    ImGui::EndTable();
  }
  EndCard(ctx, card);
}

void DrawCalibration(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width) {
  const std::vector<core::Disagreement>& all = role.figures.calibration;
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Calibration");
  if (all.empty()) {
    TextMuted(ctx, "No item has both a self level and a different level from the manager's review.");
    EndCard(ctx, card);
    return;
  }
  TextMuted(ctx, "Where a person's own level and their manager's differ most across the team.");
  const std::size_t shown = ctx.view.team.all_calibration ? all.size() : std::min(all.size(), kCalibrationShown);
  const float inner = width - card.padding * 2;
  if (ImGui::BeginTable("##calibration", 5, kTableFlags, ImVec2(inner, TableHeight(ctx, shown, 12)))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Person", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Self", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_level);
    ImGui::TableSetupColumn("Manager", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_figure);
    ImGui::TableSetupColumn("Difference", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_change);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const core::Disagreement& d = all[static_cast<std::size_t>(row)];
        const std::string& name = data.team.members[d.member].display_name;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        TextShown(ctx, name);
        ImGui::TableNextColumn();
        TextShown(ctx, d.item_name);
        ImGui::TableNextColumn();
        ImGui::Text("%d", d.self);
        ImGui::TableNextColumn();
        ImGui::Text("%d", d.manager);
        ImGui::TableNextColumn();
        ImGui::TextColored(d.Difference() > 0 ? ctx.palette.success : ctx.palette.danger, "%+d", d.Difference());
        ctx.Mark("team.calibration." + std::to_string(row),
                 name + " · " + d.item_id + " · " + std::to_string(d.self) + " → " + std::to_string(d.manager));
      }
    }
    ImGui::EndTable();
  }
  if (all.size() > kCalibrationShown) {
    const std::string label = ctx.view.team.all_calibration ? "Show the biggest only"
                                                            : "Show all " + std::to_string(all.size());
    if (ImGui::SmallButton(label.c_str())) {
      ctx.view.team.all_calibration = !ctx.view.team.all_calibration;
      ctx.redraw = true;
    }
    ctx.Mark("team.calibration.more");
  }
  EndCard(ctx, card);
}

}  // namespace rex::ui
