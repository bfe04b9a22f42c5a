// The heat map: a row per person, a column per rated item, each cell coloured by
// the person's level (darker = higher). A red bar along a cell's foot marks a
// level below that person's target expectation; a dot in the corner marks a
// manager's level that differs. Item names stand upright above their columns,
// names stay pinned on the left, and only the cells in view are drawn, so a
// 200-person team costs what fits on screen.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/team/team_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

constexpr std::size_t kMaxNoteInTooltip = 280;

struct Layout {
  float cell = 0;
  float names = 0;   // width of the pinned names column
  float header = 0;  // height of the upright item names
  ImVec2 origin;     // top-left of the visible area (screen)
  ImVec2 scroll;
};

// Level 0..max as a share of the accent colour over the surface; level 0 still
// tinted, so it never reads as an empty (unrated) cell.
ImVec4 CellColour(const Palette& p, int level, int max_level) {
  const float t = max_level <= 0 ? 0.0f : 0.25f + 0.75f * static_cast<float>(level) / static_cast<float>(max_level);
  return ImVec4(p.surface.x + (p.accent.x - p.surface.x) * t, p.surface.y + (p.accent.y - p.surface.y) * t,
                p.surface.z + (p.accent.z - p.surface.z) * t, 1.0f);
}

// Text turned a quarter left (reading upwards) from `foot`, at most `length` long.
// ImGui has no rotated text: the glyphs are laid out flat, then their vertices
// turned about `foot`. The flat layout must not be culled, so it is drawn under
// a clip rect that holds both the flat and the turned text, kept within the
// window's visible rows (the caller only passes columns wholly in view).
void UprightText(ImDrawList* draw, const ImVec2& foot, ImU32 colour, const char* text, float length) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  std::string shown = text;
  if (font->CalcTextSizeA(size, FLT_MAX, 0, shown.c_str()).x > length) {
    while (!shown.empty() && font->CalcTextSizeA(size, FLT_MAX, 0, (shown + "…").c_str()).x > length) {
      do shown.pop_back(); while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80);
      if (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0x80)) shown.pop_back();
    }
    shown += "…";
  }
  const ImVec2 visible_min = draw->GetClipRectMin();
  const ImVec2 visible_max = draw->GetClipRectMax();
  draw->PushClipRect(ImVec2(foot.x - size, std::max(foot.y - length - size, visible_min.y)),
                     ImVec2(foot.x + length + size, std::min(foot.y + size, visible_max.y)), false);
  const int first = draw->VtxBuffer.Size;
  draw->AddText(font, size, ImVec2(foot.x, foot.y - size), colour, shown.c_str());
  for (int i = first; i < draw->VtxBuffer.Size; ++i) {
    ImDrawVert& v = draw->VtxBuffer[i];
    const float dx = v.pos.x - foot.x;
    const float dy = v.pos.y - foot.y;
    v.pos = ImVec2(foot.x + dy, foot.y - dx);
  }
  draw->PopClipRect();
}

std::string LevelName(const core::Role& role, int level) {
  for (const core::ScaleLevel& l : role.rating_model.scale) {
    if (l.level == level) return std::to_string(level) + " · " + l.name;
  }
  return std::to_string(level);
}

// The tooltip of one cell: who, what, the levels, and the person's note unless names are hidden.
std::vector<std::string> CellLines(const UiContext& ctx, const TeamData& data, const TeamRoleView& role,
                                   const core::PersonFigures& person, const core::ItemFigures& item) {
  const core::TeamMember& member = data.team.members[person.member];
  const core::Role& r = *role.figures.role;
  std::vector<std::string> lines = {member.display_name + " · " + item.name};
  const auto score = std::find_if(member.score.items.begin(), member.score.items.end(),
                                  [&](const core::ItemScore& s) { return s.id == item.id; });
  const std::optional<int> level = score != member.score.items.end() ? score->level : std::nullopt;
  lines.push_back("Own level: " + (level ? LevelName(r, *level) : std::string("not rated")));
  if (score != member.score.items.end()) lines.push_back("Expected for " + member.score.target + ": " + LevelName(r, score->expected));
  const auto manager = person.manager_levels.find(item.id);
  if (manager != person.manager_levels.end()) lines.push_back("Manager: " + LevelName(r, manager->second));
  if (!ctx.session.team.view.hide_names) {
    const auto rating = member.assessment.ratings.find(item.id);
    if (rating != member.assessment.ratings.end() && !rating->second.note.empty()) {
      std::string note = rating->second.note;
      if (note.size() > kMaxNoteInTooltip) note = note.substr(0, kMaxNoteInTooltip) + "…";
      lines.push_back("Note: " + note);
    }
  }
  return lines;
}

