#include "ui/accessibility/accessible_tree.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace rex::ui {

const char* ToString(AccessibleRole role) {
  switch (role) {
    case AccessibleRole::kAuto: return "auto";
    case AccessibleRole::kHidden: return "hidden";
    case AccessibleRole::kButton: return "button";
    case AccessibleRole::kTab: return "tab";
    case AccessibleRole::kCheckbox: return "checkbox";
    case AccessibleRole::kSlider: return "slider";
    case AccessibleRole::kTextbox: return "textbox";
    case AccessibleRole::kHeading: return "heading";
    case AccessibleRole::kText: return "text";
    case AccessibleRole::kTable: return "table";
  }
  return "button";
}

bool AccessibleNode::SameAs(const AccessibleNode& o) const {
  return role == o.role && name == o.name && value == o.value && now == o.now && min == o.min && max == o.max &&
         checked == o.checked && group == o.group && cells == o.cells && x == o.x && y == o.y && w == o.w && h == o.h;
}

ImGuiID AccessibleNode::ItemFor(int wanted) const {
  if (role != AccessibleRole::kSlider) return item;
  const int index = wanted - min;
  if (index < 0 || index >= static_cast<int>(steps.size())) return 0;
  return steps[static_cast<size_t>(index)];
}

void AccessibleTree::Add(AccessibleNode node) {
  // A widget marked twice in a frame (a list drawn in two passes) is one control.
  const auto [at, added] = index_.emplace(node.id, nodes_.size());
  if (added) {
    nodes_.push_back(std::move(node));
  } else {
    nodes_[at->second] = std::move(node);
  }
}

const AccessibleNode* AccessibleTree::Find(const std::string& id) const {
  const auto found = index_.find(id);
  return found == index_.end() ? nullptr : &nodes_[found->second];
}

const AccessibleNode* AccessibleTree::FindItem(ImGuiID item) const {
  if (item == 0) return nullptr;
  for (const AccessibleNode& node : nodes_) {
    if (node.item == item) return &node;
    for (ImGuiID step : node.steps) {
      if (step == item) return &node;
    }
  }
  return nullptr;
}

nlohmann::json NodeJson(const AccessibleNode& node, float scale) {
  const auto css = [scale](float px) { return std::round(px / scale); };
  nlohmann::json out = {{"id", node.id},
                        {"role", ToString(node.role)},
                        {"name", node.name},
                        {"x", css(node.x)},
                        {"y", css(node.y)},
                        {"w", css(node.w)},
                        {"h", css(node.h)}};
  if (!node.value.empty()) out["value"] = node.value;
  if (!node.group.empty()) out["group"] = node.group;
  if (node.role == AccessibleRole::kSlider) out["range"] = {node.now, node.min, node.max};
  if (node.role == AccessibleRole::kTable) out["cells"] = node.cells;
  if (node.role == AccessibleRole::kCheckbox || node.role == AccessibleRole::kTab) out["checked"] = node.checked;
  return out;
}

nlohmann::json AccessibleTree::ToJson() const {
  nlohmann::json out = nlohmann::json::array();
  for (const AccessibleNode& node : nodes_) out.push_back(NodeJson(node, 1.0f));
  return out;
}

std::string MirrorPatch(const AccessibleTree& before, const AccessibleTree& now, float scale,
                        const std::string& focus_before, const std::string& focus_now) {
  nlohmann::json set = nlohmann::json::array();
  bool same_order = before.nodes().size() == now.nodes().size();
  for (size_t i = 0; i < now.nodes().size(); ++i) {
    const AccessibleNode& node = now.nodes()[i];
    const AccessibleNode* old = before.Find(node.id);
    if (!old || !old->SameAs(node)) set.push_back(NodeJson(node, scale));
    if (same_order && before.nodes()[i].id != node.id) same_order = false;
  }
  nlohmann::json remove = nlohmann::json::array();
  for (const AccessibleNode& node : before.nodes()) {
    if (!now.Find(node.id)) remove.push_back(node.id);
  }
  const bool focus_moved = focus_now != focus_before && !focus_now.empty();
  if (set.empty() && remove.empty() && same_order && !focus_moved) return "";
  nlohmann::json patch = {{"set", set}, {"remove", remove}};
  if (!same_order) {
    nlohmann::json order = nlohmann::json::array();
    for (const AccessibleNode& node : now.nodes()) order.push_back(node.id);
    patch["order"] = order;
  }
  if (focus_moved) patch["focus"] = focus_now;
  return patch.dump();
}

}  // namespace rex::ui
