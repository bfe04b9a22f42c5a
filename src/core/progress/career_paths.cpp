#include "core/progress/career_paths.hpp"

#include <algorithm>
#include <cctype>

namespace rex::core {
namespace {

bool ContainsWord(const std::string& text, std::string_view word) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.find(word) != std::string::npos;
}

PathRelation RelationOf(const Group& group) {
  if (ContainsWord(group.id, "feeder") || ContainsWord(group.title, "feeder")) return PathRelation::kFeeder;
  if (ContainsWord(group.id, "adjacent") || ContainsWord(group.title, "adjacent")) return PathRelation::kAdjacent;
  return PathRelation::kNext;
}

bool Linked(const Role& role, const std::string& a, const std::string& b) {
  const auto found = role.linked.find(a);
  return found != role.linked.end() && std::binary_search(found->second.begin(), found->second.end(), b);
}

template <typename Visit>
void ForEachItem(const Role& role, Visit visit) {
  for (const Section& section : role.sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) visit(group, item);
    }
  }
}

PathItem Measure(const RatingModel& model, const TargetProfile* target, const Assessment& assessment,
                 const Item& item, double emphasis) {
  PathItem out;
  out.emphasis = emphasis;
  ItemScore& s = out.score;
  s.id = item.id;
  s.kind = item.kind;
  s.name = item.name;
  s.importance = EffectiveImportance(item);
  s.weight = Weight(model, item) * emphasis;
  s.expected = target ? ExpectedLevel(*target, item) : 0;
  if (const auto rating = assessment.ratings.find(item.id); rating != assessment.ratings.end()) {
    if (rating->second.level) s.level = std::clamp(*rating->second.level, 0, model.MaxLevel());
    s.has_evidence = !rating->second.evidence.empty();
  }
  if (s.level) s.gap = std::max(0, s.expected - *s.level);
  return out;
}

std::vector<PromotionSkillStatus> PromotionSkills(const Role& role, const RatingModel& model,
                                                  const TargetProfile* target, const Assessment& assessment) {
  std::vector<PromotionSkillStatus> out;
  ForEachItem(role, [&](const Group&, const Item& promo) {
    if (promo.kind != "promotion_skill") return;
    PromotionSkillStatus status{promo.id, promo.name, promo.text, {}, 0};
    ForEachItem(role, [&](const Group&, const Item& skill) {
      if (!model.IsRated(skill) || !Linked(role, promo.id, skill.id)) return;
      status.skills.push_back(Measure(model, target, assessment, skill, 1.0));
      const ItemScore& s = status.skills.back().score;
      if (s.level && *s.level >= s.expected) ++status.met;
    });
    out.push_back(std::move(status));
  });
  return out;
}

}  // namespace

const char* ToString(PathRelation relation) {
  switch (relation) {
    case PathRelation::kFeeder: return "feeder";
    case PathRelation::kNext: return "next";
    case PathRelation::kAdjacent: return "adjacent";
  }
  return "";
}

double Emphasis(const Role& role, const Item& path_item, const Item& item) {
  if (const auto named = path_item.emphasis.find(item.id); named != path_item.emphasis.end()) return named->second;
  return Linked(role, path_item.id, item.id) ? kLinkedEmphasis : 1.0;
}

std::vector<CareerPath> CareerPaths(const Role& role, const RatingModel& model) {
  std::vector<CareerPath> paths;
  ForEachItem(role, [&](const Group& group, const Item& item) {
    if (item.kind != "career_role") return;
    CareerPath path{item.id, item.name, item.text, RelationOf(group), {}};
    ForEachItem(role, [&](const Group&, const Item& other) {
      if (model.IsRated(other) && Emphasis(role, item, other) != 1.0) path.emphasised.push_back(other.id);
    });
    paths.push_back(std::move(path));
  });
  return paths;
}

std::string CurrentTarget(const RatingModel& model, const Assessment& assessment) {
  if (const auto* target = model.FindTarget(assessment.target)) return target->id;
  if (const auto* target = model.FindTarget(model.default_target)) return target->id;
  return model.targets.empty() ? std::string() : model.targets.front().id;
}

std::string PathTarget(const RatingModel& model, const Assessment& assessment, PathRelation relation) {
  const std::string current = CurrentTarget(model, assessment);
  if (relation != PathRelation::kNext) return current;
  const auto at = std::find_if(model.targets.begin(), model.targets.end(),
                               [&](const TargetProfile& t) { return t.id == current; });
  if (at == model.targets.end() || std::next(at) == model.targets.end()) return current;
  return std::next(at)->id;
}

