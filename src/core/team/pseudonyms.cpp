#include "core/team/pseudonyms.hpp"

#include <algorithm>
#include <numeric>

namespace rex::core {

std::string PseudonymAt(std::size_t index) {
  // Bijective base 26: A..Z, AA..AZ, BA..., like spreadsheet columns.
  std::string letters;
  std::size_t n = index + 1;
  while (n > 0) {
    --n;
    letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
    n /= 26;
  }
  return "Person " + letters;
}

std::string_view BaseName(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::uint64_t PseudonymKey(std::string_view file, std::string_view name) {
  std::uint64_t hash = 14695981039346656037ull;
  const auto add = [&](std::string_view bytes) {
    for (const char c : bytes) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ull;
    }
  };
  add(BaseName(file));
  add("\n");
  add(name);
  return hash;
}

std::vector<std::string> AssignPseudonyms(const std::vector<PseudonymInput>& people) {
  std::vector<std::uint64_t> keys;
  keys.reserve(people.size());
  for (const PseudonymInput& person : people) keys.push_back(PseudonymKey(person.file, person.name));
  std::vector<std::size_t> order(people.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<std::string> names(people.size());
  for (std::size_t rank = 0; rank < order.size(); ++rank) names[order[rank]] = PseudonymAt(rank);
  return names;
}

}  // namespace rex::core
