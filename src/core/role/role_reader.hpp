#pragma once
// Second loader stage: JSON document -> Role, checking its shape against
// docs/content-format.md. Every problem goes to the sink with a JSON pointer;
// the returned Role is only meaningful when the sink stayed empty.
#include <vector>

#include <nlohmann/json.hpp>

#include "core/role/error_sink.hpp"
#include "core/role/json_parse.hpp"
#include "core/role/role.hpp"

namespace rex::core {

Role ReadRole(const nlohmann::json& document, const std::vector<DuplicateKey>& duplicate_keys,
              ErrorSink& sink);

}  // namespace rex::core
