#pragma once
// Which rated items a tab shows: every one, those of one kind, or (on the Assess
// page) the goals. A role's kinds are free text, so the choices that are not a
// kind are values of their own, never reserved words ("all", "overview") that a
// role could also use as a kind.
#include <string>

namespace rex::ui {

struct ItemScope {
  enum class Of { kEveryItem, kKind, kGoals };
  Of of = Of::kEveryItem;
  std::string kind;  // Of::kKind only

  static ItemScope EveryItem() { return {}; }
  static ItemScope Kind(std::string kind) { return {Of::kKind, std::move(kind)}; }
  static ItemScope Goals() { return {Of::kGoals, {}}; }

  bool IsEveryItem() const { return of == Of::kEveryItem; }
  bool IsGoals() const { return of == Of::kGoals; }
  // Whether a rated item of `item_kind` belongs to the scope (goals are not rated).
  bool Includes(const std::string& item_kind) const {
    return of == Of::kEveryItem || (of == Of::kKind && kind == item_kind);
  }
  // The scope in widget names and the automation bridge: `every` for every item,
  // "goals" for the goals, else the kind.
  std::string Name(const char* every) const { return of == Of::kEveryItem ? every : of == Of::kGoals ? "goals" : kind; }

  bool operator==(const ItemScope& other) const { return of == other.of && kind == other.kind; }
  bool operator!=(const ItemScope& other) const { return !(*this == other); }
};

}  // namespace rex::ui
