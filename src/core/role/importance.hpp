#pragma once
// How much an item matters for the role, as the blueprint labels it.

namespace rex::core {

enum class Importance { kCritical, kImportant, kOptional, kContextSpecific };

}  // namespace rex::core
