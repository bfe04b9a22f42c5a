#pragma once
// View state of the Progress page, and its derived data cached per revision.
#include <cstdint>
#include <string>

#include "core/progress/career_paths.hpp"
#include "core/progress/level_ladder.hpp"

namespace rex::ui {

struct ProgressState {
  std::string chart = "overview";  // "overview" or a rated kind
  bool show_self = true;
  bool show_target = true;
  bool show_manager = true;
  bool show_snapshot = true;
  std::string snapshot_id;         // "" = the latest snapshot
  std::string selected_path;       // career node whose details are shown

  // Derived, recomputed when the revision changes.
  std::uint64_t computed_revision = ~std::uint64_t{0};
  int computed_role = -1;
  core::CareerPathReport paths;
  core::LevelLadder ladder;
};

}  // namespace rex::ui
