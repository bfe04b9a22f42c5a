#pragma once
// Messages for the person: what went wrong and where, or what just happened.
// Shown as a banner under the top bar until dismissed (errors) or for a while (info).
#include <string>
#include <vector>

namespace rex::ui {

enum class NoticeKind { kInfo, kSuccess, kWarning, kError };

struct Notice {
  NoticeKind kind = NoticeKind::kInfo;
  std::string title;   // short: "Could not import report.json"
  std::string detail;  // where and what: "line 3, column 7: expected a string"
};

}  // namespace rex::ui
