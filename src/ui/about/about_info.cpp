#include "ui/about/about_info.hpp"

#include <nlohmann/json.hpp>

#include "ui/embedded_notices.hpp"

namespace rex::ui {

AboutInfo ReadAboutInfo() {
  AboutInfo info;
  const auto& files = rex::notices::Files();
  if (files.empty()) return info;
  const nlohmann::json json = nlohmann::json::parse(files.front().bytes, nullptr, false);
  if (!json.is_object()) return info;
  const nlohmann::json app = json.value("app", nlohmann::json::object());
  info.app_version = app.value("version", "");
  info.app_licence = app.value("licence", "");
  info.source_date = app.value("source_date", "");
  for (const nlohmann::json& c : json.value("components", nlohmann::json::array())) {
    info.components.push_back({c.value("name", ""), c.value("version", ""), c.value("licence", ""), c.value("purpose", "")});
  }
  return info;
}

}  // namespace rex::ui
