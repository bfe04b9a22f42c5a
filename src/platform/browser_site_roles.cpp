#include "platform/browser_site_roles.hpp"

#include <emscripten.h>

#include <utility>

namespace rex::platform {
namespace {

SiteRoleHandlers g_site_handlers;  // owned by the platform layer for the page's lifetime

EM_JS(void, JsFetchSiteRoles, (double max_bytes), {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (policy && !/connect-src 'self'/.test(policy.content)) return;
  const fail = (what, why) => {
    const a = allocateUTF8(what);
    const b = allocateUTF8(why);
    Module._rex_site_roles_failed(a, b);
    _free(a);
    _free(b);
  };
  const deliver = (name, bytes) => {
    const data = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, data);
    const n = allocateUTF8(name);
    Module._rex_site_role(n, data, bytes.length);
    _free(n);
    _free(data);
  };
  // A plain file name in the roles folder: nothing that reaches elsewhere. (No
  // backslash in this source: EM_JS passes it through JSON, where it breaks.)
  const forbidden = ['/', ':', '?', '#', '%', String.fromCharCode(92)];
  const plainName = (name) => typeof name === 'string' && name.length > 0 && !name.startsWith('.') &&
                              !forbidden.some((c) => name.includes(c));
  const options = { cache: 'no-cache', credentials: 'same-origin', redirect: 'error' };
  (async () => {
    let response;
    try {
      response = await fetch('roles/index.json', options);
    } catch (error) {
      fail('roles/index.json', 'It could not be fetched (' + error.message + ').');
      return;
    }
    if (response.status === 404) return;  // this site adds no roles
    if (!response.ok) {
      fail('roles/index.json', 'The server answered HTTP ' + response.status + '.');
      return;
    }
    let names;
    try {
      names = JSON.parse(await response.text());
    } catch (error) {
      fail('roles/index.json', 'It is not valid JSON (' + error.message + '). It should be a list of file names, like ["acme-backend.json"].');
      return;
    }
    if (names && !Array.isArray(names) && Array.isArray(names.roles)) names = names.roles;
    if (!Array.isArray(names)) {
      fail('roles/index.json', 'It should be a JSON list of role file names, like ["acme-backend.json"].');
      return;
    }
    for (const name of names) {
      if (!plainName(name)) {
        fail('roles/index.json', 'The entry ' + JSON.stringify(name) + ' is not a file name in the roles folder (no "/", ":", "%" or leading ".").');
        continue;
      }
      try {
        const file = await fetch('roles/' + name, options);
        if (!file.ok) {
          fail(name, 'roles/' + name + ' could not be fetched: the server answered HTTP ' + file.status + '.');
          continue;
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (bytes.length > max_bytes) {
          fail(name, 'roles/' + name + ' is ' + (bytes.length / 1048576).toFixed(1) + ' MB; role files are at most ' + (max_bytes / 1048576).toFixed(0) + ' MB.');
          continue;
        }
        deliver(name, bytes);
      } catch (error) {
        fail(name, 'roles/' + name + ' could not be fetched (' + error.message + ').');
      }
    }
  })();
});

}  // namespace

void FetchSiteRoles(SiteRoleHandlers handlers, double max_bytes) {
  g_site_handlers = std::move(handlers);
  JsFetchSiteRoles(max_bytes);
}

}  // namespace rex::platform

// Called from the JS above.
extern "C" {
EMSCRIPTEN_KEEPALIVE void rex_site_role(const char* name, const char* data, int size) {
  rex::platform::g_site_handlers.on_role(name, std::string(data, static_cast<size_t>(size)));
}
EMSCRIPTEN_KEEPALIVE void rex_site_roles_failed(const char* what, const char* why) {
  rex::platform::g_site_handlers.on_failure(what, why);
}
}
