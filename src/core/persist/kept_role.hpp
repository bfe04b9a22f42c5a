#pragma once
// How a role file a person loaded is kept in this browser's storage, under
// RoleFileKey(role id): the file's text exactly as loaded, and the name it was
// loaded from (shown in the list of roles). A small JSON envelope:
//   {"source": "acme-backend.json", "text": "<the role file>"}
#include <optional>
#include <string>
#include <string_view>

namespace rex::core {

struct KeptRole {
  std::string source;
  std::string text;
};

std::string WriteKeptRole(const KeptRole& role);
// nullopt when `stored` is not such an envelope.
std::optional<KeptRole> ReadKeptRole(std::string_view stored);

}  // namespace rex::core
