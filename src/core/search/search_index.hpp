#pragma once
// Full-text search over a role's items. Built once per role (not per frame);
// every word must appear somewhere in the item, whatever its case (Latin, Greek,
// Cyrillic), and a word without accents matches with or without them
// ("lodz" finds "Łódź"; core/text/fold.hpp).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/role/role.hpp"
#include "core/text/fold.hpp"

namespace rex::core {

struct SearchHit {
  ItemRef ref;
  std::string field;    // where the first word matched: "name", "text", a fact label, "bar"
  std::string snippet;  // one line around the match, ellipsised
  std::vector<std::pair<size_t, size_t>> marks;  // [begin, end) byte ranges in snippet to highlight
};

struct SearchResults {
  std::vector<SearchHit> hits;  // best first, at most `limit`
  size_t total = 0;             // all matching items, even past the limit
};

class SearchIndex {
 public:
  explicit SearchIndex(const Role& role);
  SearchResults Find(std::string_view query, size_t limit = 200) const;

  struct Field {
    std::string label;
    std::string text;         // original
    FoldedText folded;        // case folded
    FoldedText accent_free;   // case folded, accents off
    const FoldedText& Form(bool accents) const;
  };

 private:
  struct Entry {
    ItemRef ref;
    std::vector<Field> fields;  // name first: a name match ranks higher
  };
  std::vector<Entry> entries_;
};

// The index of one role, built on the first query with words in it: most visits
// never search, and building it at start-up cost the first frame (issue 11). The
// role must outlive this object and not move.
class LazySearchIndex {
 public:
  explicit LazySearchIndex(const Role& role) : role_(&role) {}
  SearchResults Find(std::string_view query, size_t limit = 200) const;

 private:
  const Role* role_;
  mutable std::optional<SearchIndex> index_;
};

// Splits a query into case-folded words; empty when there is nothing to search.
std::vector<std::string> QueryWords(std::string_view query);

}  // namespace rex::core
