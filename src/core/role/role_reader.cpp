#include "core/role/role_reader.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/role/json_shape.hpp"
#include "core/role/rating_model_reader.hpp"

namespace rex::core {
namespace {

using shape::Expected;
using shape::Field;
using shape::JoinChoices;
using shape::Json;
using shape::Quoted;

// Largest "emphasis" factor a career path may give an item.
constexpr double kMaxEmphasis = 10;

struct IdUse {
  std::string pointer;
  std::string_view what;  // "section", "group" or "item"
};

// A link can only be checked once every id is known; remember where it was.
struct PendingLink {
  std::size_t error_position;
  std::string pointer;
  std::string target;
};

// An error found only at the end, kept with the place it belongs in the list.
struct LateError {
  std::size_t position;
  std::string pointer;
  std::string message;
};

// Per-level descriptors need the scale and the rated kinds, which the
// "assessment" block after "sections" gives; remember them until then.
struct PendingLevels {
  std::size_t error_position;
  std::string pointer;  // of the "levels" array
  std::string kind;
  std::vector<std::pair<int, std::string>> levels;  // level, pointer of its entry
};

class RoleReader {
 public:
  RoleReader(const std::vector<DuplicateKey>& duplicate_keys, ErrorSink& sink)
      : shape_(duplicate_keys, sink), sink_(sink) {}

  Role Read(const Json& document);

 private:
  bool ReadFormat(const Json& document);
  void ReadSection(const Json& value, const std::string& at, std::size_t index, Section& out);
  void ReadSectionNumber(const Json& value, const std::string& at, std::size_t index, int& out);
  void ReadGroup(const Json& value, const std::string& at, Group& out);
  void ReadItem(const Json& value, const std::string& at, Item& out);
  void ReadFact(const Json& value, const std::string& at, Fact& out);
  void ReadLinks(const Json& value, const std::string& at, const std::string& owner_id,
                 std::vector<std::string>& out);
  void ReadEmphasis(const Json& value, const std::string& at, Item& out);
  void ReadItemLevels(const Json& value, const std::string& at, Item& out);
  void ReadLevelText(const Json& value, const std::string& at, LevelText& out);
  void CheckItemLevels(const RatingModel& model);
  void ResolveLinks();
  void ReportLateErrors();

  // Short forms of the shared shape checks (json_shape.hpp).
  bool ReadObject(const Json& value, const std::string& at, std::string_view what, const std::vector<Field>& fields) {
    return shape_.ReadObject(value, at, what, fields);
  }
  template <typename T, typename ReadOne>
  void ReadArray(const Json& value, const std::string& at, std::string_view empty_message, std::vector<T>& out,
                 ReadOne read_one) {
    shape_.ReadArray(value, at, empty_message, out, read_one);
  }
  void ReadString(const Json& value, const std::string& at, bool non_empty, std::string& out) {
    shape_.ReadString(value, at, non_empty, out);
  }
  void ReadId(const Json& value, const std::string& at, std::string_view what, std::string& out);
  void ReadImportance(const Json& value, const std::string& at, std::optional<Importance>& out);
  void ReadView(const Json& value, const std::string& at, GroupView& out);

