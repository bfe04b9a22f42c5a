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
struct OpenReportPicker {};
struct DeleteBrowserData {};

using Intent = std::variant<ExportReport, ExportPacket, ExportChartSvg, OpenReportPicker, DeleteBrowserData>;

// A file the app made for the platform to download.
struct OutgoingFile {
  std::string name;
  std::string mime_type;
  std::string contents;
};

}  // namespace rex::ui
