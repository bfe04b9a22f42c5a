#pragma once
// What a radar chart shows — its axes and the series switched on — decided once
// for both the on-screen widget and the SVG export, so the download matches the
// screen (same axes, same overlays, same snapshot).
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/scoring.hpp"
#include "core/role/role.hpp"
#include "ui/progress/progress_state.hpp"

namespace rex::ui {

enum class SeriesKind { kTarget, kSnapshot, kManager, kSelf };

struct ChartSeries {
  SeriesKind kind;
  std::string name;                           // legend text
  std::vector<std::optional<double>> values;  // one per axis
  std::vector<std::string> labels;            // one per axis: "2 · Proficient", "not rated"
  // The person's and the target's series: what each value looks like for that
  // item (core::DescribeLevel), "" when unrated. Empty for the other series.
  std::vector<std::string> meanings;
};

struct ChartData {
  std::vector<std::string> axis_ids;
  std::vector<std::string> axis_names;
  std::vector<std::string> axis_kinds;  // technical_skill, soft_skill, ...: the overview colours labels by it
  std::vector<ChartSeries> series;  // in drawing order: target, snapshot, manager, self (last, on top)
};

// The snapshot the overlay compares with: the chosen one, else the latest; null if none.
const core::Snapshot* ChosenSnapshot(const core::Assessment& assessment, const std::string& snapshot_id);

// Axes: the items of `state.chart` ("overview" = every rated item). Series: those
// toggled on in `state` that have data (no manager series without a review).
ChartData BuildChartData(const core::Role& role, const core::Assessment& assessment, const core::ScoreReport& score,
                         const ProgressState& state);

}  // namespace rex::ui
