#include "core/role/role_pack.hpp"

#include <cstdint>
#include <cstring>

namespace rex::core {
namespace {

// Unsigned LEB128 for counts and lengths, raw little-endian bits for doubles:
// small, and no text to parse.
class PackWriter {
 public:
  explicit PackWriter(std::string& out) : out_(out) {}

  void Count(std::size_t value) {
    do {
      unsigned char byte = value & 0x7f;
      value >>= 7;
      if (value != 0) byte |= 0x80;
      out_.push_back(static_cast<char>(byte));
    } while (value != 0);
  }
  void Int(int value) { Count(static_cast<std::uint32_t>(value)); }
  void Text(std::string_view text) {
    Count(text.size());
    out_.append(text);
  }
  void Number(double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  }
  void Texts(const std::vector<std::string>& texts) {
    Count(texts.size());
    for (const std::string& text : texts) Text(text);
  }

 private:
  std::string& out_;
};

// Mirrors PackWriter. The first read past the end (or an absurd count) sets
// failed(); later reads return empty values, so callers check once at the end.
class PackReader {
 public:
  explicit PackReader(std::string_view bytes) : bytes_(bytes) {}

  bool failed() const { return failed_; }
  bool at_end() const { return pos_ == bytes_.size(); }

  std::size_t Count() {
    std::size_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= bytes_.size()) return Fail();
      const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
      value |= static_cast<std::size_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return Fail();
  }
  // A count of things each at least one byte long cannot exceed what is left.
  std::size_t ListSize() {
    const std::size_t size = Count();
    return size <= bytes_.size() - pos_ ? size : Fail();
  }
  int Int() { return static_cast<int>(static_cast<std::uint32_t>(Count())); }
  std::string Text() {
    const std::size_t size = Count();
    if (size > bytes_.size() - pos_) {
      Fail();
      return {};
    }
    std::string text(bytes_.substr(pos_, size));
    pos_ += size;
    return text;
  }
  double Number() {
    if (bytes_.size() - pos_ < 8) {
      Fail();
      return 0;
    }
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[pos_++])) << (8 * i);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  std::vector<std::string> Texts() {
    std::vector<std::string> texts(ListSize());
    for (std::string& text : texts) text = Text();
    return texts;
  }
  bool Skip(std::string_view expected) {
    if (bytes_.substr(pos_, expected.size()) != expected) {
      Fail();
      return false;
    }
    pos_ += expected.size();
    return true;
  }

