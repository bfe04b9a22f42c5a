#include "core/role/role_reader.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <string_view>
#include <unordered_map>

#include "core/role/spelling.hpp"

namespace rex::core {
namespace {

using Json = nlohmann::json;

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string Expected(std::string_view what, const Json& value) {
  return "expected " + std::string(what) + ", found " + value.type_name();
}

// "a, b, c or d" for messages that list the allowed values.
template <typename Container>
std::string JoinChoices(const Container& choices) {
  std::string joined;
  std::size_t i = 0;
  for (const auto& choice : choices) {
    if (i > 0) joined += (i + 1 == std::size(choices)) ? " or " : ", ";
    joined += std::string(choice);
    ++i;
  }
  return joined;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const auto match = ClosestMatch(word, candidates);
  return match ? " (did you mean " + Quoted(*match) + "?)" : "";
}

// ^[a-z0-9]+(-[a-z0-9]+)*$, as in the schema; ids end up in URLs and report
// files. Checked by hand because <regex> would add a lot to the wasm size.
bool IsKebabId(std::string_view id) {
  bool after_hyphen = true;  // also covers "must not start with a hyphen"
  for (char c : id) {
    if (c == '-') {
      if (after_hyphen) return false;
      after_hyphen = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      after_hyphen = false;
    } else {
      return false;
    }
  }
  return !after_hyphen;
}

// One property of an object: its name, whether it must be there, how to read it.
struct Field {
  std::string_view name;
  bool required;
  std::function<void(const Json& value, const std::string& at)> read;
};

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

class RoleReader {
 public:
  RoleReader(const std::vector<DuplicateKey>& duplicate_keys, ErrorSink& sink)
      : duplicate_keys_(duplicate_keys), reported_duplicate_(duplicate_keys.size(), false), sink_(sink) {}

  Role Read(const Json& document);

 private:
  bool ReadObject(const Json& value, const std::string& at, std::string_view what,
                  const std::vector<Field>& fields);
  void ReportUnknownProperties(const Json& value, const std::string& at, const std::vector<Field>& fields);
  void ReportDuplicateKeys(const std::string& object_pointer);
  void ReportRemainingDuplicateKeys();

  template <typename T, typename ReadOne>
  void ReadArray(const Json& value, const std::string& at, std::string_view empty_message,
                 std::vector<T>& out, ReadOne read_one);

  bool ReadFormat(const Json& document);
  void ReadSection(const Json& value, const std::string& at, std::size_t index, Section& out);
  void ReadSectionNumber(const Json& value, const std::string& at, std::size_t index, int& out);
  void ReadGroup(const Json& value, const std::string& at, Group& out);
  void ReadItem(const Json& value, const std::string& at, Item& out);
  void ReadFact(const Json& value, const std::string& at, Fact& out);
  void ReadLinks(const Json& value, const std::string& at, const std::string& owner_id,
                 std::vector<std::string>& out);
  void ResolveLinks();

  void ReadString(const Json& value, const std::string& at, bool non_empty, std::string& out);
  void ReadId(const Json& value, const std::string& at, std::string_view what, std::string& out);
  void ReadKind(const Json& value, const std::string& at, std::string& out);
  void ReadImportance(const Json& value, const std::string& at, std::optional<Importance>& out);
  void ReadView(const Json& value, const std::string& at, GroupView& out);

  const std::vector<DuplicateKey>& duplicate_keys_;
  std::vector<bool> reported_duplicate_;
  ErrorSink& sink_;
  std::unordered_map<std::string, IdUse> ids_;
  std::vector<PendingLink> pending_links_;
};

Role RoleReader::Read(const Json& document) {
  Role role;
  if (!document.is_object()) {
    sink_.AtSource(Expected("a JSON object describing a role", document));
    return role;
  }
  // Another format is another kind of document: listing its "errors" would only confuse.
  if (!ReadFormat(document)) return role;
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
               }}});
  ResolveLinks();
  ReportRemainingDuplicateKeys();
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

bool RoleReader::ReadObject(const Json& value, const std::string& at, std::string_view what,
                            const std::vector<Field>& fields) {
  if (!value.is_object()) {
    sink_.AtPointer(at, Expected(what, value));
    return false;
  }
  ReportDuplicateKeys(at);
  for (const Field& field : fields) {
    const auto found = value.find(field.name);
    if (found != value.end()) {
      field.read(*found, at + "/" + std::string(field.name));
    } else if (field.required) {
      sink_.AtPointer(at, "missing required property " + Quoted(field.name));
    }
  }
  ReportUnknownProperties(value, at, fields);
  return true;
}

void RoleReader::ReportUnknownProperties(const Json& value, const std::string& at,
                                         const std::vector<Field>& fields) {
  std::vector<std::string_view> names;
  for (const Field& field : fields) names.push_back(field.name);
  for (const auto& entry : value.items()) {
    const std::string& key = entry.key();
    if (std::find(names.begin(), names.end(), key) != names.end()) continue;
    const std::string hint = DidYouMean(key, names);
    sink_.AtPointer(at + "/" + EscapePointerToken(key),
                    "unknown property " + Quoted(key) +
                        (hint.empty() ? " (allowed: " + JoinChoices(names) + ")" : hint));
  }
}

