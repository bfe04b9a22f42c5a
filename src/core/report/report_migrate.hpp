#pragma once
// Upgrades report documents written by older versions of Role Explorer to the
// current schema, one version step at a time. The history of the format, with
// each version's shape, is in docs/report-format.md.
#include <string>

#include <nlohmann/json.hpp>

#include "core/result.hpp"

namespace rex::core {

// `document` must be an object with an integer "schema_version" from 1 to
// kReportSchemaVersion (ParseReport checks that first). Returns the document in
// the current shape; a current document comes back unchanged. Errors point into
// the document as given ("source#/notes/skill-x"). Never throws.
Result<nlohmann::json> MigrateReport(nlohmann::json document, const std::string& source);

// Where a problem found in the migrated document sits in the file as written in
// `version`: "/ratings/x/level" in the current shape is "/ratings/x" in version 1.
std::string PointerInVersion(int version, const std::string& current_pointer);

}  // namespace rex::core
