#pragma once
// The first step of ParseReport: report text -> JSON document, with exactly the
// results of the role loader's ParseJson (same errors, same duplicate keys), but
// quicker for the usual case of a well-formed file.
#include <string_view>

#include "core/role/error_sink.hpp"
#include "core/role/json_parse.hpp"

namespace rex::core {

// ParseJson(text, sink, "report"), whose duplicate-key tracking costs about a
// third of an import: a file is parsed plainly first, and only one that is not
// valid UTF-8, not JSON, or that repeats a key goes through ParseJson, which then
// names the problem. Reports at most one error into `sink`.
ParsedJson ParseReportJson(std::string_view text, ErrorSink& sink);

}  // namespace rex::core
