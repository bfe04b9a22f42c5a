// Fuzz harness: any bytes -> rex::core::RoleFromCsv (a competency matrix
// spreadsheet -> a role file). It never returns a role together with errors,
// every error names the source and a line:column inside the input, and every
// role it writes loads with the real loader without errors; ASan/UBSan catch
// the rest.
// fuzz-seeds: tests/fixtures/csv
// fuzz-dict: tests/fuzz/csv.dict
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/role/csv_table.hpp"
#include "core/role/role_from_csv.hpp"
#include "core/role/role_loader.hpp"
#include "fuzz_check.hpp"

namespace {

constexpr std::string_view kSource = "fuzz.csv";

// The last column of each line (where its line break is), counted as
// PositionOfOffset counts: after the byte order mark, in code points.
std::vector<int> LineEndColumns(std::string_view text) {
  std::vector<int> ends;
  int column = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ends.push_back(column);
      column = 1;
    } else if (byte == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if ((byte & 0xC0) != 0x80) {
      ++column;
    }
  }
  ends.push_back(column);
  return ends;
}

// "fuzz.csv:LINE:COLUMN" with the place inside the text.
bool NamesAPlaceIn(const std::string& where, const std::vector<int>& line_ends) {
  if (where.rfind(std::string(kSource) + ":", 0) != 0) return false;
  const std::string place = where.substr(kSource.size() + 1);
  const std::size_t colon = place.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == place.size()) return false;
  if (place.find_first_not_of("0123456789:") != std::string::npos) return false;
  if (place.size() > 18) return false;  // no number this long fits a 5 MB input
  const long line = std::stol(place.substr(0, colon));
  const long column = std::stol(place.substr(colon + 1));
  return line >= 1 && line <= static_cast<long>(line_ends.size()) && column >= 1 &&
         column <= line_ends[static_cast<std::size_t>(line - 1)];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const rex::core::CsvRoleResult result = rex::core::RoleFromCsv(text, std::string(kSource), {});

  REX_FUZZ_CHECK(result.role_json.has_value() == result.errors.empty());
  REX_FUZZ_CHECK(result.errors.size() <= rex::core::kMaxLoadErrors + 1);
  const std::vector<int> line_ends = LineEndColumns(rex::core::WithoutByteOrderMark(text));
  for (const rex::core::Error& error : result.errors) {
    REX_FUZZ_CHECK(!error.message.empty());
    REX_FUZZ_CHECK(NamesAPlaceIn(error.where, line_ends));
  }
  if (result.role_json) {
    const rex::core::RoleLoadResult loaded = rex::core::LoadRole(*result.role_json, "fuzz.json");
    REX_FUZZ_CHECK(loaded.errors.empty());
    REX_FUZZ_CHECK(loaded.role && loaded.role->rating_model.scale.size() == result.levels + 1);
    REX_FUZZ_CHECK(result.competencies > 0 && result.levels > 0);
  }
  return 0;
}
