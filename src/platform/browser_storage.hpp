#pragma once
// localStorage as a core::KeyValueStore. It may be full, disabled (private mode,
// policy) or throwing: every call reports failure instead of throwing, so the app
// keeps working and tells the person their work is not being saved.
// Also the page events that matter to saved work: the page being hidden or
// closed (write now), and another tab writing (the `storage` event).
#include <functional>
#include <string>

#include "core/persist/key_value_store.hpp"

namespace rex::platform {

class LocalStorage final : public core::KeyValueStore {
 public:
  std::optional<std::string> Get(const std::string& key) const override;
  core::StoreResult Set(const std::string& key, const std::string& value) override;
  core::StoreResult Remove(const std::string& key) override;
  std::vector<std::string> Keys() const override;
};

struct StorageEventHandlers {
  std::function<void()> on_page_hidden;                    // pagehide, or visibilitychange to hidden
  std::function<void(const std::string& key)> on_changed;  // another tab set or removed `key`
};
void InstallStorageEventHandlers(StorageEventHandlers handlers);

}  // namespace rex::platform
