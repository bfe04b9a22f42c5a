#pragma once
// Messages for the person: what went wrong and where, or what just happened.
// Shown as a banner under the top bar until dismissed (errors) or for a while (info).
#include <optional>
#include <string>
#include <vector>

#include "ui/intents.hpp"

namespace rex::ui {

enum class NoticeKind { kInfo, kSuccess, kWarning, kError };

struct Notice {
  NoticeKind kind = NoticeKind::kInfo;
  std::string title;   // short: "Could not import report.json"
  std::string detail;  // where and what: "line 3, column 7: expected a string"
  // What the person can do about it right there, e.g. "Load a role…".
  std::string action_label = {};
  std::optional<Intent> action = {};
};

}  // namespace rex::ui
