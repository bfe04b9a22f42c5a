#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "ui/explore/explore_views.hpp"
#include "ui/keys.hpp"
#include "ui/kind_labels.hpp"
#include "core/text/shaped_runs.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// Draws `text` on one line with the [begin, end) byte ranges in `marks` on a
// highlight background, the way search engines show why something matched.
void HighlightedLine(const UiContext& ctx, const std::string& text, const std::vector<std::pair<size_t, size_t>>& marks) {
  if (core::ContainsShapedText(text)) {  // one picture per run: no highlight inside it
    TextShown(ctx, text);
    return;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 highlight = ImGui::GetColorU32(ctx.palette.highlight);
  size_t at = 0;
  auto segment = [&](size_t begin, size_t end, bool marked) {
    if (begin >= end) return;
    const char* b = text.c_str() + begin;
    const char* e = text.c_str() + end;
    if (marked) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const ImVec2 size = ImGui::CalcTextSize(b, e);
      draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), highlight, ctx.metrics.small_rounding);
    }
    ImGui::TextUnformatted(b, e);
    ImGui::SameLine(0, 0);
  };
  for (const auto& [begin, end] : marks) {
    if (begin < at) continue;  // overlapping words: the first mark wins
    segment(at, begin, false);
    segment(begin, end, true);
    at = end;
  }
  segment(at, text.size(), false);
  ImGui::NewLine();
}

void RefreshResults(UiContext& ctx) {
  ExploreState& state = ctx.view.explore;
  if (!ctx.search) return;
  if (state.searched_query == state.query && state.searched_role == ctx.session.current_role) return;
  state.results = ctx.search->Find(state.query);
  state.searched_query = state.query;
  state.searched_role = ctx.session.current_role;
}

void DrawHit(UiContext& ctx, const core::Role& role, const core::SearchHit& hit, int index) {
  const core::Section& section = role.sections[static_cast<size_t>(hit.ref.section)];
  const core::Item& item = role.At(hit.ref);
  ImGui::PushID(index);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(KindColor(ctx.palette, item.kind.c_str()), "%s", Shown(ctx, KindLabel(item.kind)));
  ImGui::SameLine();
  ImGui::TextColored(ctx.palette.text_muted, "in %d · %s", section.number, Shown(ctx, section.title));
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.strong);
  TextShown(ctx, item.name);
  ImGui::PopFont();
  if (hit.field != "name") {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.palette.text_muted);
    HighlightedLine(ctx, hit.snippet, hit.marks);
    ImGui::PopStyleColor();
  }
  ImGui::EndGroup();
  const ImVec2 end(start.x + ImGui::GetContentRegionAvail().x, ImGui::GetItemRectMax().y);
  ImGui::SetCursorScreenPos(start);
  if (ImGui::InvisibleButton("##hit", ImVec2(end.x - start.x, end.y - start.y))) {
    ctx.view.explore.query.clear();
    ctx.view.explore.Open(role, item.id);
    ctx.redraw = true;
  }
  if (ImGui::IsItemHovered()) {
    ImGui::GetWindowDrawList()->AddRect(start, end, ImGui::GetColorU32(ctx.palette.accent), ctx.metrics.ring_rounding);
  }
  ctx.Mark("search.hit." + std::to_string(index));
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_xs));
  ImGui::PopID();
}

}  // namespace

void DrawSearchBox(UiContext& ctx) {
  ExploreState& state = ctx.view.explore;
  if (state.focus_search) {
    ImGui::SetKeyboardFocusHere();
    state.focus_search = false;
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.palette.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.metrics.hairline);
  ImGui::InputTextWithHint("##search", "Search   Ctrl+K or /", &state.query);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ctx.Mark("search.box", "", AccessibleHint::Textbox("Search the role", state.query));
  if (ImGui::IsItemActive() && ImGui::IsKeyPressed(keys::kEscape)) {
    state.query.clear();
    ctx.redraw = true;
  }
}

void DrawSearchResults(UiContext& ctx, const core::Role& role) {
  RefreshResults(ctx);
  const core::SearchResults& results = ctx.view.explore.results;
  ImGui::PushFont(ctx.fonts.headline);
  ImGui::Text("%zu", results.total);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ctx.metrics.space_m);
  ImGui::TextColored(ctx.palette.text_muted, results.total == 1 ? "match for \"%s\"" : "matches for \"%s\"",
                     ctx.view.explore.query.c_str());
  ctx.Mark("search.count");
  if (results.total == 0) {
    TextMuted(ctx, "Try fewer words, or part of a word: \"idempot\" finds idempotent and idempotency.");
    return;
  }
  if (results.total > results.hits.size()) {
    ImGui::TextColored(ctx.palette.text_muted, "Showing the first %zu.", results.hits.size());
  }
  ImGui::Separator();
  for (size_t i = 0; i < results.hits.size(); ++i) DrawHit(ctx, role, results.hits[i], static_cast<int>(i));
}

}  // namespace rex::ui