PathReadiness Readiness(const Role& role, const RatingModel& model, const Assessment& assessment,
                        const CareerPath& path, int top_gaps) {
  PathReadiness out;
  out.path_id = path.id;
  out.relation = path.relation;
  out.target = PathTarget(model, assessment, path.relation);
  const TargetProfile* target = model.FindTarget(out.target);
  const Item* path_item = role.FindItem(path.id);
  if (!path_item) return out;

  std::vector<PathItem> gaps;
  double attained = 0, expected_rated = 0, expected_all = 0;
  ForEachItem(role, [&](const Group&, const Item& item) {
    if (!model.IsRated(item)) return;
    PathItem measured = Measure(model, target, assessment, item, Emphasis(role, *path_item, item));
    const ItemScore& s = measured.score;
    if (!s.level && measured.emphasis > 1.0) out.unrated_emphasised.push_back(measured);
    if (s.expected <= 0) return;
    ++out.items;
    expected_all += s.weight * s.expected;
    if (!s.level) return;
    ++out.rated;
    attained += s.weight * std::min(*s.level, s.expected);
    expected_rated += s.weight * s.expected;
    if (s.gap > 0) gaps.push_back(std::move(measured));
  });
  out.attainment = expected_rated > 0 ? attained / expected_rated : 0;
  out.coverage = expected_all > 0 ? expected_rated / expected_all : 0;

  // stable_sort keeps role order as the last tie-breaker.
  std::stable_sort(gaps.begin(), gaps.end(), [](const PathItem& a, const PathItem& b) {
    const double pa = a.score.weight * a.score.gap, pb = b.score.weight * b.score.gap;
    if (pa != pb) return pa > pb;
    return a.score.importance < b.score.importance;
  });
  if (static_cast<int>(gaps.size()) > std::max(0, top_gaps)) gaps.resize(static_cast<std::size_t>(std::max(0, top_gaps)));
  out.top_gaps = std::move(gaps);

  if (path.relation == PathRelation::kNext) out.promotion_skills = PromotionSkills(role, model, target, assessment);
  return out;
}

CareerGraph BuildCareerGraph(const Role& role, const std::vector<CareerPath>& paths) {
  CareerGraph graph;
  graph.nodes.push_back(CareerNode{role.id, role.title, CareerNodeKind::kCurrent, 1, 0, {}, -1});
  std::vector<int> feeders, next, adjacent;
  for (const CareerPath& path : paths) {
    CareerNode node{path.id, path.name, CareerNodeKind::kNext, 2, 0, {}, -1};
    if (path.relation == PathRelation::kFeeder) {
      node.kind = CareerNodeKind::kFeeder;
      node.layer = 0;
      feeders.push_back(static_cast<int>(graph.nodes.size()));
    } else if (path.relation == PathRelation::kAdjacent) {
      node.kind = CareerNodeKind::kAdjacent;
      adjacent.push_back(static_cast<int>(graph.nodes.size()));
    } else {
      next.push_back(static_cast<int>(graph.nodes.size()));
    }
    graph.nodes.push_back(std::move(node));
  }

  int slot = 0;
  for (int index : feeders) graph.nodes[index].slot = slot++;
  slot = 0;
  for (int index : next) graph.nodes[index].slot = slot++;
  if (!next.empty() && !adjacent.empty()) ++slot;  // a visual gap between the two kinds
  for (int index : adjacent) graph.nodes[index].slot = slot++;

  const int column_slots[3] = {static_cast<int>(feeders.size()), 1, slot};
  graph.rows = std::max({1, column_slots[0], column_slots[2]});
  for (CareerNode& node : graph.nodes) {
    const float rows = static_cast<float>(graph.rows);
    const float offset = (rows - static_cast<float>(column_slots[node.layer])) / 2;
    node.position = {static_cast<float>(node.layer) / 2, (static_cast<float>(node.slot) + 0.5f + offset) / rows};
  }

  for (int index : feeders) graph.edges.push_back({index, 0, CareerNodeKind::kFeeder});
  for (int index : next) graph.edges.push_back({0, index, CareerNodeKind::kNext});
  for (int index : adjacent) graph.edges.push_back({0, index, CareerNodeKind::kAdjacent});
  return graph;
}

const PathReadiness* CareerPathReport::FindReadiness(const std::string& path_id) const {
  const auto found = std::find_if(readiness.begin(), readiness.end(),
                                  [&](const PathReadiness& r) { return r.path_id == path_id; });
  return found == readiness.end() ? nullptr : &*found;
}

CareerPathReport BuildCareerPaths(const Role& role, const RatingModel& model, const Assessment& assessment,
                                  int top_gaps) {
  CareerPathReport report;
  report.current_target = CurrentTarget(model, assessment);
  report.paths = CareerPaths(role, model);
  report.graph = BuildCareerGraph(role, report.paths);
  for (const CareerPath& path : report.paths) {
    if (path.relation == PathRelation::kFeeder) continue;
    for (CareerNode& node : report.graph.nodes) {
      if (node.id == path.id && node.kind != CareerNodeKind::kCurrent) node.readiness = static_cast<int>(report.readiness.size());
    }
    report.readiness.push_back(Readiness(role, model, assessment, path, top_gaps));
  }
  return report;
}

}  // namespace rex::core
