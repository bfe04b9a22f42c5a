#pragma once
// Files in and out of the page, without a server: downloads are Blobs saved by the
// browser; uploads come from a file picker, drag and drop onto the page, or paste.
// Incoming files arrive asynchronously through the callbacks installed here.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace rex::platform {

void DownloadFile(const std::string& file_name, const std::string& mime_type, const std::string& contents);
// Saves a rectangle of the WebGL canvas as PNG. Call it in the same frame callback
// that drew the picture: the drawing buffer is not preserved after it returns.
void DownloadCanvasPng(const std::string& file_name, float x, float y, float w, float h);

struct IncomingFile {
  std::string name;
  std::string bytes;
};
struct FileHandlers {
  std::function<void(IncomingFile)> on_file;                         // one file picked, dropped or pasted
  std::function<void(std::vector<IncomingFile>)> on_files;           // several picked or dropped at once
  std::function<void(const std::string&, double)> on_too_large;      // name, size in bytes: not read at all
  std::function<void(const std::string&)> on_text_paste;             // pasted text that is not a report
};

// Installs drop and paste listeners on the page; `max_bytes` is checked before reading.
void InstallFileHandlers(FileHandlers handlers, double max_bytes);
// Opens the browser's file picker (must run inside a user gesture: a click or key).
// `several`: more than one file may be picked; `folder`: a folder's .json files.
void OpenFilePicker(bool several, bool folder);

}  // namespace rex::platform
