#include "ui/widget_registry.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui/accessibility/item_info.hpp"

namespace rex::ui {
namespace {

// "Take snapshot##report" reads "Take snapshot"; "##note" has no words of its own.
std::string VisibleLabel(const std::string& label) {
  return label.substr(0, label.find("##"));
}

AccessibleNode Describe(const std::string& name, const std::string& text, const AccessibleHint& hint) {
  const ImGuiID id = LastItemId();
  const ItemInfo& info = LastItemInfo();
  const bool has_info = id != 0 && info.id == id;
  AccessibleNode node;
  node.id = name;
  node.item = id;
  node.role = hint.role;
  if (node.role == AccessibleRole::kAuto) {
    node.role = has_info && info.checkable ? AccessibleRole::kCheckbox
                : id != 0                  ? AccessibleRole::kButton
                                           : AccessibleRole::kText;
  }
  node.checked = node.role == AccessibleRole::kCheckbox && has_info ? info.checked : hint.selected;
  node.name = !hint.name.empty() ? hint.name : has_info ? VisibleLabel(info.label) : std::string();
  if (node.name.empty()) node.name = text;
  node.value = hint.value;
  node.group = hint.group;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  node.x = min.x;
  node.y = min.y;
  node.w = max.x - min.x;
  node.h = max.y - min.y;
  return node;
}

}  // namespace

void WidgetRegistry::MarkLastItem(const std::string& name, std::string text, const AccessibleHint& hint) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // Only what a person could click: an item scrolled out of its window is not visible.
  if (!ImGui::IsItemVisible()) return;
  if (hint.role != AccessibleRole::kHidden) {
    AccessibleNode node = Describe(name, text, hint);
    if (!node.name.empty()) accessible_.Add(std::move(node));  // nothing to announce: not a control
  }
  rects_[name] = {min.x, min.y, max.x - min.x, max.y - min.y, std::move(text)};
}

void WidgetRegistry::Record(const std::string& name, ImVec2 min, ImVec2 size, std::string text) {
  rects_[name] = {min.x, min.y, size.x, size.y, std::move(text)};
}

nlohmann::json WidgetRegistry::ToJson() const {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, r] : rects_) {
    out[name] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    if (!r.text.empty()) out[name]["text"] = r.text;
  }
  return out;
}

nlohmann::json WidgetRegistry::TooltipJson() const { return tooltip_; }

}  // namespace rex::ui