 private:
  std::size_t Fail() {
    failed_ = true;
    pos_ = bytes_.size();
    return 0;
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

constexpr int kNoImportance = 0;  // importances are written as 1 + the enum's value

void WriteImportance(PackWriter& w, std::optional<Importance> importance) {
  w.Int(importance ? 1 + static_cast<int>(*importance) : kNoImportance);
}

std::optional<Importance> ReadImportance(PackReader& r) {
  const int value = r.Int();
  if (value == kNoImportance || value > 1 + static_cast<int>(Importance::kContextSpecific)) return std::nullopt;
  return static_cast<Importance>(value - 1);
}

template <typename Value, typename WriteValue>
void WriteImportanceMap(PackWriter& w, const std::map<Importance, Value>& map, WriteValue write_value) {
  w.Count(map.size());
  for (const auto& [importance, value] : map) {
    WriteImportance(w, importance);
    write_value(value);
  }
}

template <typename Value, typename ReadValue>
std::map<Importance, Value> ReadImportanceMap(PackReader& r, ReadValue read_value) {
  std::map<Importance, Value> map;
  for (std::size_t n = r.ListSize(); n > 0; --n) {
    const std::optional<Importance> importance = ReadImportance(r);
    const Value value = read_value();
    if (importance) map[*importance] = value;
  }
  return map;
}

void WriteItem(PackWriter& w, const Item& item) {
  w.Text(item.id);
  w.Text(item.kind);
  w.Text(item.name);
  w.Text(item.text);
  w.Count(item.facts.size());
  for (const Fact& fact : item.facts) {
    w.Text(fact.label);
    w.Text(fact.value);
  }
  WriteImportance(w, item.importance);
  w.Text(item.importance_note);
  w.Text(item.bar);
  w.Texts(item.links);
  w.Count(item.emphasis.size());
  for (const auto& [id, factor] : item.emphasis) {
    w.Text(id);
    w.Number(factor);
  }
}

Item ReadItem(PackReader& r) {
  Item item;
  item.id = r.Text();
  item.kind = r.Text();
  item.name = r.Text();
  item.text = r.Text();
  item.facts.resize(r.ListSize());
  for (Fact& fact : item.facts) {
    fact.label = r.Text();
    fact.value = r.Text();
  }
  item.importance = ReadImportance(r);
  item.importance_note = r.Text();
  item.bar = r.Text();
  item.links = r.Texts();
  for (std::size_t n = r.ListSize(); n > 0; --n) {
    std::string id = r.Text();
    item.emphasis[std::move(id)] = r.Number();
  }
  return item;
}

void WriteSections(PackWriter& w, const std::vector<Section>& sections) {
  w.Count(sections.size());
  for (const Section& section : sections) {
    w.Text(section.id);
    w.Int(section.number);
    w.Text(section.title);
    w.Text(section.intro);
    w.Count(section.groups.size());
    for (const Group& group : section.groups) {
      w.Text(group.id);
      w.Text(group.title);
      w.Text(group.intro);
      w.Int(static_cast<int>(group.view));
      w.Count(group.items.size());
      for (const Item& item : group.items) WriteItem(w, item);
    }
  }
}

std::vector<Section> ReadSections(PackReader& r) {
  std::vector<Section> sections(r.ListSize());
  for (Section& section : sections) {
    section.id = r.Text();
    section.number = r.Int();
    section.title = r.Text();
    section.intro = r.Text();
    section.groups.resize(r.ListSize());
    for (Group& group : section.groups) {
      group.id = r.Text();
      group.title = r.Text();
      group.intro = r.Text();
      const int view = r.Int();
      group.view = view <= static_cast<int>(GroupView::kChecklist) ? static_cast<GroupView>(view) : GroupView::kList;
      group.items.resize(r.ListSize());
      for (Item& item : group.items) item = ReadItem(r);
    }
  }
  return sections;
}

void WriteRatingModel(PackWriter& w, const RatingModel& model) {
  w.Count(model.scale.size());
  for (const ScaleLevel& level : model.scale) {
    w.Int(level.level);
    w.Text(level.name);
    w.Text(level.descriptor);
  }
  w.Texts(model.rated_kinds);
  w.Texts(model.checklist_kinds);
  WriteImportanceMap(w, model.weights, [&w](double weight) { w.Number(weight); });
  w.Count(model.targets.size());
  for (const TargetProfile& target : model.targets) {
    w.Text(target.id);
    w.Text(target.name);
    w.Text(target.summary);
    WriteImportanceMap(w, target.by_importance, [&w](int level) { w.Int(level); });
    w.Count(target.overrides.size());
    for (const auto& [item_id, level] : target.overrides) {
      w.Text(item_id);
      w.Int(level);
    }
  }
  w.Text(model.default_target);
}

RatingModel ReadRatingModel(PackReader& r) {
  RatingModel model;
  model.scale.resize(r.ListSize());
  for (ScaleLevel& level : model.scale) {
    level.level = r.Int();
    level.name = r.Text();
    level.descriptor = r.Text();
  }
  model.rated_kinds = r.Texts();
  model.checklist_kinds = r.Texts();
  model.weights = ReadImportanceMap<double>(r, [&r] { return r.Number(); });
  model.targets.resize(r.ListSize());
  for (TargetProfile& target : model.targets) {
    target.id = r.Text();
    target.name = r.Text();
    target.summary = r.Text();
    target.by_importance = ReadImportanceMap<int>(r, [&r] { return r.Int(); });
    for (std::size_t n = r.ListSize(); n > 0; --n) {
      std::string item_id = r.Text();
      target.overrides[std::move(item_id)] = r.Int();
    }
  }
  model.default_target = r.Text();
  return model;
}

}  // namespace

bool IsRolePack(std::string_view bytes) { return bytes.substr(0, kRolePackMagic.size()) == kRolePackMagic; }

std::string PackRole(const Role& role, std::string_view source_name) {
  std::string out(kRolePackMagic);
  PackWriter w(out);
  w.Text(source_name);
  w.Text(role.id);
  w.Text(role.title);
  w.Text(role.content_version);
  w.Text(role.tagline);
  WriteSections(w, role.sections);
  WriteRatingModel(w, role.rating_model);
  return out;
}

Result<UnpackedRole> UnpackRole(std::string_view bytes) {
  PackReader r(bytes);
  if (!r.Skip(kRolePackMagic)) return Error{"", "not a role pack of this version"};
  UnpackedRole unpacked;
  unpacked.source_name = r.Text();
  Role& role = unpacked.role;
  role.id = r.Text();
  role.title = r.Text();
  role.content_version = r.Text();
  role.tagline = r.Text();
  role.sections = ReadSections(r);
  role.rating_model = ReadRatingModel(r);
  if (r.failed() || !r.at_end()) return Error{unpacked.source_name, "the built-in role pack is damaged"};
  role.BuildIndex();
  return unpacked;
}

}  // namespace rex::core
