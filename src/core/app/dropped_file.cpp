#include "core/app/dropped_file.hpp"

#include <nlohmann/json.hpp>

#include "core/role/role.hpp"

namespace rex::core {
namespace {

// The value of the top-level "format" member, found without parsing the whole
// file: a role file with a syntax error further down must still count as a role
// file, so the loader can say where the error is.
std::optional<std::string_view> FormatValue(std::string_view text) {
  const std::string_view key = "\"format\"";
  const size_t at = text.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  size_t i = at + key.size();
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  if (i >= text.size() || text[i] != ':') return std::nullopt;
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  if (i >= text.size() || text[i] != '"') return std::nullopt;
  const size_t end = text.find('"', i + 1);
  if (end == std::string_view::npos) return std::nullopt;
  return text.substr(i + 1, end - i - 1);
}

bool EndsWithCsv(std::string_view name) {
  if (name.size() < 4) return false;
  std::string ending(name.substr(name.size() - 4));
  for (char& c : ending) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ending == ".csv";
}

}  // namespace

DroppedKind ClassifyDroppedFile(std::string_view text, std::string_view name) {
  if (EndsWithCsv(name)) return DroppedKind::kCompetencyCsv;
  const std::optional<std::string_view> format = FormatValue(text);
  // "role-explorer/role@2" and later are role files too: the loader names the version it reads.
  const std::string_view role_prefix = kRoleFormat.substr(0, kRoleFormat.find('@') + 1);
  return format && format->substr(0, role_prefix.size()) == role_prefix ? DroppedKind::kRole : DroppedKind::kReport;
}

std::optional<RoleNeeded> RoleNamedByReport(std::string_view text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  const auto role = json.find("role");
  if (role == json.end() || !role->is_object()) return std::nullopt;
  const auto id = role->find("id");
  if (id == role->end() || !id->is_string() || id->get<std::string>().empty()) return std::nullopt;
  const auto title = role->find("title");
  return RoleNeeded{id->get<std::string>(), title != role->end() && title->is_string() ? title->get<std::string>() : ""};
}

}  // namespace rex::core
