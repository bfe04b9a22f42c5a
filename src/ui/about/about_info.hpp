#pragma once
// What the About panel shows about this build: the app's version and source date
// and every third-party component with its version and licence, read from the
// embedded notices.json (generated with NOTICES.txt from one list; ADR 0013).
#include <string>
#include <vector>

namespace rex::ui {

struct AboutComponent {
  std::string name;
  std::string version;
  std::string licence;
  std::string purpose;
};

struct AboutInfo {
  std::string app_version;
  std::string app_licence;
  std::string source_date;  // the date of the commit it was built from
  std::vector<AboutComponent> components;
};

// Never fails: a build without notices (it cannot happen in ours) shows none.
AboutInfo ReadAboutInfo();

}  // namespace rex::ui
