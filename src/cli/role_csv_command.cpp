// `role from-csv`: a competency matrix spreadsheet -> a role file the app and
// `validate` accept (core/role/role_from_csv.hpp does the work).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/file_input.hpp"
#include "core/role/role_from_csv.hpp"
#include "core/text/byte_size.hpp"
#include "core/text/slug.hpp"

namespace rex::cli {
namespace {
namespace fs = std::filesystem;

constexpr const char* kCommand = "role from-csv";

struct FromCsvArgs {
  std::string input;
  std::string output;
  core::CsvRoleOptions options;
};

// Where each option's value goes; nullptr for an argument that is no option.
std::string* OptionTarget(const std::string& arg, FromCsvArgs& parsed) {
  if (arg == "-o" || arg == "--output") return &parsed.output;
  if (arg == "--id") return &parsed.options.id;
  if (arg == "--title") return &parsed.options.title;
  return nullptr;
}

bool CheckNames(const FromCsvArgs& parsed) {
  const std::string& id = parsed.options.id;
  if (!id.empty() && core::Slug(id) != id) {
    std::cerr << kCommand << ": --id \"" << id << "\" is not lower-case kebab case (e.g. \"backend-engineer\")\n";
    return false;
  }
  if (parsed.options.title.find_first_not_of(" \t") == std::string::npos && !parsed.options.title.empty()) {
    std::cerr << kCommand << ": --title is blank\n";
    return false;
  }
  return true;
}

// `-o matrix.csv` by a slip of the keyboard would replace the spreadsheet with JSON.
bool WouldOverwriteInput(const FromCsvArgs& parsed) {
  std::error_code ec;  // set (and false returned) when the output does not exist yet
  if (!fs::equivalent(parsed.input, parsed.output, ec)) return false;
  std::cerr << kCommand << ": -o names the spreadsheet itself; give the role file another name\n";
  return true;
}

// nullopt (after saying why on stderr) when the command line is wrong.
std::optional<FromCsvArgs> ParseArgs(const Args& args) {
  FromCsvArgs parsed;
  std::vector<std::string> inputs;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (std::string* target = OptionTarget(arg, parsed)) {
      if (i + 1 == args.size() || args[i + 1].empty()) {
        std::cerr << kCommand << ": " << arg << " needs a value\n";
        return std::nullopt;
      }
      *target = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << kCommand << ": unknown option \"" << arg << "\"\n";
      return std::nullopt;
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.size() != 1 || parsed.output.empty()) {
    std::cerr << kCommand << ": give one CSV file and -o ROLE.json\n";
    return std::nullopt;
  }
  parsed.input = inputs.front();
  if (!CheckNames(parsed) || WouldOverwriteInput(parsed)) return std::nullopt;
  return parsed;
}

// The shared reader's size message speaks of role files; a spreadsheet gets its own.
core::Result<std::string> ReadCsvFile(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) {
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > kMaxInputBytes) {
      return core::Error{path, "the file is " + core::ByteSize(size) + "; spreadsheets are at most 5 MB"};
    }
  }
  return ReadInputFile(path);
}

// Written next to the target and renamed over it, so a failed write never
// leaves half a role file behind.
bool WriteWhole(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  std::ofstream out(temporary, std::ios::binary);
  out << text;
  out.close();
  std::error_code ec;
  if (out) fs::rename(temporary, path, ec);
  if (!out || ec) {
    fs::remove(temporary, ec);
    return false;
  }
  return true;
}

void PrintWritten(const std::string& path, const core::CsvRoleResult& result) {
  std::cout << path << ": written (" << result.competencies
            << (result.competencies == 1 ? " competency in " : " competencies in ") << result.categories
            << (result.categories == 1 ? " category, " : " categories, ") << result.levels
            << (result.levels == 1 ? " level" : " levels") << "; default target \"" << result.default_target
            << "\")\n";
}

}  // namespace

int RunRoleFromCsv(const Args& raw) {
  const std::optional<FromCsvArgs> args = ParseArgs(raw);
  if (!args) return kExitUsage;
  const core::Result<std::string> text = ReadCsvFile(args->input);
  if (!text.ok()) {
    std::cerr << text.error().ToString() << '\n';
    return kExitInvalid;
  }
  const core::CsvRoleResult result = core::RoleFromCsv(text.value(), args->input, args->options);
  if (!result.role_json) {
    for (const core::Error& error : result.errors) std::cerr << error.ToString() << '\n';
    return kExitInvalid;
  }
  if (!WriteWhole(args->output, *result.role_json)) {
    std::cerr << args->output << ": cannot write the role file\n";
    return kExitInvalid;
  }
  PrintWritten(args->output, result);
  return kExitOk;
}

}  // namespace rex::cli
