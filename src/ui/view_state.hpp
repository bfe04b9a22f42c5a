#pragma once
// What the person is looking at (page, selection, filter text). Not part of the
// model: changing it never touches their data, and it is not undone by undo.
#include <string>

#include "ui/assess/assess_state.hpp"
#include "ui/explore/explore_state.hpp"
#include "ui/progress/progress_state.hpp"
#include "ui/report/report_state.hpp"
#include "ui/team/team_state.hpp"

namespace rex::ui {

enum class Page { kExplore, kAssess, kProgress, kReport, kTeam };

struct ViewState {
  Page page = Page::kExplore;
  ExploreState explore;
  AssessState assess;
  ReportState report;
  ProgressState progress;
  TeamState team;
  bool about_open = false;  // the About panel (top bar or F1)
};

const char* PageName(Page page);

}  // namespace rex::ui
