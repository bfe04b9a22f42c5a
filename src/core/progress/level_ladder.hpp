#pragma once
// The level ladder (e.g. Senior -> Staff -> Principal): where one assessment sits
// against every target profile of the rating model, and what would move it up.
// Each rung is Score() against that profile (docs/scoring.md), so the numbers
// match the assessment page when that profile is the chosen target.
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/rating_model.hpp"
#include "core/assessment/scoring.hpp"
#include "core/role/role.hpp"

namespace rex::core {

struct LadderRung {
  std::string target;               // profile id
  std::string name;                 // "Staff"
  double attainment = 0;            // ScoreReport::overall.attainment
  int gaps = 0;                     // items below this profile's expectation
  Verdict verdict = Verdict::kNotYet;
  bool chosen = false;              // the assessment's own target (resolved like Score())
  std::vector<ItemScore> top_gaps;  // what moves the person onto this rung: Score()'s gap ranking, first N
};

struct LevelLadder {
  std::vector<LadderRung> rungs;    // RatingModel::targets order, lowest first
  int reached = -1;                 // highest rung whose verdict is ready; -1 if none
  int next = -1;                    // the rung to work toward: reached + 1, or -1 when the top is reached

  // The top gaps toward the next rung ("what moves you up"); empty at the top.
  std::vector<ItemScore> MovesUp() const;
};

LevelLadder BuildLevelLadder(const Role& role, const RatingModel& model, const Assessment& assessment,
                             int top_gaps = 3);

}  // namespace rex::core
