#include "core/role/rating_model_reader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

#include "core/role/role.hpp"

namespace rex::core {
namespace {

using shape::Expected;
using shape::Field;
using shape::JoinChoices;
using shape::Json;
using shape::Quoted;

constexpr std::array<Importance, 4> kImportances = {Importance::kCritical, Importance::kImportant,
                                                    Importance::kOptional, Importance::kContextSpecific};
// Enough for any sensible scale, and every level stays one key press (0..9).
constexpr std::size_t kMaxScaleLevels = 10;

class RatingModelReader {
 public:
  RatingModelReader(const std::unordered_map<std::string, std::string>& item_kinds, shape::ShapeReader& shape)
      : item_kinds_(item_kinds), shape_(shape), sink_(shape.sink()) {}

  RatingModel Read(const Json& value, const std::string& at);

 private:
  void ReadScale(const Json& value, const std::string& at);
  void ReadScaleLevel(const Json& value, const std::string& at, std::size_t index, ScaleLevel& out);
  std::vector<std::string> ReadKinds(const Json& value, const std::string& at, std::string_view empty_message,
                                     const std::vector<std::string>& taken, std::string_view taken_by);
  void ReadWeights(const Json& value, const std::string& at);
  void ReadTarget(const Json& value, const std::string& at, TargetProfile& out);
  void ReadTargetId(const Json& value, const std::string& at, std::string& out);
  void ReadByImportance(const Json& value, const std::string& at, std::map<Importance, int>& out);
  void ReadOverrides(const Json& value, const std::string& at, std::map<std::string, int>& out);
  std::optional<int> ReadLevel(const Json& value, const std::string& at);
  void ReadDefaultTarget(const Json& value, const std::string& at);

