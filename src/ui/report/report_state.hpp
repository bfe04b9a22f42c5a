#pragma once
// View state of the Report page: drafts and the two snapshots being compared.
#include <string>

namespace rex::ui {

struct ReportState {
  std::string name_draft;
  bool name_loaded = false;
  std::string snapshot_label;
  std::string compare_from;  // snapshot id, or "" for the current assessment
  std::string compare_to;
  std::string reviewer_draft;
};

}  // namespace rex::ui
