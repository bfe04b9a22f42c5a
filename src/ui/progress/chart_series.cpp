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

std::string LevelLabel(const core::RatingModel& model, const std::optional<double>& value) {
  if (!value) return "not rated";
  const int level = static_cast<int>(*value);
  const core::ScaleLevel* scale = model.FindLevel(level);
  return std::to_string(level) + (scale ? " · " + scale->name : "");
}

// Appends one axis's value to `series`, labelled, and with its meaning when `explained`.
void Add(ChartSeries& series, const core::RatingModel& model, const core::Item* item, std::optional<double> value,
         bool explained) {
  series.values.push_back(value);
  series.labels.push_back(LevelLabel(model, value));
  if (!explained) return;
  const bool described = item && value;
  series.meanings.push_back(described ? core::DescribeLevel(model, *item, static_cast<int>(*value)).text : "");
}

}  // namespace

const core::Snapshot* ChosenSnapshot(const core::Assessment& assessment, const std::string& snapshot_id) {
  if (assessment.snapshots.empty()) return nullptr;
  for (const core::Snapshot& s : assessment.snapshots) {
    if (s.id == snapshot_id) return &s;
  }
  return &assessment.snapshots.back();
}

ChartData BuildChartData(const core::Role& role, const core::Assessment& assessment, const core::ScoreReport& score,
                         const ProgressState& state) {
  const core::RatingModel& model = role.rating_model;
  const core::Snapshot* snapshot = ChosenSnapshot(assessment, state.snapshot_id);
  ChartSeries target{SeriesKind::kTarget, "Target", {}, {}, {}};
  ChartSeries earlier{SeriesKind::kSnapshot, snapshot ? "Snapshot: " + snapshot->label : "", {}, {}, {}};
  ChartSeries manager{SeriesKind::kManager, "Manager", {}, {}, {}};
  ChartSeries self{SeriesKind::kSelf, "You", {}, {}, {}};
  ChartData data;
  for (const core::ItemScore& item : score.items) {
    if (!state.chart.Includes(item.kind)) continue;
    data.axis_ids.push_back(item.id);
    data.axis_names.push_back(item.name);
    data.axis_kinds.push_back(item.kind);
    const core::Item* described = role.FindItem(item.id);
    Add(target, model, described, item.expected, true);
    if (item.expected == 0) {  // the target does not ask for this item: "not yet" would misread
      target.labels.back() = "not expected";
      target.meanings.back().clear();
    }
    Add(earlier, model, described, snapshot ? LevelIn(snapshot->levels, item.id) : std::nullopt, false);
    Add(manager, model, described, ManagerLevel(assessment, item.id), false);
    Add(self, model, described, item.level ? std::optional<double>(*item.level) : std::nullopt, true);
  }
  if (state.show_target) data.series.push_back(std::move(target));
  if (state.show_snapshot && snapshot) data.series.push_back(std::move(earlier));
  if (state.show_manager && !assessment.review.entries.empty()) data.series.push_back(std::move(manager));
  if (state.show_self) data.series.push_back(std::move(self));
  return data;
}

}  // namespace rex::ui
