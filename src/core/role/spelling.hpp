#pragma once
// "Did you mean ...?" for unknown property names and enum values: a typo should
// be reported together with the likely fix.
#include <optional>
#include <string_view>
#include <vector>

namespace rex::core {

// The candidate closest to `word` (ignoring case; a swap of two neighbouring
// letters counts as one edit), if it is close enough to be a likely typo.
std::optional<std::string_view> ClosestMatch(std::string_view word,
                                             const std::vector<std::string_view>& candidates);

}  // namespace rex::core
