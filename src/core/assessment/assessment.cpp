#include "core/assessment/assessment.hpp"

#include <set>

namespace rex::core {

std::vector<std::string> OrphanedData::ItemIds() const {
  std::set<std::string> ids;
  for (const auto& entry : ratings) ids.insert(entry.first);
  for (const auto& entry : goals_done) ids.insert(entry.first);
  for (const auto& entry : review_entries) ids.insert(entry.first);
  return {ids.begin(), ids.end()};
}

}  // namespace rex::core
