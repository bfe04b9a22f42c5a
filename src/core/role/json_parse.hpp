#pragma once
// First loader stage: bytes -> JSON document. Checks encoding, catches nlohmann's
// exceptions and turns them into file:line:col errors, and notices duplicate
// object keys (JSON parsers keep the last one silently, hiding typos).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/role/error_sink.hpp"

namespace rex::core {

struct DuplicateKey {
  std::string object_pointer;  // JSON pointer of the object holding the key twice
  std::string key;
};

struct ParsedJson {
  std::optional<nlohmann::json> document;  // empty when the text is not JSON
  std::vector<DuplicateKey> duplicate_keys;  // in document order
};

// Reports at most one error (the first syntax problem) into `sink`. `document`
// names what the file should be in messages ("role", "report").
ParsedJson ParseJson(std::string_view text, ErrorSink& sink, std::string_view document = "role");

}  // namespace rex::core
