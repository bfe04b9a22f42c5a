// ParseReportJson is a quicker ParseJson for reports: for any text it must give
// what ParseJson gives (document, duplicate keys, the one error), so each case
// here compares the two.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/report/report_json.hpp"
#include "core/role/error_sink.hpp"
#include "core/role/json_parse.hpp"

using rex::core::ErrorSink;
using rex::core::ParsedJson;

namespace {

struct Outcome {
  ParsedJson parsed;
  std::vector<rex::core::Error> errors;
};

Outcome Fast(const std::string& text) {
  ErrorSink sink("r.json");
  ParsedJson parsed = rex::core::ParseReportJson(text, sink);
  return {std::move(parsed), sink.Take()};
}

Outcome Reference(const std::string& text) {
  ErrorSink sink("r.json");
  ParsedJson parsed = rex::core::ParseJson(text, sink, "report");
  return {std::move(parsed), sink.Take()};
}

void CheckSame(const std::string& text) {
  CAPTURE(text);
  const Outcome fast = Fast(text);
  const Outcome reference = Reference(text);
  REQUIRE(fast.parsed.document.has_value() == reference.parsed.document.has_value());
  if (fast.parsed.document) CHECK(*fast.parsed.document == *reference.parsed.document);
  REQUIRE(fast.parsed.duplicate_keys.size() == reference.parsed.duplicate_keys.size());
  for (std::size_t i = 0; i < fast.parsed.duplicate_keys.size(); ++i) {
    CHECK(fast.parsed.duplicate_keys[i].object_pointer == reference.parsed.duplicate_keys[i].object_pointer);
    CHECK(fast.parsed.duplicate_keys[i].key == reference.parsed.duplicate_keys[i].key);
  }
  REQUIRE(fast.errors.size() == reference.errors.size());
  for (std::size_t i = 0; i < fast.errors.size(); ++i) CHECK(fast.errors[i].ToString() == reference.errors[i].ToString());
}

}  // namespace

TEST_CASE("ParseReportJson reads well-formed files as ParseJson does") {
  CheckSame(R"({"a": 1, "b": [true, null, "x"], "c": {"d": 2.5, "e": {}}})");
  CheckSame("\xEF\xBB\xBF{\"after\": \"a byte order mark\"}");
  CheckSame(R"({"colon: and \"quote\" in a string": "a:b", "k\\": ":"})");
  CheckSame(R"(["not an object is still JSON"])");
  CheckSame("{\"unicode\": \"\xC3\xA9 \xF0\x9F\x98\x80\"}");
}

TEST_CASE("ParseReportJson finds repeated keys wherever ParseJson does") {
  CheckSame(R"({"a": 1, "a": 2})");
  CheckSame(R"({"x": {"levels": {"k": 1, "j": 2, "k": 3}}, "y": [{"z": 1, "z": 1}]})");
  CheckSame(R"({"same": {"a": 1}, "same": {"a": 1}})");
  CheckSame(R"({"a~b/c": 1, "a~b/c": 2})");
  CHECK(Fast(R"({"a": 1, "a": 2})").parsed.duplicate_keys.size() == 1);
}

TEST_CASE("ParseReportJson reports encoding and syntax problems as ParseJson does") {
  CheckSame("");
  CheckSame("   \n");
  CheckSame("\xFF\xFE{\0}");
  CheckSame("{\"name\": \"\xC3\x28\"}");
  CheckSame("title: not json");
  CheckSame(R"({"a": 1,})");
  CheckSame(R"({"a": 1 "b": 2})");
  CheckSame(R"({"a": )");
  CheckSame(R"({"a": 1} trailing)");
  CHECK(Fast(R"({"a": 1,})").errors.size() == 1);
}

TEST_CASE("ParseReportJson copes with deep nesting") {
  // Deep enough that counting members by recursion would overflow the stack
  // (comparing such documents would too, so only the outcome is checked).
  const std::size_t depth = 1000000;
  const Outcome arrays = Fast(std::string(depth, '[') + std::string(depth, ']'));
  CHECK(arrays.parsed.document.has_value());
  CHECK(arrays.errors.empty());
  std::string objects;
  for (std::size_t i = 0; i < depth; ++i) objects += "{\"a\":";
  objects += "{\"b\": 1, \"b\": 2}" + std::string(depth, '}');
  const Outcome repeated = Fast(objects);
  REQUIRE(repeated.parsed.duplicate_keys.size() == 1);
  CHECK(repeated.parsed.duplicate_keys.front().key == "b");
}
