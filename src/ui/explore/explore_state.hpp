#pragma once
// View state of the Explore page: what is open, selected and typed. Search results
// and table row orders are caches, recomputed only when their inputs change.
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/role/role.hpp"
#include "core/search/search_index.hpp"
#include "ui/sized_rows.hpp"

namespace rex::ui {

struct TableOrder {
  std::string filter;     // the filter text the order was computed for
  std::vector<int> rows;  // item indices, filtered and sorted
  bool valid = false;
};

struct ExploreState {
  int section = 0;
  std::string selected_item;   // id shown in the detail panel ("" = none)
  std::string scroll_to_item;  // id to bring into view on the next frame
  std::string query;
  bool focus_search = false;
  std::unordered_map<std::string, std::string> table_filters;  // group id -> filter text
  std::unordered_map<std::string, TableOrder> table_orders;    // group id -> cached order
  std::unordered_set<std::string> rubric_groups;               // groups shown as a rubric (items x levels)
  std::unordered_map<std::string, RowHeights> rubric_rows;     // group id -> measured rubric rows

  std::string searched_query;  // the query `results` were computed for
  int searched_role = -1;
  core::SearchResults results;

  // Opens the section holding `id`, selects the item and scrolls it into view.
  void Open(const core::Role& role, const std::string& id) {
    const auto found = role.item_index.find(id);
    if (found == role.item_index.end()) return;
    section = found->second.section;
    selected_item = id;
    scroll_to_item = id;
  }
};

}  // namespace rex::ui
