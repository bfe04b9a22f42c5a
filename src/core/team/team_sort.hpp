#pragma once
// Orders for the team tables. Each returns indices into RoleFigures::people or
// RoleFigures::items and never reorders the figures themselves; ties keep the
// figures' own order (files given / role order), so the result is deterministic.
#include <cstddef>
#include <vector>

#include "core/team/team.hpp"
#include "core/team/team_figures.hpp"

namespace rex::core {

enum class PersonOrder {
  kReadiness,   // ready, almost, not yet; then attainment, highest first
  kAttainment,  // attainment, highest first
  kName,        // display name (Collate: accents and case after base letters)
};

enum class ItemOrder {
  kTeamAverage,      // lowest team average first (where the team is weakest); unrated items last
  kSpread,           // widest spread first, then widest range
  kMostBelowTarget,  // most people below target first, then lowest average
};

std::vector<std::size_t> SortPeople(const Team& team, const RoleFigures& figures, PersonOrder order);
std::vector<std::size_t> SortItems(const RoleFigures& figures, ItemOrder order);

}  // namespace rex::core
