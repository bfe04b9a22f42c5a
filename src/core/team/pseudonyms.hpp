#pragma once
// Pseudonyms for "hide names": "Person A", "Person B", ... "Person Z", "Person AA".
//
// Order: people are ranked by a 64-bit FNV-1a hash of "<file base name>\n<person
// name>" (ties, which need equal inputs, by their position), and the n-th in that
// ranking is the n-th pseudonym. So the letters say nothing about alphabetical
// order or the order the files were given in, and the same set of files gets the
// same pseudonyms in every run and on every platform (the hash is fixed, not
// std::hash). Adding or removing a file can shift later letters.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rex::core {

// "Person A" for 0, "Person Z" for 25, "Person AA" for 26, "Person AB" for 27, ...
std::string PseudonymAt(std::size_t index);

// The key a person is ranked by: FNV-1a 64 of "<base name of file>\n<name>".
std::uint64_t PseudonymKey(std::string_view file, std::string_view name);

struct PseudonymInput {
  std::string_view file;
  std::string_view name;
};

// One pseudonym per input, in input order.
std::vector<std::string> AssignPseudonyms(const std::vector<PseudonymInput>& people);

// The part of a path after its last '/' or '\\'.
std::string_view BaseName(std::string_view path);

}  // namespace rex::core
