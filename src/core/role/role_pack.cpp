#include "core/role/role_pack.hpp"

#include <cstdint>
#include <cstring>
#include <map>
#include <type_traits>

namespace rex::core {
namespace {

// The pack's layout is written down once, as the order in which Fields() visits
// each struct's members; PackWriter and PackReader walk that same list, so the two
// directions cannot drift apart. A member added to the role model goes here.
template <typename Visit, typename T>
using Same = std::enable_if_t<std::is_same_v<std::remove_const_t<T>, Visit>>;

template <typename Stream, typename F>
void Fields(Stream& s, F& fact, Same<Fact, F>* = nullptr) {
  s(fact.label, fact.value);
}

template <typename Stream, typename L>
void Fields(Stream& s, L& level, Same<LevelText, L>* = nullptr) {
  s(level.level, level.text);
}

template <typename Stream, typename I>
void Fields(Stream& s, I& item, Same<Item, I>* = nullptr) {
  s(item.id, item.kind, item.name, item.text, item.facts, item.importance, item.importance_note, item.bar, item.links,
    item.emphasis, item.levels);
}

template <typename Stream, typename G>
void Fields(Stream& s, G& group, Same<Group, G>* = nullptr) {
  s(group.id, group.title, group.intro, group.view, group.items);
}

template <typename Stream, typename S>
void Fields(Stream& s, S& section, Same<Section, S>* = nullptr) {
  s(section.id, section.number, section.title, section.intro, section.groups);
}

template <typename Stream, typename L>
void Fields(Stream& s, L& level, Same<ScaleLevel, L>* = nullptr) {
  s(level.level, level.name, level.descriptor);
}

template <typename Stream, typename T>
void Fields(Stream& s, T& target, Same<TargetProfile, T>* = nullptr) {
  s(target.id, target.name, target.summary, target.by_importance, target.overrides);
}

template <typename Stream, typename M>
void Fields(Stream& s, M& model, Same<RatingModel, M>* = nullptr) {
  s(model.scale, model.rated_kinds, model.checklist_kinds, model.weights, model.targets, model.default_target);
}

template <typename Stream, typename R>
void Fields(Stream& s, R& role, Same<Role, R>* = nullptr) {
  s(role.id, role.title, role.content_version, role.tagline, role.sections, role.rating_model);
}

// Unsigned LEB128 for counts, lengths, ints and enums; raw little-endian bits for
// doubles: small, and no text to parse.
class PackWriter {
 public:
  explicit PackWriter(std::string& out) : out_(out) {}

  template <typename... T>
  void operator()(const T&... values) {
    (Write(values), ...);
  }

 private:
  void Count(std::size_t value) {
    do {
      unsigned char byte = value & 0x7f;
      value >>= 7;
      if (value != 0) byte |= 0x80;
      out_.push_back(static_cast<char>(byte));
    } while (value != 0);
  }
  void Write(int value) { Count(static_cast<std::uint32_t>(value)); }
  void Write(const std::string& text) {
    Count(text.size());
    out_.append(text);
  }
  void Write(double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  }
  void Write(GroupView view) { Write(static_cast<int>(view)); }
  void Write(Importance importance) { Write(static_cast<int>(importance)); }
  void Write(const std::optional<Importance>& importance) {  // 0 = none, else 1 + the value
    Write(importance ? 1 + static_cast<int>(*importance) : 0);
  }
  template <typename T>
  void Write(const std::vector<T>& list) {
    Count(list.size());
    for (const T& element : list) Write(element);
  }
  template <typename K, typename V>
  void Write(const std::map<K, V>& map) {
    Count(map.size());
    for (const auto& [key, value] : map) (*this)(key, value);
  }
  template <typename T, typename = decltype(Fields(std::declval<PackWriter&>(), std::declval<const T&>()))>
  void Write(const T& record) {
    Fields(*this, record);
  }

  std::string& out_;
};

// Mirrors PackWriter. The first read past the end (or an absurd count, or an enum
// value out of range) sets failed(); later reads give empty values, so callers
// check once at the end.
class PackReader {
 public:
  explicit PackReader(std::string_view bytes) : bytes_(bytes) {}

  template <typename... T>
  void operator()(T&... values) {
    (Read(values), ...);
  }

  bool failed() const { return failed_; }
  bool at_end() const { return pos_ == bytes_.size(); }
  bool Skip(std::string_view expected) {
    if (bytes_.substr(pos_, expected.size()) != expected) {
      Fail();
      return false;
    }
    pos_ += expected.size();
    return true;
  }

 private:
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
  int Enum(int last) {
    const int value = ReadInt();
    return value >= 0 && value <= last ? value : static_cast<int>(Fail());
  }
  int ReadInt() { return static_cast<int>(static_cast<std::uint32_t>(Count())); }

  void Read(int& value) { value = ReadInt(); }
  void Read(std::string& text) {
    const std::size_t size = Count();
    if (size > bytes_.size() - pos_) {
      Fail();
      return;
    }
    text.assign(bytes_.substr(pos_, size));
    pos_ += size;
  }
  void Read(double& value) {
    if (bytes_.size() - pos_ < 8) {
      Fail();
      return;
    }
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[pos_++])) << (8 * i);
    std::memcpy(&value, &bits, sizeof value);
  }
  void Read(GroupView& view) { view = static_cast<GroupView>(Enum(static_cast<int>(GroupView::kChecklist))); }
  void Read(Importance& importance) {
    importance = static_cast<Importance>(Enum(static_cast<int>(Importance::kContextSpecific)));
  }
  void Read(std::optional<Importance>& importance) {
    const int value = Enum(1 + static_cast<int>(Importance::kContextSpecific));
    importance = value == 0 ? std::nullopt : std::optional<Importance>(static_cast<Importance>(value - 1));
  }
  template <typename T>
  void Read(std::vector<T>& list) {
    list.resize(ListSize());
    for (T& element : list) Read(element);
  }
  template <typename K, typename V>
  void Read(std::map<K, V>& map) {
    map.clear();
    for (std::size_t n = ListSize(); n > 0 && !failed_; --n) {
      K key{};
      V value{};
      (*this)(key, value);
      map.emplace_hint(map.end(), std::move(key), std::move(value));
    }
  }
  template <typename T, typename = decltype(Fields(std::declval<PackReader&>(), std::declval<T&>()))>
  void Read(T& record) {
    Fields(*this, record);
  }

  std::size_t Fail() {
    failed_ = true;
    pos_ = bytes_.size();
    return 0;
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace

bool IsRolePack(std::string_view bytes) { return bytes.substr(0, kRolePackMagic.size()) == kRolePackMagic; }

std::string PackRole(const Role& role, std::string_view source_name) {
  std::string out(kRolePackMagic);
  PackWriter write(out);
  write(std::string(source_name), role);
  return out;
}

Result<UnpackedRole> UnpackRole(std::string_view bytes) {
  PackReader read(bytes);
  if (!read.Skip(kRolePackMagic)) return Error{"", "not a role pack of this version"};
  UnpackedRole unpacked;
  read(unpacked.source_name, unpacked.role);
  if (read.failed() || !read.at_end()) return Error{unpacked.source_name, "the built-in role pack is damaged"};
  unpacked.role.BuildIndex();
  return unpacked;
}

}  // namespace rex::core
