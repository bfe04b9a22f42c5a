// ParseReport and CheckReportSize (report_format.hpp): bytes -> JSON (with the
// role loader's encoding and syntax checks) -> format and version -> migration ->
// shape and meaning of the current schema. The first problem found is returned.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <utility>

#include "core/assessment/snapshot_ids.hpp"
#include "core/report/report_format.hpp"
#include "core/report/report_json.hpp"
#include "core/report/report_migrate.hpp"
#include "core/text/byte_size.hpp"
#include "core/role/error_sink.hpp"
#include "core/role/json_parse.hpp"
#include "core/role/json_shape.hpp"

namespace rex::core {
namespace {

using shape::DidYouMean;
using shape::Expected;
using shape::Field;
using shape::JoinChoices;
using shape::Json;
using shape::Quoted;

constexpr std::string_view kRoleFormatPrefix = "role-explorer/role";
// A role's scale has at most 10 levels (core/role/rating_model_reader.cpp).
constexpr int kLargestAnyScale = 9;

bool IsDigits(std::string_view text, std::size_t from, std::size_t count) {
  if (from + count > text.size()) return false;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

// YYYY-MM-DD, optionally followed by THH:MM[:SS[.fraction]][Z|+HH:MM|-HH:MM];
// the same pattern as "timestamp" in report.schema.json. Checked by hand: <regex>
// is large in wasm.
bool IsTimestamp(std::string_view t) {
  if (!(IsDigits(t, 0, 4) && t.size() >= 10 && t[4] == '-' && IsDigits(t, 5, 2) && t[7] == '-' && IsDigits(t, 8, 2))) {
    return false;
  }
  std::size_t at = 10;
  if (at == t.size()) return true;
  if (t[at] != 'T' || !IsDigits(t, at + 1, 2) || at + 3 >= t.size() || t[at + 3] != ':' || !IsDigits(t, at + 4, 2)) {
    return false;
  }
  at += 6;
  if (at < t.size() && t[at] == ':') {
    if (!IsDigits(t, at + 1, 2)) return false;
    at += 3;
    if (at < t.size() && t[at] == '.') {
      std::size_t digits = 0;
      while (at + 1 + digits < t.size() && IsDigits(t, at + 1 + digits, 1)) ++digits;
      if (digits < 1 || digits > 9) return false;
      at += 1 + digits;
    }
  }
  if (at == t.size()) return true;
  if (t[at] == 'Z') return at + 1 == t.size();
  return (t[at] == '+' || t[at] == '-') && at + 6 == t.size() && IsDigits(t, at + 1, 2) && t[at + 3] == ':' &&
         IsDigits(t, at + 4, 2);
}

// The JSON pointer of a value, spelt out only when a message needs it: a report
// with 50 snapshots has thousands of map entries, and nearly all of them are fine.
class LazyPointer {
 public:
  // A pointer already spelt out (implicit, so such callers need not wrap it).
  LazyPointer(const std::string& pointer) : base_(pointer) {}  // NOLINT(google-explicit-constructor)
  // The entry `key` of the object at `object_pointer`.
  LazyPointer(const std::string& object_pointer, const std::string& key) : base_(object_pointer), key_(&key) {}

  std::string str() const { return key_ ? base_ + "/" + EscapePointerToken(*key_) : base_; }

 private:
  const std::string& base_;
  const std::string* key_ = nullptr;
};

// Map entries are read in id order (JSON objects here are sorted maps, as are
// the assessment's), so each one belongs at the end and the hint makes that O(1).
template <typename Map, typename Value>
void PutLast(Map& map, const std::string& id, Value&& value) {
  map.insert_or_assign(map.end(), id, std::forward<Value>(value));
}

std::string List(const std::vector<std::string_view>& words) {
  std::string list;
  for (std::string_view word : words) list += (list.empty() ? "" : ", ") + std::string(word);
  return list;
}

// Reads a current-schema document into an ImportedReport. Like the role reader it
// reports into a sink and keeps going; ParseReport returns the first error.
class ReportReader {
 public:
  ReportReader(const std::vector<const Role*>& roles, ErrorSink& sink)
      : roles_(roles), shape_(no_duplicates_, sink), sink_(sink) {}

  ImportedReport Read(const Json& document);

 private:
  void ReadRole(const Json& value, const std::string& at);
  void ReadTarget(const Json& value, const std::string& at);
  void ReadRatings(const Json& value, const std::string& at);
  void ReadRating(const Json& value, const std::string& at, Rating& out);
  void ReadEvidence(const Json& value, const std::string& at, Evidence& out);
  void ReadGoals(const Json& value, const std::string& at, std::map<std::string, bool>& current,
                 std::map<std::string, bool>* orphaned);
  void ReadSnapshot(const Json& value, const std::string& at, Snapshot& out);
  void ReadReview(const Json& value, const std::string& at);
  void ReadUnknownItems(const Json& value, const std::string& at);

  std::optional<int> ReadLevel(const Json& value, const LazyPointer& at, bool allow_null);
  std::optional<bool> ReadBool(const Json& value, const LazyPointer& at);
  // "0..4": the scale of the report's role, for messages.
  std::string ScaleText() const;
  int ReadCounter(const Json& value, const std::string& at);
  void ReadTimestamp(const Json& value, const std::string& at, std::string& out);
  std::string ReadString(const Json& value, const std::string& at, bool non_empty) {
    std::string out;
    shape_.ReadString(value, at, non_empty, out);
    return out;
  }
  // Calls read(key, value, LazyPointer) for each entry; false (reported) if not an object.
  template <typename ReadEntry>
  bool ForEachEntry(const Json& value, const std::string& at, std::string_view what, ReadEntry read);
  // Whether `id` is an item of the kind this map is for in the current role.
  bool IsCurrent(const std::string& id, bool checklist) const;

  const std::vector<const Role*>& roles_;
  const std::vector<DuplicateKey> no_duplicates_;  // ParseReport refuses duplicate keys before reading
  shape::ShapeReader shape_;
  ErrorSink& sink_;
  const Role* role_ = nullptr;
  ImportedReport out_;
};

ImportedReport ReportReader::Read(const Json& document) {
  Assessment& a = out_.assessment;
  // "role" comes first: every later check needs to know which role this is.
  shape_.ReadObject(
      document, "", "a report object",
      {{"format", true, [](const Json&, const std::string&) {}},
       {"schema_version", true, [](const Json&, const std::string&) {}},
       {"app", false,
        [&](const Json& v, const std::string& at) {
          shape_.ReadObject(v, at, "an app object ({\"name\", \"version\"})",
                            {{"name", true, [&](const Json& n, const std::string& n_at) { out_.app.name = ReadString(n, n_at, true); }},
                             {"version", true, [&](const Json& n, const std::string& n_at) {
                                out_.app.version = ReadString(n, n_at, true);
                              }}});
        }},
       {"role", true, [&](const Json& v, const std::string& at) { ReadRole(v, at); }},
       {"redacted", true,
        [&](const Json& v, const std::string& at) { out_.redacted = ReadBool(v, at).value_or(false); }},
       {"person", false,
        [&](const Json& v, const std::string& at) {
          shape_.ReadObject(v, at, "a person object ({\"name\": ...})",
                            {{"name", true, [&](const Json& n, const std::string& n_at) {
                                a.person_name = ReadString(n, n_at, false);
                              }}});
        }},
       {"created_at", false, [&](const Json& v, const std::string& at) { ReadTimestamp(v, at, a.created_at); }},
       {"updated_at", false, [&](const Json& v, const std::string& at) { ReadTimestamp(v, at, a.updated_at); }},
       {"exported_at", false, [&](const Json& v, const std::string& at) { ReadTimestamp(v, at, out_.exported_at); }},
       {"target", true, [&](const Json& v, const std::string& at) { ReadTarget(v, at); }},
       {"ratings", true, [&](const Json& v, const std::string& at) { ReadRatings(v, at); }},
       {"goals", false,
        [&](const Json& v, const std::string& at) { ReadGoals(v, at, a.goals_done, &a.orphaned.goals_done); }},
       {"snapshots", false,
        [&](const Json& v, const std::string& at) {
          shape_.ReadArray(v, at, "", a.snapshots, [&](const Json& e, const std::string& e_at, std::size_t, Snapshot& s) {
            ReadSnapshot(e, e_at, s);
          });
        }},
       {"review", false, [&](const Json& v, const std::string& at) { ReadReview(v, at); }},
       {"last_snapshot_number", false,
        [&](const Json& v, const std::string& at) { a.last_snapshot_number = ReadCounter(v, at); }},
       {"unknown_items", false, [&](const Json& v, const std::string& at) { ReadUnknownItems(v, at); }}});
  // A file may lack the counter (older versions) or understate it (hand edits):
  // it is never below what the ids themselves show.
  a.last_snapshot_number = std::max(a.last_snapshot_number, SnapshotNumberFloor(a.snapshots));
  return std::move(out_);
}

void ReportReader::ReadRole(const Json& value, const std::string& at) {
  Assessment& a = out_.assessment;
  shape_.ReadObject(
      value, at, "a role object ({\"id\", \"content_version\", \"title\"})",
      {{"id", true,
        [&](const Json& v, const std::string& v_at) {
          a.role_id = ReadString(v, v_at, true);
          if (a.role_id.empty()) return;
          const auto found = std::find_if(roles_.begin(), roles_.end(),
                                          [&](const Role* role) { return role && role->id == a.role_id; });
          if (found != roles_.end()) {
            role_ = *found;
            return;
          }
          std::vector<std::string_view> known;
          for (const Role* role : roles_) {
            if (role) known.push_back(role->id);
          }
          const std::string hint = DidYouMean(a.role_id, known);
          sink_.AtPointer(v_at, "this report is for the role " + Quoted(a.role_id) +
                                    ", which this version of Role Explorer does not have" +
                                    (hint.empty() ? " (known roles: " + List(known) + ")" : hint));
        }},
       {"content_version", true,
        [&](const Json& v, const std::string& v_at) { a.content_version = ReadString(v, v_at, true); }},
       {"title", false, [&](const Json& v, const std::string& v_at) { ReadString(v, v_at, false); }}});
}

void ReportReader::ReadTarget(const Json& value, const std::string& at) {
  std::string& target = out_.assessment.target;
  target = ReadString(value, at, true);
  if (target.empty() || !role_ || role_->rating_model.FindTarget(target)) return;
  std::vector<std::string_view> ids;
  for (const TargetProfile& profile : role_->rating_model.targets) ids.push_back(profile.id);
  const std::string hint = DidYouMean(target, ids);
  sink_.AtPointer(at, "unknown target " + Quoted(target) + " for role " + Quoted(role_->id) +
                          (hint.empty() ? " (expected " + JoinChoices(ids) + ")" : hint));
}

template <typename ReadEntry>
bool ReportReader::ForEachEntry(const Json& value, const std::string& at, std::string_view what, ReadEntry read) {
  if (!value.is_object()) {
    sink_.AtPointer(at, Expected(what, value));
    return false;
  }
  for (const auto& [key, entry] : value.get_ref<const Json::object_t&>()) {
    if (key.empty()) {
      sink_.AtPointer(at + "/", "an item id must not be empty");
      continue;
    }
    read(key, entry, LazyPointer(at, key));
  }
  return true;
}

bool ReportReader::IsCurrent(const std::string& id, bool checklist) const {
  const Item* item = role_ ? role_->FindItem(id) : nullptr;
  if (!item) return false;
  return checklist ? role_->rating_model.IsChecklist(*item) : role_->rating_model.IsRated(*item);
}

void ReportReader::ReadRatings(const Json& value, const std::string& at) {
  Assessment& a = out_.assessment;
  ForEachEntry(value, at, "an object of item id -> rating", [&](const std::string& id, const Json& v, const LazyPointer& v_at) {
    Rating rating;
    ReadRating(v, v_at.str(), rating);
    PutLast(IsCurrent(id, false) ? a.ratings : a.orphaned.ratings, id, std::move(rating));
  });
}

void ReportReader::ReadRating(const Json& value, const std::string& at, Rating& out) {
  shape_.ReadObject(
      value, at, "a rating object ({\"level\": 0..4 or null, \"note\", \"evidence\"})",
      {{"level", true, [&](const Json& v, const std::string& v_at) { out.level = ReadLevel(v, v_at, true); }},
       {"note", false, [&](const Json& v, const std::string& v_at) { out.note = ReadString(v, v_at, false); }},
       {"evidence", false, [&](const Json& v, const std::string& v_at) {
          shape_.ReadArray(v, v_at, "", out.evidence,
                           [&](const Json& e, const std::string& e_at, std::size_t, Evidence& evidence) {
                             ReadEvidence(e, e_at, evidence);
                           });
        }}});
}

void ReportReader::ReadEvidence(const Json& value, const std::string& at, Evidence& out) {
  shape_.ReadObject(
      value, at, "an evidence object ({\"what\", \"link\", \"date\"})",
      {{"what", true, [&](const Json& v, const std::string& v_at) { out.what = ReadString(v, v_at, true); }},
       {"link", false, [&](const Json& v, const std::string& v_at) { out.link = ReadString(v, v_at, false); }},
       {"date", false, [&](const Json& v, const std::string& v_at) { out.date = ReadString(v, v_at, false); }}});
}

void ReportReader::ReadGoals(const Json& value, const std::string& at, std::map<std::string, bool>& current,
                             std::map<std::string, bool>* orphaned) {
  ForEachEntry(value, at, "an object of goal id -> true or false",
               [&](const std::string& id, const Json& v, const LazyPointer& v_at) {
                 const auto done = ReadBool(v, v_at);
                 if (!done) return;
                 PutLast(orphaned && !IsCurrent(id, true) ? *orphaned : current, id, *done);
               });
}

void ReportReader::ReadSnapshot(const Json& value, const std::string& at, Snapshot& out) {
  // Snapshots are history: they keep the ids the role had when they were taken,
  // so their entries are never sorted into current and orphaned. A repeated
  // snapshot id is repaired after reading (RepairSnapshotIds), not refused:
  // versions before 1.1 could write one.
  shape_.ReadObject(
      value, at, "a snapshot object ({\"id\", \"taken_at\", \"levels\", ...})",
      {{"id", true, [&](const Json& v, const std::string& v_at) { out.id = ReadString(v, v_at, true); }},
       {"label", false, [&](const Json& v, const std::string& v_at) { out.label = ReadString(v, v_at, false); }},
       {"taken_at", true, [&](const Json& v, const std::string& v_at) { ReadTimestamp(v, v_at, out.taken_at); }},
       {"target", false, [&](const Json& v, const std::string& v_at) { out.target = ReadString(v, v_at, false); }},
       {"levels", true,
        [&](const Json& v, const std::string& v_at) {
          ForEachEntry(v, v_at, "an object of item id -> level",
                       [&](const std::string& id, const Json& l, const LazyPointer& l_at) {
                         if (const auto level = ReadLevel(l, l_at, false)) PutLast(out.levels, id, *level);
                       });
        }},
       {"goals", false, [&](const Json& v, const std::string& v_at) { ReadGoals(v, v_at, out.goals_done, nullptr); }}});
}

void ReportReader::ReadReview(const Json& value, const std::string& at) {
  Assessment& a = out_.assessment;
  shape_.ReadObject(
      value, at, "a review object ({\"reviewer\", \"summary\", \"entries\"})",
      {{"reviewer", false,
        [&](const Json& v, const std::string& v_at) { a.review.reviewer = ReadString(v, v_at, false); }},
       {"summary", false, [&](const Json& v, const std::string& v_at) { a.review.summary = ReadString(v, v_at, false); }},
       {"entries", false, [&](const Json& v, const std::string& v_at) {
          ForEachEntry(v, v_at, "an object of item id -> review entry",
                       [&](const std::string& id, const Json& e, const LazyPointer& e_pointer) {
                         ReviewEntry entry;
                         shape_.ReadObject(
                             e, e_pointer.str(), "a review entry object ({\"level\": 0..4 or null, \"comment\"})",
                             {{"level", true,
                               [&](const Json& l, const std::string& l_at) { entry.level = ReadLevel(l, l_at, true); }},
                              {"comment", false, [&](const Json& c, const std::string& c_at) {
                                 entry.comment = ReadString(c, c_at, false);
                               }}});
                         PutLast(IsCurrent(id, false) ? a.review.entries : a.orphaned.review_entries, id,
                                 std::move(entry));
                       });
        }}});
}

// Informational only (the exporting app's view); what counts is what the role
// has now, worked out while reading. Its shape is still checked.
void ReportReader::ReadUnknownItems(const Json& value, const std::string& at) {
  std::vector<std::string> ids;
  shape_.ReadArray(value, at, "", ids, [&](const Json& e, const std::string& e_at, std::size_t, std::string& id) {
    shape_.ReadString(e, e_at, true, id);
  });
}

std::string ReportReader::ScaleText() const {
  return "0.." + std::to_string(role_ ? role_->rating_model.MaxLevel() : 0);
}

std::optional<int> ReportReader::ReadLevel(const Json& value, const LazyPointer& at, bool allow_null) {
  if (value.is_null() && allow_null) return std::nullopt;
  const bool integral = value.is_number_integer() ||
                        (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>());
  if (!integral) {
    const std::string scale = ScaleText();
    sink_.AtPointer(at.str(),
                    Expected(allow_null ? "a level " + scale + " or null (not rated)" : "a level " + scale, value));
    return std::nullopt;
  }
  const double level = value.get<double>();
  if (role_ && (level < 0 || level > role_->rating_model.MaxLevel())) {
    sink_.AtPointer(at.str(), "level " + value.dump() + " is outside the scale of " + Quoted(role_->id) +
                                  " (expected " + ScaleText() + ")");
    return std::nullopt;
  }
  // Without the role (unknown role id) the scale is unknown, but no scale goes
  // beyond 0..9; anything outside is refused before it is turned into an int
  // (1e43 once was: a fuzzer found it).
  if (!role_ && (level < 0 || level > kLargestAnyScale)) {
    sink_.AtPointer(at.str(), "level " + value.dump() + " is outside every scale (levels are 0.." +
                            std::to_string(kLargestAnyScale) + ")");
    return std::nullopt;
  }
  return static_cast<int>(level);
}

int ReportReader::ReadCounter(const Json& value, const std::string& at) {
  if (value.is_number_unsigned() && value.get<std::uint64_t>() <= static_cast<std::uint64_t>(kMaxSnapshotNumber)) {
    return value.get<int>();
  }
  sink_.AtPointer(at, Expected("a whole number 0.." + std::to_string(kMaxSnapshotNumber), value));
  return 0;
}

std::optional<bool> ReportReader::ReadBool(const Json& value, const LazyPointer& at) {
  if (value.is_boolean()) return value.get<bool>();
  sink_.AtPointer(at.str(), Expected("true or false", value));
  return std::nullopt;
}

void ReportReader::ReadTimestamp(const Json& value, const std::string& at, std::string& out) {
  const std::string text = ReadString(value, at, true);
  if (text.empty()) return;
  if (!IsTimestamp(text)) {
    sink_.AtPointer(at, Quoted(text) + " is not an ISO-8601 date and time (e.g. \"2026-05-01T09:30:00Z\")");
    return;
  }
  out = text;
}

// Format and version decide how (and whether) to read the rest.
std::optional<Error> CheckFormatAndVersion(const Json& document, const std::string& source, int& version) {
  if (!document.is_object()) return Error{source, Expected("a JSON object describing a report", document)};
  const auto format = document.find("format");
  if (format == document.end()) {
    return Error{source, "not a Role Explorer report: missing \"format\": " + Quoted(kReportFormat)};
  }
  if (!format->is_string()) return Error{source + "#/format", Expected("a string", *format)};
  const std::string text = format->get<std::string>();
  if (text.rfind(kRoleFormatPrefix, 0) == 0) {
    return Error{source + "#/format", "this is a role file (format " + Quoted(text) + "), not a report"};
  }
  if (text != kReportFormat) {
    return Error{source + "#/format", "unknown format " + Quoted(text) + " (expected " + Quoted(kReportFormat) + ")"};
  }
  const auto schema_version = document.find("schema_version");
  if (schema_version == document.end()) return Error{source, "missing required property \"schema_version\""};
  if (!schema_version->is_number_integer()) {
    return Error{source + "#/schema_version", Expected("an integer", *schema_version)};
  }
  const long long number = schema_version->get<long long>();
  if (number < 1) {
    return Error{source + "#/schema_version",
                 "schema_version " + std::to_string(number) + " is not valid (versions start at 1)"};
  }
  if (number > kReportSchemaVersion) {
    return Error{source + "#/schema_version", "made by a newer version of Role Explorer (schema " +
                                                  std::to_string(number) + "); this version reads up to " +
                                                  std::to_string(kReportSchemaVersion)};
  }
  version = static_cast<int>(number);
  return std::nullopt;
}

std::vector<std::string> Warnings(const ImportedReport& report, const Role& role) {
  std::vector<std::string> warnings;
  if (report.schema_version < kReportSchemaVersion) {
    warnings.push_back("this report was written in an older format (schema " +
                       std::to_string(report.schema_version) + ") and has been upgraded; export it again to save it " +
                       "in the current format");
  }
  if (report.assessment.content_version != role.content_version) {
    warnings.push_back("this report was made with version " + report.assessment.content_version + " of \"" +
                       role.title + "\"; this app has version " + role.content_version);
  }
  if (!report.unknown_item_ids.empty()) {
    const std::size_t n = report.unknown_item_ids.size();
    std::string list;
    for (std::size_t i = 0; i < n && i < 10; ++i) list += (i ? ", " : "") + report.unknown_item_ids[i];
    if (n > 10) list += ", ...";
    warnings.push_back(std::to_string(n) + (n == 1 ? " item" : " items") + " in this report " +
                       (n == 1 ? "is" : "are") + " not in the current \"" + role.title +
                       "\" content; kept in the report but not shown: " + list);
  }
  return warnings;
}

Result<ImportedReport> ParseUnguarded(std::string_view text, const std::string& source,
                                      const std::vector<const Role*>& roles) {
  if (auto too_big = CheckReportSize(text.size(), source)) return std::move(*too_big);
  ErrorSink sink(source);
  ParsedJson parsed = ParseReportJson(text, sink);
  if (!parsed.document) return sink.Take().front();
  int version = 0;
  if (auto wrong = CheckFormatAndVersion(*parsed.document, source, version)) return std::move(*wrong);
  if (!parsed.duplicate_keys.empty()) {
    const DuplicateKey& first = parsed.duplicate_keys.front();
    return Error{source + "#" + first.object_pointer + "/" + EscapePointerToken(first.key),
                 "property " + Quoted(first.key) + " appears twice in this object (only the last would count)"};
  }
  Result<Json> current = MigrateReport(std::move(*parsed.document), source);
  if (!current) return current.error();

  ImportedReport report = ReportReader(roles, sink).Read(current.value());
  std::vector<Error> errors = sink.Take();
  if (!errors.empty()) {
    Error error = std::move(errors.front());
    const std::string prefix = source + "#";
    if (version != kReportSchemaVersion && error.where.rfind(prefix, 0) == 0) {
      error.where = prefix + PointerInVersion(version, error.where.substr(prefix.size()));
    }
    return error;
  }
  report.schema_version = version;
  report.unknown_item_ids = report.assessment.orphaned.ItemIds();
  report.repairs = RepairSnapshotIds(report.assessment);
  const auto role = std::find_if(roles.begin(), roles.end(),
                                 [&](const Role* r) { return r && r->id == report.assessment.role_id; });
  if (role != roles.end()) report.warnings = Warnings(report, **role);
  return report;
}

}  // namespace

std::optional<Error> CheckReportSize(std::uintmax_t bytes, const std::string& source) {
  if (bytes <= kMaxReportBytes) return std::nullopt;
  return Error{source, "the file is " + ByteSize(bytes) + "; reports are at most " +
                           std::to_string(kMaxReportBytes / (1024 * 1024)) + " MB"};
}

Result<ImportedReport> ParseReport(std::string_view text, const std::string& source,
                                   const std::vector<const Role*>& roles) {
  // The stages catch what they expect; this is the last line for anything else
  // (e.g. out of memory), because no exception may leave the core.
  try {
    return ParseUnguarded(text, source, roles);
  } catch (const std::exception& error) {
    return Error{source, std::string("could not read the report: ") + error.what()};
  }
}

Result<ImportedReport> ParseReport(std::string_view text, const std::string& source, const Role& role) {
  return ParseReport(text, source, std::vector<const Role*>{&role});
}

}  // namespace rex::core
