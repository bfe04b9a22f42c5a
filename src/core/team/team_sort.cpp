#include "core/team/team_sort.hpp"

#include <algorithm>
#include <numeric>

#include "core/text/fold.hpp"

namespace rex::core {
namespace {

int VerdictRank(Verdict verdict) {
  switch (verdict) {
    case Verdict::kReady: return 0;
    case Verdict::kAlmost: return 1;
    case Verdict::kNotYet: return 2;
  }
  return 2;
}

template <typename T, typename Less>
std::vector<std::size_t> StableOrder(const std::vector<T>& rows, Less less) {
  std::vector<std::size_t> order(rows.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return less(rows[a], rows[b]); });
  return order;
}

}  // namespace

std::vector<std::size_t> SortPeople(const Team& team, const RoleFigures& figures, PersonOrder order) {
  switch (order) {
    case PersonOrder::kReadiness:
      return StableOrder(figures.people, [](const PersonFigures& a, const PersonFigures& b) {
        if (a.verdict != b.verdict) return VerdictRank(a.verdict) < VerdictRank(b.verdict);
        return a.attainment > b.attainment;
      });
    case PersonOrder::kAttainment:
      return StableOrder(figures.people,
                         [](const PersonFigures& a, const PersonFigures& b) { return a.attainment > b.attainment; });
    case PersonOrder::kName:
      return StableOrder(figures.people, [&](const PersonFigures& a, const PersonFigures& b) {
        return Collate(team.members[a.member].display_name, team.members[b.member].display_name) < 0;
      });
  }
  return {};
}

std::vector<std::size_t> SortItems(const RoleFigures& figures, ItemOrder order) {
  switch (order) {
    case ItemOrder::kTeamAverage:
      return StableOrder(figures.items, [](const ItemFigures& a, const ItemFigures& b) {
        if ((a.rated == 0) != (b.rated == 0)) return b.rated == 0;
        return a.average < b.average;
      });
    case ItemOrder::kSpread:
      return StableOrder(figures.items, [](const ItemFigures& a, const ItemFigures& b) {
        if (a.spread != b.spread) return a.spread > b.spread;
        return a.range > b.range;
      });
    case ItemOrder::kMostBelowTarget:
      return StableOrder(figures.items, [](const ItemFigures& a, const ItemFigures& b) {
        if (a.below_target != b.below_target) return a.below_target > b.below_target;
        if ((a.rated == 0) != (b.rated == 0)) return b.rated == 0;
        return a.average < b.average;
      });
  }
  return {};
}

}  // namespace rex::core
