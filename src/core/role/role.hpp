#pragma once
// The role model: what a role file says, after validation. Plain data; the
// format is described in docs/content-format.md and content/schema/role.schema.json.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/assessment/rating_model.hpp"
#include "core/role/importance.hpp"

namespace rex::core {

// The value of a role file's "format" field; other values are other documents.
inline constexpr std::string_view kRoleFormat = "role-explorer/role@1";

// Every item kind, in the order docs/content-format.md lists them.
inline constexpr std::array<std::string_view, 28> kItemKinds = {
    "statement",        "responsibility", "activity",     "deliverable",   "goal",
    "outcome",          "signal",         "kpi",          "technical_skill", "soft_skill",
    "tool",             "environment",    "stakeholder",  "decision",      "authority",
    "escalation",       "experience",     "career_role",  "promotion_skill", "risk",
    "anti_pattern",     "variant",        "ai_task",      "interview_area", "exercise",
    "candidate_signal", "red_flag",       "scorecard_dimension"};

bool IsKnownKind(std::string_view kind);

enum class GroupView { kList, kCards, kTable, kChecklist };

struct Fact {
  std::string label;
  std::string value;
};

// What one level of the scale looks like for one item (a cell of a competency
// matrix). Only items of a rated kind carry them.
struct LevelText {
  int level = 0;
  std::string text;
};

struct Item {
  std::string id;
  std::string kind;  // e.g. "technical_skill", "kpi" (docs/content-format.md lists them)
  std::string name;
  std::string text;
  std::vector<Fact> facts;
  std::optional<Importance> importance;
  std::string importance_note;
  std::string bar;
  std::vector<std::string> links;  // ids of other items, as written in the file
  // career_role only: item id -> how much more that item counts for this path's
  // readiness (docs/content-format.md, "Career paths"); empty = the default rule.
  std::map<std::string, double> emphasis = {};  // initialiser: aggregate inits may leave it out
  // Rated kinds only: per-level descriptors, sorted by level, each level at most once.
  std::vector<LevelText> levels = {};

  // This item's own words for `level`, or nullptr when the role gives none.
  const std::string* LevelTextFor(int level) const;
};

struct Group {
  std::string id;
  std::string title;
  std::string intro;
  GroupView view = GroupView::kList;
  std::vector<Item> items;
};

struct Section {
  std::string id;
  int number = 0;
  std::string title;
  std::string intro;
  std::vector<Group> groups;
};

// Where an item lives, so views can jump to it.
struct ItemRef {
  int section = 0;
  int group = 0;
  int item = 0;
};

struct Role {
  std::string id;
  std::string title;
  std::string content_version;
  std::string tagline;
  std::vector<Section> sections;
  RatingModel rating_model;  // the file's "assessment" block, or DefaultRatingModel()

  // Derived on load (BuildIndex): id -> location, and links in both directions.
  std::unordered_map<std::string, ItemRef> item_index;
  std::unordered_map<std::string, std::vector<std::string>> linked;  // id -> ids, both ways, sorted

  const Item* FindItem(const std::string& item_id) const;  // nullptr if unknown
  const Item& At(const ItemRef& ref) const { return sections[ref.section].groups[ref.group].items[ref.item]; }
  // Number of items of each kind, e.g. {"technical_skill": 21}.
  std::unordered_map<std::string, int> CountByKind() const;

  // Fills item_index and linked from sections. The loader calls it; code that
  // builds a Role by hand (tests) calls it after editing sections.
  void BuildIndex();
};

const char* ToString(Importance importance);
std::optional<Importance> ParseImportance(const std::string& text);  // exact spelling

const char* ToString(GroupView view);  // "list", "cards", "table", "checklist"
std::optional<GroupView> ParseGroupView(const std::string& text);

}  // namespace rex::core
