#pragma once
// Writes JSON text straight into one string, in the order the calls come. The
// bytes are exactly what nlohmann's dump(indent, ' ', false,
// error_handler_t::replace) writes for the same document, so files written before
// this class existed stay byte-identical (tests/fixtures/reports/golden/).
//
// Why not an nlohmann::ordered_json DOM and dump(): building the tree only to
// print it was most of the cost of an export, and ordered_json is a second full
// nlohmann instantiation in the wasm next to nlohmann::json, which the readers need.
//
//   JsonWriter json(2);
//   json.BeginObject();
//   json.Member("format", "role-explorer/report");
//   json.Key("levels");
//   json.BeginObject();
//   ...
//   json.EndObject();
//   std::string text = json.Take();
#include <string>
#include <string_view>
#include <vector>

namespace rex::core {

class JsonWriter {
 public:
  // `indent` < 0: compact ({"a":1,"b":[2]}); otherwise one member or element per
  // line, `indent` spaces per level ({"a": 1}), empty containers as {} and [].
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // Names the object member whose value the next call writes.
  void Key(std::string_view key);
  void String(std::string_view text);
  void Int(long long number);
  void Bool(bool value);
  void Null();
  // A number that is already JSON text (floats: nlohmann's shortest round-trip
  // digits are what older files hold, so callers format them with nlohmann).
  void RawNumber(std::string_view json_number);

  // Key(key) followed by the value.
  void Member(std::string_view key, std::string_view text);
  // Without this overload a string literal would pick Member(key, bool).
  void Member(std::string_view key, const char* text) { Member(key, std::string_view(text)); }
  void Member(std::string_view key, int number);
  void Member(std::string_view key, bool value);

  // The text written so far; the writer is empty afterwards.
  std::string Take();

 private:
  // Comma, line break and indentation before an array element or an object key.
  void BeginElement();
  // Before any value: an element of the open array, or the value after a Key.
  void BeginValue();
  void Close(char bracket);
  void LineBreak(std::size_t depth);

  std::string out_;
  int indent_;
  std::vector<bool> has_elements_;  // one per open object or array, innermost last
  bool after_key_ = false;
};

// Appends `text` as a JSON string literal, quotes included: '"', '\\' and control
// characters escaped (\n, \t, ... or \u001f), other characters as they are, and
// each ill-formed UTF-8 sequence replaced by U+FFFD exactly where nlohmann's
// error_handler_t::replace puts it, so that writing never fails.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace rex::core
