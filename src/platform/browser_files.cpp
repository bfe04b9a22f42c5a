#include "platform/browser_files.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <utility>

namespace rex::platform {
namespace {

FileHandlers g_handlers;  // owned by the platform layer for the page's lifetime

EM_JS(void, JsDownload, (const char* name, const char* mime, const char* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  const url = URL.createObjectURL(new Blob([bytes], { type: UTF8ToString(mime) }));
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

EM_JS(void, JsDownloadCanvasPng, (const char* name, double x, double y, double w, double h), {
  const crop = document.createElement('canvas');
  crop.width = Math.max(1, Math.round(w));
  crop.height = Math.max(1, Math.round(h));
  crop.getContext('2d').drawImage(Module['canvas'], x, y, w, h, 0, 0, crop.width, crop.height);
  const fileName = UTF8ToString(name);
  crop.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }, 'image/png');
});

EM_JS(void, JsInstallFileHandlers, (double max_bytes), {
  // Reads a File and hands its bytes to C++; refuses oversized files unread.
  const deliver = (file) => {
    if (file.size > max_bytes) {
      const name = allocateUTF8(file.name);
      Module._rex_file_too_large(name, file.size);
      _free(name);
      return;
    }
    file.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      const data = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, data);
      const name = allocateUTF8(file.name);
      Module._rex_file_received(name, data, bytes.length);
      _free(name);
      _free(data);
    });
  };
  Module.rexDeliverFile = deliver;
  window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) deliver(file);
  });
  window.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!text) return;
    e.preventDefault();
    if (text.length > max_bytes) {
      const name = allocateUTF8('pasted text');
      Module._rex_file_too_large(name, text.length);
      _free(name);
      return;
    }
    const ptr = allocateUTF8(text);
    Module._rex_text_pasted(ptr);
    _free(ptr);
  });
});

EM_JS(void, JsOpenFilePicker, (), {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,.csv,application/json,text/csv';  // reports, role files and competency matrices
  input.addEventListener('change', () => { if (input.files[0]) Module.rexDeliverFile(input.files[0]); });
  input.click();
});

}  // namespace

void DownloadFile(const std::string& file_name, const std::string& mime_type, const std::string& contents) {
  JsDownload(file_name.c_str(), mime_type.c_str(), contents.data(), static_cast<int>(contents.size()));
}

void DownloadCanvasPng(const std::string& file_name, float x, float y, float w, float h) {
  JsDownloadCanvasPng(file_name.c_str(), x, y, w, h);
}

void InstallFileHandlers(FileHandlers handlers, double max_bytes) {
  g_handlers = std::move(handlers);
  JsInstallFileHandlers(max_bytes);
}

void OpenFilePicker() { JsOpenFilePicker(); }

}  // namespace rex::platform

// Called from the JS above. Names are C so JS can reach them through Module._name.
extern "C" {
EMSCRIPTEN_KEEPALIVE void rex_file_received(const char* name, const char* data, int size) {
  rex::platform::g_handlers.on_file({name, std::string(data, static_cast<size_t>(size))});
}
EMSCRIPTEN_KEEPALIVE void rex_file_too_large(const char* name, double size) {
  rex::platform::g_handlers.on_too_large(name, size);
}
EMSCRIPTEN_KEEPALIVE void rex_text_pasted(const char* text) {
  const std::string value(text);
  // A pasted report starts with "{"; anything else is ordinary text for a field.
  const size_t first = value.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && value[first] == '{') {
    rex::platform::g_handlers.on_file({"pasted text", value});
  } else {
    rex::platform::g_handlers.on_text_paste(value);
  }
}
}
