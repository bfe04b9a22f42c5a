// The RFC 4180 reader (src/core/role/csv_table.hpp): quoting, line endings, the
// byte order mark, and the exact line:column of every field and every error.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/role/csv_table.hpp"
#include "core/role/role_loader.hpp"

using namespace rex::core;

namespace {

std::string At(TextPosition position) { return std::to_string(position.line) + ":" + std::to_string(position.column); }

struct Read {
  std::vector<CsvRow> rows;
  std::vector<Error> errors;
};

Read ReadAll(std::string_view text) {
  LocatedErrors errors("t.csv");
  Read read;
  read.rows = ReadCsvRows(text, errors);
  read.errors = errors.Take();
  return read;
}

std::vector<std::string> Texts(const CsvRow& row) {
  std::vector<std::string> texts;
  for (const CsvField& field : row.fields) texts.push_back(field.text);
  return texts;
}

using Fields = std::vector<std::string>;

// The one error a broken text gives, as "where: message".
std::string OnlyError(std::string_view text) {
  const Read read = ReadAll(text);
  REQUIRE(read.errors.size() == 1);
  return read.errors.front().ToString();
}

}  // namespace

TEST_CASE("plain fields split at commas and rows at LF, with their positions") {
  const Read read = ReadAll("a,bb,c\nd,,f");
  REQUIRE(read.errors.empty());
  REQUIRE(read.rows.size() == 2);
  CHECK(Texts(read.rows[0]) == Fields{"a", "bb", "c"});
  CHECK(Texts(read.rows[1]) == Fields{"d", "", "f"});
  CHECK(At(read.rows[0].fields[1].position) == "1:3");
  CHECK(At(read.rows[0].fields[2].position) == "1:6");
  CHECK(At(read.rows[0].end) == "1:7");
  CHECK(At(read.rows[1].fields[1].position) == "2:3");  // an empty field starts after its comma
  CHECK(At(read.rows[1].end) == "2:5");                // the end of the text
}

TEST_CASE("quoted fields hold commas, doubled quotes and line breaks") {
  const Read read = ReadAll("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",x\nnext,row,3,4\n");
  REQUIRE(read.errors.empty());
  REQUIRE(read.rows.size() == 2);
  CHECK(Texts(read.rows[0]) == Fields{"a, b", "say \"hi\"", "two\nlines", "x"});
  CHECK(At(read.rows[0].fields[2].position) == "1:21");  // the opening quote
  CHECK(At(read.rows[0].fields[3].position) == "2:8");   // after the line break inside quotes
  CHECK(At(read.rows[1].fields[0].position) == "3:1");
  CHECK(Texts(read.rows[1]) == Fields{"next", "row", "3", "4"});
}

TEST_CASE("an empty quoted field and a quoted field of one quote") {
  const Read read = ReadAll("\"\",\"\"\"\"");
  REQUIRE(read.errors.empty());
  CHECK(Texts(read.rows.at(0)) == Fields{"", "\""});
}

TEST_CASE("CRLF ends rows like LF, and becomes one line break inside quotes") {
  const Read read = ReadAll("a,b\r\n\"c\r\nd\",e\r\n");
  REQUIRE(read.errors.empty());
  REQUIRE(read.rows.size() == 2);
  CHECK(Texts(read.rows[1]) == Fields{"c\nd", "e"});
  CHECK(At(read.rows[0].end) == "1:4");
  CHECK(At(read.rows[1].fields[1].position) == "3:4");
}

TEST_CASE("a UTF-8 byte order mark is skipped and not counted as a column") {
  const Read read = ReadAll("\xEF\xBB\xBF" "a,b\nc,d");
  REQUIRE(read.errors.empty());
  CHECK(Texts(read.rows.at(0)) == Fields{"a", "b"});
  CHECK(At(read.rows[0].fields[0].position) == "1:1");
  CHECK(At(read.rows[0].fields[1].position) == "1:3");
}

TEST_CASE("columns count characters, not bytes") {
  const Read read = ReadAll("\xC3\xA9t\xC3\xA9,\xE2\x82\xAC,x");  // "été,€,x"
  REQUIRE(read.errors.empty());
  CHECK(At(read.rows.at(0).fields[1].position) == "1:5");
  CHECK(At(read.rows[0].fields[2].position) == "1:7");
}

TEST_CASE("empty lines are no rows, a line of commas is a row of empty fields") {
  const Read read = ReadAll("\n\na,b\n\n,\n\r\n");
  REQUIRE(read.errors.empty());
  REQUIRE(read.rows.size() == 2);
  CHECK(At(read.rows[0].fields[0].position) == "3:1");
  CHECK(Texts(read.rows[1]) == Fields{"", ""});
  CHECK(read.rows[1].IsBlank());
  CHECK_FALSE(read.rows[0].IsBlank());
}

TEST_CASE("spaces around a quoted field are ignored, in a plain field they are kept") {
  const Read read = ReadAll("a,  \"b, c\"  , d ");
  REQUIRE(read.errors.empty());
  CHECK(Texts(read.rows.at(0)) == Fields{"a", "b, c", " d "});
  CHECK(At(read.rows[0].fields[1].position) == "1:5");  // the quote, not the spaces
}

TEST_CASE("an unterminated quote is reported where it starts, and its row is dropped") {
  const Read read = ReadAll("h1,h2\nok,row\nx,\"never\nends,at all\n");
  REQUIRE(read.rows.size() == 2);
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0].ToString() ==
        "t.csv:3:3: this quoted field has no closing quote (\") before the end of the file");
}

