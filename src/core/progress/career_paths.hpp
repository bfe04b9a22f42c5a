#pragma once
// Career paths: where the role leads (feeder roles -> this role -> next roles,
// and adjacent paths), how ready an assessment is for each next role / adjacent
// path, and a graph model the UI draws. Content-driven: paths are the role's
// career_role items, classified by their group; what a path weighs more comes
// from the item's links and optional "emphasis" (docs/content-format.md,
// "Career paths"). Pure functions; no Score() call (weights differ per path).
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/assessment/assessment.hpp"
#include "core/assessment/rating_model.hpp"
#include "core/assessment/scoring.hpp"
#include "core/role/role.hpp"

namespace rex::core {

enum class PathRelation { kFeeder, kNext, kAdjacent };
const char* ToString(PathRelation relation);  // "feeder", "next", "adjacent"

// Emphasis of a rated item linked to a path (both link directions count) when the
// path's "emphasis" does not name it; items neither linked nor named count 1.
inline constexpr double kLinkedEmphasis = 2.0;

struct CareerPath {
  std::string id;        // the career_role item's id
  std::string name;
  std::string text;
  PathRelation relation = PathRelation::kNext;
  std::vector<std::string> emphasised;  // rated items with emphasis != 1, in role order
};

// The role's career_role items in role order. Relation from the item's group: a
// group whose id or title contains "feeder" holds feeder roles, "adjacent" holds
// adjacent paths, any other group next roles (case-insensitive). `emphasised`
// lists the items `model` rates.
std::vector<CareerPath> CareerPaths(const Role& role, const RatingModel& model);

// The weight factor `item` gets on `path`: path.emphasis[item] if the content
// names it, else kLinkedEmphasis if the two are linked (either way), else 1.
double Emphasis(const Role& role, const Item& path_item, const Item& item);

// The target a path is measured against: next roles -> the profile after the
// assessment's target in RatingModel::targets (e.g. staff -> principal; the last
// stays itself); adjacent paths and feeders -> the assessment's target. The
// assessment's target resolves like Score(): unknown -> default -> first.
std::string CurrentTarget(const RatingModel& model, const Assessment& assessment);
std::string PathTarget(const RatingModel& model, const Assessment& assessment, PathRelation relation);

// One rated item measured for a path: ItemScore against the path's target, with
// weight = rating-model weight x emphasis.
struct PathItem {
  ItemScore score;
  double emphasis = 1;
};

// A "skills needed for promotion" item (kind promotion_skill) with the rated items
// it links to, measured against the path's target.
struct PromotionSkillStatus {
  std::string id;
  std::string name;
  std::string text;
  std::vector<PathItem> skills;  // linked rated items, in role order
  int met = 0;                   // skills rated at or above their expected level
};

struct PathReadiness {
  std::string path_id;
  PathRelation relation = PathRelation::kNext;
  std::string target;             // target profile id
  // Σ w·min(level, expected) / Σ w·expected over rated items with expected > 0
  // (w = weight x emphasis); 0 when nothing counts. Same rule as
  // CategoryScore::attainment, so an emphasis of 1 everywhere gives Score()'s value.
  double attainment = 0;
  // Share of Σ w·expected that is rated at all: readiness on 30 % coverage says little.
  double coverage = 0;
  int items = 0;                  // rated-kind items with expected > 0
  int rated = 0;                  // of those, rated
  std::vector<PathItem> top_gaps;            // gap > 0, by w·gap desc, then importance, then role order; at most N
  std::vector<PathItem> unrated_emphasised;  // emphasised items not rated yet, in role order
  std::vector<PromotionSkillStatus> promotion_skills;  // next roles only: every promotion_skill item
};

PathReadiness Readiness(const Role& role, const RatingModel& model, const Assessment& assessment,
                        const CareerPath& path, int top_gaps = 5);

// ---- Graph -----------------------------------------------------------------

enum class CareerNodeKind { kFeeder, kCurrent, kNext, kAdjacent };

struct CareerNode {
  std::string id;        // item id; the role's id for the current role
  std::string label;     // item name / role title
  CareerNodeKind kind = CareerNodeKind::kNext;
  int layer = 0;         // 0 feeders, 1 this role, 2 next roles then adjacent paths
  int slot = 0;          // row within the layer's column, 0 at the top
  glm::vec2 position{0.0f, 0.0f};  // normalised: x = layer / 2, y in (0, 1), see CareerGraph
  int readiness = -1;    // index into CareerPathReport::readiness, -1 for feeders and the current role
};

struct CareerEdge {
  int from = 0;  // node indices
  int to = 0;
  CareerNodeKind kind = CareerNodeKind::kNext;  // kind of the node it leads to/from (feeder edges end at the role)
};

// Layered layout: columns at x = 0, 0.5, 1. A column with k slots among `rows`
// (the tallest column) is centred: slot s sits at y = (s + 0.5 + (rows - k) / 2) / rows.
// Column 2 lists next roles, then one empty slot, then adjacent paths (the empty
// slot only when both exist). Nodes: current role first, then feeders, next roles
// and adjacent paths in role order. Edges: feeder -> role, role -> next, role -> adjacent.
struct CareerGraph {
  std::vector<CareerNode> nodes;
  std::vector<CareerEdge> edges;
  int rows = 1;
};

CareerGraph BuildCareerGraph(const Role& role, const std::vector<CareerPath>& paths);

struct CareerPathReport {
  std::string current_target;
  std::vector<CareerPath> paths;           // every career_role item
  std::vector<PathReadiness> readiness;    // next roles and adjacent paths, in path order
  CareerGraph graph;
  const PathReadiness* FindReadiness(const std::string& path_id) const;
};

CareerPathReport BuildCareerPaths(const Role& role, const RatingModel& model, const Assessment& assessment,
                                  int top_gaps = 5);

}  // namespace rex::core
