#include "platform/browser_storage.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <utility>

#include <nlohmann/json.hpp>

namespace rex::platform {
namespace {

StorageEventHandlers g_handlers;  // owned by the platform layer for the page's lifetime

enum StoreCode { kOk = 0, kFull = 1, kBlocked = 2 };

// Returns a malloc'd string or 0 when absent or unreadable.
EM_JS(char*, JsStorageGet, (const char* key), {
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    return value === null ? 0 : allocateUTF8(value);
  } catch (e) {
    return 0;
  }
});

EM_JS(int, JsStorageSet, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 0;
  } catch (e) {
    const full = e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
    return full ? 1 : 2;
  }
});

EM_JS(int, JsStorageRemove, (const char* key), {
  try {
    window.localStorage.removeItem(UTF8ToString(key));
    return 0;
  } catch (e) {
    return 2;
  }
});

// Every key, as a malloc'd JSON array; "[]" when storage cannot be read.
EM_JS(char*, JsStorageKeys, (), {
  const keys = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) keys.push(window.localStorage.key(i));
  } catch (e) {
  }
  return allocateUTF8(JSON.stringify(keys));
});

EM_JS(void, JsInstallStorageEvents, (), {
  // pagehide covers closing and reloading; visibilitychange covers switching away
  // on phones, where pagehide may never come. Both write what is pending.
  window.addEventListener('pagehide', () => Module._rex_page_hidden());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') Module._rex_page_hidden();
  });
  // Fired in every other tab of this origin when one tab writes; key is null when
  // a tab cleared the whole storage.
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage) return;
    const key = allocateUTF8(event.key === null ? 'role-explorer/' : event.key);
    Module._rex_storage_changed(key);
    _free(key);
  });
});

core::StoreResult FromCode(int code) {
  switch (code) {
    case kOk: return {};
    case kFull: return {false, "This browser's storage is full, so your latest changes are not saved here.", true};
    default: return {false, "This browser does not allow saving (storage is disabled or blocked).", false};
  }
}

}  // namespace

std::optional<std::string> LocalStorage::Get(const std::string& key) const {
  char* value = JsStorageGet(key.c_str());
  if (!value) return std::nullopt;
  std::string out(value);
  std::free(value);
  return out;
}

core::StoreResult LocalStorage::Set(const std::string& key, const std::string& value) {
  return FromCode(JsStorageSet(key.c_str(), value.c_str()));
}

core::StoreResult LocalStorage::Remove(const std::string& key) {
  const core::StoreResult result = FromCode(JsStorageRemove(key.c_str()));
  if (!result.ok) return {false, "This browser did not let us delete the saved data.", false};
  return result;
}

std::vector<std::string> LocalStorage::Keys() const {
  char* text = JsStorageKeys();
  const nlohmann::json keys = nlohmann::json::parse(text, nullptr, false);
  std::free(text);
  std::vector<std::string> out;
  if (!keys.is_array()) return out;
  for (const nlohmann::json& key : keys) {
    if (key.is_string()) out.push_back(key.get<std::string>());
  }
  return out;
}

void InstallStorageEventHandlers(StorageEventHandlers handlers) {
  g_handlers = std::move(handlers);
  JsInstallStorageEvents();
}

}  // namespace rex::platform

// Called from the JS above. Names are C so JS can reach them through Module._name.
extern "C" {
EMSCRIPTEN_KEEPALIVE void rex_page_hidden() { rex::platform::g_handlers.on_page_hidden(); }
EMSCRIPTEN_KEEPALIVE void rex_storage_changed(const char* key) { rex::platform::g_handlers.on_changed(key); }
}
