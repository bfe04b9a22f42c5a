#pragma once
// A generated role of any size, for UI tests and benchmarks that need "thousands
// of items" without committing a huge fixture. It uses every group view.
#include <string>

#include "core/app/session.hpp"

namespace rex::test {

// Returns role JSON with `items` items spread over 4 sections (list, cards, table,
// checklist), each item linked to its neighbour. `with_levels` describes levels
// 1..4 of every technical skill (the cards section), so it reads as a rubric.
std::string GeneratedRoleJson(int items, bool with_levels = false);

// A session over that role alone, with a new assessment.
core::Session GeneratedRoleSession(int items, bool with_levels = false);

}  // namespace rex::test
