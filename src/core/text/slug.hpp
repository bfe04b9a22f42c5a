#pragma once
// Ids made from names: "API design & review" -> "api-design-review". Role files
// need lower-case kebab ids (docs/content-format.md); a spreadsheet gives names.
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace rex::core {

// Ids longer than this stop being readable in reports and URLs; a slug is cut
// at the last word boundary before it.
inline constexpr std::size_t kMaxSlugLength = 64;

// Lower-case kebab case (^[a-z0-9]+(-[a-z0-9]+)*$): accents and case folded
// ("Łódź" -> "lodz"), every run of other characters one hyphen. Empty when the
// text has no letter or digit that folds to a-z or 0-9 (e.g. only CJK).
std::string Slug(std::string_view text);

// Hands out ids that are unique among those it has handed out or reserved:
// the first "api-design" stays, later ones become "api-design-2", "-3", ...
class UniqueSlugs {
 public:
  // Slug(text), or `fallback` when that is empty, made unique.
  std::string Take(std::string_view text, std::string_view fallback);

 private:
  std::set<std::string, std::less<>> taken_;
};

}  // namespace rex::core
