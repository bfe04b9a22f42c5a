#pragma once
// What the persistence component needs from a platform: get, set, remove and list
// string keys. The browser implements it over localStorage
// (src/platform/browser_storage.cpp); tests and native tools use MemoryStore.
// Calls never throw: a refused write (storage full, disabled) is a StoreResult.
#include <optional>
#include <string>
#include <vector>

namespace rex::core {

struct StoreResult {
  bool ok = true;
  std::string error;  // a sentence for the person when !ok
  bool full = false;  // refused for lack of room (rather than storage being off or blocked)
};

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  virtual std::optional<std::string> Get(const std::string& key) const = 0;
  virtual StoreResult Set(const std::string& key, const std::string& value) = 0;
  virtual StoreResult Remove(const std::string& key) = 0;
  // Every key in the store, ours or not, in no particular order.
  virtual std::vector<std::string> Keys() const = 0;
};

}  // namespace rex::core
