#pragma once
// Shared machinery for the loader's shape checks: read an object's known
// properties, report unknown and duplicate ones, read arrays, strings, integers
// and kinds — every problem to the sink with a JSON pointer and what was expected.
// Internal to the loader (role_reader.cpp, rating_model_reader.cpp).
#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/role/error_sink.hpp"
#include "core/role/json_parse.hpp"

namespace rex::core::shape {

using Json = nlohmann::json;

std::string Quoted(std::string_view text);
// "expected <what>, found <type>".
std::string Expected(std::string_view what, const Json& value);
// " (did you mean "x"?)" or "".
std::string DidYouMean(std::string_view word, const std::vector<std::string_view>& candidates);
// ^[a-z0-9]+(-[a-z0-9]+)*$, as in the schema.
bool IsKebabId(std::string_view id);

// "a, b, c or d" for messages that list the allowed values.
template <typename Container>
std::string JoinChoices(const Container& choices) {
  std::string joined;
  std::size_t i = 0;
  for (const auto& choice : choices) {
    if (i > 0) joined += (i + 1 == std::size(choices)) ? " or " : ", ";
    joined += std::string(choice);
    ++i;
  }
  return joined;
}

// One property of an object: its name, whether it must be there, how to read it.
struct Field {
  std::string_view name;
  bool required;
  std::function<void(const Json& value, const std::string& at)> read;
};

class ShapeReader {
 public:
  ShapeReader(const std::vector<DuplicateKey>& duplicate_keys, ErrorSink& sink)
      : duplicate_keys_(duplicate_keys), reported_duplicate_(duplicate_keys.size(), false), sink_(sink) {}

  ErrorSink& sink() { return sink_; }

  // Reads `fields` in the order given (later fields may rely on earlier ones).
  // Returns false (after reporting) if `value` is not an object.
  bool ReadObject(const Json& value, const std::string& at, std::string_view what, const std::vector<Field>& fields);
  // For objects whose keys are data (e.g. item id -> level): reports keys the
  // parser saw twice. ReadObject does this itself.
  void ReportDuplicateKeys(const std::string& object_pointer);
  // Duplicates inside values nobody walked (unknown properties, wrong types).
  void ReportRemainingDuplicateKeys();

  // Every element gets a slot, valid or not, so indices match the file's.
  // `empty_message` empty = an empty array is fine.
  template <typename T, typename ReadOne>
  void ReadArray(const Json& value, const std::string& at, std::string_view empty_message, std::vector<T>& out,
                 ReadOne read_one) {
    if (!value.is_array()) {
      sink_.AtPointer(at, Expected("an array", value));
      return;
    }
    if (value.empty() && !empty_message.empty()) sink_.AtPointer(at, std::string(empty_message));
    out.resize(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) read_one(value[i], at + "/" + std::to_string(i), i, out[i]);
  }

  void ReadString(const Json& value, const std::string& at, bool non_empty, std::string& out);
  // JSON Schema counts 3.0 as an integer, so we do too. nullopt (reported) if not
  // an integer or too large to be a sensible count.
  std::optional<int> ReadInteger(const Json& value, const std::string& at);
  // One of kItemKinds; out stays empty (reported) otherwise.
  void ReadKind(const Json& value, const std::string& at, std::string& out);

 private:
  void ReportUnknownProperties(const Json& value, const std::string& at, const std::vector<Field>& fields);

  const std::vector<DuplicateKey>& duplicate_keys_;
  std::vector<bool> reported_duplicate_;
  ErrorSink& sink_;
};

}  // namespace rex::core::shape
