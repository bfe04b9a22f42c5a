#pragma once
// The figures of a team (team.hpp), one RoleFigures per role: per person, per
// item (team average, spread, median and quartiles: the team radar's axes) and
// calibration (where a person's own level and the manager's differ). Pure
// functions of a Team; rules pinned by tests/unit/team_test.cpp.
//
// Definitions:
//   - only rated items count: an unrated item is neither 0 nor below target;
//   - spread = population standard deviation of the levels; range = max - min;
//   - median and quartiles by linear interpolation between order statistics
//     (numpy's default, Excel's QUARTILE.INC);
//   - below target = rated and level < the item's expected level for that
//     person's target (people of one role may have different targets);
//   - calibration = items with both a self level and a manager level that differ.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/scoring.hpp"
#include "core/team/team.hpp"

namespace rex::core {

// How many gaps PersonFigures::top_gaps keeps.
inline constexpr std::size_t kTeamTopGaps = 3;

// Change since the person's last snapshot (the last one in the file's list).
struct SnapshotChange {
  bool has_snapshot = false;
  std::string snapshot_id;     // the snapshot compared with
  std::string snapshot_label;
  int up = 0;                  // items whose level rose or that became rated (DiffLevels)
  int down = 0;                // items whose level fell or that lost their rating
  int net = 0;                 // Σ (now - then), an unrated side counting as 0
};

struct PersonFigures {
  std::size_t member = 0;                     // index into Team::members
  Verdict verdict = Verdict::kNotYet;
  double attainment = 0;                      // ScoreReport::overall.attainment, 0..1
  int rated = 0;
  int total = 0;
  std::vector<ItemScore> top_gaps;            // Score()'s gap ranking, first kTeamTopGaps
  std::map<std::string, int> levels;          // item id -> own level, rated items only
  std::map<std::string, int> manager_levels;  // item id -> manager's level, where given
  int disagreements = 0;                      // items where both levels exist and differ
  int compared = 0;                           // items where both levels exist
  double mean_disagreement = 0;               // mean |self - manager| over `compared` items; 0 when none
  SnapshotChange change;
};

struct ItemFigures {
  std::string id;
  std::string name;
  std::string category;   // the title of the item's section
  int rated = 0;          // people who rated it
  double average = 0;     // mean level over those people; 0 when none
  int min = 0;
  int max = 0;
  int range = 0;          // max - min
  double spread = 0;      // population standard deviation
  double median = 0;
  double q1 = 0;          // 25th percentile
  double q3 = 0;          // 75th percentile
  double iqr = 0;         // q3 - q1
  int below_target = 0;   // rated below their own expected level
};

struct Disagreement {
  std::size_t member = 0;  // index into Team::members
  std::string item_id;
  std::string item_name;
  int self = 0;
  int manager = 0;
  int Difference() const { return manager - self; }  // > 0: the manager sees more
};

struct RoleFigures {
  const Role* role = nullptr;
  std::vector<std::size_t> members;    // indices into Team::members (TeamRoleGroup)
  std::vector<PersonFigures> people;   // one per member, same order
  std::vector<ItemFigures> items;      // every rated-kind item of the role, role order
  // |Difference()| descending, then member order, then role order.
  std::vector<Disagreement> calibration;
};

// Figures for one group of members.
RoleFigures ComputeRoleFigures(const Team& team, const TeamRoleGroup& group);
// One RoleFigures per GroupByRole(team) group, same order.
std::vector<RoleFigures> TeamFiguresByRole(const Team& team);

// The p-th quantile (0..1) of `sorted` (ascending, non-empty), linear interpolation.
double Quantile(const std::vector<int>& sorted, double p);

}  // namespace rex::core
