#pragma once
// Requests from views that a view cannot carry out itself. The app handles those
// about saved work (it owns the persistence component); the platform takes the
// rest (downloads, the file picker) after each frame. Views never touch files,
// storage or the network (docs/adr/0001-layers-as-targets.md).
#include <string>
#include <variant>

#include "ui/item_scope.hpp"

namespace rex::ui {

enum class PacketFormat { kHtml, kMarkdown };

struct ExportReport {
  bool redacted = false;
};
struct ExportPacket {
  PacketFormat format = PacketFormat::kHtml;
};
struct ExportChartSvg {
  ItemScope chart;  // every rated item (the overview) or one kind
};
// A PNG of what is on screen: the platform crops the canvas right after the
// frame that drew it, so the picture is exactly what the person sees.
struct ExportChartPng {
  std::string file_name;
  float x = 0, y = 0, w = 0, h = 0;  // device pixels in the canvas, top-left origin
};
// The file picker: reports and role files alike (the app tells them apart).
// The Team page picks several files at once, or every file of a folder.
struct OpenFilePicker {
  bool several = false;
  bool folder = false;
};
enum class TeamFormat { kCsv, kHtml };
struct ExportTeam {
  TeamFormat format = TeamFormat::kCsv;
};
// A copy of work put aside in this browser: download it as a file.
struct ExportAsideCopy {
  std::string key;
};

// Handled by the app itself (saved work).
struct DeleteBrowserData {};
struct DeleteAsideCopy {
  std::string key;
};
// Take a role the person loaded out of the app (its work stays stored).
struct RemoveRoleFile {
  std::string role_id;
};

using Intent = std::variant<ExportReport, ExportPacket, ExportChartSvg, ExportChartPng, OpenFilePicker, ExportTeam,
                            ExportAsideCopy, DeleteBrowserData, DeleteAsideCopy, RemoveRoleFile>;

// A file the app made for the platform to download.
struct OutgoingFile {
  std::string name;
  std::string mime_type;
  std::string contents;
};

}  // namespace rex::ui
