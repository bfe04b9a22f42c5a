#include "core/role/csv_table.hpp"

#include <cstdio>
#include <optional>

namespace rex::core {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsContinuationByte(unsigned char byte) { return (byte & 0xC0) == 0x80; }
bool IsBlankChar(char c) { return c == ' ' || c == '\t'; }
bool IsLineChar(char c) { return c == '\n' || c == '\r'; }

bool IsControlChar(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte < 0x20 && c != '\t' && !IsLineChar(c)) || byte == 0x7F;
}

std::string Hex(char c, const char* format) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, static_cast<unsigned>(static_cast<unsigned char>(c)));
  return buffer;
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

constexpr const char* kSaveAsCsv = "save the sheet as \"CSV UTF-8 (comma delimited)\"";

// Files people pick by mistake, named for what they are: a workbook is not "a CSV
// file with a bad quote on line 1".
std::optional<std::string> WrongFileKind(std::string_view text) {
  if (StartsWith(text, "\xFF\xFE") || StartsWith(text, "\xFE\xFF")) {
    return std::string("file is UTF-16 encoded, not UTF-8: ") + kSaveAsCsv;
  }
  if (StartsWith(text, "PK\x03\x04")) {
    return std::string("not CSV: this is a zip file (an .xlsx or .ods workbook?); ") + kSaveAsCsv;
  }
  if (StartsWith(text, "\xD0\xCF\x11\xE0")) {
    return std::string("not CSV: this is an Excel 97-2003 workbook (.xls); ") + kSaveAsCsv;
  }
  return std::nullopt;
}

std::optional<std::size_t> FindControlChar(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (IsControlChar(text[i])) return i;
  }
  return std::nullopt;
}

// JSON or markup where a spreadsheet was expected: the first visible character says so.
std::optional<std::string> LooksLikeAnotherFormat(char first) {
  if (first == '{' || first == '[') return "not CSV: this looks like JSON (a role file?); give the matrix as CSV";
  if (first == '<') return "not CSV: this looks like HTML or XML; " + std::string(kSaveAsCsv);
  return std::nullopt;
}

// True (after one error) when `body` is not CSV text at all.
bool RefuseWholeText(std::string_view raw, std::string_view body, LocatedErrors& errors) {
  if (const auto kind = WrongFileKind(raw)) {
    errors.At(TextPosition{}, *kind);
    return true;
  }
  if (const auto bad = FindInvalidUtf8(body)) {
    errors.At(PositionOfOffset(body, *bad), "file is not valid UTF-8 (byte " + Hex(body[*bad], "0x%02X") +
                                                "; Latin-1 or Windows-1252?): " + kSaveAsCsv);
    return true;
  }
  if (const auto control = FindControlChar(body)) {
    errors.At(PositionOfOffset(body, *control),
              "not CSV: control character " + Hex(body[*control], "U+%04X") + " (a binary file?)");
    return true;
  }
  const std::size_t first = body.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  if (const auto other = LooksLikeAnotherFormat(body[first])) {
    errors.At(PositionOfOffset(body, first), *other);
    return true;
  }
  return false;
}

// One pass over the text, byte by byte, keeping the line and column of the next
// byte as PositionOfOffset would compute them.
class Reader {
 public:
  Reader(std::string_view text, LocatedErrors& errors, const std::function<void(const CsvRow&)>& on_row)
      : text_(text), errors_(errors), on_row_(on_row) {}

  void Run() {
    while (!AtEnd()) {
      if (AtLineBreak()) {  // an empty line is no row
        SkipLineBreak();
        continue;
      }
      CsvRow row;
      if (!ReadRow(row)) return;  // what follows cannot be split into rows reliably
      on_row_(row);
    }
  }

 private:
  bool AtEnd() const { return at_ >= text_.size(); }
  char Peek() const { return text_[at_]; }
  bool AtLineBreak() const { return !AtEnd() && IsLineChar(Peek()); }
  bool AtFieldEnd() const { return AtEnd() || Peek() == ',' || AtLineBreak(); }

  void Advance() {
    const auto byte = static_cast<unsigned char>(text_[at_]);
    if (byte == '\n') {
      ++position_.line;
      position_.column = 1;
    } else if (byte == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') {
      // the '\n' that follows ends the line
    } else if (!IsContinuationByte(byte)) {
      ++position_.column;
    }
    ++at_;
  }

