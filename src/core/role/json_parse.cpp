#include "core/role/json_parse.hpp"

#include <cstdio>
#include <exception>

namespace rex::core {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t FirstNonSpace(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() && IsJsonSpace(text[at])) ++at;
  return at;
}

bool CanStartJson(char c) {
  return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' ||
         c == 'f' || c == 'n';
}

std::string HexByte(char c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
  return buffer;
}

std::string NotJsonMessage(std::string_view document) {
  return "not JSON: a " + std::string(document) + " file starts with '{'";
}

// Problems we can name better than a JSON parser can; true if one was reported.
bool ReportEncodingProblems(std::string_view text, ErrorSink& sink, std::string_view document) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    sink.AtSource("file is UTF-16 encoded; save it as UTF-8");
    return true;
  }
  if (const auto bad = FindInvalidUtf8(text)) {
    sink.AtPosition(PositionOfOffset(text, *bad),
                    "file is not valid UTF-8 (byte " + HexByte(text[*bad]) + "); save it as UTF-8");
    return true;
  }
  const std::size_t start = FirstNonSpace(text);
  if (start == text.size()) {
    sink.AtSource("file is empty (expected a JSON object describing a " + std::string(document) + ")");
    return true;
  }
  if (!CanStartJson(text[start])) {
    sink.AtPosition(PositionOfOffset(text, start), NotJsonMessage(document));
    return true;
  }
  return false;
}

// nlohmann's text is "[json.exception.parse_error.101] parse error at line 2,
// column 7: syntax error while parsing ..."; we give our own place, so keep the rest.
std::string ParseErrorDetail(const char* what) {
  const std::string text = what;
  const auto close = text.find(']');
  const auto colon = text.find(": ", close == std::string::npos ? 0 : close);
  return colon == std::string::npos ? text : text.substr(colon + 2);
}

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

bool IsLiteralChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+' ||
         c == '-';
}

// nlohmann points at the last character of an unexpected token; a reader looks
// for its first one (the opening quote of a string, the first digit of a number).
std::size_t TokenStart(std::string_view text, std::size_t last) {
  if (last >= text.size()) return last;
  if (text[last] == '"') {
    for (std::size_t i = last; i-- > 0;) {
      std::size_t backslashes = 0;
      while (backslashes < i && text[i - 1 - backslashes] == '\\') ++backslashes;
      if (text[i] == '"' && backslashes % 2 == 0) return i;
    }
    return last;
  }
  std::size_t start = last;
  while (start > 0 && IsLiteralChar(text[start]) && IsLiteralChar(text[start - 1])) --start;
  return start;
}

// The two mistakes people make most when editing JSON by hand.
std::string Hint(const std::string& detail) {
  if (!Contains(detail, " - unexpected ")) return "";
  if (Contains(detail, "unexpected '}'") || Contains(detail, "unexpected ']'")) return " (trailing comma?)";
  if (Contains(detail, "expected '}'") || Contains(detail, "expected ']'")) return " (missing comma?)";
  return "";
}

void ReportSyntaxError(std::string_view text, const Json::parse_error& error, ErrorSink& sink,
                       std::string_view document) {
  // error.byte is 1-based and points at the offending character.
  std::size_t offset = error.byte == 0 ? 0 : error.byte - 1;
  const std::string detail = ParseErrorDetail(error.what());
  const std::size_t start = FirstNonSpace(text);
  if (text[start] != '{' && text[start] != '[') {
    // A bare word such as "title: ..." is more likely YAML or prose than bad JSON.
    sink.AtPosition(PositionOfOffset(text, start), NotJsonMessage(document));
  } else if (offset >= text.size()) {
    sink.AtPosition(PositionOfOffset(text, offset), "file ends too early (truncated?): " + detail);
  } else {
    if (Contains(detail, " - unexpected ")) offset = TokenStart(text, offset);
    sink.AtPosition(PositionOfOffset(text, offset), "JSON " + detail + Hint(detail));
  }
}

// Tracks where the parser is (as a JSON pointer) to name duplicate keys.
class DuplicateKeyTracker {
 public:
  explicit DuplicateKeyTracker(std::vector<DuplicateKey>& out) : out_(out) {}

  void OnEvent(Json::parse_event_t event, const Json& parsed) {
    switch (event) {
      case Json::parse_event_t::object_start: Enter(false); break;
      case Json::parse_event_t::array_start: Enter(true); break;
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end: frames_.pop_back(); break;
      case Json::parse_event_t::key: OnKey(parsed.get<std::string>()); break;
      case Json::parse_event_t::value: CountArrayElement(); break;
    }
  }

 private:
  struct Frame {
    bool is_array = false;
    long index = -1;
    std::string key;
    std::vector<std::string> keys;
  };

  void Enter(bool is_array) {
    CountArrayElement();
    frames_.push_back(Frame{is_array, -1, {}, {}});
  }
  void CountArrayElement() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }
  void OnKey(std::string key) {
    Frame& frame = frames_.back();
    for (const std::string& seen : frame.keys) {
      if (seen == key) out_.push_back(DuplicateKey{PointerOfTop(), key});
    }
    frame.keys.push_back(key);
    frame.key = std::move(key);
  }
  // Pointer of the innermost open object: each outer frame adds its current step.
  std::string PointerOfTop() const {
    std::string pointer;
    for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      pointer += "/" + (frame.is_array ? std::to_string(frame.index) : EscapePointerToken(frame.key));
    }
    return pointer;
  }

  std::vector<DuplicateKey>& out_;
  std::vector<Frame> frames_;
};

}  // namespace

ParsedJson ParseJson(std::string_view text, ErrorSink& sink, std::string_view document) {
  ParsedJson parsed;
  // Editors hide a byte order mark, so positions are counted without it.
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  if (ReportEncodingProblems(text, sink, document)) return parsed;
  DuplicateKeyTracker tracker(parsed.duplicate_keys);
  const Json::parser_callback_t callback = [&tracker](int, Json::parse_event_t event, Json& value) {
    tracker.OnEvent(event, value);
    return true;
  };
  try {
    parsed.document = Json::parse(text.begin(), text.end(), callback);
  } catch (const Json::parse_error& error) {
    ReportSyntaxError(text, error, sink, document);
  } catch (const std::exception& error) {
    // Not expected from a parse, but nothing may escape the loader.
    sink.AtSource(std::string("could not read JSON: ") + error.what());
  }
  return parsed;
}

}  // namespace rex::core
