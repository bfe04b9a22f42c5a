#pragma once
// The automation bridge's memory: where each named widget was drawn in the last
// frame. Browser tests ask for a widget by its stable name and click its centre
// with a real mouse, the way a person would, instead of poking the model.
#include <string>
#include <unordered_map>

#include <imgui.h>
#include <nlohmann/json_fwd.hpp>

namespace rex::ui {

struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;  // device pixels, top-left origin
};

class WidgetRegistry {
 public:
  void BeginFrame() { rects_.clear(); }
  // Records the last submitted ImGui item under `name`.
  void MarkLastItem(const std::string& name);
  // Records a drawn shape that is not an ImGui item (e.g. a chart axis point).
  void Record(const std::string& name, ImVec2 min, ImVec2 size);
  nlohmann::json ToJson() const;

 private:
  std::unordered_map<std::string, WidgetRect> rects_;
};

}  // namespace rex::ui
