#include "core/persist/kept_role.hpp"

#include <nlohmann/json.hpp>

#include "core/text/json_writer.hpp"

namespace rex::core {

std::string WriteKeptRole(const KeptRole& role) {
  JsonWriter out;
  out.BeginObject();
  out.Member("source", role.source);
  out.Member("text", role.text);
  out.EndObject();
  return out.Take();
}

std::optional<KeptRole> ReadKeptRole(std::string_view stored) {
  const nlohmann::json json = nlohmann::json::parse(stored, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  const auto source = json.find("source");
  const auto text = json.find("text");
  if (source == json.end() || !source->is_string() || text == json.end() || !text->is_string()) return std::nullopt;
  return KeptRole{source->get<std::string>(), text->get<std::string>()};
}

}  // namespace rex::core
