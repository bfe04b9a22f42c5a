#include "cli/report_input.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/file_input.hpp"
#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/role/role_loader.hpp"

namespace rex::cli {
namespace fs = std::filesystem;

std::optional<ReportArgs> ParseReportArgs(const char* command, const Args& args, bool with_format) {
  ReportArgs parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool takes_value = arg == "--role" || (with_format && (arg == "--format" || arg == "-o" || arg == "--output"));
    if (takes_value) {
      if (i + 1 == args.size()) {
        std::cerr << command << ": " << arg << " needs a value\n";
        return std::nullopt;
      }
      const std::string& value = args[++i];
      if (arg == "--role") {
        parsed.role_files.push_back(value);
      } else if (arg == "--format") {
        parsed.format = value;
      } else {
        parsed.output = value;
      }
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << command << ": unknown option \"" << arg << "\"\n";
      return std::nullopt;
    } else {
      parsed.files.push_back(arg);
    }
  }
  return parsed;
}

std::optional<std::vector<core::Role>> LoadReportRoles(const std::vector<std::string>& role_files) {
  std::vector<core::Role> roles;
  bool ok = true;
  const auto add = [&](core::RoleLoadResult loaded) {
    if (loaded.role) {
      roles.push_back(std::move(*loaded.role));
      return;
    }
    ok = false;
    for (const core::Error& error : loaded.errors) std::cerr << error.ToString() << '\n';
  };
  core::Session built_in = core::LoadCatalog(content::Files());
  for (core::RoleEntry& entry : built_in.roles) roles.push_back(std::move(entry.role));
  for (const core::Error& error : built_in.load_errors) std::cerr << error.ToString() << '\n';
  ok = built_in.load_errors.empty();
  for (const std::string& path : role_files) add(LoadRoleFile(path));
  if (!ok) return std::nullopt;
  return roles;
}

core::Result<std::string> ReadReportFile(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (!ec && fs::is_regular_file(status)) {
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec) {
      if (auto too_big = core::CheckReportSize(size, path)) return std::move(*too_big);
    }
  }
  // The size is checked above, with the report limit and message; the shared
  // reader only adds its own (equal) cap and the missing-file messages.
  return ReadInputFile(path);
}

core::Result<core::ImportedReport> LoadReportFile(const std::string& path, const std::vector<core::Role>& roles) {
  core::Result<std::string> text = ReadReportFile(path);
  if (!text.ok()) return text.error();
  std::vector<const core::Role*> catalog;
  for (const core::Role& role : roles) catalog.push_back(&role);
  return core::ParseReport(text.value(), path, catalog);
}

int WriteReportOutput(const std::string& output, const std::string& text, const char* what) {
  if (output.empty()) {
    std::cout << text;
    return kExitOk;
  }
  std::ofstream out(output, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    std::cerr << output << ": cannot write the " << what << '\n';
    return kExitInvalid;
  }
  std::cout << output << ": written (" << text.size() << " bytes)\n";
  return kExitOk;
}

const core::Role* FindRole(const std::vector<core::Role>& roles, const std::string& id) {
  for (const core::Role& role : roles) {
    if (role.id == id) return &role;
  }
  return nullptr;
}

}  // namespace rex::cli
