// `role diff`: what changes between two targets of a role (core DiffTargets),
// item by item, biggest change first: as text for a terminal, a Markdown table
// for a wiki page, or JSON for scripts.
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "cli/file_input.hpp"
#include "core/progress/target_diff.hpp"
#include "core/report/packet_model.hpp"
#include "core/text/json_writer.hpp"
#include "core/text/lines.hpp"
#include "core/text/text_out.hpp"

namespace rex::cli {
namespace {

constexpr const char* kCommand = "role diff";

struct DiffArgs {
  std::string role_file;
  std::string from;
  std::string to;
  std::string format = "text";
};

std::optional<DiffArgs> ParseArgs(const Args& args) {
  DiffArgs parsed;
  std::vector<std::string> positional;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--format") {
      if (i + 1 == args.size()) {
        std::cerr << kCommand << ": --format needs a value\n";
        return std::nullopt;
      }
      parsed.format = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << kCommand << ": unknown option \"" << arg << "\"\n";
      return std::nullopt;
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 3) {
    std::cerr << kCommand << ": give a role file and two target ids (FROM TO)\n";
    return std::nullopt;
  }
  if (parsed.format != "text" && parsed.format != "md" && parsed.format != "json") {
    std::cerr << kCommand << ": give --format text, md or json\n";
    return std::nullopt;
  }
  parsed.role_file = positional[0];
  parsed.from = positional[1];
  parsed.to = positional[2];
  return parsed;
}

// "3 items change (2 raised, 1 lowered), 26 unchanged"
std::string Counts(const core::TargetDiff& diff) {
  core::TextOut out;
  const std::size_t changes = diff.changes.size();
  if (changes == 0) {
    out << "no items change";
  } else {
    out << changes << (changes == 1 ? " item changes (" : " items change (") << diff.Raised() << " raised, "
        << diff.Lowered() << " lowered)";
  }
  out << ", " << diff.unchanged << " unchanged";
  return out.str();
}

// "2 Proficient"
std::string Level(int level, const core::LevelMeaning& meaning) {
  return meaning.name.empty() ? std::to_string(level) : std::to_string(level) + " " + meaning.name;
}

// "    from: " then the text; later lines of the text line up under its first.
void Described(core::TextOut& out, std::string_view label, const std::string& text) {
  out << "    " << label;
  bool first = true;
  core::ForEachLine(text, [&](std::string_view line) {
    if (!first) out << '\n' << std::string(4 + label.size(), ' ');
    out << line;
    first = false;
  });
  out << '\n';
}

std::string AsText(const core::TargetDiff& diff) {
  core::TextOut out;
  out << diff.from_name << " → " << diff.to_name << ": " << Counts(diff) << '\n';
  for (const core::ExpectationChange& change : diff.changes) {
    out << '\n' << change.item_name << " (" << change.category << "): " << Level(change.from_level, change.from)
        << " → " << Level(change.to_level, change.to) << '\n';
    Described(out, "from: ", change.from.text);
    Described(out, "to:   ", change.to.text);
  }
  return out.str();
}

// A table cell: Markdown escaped line by line, line breaks as <br>, so a cell
// never ends the row early.
std::string Cell(const std::string& text) {
  std::string cell;
  core::ForEachLine(text, [&](std::string_view line) {
    const std::string escaped = core::packet::EscapeMarkdown(line);
    if (escaped.empty()) return;
    if (!cell.empty()) cell += "<br>";
    cell += escaped;
  });
  return cell;
}

std::string AsMarkdown(const core::TargetDiff& diff) {
  core::TextOut out;
  const std::string from = Cell(diff.from_name), to = Cell(diff.to_name);
  out << "# " << from << " → " << to << "\n\n" << Counts(diff) << ".\n";
  if (diff.changes.empty()) return out.str();
  out << "\n| Item | Category | " << from << " | " << to << " | At " << from << " | At " << to << " |\n"
      << "|---|---|---|---|---|---|\n";
  for (const core::ExpectationChange& change : diff.changes) {
    out << "| " << Cell(change.item_name) << " | " << Cell(change.category) << " | "
        << Cell(Level(change.from_level, change.from)) << " | " << Cell(Level(change.to_level, change.to)) << " | "
        << Cell(change.from.text) << " | " << Cell(change.to.text) << " |\n";
  }
  return out.str();
}

void JsonTarget(core::JsonWriter& json, const char* key, const std::string& id, const std::string& name) {
  json.Key(key);
  json.BeginObject();
  json.Member("id", id);
  json.Member("name", name);
  json.EndObject();
}

void JsonLevel(core::JsonWriter& json, const char* key, int level, const core::LevelMeaning& meaning) {
  json.Key(key);
  json.BeginObject();
  json.Member("level", level);
  json.Member("name", meaning.name);
  json.Member("text", meaning.text);
  json.Member("item_specific", meaning.item_specific);
  json.EndObject();
}

std::string AsJson(const core::TargetDiff& diff) {
  core::JsonWriter json(2);
  json.BeginObject();
  JsonTarget(json, "from", diff.from_id, diff.from_name);
  JsonTarget(json, "to", diff.to_id, diff.to_name);
  json.Member("unchanged", diff.unchanged);
  json.Key("changes");
  json.BeginArray();
  for (const core::ExpectationChange& change : diff.changes) {
    json.BeginObject();
    json.Member("item_id", change.item_id);
    json.Member("name", change.item_name);
    json.Member("category", change.category);
    JsonLevel(json, "from", change.from_level, change.from);
    JsonLevel(json, "to", change.to_level, change.to);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  return json.Take() + "\n";
}

}  // namespace

int RunRoleDiff(const Args& raw) {
  const std::optional<DiffArgs> args = ParseArgs(raw);
  if (!args) return kExitUsage;
  const core::RoleLoadResult loaded = LoadRoleFile(args->role_file);
  if (!loaded.role) {
    for (const core::Error& error : loaded.errors) std::cerr << error.ToString() << '\n';
    return kExitInvalid;
  }
  const core::Result<core::TargetDiff> diff = core::DiffTargets(*loaded.role, args->from, args->to);
  if (!diff.ok()) {
    std::cerr << args->role_file << ": " << diff.error().message << '\n';
    return kExitInvalid;
  }
  const core::TargetDiff& d = diff.value();
  std::cout << (args->format == "json" ? AsJson(d) : args->format == "md" ? AsMarkdown(d) : AsText(d));
  return kExitOk;
}

}  // namespace rex::cli
