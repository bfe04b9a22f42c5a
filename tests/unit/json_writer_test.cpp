// JsonWriter must write exactly what nlohmann's dump() wrote before it (the
// golden report files and saved preferences depend on it), so most checks here
// compare with nlohmann directly.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "core/text/json_writer.hpp"

using rex::core::AppendJsonString;
using rex::core::JsonWriter;

namespace {

std::string Quoted(std::string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

// What nlohmann writes for the same string, replacing ill-formed UTF-8.
std::string NlohmannQuoted(std::string_view text) {
  return nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// One document with every kind of value, written by hand in nlohmann's key order.
void WriteSample(JsonWriter& json) {
  json.BeginObject();
  json.Member("a", "text");
  json.Member("b", -12);
  json.Member("c", true);
  json.Key("d");
  json.Null();
  json.Key("e");
  json.BeginObject();
  json.EndObject();
  json.Key("f");
  json.BeginArray();
  json.EndArray();
  json.Key("g");
  json.BeginArray();
  json.Int(1);
  json.BeginObject();
  json.Member("h", false);
  json.Key("i");
  json.BeginArray();
  json.String("x");
  json.EndArray();
  json.EndObject();
  json.BeginArray();
  json.EndArray();
  json.EndArray();
  json.EndObject();
}

const nlohmann::json kSample = nlohmann::json::parse(
    R"({"a": "text", "b": -12, "c": true, "d": null, "e": {}, "f": [], "g": [1, {"h": false, "i": ["x"]}, []]})");

}  // namespace

TEST_CASE("JsonWriter lays out a document as nlohmann's dump does") {
  JsonWriter compact;
  WriteSample(compact);
  CHECK(compact.Take() == kSample.dump());

  JsonWriter pretty(2);
  WriteSample(pretty);
  CHECK(pretty.Take() == kSample.dump(2));

  JsonWriter wide(4);
  WriteSample(wide);
  CHECK(wide.Take() == kSample.dump(4));
}

TEST_CASE("JsonWriter writes top-level scalars and empty containers") {
  JsonWriter json(2);
  json.String("alone");
  CHECK(json.Take() == "\"alone\"");
  json.BeginObject();
  json.EndObject();
  CHECK(json.Take() == "{}");
  json.BeginArray();
  json.EndArray();
  CHECK(json.Take() == "[]");
  json.RawNumber("0.5");
  CHECK(json.Take() == "0.5");
}

TEST_CASE("Take leaves the writer empty, ready for a new document") {
  JsonWriter json;
  json.BeginArray();
  json.Int(1);
  json.EndArray();
  CHECK(json.Take() == "[1]");
  CHECK(json.Take().empty());
}

TEST_CASE("a string literal picks the string overload of Member, not the bool one") {
  JsonWriter json;
  json.BeginObject();
  json.Member("k", "v");
  json.EndObject();
  CHECK(json.Take() == R"({"k":"v"})");
}

TEST_CASE("AppendJsonString escapes quotes, backslashes and control characters") {
  CHECK(Quoted("") == "\"\"");
  CHECK(Quoted("plain / text ~ <&>") == "\"plain / text ~ <&>\"");
  CHECK(Quoted("say \"hi\"\\") == R"("say \"hi\"\\")");
  CHECK(Quoted("\b\f\n\r\t") == R"("\b\f\n\r\t")");
  CHECK(Quoted(std::string_view("\0\x01\x1f", 3)) == R"("\u0000\u0001\u001f")");
  CHECK(Quoted("\x7f") == "\"\x7f\"");  // DEL is not a JSON control character
  CHECK(Quoted("é € 😀") == "\"é € 😀\"");
}

TEST_CASE("AppendJsonString replaces ill-formed UTF-8 with U+FFFD where nlohmann does") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(Quoted("\xE2\x28\xA1") == "\"" + fffd + "(" + fffd + "\"");  // the breaking byte starts over
  CHECK(Quoted("ab\xE2\x82") == "\"ab" + fffd + "\"");                // cut short by the end
  CHECK(Quoted("\xC0\xAF") == "\"" + fffd + fffd + "\"");             // overlong
  CHECK(Quoted("\xED\xA0\x80") == "\"" + fffd + fffd + fffd + "\"");  // surrogate
  CHECK(Quoted("\xF4\x90\x80\x80") == "\"" + fffd + fffd + fffd + fffd + "\"");  // above U+10FFFF
  CHECK(Quoted("\xFF") == "\"" + fffd + "\"");
  for (const char* text : {"\xE2\x28\xA1", "ab\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"}) {
    CHECK(Quoted(text) == NlohmannQuoted(text));
  }
}

TEST_CASE("AppendJsonString agrees with nlohmann on random bytes") {
  // Bytes drawn mostly from the interesting ones: lead and continuation bytes,
  // control characters, quotes; the seed makes every run the same.
  const unsigned char interesting[] = {'a', '"', '\\', 0x00, 0x1f, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf,
                                       0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
  std::mt19937 random(20261201);
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 9, '\0');
    for (char& c : text) {
      const unsigned pick = random() % 32;
      c = static_cast<char>(pick < sizeof interesting ? interesting[pick] : random() % 256);
    }
    REQUIRE_MESSAGE(Quoted(text) == NlohmannQuoted(text), "round " << round);
  }
}
