#include "core/role/role_loader.hpp"

#include <exception>

#include "core/role/error_sink.hpp"
#include "core/role/json_parse.hpp"
#include "core/role/role_reader.hpp"

namespace rex::core {
namespace {

RoleLoadResult LoadRoleUnguarded(std::string_view json_text, const std::string& source_name) {
  ErrorSink sink(source_name);
  ParsedJson parsed = ParseJson(json_text, sink);
  RoleLoadResult result;
  if (parsed.document) {
    Role role = ReadRole(*parsed.document, parsed.duplicate_keys, sink);
    if (sink.size() == 0) {
      role.BuildIndex();
      result.role = std::move(role);
    }
  }
  result.errors = sink.Take();
  return result;
}

}  // namespace

RoleLoadResult LoadRole(std::string_view json_text, const std::string& source_name) {
  // The stages catch what they expect; this is the last line for anything else
  // (e.g. out of memory), because no exception may leave the core.
  try {
    return LoadRoleUnguarded(json_text, source_name);
  } catch (const std::exception& error) {
    RoleLoadResult result;
    result.errors.push_back(Error{source_name, std::string("could not load role: ") + error.what()});
    return result;
  }
}

}  // namespace rex::core
