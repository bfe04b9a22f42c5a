// Kebab-case ids made from names (src/core/text/slug.hpp).
#include <doctest/doctest.h>

#include <string>

#include "core/text/slug.hpp"

using rex::core::kMaxSlugLength;
using rex::core::Slug;
using rex::core::UniqueSlugs;

TEST_CASE("Slug lower-cases, folds accents and joins words with single hyphens") {
  CHECK(Slug("API design & review") == "api-design-review");
  CHECK(Slug("  --Hello,   World!-- ") == "hello-world");
  CHECK(Slug("Łódź Straße") == "lodz-strasse");
  CHECK(Slug("C++ / Rust 2") == "c-rust-2");
  CHECK(Slug("already-kebab-42") == "already-kebab-42");
}

TEST_CASE("Slug is empty when nothing folds to a-z or 0-9") {
  CHECK(Slug("").empty());
  CHECK(Slug("!!! ---").empty());
  CHECK(Slug("\xE6\x97\xA5\xE6\x9C\xAC").empty());  // 日本
}

TEST_CASE("Slug cuts long names at a word boundary") {
  const std::string words = "a-very-long-competency-name-that-goes-on-and-on-well-past-any-reasonable-length";
  const std::string slug = Slug(words);
  CHECK(slug.size() <= kMaxSlugLength);
  CHECK(words.compare(0, slug.size(), slug) == 0);
  CHECK(words[slug.size()] == '-');  // cut before a hyphen, not inside a word
  CHECK(Slug(std::string(100, 'x')) == std::string(kMaxSlugLength, 'x'));
}

TEST_CASE("UniqueSlugs numbers repeats from 2 and uses the fallback for empty slugs") {
  UniqueSlugs ids;
  CHECK(ids.Take("API design", "item") == "api-design");
  CHECK(ids.Take("api-design", "item") == "api-design-2");
  CHECK(ids.Take("API Design 2", "item") == "api-design-2-2");
  CHECK(ids.Take("API design", "item") == "api-design-3");
  CHECK(ids.Take("\xE6\x97\xA5", "item") == "item");
  CHECK(ids.Take("", "item") == "item-2");
}
