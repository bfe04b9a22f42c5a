#pragma once
// One control of the accessibility mirror: what a screen reader announces and
// what activating it does. Views describe the widgets a person can use; the
// platform turns each node into a native element over the canvas (ADR 27).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

namespace rex::ui {

enum class AccessibleRole : std::uint8_t {
  kAuto,      // from ImGui's item info: a checkbox if checkable, else a button
  kHidden,    // drawn, but part of a control described elsewhere (a level button)
  kButton,
  kTab,       // `selected` is the page or tab shown
  kCheckbox,  // `checked`
  kSlider,    // a rating: `now` within `min`..`max`, `value` the words for it
  kTextbox,   // `value` is what it holds
  kHeading,
  kText,      // a figure worth reading out (a headline number)
  kTable,     // a chart's data: `cells`, a header row first, each row's first cell its name
};

const char* ToString(AccessibleRole role);

// What a view says about a widget it marks; empty fields come from ImGui's label.
struct AccessibleHint {
  AccessibleRole role = AccessibleRole::kAuto;
  std::string name;
  std::string value;
  bool selected = false;
  std::string group;  // tabs of one tab list share it: the list's name ("Pages")

  static AccessibleHint Hidden() { return With(AccessibleRole::kHidden, ""); }
  static AccessibleHint Button(std::string name) { return With(AccessibleRole::kButton, std::move(name)); }
  static AccessibleHint Heading(std::string name) { return With(AccessibleRole::kHeading, std::move(name)); }
  static AccessibleHint Textbox(std::string name, std::string value) {
    AccessibleHint hint = With(AccessibleRole::kTextbox, std::move(name));
    hint.value = std::move(value);
    return hint;
  }
  static AccessibleHint Tab(std::string name, bool selected, std::string group) {
    AccessibleHint hint = With(AccessibleRole::kTab, std::move(name));
    hint.selected = selected;
    hint.group = std::move(group);
    return hint;
  }

 private:
  static AccessibleHint With(AccessibleRole role, std::string name) {
    AccessibleHint hint;
    hint.role = role;
    hint.name = std::move(name);
    return hint;
  }
};

struct AccessibleNode {
  std::string id;  // the widget's bridge name
  AccessibleRole role = AccessibleRole::kButton;
  std::string name;
  std::string value;
  int now = 0, min = 0, max = 0;  // sliders
  bool checked = false;           // checkboxes; the selected tab
  std::string group;
  std::vector<std::vector<std::string>> cells;  // tables
  float x = 0, y = 0, w = 0, h = 0;  // device pixels
  // What activating it presses in ImGui: one id, or for a slider one per value
  // from `min` (0 where that value has no button of its own).
  ImGuiID item = 0;
  std::vector<ImGuiID> steps;

  // What the mirror shows: equal nodes need no DOM write.
  bool SameAs(const AccessibleNode& other) const;
  // The ImGui item that makes this node take `value` (sliders), or its own item.
  ImGuiID ItemFor(int value) const;
};

}  // namespace rex::ui
