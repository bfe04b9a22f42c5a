#pragma once
// A KeyValueStore in memory, with an optional capacity that behaves like a full
// localStorage (a write that would pass it is refused and changes nothing).
// Two Persistence objects over one MemoryStore behave like two browser tabs.
#include <cstddef>
#include <map>

#include "core/persist/key_value_store.hpp"

namespace rex::core {

class MemoryStore final : public KeyValueStore {
 public:
  static constexpr size_t kUnlimited = static_cast<size_t>(-1);
  explicit MemoryStore(size_t capacity_bytes = kUnlimited) : capacity_(capacity_bytes) {}

  std::optional<std::string> Get(const std::string& key) const override;
  StoreResult Set(const std::string& key, const std::string& value) override;
  StoreResult Remove(const std::string& key) override;
  std::vector<std::string> Keys() const override;

  void SetCapacity(size_t bytes) { capacity_ = bytes; }
  const std::map<std::string, std::string>& items() const { return items_; }

 private:
  size_t UsedBytes() const;

  std::map<std::string, std::string> items_;
  size_t capacity_;
};

}  // namespace rex::core