  void SkipLineBreak() {
    if (Peek() == '\r') {
      const bool crlf = at_ + 1 < text_.size() && text_[at_ + 1] == '\n';
      if (!crlf) ReportLoneCarriageReturn();
      Advance();
      if (!crlf) return;
    }
    Advance();
  }

  // Once per file: every line of an old Mac file has one.
  void ReportLoneCarriageReturn() {
    if (lone_cr_reported_) return;
    lone_cr_reported_ = true;
    errors_.At(position_, "a line ends in a carriage return alone (old Mac line endings); save the file with "
                          "CRLF or LF line endings");
  }

  bool ReadRow(CsvRow& row) {
    while (true) {
      if (row.fields.size() == kMaxCsvFields) {
        errors_.At(position_, "more than " + std::to_string(kMaxCsvFields) +
                                  " fields in one row: too many for a spreadsheet this tool reads");
        return false;
      }
      row.fields.emplace_back();
      if (!ReadField(row.fields.back())) return false;
      if (!AtEnd() && Peek() == ',') {
        Advance();
        continue;
      }
      row.end = position_;
      if (!AtEnd()) SkipLineBreak();  // a field ends only at a comma, a line break or the end
      return true;
    }
  }

  bool ReadField(CsvField& field) {
    field.position = position_;
    std::size_t blanks = 0;
    while (at_ + blanks < text_.size() && IsBlankChar(text_[at_ + blanks])) ++blanks;
    if (at_ + blanks < text_.size() && text_[at_ + blanks] == '"') {
      for (; blanks > 0; --blanks) Advance();
      field.position = position_;
      return ReadQuoted(field);
    }
    ReadUnquoted(field, /*report_quotes=*/true);
    return true;
  }

  void ReadUnquoted(CsvField& field, bool report_quotes) {
    while (!AtFieldEnd()) {
      if (Peek() == '"' && report_quotes) {
        errors_.At(position_, "a quote inside a field that does not start with one: put the whole field in "
                              "quotes and double the quote (\"\")");
        report_quotes = false;  // once per field is enough to find it
      }
      field.text += Peek();
      Advance();
    }
  }

  bool ReadQuoted(CsvField& field) {
    const TextPosition opening = position_;
    Advance();
    while (true) {
      if (AtEnd()) {
        errors_.At(opening, "this quoted field has no closing quote (\") before the end of the file");
        return false;
      }
      if (Peek() == '"') {
        Advance();
        if (AtEnd() || Peek() != '"') break;
        field.text += '"';  // "" inside quotes is one quote
      } else if (Peek() == '\r') {
        field.text += '\n';  // CRLF or CR inside a cell: one line break, as the cell shows it
        if (at_ + 1 < text_.size() && text_[at_ + 1] == '\n') Advance();
      } else {
        field.text += Peek();
      }
      Advance();
    }
    while (!AtEnd() && IsBlankChar(Peek())) Advance();
    if (!AtFieldEnd()) {
      errors_.At(position_, "text after the closing quote of a field: put the whole field in quotes and double "
                            "each quote inside it (\"\")");
      ReadUnquoted(field, /*report_quotes=*/false);
    }
    return true;
  }

  std::string_view text_;
  LocatedErrors& errors_;
  const std::function<void(const CsvRow&)>& on_row_;
  std::size_t at_ = 0;
  TextPosition position_;
  bool lone_cr_reported_ = false;
};

}  // namespace

bool CsvRow::IsBlank() const {
  for (const CsvField& field : fields) {
    if (field.text.find_first_not_of(" \t\r\n") != std::string::npos) return false;
  }
  return true;
}

std::string_view WithoutByteOrderMark(std::string_view text) {
  return StartsWith(text, kUtf8Bom) ? text.substr(kUtf8Bom.size()) : text;
}

void ReadCsv(std::string_view text, LocatedErrors& errors, const std::function<void(const CsvRow&)>& on_row) {
  const std::string_view body = WithoutByteOrderMark(text);
  if (RefuseWholeText(text, body, errors)) return;
  Reader(body, errors, on_row).Run();
}

std::vector<CsvRow> ReadCsvRows(std::string_view text, LocatedErrors& errors) {
  std::vector<CsvRow> rows;
  ReadCsv(text, errors, [&rows](const CsvRow& row) { rows.push_back(row); });
  return rows;
}

}  // namespace rex::core
