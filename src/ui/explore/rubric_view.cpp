// The rubric of a group: its rated items against the levels of the scale, each
// cell what that level looks like for that item (the competency matrix). The
// level the person's target expects is tinted, the level they gave themself is
// outlined, so "where I am" and "where I am going" read off one row.
#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "ui/explore/explore_views.hpp"
#include "ui/sized_rows.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

constexpr float kLevelColumnWeight = 1.4f;  // against 1.0 for the item names
constexpr float kTint = 0.16f;              // alpha of the expected cell's accent

struct RubricRow {
  const core::Item* item;
  int expected = 0;          // 0: not expected at the target
  std::optional<int> yours;  // the person's rating
};

// Level 0 ("not yet") describes an absence: the matrix starts at 1.
std::vector<const core::ScaleLevel*> Columns(const core::RatingModel& model) {
  std::vector<const core::ScaleLevel*> levels;
  for (const core::ScaleLevel& level : model.scale) {
    if (level.level > 0) levels.push_back(&level);
  }
  return levels;
}

std::optional<int> YourLevel(const core::Assessment* assessment, const std::string& id) {
  if (!assessment) return std::nullopt;
  const auto found = assessment->ratings.find(id);
  return found == assessment->ratings.end() ? std::nullopt : found->second.level;
}

const core::TargetProfile* ChosenTarget(const UiContext& ctx, const core::RatingModel& model) {
  return ctx.score ? model.FindTarget(ctx.score->target) : nullptr;
}

std::vector<RubricRow> Rows(const UiContext& ctx, const core::Role& role, const core::Group& group) {
  const core::RatingModel& model = role.rating_model;
  const core::TargetProfile* target = ChosenTarget(ctx, model);
  std::vector<RubricRow> rows;
  for (const core::Item& item : group.items) {
    if (!model.IsRated(item)) continue;
    rows.push_back({&item, target ? core::ExpectedLevel(*target, item) : 0,
                    YourLevel(ctx.session.CurrentAssessment(), item.id)});
  }
  return rows;
}

std::string CellText(const core::Item& item, int level) {
  const std::string* text = item.LevelTextFor(level);
  return text ? *text : std::string();
}

// Content heights at these column widths: the name in the strong font, cells in the small one.
std::vector<float> MeasureRows(const UiContext& ctx, const std::vector<RubricRow>& rows,
                               const std::vector<const core::ScaleLevel*>& levels, const std::vector<float>& widths) {
  std::vector<float> heights;
  for (const RubricRow& row : rows) {
    float height = WrappedTextHeight(ctx.fonts.strong, row.item->name, widths[0]);
    for (size_t c = 0; c < levels.size(); ++c) {
      height = std::max(height, WrappedTextHeight(ctx.fonts.small, CellText(*row.item, levels[c]->level), widths[c + 1]));
    }
    heights.push_back(height);
  }
  return heights;
}

// A legend's sample of a cell marking: tinted (`filled`) or outlined.
void Swatch(const UiContext& ctx, bool filled) {
  const float size = ctx.metrics.swatch_size;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 min(at.x, at.y + (ImGui::GetTextLineHeight() - size) * 0.5f), max(min.x + size, min.y + size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4& a = ctx.palette.accent;
  if (filled) {
    draw->AddRectFilled(min, max, ImGui::GetColorU32(ImVec4(a.x, a.y, a.z, kTint * 2)), ctx.metrics.small_rounding);
  } else {
    draw->AddRect(min, max, ImGui::GetColorU32(a), ctx.metrics.small_rounding, 0, ctx.metrics.stroke);
  }
  ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
  ImGui::SameLine(0, ctx.metrics.swatch_gap);
}

void DrawLegend(const UiContext& ctx, const std::string& target_name) {
  ImGui::PushFont(ctx.fonts.small);
  Swatch(ctx, true);
  ImGui::TextColored(ctx.palette.text_muted, "Expected at %s", target_name.c_str());
  ImGui::SameLine(0, ctx.metrics.group_gap);
  Swatch(ctx, false);
  ImGui::TextColored(ctx.palette.text_muted, "Your rating");
  ImGui::SameLine(0, ctx.metrics.group_gap);
  ImGui::TextColored(ctx.palette.text_muted, "Hover a level's heading for the scale's general meaning.");
  ImGui::PopFont();
}

void DrawNameCell(UiContext& ctx, const core::Item& item) {
  ImGui::BeginGroup();
  ImGui::PushFont(ctx.fonts.strong);
  ImGui::TextWrapped("%s", Shown(ctx, item.name));
  ImGui::PopFont();
  ImGui::EndGroup();
  FinishItem(ctx, item);
}

// One cell: the tint and outline over the whole cell, the text wrapped inside.
void DrawCell(UiContext& ctx, const RubricRow& row, int level, float width, float height) {
  const ImVec2 padding = ImGui::GetStyle().CellPadding;
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 min(cursor.x - padding.x, cursor.y - padding.y);
  const ImVec2 size(width + padding.x * 2, height + padding.y * 2);
  const std::string cell = row.item->id + "." + std::to_string(level);
  const std::string text = CellText(*row.item, level);
  if (row.expected == level) {
    const ImVec4& a = ctx.palette.accent;
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(ImVec4(a.x, a.y, a.z, kTint)));
    ctx.widgets.Record("rubric.expected." + row.item->id, min, size);
  }
  if (row.yours == level) {
    const float inset = ctx.metrics.space_2xs;
    ImGui::GetWindowDrawList()->AddRect(
        ImVec2(min.x + inset, min.y + inset), ImVec2(min.x + size.x - inset, min.y + size.y - inset),
        ImGui::GetColorU32(ctx.palette.accent), ctx.metrics.ring_rounding, 0, ctx.metrics.stroke);
    ctx.widgets.Record("rubric.yours." + row.item->id, min, size);
  }
  if (!text.empty()) {
    ImGui::PushFont(ctx.fonts.small);
    ImGui::TextWrapped("%s", Shown(ctx, text));
    ImGui::PopFont();
  }
  ctx.widgets.Record("rubric.cell." + cell, min, size, text);
}

