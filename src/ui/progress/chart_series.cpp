#include "ui/progress/chart_series.hpp"

namespace rex::ui {
namespace {

std::optional<double> LevelIn(const std::map<std::string, int>& levels, const std::string& id) {
  const auto found = levels.find(id);
  return found == levels.end() ? std::nullopt : std::optional<double>(found->second);
}

std::optional<double> ManagerLevel(const core::Assessment& a, const std::string& id) {
  const auto found = a.review.entries.find(id);
  if (found == a.review.entries.end() || !found->second.level) return std::nullopt;
  return *found->second.level;
}

}  // namespace

const core::Snapshot* ChosenSnapshot(const core::Assessment& assessment, const std::string& snapshot_id) {
  if (assessment.snapshots.empty()) return nullptr;
  for (const core::Snapshot& s : assessment.snapshots) {
    if (s.id == snapshot_id) return &s;
  }
  return &assessment.snapshots.back();
}

ChartData BuildChartData(const core::Assessment& assessment, const core::ScoreReport& score,
                         const ProgressState& state) {
  const core::Snapshot* snapshot = ChosenSnapshot(assessment, state.snapshot_id);
  ChartSeries target{SeriesKind::kTarget, "Target", {}};
  ChartSeries earlier{SeriesKind::kSnapshot, snapshot ? "Snapshot: " + snapshot->label : "", {}};
  ChartSeries manager{SeriesKind::kManager, "Manager", {}};
  ChartSeries self{SeriesKind::kSelf, "You", {}};
  ChartData data;
  for (const core::ItemScore& item : score.items) {
    if (state.chart != "overview" && state.chart != item.kind) continue;
    data.axis_ids.push_back(item.id);
    data.axis_names.push_back(item.name);
    data.axis_kinds.push_back(item.kind);
    target.values.push_back(item.expected);
    earlier.values.push_back(snapshot ? LevelIn(snapshot->levels, item.id) : std::nullopt);
    manager.values.push_back(ManagerLevel(assessment, item.id));
    self.values.push_back(item.level ? std::optional<double>(*item.level) : std::nullopt);
  }
  if (state.show_target) data.series.push_back(std::move(target));
  if (state.show_snapshot && snapshot) data.series.push_back(std::move(earlier));
  if (state.show_manager && !assessment.review.entries.empty()) data.series.push_back(std::move(manager));
  if (state.show_self) data.series.push_back(std::move(self));
  return data;
}

}  // namespace rex::ui
