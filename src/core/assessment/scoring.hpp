#pragma once
// Scores, gaps, strengths and the readiness verdict: pure functions of a role,
// its rating model, an assessment and a target. Rules in docs/scoring.md; every
// rule is pinned by tests/unit/scoring_test.cpp on hand-computed examples.
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/rating_model.hpp"
#include "core/role/role.hpp"

namespace rex::core {

struct ItemScore {
  std::string id;
  std::string kind;
  std::string name;
  Importance importance = Importance::kImportant;  // effective: Important when the item has none
  double weight = 0;
  int expected = 0;                 // target level for this item
  std::optional<int> level;         // the person's rating
  int gap = 0;                      // max(0, expected - level); 0 when not rated
  bool has_evidence = false;
};

struct CategoryScore {
  std::string kind;                 // technical_skill, soft_skill, scorecard_dimension, ...
  int items = 0;
  int rated = 0;
  double average_level = 0;         // weighted mean of ratings over rated items (0 when none)
  double attainment = 0;            // Σ w·min(level, expected) / Σ w·expected over rated items with expected > 0, 0..1
};

struct GateResult {
  std::string id;                   // stable: "rated", "critical-at-bar", "no-deep-gaps", "evidence", "attainment"
  std::string title;                // short human name
  bool passed = false;
  std::string detail;               // why, in one sentence with numbers
  std::vector<std::string> items;   // ids of the items that fail it
};

// Gate ids, in the order ScoreReport::gates lists them.
inline constexpr const char* kGateRated = "rated";
inline constexpr const char* kGateCriticalAtBar = "critical-at-bar";
inline constexpr const char* kGateNoDeepGaps = "no-deep-gaps";
inline constexpr const char* kGateEvidence = "evidence";
inline constexpr const char* kGateAttainment = "attainment";
// The "attainment" gate passes at or above this share of the target.
inline constexpr double kReadyAttainment = 0.85;
// The "no-deep-gaps" gate fails for an item this many levels (or more) below its target.
inline constexpr int kDeepGap = 2;

enum class Verdict { kReady, kAlmost, kNotYet };

struct ScoreReport {
  std::string target;
  std::vector<ItemScore> items;             // every rated-kind item, in role order
  std::vector<CategoryScore> categories;    // in RatingModel::rated_kinds order
  CategoryScore overall;                    // every rated item; kind is empty
  std::vector<ItemScore> gaps;              // gap > 0, ranked: weight·gap desc, then importance, then role order
  std::vector<ItemScore> strengths;         // level >= expected and level > 0, ranked: weight·(level-expected+1) desc, then role order
  std::vector<ItemScore> not_rated;         // in role order
  std::vector<GateResult> gates;
  Verdict verdict = Verdict::kNotYet;
  int goals_total = 0;
  int goals_done = 0;
};

// An unknown `target_id` falls back to model.default_target, then to the first target.
// Ratings outside the scale are clamped into it.
ScoreReport Score(const Role& role, const RatingModel& model, const Assessment& assessment, const std::string& target_id);

const char* ToString(Verdict verdict);     // stable id: "ready", "almost", "not-yet"
const char* VerdictTitle(Verdict verdict);  // for people: "Ready", "Almost there", "Not yet"

}  // namespace rex::core
