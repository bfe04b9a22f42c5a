#pragma once
// The accessibility mirror's model: the nodes of one frame in drawing order
// (which is reading and Tab order), and what changed since the frame before, as
// the small JSON patch the platform applies to its DOM layer. An unchanged frame
// yields no patch, so an idle or repainting page writes nothing to the DOM.
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "ui/accessibility/accessible_node.hpp"

namespace rex::ui {

class AccessibleTree {
 public:
  void Clear() {
    nodes_.clear();
    index_.clear();
  }
  void Add(AccessibleNode node);
  const std::vector<AccessibleNode>& nodes() const { return nodes_; }
  const AccessibleNode* Find(const std::string& id) const;
  const AccessibleNode* FindItem(ImGuiID item) const;
  nlohmann::json ToJson() const;

 private:
  std::vector<AccessibleNode> nodes_;
  std::unordered_map<std::string, std::size_t> index_;  // id -> position in nodes_
};

// {"set": [nodes new or changed], "remove": [ids], "order": [all ids, only when
// the sequence changed], "focus": id (when the app's keyboard focus moved)}; an
// empty string when nothing changed. `scale` turns device pixels into CSS pixels.
std::string MirrorPatch(const AccessibleTree& before, const AccessibleTree& now, float scale,
                        const std::string& focus_before, const std::string& focus_now);

nlohmann::json NodeJson(const AccessibleNode& node, float scale);

}  // namespace rex::ui
