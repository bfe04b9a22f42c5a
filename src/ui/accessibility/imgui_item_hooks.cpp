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
}

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}

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

ImGuiID KeyboardFocusId() {
  const ImGuiContext& g = *GImGui;
  return g.NavDisableHighlight ? 0 : g.NavId;
}

}  // namespace rex::ui
