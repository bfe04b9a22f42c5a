#include "core/role/json_shape.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/role/role.hpp"
#include "core/role/spelling.hpp"

namespace rex::core::shape {

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string Expected(std::string_view what, const Json& value) {
  return "expected " + std::string(what) + ", found " + value.type_name();
}

std::string DidYouMean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const auto match = ClosestMatch(word, candidates);
  return match ? " (did you mean " + Quoted(*match) + "?)" : "";
}

// Checked by hand because <regex> would add a lot to the wasm size; ids end up
// in URLs and report files.
bool IsKebabId(std::string_view id) {
  bool after_hyphen = true;  // also covers "must not start with a hyphen"
  for (char c : id) {
    if (c == '-') {
      if (after_hyphen) return false;
      after_hyphen = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      after_hyphen = false;
    } else {
      return false;
    }
  }
  return !after_hyphen;
}

bool ShapeReader::ReadObject(const Json& value, const std::string& at, std::string_view what,
                             const std::vector<Field>& fields) {
  if (!value.is_object()) {
    sink_.AtPointer(at, Expected(what, value));
    return false;
  }
  ReportDuplicateKeys(at);
  for (const Field& field : fields) {
    const auto found = value.find(field.name);
    if (found != value.end()) {
      field.read(*found, at + "/" + std::string(field.name));
    } else if (field.required) {
      sink_.AtPointer(at, "missing required property " + Quoted(field.name));
    }
  }
  ReportUnknownProperties(value, at, fields);
  return true;
}

void ShapeReader::ReportUnknownProperties(const Json& value, const std::string& at,
                                          const std::vector<Field>& fields) {
  std::vector<std::string_view> names;
  for (const Field& field : fields) names.push_back(field.name);
  for (const auto& entry : value.items()) {
    const std::string& key = entry.key();
    if (std::find(names.begin(), names.end(), key) != names.end()) continue;
    const std::string hint = DidYouMean(key, names);
    sink_.AtPointer(at + "/" + EscapePointerToken(key),
                    "unknown property " + Quoted(key) +
                        (hint.empty() ? " (allowed: " + JoinChoices(names) + ")" : hint));
  }
}

void ShapeReader::ReportDuplicateKeys(const std::string& object_pointer) {
  for (std::size_t i = 0; i < duplicate_keys_.size(); ++i) {
    const DuplicateKey& duplicate = duplicate_keys_[i];
    if (reported_duplicate_[i] || duplicate.object_pointer != object_pointer) continue;
    reported_duplicate_[i] = true;
    sink_.AtPointer(object_pointer + "/" + EscapePointerToken(duplicate.key),
                    "property " + Quoted(duplicate.key) + " appears twice in this object (only the last would count)");
  }
}

void ShapeReader::ReportRemainingDuplicateKeys() {
  for (std::size_t i = 0; i < duplicate_keys_.size(); ++i) {
    if (!reported_duplicate_[i]) ReportDuplicateKeys(duplicate_keys_[i].object_pointer);
  }
}

void ShapeReader::ReadString(const Json& value, const std::string& at, bool non_empty, std::string& out) {
  if (!value.is_string()) {
    sink_.AtPointer(at, Expected("a string", value));
    return;
  }
  out = value.get<std::string>();
  if (non_empty && out.empty()) sink_.AtPointer(at, "must not be empty");
}

std::optional<int> ShapeReader::ReadInteger(const Json& value, const std::string& at) {
  const bool integral = value.is_number_integer() ||
                        (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>());
  if (!integral) {
    sink_.AtPointer(at, Expected("an integer", value));
    return std::nullopt;
  }
  // Huge values only need to fail the caller's range check, so clamp them.
  const double number = value.get<double>();
  constexpr double kMin = std::numeric_limits<int>::min();
  constexpr double kMax = std::numeric_limits<int>::max();
  return static_cast<int>(std::clamp(number, kMin, kMax));
}

void ShapeReader::ReadKind(const Json& value, const std::string& at, std::string& out) {
  std::string kind;
  ReadString(value, at, true, kind);
  if (kind.empty()) return;
  if (IsKnownKind(kind)) {
    out = kind;
    return;
  }
  const std::vector<std::string_view> kinds(kItemKinds.begin(), kItemKinds.end());
  const std::string hint = DidYouMean(kind, kinds);
  sink_.AtPointer(at, "unknown kind " + Quoted(kind) +
                          (hint.empty() ? " (expected one of: " + JoinChoices(kinds) + ")" : hint));
}

}  // namespace rex::core::shape
