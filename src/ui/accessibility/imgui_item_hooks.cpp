// Built into the imgui library (cmake/Dependencies.cmake), with
// IMGUI_ENABLE_TEST_ENGINE defined there only: ImGui then calls these hooks for
// every item it draws. We are not a test engine; we only keep the last item's
// label and check state for the accessibility mirror (item_info.hpp), and use
// ImGui's internal navigation calls that item_info.hpp wraps.
#include <imgui.h>
#include <imgui_internal.h>

#include "ui/accessibility/item_info.hpp"

namespace {
rex::ui::ItemInfo g_last;
ImGuiID g_focus_next = 0;
constexpr float kContextShown = 0.2f;  // of the window's height, above and below a focused item
}  // namespace

// ImGui calls this for every item before its clipping test, inside the item's own
// window: the one place an item can be focused without knowing its window.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* context, const ImRect& bb, ImGuiID id) {
  if (id == 0 || id != g_focus_next) return;
  g_focus_next = 0;
  ImGuiContext& g = *context;
  ImGuiWindow* window = g.CurrentWindow;
  ImGui::SetFocusID(id, window);
  g.NavDisableHighlight = false;  // the canvas shows the ring where the mirror's focus is
  ImRect around = bb;
  const float context_height = window->InnerRect.GetHeight() * kContextShown;
  around.Min.y -= context_height;
  around.Max.y += context_height;
  ImGui::ScrollToRect(window, around, ImGuiScrollFlags_KeepVisibleEdgeY);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  g_last.id = id;
  g_last.label.assign(label ? label : "");
  g_last.checkable = (flags & ImGuiItemStatusFlags_Checkable) != 0;
  g_last.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace rex::ui {

void ListenToItemInfo() { GImGui->TestEngineHookItems = true; }

const ItemInfo& LastItemInfo() { return g_last; }

ImGuiID LastItemId() { return GImGui->LastItemData.ID; }

void ActivateItemNextFrame(ImGuiID id, bool text_field) {
  ImGui::ActivateItem(id);
  if (text_field) GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
}

void FocusItemNextFrame(ImGuiID id) { g_focus_next = id; }

ImGuiID KeyboardFocusId() {
  const ImGuiContext& g = *GImGui;
  return g.NavDisableHighlight ? 0 : g.NavId;
}

}  // namespace rex::ui