  const std::unordered_map<std::string, std::string>& item_kinds_;
  shape::ShapeReader& shape_;
  ErrorSink& sink_;
  RatingModel model_;
  // Later checks lean on earlier parts; if those were broken (and reported),
  // the later checks are skipped rather than piling up follow-on errors.
  bool scale_ok_ = false;
  bool rated_kinds_ok_ = false;
  std::vector<std::pair<std::string, std::string>> target_ids_;  // id, pointer
};

RatingModel RatingModelReader::Read(const Json& value, const std::string& at) {
  model_.weights = DefaultRatingModel().weights;
  shape_.ReadObject(
      value, at, "an assessment object",
      {{"scale", true, [&](const Json& v, const std::string& a) { ReadScale(v, a); }},
       {"rated_kinds", true,
        [&](const Json& v, const std::string& a) {
          const std::size_t errors = sink_.size();
          model_.rated_kinds = ReadKinds(v, a, "rated_kinds needs at least one kind", {}, "");
          rated_kinds_ok_ = sink_.size() == errors;
        }},
       {"checklist_kinds", false,
        [&](const Json& v, const std::string& a) {
          model_.checklist_kinds = ReadKinds(v, a, "", model_.rated_kinds, "rated_kinds");
        }},
       {"weights", false, [&](const Json& v, const std::string& a) { ReadWeights(v, a); }},
       {"targets", true,
        [&](const Json& v, const std::string& a) {
          shape_.ReadArray(v, a, "an assessment needs at least one target", model_.targets,
                           [&](const Json& e, const std::string& e_at, std::size_t, TargetProfile& t) {
                             ReadTarget(e, e_at, t);
                           });
        }},
       {"default_target", true, [&](const Json& v, const std::string& a) { ReadDefaultTarget(v, a); }}});
  return model_;
}

void RatingModelReader::ReadScale(const Json& value, const std::string& at) {
  const std::size_t errors = sink_.size();
  if (value.is_array() && (value.size() < 2 || value.size() > kMaxScaleLevels)) {
    sink_.AtPointer(at, "a scale has 2 to " + std::to_string(kMaxScaleLevels) + " levels (0..N), found " +
                            std::to_string(value.size()));
    return;
  }
  shape_.ReadArray(value, at, "", model_.scale,
                   [&](const Json& e, const std::string& e_at, std::size_t i, ScaleLevel& level) {
                     ReadScaleLevel(e, e_at, i, level);
                   });
  scale_ok_ = sink_.size() == errors;
}

void RatingModelReader::ReadScaleLevel(const Json& value, const std::string& at, std::size_t index,
                                       ScaleLevel& out) {
  shape_.ReadObject(
      value, at, "a scale level object ({\"level\": ..., \"name\": ..., \"descriptor\": ...})",
      {{"level", true,
        [&](const Json& v, const std::string& a) {
          const auto level = shape_.ReadInteger(v, a);
          if (!level) return;
          if (*level != static_cast<int>(index)) {
            sink_.AtPointer(a, "scale level " + v.dump() + " is out of order (expected " + std::to_string(index) +
                                   ": levels are numbered 0..N in order)");
            return;
          }
          out.level = *level;
        }},
       {"name", true, [&](const Json& v, const std::string& a) { shape_.ReadString(v, a, true, out.name); }},
       {"descriptor", true,
        [&](const Json& v, const std::string& a) { shape_.ReadString(v, a, true, out.descriptor); }}});
}

// `taken`: kinds another list already claims (an item is either rated or a checklist entry).
std::vector<std::string> RatingModelReader::ReadKinds(const Json& value, const std::string& at,
                                                      std::string_view empty_message,
                                                      const std::vector<std::string>& taken,
                                                      std::string_view taken_by) {
  std::vector<std::string> slots;
  shape_.ReadArray(value, at, empty_message, slots,
                   [&](const Json& e, const std::string& e_at, std::size_t i, std::string& kind) {
                     shape_.ReadKind(e, e_at, kind);
                     if (kind.empty()) return;
                     const auto end = slots.begin() + static_cast<std::ptrdiff_t>(i);
                     if (std::find(slots.begin(), end, kind) != end) {
                       sink_.AtPointer(e_at, "kind " + Quoted(kind) + " is listed twice");
                       kind.clear();
                     } else if (std::find(taken.begin(), taken.end(), kind) != taken.end()) {
                       sink_.AtPointer(e_at, "kind " + Quoted(kind) + " is already in " + std::string(taken_by) +
                                                 " (an item is either rated or a checklist entry)");
                       kind.clear();
                     }
                   });
  slots.erase(std::remove(slots.begin(), slots.end(), std::string()), slots.end());
  return slots;
}

void RatingModelReader::ReadWeights(const Json& value, const std::string& at) {
  std::vector<Field> fields;
  for (Importance importance : kImportances) {
    fields.push_back({ToString(importance), true, [this, importance](const Json& v, const std::string& a) {
                        if (!v.is_number()) {
                          sink_.AtPointer(a, Expected("a number", v));
                          return;
                        }
                        const double weight = v.get<double>();
                        if (!(weight > 0) || !std::isfinite(weight)) {
                          sink_.AtPointer(a, "weight " + v.dump() + " must be a number greater than 0");
                          return;
                        }
                        model_.weights[importance] = weight;
                      }});
  }
  shape_.ReadObject(value, at, "an object of weights by importance", fields);
}

void RatingModelReader::ReadTarget(const Json& value, const std::string& at, TargetProfile& out) {
  shape_.ReadObject(
      value, at, "a target object",
      {{"id", true, [&](const Json& v, const std::string& a) { ReadTargetId(v, a, out.id); }},
       {"name", true, [&](const Json& v, const std::string& a) { shape_.ReadString(v, a, true, out.name); }},
       {"summary", false, [&](const Json& v, const std::string& a) { shape_.ReadString(v, a, false, out.summary); }},
       {"by_importance", true,
        [&](const Json& v, const std::string& a) { ReadByImportance(v, a, out.by_importance); }},
       {"overrides", false, [&](const Json& v, const std::string& a) { ReadOverrides(v, a, out.overrides); }}});
}

// Target ids are their own id space (reports store them), separate from item ids.
void RatingModelReader::ReadTargetId(const Json& value, const std::string& at, std::string& out) {
  std::string id;
  shape_.ReadString(value, at, true, id);
  if (id.empty()) return;
  if (!shape::IsKebabId(id)) {
    sink_.AtPointer(at, "target id " + Quoted(id) + " is not lower-case kebab case (e.g. \"staff\")");
    return;
  }
  const auto same = std::find_if(target_ids_.begin(), target_ids_.end(), [&](const auto& t) { return t.first == id; });
  if (same != target_ids_.end()) {
    sink_.AtPointer(at, "duplicate target id " + Quoted(id) + " (first used at #" + same->second + ")");
    return;
  }
  target_ids_.emplace_back(id, at);
  out = id;
}

void RatingModelReader::ReadByImportance(const Json& value, const std::string& at, std::map<Importance, int>& out) {
  std::vector<Field> fields;
  for (Importance importance : kImportances) {
    fields.push_back({ToString(importance), true, [this, importance, &out](const Json& v, const std::string& a) {
                        if (const auto level = ReadLevel(v, a)) out[importance] = *level;
                      }});
  }
  shape_.ReadObject(value, at, "an object of expected levels by importance", fields);
}

void RatingModelReader::ReadOverrides(const Json& value, const std::string& at, std::map<std::string, int>& out) {
  if (!value.is_object()) {
    sink_.AtPointer(at, Expected("an object of item id -> expected level", value));
    return;
  }
  shape_.ReportDuplicateKeys(at);
  for (const auto& entry : value.items()) {
    const std::string& item_id = entry.key();
    const std::string entry_at = at + "/" + EscapePointerToken(item_id);
    const auto kind = item_kinds_.find(item_id);
    if (kind == item_kinds_.end()) {
      sink_.AtPointer(entry_at, "override for " + Quoted(item_id) + ", which is not an item id in this file");
      continue;
    }
    if (rated_kinds_ok_ && !model_.IsRatedKind(kind->second)) {
      sink_.AtPointer(entry_at, "override for " + Quoted(item_id) + ", a " + kind->second +
                                    " item (overrides apply to rated kinds: " + JoinChoices(model_.rated_kinds) +
                                    ")");
      continue;
    }
    if (const auto level = ReadLevel(entry.value(), entry_at)) out[item_id] = *level;
  }
}

std::optional<int> RatingModelReader::ReadLevel(const Json& value, const std::string& at) {
  const auto level = shape_.ReadInteger(value, at);
  if (!level) return std::nullopt;
  const int max = scale_ok_ ? model_.MaxLevel() : static_cast<int>(kMaxScaleLevels) - 1;
  if (*level < 0 || *level > max) {
    sink_.AtPointer(at, "level " + value.dump() + " is outside the scale (expected 0.." + std::to_string(max) + ")");
    return std::nullopt;
  }
  return level;
}

void RatingModelReader::ReadDefaultTarget(const Json& value, const std::string& at) {
  std::string id;
  shape_.ReadString(value, at, true, id);
  if (id.empty()) return;
  model_.default_target = id;
  if (target_ids_.empty()) return;  // the targets were missing or broken, and said so
  const bool known =
      std::any_of(target_ids_.begin(), target_ids_.end(), [&](const auto& target) { return target.first == id; });
  if (known) return;
  std::vector<std::string> ids;
  for (const auto& target : target_ids_) ids.push_back(target.first);
  sink_.AtPointer(at, "default target " + Quoted(id) + " is not one of the targets (expected " + JoinChoices(ids) + ")");
}

}  // namespace

RatingModel ReadRatingModel(const nlohmann::json& value, const std::string& at,
                            const std::unordered_map<std::string, std::string>& item_kinds,
                            shape::ShapeReader& shape) {
  return RatingModelReader(item_kinds, shape).Read(value, at);
}

}  // namespace rex::core
