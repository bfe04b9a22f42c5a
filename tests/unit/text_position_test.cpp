#include <doctest/doctest.h>

#include <string>

#include "core/role/role_loader.hpp"
#include "core/role/text_position.hpp"

using rex::core::FindInvalidUtf8;
using rex::core::LoadRole;
using rex::core::PositionOfOffset;

namespace {
std::string Where(std::string_view text, std::size_t offset) {
  const auto position = PositionOfOffset(text, offset);
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}
}  // namespace

TEST_CASE("PositionOfOffset counts lines and columns from 1") {
  CHECK(Where("", 0) == "1:1");
  CHECK(Where("ab\ncd", 0) == "1:1");
  CHECK(Where("ab\ncd", 1) == "1:2");
  CHECK(Where("ab\ncd", 2) == "1:3");  // the newline itself ends line 1
  CHECK(Where("ab\ncd", 3) == "2:1");
  CHECK(Where("ab\ncd", 4) == "2:2");
  CHECK(Where("\n\n\n", 3) == "4:1");
}

TEST_CASE("PositionOfOffset treats CRLF as one line break") {
  CHECK(Where("a\r\nb", 1) == "1:2");
  CHECK(Where("a\r\nb", 3) == "2:1");
  CHECK(Where("a\r\nb\r\ncd", 7) == "3:2");
}

TEST_CASE("PositionOfOffset counts code points, not bytes") {
  const std::string text = "\xC3\xA9t\xC3\xA9 \xE2\x82\xAC\xF0\x9F\x98\x80x";  // "été €😀x"
  CHECK(Where(text, 2) == "1:2");   // the 't'
  CHECK(Where(text, 6) == "1:5");   // the euro sign
  CHECK(Where(text, 13) == "1:7");  // the 'x' after a 4-byte emoji
}

TEST_CASE("PositionOfOffset clamps offsets past the end") {
  CHECK(Where("ab", 2) == "1:3");
  CHECK(Where("ab", 99) == "1:3");
}

TEST_CASE("FindInvalidUtf8 accepts well-formed UTF-8") {
  CHECK_FALSE(FindInvalidUtf8("").has_value());
  CHECK_FALSE(FindInvalidUtf8("plain ascii").has_value());
  CHECK_FALSE(FindInvalidUtf8("\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF").has_value());
}

TEST_CASE("FindInvalidUtf8 finds the first bad byte") {
  CHECK(FindInvalidUtf8("ab\xFF").value() == 2);
  CHECK(FindInvalidUtf8("a\xC3").value() == 1);            // sequence cut off by the end
  CHECK(FindInvalidUtf8("a\xC3x").value() == 1);           // continuation byte missing
  CHECK(FindInvalidUtf8("\xC0\x80").value() == 0);         // overlong NUL
  CHECK(FindInvalidUtf8("\xE0\x80\x80").value() == 0);     // overlong 3-byte form
  CHECK(FindInvalidUtf8("\xED\xA0\x80").value() == 0);     // UTF-16 surrogate
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80").value() == 0);  // above U+10FFFF
  CHECK(FindInvalidUtf8("ok\x80").value() == 2);           // stray continuation byte
}

TEST_CASE("syntax errors are reported at the line and column of the bad token") {
  const auto result = LoadRole("{\n  \"a\": 1\n  \"b\": 2\n}", "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].where == "x.json:3:3");
  CHECK(result.errors[0].message.find("missing comma?") != std::string::npos);
}

TEST_CASE("a string token is located at its opening quote, escapes included") {
  const auto result = LoadRole("{\"a\": \"x\\\"y\" \"b\"}", "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].where == "x.json:1:14");
}

TEST_CASE("columns after a UTF-8 byte order mark ignore the mark") {
  const auto result = LoadRole("\xEF\xBB\xBF{,}", "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].where == "x.json:1:2");
}

TEST_CASE("a trailing comma gets a hint") {
  const auto result = LoadRole("{\"a\": [1, 2,]}", "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].where == "x.json:1:13");
  CHECK(result.errors[0].message.find("trailing comma?") != std::string::npos);
}

TEST_CASE("encoding problems are named before parsing") {
  auto result = LoadRole(std::string("\xFF\xFE{\0}", 5), "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].ToString() == "x.json: file is UTF-16 encoded; save it as UTF-8");

  result = LoadRole("{\n \"a\": \"\xE9\"}", "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].where == "x.json:2:8");
  CHECK(result.errors[0].message == "file is not valid UTF-8 (byte 0xE9); save it as UTF-8");

  result = LoadRole(" \n\t ", "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].ToString() == "x.json: file is empty (expected a JSON object describing a role)");

  result = LoadRole("<html></html>", "x.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].ToString() == "x.json:1:1: not JSON: a role file starts with '{'");
}
