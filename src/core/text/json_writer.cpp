#include "core/text/json_writer.hpp"

#include <charconv>

namespace rex::core {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

bool NeedsNoEscape(unsigned char byte) { return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\'; }

// End of the run of bytes from `at` on that are copied unchanged.
std::size_t PlainRunEnd(std::string_view text, std::size_t at) {
  while (at < text.size() && NeedsNoEscape(static_cast<unsigned char>(text[at]))) ++at;
  return at;
}

// '"', '\\' or a control character.
void AppendEscaped(std::string& out, unsigned char byte) {
  switch (byte) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    default: break;
  }
  constexpr std::string_view kHexDigits = "0123456789abcdef";  // lower case, as nlohmann writes them
  out += "\\u00";
  out += kHexDigits[byte >> 4];
  out += kHexDigits[byte & 0xF];
}

// What a lead byte promises: the sequence length and the range of the second
// byte (Unicode table 3-7; the narrower ranges keep out overlong forms,
// surrogates and code points above U+10FFFF). Length 0: it cannot start one.
struct Utf8Lead {
  std::size_t length = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
};

Utf8Lead LeadOf(unsigned char byte) {
  if (byte >= 0xC2 && byte <= 0xDF) return {2, 0x80, 0xBF};
  if (byte == 0xE0) return {3, 0xA0, 0xBF};
  if (byte == 0xED) return {3, 0x80, 0x9F};
  if (byte >= 0xE1 && byte <= 0xEF) return {3, 0x80, 0xBF};
  if (byte == 0xF0) return {4, 0x90, 0xBF};
  if (byte >= 0xF1 && byte <= 0xF3) return {4, 0x80, 0xBF};
  if (byte == 0xF4) return {4, 0x80, 0x8F};
  return {};
}

struct Utf8Step {
  std::size_t length;  // bytes to copy (well-formed) or to replace by one U+FFFD
  bool well_formed;
};

// The sequence starting at the non-ASCII byte at `at`. An ill-formed one covers
// the lead byte alone if it cannot start a sequence, otherwise every byte before
// the first that cannot continue it: that byte is read again as a new start,
// which is what nlohmann's decoder does, so the U+FFFDs fall in the same places.
Utf8Step NextUtf8(std::string_view text, std::size_t at) {
  const Utf8Lead lead = LeadOf(static_cast<unsigned char>(text[at]));
  if (lead.length == 0) return {1, false};
  for (std::size_t k = 1; k < lead.length; ++k) {
    if (at + k >= text.size()) return {k, false};  // cut short by the end of the text
    const auto byte = static_cast<unsigned char>(text[at + k]);
    const unsigned char min = k == 1 ? lead.second_min : 0x80;
    const unsigned char max = k == 1 ? lead.second_max : 0xBF;
    if (byte < min || byte > max) return {k, false};
  }
  return {lead.length, true};
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  out += '"';
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t plain_end = PlainRunEnd(text, at);
    out.append(text.data() + at, plain_end - at);
    at = plain_end;
    if (at == text.size()) break;
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      AppendEscaped(out, byte);
      ++at;
      continue;
    }
    const Utf8Step step = NextUtf8(text, at);
    if (step.well_formed) {
      out.append(text.data() + at, step.length);
    } else {
      out += kReplacementCharacter;
    }
    at += step.length;
  }
  out += '"';
}

void JsonWriter::BeginObject() {
  BeginValue();
  out_ += '{';
  has_elements_.push_back(false);
}

void JsonWriter::EndObject() { Close('}'); }

void JsonWriter::BeginArray() {
  BeginValue();
  out_ += '[';
  has_elements_.push_back(false);
}

void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(std::string_view key) {
  BeginElement();
  AppendJsonString(out_, key);
  out_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
  BeginValue();
  AppendJsonString(out_, text);
}

void JsonWriter::Int(long long number) {
  BeginValue();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
  out_.append(digits, static_cast<std::size_t>(end - digits));
}

void JsonWriter::Bool(bool value) {
  BeginValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeginValue();
  out_ += "null";
}

void JsonWriter::RawNumber(std::string_view json_number) {
  BeginValue();
  out_ += json_number;
}

void JsonWriter::Member(std::string_view key, std::string_view text) {
  Key(key);
  String(text);
}

void JsonWriter::Member(std::string_view key, int number) {
  Key(key);
  Int(number);
}

void JsonWriter::Member(std::string_view key, bool value) {
  Key(key);
  Bool(value);
}

std::string JsonWriter::Take() {
  has_elements_.clear();
  after_key_ = false;
  std::string text = std::move(out_);
  out_.clear();  // a moved-from string is only "valid"; make it empty
  return text;
}

void JsonWriter::BeginElement() {
  if (has_elements_.empty()) return;  // the top-level value
  if (has_elements_.back()) out_ += ',';
  has_elements_.back() = true;
  LineBreak(has_elements_.size());
}

void JsonWriter::BeginValue() {
  if (after_key_) {
    after_key_ = false;  // the key already placed it
    return;
  }
  BeginElement();
}

void JsonWriter::Close(char bracket) {
  const bool had_elements = !has_elements_.empty() && has_elements_.back();
  if (!has_elements_.empty()) has_elements_.pop_back();
  if (had_elements) LineBreak(has_elements_.size());
  out_ += bracket;
}

void JsonWriter::LineBreak(std::size_t depth) {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

}  // namespace rex::core
