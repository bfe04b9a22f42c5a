// Keyboard-only assessment: the whole role can be rated without a mouse.
#include <imgui.h>

#include <algorithm>

#include "ui/assess/assess_views.hpp"
#include "ui/keys.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

bool Pressed(int key) { return ImGui::IsKeyPressed(key, true); }

void HandleHistoryKeys(UiContext& ctx) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl) return;
  if (ImGui::IsKeyPressed(keys::Char('Z'), false)) ctx.Emit(io.KeyShift ? core::Action{core::Redo{}} : core::Action{core::Undo{}});
  if (ImGui::IsKeyPressed(keys::Char('Y'), false)) ctx.Emit(core::Redo{});
}

}  // namespace

void MoveFocus(UiContext& ctx, int delta, int count) {
  AssessState& state = ctx.view.assess;
  state.focused = std::clamp(state.focused + delta, 0, std::max(0, count - 1));
  state.scroll_to_focus = true;
  ctx.redraw = true;
}

int FocusStepKeys() {
  return (Pressed(keys::kDown) || Pressed(keys::Char('J'))) - (Pressed(keys::kUp) || Pressed(keys::Char('K')));
}

void FocusItem(UiContext& ctx, const std::string& item_id) {
  AssessState& state = ctx.view.assess;
  state.category = ItemScope::EveryItem();
  const std::vector<const core::ItemScore*> rows = VisibleRows(ctx);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i]->id == item_id) state.focused = static_cast<int>(i);
  }
  state.mode = AssessMode::kFocus;
  ctx.redraw = true;
}

void HandleAssessKeys(UiContext& ctx, const std::vector<const core::ItemScore*>& rows) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || PopupIsOpen()) return;  // keys belong to the field or dialog in front
  HandleHistoryKeys(ctx);
  if (io.KeyCtrl || io.KeyAlt || io.KeyShift || rows.empty()) return;
  const int count = static_cast<int>(rows.size());
  if (const int step = FocusStepKeys()) MoveFocus(ctx, step, count);
  AssessState& state = ctx.view.assess;
  state.focused = std::clamp(state.focused, 0, count - 1);
  const core::ItemScore& focused = *rows[static_cast<size_t>(state.focused)];
  const int max_level = ctx.session.CurrentRole()->rating_model.MaxLevel();
  for (int level = 0; level <= std::min(max_level, 9); ++level) {
    if (!ImGui::IsKeyPressed(keys::Char(static_cast<char>('0' + level)), false)) continue;
    ctx.Emit(core::SetRating{focused.id, level});
    // Rating moves on to the next item: a whole category is rated with digits alone.
    if (state.mode == AssessMode::kTable) MoveFocus(ctx, +1, count);
  }
  if (ImGui::IsKeyPressed(keys::kBackspace, false) || ImGui::IsKeyPressed(keys::kDelete, false)) {
    ctx.Emit(core::SetRating{focused.id, std::nullopt});
  }
  if (ImGui::IsKeyPressed(keys::kEnter, false)) {
    state.mode = state.mode == AssessMode::kTable ? AssessMode::kFocus : AssessMode::kTable;
    ctx.redraw = true;
  }
  if (state.mode == AssessMode::kFocus) {
    if (Pressed(keys::kRight)) MoveFocus(ctx, +1, count);
    if (Pressed(keys::kLeft)) MoveFocus(ctx, -1, count);
  }
}

}  // namespace rex::ui
