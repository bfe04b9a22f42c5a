#include "core/progress/target_diff.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace rex::core {
namespace {

Result<const TargetProfile*> FindTargetOrSay(const RatingModel& model, std::string_view id) {
  if (const TargetProfile* target = model.FindTarget(std::string(id))) return target;
  std::string known;
  for (const TargetProfile& target : model.targets) known += (known.empty() ? "" : ", ") + target.id;
  return Error{"", "no target \"" + std::string(id) + "\" in this role (targets: " + known + ")"};
}

ExpectationChange Change(const RatingModel& model, const Section& section, const Item& item,
                         const TargetProfile& from, const TargetProfile& to) {
  ExpectationChange change;
  change.item_id = item.id;
  change.item_name = item.name;
  change.category = section.title;
  change.from_level = ExpectedLevel(from, item);
  change.to_level = ExpectedLevel(to, item);
  change.from = DescribeLevel(model, item, change.from_level);
  change.to = DescribeLevel(model, item, change.to_level);
  change.weight = Weight(model, item);
  return change;
}

}  // namespace

int TargetDiff::Raised() const {
  return static_cast<int>(std::count_if(changes.begin(), changes.end(), [](const auto& c) { return c.Step() > 0; }));
}

int TargetDiff::Lowered() const {
  return static_cast<int>(std::count_if(changes.begin(), changes.end(), [](const auto& c) { return c.Step() < 0; }));
}

std::string TargetDiff::Summary() const {
  const std::string rest = std::to_string(unchanged) + " unchanged";
  if (changes.empty()) return "No item changes; " + rest;
  const std::string count = changes.size() == 1 ? "1 item changes" : std::to_string(changes.size()) + " items change";
  return count + ": " + std::to_string(Raised()) + " raised, " + std::to_string(Lowered()) + " lowered; " + rest;
}

std::optional<TargetPair> DefaultDiffTargets(const RatingModel& model, std::string_view chosen) {
  const std::vector<TargetProfile>& targets = model.targets;
  if (targets.size() < 2) return std::nullopt;
  const auto at = std::find_if(targets.begin(), targets.end(), [&](const TargetProfile& t) { return t.id == chosen; });
  if (at == targets.end() || at == targets.begin()) return TargetPair{targets[0].id, targets[1].id};
  return TargetPair{std::prev(at)->id, at->id};
}

Result<TargetDiff> DiffTargets(const Role& role, std::string_view from_id, std::string_view to_id) {
  const RatingModel& model = role.rating_model;
  const auto from = FindTargetOrSay(model, from_id);
  if (!from) return from.error();
  const auto to = FindTargetOrSay(model, to_id);
  if (!to) return to.error();
  TargetDiff diff{from.value()->id, from.value()->name, to.value()->id, to.value()->name, {}, 0};
  for (const Section& section : role.sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) {
        if (!model.IsRated(item)) continue;
        ExpectationChange change = Change(model, section, item, *from.value(), *to.value());
        if (change.Step() == 0) {
          ++diff.unchanged;
        } else {
          diff.changes.push_back(std::move(change));
        }
      }
    }
  }
  // stable_sort keeps the role's order among equals.
  std::stable_sort(diff.changes.begin(), diff.changes.end(), [](const auto& a, const auto& b) {
    if (std::abs(a.Step()) != std::abs(b.Step())) return std::abs(a.Step()) > std::abs(b.Step());
    return a.weight > b.weight;
  });
  return diff;
}

}  // namespace rex::core
