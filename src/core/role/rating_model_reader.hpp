#pragma once
// Reads a role file's optional "assessment" block into a RatingModel
// (docs/content-format.md, "Assessment"). Part of the loader's shape stage:
// every problem goes to the shape reader's sink with a JSON pointer.
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/assessment/rating_model.hpp"
#include "core/role/json_shape.hpp"

namespace rex::core {

// `item_kinds` maps every item id of the file to its kind: overrides must name
// an item of a rated kind.
RatingModel ReadRatingModel(const nlohmann::json& value, const std::string& at,
                            const std::unordered_map<std::string, std::string>& item_kinds,
                            shape::ShapeReader& shape);

}  // namespace rex::core
