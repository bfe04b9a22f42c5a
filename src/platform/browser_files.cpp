#include "platform/browser_files.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <utility>

namespace rex::platform {
namespace {

FileHandlers g_handlers;  // owned by the platform layer for the page's lifetime
std::vector<IncomingFile> g_batch;  // files of one pick or drop, between rex_files_begin and rex_files_end

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
  // Reads Files and hands their bytes to C++ in one batch, so a team of 200
  // reports is read by the app once; oversized files are refused unread.
  const deliverAll = (files) => {
    const wanted = [];
    for (const file of files) {
      if (file.size > max_bytes) {
        const name = allocateUTF8(file.name);
        Module._rex_file_too_large(name, file.size);
        _free(name);
      } else {
        wanted.push(file);
      }
    }
    if (wanted.length === 0) return;
    Promise.all(wanted.map((file) => file.arrayBuffer())).then((buffers) => {
      Module._rex_files_begin();
      buffers.forEach((buffer, i) => {
        const bytes = new Uint8Array(buffer);
        const data = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, data);
        const name = allocateUTF8(wanted[i].name);
        Module._rex_file_received(name, data, bytes.length);
        _free(name);
        _free(data);
      });
      Module._rex_files_end();
    });
  };
  // A dropped folder: its .json files, folders inside it included.
  const filesOfEntry = (entry) => new Promise((resolve) => {
    if (entry.isFile) {
      entry.file((file) => resolve(file.name.toLowerCase().endsWith('.json') ? [file] : []), () => resolve([]));
      return;
    }
    const reader = entry.createReader();
    const found = [];
    const next = () => reader.readEntries((entries) => {
      if (entries.length === 0) {
        Promise.all(found).then((lists) => resolve([].concat(...lists)));
        return;
      }
      for (const child of entries) found.push(filesOfEntry(child));
      next();
    }, () => resolve([]));
    next();
  });
  Module.rexDeliverFiles = deliverAll;
  window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const transfer = e.dataTransfer;
    if (!transfer) return;
    const items = transfer.items ? Array.from(transfer.items) : [];
    const entries = items.map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter((x) => x);
    if (entries.some((entry) => entry.isDirectory)) {
      Promise.all(entries.map(filesOfEntry)).then((lists) => deliverAll([].concat(...lists)));
    } else {
      deliverAll(Array.from(transfer.files || []));
    }
  });
  window.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : "";
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

EM_JS(void, JsOpenFilePicker, (int several, int folder), {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,.csv,application/json,text/csv';  // reports, role files and competency matrices
  input.multiple = several !== 0;
  if (folder) input.webkitdirectory = true;
  input.addEventListener('change', () => {
    const files = Array.from(input.files || []);
    Module.rexDeliverFiles(folder ? files.filter((file) => file.name.toLowerCase().endsWith('.json')) : files);
  });
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

void OpenFilePicker(bool several, bool folder) { JsOpenFilePicker(several ? 1 : 0, folder ? 1 : 0); }

}  // namespace rex::platform

// Called from the JS above. Names are C so JS can reach them through Module._name.
extern "C" {
EMSCRIPTEN_KEEPALIVE void rex_files_begin() { rex::platform::g_batch.clear(); }
EMSCRIPTEN_KEEPALIVE void rex_file_received(const char* name, const char* data, int size) {
  rex::platform::g_batch.push_back({name, std::string(data, static_cast<size_t>(size))});
}
// One file goes the way a single file always went; several go together.
EMSCRIPTEN_KEEPALIVE void rex_files_end() {
  std::vector<rex::platform::IncomingFile> batch;
  batch.swap(rex::platform::g_batch);
  if (batch.size() == 1) {
    rex::platform::g_handlers.on_file(std::move(batch.front()));
  } else if (!batch.empty()) {
    rex::platform::g_handlers.on_files(std::move(batch));
  }
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
