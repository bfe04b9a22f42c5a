#include "core/team/team_figures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/assessment/snapshot_diff.hpp"

namespace rex::core {
namespace {

SnapshotChange ChangeSinceLastSnapshot(const Role& role, const Assessment& a) {
  SnapshotChange change;
  if (a.snapshots.empty()) return change;
  const Snapshot& last = a.snapshots.back();
  change.has_snapshot = true;
  change.snapshot_id = last.id;
  change.snapshot_label = last.label;
  const SnapshotDiff diff = DiffLevels(role, last.levels, CurrentLevels(a));
  change.up = diff.up;
  change.down = diff.down;
  for (const LevelChange& c : diff.changes) change.net += c.Delta();
  return change;
}

PersonFigures Person(const Team& team, std::size_t index) {
  const TeamMember& member = team.members[index];
  const ScoreReport& score = member.score;
  PersonFigures person;
  person.member = index;
  person.verdict = score.verdict;
  person.attainment = score.overall.attainment;
  person.rated = score.overall.rated;
  person.total = score.overall.items;
  for (std::size_t i = 0; i < score.gaps.size() && i < kTeamTopGaps; ++i) person.top_gaps.push_back(score.gaps[i]);
  int total_difference = 0;
  for (const ItemScore& item : score.items) {
    if (item.level) person.levels[item.id] = *item.level;
    const auto review = member.assessment.review.entries.find(item.id);
    if (review == member.assessment.review.entries.end() || !review->second.level) continue;
    person.manager_levels[item.id] = *review->second.level;
    if (!item.level) continue;
    ++person.compared;
    const int difference = std::abs(*review->second.level - *item.level);
    total_difference += difference;
    if (difference != 0) ++person.disagreements;
  }
  if (person.compared > 0) person.mean_disagreement = static_cast<double>(total_difference) / person.compared;
  person.change = ChangeSinceLastSnapshot(*member.role, member.assessment);
  return person;
}

// Section title of every rated-kind item, in role order.
std::vector<std::pair<const Item*, const std::string*>> RatedItems(const Role& role) {
  std::vector<std::pair<const Item*, const std::string*>> items;
  for (const Section& section : role.sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) {
        if (role.rating_model.IsRated(item)) items.emplace_back(&item, &section.title);
      }
    }
  }
  return items;
}

}  // namespace

double Quantile(const std::vector<int>& sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const std::size_t below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

RoleFigures ComputeRoleFigures(const Team& team, const TeamRoleGroup& group) {
  RoleFigures figures;
  figures.role = group.role;
  figures.members = group.members;
  for (const std::size_t index : group.members) figures.people.push_back(Person(team, index));

  // Each member's ItemScore by item id, found once per member.
  std::vector<std::map<std::string, const ItemScore*>> scores(group.members.size());
  for (std::size_t m = 0; m < group.members.size(); ++m) {
    for (const ItemScore& item : team.members[group.members[m]].score.items) scores[m][item.id] = &item;
  }
  for (const auto& [item, category] : RatedItems(*group.role)) {
    ItemFigures out;
    out.id = item->id;
    out.name = item->name;
    out.category = *category;
    std::vector<int> levels;
    for (std::size_t m = 0; m < group.members.size(); ++m) {
      const auto found = scores[m].find(item->id);
      if (found == scores[m].end() || !found->second->level) continue;
      const int level = *found->second->level;
      levels.push_back(level);
      if (level < found->second->expected) ++out.below_target;
    }
    out.rated = static_cast<int>(levels.size());
    if (!levels.empty()) {
      std::sort(levels.begin(), levels.end());
      double sum = 0;
      for (const int level : levels) sum += level;
      out.average = sum / out.rated;
      double squares = 0;
      for (const int level : levels) squares += (level - out.average) * (level - out.average);
      out.spread = std::sqrt(squares / out.rated);
      out.min = levels.front();
      out.max = levels.back();
      out.range = out.max - out.min;
      out.median = Quantile(levels, 0.5);
      out.q1 = Quantile(levels, 0.25);
      out.q3 = Quantile(levels, 0.75);
      out.iqr = out.q3 - out.q1;
    }
    figures.items.push_back(std::move(out));
  }

  // Calibration: built in member order and role order, then stably by size.
  for (const PersonFigures& person : figures.people) {
    for (const ItemScore& item : team.members[person.member].score.items) {
      const auto manager = person.manager_levels.find(item.id);
      if (!item.level || manager == person.manager_levels.end() || manager->second == *item.level) continue;
      figures.calibration.push_back({person.member, item.id, item.name, *item.level, manager->second});
    }
  }
  std::stable_sort(figures.calibration.begin(), figures.calibration.end(),
                   [](const Disagreement& a, const Disagreement& b) {
                     return std::abs(a.Difference()) > std::abs(b.Difference());
                   });
  return figures;
}

std::vector<RoleFigures> TeamFiguresByRole(const Team& team) {
  std::vector<RoleFigures> all;
  for (const TeamRoleGroup& group : GroupByRole(team)) all.push_back(ComputeRoleFigures(team, group));
  return all;
}

}  // namespace rex::core