// The index of the row to draw even when off screen, so a jump to it can scroll there.
int ScrollTarget(const UiContext& ctx, const std::vector<RubricRow>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].item->id == ctx.view.explore.scroll_to_item) return static_cast<int>(i);
  }
  return -1;
}

void DrawRows(UiContext& ctx, const std::vector<RubricRow>& rows, const std::vector<const core::ScaleLevel*>& levels,
              const std::vector<float>& widths, const std::vector<float>& heights) {
  const int forced = ScrollTarget(ctx, rows);
  for (size_t r = 0; r < rows.size(); ++r) {
    const bool visible = NextSizedRow(heights[r]);
    if (!visible && static_cast<int>(r) != forced) continue;
    ImGui::PushID(static_cast<int>(r));
    ImGui::TableSetColumnIndex(0);
    DrawNameCell(ctx, *rows[r].item);
    for (size_t c = 0; c < levels.size(); ++c) {
      ImGui::TableSetColumnIndex(static_cast<int>(c + 1));
      DrawCell(ctx, rows[r], levels[c]->level, widths[c + 1], heights[r]);
    }
    ImGui::PopID();
  }
}

const char* OwnViewLabel(core::GroupView view) {
  switch (view) {
    case core::GroupView::kList: return "List";
    case core::GroupView::kCards: return "Cards";
    case core::GroupView::kTable: return "Table";
    case core::GroupView::kChecklist: return "Checklist";
  }
  return "List";
}

}  // namespace

bool HasRubric(const core::RatingModel& model, const core::Group& group) {
  return std::any_of(group.items.begin(), group.items.end(),
                     [&](const core::Item& item) { return model.IsRated(item) && !item.levels.empty(); });
}

void DrawGroupViewToggle(UiContext& ctx, const core::Group& group, float middle_y) {
  ExploreState& state = ctx.view.explore;
  const bool rubric = state.rubric_groups.count(group.id) > 0;
  const char* own = OwnViewLabel(group.view);
  // Pill() pads 14 x 6 around text in the strong font.
  ImGui::PushFont(ctx.fonts.strong);
  const float pills = ImGui::CalcTextSize(own).x + ImGui::CalcTextSize("Rubric").x + ctx.metrics.pill_padding_x * 4 +
                      ctx.metrics.space_xs;
  const float pill_height = ImGui::GetFontSize() + ctx.metrics.pill_padding_y * 2;
  ImGui::PopFont();
  SameLineAt(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - pills));
  ImGui::SetCursorPosY(middle_y - pill_height * 0.5f);
  if (Pill(ctx, own, !rubric)) state.rubric_groups.erase(group.id);
  ctx.Mark("group.view." + group.id + ".own");
  ImGui::SameLine(0, ctx.metrics.space_xs);
  if (Pill(ctx, "Rubric", rubric)) state.rubric_groups.insert(group.id);
  ctx.Mark("group.view." + group.id + ".rubric");
}

void DrawRubricGroup(UiContext& ctx, const core::Role& role, const core::Group& group) {
  const std::vector<const core::ScaleLevel*> levels = Columns(role.rating_model);
  const std::vector<RubricRow> rows = Rows(ctx, role, group);
  const core::TargetProfile* target = ChosenTarget(ctx, role.rating_model);
  DrawLegend(ctx, target ? target->name : "the target");
  // No scroll region of its own: the rubric scrolls with the page, one scroll
  // for everything, and its header row follows it down (PinHeaderRow).
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##rubric", static_cast<int>(levels.size()) + 1, flags)) return;
  std::vector<std::string> labels{"Item"};
  for (const core::ScaleLevel* level : levels) labels.push_back(std::to_string(level->level) + " · " + level->name);
  for (size_t c = 0; c < labels.size(); ++c) ImGui::TableSetupColumn(labels[c].c_str(), 0, c == 0 ? 1.0f : kLevelColumnWeight);
  const HeaderRow header = SizedHeaderRow(labels, [&](int column) {
    if (column > 0 && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", levels[static_cast<size_t>(column - 1)]->descriptor.c_str());
  });
  RowHeights& measured = ctx.view.explore.rubric_rows[role.id + "/" + group.id];
  if (!measured.MeasuredAt(header.widths, ImGui::GetFontSize())) {
    measured = {header.widths, ImGui::GetFontSize(), MeasureRows(ctx, rows, levels, header.widths)};
  }
  DrawRows(ctx, rows, levels, header.widths, measured.heights);
  ImGui::EndTable();
  if (const std::optional<float> pinned = PinHeaderRow(header)) {
    ctx.widgets.Record("rubric.pinned_header." + group.id, ImVec2(header.lefts.front(), *pinned),
                       ImVec2(header.rights.back() - header.lefts.front(), header.bottom - header.top));
  }
}

}  // namespace rex::ui