void DrawCell(UiContext& ctx, ImDrawList* draw, const ImVec2& at, float cell, const core::PersonFigures& person,
              const core::TeamMember& member, const core::ItemFigures& item, int max_level) {
  const auto score = std::find_if(member.score.items.begin(), member.score.items.end(),
                                  [&](const core::ItemScore& s) { return s.id == item.id; });
  const float inset = std::max(1.0f, ctx.metrics.hairline);
  const ImVec2 a(at.x + inset, at.y + inset);
  const ImVec2 b(at.x + cell - inset, at.y + cell - inset);
  if (score == member.score.items.end() || !score->level) {
    draw->AddRect(a, b, ImGui::GetColorU32(ctx.palette.border), ctx.metrics.small_rounding);
    return;
  }
  const int level = *score->level;
  draw->AddRectFilled(a, b, ImGui::GetColorU32(CellColour(ctx.palette, level, max_level)), ctx.metrics.small_rounding);
  const std::string digit = std::to_string(level);
  const ImVec2 size = ImGui::CalcTextSize(digit.c_str());
  const bool dark = level * 2 > max_level;
  draw->AddText(ImVec2(at.x + (cell - size.x) * 0.5f, at.y + (cell - size.y) * 0.5f),
                ImGui::GetColorU32(dark ? ctx.palette.accent_text : ctx.palette.text), digit.c_str());
  if (level < score->expected) {
    draw->AddRectFilled(ImVec2(a.x, b.y - ctx.metrics.rail), b, ImGui::GetColorU32(ctx.palette.danger));
  }
  const auto manager = person.manager_levels.find(item.id);
  if (manager != person.manager_levels.end() && manager->second != level) {
    draw->AddCircleFilled(ImVec2(b.x - ctx.metrics.space_xs, a.y + ctx.metrics.space_xs), ctx.metrics.marker_radius,
                          ImGui::GetColorU32(ctx.palette.scorecard));
  }
}

void DrawLegend(UiContext& ctx, int max_level) {
  ImGui::PushFont(ctx.fonts.small);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float box = ImGui::GetTextLineHeight();
  TextMuted(ctx, "Level");
  for (int level = 0; level <= max_level; ++level) {
    ImGui::SameLine();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    draw->AddRectFilled(at, ImVec2(at.x + box, at.y + box),
                        ImGui::GetColorU32(CellColour(ctx.palette, level, max_level)), ctx.metrics.small_rounding);
    ImGui::Dummy(ImVec2(box, box));
    ImGui::SameLine(0, ctx.metrics.swatch_gap);
    ImGui::TextUnformatted(std::to_string(level).c_str());
  }
  ImGui::SameLine(0, ctx.metrics.space_l);
  ImVec2 at = ImGui::GetCursorScreenPos();
  draw->AddRectFilled(ImVec2(at.x, at.y + box - ctx.metrics.rail), ImVec2(at.x + box, at.y + box),
                      ImGui::GetColorU32(ctx.palette.danger));
  ImGui::Dummy(ImVec2(box, box));
  ImGui::SameLine(0, ctx.metrics.swatch_gap);
  TextMuted(ctx, "below the target's expectation");
  ImGui::SameLine(0, ctx.metrics.space_l);
  at = ImGui::GetCursorScreenPos();
  draw->AddCircleFilled(ImVec2(at.x + box * 0.5f, at.y + box * 0.5f), ctx.metrics.marker_radius,
                        ImGui::GetColorU32(ctx.palette.scorecard));
  ImGui::Dummy(ImVec2(box, box));
  ImGui::SameLine(0, ctx.metrics.swatch_gap);
  TextMuted(ctx, "manager's level differs");
  ImGui::PopFont();
}

