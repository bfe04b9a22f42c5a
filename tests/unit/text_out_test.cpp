// The small text helpers that replace iostreams in the packet writers.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/text/lines.hpp"
#include "core/text/text_out.hpp"

using rex::core::ForEachLine;
using rex::core::TextOut;

namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  ForEachLine(text, [&lines](std::string_view line) { lines.emplace_back(line); });
  return lines;
}

}  // namespace

TEST_CASE("TextOut appends text and integers as an ostringstream would") {
  TextOut out;
  const std::string owned = "owned";
  out << "a" << std::string_view("b") << owned << ' ' << 42 << ' ' << -7 << ' ' << std::size_t{18446744073709551615u}
      << ' ' << std::int64_t{-9000000000};
  CHECK(out.str() == "abowned 42 -7 18446744073709551615 -9000000000");
}

TEST_CASE("ForEachLine splits like std::getline") {
  CHECK(Lines("").empty());
  CHECK(Lines("one") == std::vector<std::string>{"one"});
  CHECK(Lines("one\n") == std::vector<std::string>{"one"});
  CHECK(Lines("one\n\ntwo") == std::vector<std::string>{"one", "", "two"});
  CHECK(Lines("\n") == std::vector<std::string>{""});
  CHECK(Lines("a\r\nb") == std::vector<std::string>{"a\r", "b"});
}
