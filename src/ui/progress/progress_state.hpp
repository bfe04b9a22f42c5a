#pragma once
// View state of the Progress page. Its figures (ladder, career paths) are derived
// data: core::DerivedCache computes them once per revision for every view.
#include <string>
#include <vector>

#include "ui/item_scope.hpp"

namespace rex::ui {

struct ProgressState {
  ItemScope chart;                 // every rated item (the overview) or one kind
  bool show_self = true;
  bool show_target = true;
  bool show_manager = true;
  bool show_snapshot = true;
  std::string snapshot_id;         // "" = the latest snapshot
  std::string selected_path;       // career node whose details are shown
  std::string diff_from;           // the level diff's targets; "" = core::DefaultDiffTargets
  std::string diff_to;

  // What the last frame drew at each axis of the Progress page's radar (the
  // automation bridge's state.progress.axis_labels): the label, and the full name
  // when the label is the axis's number in a legend (core::PlanAxisLabels).
  struct DrawnAxisLabel {
    std::string axis_id;
    std::string label;
    std::string legend;  // "" when the axis shows its name itself
  };
  std::vector<DrawnAxisLabel> axis_labels;
};

}  // namespace rex::ui
