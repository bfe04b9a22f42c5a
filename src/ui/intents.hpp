#pragma once
// Requests from views that only the platform can carry out (I/O). Views emit
// them; the platform takes them after each frame. The UI itself never touches
// files, storage or the network (DESIGN.md).
#include <string>
#include <variant>

namespace rex::ui {

enum class PacketFormat { kHtml, kMarkdown };

struct ExportReport {
  bool redacted = false;
};
struct ExportPacket {
  PacketFormat format = PacketFormat::kHtml;
};
struct ExportChartSvg {
  std::string chart;  // "overview", or a rated kind
};
// A PNG of what is on screen: the platform crops the canvas right after the
// frame that drew it, so the picture is exactly what the person sees.
struct ExportChartPng {
  std::string file_name;
  float x = 0, y = 0, w = 0, h = 0;  // device pixels in the canvas, top-left origin
};
struct OpenReportPicker {};
struct DeleteBrowserData {};

using Intent =
    std::variant<ExportReport, ExportPacket, ExportChartSvg, ExportChartPng, OpenReportPicker, DeleteBrowserData>;

// A file the app made for the platform to download.
struct OutgoingFile {
  std::string name;
  std::string mime_type;
  std::string contents;
};

}  // namespace rex::ui
