#pragma once
// Everything computed from the open role's assessment (score, level ladder,
// career paths), computed once per revision in this one place. Views, exports
// and the test bridge all read the same copy, so none of them can see a stale one.
#include <cstdint>

#include "core/app/session.hpp"
#include "core/assessment/scoring.hpp"
#include "core/progress/career_paths.hpp"
#include "core/progress/level_ladder.hpp"

namespace rex::core {

struct Derived {
  ScoreReport score;
  LevelLadder ladder;
  CareerPathReport paths;
};

class DerivedCache {
 public:
  // Derived data for the session's open role, recomputed only when the revision
  // or the open role changed since the last call; null when no role is loaded.
  const Derived* For(const Session& session);

 private:
  Derived data_;
  std::uint64_t revision_ = 0;
  int role_ = -1;
};

}  // namespace rex::core
