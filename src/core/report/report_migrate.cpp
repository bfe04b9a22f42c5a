#include "core/report/report_migrate.hpp"

#include <exception>
#include <vector>

#include "core/report/report_format.hpp"
#include "core/role/error_sink.hpp"
#include "core/role/json_shape.hpp"

namespace rex::core {
namespace {

using shape::Field;
using shape::Json;

// Schema 1 (the first release) stored bare levels and notes in two maps and the
// finished goals as a list; it had no evidence, snapshots, review or redaction.
//   {"format": "role-explorer/report", "schema_version": 1, "role_id": "...",
//    "content_version": "...", "name": "...", "saved_at": "...", "target": "...",
//    "ratings": {"id": 3}, "notes": {"id": "text"}, "done_goals": ["id"]}
class V1Migration {
 public:
  V1Migration(const std::vector<DuplicateKey>& no_duplicates, ErrorSink& sink) : shape_(no_duplicates, sink) {}

  Json Run(const Json& v1) {
    Json role = Json::object();
    Json ratings = Json::object();
    Json goals = Json::object();
    std::string name, saved_at, target;
    shape_.ReadObject(
        v1, "", "a report object",
        {{"format", true, [](const Json&, const std::string&) {}},
         {"schema_version", true, [](const Json&, const std::string&) {}},
         {"role_id", true, [&](const Json& v, const std::string& at) { role["id"] = String(v, at, true); }},
         {"content_version", true,
          [&](const Json& v, const std::string& at) { role["content_version"] = String(v, at, true); }},
         {"name", false, [&](const Json& v, const std::string& at) { name = String(v, at, false); }},
         {"saved_at", false, [&](const Json& v, const std::string& at) { saved_at = String(v, at, true); }},
         {"target", true, [&](const Json& v, const std::string& at) { target = String(v, at, true); }},
         {"ratings", true, [&](const Json& v, const std::string& at) { ReadLevels(v, at, ratings); }},
         {"notes", false, [&](const Json& v, const std::string& at) { ReadNotes(v, at, ratings); }},
         {"done_goals", false, [&](const Json& v, const std::string& at) { ReadDoneGoals(v, at, goals); }}});

    Json v2 = Json::object();
    v2["format"] = kReportFormat;
    v2["schema_version"] = 2;
    v2["redacted"] = false;
    v2["role"] = role;
    if (!name.empty()) v2["person"] = Json{{"name", name}};
    if (!saved_at.empty()) v2["updated_at"] = saved_at;
    v2["target"] = target;
    v2["ratings"] = ratings;
    v2["goals"] = goals;
    v2["snapshots"] = Json::array();
    return v2;
  }

 private:
  std::string String(const Json& value, const std::string& at, bool non_empty) {
    std::string out;
    shape_.ReadString(value, at, non_empty, out);
    return out;
  }

  void ReadLevels(const Json& value, const std::string& at, Json& ratings) {
    if (!value.is_object()) {
      shape_.sink().AtPointer(at, shape::Expected("an object of item id -> level", value));
      return;
    }
    for (const auto& entry : value.items()) {
      const std::string entry_at = at + "/" + EscapePointerToken(entry.key());
      // The range is checked against the role's scale after migration.
      if (const auto level = shape_.ReadInteger(entry.value(), entry_at)) ratings[entry.key()]["level"] = *level;
    }
  }

  void ReadNotes(const Json& value, const std::string& at, Json& ratings) {
    if (!value.is_object()) {
      shape_.sink().AtPointer(at, shape::Expected("an object of item id -> note", value));
      return;
    }
    for (const auto& entry : value.items()) {
      const std::string note = String(entry.value(), at + "/" + EscapePointerToken(entry.key()), false);
      if (note.empty()) continue;
      Json& rating = ratings[entry.key()];
      if (!rating.contains("level")) rating["level"] = nullptr;  // a note on an item not rated yet
      rating["note"] = note;
    }
  }

  void ReadDoneGoals(const Json& value, const std::string& at, Json& goals) {
    std::vector<std::string> ids;
    shape_.ReadArray(value, at, "", ids, [&](const Json& e, const std::string& e_at, std::size_t, std::string& id) {
      shape_.ReadString(e, e_at, true, id);
    });
    for (const std::string& id : ids) {
      if (!id.empty()) goals[id] = true;
    }
  }

  shape::ShapeReader shape_;
};

std::vector<std::string> Split(const std::string& pointer) {
  std::vector<std::string> parts;
  std::size_t start = 1;
  while (start <= pointer.size()) {
    const std::size_t slash = pointer.find('/', start);
    const std::size_t end = slash == std::string::npos ? pointer.size() : slash;
    parts.push_back(pointer.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string V1Pointer(const std::string& pointer) {
  if (pointer.empty() || pointer[0] != '/') return pointer;
  const std::vector<std::string> p = Split(pointer);
  if (p[0] == "role" && p.size() >= 2) return p[1] == "id" ? "/role_id" : "/content_version";
  if (p[0] == "person") return "/name";
  if (p[0] == "updated_at") return "/saved_at";
  if (p[0] == "ratings" && p.size() >= 3 && p[2] == "note") return "/notes/" + p[1];
  if (p[0] == "ratings" && p.size() >= 2) return "/ratings/" + p[1];
  if (p[0] == "goals") return "/done_goals";
  return pointer;
}

}  // namespace

std::string PointerInVersion(int version, const std::string& current_pointer) {
  return version == 1 ? V1Pointer(current_pointer) : current_pointer;
}

Result<nlohmann::json> MigrateReport(nlohmann::json document, const std::string& source) {
  try {
    const auto version = document.find("schema_version");
    if (!document.is_object() || version == document.end() || !version->is_number_integer()) {
      return Error{source, "not a report document with an integer \"schema_version\""};
    }
    const auto number = version->get<long long>();
    if (number < 1 || number > kReportSchemaVersion) {
      return Error{source + "#/schema_version", "cannot migrate from schema " + std::to_string(number)};
    }
    if (number == 1) {
      ErrorSink sink(source);
      const std::vector<DuplicateKey> no_duplicates;  // the caller refuses files with duplicate keys
      document = V1Migration(no_duplicates, sink).Run(document);
      std::vector<Error> errors = sink.Take();
      if (!errors.empty()) return std::move(errors.front());
    }
    return document;
  } catch (const std::exception& error) {
    return Error{source, std::string("could not upgrade the report: ") + error.what()};
  }
}

}  // namespace rex::core
