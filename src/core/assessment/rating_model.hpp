#pragma once
// How a role is rated: the proficiency scale, which kinds are rated, and the
// expectation profiles (Senior, Staff, Principal) derived from importance by rules
// with per-item overrides. Read from the role file's "assessment" block
// (docs/content-format.md); roles without one get DefaultRatingModel().
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/role/importance.hpp"

namespace rex::core {

struct Item;

struct ScaleLevel {
  int level = 0;            // 0..4
  std::string name;         // "Not yet", "Learning", ...
  std::string descriptor;   // one sentence, our words
};

struct TargetProfile {
  std::string id;    // "senior", "staff", "principal"
  std::string name;  // "Senior"
  std::string summary;
  std::map<Importance, int> by_importance;     // expected level for each importance
  std::map<std::string, int> overrides;        // item id -> expected level (wins over the rule)
};

struct RatingModel {
  std::vector<ScaleLevel> scale;               // ordered 0..N
  std::vector<std::string> rated_kinds;        // e.g. technical_skill, soft_skill, scorecard_dimension
  std::vector<std::string> checklist_kinds;    // e.g. goal
  std::map<Importance, double> weights;        // importance -> weight in scores
  std::vector<TargetProfile> targets;          // in ladder order
  std::string default_target;                  // id, e.g. "staff"

  int MaxLevel() const { return scale.empty() ? 0 : scale.back().level; }
  const TargetProfile* FindTarget(const std::string& id) const;
  const ScaleLevel* FindLevel(int level) const;  // nullptr outside the scale
  bool IsRated(const Item& item) const;
  bool IsChecklist(const Item& item) const;
  bool IsRatedKind(std::string_view kind) const;
  bool IsChecklistKind(std::string_view kind) const;
};

// The importance an item counts with: its own, or Important when it has none.
Importance EffectiveImportance(const Item& item);

// Expected level for `item` under `target`: the override if any, else the rule for
// its importance (items without importance count as Important).
int ExpectedLevel(const TargetProfile& target, const Item& item);
double Weight(const RatingModel& model, const Item& item);

// What `level` means for `item`: the item's own words when the role gives them
// (Item::levels), else the scale's descriptor; empty for a level off the scale.
struct LevelMeaning {
  std::string name;        // the scale's name for the level, e.g. "Proficient"
  std::string text;
  bool item_specific = false;
};
LevelMeaning DescribeLevel(const RatingModel& model, const Item& item, int level);

// The model used when a role file has no "assessment" block (documented in docs/scoring.md).
RatingModel DefaultRatingModel();

}  // namespace rex::core
