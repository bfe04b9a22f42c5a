// role-explorer: the native command-line tool over the same core as the app.
// Commands are rows of a table; a command may be several words ("report packet").
#include <algorithm>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "core/app/app_info.hpp"

namespace {

using rex::cli::Args;

struct Command {
  const char* name;  // words separated by single spaces
  const char* arguments;
  const char* summary;
  int (*run)(const Args& args);
};

const Command kCommands[] = {
    {"validate", "FILE...", "check role files; prints \"FILE: ok (N items)\" or one line per error",
     rex::cli::RunValidate},
    {"stats", "FILE", "print item counts of a role as one JSON object", rex::cli::RunStats},
    {"role from-csv", "MATRIX.csv -o ROLE.json [--id ID] [--title TITLE]",
     "turn a competency matrix spreadsheet into a role file; \"file:line:column: message\" per error",
     rex::cli::RunRoleFromCsv},
    {"role diff", "ROLE.json FROM TO [--format text|md|json]",
     "list what changes between two targets of a role, the biggest change first", rex::cli::RunRoleDiff},
    {"report validate", "[--role ROLE.json]... FILE...",
     "check report files; prints \"FILE: ok (...)\" or \"where: message\"", rex::cli::RunReportValidate},
    {"report summary", "[--role ROLE.json]... FILE",
     "print a report's role, person, target, verdict, attainment and top gaps as JSON", rex::cli::RunReportSummary},
    {"report packet", "[--role ROLE.json]... FILE --format html|md [-o OUT]",
     "write the promotion packet of a report (to stdout without -o)", rex::cli::RunReportPacket},
    {"report team", "[--role ROLE.json]... FILE... [--format md|csv|json] [--redact] [--target ID] [-o OUT]",
     "team figures over many reports: readiness, item averages and spread, self vs manager; unreadable files listed",
     rex::cli::RunReportTeam},
};

void PrintUsage(std::ostream& out) {
  out << "usage: role-explorer COMMAND [ARGS]\n       role-explorer --version\n\ncommands:\n";
  for (const Command& command : kCommands) {
    out << "  " << command.name << ' ' << command.arguments << "\n      " << command.summary << '\n';
  }
  out << "\nexit status: 0 ok, 1 invalid or unreadable input, 2 bad command line\n";
}

std::vector<std::string> Words(const char* name) {
  std::istringstream in(name);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// The command whose words begin `args`; the longest such name wins.
const Command* FindCommand(const Args& args, std::size_t& words_used) {
  const Command* best = nullptr;
  words_used = 0;
  for (const Command& command : kCommands) {
    const std::vector<std::string> words = Words(command.name);
    const bool matches = words.size() <= args.size() && std::equal(words.begin(), words.end(), args.begin());
    if (matches && words.size() > words_used) {
      best = &command;
      words_used = words.size();
    }
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const Args args(argv + 1, argv + argc);
  if (args.size() == 1 && args.front() == "--version") {
    std::cout << "role-explorer " << rex::core::kAppVersion << '\n';
    return 0;
  }
  std::size_t words_used = 0;
  const Command* command = args.empty() ? nullptr : FindCommand(args, words_used);
  if (command == nullptr) {
    if (!args.empty() && args.front() != "--help" && args.front() != "-h") {
      std::cerr << "role-explorer: unknown command \"" << args.front() << "\"\n\n";
    }
    PrintUsage(std::cerr);
    return rex::cli::kExitUsage;
  }
  return command->run(Args(args.begin() + static_cast<std::ptrdiff_t>(words_used), args.end()));
}
