#include "core/text/slug.hpp"

#include "core/text/fold.hpp"

namespace rex::core {
namespace {

bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Cuts at the last hyphen that keeps the slug within the limit, so no word is
// cut in half unless the first word alone is too long.
std::string Shorten(std::string slug) {
  if (slug.size() <= kMaxSlugLength) return slug;
  const std::size_t hyphen = slug.rfind('-', kMaxSlugLength);
  slug.resize(hyphen == std::string::npos || hyphen == 0 ? kMaxSlugLength : hyphen);
  return slug;
}

}  // namespace

std::string Slug(std::string_view text) {
  const std::string folded = Fold(text, Accents::kIgnore).text;
  std::string slug;
  bool pending_hyphen = false;
  for (const char c : folded) {
    if (!IsSlugChar(c)) {
      pending_hyphen = !slug.empty();
      continue;
    }
    if (pending_hyphen) slug += '-';
    pending_hyphen = false;
    slug += c;
  }
  return Shorten(std::move(slug));
}

std::string UniqueSlugs::Take(std::string_view text, std::string_view fallback) {
  std::string base = Slug(text);
  if (base.empty()) base = std::string(fallback);
  std::string id = base;
  for (int n = 2; taken_.count(id) > 0; ++n) id = base + "-" + std::to_string(n);
  taken_.insert(id);
  return id;
}

}  // namespace rex::core