void DrawHeaders(UiContext& ctx, ImDrawList* draw, const Layout& l, const TeamRoleView& role, int first, int last) {
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  draw->AddRectFilled(l.origin, ImVec2(clip_max.x, l.origin.y + l.header), ImGui::GetColorU32(ctx.palette.surface));
  ImGui::PushFont(ctx.fonts.small);
  const ImU32 colour = ImGui::GetColorU32(ctx.palette.text);
  for (int c = first; c < last; ++c) {
    const core::ItemFigures& item = role.figures.items[role.items[static_cast<std::size_t>(c)]];
    const float x = l.origin.x + l.names + static_cast<float>(c) * l.cell - l.scroll.x;
    const float slack = ctx.metrics.space_2xs;  // a column half in view is skipped
    if (x < l.origin.x + l.names - slack || x + l.cell > clip_max.x + slack) continue;
    const float text_x = x + (l.cell + ImGui::GetFontSize()) * 0.5f;  // the turned text runs left of its foot
    UprightText(draw, ImVec2(text_x, l.origin.y + l.header - ctx.metrics.space_xs), colour,
                ShownIn(ctx, ctx.fonts.small, item.name), l.header - ctx.metrics.space_s);
  }
  ImGui::PopFont();
}

}  // namespace

void DrawHeatMap(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width) {
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Heat map");
  const int max_level = role.figures.role->rating_model.MaxLevel();
  DrawLegend(ctx, max_level);
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_xs));

  Layout l;
  l.cell = ctx.metrics.heat_cell;
  l.names = ctx.metrics.heat_names_width;
  l.header = ctx.metrics.heat_header_height;
  const int rows = static_cast<int>(role.people.size());
  const int columns = static_cast<int>(role.items.size());
  const ImVec2 content(l.names + static_cast<float>(columns) * l.cell, l.header + static_cast<float>(rows) * l.cell);
  const float inner = width - card.padding * 2;
  const float scrollbar = ImGui::GetStyle().ScrollbarSize;
  const float height = std::min(content.y, ctx.metrics.heat_map_max_height) + (content.x > inner ? scrollbar : 0.0f);
  ImGui::BeginChild("##heatmap", ImVec2(inner, height), false, ImGuiWindowFlags_HorizontalScrollbar);
  l.origin = ImGui::GetWindowPos();
  l.scroll = ImVec2(ImGui::GetScrollX(), ImGui::GetScrollY());
  const ImVec2 view = ImVec2(ImGui::GetWindowContentRegionMax().x, ImGui::GetWindowContentRegionMax().y);
  ImGui::Dummy(content);  // the scroll extent

  // Visible rows and columns only (the header and names are pinned over them).
  const int first_row = std::clamp(static_cast<int>(std::floor(l.scroll.y / l.cell)), 0, rows);
  const int last_row = std::clamp(static_cast<int>(std::ceil((l.scroll.y + view.y - l.header) / l.cell)) + 1, 0, rows);
  const int first_col = std::clamp(static_cast<int>(std::floor(l.scroll.x / l.cell)), 0, columns);
  const int last_col = std::clamp(static_cast<int>(std::ceil((l.scroll.x + view.x - l.names) / l.cell)) + 1, 0, columns);
  ctx.view.team.drawn_rows = last_row - first_row;
  ctx.view.team.drawn_columns = last_col - first_col;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 cells(l.origin.x + l.names, l.origin.y + l.header);
  draw->PushClipRect(cells, ImVec2(l.origin.x + view.x, l.origin.y + view.y), true);
  for (int r = first_row; r < last_row; ++r) {
    const core::PersonFigures& person = role.figures.people[role.people[static_cast<std::size_t>(r)]];
    const core::TeamMember& member = data.team.members[person.member];
    for (int c = first_col; c < last_col; ++c) {
      const core::ItemFigures& item = role.figures.items[role.items[static_cast<std::size_t>(c)]];
      const ImVec2 at(cells.x + static_cast<float>(c) * l.cell - l.scroll.x, cells.y + static_cast<float>(r) * l.cell - l.scroll.y);
      DrawCell(ctx, draw, at, l.cell, person, member, item, max_level);
    }
  }
  draw->PopClipRect();
  if (first_row < last_row && first_col < last_col) {  // for tests: where one cell is, to point at it
    ctx.widgets.Record("team.heatmap.first_cell",
                       ImVec2(cells.x + static_cast<float>(first_col) * l.cell - l.scroll.x,
                              cells.y + static_cast<float>(first_row) * l.cell - l.scroll.y),
                       ImVec2(l.cell, l.cell), std::to_string(first_row) + "," + std::to_string(first_col));
  }

  // Pinned names on the left.
  draw->PushClipRect(ImVec2(l.origin.x, cells.y), ImVec2(cells.x, l.origin.y + view.y), true);
  draw->AddRectFilled(ImVec2(l.origin.x, cells.y), ImVec2(cells.x, l.origin.y + view.y), ImGui::GetColorU32(ctx.palette.surface));
  for (int r = first_row; r < last_row; ++r) {
    const core::PersonFigures& person = role.figures.people[role.people[static_cast<std::size_t>(r)]];
    const std::string& name = data.team.members[person.member].display_name;
    const float y = cells.y + static_cast<float>(r) * l.cell - l.scroll.y + (l.cell - ImGui::GetTextLineHeight()) * 0.5f;
    const ImVec4 clip(l.origin.x, cells.y, cells.x - ctx.metrics.space_s, l.origin.y + view.y);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(l.origin.x, y), ImGui::GetColorU32(ctx.palette.text),
                  Shown(ctx, name), nullptr, 0.0f, &clip);
  }
  draw->PopClipRect();
  DrawHeaders(ctx, draw, l, role, first_col, last_col);

  // Hover: the cell under the pointer, its levels and note.
  if (ImGui::IsWindowHovered()) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (mouse.x >= cells.x && mouse.y >= cells.y) {
      const int c = static_cast<int>(std::floor((mouse.x - cells.x + l.scroll.x) / l.cell));
      const int r = static_cast<int>(std::floor((mouse.y - cells.y + l.scroll.y) / l.cell));
      if (r >= 0 && r < rows && c >= 0 && c < columns) {
        const core::PersonFigures& person = role.figures.people[role.people[static_cast<std::size_t>(r)]];
        const core::ItemFigures& item = role.figures.items[role.items[static_cast<std::size_t>(c)]];
        std::vector<std::string> lines = CellLines(ctx, data, role, person, item);
        ImGui::BeginTooltip();
        ImGui::PushFont(ctx.fonts.strong);
        TextShown(ctx, lines[0]);
        ImGui::PopFont();
        ImGui::PushTextWrapPos(ctx.metrics.tooltip_wrap);
        for (std::size_t i = 1; i < lines.size(); ++i) TextShown(ctx, lines[i]);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
        ctx.widgets.RecordTooltip(std::move(lines));
      }
    } else if (mouse.y < cells.y && mouse.x >= cells.x) {
      const int c = static_cast<int>(std::floor((mouse.x - cells.x + l.scroll.x) / l.cell));
      if (c >= 0 && c < columns) {
        const core::ItemFigures& item = role.figures.items[role.items[static_cast<std::size_t>(c)]];
        char figures[160];
        std::snprintf(figures, sizeof figures, "Team average %.1f · spread %.1f · %d of %d below target", item.average,
                      item.spread, item.below_target, item.rated);
        ImGui::SetTooltip("%s\n%s\n%s", Shown(ctx, item.name), Shown(ctx, item.category), figures);
        ctx.widgets.RecordTooltip({item.name, item.category, figures});
      }
    }
  }
  ImGui::EndChild();
  ctx.Mark("team.heatmap", std::to_string(rows) + " people × " + std::to_string(columns) + " items");
  EndCard(ctx, card);
}

}  // namespace rex::ui
