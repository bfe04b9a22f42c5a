#include "core/app/history.hpp"

#include <utility>

namespace rex::core {

void History::Record(Assessment before) {
  past_.push_back(std::move(before));
  if (past_.size() > kMaxSteps) past_.erase(past_.begin());
  future_.clear();
}

bool History::Undo(Assessment& current) {
  if (past_.empty()) return false;
  future_.push_back(std::move(current));
  current = std::move(past_.back());
  past_.pop_back();
  return true;
}

bool History::Redo(Assessment& current) {
  if (future_.empty()) return false;
  past_.push_back(std::move(current));
  current = std::move(future_.back());
  future_.pop_back();
  return true;
}

void History::Clear() {
  past_.clear();
  future_.clear();
}

}  // namespace rex::core
