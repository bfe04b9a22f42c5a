#include "ui/view_state.hpp"

namespace rex::ui {

const char* PageName(Page page) {
  switch (page) {
    case Page::kExplore: return "explore";
    case Page::kAssess: return "assess";
    case Page::kProgress: return "progress";
    case Page::kReport: return "report";
  }
  return "explore";
}

}  // namespace rex::ui
