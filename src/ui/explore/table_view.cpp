// Tables for KPI, tool, decision-right and scorecard groups: one row per item, a
// column per fact label, sortable by any column and filtered by a text box.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/search/search_index.hpp"
#include "core/text/fold.hpp"
#include "ui/explore/explore_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// Column 0 is the position in the role (the default order), 1 the name, then
// one column per fact label of the first item.
std::vector<std::string> ColumnLabels(const core::Group& group) {
  std::vector<std::string> labels{"#", "Name"};
  if (!group.items.empty()) {
    for (const core::Fact& fact : group.items.front().facts) labels.push_back(fact.label);
  }
  return labels;
}

const std::string& Cell(const core::Item& item, size_t column) {
  static const std::string kEmpty;
  if (column == 1) return item.name;
  return column - 2 < item.facts.size() ? item.facts[column - 2].value : kEmpty;
}

int Compare(const core::Group& group, int a, int b, size_t column) {
  if (column == 0) return a - b;
  return core::Collate(Cell(group.items[static_cast<size_t>(a)], column), Cell(group.items[static_cast<size_t>(b)], column));
}

// The same matching as search (core/text/fold.hpp): any case, and accents only
// when the word has some.
bool Matches(const core::Item& item, const std::vector<std::string>& words) {
  std::string all = item.name + " " + item.text;
  for (const core::Fact& fact : item.facts) all += " " + fact.value;
  const std::string folded = core::Fold(all, core::Accents::kKeep).text;
  const std::string accent_free = core::Fold(all, core::Accents::kIgnore).text;
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return core::HasAccents(w) ? folded.find(w) != std::string::npos
                               : accent_free.find(core::Fold(w, core::Accents::kIgnore).text) != std::string::npos;
  });
}

void Recompute(TableOrder& order, const core::Group& group, const std::string& filter, const ImGuiTableSortSpecs* specs) {
  const std::vector<std::string> words = core::QueryWords(filter);
  order.rows.clear();
  for (size_t i = 0; i < group.items.size(); ++i) {
    if (words.empty() || Matches(group.items[i], words)) order.rows.push_back(static_cast<int>(i));
  }
  if (specs && specs->SpecsCount > 0) {
    const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
    const size_t column = static_cast<size_t>(spec.ColumnIndex);
    const bool ascending = spec.SortDirection != ImGuiSortDirection_Descending;
    std::stable_sort(order.rows.begin(), order.rows.end(), [&](int a, int b) {
      const int cmp = Compare(group, a, b, column);
      return ascending ? cmp < 0 : cmp > 0;
    });
  }
  order.filter = filter;
  order.valid = true;
}

void DrawFilter(UiContext& ctx, const core::Group& group, std::string& filter) {
  ImGui::SetNextItemWidth(ctx.metrics.field_width);
  ImGui::InputTextWithHint("##filter", "Filter rows", &filter);
  ctx.Mark("table.filter." + group.id, "", AccessibleHint::Textbox("Filter rows of " + group.title, filter));
}

void DrawRow(UiContext& ctx, const core::Item& item, int position, size_t columns, bool wrap) {
  ImGui::TableNextRow();
  for (size_t c = 0; c < columns; ++c) {
    ImGui::TableSetColumnIndex(static_cast<int>(c));
    if (c == 0) {
      ImGui::TextColored(ctx.palette.text_muted, "%d", position + 1);
      continue;
    }
    if (c == 1) {
      ImGui::PushFont(ctx.fonts.strong);
      if (wrap) ImGui::TextWrapped("%s", Shown(ctx, item.name)); else TextShown(ctx, item.name);
      ImGui::PopFont();
      ImGui::SameLine();
      // An invisible selectable over the whole row makes the row one click target.
      ImGui::Selectable("##row", ctx.view.explore.selected_item == item.id,
                        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                        ImVec2(0, 0));
      FinishItem(ctx, item);
      continue;
    }
    const std::string& value = Cell(item, c);
    if (wrap) ImGui::TextWrapped("%s", Shown(ctx, value)); else TextShown(ctx, value);
  }
}

}  // namespace

void DrawTableGroup(UiContext& ctx, const core::Group& group) {
  std::string& filter = ctx.view.explore.table_filters[group.id];
  TableOrder& order = ctx.view.explore.table_orders[group.id];
  DrawFilter(ctx, group, filter);
  const std::vector<std::string> labels = ColumnLabels(group);
  const bool clip = static_cast<int>(group.items.size()) > kClipThreshold;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp |
                                (clip ? ImGuiTableFlags_ScrollY : 0);
  const ImVec2 size(0, clip ? ctx.metrics.table_max_height : 0);
  if (!ImGui::BeginTable("##table", static_cast<int>(labels.size()), flags, size)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed,
                          ctx.metrics.column_index);
  for (size_t c = 1; c < labels.size(); ++c) {
    ImGui::TableSetupColumn(labels[c].c_str(), 0, c == 1 ? 1.3f : 1.0f);
  }
  ImGui::TableHeadersRow();
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (!order.valid || order.filter != filter || (specs && specs->SpecsDirty)) {
    Recompute(order, group, filter, specs);
    if (specs) specs->SpecsDirty = false;
  }
  if (clip) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order.rows.size()));
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        ImGui::PushID(r);
        const int index = order.rows[static_cast<size_t>(r)];
        DrawRow(ctx, group.items[static_cast<size_t>(index)], index, labels.size(), false);
        ImGui::PopID();
      }
    }
  } else {
    for (size_t r = 0; r < order.rows.size(); ++r) {
      ImGui::PushID(static_cast<int>(r));
      const int index = order.rows[r];
      DrawRow(ctx, group.items[static_cast<size_t>(index)], index, labels.size(), true);
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
  if (order.rows.empty()) ImGui::TextColored(ctx.palette.text_muted, "No rows match \"%s\".", filter.c_str());
}

}  // namespace rex::ui
