#include "core/progress/level_ladder.hpp"

#include <algorithm>

#include "core/progress/career_paths.hpp"

namespace rex::core {

std::vector<ItemScore> LevelLadder::MovesUp() const {
  if (next < 0 || next >= static_cast<int>(rungs.size())) return {};
  return rungs[next].top_gaps;
}

LevelLadder BuildLevelLadder(const Role& role, const RatingModel& model, const Assessment& assessment,
                             int top_gaps) {
  LevelLadder ladder;
  const std::string chosen = CurrentTarget(model, assessment);
  for (const TargetProfile& profile : model.targets) {
    const ScoreReport report = Score(role, model, assessment, profile.id);
    LadderRung rung;
    rung.target = profile.id;
    rung.name = profile.name;
    rung.attainment = report.overall.attainment;
    rung.gaps = static_cast<int>(report.gaps.size());
    rung.verdict = report.verdict;
    rung.chosen = profile.id == chosen;
    const std::size_t keep = std::min(report.gaps.size(), static_cast<std::size_t>(std::max(0, top_gaps)));
    rung.top_gaps.assign(report.gaps.begin(), report.gaps.begin() + static_cast<std::ptrdiff_t>(keep));
    if (rung.verdict == Verdict::kReady) ladder.reached = static_cast<int>(ladder.rungs.size());
    ladder.rungs.push_back(std::move(rung));
  }
  ladder.next = ladder.reached + 1 < static_cast<int>(ladder.rungs.size()) ? ladder.reached + 1 : -1;
  return ladder;
}

}  // namespace rex::core
