#include "core/report/report_json.hpp"

#include <exception>
#include <optional>
#include <vector>

#include "core/role/text_position.hpp"

namespace rex::core {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";  // ParseJson skips it too

// How many members the objects of a well-formed JSON text declare: outside
// strings, ':' only ever separates a key from its value.
std::size_t MembersInText(std::string_view text) {
  std::size_t members = 0;
  bool in_string = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (in_string) {
      if (c == '\\') {
        ++at;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == ':') {
      ++members;
    }
  }
  return members;
}

// How many members the objects of a parsed document have. A key given twice
// leaves one member, so fewer than the text declares means a duplicate key.
// A loop, not recursion: a hostile file may nest a million arrays.
std::size_t MembersInDocument(const Json& document) {
  std::size_t members = 0;
  std::vector<const Json*> to_visit{&document};
  while (!to_visit.empty()) {
    const Json& value = *to_visit.back();
    to_visit.pop_back();
    if (value.is_object()) {
      for (const auto& member : value.get_ref<const Json::object_t&>()) {
        ++members;
        if (member.second.is_structured()) to_visit.push_back(&member.second);
      }
    } else if (value.is_array()) {
      for (const Json& element : value.get_ref<const Json::array_t&>()) {
        if (element.is_structured()) to_visit.push_back(&element);
      }
    }
  }
  return members;
}

// The document if `text` is valid UTF-8 and JSON without a repeated key;
// nullopt for anything else, which ParseJson then describes.
std::optional<Json> ParseWellFormed(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  if (FindInvalidUtf8(text)) return std::nullopt;
  try {
    Json document = Json::parse(text.begin(), text.end());
    if (MembersInDocument(document) != MembersInText(text)) return std::nullopt;
    return document;
  } catch (const std::exception&) {
    return std::nullopt;  // a syntax error (or out of memory): ParseJson reports it
  }
}

}  // namespace

ParsedJson ParseReportJson(std::string_view text, ErrorSink& sink) {
  if (std::optional<Json> document = ParseWellFormed(text)) {
    ParsedJson parsed;
    parsed.document = std::move(document);
    return parsed;
  }
  return ParseJson(text, sink, "report");
}

}  // namespace rex::core
