#pragma once
// What the manager is looking at on the Team page (not their data: the files and
// the chosen orders are in session.team).
#include <string>

namespace rex::ui {

struct TeamState {
  std::string role_id;          // the role group shown when the team spans several; "" = the first
  std::string overlay_file;     // the person drawn over the team radar (by file); "" = nobody
  bool all_calibration = false; // every disagreement instead of the biggest ones
  // What the last frame drew of the heat map: rows and columns inside the view
  // (clipping keeps a 200-person team cheap), for the bridge and the bench.
  int drawn_rows = 0;
  int drawn_columns = 0;
};

}  // namespace rex::ui
