#include "platform/browser_storage.hpp"

#include <emscripten.h>

#include <cstdlib>

namespace rex::platform {
namespace {

// Returns a malloc'd string or 0 when absent or unreadable.
EM_JS(char*, JsStorageRead, (const char* key), {
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    return value === null ? 0 : allocateUTF8(value);
  } catch (e) {
    return 0;
  }
});

// Returns 0 on success, else a malloc'd error sentence.
EM_JS(char*, JsStorageWrite, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 0;
  } catch (e) {
    const full = e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
    return allocateUTF8(full ? "This browser's storage is full, so your latest changes are not saved here."
                             : "This browser does not allow saving (storage is disabled or blocked).");
  }
});

EM_JS(char*, JsStorageRemove, (const char* key), {
  try {
    window.localStorage.removeItem(UTF8ToString(key));
    return 0;
  } catch (e) {
    return allocateUTF8('This browser did not let us delete the saved data.');
  }
});

StorageResult FromJs(char* error) {
  if (!error) return {true, ""};
  StorageResult result{false, error};
  std::free(error);
  return result;
}

}  // namespace

std::optional<std::string> StorageRead(const std::string& key) {
  char* value = JsStorageRead(key.c_str());
  if (!value) return std::nullopt;
  std::string out(value);
  std::free(value);
  return out;
}

StorageResult StorageWrite(const std::string& key, const std::string& value) {
  return FromJs(JsStorageWrite(key.c_str(), value.c_str()));
}

StorageResult StorageRemove(const std::string& key) { return FromJs(JsStorageRemove(key.c_str())); }

}  // namespace rex::platform
