#include "ui/view_state.hpp"

namespace rex::ui {

const char* PageName(Page page) {
  switch (page) {
    case Page::kExplore: return "explore";
    case Page::kAssess: return "assess";
    case Page::kProgress: return "progress";
    case Page::kReport: return "report";
    case Page::kTeam: return "team";
  }
  return "explore";
}

}  // namespace rex::ui
