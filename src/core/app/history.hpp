#pragma once
// Undo/redo for the assessment. Every change stores the whole assessment as it was
// before: assessments are small (kilobytes), so copies are simpler and safer than
// inverse operations, and they make redo exact.
#include <cstddef>
#include <vector>

#include "core/assessment/assessment.hpp"

namespace rex::core {

class History {
 public:
  static constexpr size_t kMaxSteps = 200;

  // Call after a change, with the state from just before it. Clears redo.
  void Record(Assessment before);
  bool CanUndo() const { return !past_.empty(); }
  bool CanRedo() const { return !future_.empty(); }
  // Both return false (and leave `current` alone) when there is nothing to do.
  bool Undo(Assessment& current);
  bool Redo(Assessment& current);
  void Clear();

 private:
  std::vector<Assessment> past_;
  std::vector<Assessment> future_;
};

}  // namespace rex::core
