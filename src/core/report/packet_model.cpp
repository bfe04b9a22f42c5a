#include "core/report/packet_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/chart/radar_svg.hpp"
#include "core/progress/target_diff.hpp"
#include "core/report/report_format.hpp"

namespace rex::core::packet {
namespace {

// Packets are read on paper: enough strengths to show the shape, not every item.
constexpr std::size_t kMaxStrengths = 10;
// ... and the biggest changes between two targets: the rest are counted.
constexpr std::size_t kMaxDiffRows = 15;
constexpr int kMinChartAxes = 3;

constexpr const char* kSelfColour = "#1f5fbf";
constexpr const char* kTargetColour = "#6b7280";
constexpr const char* kManagerColour = "#c2410c";

// Rounded down, as scoring.cpp words its gates: 84.9% must not read as the 85% bar.
int Percent(double share) { return static_cast<int>(std::floor(std::clamp(share, 0.0, 1.0) * 100.0 + 1e-9)); }

std::string LevelText(const RatingModel& model, const std::optional<int>& level) {
  if (!level) return "not rated";
  const ScaleLevel* scale = model.FindLevel(*level);
  return std::to_string(*level) + (scale ? " (" + scale->name + ")" : "");
}

// What `level` looks like for the item: its own words, else the scale's; "" when unrated.
std::string Meaning(const Role& role, const std::string& id, const std::optional<int>& level) {
  const Item* item = role.FindItem(id);
  return item && level ? DescribeLevel(role.rating_model, *item, *level).text : "";
}

ItemRow Row(const Role& role, const ItemScore& item) {
  const RatingModel& model = role.rating_model;
  return ItemRow{item.name, ToString(item.importance), LevelText(model, item.level),
                 LevelText(model, item.expected), item.gap, Meaning(role, item.id, item.level),
                 Meaning(role, item.id, item.expected)};
}

// An expected level of 0 means the target does not ask for the item at all.
std::string ExpectedText(const RatingModel& model, int level) {
  return level == 0 ? "not expected" : LevelText(model, level);
}

std::string ExpectedMeaning(int level, const LevelMeaning& meaning) { return level == 0 ? "" : meaning.text; }

std::optional<LevelDiffSection> LevelDiff(const Role& role, const std::string& target) {
  const RatingModel& model = role.rating_model;
  const std::optional<TargetPair> pair = DefaultDiffTargets(model, target);
  if (!pair) return std::nullopt;
  const Result<TargetDiff> diff = DiffTargets(role, pair->from, pair->to);
  if (!diff.ok()) return std::nullopt;
  const TargetDiff& d = diff.value();
  LevelDiffSection section{d.from_name, d.to_name, d.Summary(), {}, 0};
  for (const ExpectationChange& change : d.changes) {
    if (section.rows.size() == kMaxDiffRows) {
      ++section.more;
      continue;
    }
    section.rows.push_back(DiffRow{change.item_name, change.category, ExpectedText(model, change.from_level),
                                   ExpectedText(model, change.to_level), ExpectedMeaning(change.from_level, change.from),
                                   ExpectedMeaning(change.to_level, change.to)});
  }
  return section;
}

std::string NameOf(const Role& role, const std::string& id) {
  const Item* item = role.FindItem(id);
  return item ? item->name : id;
}

std::vector<Chart> Charts(const Role& role, const Assessment& a, const ScoreReport& score) {
  const RatingModel& model = role.rating_model;
  std::vector<std::string> level_names;
  for (const ScaleLevel& level : model.scale) level_names.push_back(level.name);
  std::vector<Chart> charts;
  for (const CategoryScore& category : score.categories) {
    RadarChart chart;  // untitled: the HTML caption and the Markdown heading name it
    chart.level_names = level_names;
    chart.max_value = model.MaxLevel();
    RadarSeries self{"Self", kSelfColour, {}, false};
    RadarSeries target{"Target", kTargetColour, {}, true};
    RadarSeries manager{"Manager", kManagerColour, {}, false};
    bool has_manager = false;
    for (const ItemScore& item : score.items) {
      if (item.kind != category.kind) continue;
      chart.axis_labels.push_back(item.name);
      self.values.push_back(item.level ? std::optional<double>(*item.level) : std::nullopt);
      target.values.push_back(item.expected);
      const auto review = a.review.entries.find(item.id);
      const bool reviewed = review != a.review.entries.end() && review->second.level;
      manager.values.push_back(reviewed ? std::optional<double>(*review->second.level) : std::nullopt);
      has_manager = has_manager || reviewed;
      // Hovering an axis label in the packet tells what the self level means for it.
      chart.axis_titles.push_back(RadarAxisTitle(
          item.name,
          {"Self: " + LevelText(model, item.level), "Target: " + LevelText(model, item.expected),
           reviewed ? "Manager: " + LevelText(model, review->second.level) : ""},
          Meaning(role, item.id, item.level)));
    }
    if (static_cast<int>(chart.axis_labels.size()) < kMinChartAxes) continue;  // a radar needs 3 axes
    chart.series = {target, self};
    if (has_manager) chart.series.push_back(manager);
    std::string svg = RadarSvg(chart);
    // Inline SVG inside HTML must not carry an XML declaration.
    const auto start = svg.find("<svg");
    charts.push_back(Chart{KindTitle(category.kind), start == std::string::npos ? svg : svg.substr(start)});
  }
  return charts;
}

std::vector<ReviewRow> Review(const Role& role, const Assessment& a, const ScoreReport& score) {
  std::vector<ReviewRow> rows;
  for (const ItemScore& item : score.items) {
    const auto found = a.review.entries.find(item.id);
    if (found == a.review.entries.end()) continue;
    const ReviewEntry& entry = found->second;
    ReviewRow row{item.name, LevelText(role.rating_model, item.level), LevelText(role.rating_model, entry.level),
                  std::nullopt, entry.comment};
    if (item.level && entry.level) row.difference = *entry.level - *item.level;
    rows.push_back(std::move(row));
  }
  // The calibration order: the largest disagreement first; rows without both levels last.
  std::stable_sort(rows.begin(), rows.end(), [](const ReviewRow& x, const ReviewRow& y) {
    const int dx = x.difference ? std::abs(*x.difference) : -1;
    const int dy = y.difference ? std::abs(*y.difference) : -1;
    return dx > dy;
  });
  return rows;
}

std::vector<SnapshotRow> Snapshots(const Role& role, const Assessment& a) {
  std::vector<SnapshotRow> rows;
  for (const Snapshot& snapshot : a.snapshots) {
    Assessment then;
    then.role_id = a.role_id;
    then.target = snapshot.target;
    for (const auto& [id, level] : snapshot.levels) then.ratings[id].level = level;
    then.goals_done = snapshot.goals_done;
    const ScoreReport score = Score(role, role.rating_model, then, snapshot.target);
    const TargetProfile* target = role.rating_model.FindTarget(score.target);
    rows.push_back(SnapshotRow{snapshot.label, snapshot.taken_at.substr(0, 10), target ? target->name : score.target,
                               score.overall.rated, Percent(score.overall.attainment)});
  }
  return rows;
}

}  // namespace

std::string KindTitle(const std::string& kind) {
  std::string title = kind;
  std::replace(title.begin(), title.end(), '_', ' ');
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title + "s";
}

std::string MoreChanges(int more) {
  return "And " + std::to_string(more) + (more == 1 ? " more change" : " more changes") +
         ", none bigger than those above.";
}

Packet BuildPacket(const Assessment& assessment, const Role& role, const PacketOptions& options) {
  const Assessment a = options.redacted ? Redacted(assessment) : assessment;
  const RatingModel& model = role.rating_model;
  const ScoreReport score = Score(role, model, a, a.target);

  Packet p;
  p.role_title = role.title;
  p.content_version = role.content_version;
  p.person = a.person_name;
  p.redacted = options.redacted;
  const TargetProfile* target = model.FindTarget(score.target);
  p.target_name = target ? target->name : score.target;
  p.date = (options.generated_at.empty() ? a.updated_at : options.generated_at).substr(0, 10);
  p.rated = score.overall.rated;
  p.total = score.overall.items;
  p.verdict = VerdictTitle(score.verdict);
  p.verdict_id = ToString(score.verdict);
  p.attainment_percent = Percent(score.overall.attainment);
  for (const GateResult& gate : score.gates) {
    GateRow row{gate.title, gate.passed, gate.detail, {}};
    for (const std::string& id : gate.items) row.item_names.push_back(NameOf(role, id));
    p.gates.push_back(std::move(row));
  }
  for (const CategoryScore& category : score.categories) {
    p.categories.push_back(CategoryRow{KindTitle(category.kind), category.rated, category.items,
                                       category.average_level, Percent(category.attainment)});
  }
  if (options.charts) p.charts = Charts(role, a, score);
  for (std::size_t i = 0; i < score.strengths.size() && i < kMaxStrengths; ++i) {
    p.strengths.push_back(Row(role, score.strengths[i]));
  }
  for (const ItemScore& gap : score.gaps) p.gaps.push_back(Row(role, gap));
  p.level_diff = LevelDiff(role, score.target);
  for (const ItemScore& item : score.items) {
    const auto found = a.ratings.find(item.id);
    if (found == a.ratings.end() || (found->second.note.empty() && found->second.evidence.empty())) continue;
    p.evidence.push_back(EvidenceBlock{item.name, LevelText(model, item.level), Meaning(role, item.id, item.level),
                                       found->second.note, found->second.evidence});
  }
  p.reviewer = a.review.reviewer;
  p.review_summary = a.review.summary;
  p.review = Review(role, a, score);
  for (const Section& section : role.sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) {
        if (!model.IsChecklist(item)) continue;
        const auto done = a.goals_done.find(item.id);
        p.goals.push_back(GoalRow{item.name, done != a.goals_done.end() && done->second});
        if (p.goals.back().done) ++p.goals_done;
      }
    }
  }
  p.snapshots = Snapshots(role, a);
  p.orphaned_entries = static_cast<int>(a.orphaned.ratings.size() + a.orphaned.goals_done.size() +
                                        a.orphaned.review_entries.size());
  return p;
}

}  // namespace rex::core::packet
