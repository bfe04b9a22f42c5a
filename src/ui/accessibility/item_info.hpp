#pragma once
// What ImGui knows about the widget it just drew: its label and whether it is a
// checkbox and ticked. ImGui hands this to a test engine's "item info" hook; we
// compile that hook in (imgui_item_hooks.cpp, built into the imgui library) and
// keep only the last item, so the accessibility mirror can name a marked widget
// from the label a person sees without each view spelling it out again.
#include <string>

#include <imgui.h>

namespace rex::ui {

struct ItemInfo {
  ImGuiID id = 0;
  std::string label;  // as passed to ImGui, "##id" suffix included
  bool checkable = false;
  bool checked = false;
};

// Turns the hook on for the current ImGui context (off by default in ImGui).
void ListenToItemInfo();
// The last item that reported itself; a caller checks `id` against the item it means.
const ItemInfo& LastItemInfo();
// ImGui's id of the last submitted item (0 for groups and text).
ImGuiID LastItemId();
// Activates an item next frame as a keyboard press would (ImGui's own nav path):
// a button is pressed, a checkbox toggled, a text field starts taking text.
void ActivateItemNextFrame(ImGuiID id, bool text_field);
// Puts ImGui's keyboard focus on an item when it is next drawn, and scrolls its
// window so that the item and some of what is around it show: a clipped list
// then draws the rows before and after it, and the mirror has them to move to.
void FocusItemNextFrame(ImGuiID id);
// The item ImGui's keyboard navigation is on, or 0.
ImGuiID KeyboardFocusId();

}  // namespace rex::ui
