#pragma once
// localStorage, which may be full, disabled (private mode, policy) or throwing.
// Every call reports failure instead of throwing, so the app keeps working and can
// tell the person their work is not being saved.
#include <optional>
#include <string>

namespace rex::platform {

struct StorageResult {
  bool ok = false;
  std::string error;  // a sentence for the person when !ok
};

std::optional<std::string> StorageRead(const std::string& key);
StorageResult StorageWrite(const std::string& key, const std::string& value);
StorageResult StorageRemove(const std::string& key);

}  // namespace rex::platform