  shape::ShapeReader shape_;
  ErrorSink& sink_;
  std::unordered_map<std::string, IdUse> ids_;
  std::unordered_map<std::string, std::string> item_kinds_;  // for the assessment block's overrides
  std::vector<PendingLink> pending_links_;
  std::vector<PendingLevels> pending_levels_;
  std::vector<LateError> late_errors_;
};

Role RoleReader::Read(const Json& document) {
  Role role;
  if (!document.is_object()) {
    sink_.AtSource(Expected("a JSON object describing a role", document));
    return role;
  }
  // Another format is another kind of document: listing its "errors" would only confuse.
  if (!ReadFormat(document)) return role;
  bool assessment_seen = false;
  ReadObject(document, "", "a role object",
             {{"format", true, [](const Json&, const std::string&) {}},
              {"id", true, [&](const Json& v, const std::string& at) { ReadId(v, at, "", role.id); }},
              {"title", true, [&](const Json& v, const std::string& at) { ReadString(v, at, true, role.title); }},
              {"content_version", true,
               [&](const Json& v, const std::string& at) { ReadString(v, at, true, role.content_version); }},
              {"tagline", false, [&](const Json& v, const std::string& at) { ReadString(v, at, false, role.tagline); }},
              {"sections", true, [&](const Json& v, const std::string& at) {
                 ReadArray(v, at, "a role needs at least one section", role.sections,
                           [&](const Json& e, const std::string& e_at, std::size_t i, Section& s) {
                             ReadSection(e, e_at, i, s);
                           });
               }},
              // After "sections": overrides name items, so every item must be known.
              {"assessment", false, [&](const Json& v, const std::string& at) {
                 assessment_seen = true;
                 role.rating_model = ReadRatingModel(v, at, item_kinds_, shape_);
               }}});
  if (!assessment_seen) role.rating_model = DefaultRatingModel();
  ResolveLinks();  // first: an item's links come before its levels, as the fields are read
  CheckItemLevels(role.rating_model);
  ReportLateErrors();
  shape_.ReportRemainingDuplicateKeys();
  return role;
}

bool RoleReader::ReadFormat(const Json& document) {
  const auto format = document.find("format");
  if (format == document.end()) return true;  // reported as missing with the other fields
  if (!format->is_string()) {
    sink_.AtPointer("/format", Expected("a string", *format));
    return true;
  }
  if (format->get<std::string>() == kRoleFormat) return true;
  sink_.AtPointer("/format", "unknown format " + Quoted(format->get<std::string>()) + " (expected " +
                                 Quoted(kRoleFormat) + ")");
  return false;
}

void RoleReader::ReadSection(const Json& value, const std::string& at, std::size_t index, Section& out) {
  ReadObject(value, at, "a section object",
             {{"id", true, [&](const Json& v, const std::string& a) { ReadId(v, a, "section", out.id); }},
              {"number", true, [&](const Json& v, const std::string& a) { ReadSectionNumber(v, a, index, out.number); }},
              {"title", true, [&](const Json& v, const std::string& a) { ReadString(v, a, true, out.title); }},
              {"intro", false, [&](const Json& v, const std::string& a) { ReadString(v, a, false, out.intro); }},
              {"groups", true, [&](const Json& v, const std::string& a) {
                 ReadArray(v, a, "a section needs at least one group", out.groups,
                           [&](const Json& e, const std::string& e_at, std::size_t, Group& g) { ReadGroup(e, e_at, g); });
               }}});
}

void RoleReader::ReadSectionNumber(const Json& value, const std::string& at, std::size_t index, int& out) {
  const auto number = shape_.ReadInteger(value, at);
  if (!number) return;
  if (*number != static_cast<int>(index + 1)) {
    sink_.AtPointer(at, "section number " + value.dump() + " is out of order (expected " +
                            std::to_string(index + 1) + ": sections are numbered 1..N in order)");
    return;
  }
  out = *number;
}

void RoleReader::ReadGroup(const Json& value, const std::string& at, Group& out) {
  ReadObject(value, at, "a group object",
             {{"id", true, [&](const Json& v, const std::string& a) { ReadId(v, a, "group", out.id); }},
              {"title", true, [&](const Json& v, const std::string& a) { ReadString(v, a, true, out.title); }},
              {"view", false, [&](const Json& v, const std::string& a) { ReadView(v, a, out.view); }},
              {"intro", false, [&](const Json& v, const std::string& a) { ReadString(v, a, false, out.intro); }},
              {"items", true, [&](const Json& v, const std::string& a) {
                 ReadArray(v, a, "a group needs at least one item", out.items,
                           [&](const Json& e, const std::string& e_at, std::size_t, Item& item) { ReadItem(e, e_at, item); });
               }}});
}

void RoleReader::ReadItem(const Json& value, const std::string& at, Item& out) {
  auto text = [this](bool non_empty, std::string& field) {
    std::string* target = &field;
    return [this, target, non_empty](const Json& v, const std::string& a) { ReadString(v, a, non_empty, *target); };
  };
  ReadObject(value, at, "an item object",
             {{"id", true, [&](const Json& v, const std::string& a) { ReadId(v, a, "item", out.id); }},
              {"kind", true, [&](const Json& v, const std::string& a) { shape_.ReadKind(v, a, out.kind); }},
              {"name", true, text(true, out.name)},
              {"text", false, text(false, out.text)},
              {"facts", false, [&](const Json& v, const std::string& a) {
                 ReadArray(v, a, /*empty_message=*/"", out.facts,  // no facts is fine
                           [&](const Json& e, const std::string& e_at, std::size_t, Fact& f) { ReadFact(e, e_at, f); });
               }},
              {"importance", false, [&](const Json& v, const std::string& a) { ReadImportance(v, a, out.importance); }},
              {"importance_note", false, text(false, out.importance_note)},
              {"bar", false, text(false, out.bar)},
              {"links", false, [&](const Json& v, const std::string& a) { ReadLinks(v, a, out.id, out.links); }},
              {"emphasis", false, [&](const Json& v, const std::string& a) { ReadEmphasis(v, a, out); }},
              {"levels", false, [&](const Json& v, const std::string& a) { ReadItemLevels(v, a, out); }}});
  if (!out.id.empty() && !out.kind.empty()) item_kinds_.emplace(out.id, out.kind);
}

void RoleReader::ReadFact(const Json& value, const std::string& at, Fact& out) {
  ReadObject(value, at, "a fact object ({\"label\": ..., \"value\": ...})",
             {{"label", true, [&](const Json& v, const std::string& a) { ReadString(v, a, true, out.label); }},
              {"value", true, [&](const Json& v, const std::string& a) { ReadString(v, a, false, out.value); }}});
}

void RoleReader::ReadLinks(const Json& value, const std::string& at, const std::string& owner_id,
                           std::vector<std::string>& out) {
  if (!value.is_array()) {
    sink_.AtPointer(at, Expected("an array of item ids", value));
    return;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string link_at = at + "/" + std::to_string(i);
    std::string target;
    ReadString(value[i], link_at, true, target);
    if (target.empty()) continue;
    if (std::find(out.begin(), out.end(), target) != out.end()) {
      sink_.AtPointer(link_at, "link " + Quoted(target) + " is listed twice");
    } else if (!owner_id.empty() && target == owner_id) {
      sink_.AtPointer(link_at, "item links to itself");
    } else {
      pending_links_.push_back(PendingLink{sink_.size(), link_at, target});
    }
    out.push_back(target);
  }
}

// "emphasis": {"item-id": factor, ...} on career_role items (docs/content-format.md,
// "Career paths"). Ids are checked with the links, once every id is known.
void RoleReader::ReadEmphasis(const Json& value, const std::string& at, Item& out) {
  if (!out.kind.empty() && out.kind != "career_role") {
    sink_.AtPointer(at, "emphasis is only read on career_role items (this item is a " + out.kind + ")");
    return;
  }
  if (!value.is_object()) {
    sink_.AtPointer(at, Expected("an object of item id -> factor", value));
    return;
  }
  shape_.ReportDuplicateKeys(at);
  for (const auto& [id, factor] : value.items()) {
    std::string escaped;  // JSON pointer: ~ -> ~0, / -> ~1
    for (const char c : id) escaped += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    const std::string entry_at = at + "/" + escaped;
    if (!factor.is_number() || !(factor.get<double>() > 0) || factor.get<double>() > kMaxEmphasis) {
      sink_.AtPointer(entry_at, "emphasis must be a number above 0 and at most " +
                                    std::to_string(static_cast<int>(kMaxEmphasis)) + ", found " + factor.dump());
      continue;
    }
    if (!out.id.empty() && id == out.id) {
      sink_.AtPointer(entry_at, "item gives emphasis to itself");
      continue;
    }
    pending_links_.push_back(PendingLink{sink_.size(), entry_at, id});
    out.emphasis[id] = factor.get<double>();
  }
}

// "levels": [{"level": 1, "text": "..."}, ...] (docs/content-format.md, "Item").
// The shape is checked here; the scale and the kind once the assessment is read.
void RoleReader::ReadItemLevels(const Json& value, const std::string& at, Item& out) {
  PendingLevels pending{sink_.size(), at, out.kind, {}};
  std::vector<LevelText> entries;
  ReadArray(value, at, /*empty_message=*/"", entries,
            [&](const Json& e, const std::string& e_at, std::size_t, LevelText& entry) {
              entry.level = -1;
              ReadLevelText(e, e_at, entry);
              if (entry.level < 0) return;
              const auto same = std::find_if(pending.levels.begin(), pending.levels.end(),
                                             [&](const auto& seen) { return seen.first == entry.level; });
              if (same != pending.levels.end()) {
                sink_.AtPointer(e_at + "/level", "level " + std::to_string(entry.level) +
                                                     " is described twice (first at #" + same->second + ")");
                entry.level = -1;
                return;
              }
              pending.levels.emplace_back(entry.level, e_at + "/level");
            });
  entries.erase(std::remove_if(entries.begin(), entries.end(), [](const LevelText& e) { return e.level < 0; }),
                entries.end());
  std::sort(entries.begin(), entries.end(), [](const LevelText& a, const LevelText& b) { return a.level < b.level; });
  out.levels = std::move(entries);
  pending_levels_.push_back(std::move(pending));
}

void RoleReader::ReadLevelText(const Json& value, const std::string& at, LevelText& out) {
  ReadObject(value, at, "a level object ({\"level\": ..., \"text\": ...})",
             {{"level", true,
               [&](const Json& v, const std::string& a) {
                 if (const auto level = shape_.ReadInteger(v, a)) out.level = *level;
               }},
              {"text", true, [&](const Json& v, const std::string& a) { ReadString(v, a, true, out.text); }}});
  if (out.text.empty()) out.level = -1;  // reported: an entry without words describes nothing
}

void RoleReader::CheckItemLevels(const RatingModel& model) {
  // A broken scale or kind list was reported already; judging against it would only add noise.
  const bool scale_known = model.scale.size() >= 2;
  const bool kinds_known = !model.rated_kinds.empty();
  const int max = model.MaxLevel();
  for (const PendingLevels& pending : pending_levels_) {
    if (kinds_known && !pending.kind.empty() && !model.IsRatedKind(pending.kind)) {
      late_errors_.push_back({pending.error_position, pending.pointer,
                              "levels describe ratings, and a " + pending.kind + " item is not rated (rated kinds: " +
                                  JoinChoices(model.rated_kinds) + ")"});
      continue;
    }
    if (!scale_known) continue;
    for (const auto& [level, pointer] : pending.levels) {
      if (level >= 0 && level <= max) continue;
      late_errors_.push_back({pending.error_position, pointer,
                              "level " + std::to_string(level) + " is outside the scale (expected 0.." +
                                  std::to_string(max) + ")"});
    }
  }
}

// Each late error goes where it would have been had it been found in reading
// order, so the list stays in document order.
void RoleReader::ReportLateErrors() {
  std::stable_sort(late_errors_.begin(), late_errors_.end(),
                   [](const LateError& a, const LateError& b) { return a.position < b.position; });
  // Backwards, so each insertion leaves the earlier positions valid.
  for (auto error = late_errors_.rbegin(); error != late_errors_.rend(); ++error) {
    sink_.InsertAt(error->position, error->pointer, std::move(error->message));
  }
}

void RoleReader::ResolveLinks() {
  for (const PendingLink& link : pending_links_) {
    const auto found = ids_.find(link.target);
    if (found == ids_.end()) {
      late_errors_.push_back(
          {link.error_position, link.pointer, "links to " + Quoted(link.target) + ", which is not an id in this file"});
    } else if (found->second.what != "item") {
      late_errors_.push_back({link.error_position, link.pointer,
                              "links to " + Quoted(link.target) + ", which is a " + std::string(found->second.what) +
                                  " (links connect items)"});
    }
  }
}

// `what` is empty for the role's own id, which is not in the shared id space.
void RoleReader::ReadId(const Json& value, const std::string& at, std::string_view what, std::string& out) {
  std::string id;
  ReadString(value, at, true, id);
  if (id.empty()) return;
  if (!shape::IsKebabId(id)) {
    sink_.AtPointer(at, "id " + Quoted(id) +
                            " is not lower-case kebab case (expected a-z and 0-9 in words joined by single "
                            "hyphens, e.g. \"api-design\")");
    return;
  }
  out = id;
  if (what.empty()) return;
  const auto [existing, inserted] = ids_.emplace(id, IdUse{at, what});
  if (!inserted) {
    sink_.AtPointer(at, "duplicate id " + Quoted(id) + " (first used at #" + existing->second.pointer + ")");
  }
}

void RoleReader::ReadImportance(const Json& value, const std::string& at, std::optional<Importance>& out) {
  std::string text;
  ReadString(value, at, true, text);
  if (text.empty()) return;
  out = ParseImportance(text);
  if (!out) {
    sink_.AtPointer(at, "unknown importance " + Quoted(text) +
                            " (expected Critical, Important, Optional or Context-specific)");
  }
}

void RoleReader::ReadView(const Json& value, const std::string& at, GroupView& out) {
  std::string text;
  ReadString(value, at, true, text);
  if (text.empty()) return;
  if (const auto view = ParseGroupView(text)) {
    out = *view;
    return;
  }
  sink_.AtPointer(at, "unknown view " + Quoted(text) + " (expected list, cards, table or checklist)");
}

}  // namespace

Role ReadRole(const Json& document, const std::vector<DuplicateKey>& duplicate_keys, ErrorSink& sink) {
  return RoleReader(duplicate_keys, sink).Read(document);
}

}  // namespace rex::core
