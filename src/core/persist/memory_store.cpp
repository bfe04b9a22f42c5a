#include "core/persist/memory_store.hpp"

namespace rex::core {

std::optional<std::string> MemoryStore::Get(const std::string& key) const {
  const auto found = items_.find(key);
  if (found == items_.end()) return std::nullopt;
  return found->second;
}

StoreResult MemoryStore::Set(const std::string& key, const std::string& value) {
  const auto found = items_.find(key);
  const size_t freed = found == items_.end() ? 0 : key.size() + found->second.size();
  if (capacity_ != kUnlimited && UsedBytes() - freed + key.size() + value.size() > capacity_) {
    return {false, "This browser's storage is full, so your latest changes are not saved here.", true};
  }
  items_[key] = value;
  return {};
}

StoreResult MemoryStore::Remove(const std::string& key) {
  items_.erase(key);
  return {};
}

std::vector<std::string> MemoryStore::Keys() const {
  std::vector<std::string> keys;
  for (const auto& item : items_) keys.push_back(item.first);
  return keys;
}

size_t MemoryStore::UsedBytes() const {
  size_t used = 0;
  for (const auto& [key, value] : items_) used += key.size() + value.size();
  return used;
}

}  // namespace rex::core
