#include "core/search/search_index.hpp"

#include <algorithm>
#include <cctype>

#include "core/text/fold.hpp"

namespace rex::core {
namespace {

constexpr size_t kSnippetContext = 48;  // bytes kept before a match in a snippet
constexpr size_t kSnippetLength = 140;

// Moves an offset back to the start of a UTF-8 character so snippets never split one.
size_t CharStart(const std::string& text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

// A word is looked for in the accent-free form of a field unless it has accents
// itself (core/text/fold.hpp): "lodz" finds "Łódź", "łódź" too, "łodz" does not.
struct Word {
  std::string text;  // folded as its accents say
  bool accents;
};

std::vector<Word> SearchWords(std::string_view query) {
  std::vector<Word> words;
  for (std::string& word : QueryWords(query)) {
    const bool accents = HasAccents(word);
    words.push_back({accents ? std::move(word) : Fold(word, Accents::kIgnore).text, accents});
  }
  return words;
}

SearchHit MakeHit(const ItemRef& ref, const SearchIndex::Field& field, const std::vector<Word>& words) {
  const std::string& text = field.text;
  const FoldedText& first_form = field.Form(words.front().accents);
  const size_t first = first_form.origin[first_form.text.find(words.front().text)];
  size_t begin = first > kSnippetContext ? CharStart(text, first - kSnippetContext) : 0;
  size_t end = CharStart(text, std::min(text.size(), begin + kSnippetLength));
  const std::string prefix = begin > 0 ? "…" : "";
  SearchHit hit{ref, field.label, prefix + text.substr(begin, end - begin) + (end < text.size() ? "…" : ""), {}};
  for (const Word& word : words) {
    const FoldedText& form = field.Form(word.accents);
    for (size_t at = form.text.find(word.text); at != std::string::npos; at = form.text.find(word.text, at + word.text.size())) {
      const auto [from, to] = form.Original(at, at + word.text.size());
      if (from >= begin && to <= end) hit.marks.emplace_back(prefix.size() + from - begin, prefix.size() + to - begin);
    }
  }
  std::sort(hit.marks.begin(), hit.marks.end());
  return hit;
}

}  // namespace

const FoldedText& SearchIndex::Field::Form(bool accents) const { return accents ? folded : accent_free; }

std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> words;
  std::string current;
  for (char c : query) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!current.empty()) words.push_back(Fold(current, Accents::kKeep).text);
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) words.push_back(Fold(current, Accents::kKeep).text);
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
          if (!text.empty()) entry.fields.push_back({label, text, Fold(text, Accents::kKeep), Fold(text, Accents::kIgnore)});
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
  const std::vector<Word> words = SearchWords(query);
  SearchResults results;
  if (words.empty()) return results;
  std::vector<SearchHit> name_hits, other_hits;
  const auto has = [](const Field& f, const Word& word) { return f.Form(word.accents).text.find(word.text) != std::string::npos; };
  for (const Entry& entry : entries_) {
    auto contains = [&](const Word& word) {
      return std::any_of(entry.fields.begin(), entry.fields.end(), [&](const Field& f) { return has(f, word); });
    };
    if (!std::all_of(words.begin(), words.end(), contains)) continue;
    ++results.total;
    // Show the field where the first word appears; a hit in the name ranks first.
    for (size_t f = 0; f < entry.fields.size(); ++f) {
      if (!has(entry.fields[f], words.front())) continue;
      (f == 0 ? name_hits : other_hits).push_back(MakeHit(entry.ref, entry.fields[f], words));
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