void RoleReader::ReportDuplicateKeys(const std::string& object_pointer) {
  for (std::size_t i = 0; i < duplicate_keys_.size(); ++i) {
    const DuplicateKey& duplicate = duplicate_keys_[i];
    if (reported_duplicate_[i] || duplicate.object_pointer != object_pointer) continue;
    reported_duplicate_[i] = true;
    sink_.AtPointer(object_pointer + "/" + EscapePointerToken(duplicate.key),
                    "property " + Quoted(duplicate.key) + " appears twice in this object (only the last would count)");
  }
}

// Duplicates inside values we did not walk (unknown properties, wrong types).
void RoleReader::ReportRemainingDuplicateKeys() {
  for (std::size_t i = 0; i < duplicate_keys_.size(); ++i) {
    if (!reported_duplicate_[i]) ReportDuplicateKeys(duplicate_keys_[i].object_pointer);
  }
}

template <typename T, typename ReadOne>
void RoleReader::ReadArray(const Json& value, const std::string& at, std::string_view empty_message,
                           std::vector<T>& out, ReadOne read_one) {
  if (!value.is_array()) {
    sink_.AtPointer(at, Expected("an array", value));
    return;
  }
  if (value.empty() && !empty_message.empty()) sink_.AtPointer(at, std::string(empty_message));
  // Every element gets a slot, valid or not, so indices match the file's.
  out.resize(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    read_one(value[i], at + "/" + std::to_string(i), i, out[i]);
  }
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
  // JSON Schema counts 3.0 as an integer, so we do too.
  const bool integral = value.is_number_integer() ||
                        (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>());
  if (!integral) {
    sink_.AtPointer(at, Expected("an integer", value));
    return;
  }
  const double number = value.get<double>();
  const auto expected = static_cast<double>(index + 1);
  if (number != expected) {
    sink_.AtPointer(at, "section number " + value.dump() + " is out of order (expected " +
                            std::to_string(index + 1) + ": sections are numbered 1..N in order)");
    return;
  }
  out = static_cast<int>(index + 1);
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
              {"kind", true, [&](const Json& v, const std::string& a) { ReadKind(v, a, out.kind); }},
              {"name", true, text(true, out.name)},
              {"text", false, text(false, out.text)},
              {"facts", false, [&](const Json& v, const std::string& a) {
                 ReadArray(v, a, /*empty_message=*/"", out.facts,  // no facts is fine
                           [&](const Json& e, const std::string& e_at, std::size_t, Fact& f) { ReadFact(e, e_at, f); });
               }},
              {"importance", false, [&](const Json& v, const std::string& a) { ReadImportance(v, a, out.importance); }},
              {"importance_note", false, text(false, out.importance_note)},
              {"bar", false, text(false, out.bar)},
              {"links", false, [&](const Json& v, const std::string& a) { ReadLinks(v, a, out.id, out.links); }}});
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

void RoleReader::ResolveLinks() {
  // Backwards, so each insertion leaves the earlier positions valid.
  for (auto link = pending_links_.rbegin(); link != pending_links_.rend(); ++link) {
    const auto found = ids_.find(link->target);
    if (found == ids_.end()) {
      sink_.InsertAt(link->error_position, link->pointer,
                     "links to " + Quoted(link->target) + ", which is not an id in this file");
    } else if (found->second.what != "item") {
      sink_.InsertAt(link->error_position, link->pointer,
                     "links to " + Quoted(link->target) + ", which is a " + std::string(found->second.what) +
                         " (links connect items)");
    }
  }
}

void RoleReader::ReadString(const Json& value, const std::string& at, bool non_empty, std::string& out) {
  if (!value.is_string()) {
    sink_.AtPointer(at, Expected("a string", value));
    return;
  }
  out = value.get<std::string>();
  if (non_empty && out.empty()) sink_.AtPointer(at, "must not be empty");
}

// `what` is empty for the role's own id, which is not in the shared id space.
void RoleReader::ReadId(const Json& value, const std::string& at, std::string_view what, std::string& out) {
  std::string id;
  ReadString(value, at, true, id);
  if (id.empty()) return;
  if (!IsKebabId(id)) {
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

void RoleReader::ReadKind(const Json& value, const std::string& at, std::string& out) {
  std::string kind;
  ReadString(value, at, true, kind);
  if (kind.empty()) return;
  if (IsKnownKind(kind)) {
    out = kind;
    return;
  }
  const std::vector<std::string_view> kinds(kItemKinds.begin(), kItemKinds.end());
  const std::string hint = DidYouMean(kind, kinds);
  sink_.AtPointer(at, "unknown kind " + Quoted(kind) +
                          (hint.empty() ? " (expected one of: " + JoinChoices(kinds) + ")" : hint));
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
