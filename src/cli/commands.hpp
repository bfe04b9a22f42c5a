#pragma once
// The CLI's subcommands. Each takes the arguments after its own name and
// returns the process exit code (see kExit*).
#include <string>
#include <vector>

namespace rex::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;  // an input was missing or invalid
inline constexpr int kExitUsage = 2;    // the command line itself was wrong

using Args = std::vector<std::string>;

int RunValidate(const Args& args);
int RunStats(const Args& args);
int RunRoleFromCsv(const Args& args);
int RunRoleDiff(const Args& args);
int RunReportValidate(const Args& args);
int RunReportSummary(const Args& args);
int RunReportPacket(const Args& args);
int RunReportTeam(const Args& args);

}  // namespace rex::cli
