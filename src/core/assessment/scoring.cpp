#include "core/assessment/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace rex::core {
namespace {

// Shares such as 17/20 must not fail "≥ 0.85" through rounding.
constexpr double kEpsilon = 1e-9;

bool IsRatedAtOrAbove(const ItemScore& s) { return s.level && *s.level >= s.expected; }

std::vector<ItemScore> Select(const std::vector<ItemScore>& items, const std::function<bool(const ItemScore&)>& keep) {
  std::vector<ItemScore> out;
  std::copy_if(items.begin(), items.end(), std::back_inserter(out), keep);
  return out;
}

std::vector<std::string> Ids(const std::vector<ItemScore>& items) {
  std::vector<std::string> ids;
  for (const ItemScore& s : items) ids.push_back(s.id);
  return ids;
}

// `kind` null: every item (the overall score). A role's kinds are free text, so
// "every item" is not spelled as a kind a role could also use.
CategoryScore Summarise(const std::string* kind, const std::vector<ItemScore>& items) {
  CategoryScore category{kind ? *kind : std::string(), 0, 0, 0, 0};
  double weight = 0, weighted_level = 0, attained = 0, expected = 0;
  for (const ItemScore& s : items) {
    if (kind && s.kind != *kind) continue;
    ++category.items;
    if (!s.level) continue;  // not rated is not 0: it stays out of every average
    ++category.rated;
    weight += s.weight;
    weighted_level += s.weight * *s.level;
    if (s.expected > 0) {
      attained += s.weight * std::min(*s.level, s.expected);
      expected += s.weight * s.expected;
    }
  }
  category.average_level = weight > 0 ? weighted_level / weight : 0;
  category.attainment = expected > 0 ? attained / expected : 0;
  return category;
}

// "1 item is" / "3 items are".
std::string Count(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? " is" : "s are");
}

// "1 of 17 items is" / "3 of 17 items are".
std::string OfCount(std::size_t n, std::size_t of, const std::string& noun) {
  return std::to_string(n) + " of " + std::to_string(of) + " " + noun + (of == 1 ? "" : "s") + (n == 1 ? " is" : " are");
}

// "All 17 <noun>s<qualifier> <verb_many><rest>", "The one <noun><qualifier> <verb_one><rest>",
// or `none` when there are no such items.
struct AllOf {
  std::string noun, qualifier, verb_one, verb_many, rest, none;
  std::string operator()(std::size_t n) const {
    if (n == 0) return none;
    if (n == 1) return "The one " + noun + qualifier + " " + verb_one + rest;
    return "All " + std::to_string(n) + " " + noun + "s" + qualifier + " " + verb_many + rest;
  }
};

GateResult Gate(const char* id, const char* title, std::vector<std::string> failing, std::string detail) {
  GateResult gate{id, title, failing.empty(), std::move(detail), std::move(failing)};
  return gate;
}

int Percent(double share) { return static_cast<int>(std::floor(share * 100 + kEpsilon)); }

std::vector<GateResult> Gates(const ScoreReport& r) {
  std::vector<GateResult> gates;
  const auto matters = [](const ItemScore& s) {
    return s.importance == Importance::kCritical || s.importance == Importance::kImportant;
  };

  const auto must_rate = Select(r.items, matters);
  const auto unrated = Select(must_rate, [](const ItemScore& s) { return !s.level; });
  gates.push_back(Gate(kGateRated, "Every Critical and Important item is rated", Ids(unrated),
                       unrated.empty() ? AllOf{"Critical or Important item", "", "is", "are", " rated.",
                                             "There are no Critical or Important items to rate."}(must_rate.size())
                                       : OfCount(unrated.size(), must_rate.size(), "Critical and Important item") +
                                             " not rated yet."));

  const auto critical = Select(r.items, [](const ItemScore& s) {
    return s.importance == Importance::kCritical && s.expected > 0 && s.level;
  });
  const auto below = Select(critical, [](const ItemScore& s) { return *s.level < s.expected; });
  gates.push_back(Gate(kGateCriticalAtBar, "Critical items at the bar", Ids(below),
                       below.empty() ? AllOf{"rated Critical item", "", "is", "are", " at or above the bar.",
                                           "No rated Critical item has a bar at this target."}(critical.size())
                                     : OfCount(below.size(), critical.size(), "rated Critical item") + " below the bar."));

  const auto deep = Select(r.items, [](const ItemScore& s) { return s.level && s.expected - *s.level >= kDeepGap; });
  gates.push_back(Gate(kGateNoDeepGaps, "No deep gaps", Ids(deep),
                       deep.empty() ? "No rated item is " + std::to_string(kDeepGap) + " or more levels below the target."
                                    : Count(deep.size(), "item") + " " + std::to_string(kDeepGap) +
                                          " or more levels below the target."));

  const auto claims = Select(r.items, [](const ItemScore& s) { return s.expected > 0 && IsRatedAtOrAbove(s); });
  const auto unbacked = Select(claims, [](const ItemScore& s) { return !s.has_evidence; });
  gates.push_back(Gate(kGateEvidence, "Evidence for every rating at the bar", Ids(unbacked),
                       unbacked.empty() ? AllOf{"item", " rated at or above the target", "has", "have", " evidence.",
                                              "No item is rated at or above the target yet."}(claims.size())
                                        : OfCount(unbacked.size(), claims.size(), "item") +
                                              " rated at or above the target without evidence."));

  const bool enough = r.overall.attainment + kEpsilon >= kReadyAttainment;
  gates.push_back(Gate(kGateAttainment, "Overall attainment", enough ? std::vector<std::string>{} : Ids(r.gaps),
                       "Overall attainment is " + std::to_string(Percent(r.overall.attainment)) + "% (the bar is " +
                           std::to_string(Percent(kReadyAttainment)) + "%)."));
  // A failing attainment gate with no gaps to name (nothing rated yet) must still fail.
  gates.back().passed = enough;
  return gates;
}

