#include "ui/shaped_text.hpp"

#include <algorithm>

#include "core/text/shaped_runs.hpp"
#include "core/text/utf8.hpp"

namespace rex::ui {

void ShapedText::BeginFrame() {
  frame_strings_.clear();
  ++frame_;
  shown_ = 0;
  plain_ = 0;
}

const char* ShapedText::Shown(const char* text, const ImFont* font, int face) {
  if (!text || !core::ContainsShapedText(text)) return text;
  const std::string_view source(text);
  std::string out;
  for (const core::TextRun& run : core::InDisplayOrder(core::SplitShapedRuns(source))) {
    const std::string piece(source.substr(run.begin, run.end - run.begin));
    if (!run.shaped) {
      out += piece;
      continue;
    }
    const ImWchar code = face < 0 ? 0 : CodeFor(face, piece, run.right_to_left);
    const bool drawable = code != 0 && glyphs_[index_.at({face, piece})].built && font && font->FindGlyphNoFallback(code);
    if (drawable) {
      core::EncodeUtf8(code, out);
      ++shown_;
    } else {
      out += piece;
      ++plain_;
    }
  }
  frame_strings_.push_back(std::move(out));
  return frame_strings_.back().c_str();
}

ImWchar ShapedText::CodeFor(int face, const std::string& run, bool right_to_left) {
  const auto found = index_.find({face, run});
  if (found != index_.end()) {
    last_used_[found->second] = frame_;
    return glyphs_[found->second].code;
  }
  if (glyphs_.size() >= kCap) Restart();
  ImWchar code = 0;
  if (!free_codes_.empty()) {
    code = free_codes_.back();
    free_codes_.pop_back();
  } else if (next_code_ <= kLastCode) {
    code = next_code_++;
  } else {
    return 0;  // every private-use codepoint is taken: drawn as plain glyphs
  }
  index_[{face, run}] = glyphs_.size();
  glyphs_.push_back({code, face, run, right_to_left, false});
  last_used_.push_back(frame_);
  ++generation_;
  return code;
}

void ShapedText::MarkBuilt() {
  for (ShapedRunGlyph& glyph : glyphs_) glyph.built = true;
}

// Keeps the glyphs drawn in this frame or the last one, with their codes (so the
// atlas in use still shows them until the next build); frees the other codes.
void ShapedText::Restart() {
  std::vector<ShapedRunGlyph> kept;
  std::vector<std::uint64_t> kept_used;
  index_.clear();
  for (std::size_t i = 0; i < glyphs_.size(); ++i) {
    if (last_used_[i] + 1 >= frame_) {
      index_[{glyphs_[i].face, glyphs_[i].text}] = kept.size();
      kept.push_back(std::move(glyphs_[i]));
      kept_used.push_back(last_used_[i]);
    } else {
      free_codes_.push_back(glyphs_[i].code);
    }
  }
  glyphs_ = std::move(kept);
  last_used_ = std::move(kept_used);
  ++generation_;
}

}  // namespace rex::ui
