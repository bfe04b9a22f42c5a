#include "core/search/search_index.hpp"

#include <algorithm>
#include <cctype>

namespace rex::core {
namespace {

constexpr size_t kSnippetContext = 48;  // bytes kept before a match in a snippet
constexpr size_t kSnippetLength = 140;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Moves an offset back to the start of a UTF-8 character so snippets never split one.
size_t CharStart(const std::string& text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

SearchHit MakeHit(const ItemRef& ref, const std::string& label, const std::string& text, const std::string& lower,
                  const std::vector<std::string>& words) {
  const size_t first = lower.find(words.front());
  size_t begin = first > kSnippetContext ? CharStart(text, first - kSnippetContext) : 0;
  size_t end = CharStart(text, std::min(text.size(), begin + kSnippetLength));
  if (end < text.size() && end > 0) end = CharStart(text, end);
  const std::string prefix = begin > 0 ? "…" : "";
  SearchHit hit{ref, label, prefix + text.substr(begin, end - begin) + (end < text.size() ? "…" : ""), {}};
  const std::string window = lower.substr(begin, end - begin);
  for (const std::string& word : words) {
    for (size_t at = window.find(word); at != std::string::npos; at = window.find(word, at + word.size())) {
      hit.marks.emplace_back(prefix.size() + at, prefix.size() + at + word.size());
    }
  }
  std::sort(hit.marks.begin(), hit.marks.end());
  return hit;
}

}  // namespace

std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> words;
  std::string current;
  for (char c : query) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!current.empty()) words.push_back(Lower(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(Lower(current));
  return words;
}

SearchIndex::SearchIndex(const Role& role) {
  for (size_t s = 0; s < role.sections.size(); ++s) {
    const Section& section = role.sections[s];
    for (size_t g = 0; g < section.groups.size(); ++g) {
      const Group& group = section.groups[g];
      for (size_t i = 0; i < group.items.size(); ++i) {
        const Item& item = group.items[i];
        Entry entry{{static_cast<int>(s), static_cast<int>(g), static_cast<int>(i)}, {}};
        auto add = [&entry](const std::string& label, const std::string& text) {
          if (!text.empty()) entry.fields.push_back({label, text, Lower(text)});
        };
        add("name", item.name);
        add("text", item.text);
        for (const Fact& fact : item.facts) add(fact.label, fact.value);
        add("bar", item.bar);
        entries_.push_back(std::move(entry));
      }
    }
  }
}

SearchResults SearchIndex::Find(std::string_view query, size_t limit) const {
  const std::vector<std::string> words = QueryWords(query);
  SearchResults results;
  if (words.empty()) return results;
  std::vector<SearchHit> name_hits, other_hits;
  for (const Entry& entry : entries_) {
    auto contains = [&entry](const std::string& word) {
      return std::any_of(entry.fields.begin(), entry.fields.end(),
                         [&word](const Field& f) { return f.lower.find(word) != std::string::npos; });
    };
    if (!std::all_of(words.begin(), words.end(), contains)) continue;
    ++results.total;
    // Show the field where the first word appears; a hit in the name ranks first.
    for (size_t f = 0; f < entry.fields.size(); ++f) {
      const Field& field = entry.fields[f];
      if (field.lower.find(words.front()) == std::string::npos) continue;
      (f == 0 ? name_hits : other_hits).push_back(MakeHit(entry.ref, field.label, field.text, field.lower, words));
      break;
    }
  }
  for (auto* list : {&name_hits, &other_hits}) {
    for (SearchHit& hit : *list) {
      if (results.hits.size() >= limit) return results;
      results.hits.push_back(std::move(hit));
    }
  }
  return results;
}

SearchResults LazySearchIndex::Find(std::string_view query, size_t limit) const {
  if (QueryWords(query).empty()) return {};
  if (!index_) index_.emplace(*role_);
  return index_->Find(query, limit);
}

}  // namespace rex::core