TEST_CASE("a quote inside a plain field, and text after a closing quote, are errors with their place") {
  const Read read = ReadAll("a,b\"c\"d,e\n\"f\"g,h\n");
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors[0].where == "t.csv:1:4");
  CHECK(read.errors[0].message.find("a quote inside a field that does not start with one") == 0);
  CHECK(read.errors[1].where == "t.csv:2:4");
  CHECK(read.errors[1].message.find("text after the closing quote of a field") == 0);
  REQUIRE(read.rows.size() == 2);  // still read, so later rows are checked too
  CHECK(Texts(read.rows[0]) == Fields{"a", "b\"c\"d", "e"});
}

TEST_CASE("a carriage return alone is reported once") {
  const Read read = ReadAll("a,b\rc,d\re,f");
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0].where == "t.csv:1:4");
  CHECK(read.errors[0].message.find("old Mac line endings") != std::string::npos);
}

TEST_CASE("invalid UTF-8 refuses the file at the bad byte") {
  CHECK(OnlyError("a,b\nc,d\xE9t\xE9\n") ==
        "t.csv:2:4: file is not valid UTF-8 (byte 0xE9; Latin-1 or Windows-1252?): save the sheet as \"CSV UTF-8 "
        "(comma delimited)\"");
  CHECK(OnlyError("\xEF\xBB\xBF" "ab\xC3") .find("t.csv:1:3: file is not valid UTF-8 (byte 0xC3") == 0);
}

TEST_CASE("files that are not CSV are named for what they are") {
  CHECK(OnlyError(std::string("\xFF\xFE" "a\0,\0", 6)).find("t.csv:1:1: file is UTF-16 encoded") == 0);
  CHECK(OnlyError("PK\x03\x04....").find("t.csv:1:1: not CSV: this is a zip file (an .xlsx or .ods workbook?)") == 0);
  CHECK(OnlyError("\xD0\xCF\x11\xE0").find("t.csv:1:1: not CSV: this is an Excel 97-2003 workbook") == 0);
  CHECK(OnlyError("\n  {\"format\": \"role-explorer/role@1\"}").find("t.csv:2:3: not CSV: this looks like JSON") == 0);
  CHECK(OnlyError("<html>").find("t.csv:1:1: not CSV: this looks like HTML or XML") == 0);
  CHECK(OnlyError(std::string("ab\ncd\0ef", 8)) == "t.csv:2:3: not CSV: control character U+0000 (a binary file?)");
}

TEST_CASE("a row of more than kMaxCsvFields fields stops the reading") {
  const std::string row(kMaxCsvFields, ',');  // kMaxCsvFields + 1 fields
  const Read read = ReadAll("a,b\n" + row + "\nc,d\n");
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0].where == "t.csv:2:" + std::to_string(kMaxCsvFields + 1));
  CHECK(read.rows.size() == 1);
}

TEST_CASE("the error list is capped, and the closing line points at the first one left out") {
  std::string text;
  for (int i = 0; i < 150; ++i) text += "a\"b\n";
  const Read read = ReadAll(text);
  REQUIRE(read.errors.size() == kMaxLoadErrors + 1);
  CHECK(read.errors[kMaxLoadErrors - 1].where == "t.csv:100:2");
  CHECK(read.errors.back().ToString() == "t.csv:101:2: too many errors; only the first 100 are shown");
}
