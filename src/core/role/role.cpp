#include "core/role/role.hpp"

#include <algorithm>

namespace rex::core {
namespace {

constexpr std::array<Importance, 4> kImportances = {
    Importance::kCritical, Importance::kImportant, Importance::kOptional, Importance::kContextSpecific};
constexpr std::array<GroupView, 4> kGroupViews = {
    GroupView::kList, GroupView::kCards, GroupView::kTable, GroupView::kChecklist};

void SortUnique(std::vector<std::string>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace

bool IsKnownKind(std::string_view kind) {
  return std::find(kItemKinds.begin(), kItemKinds.end(), kind) != kItemKinds.end();
}

const std::string* Item::LevelTextFor(int level) const {
  for (const LevelText& entry : levels) {
    if (entry.level == level) return &entry.text;
  }
  return nullptr;
}

const Item* Role::FindItem(const std::string& item_id) const {
  const auto found = item_index.find(item_id);
  return found == item_index.end() ? nullptr : &At(found->second);
}

std::unordered_map<std::string, int> Role::CountByKind() const {
  std::unordered_map<std::string, int> counts;
  for (const Section& section : sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) ++counts[item.kind];
    }
  }
  return counts;
}

void Role::BuildIndex() {
  item_index.clear();
  linked.clear();
  for (std::size_t s = 0; s < sections.size(); ++s) {
    const auto& groups = sections[s].groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      for (std::size_t i = 0; i < groups[g].items.size(); ++i) {
        item_index.emplace(groups[g].items[i].id,
                           ItemRef{static_cast<int>(s), static_cast<int>(g), static_cast<int>(i)});
      }
    }
  }
  // A file states each link once; readers want to see it from both ends.
  for (const auto& [item_id, ref] : item_index) {
    for (const std::string& target : At(ref).links) {
      linked[item_id].push_back(target);
      linked[target].push_back(item_id);
    }
  }
  for (auto& entry : linked) SortUnique(entry.second);
}

const char* ToString(Importance importance) {
  switch (importance) {
    case Importance::kCritical: return "Critical";
    case Importance::kImportant: return "Important";
    case Importance::kOptional: return "Optional";
    case Importance::kContextSpecific: return "Context-specific";
  }
  return "";
}

std::optional<Importance> ParseImportance(const std::string& text) {
  for (Importance importance : kImportances) {
    if (text == ToString(importance)) return importance;
  }
  return std::nullopt;
}

const char* ToString(GroupView view) {
  switch (view) {
    case GroupView::kList: return "list";
    case GroupView::kCards: return "cards";
    case GroupView::kTable: return "table";
    case GroupView::kChecklist: return "checklist";
  }
  return "";
}

std::optional<GroupView> ParseGroupView(const std::string& text) {
  for (GroupView view : kGroupViews) {
    if (text == ToString(view)) return view;
  }
  return std::nullopt;
}

}  // namespace rex::core
