#include "ui/widget_registry.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

namespace rex::ui {

void WidgetRegistry::MarkLastItem(const std::string& name, std::string text) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // Only what a person could click: an item scrolled out of its window is not visible.
  if (!ImGui::IsItemVisible()) return;
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
