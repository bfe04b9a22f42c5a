#pragma once
// A generated role of any size, for UI tests and benchmarks that need "thousands
// of items" without committing a huge fixture. It uses every group view.
#include <string>

namespace rex::test {

// Returns role JSON with `items` items spread over 4 sections (list, cards, table,
// checklist), each item linked to its neighbour.
std::string GeneratedRoleJson(int items);

}  // namespace rex::test
