#pragma once
// View state of the Assess page: which rows are shown, which item has keyboard
// focus, and drafts of text being typed (committed as actions when done).
#include <cstdint>
#include <string>

#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/scoring.hpp"
#include "ui/item_scope.hpp"

namespace rex::ui {

enum class AssessMode { kTable, kFocus };

struct AssessState {
  AssessMode mode = AssessMode::kTable;
  ItemScope category;            // the tab: every rated item, one kind, or the goals
  int focused = 0;               // index into the visible rows
  bool scroll_to_focus = false;

  // Drafts for the focused item; reloaded from the model when the item or the
  // assessment changes (e.g. after undo) and the field is not being edited.
  std::string draft_item;
  std::uint64_t draft_revision = 0;
  std::string note_draft;
  core::Evidence evidence_draft;
};

// The rated items a category tab shows, in role order (none on the goals tab).
inline std::vector<const core::ItemScore*> RowsInCategory(const core::ScoreReport& score, const ItemScope& category) {
  std::vector<const core::ItemScore*> rows;
  for (const core::ItemScore& item : score.items) {
    if (category.Includes(item.kind)) rows.push_back(&item);
  }
  return rows;
}

}  // namespace rex::ui