Verdict Decide(const std::vector<GateResult>& gates) {
  bool all_pass = true, only_soft = true, rated = true;
  std::set<std::string> failing_items;
  for (const GateResult& gate : gates) {
    if (gate.passed) continue;
    all_pass = false;
    if (gate.id != kGateEvidence && gate.id != kGateAttainment) only_soft = false;
    if (gate.id == kGateRated) rated = false;
    failing_items.insert(gate.items.begin(), gate.items.end());
  }
  if (all_pass) return Verdict::kReady;
  if (only_soft || (rated && failing_items.size() <= 2)) return Verdict::kAlmost;
  return Verdict::kNotYet;
}

TargetProfile ResolveTarget(const RatingModel& model, const std::string& target_id) {
  if (const auto* target = model.FindTarget(target_id)) return *target;
  if (const auto* target = model.FindTarget(model.default_target)) return *target;
  return model.targets.empty() ? TargetProfile{} : model.targets.front();  // {} expects nothing
}

}  // namespace

ScoreReport Score(const Role& role, const RatingModel& model, const Assessment& assessment, const std::string& target_id) {
  const TargetProfile target = ResolveTarget(model, target_id);
  ScoreReport report;
  report.target = target.id;
  for (const Section& section : role.sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) {
        if (model.IsChecklist(item)) {
          ++report.goals_total;
          const auto done = assessment.goals_done.find(item.id);
          if (done != assessment.goals_done.end() && done->second) ++report.goals_done;
        }
        if (!model.IsRated(item)) continue;
        ItemScore s{item.id, item.kind, item.name, EffectiveImportance(item), Weight(model, item),
                    ExpectedLevel(target, item), std::nullopt, 0, false};
        if (const auto rating = assessment.ratings.find(item.id); rating != assessment.ratings.end()) {
          if (rating->second.level) s.level = std::clamp(*rating->second.level, 0, model.MaxLevel());
          s.has_evidence = !rating->second.evidence.empty();
        }
        if (s.level) s.gap = std::max(0, s.expected - *s.level);
        report.items.push_back(std::move(s));
      }
    }
  }

  for (const std::string& kind : model.rated_kinds) report.categories.push_back(Summarise(&kind, report.items));
  report.overall = Summarise(nullptr, report.items);

  // stable_sort keeps role order as the last tie-breaker.
  report.gaps = Select(report.items, [](const ItemScore& s) { return s.gap > 0; });
  std::stable_sort(report.gaps.begin(), report.gaps.end(), [](const ItemScore& a, const ItemScore& b) {
    const double pa = a.weight * a.gap, pb = b.weight * b.gap;
    if (pa != pb) return pa > pb;
    return a.importance < b.importance;  // enum order: Critical first
  });
  report.strengths = Select(report.items, [](const ItemScore& s) { return IsRatedAtOrAbove(s) && *s.level > 0; });
  std::stable_sort(report.strengths.begin(), report.strengths.end(), [](const ItemScore& a, const ItemScore& b) {
    return a.weight * (*a.level - a.expected + 1) > b.weight * (*b.level - b.expected + 1);
  });
  report.not_rated = Select(report.items, [](const ItemScore& s) { return !s.level; });

  report.gates = Gates(report);
  report.verdict = Decide(report.gates);
  return report;
}

const char* ToString(Verdict verdict) {
  switch (verdict) {
    case Verdict::kReady: return "ready";
    case Verdict::kAlmost: return "almost";
    case Verdict::kNotYet: return "not-yet";
  }
  return "";
}

const char* VerdictTitle(Verdict verdict) {
  switch (verdict) {
    case Verdict::kReady: return "Ready";
    case Verdict::kAlmost: return "Almost there";
    case Verdict::kNotYet: return "Not yet";
  }
  return "";
}

}  // namespace rex::core
