#pragma once
// The automation bridge's memory: where each named widget was drawn in the last
// frame. Browser tests ask for a widget by its stable name and click its centre
// with a real mouse, the way a person would, instead of poking the model.
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>
#include <nlohmann/json_fwd.hpp>

#include "ui/accessibility/accessible_tree.hpp"

namespace rex::ui {

struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;  // device pixels, top-left origin
  std::string text;                  // what it says, for widgets drawn as text a test must read
};

class WidgetRegistry {
 public:
  void BeginFrame() {
    rects_.clear();
    tooltip_.clear();
    accessible_.Clear();
  }
  // Records the last submitted ImGui item under `name`, with the text it shows if
  // a test needs to read it (the canvas is pixels, not text). The same mark puts
  // the widget in the accessibility mirror, named and typed by `hint` or else by
  // ImGui's own label and state.
  void MarkLastItem(const std::string& name, std::string text = "", const AccessibleHint& hint = {});
  // A control made of several drawn items (a rating's level buttons).
  void Expose(AccessibleNode node) { accessible_.Add(std::move(node)); }
  const AccessibleTree& accessible() const { return accessible_; }
  // Records a drawn shape that is not an ImGui item (e.g. a chart axis point).
  void Record(const std::string& name, ImVec2 min, ImVec2 size, std::string text = "");
  // Records the lines of the tooltip shown this frame, so a test can read what a
  // person reads on hover (the tooltip is pixels, not text, in the canvas).
  void RecordTooltip(std::vector<std::string> lines) { tooltip_ = std::move(lines); }
  nlohmann::json ToJson() const;
  nlohmann::json TooltipJson() const;

 private:
  std::unordered_map<std::string, WidgetRect> rects_;
  std::vector<std::string> tooltip_;
  AccessibleTree accessible_;
};

}  // namespace rex::ui
