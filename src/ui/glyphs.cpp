#include "ui/glyphs.hpp"

#include <algorithm>

#include "core/text/utf8.hpp"

namespace rex::ui {

bool InShippedSubset(char32_t c) {
  // Must match REX_FONT_UNICODES and REX_SYMBOL_UNICODES in assets/CMakeLists.txt.
  return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || (c >= 0x2010 && c <= 0x2027) ||
         (c >= 0x2030 && c <= 0x203A) || c == 0x2212 || c == 0x2264 || c == 0x2265 || (c >= 0x2190 && c <= 0x2193) ||
         c == 0x2713 || c == 0x2715 || c == 0x25B2 || c == 0x25B6 || c == 0x25BC || c == 0x25CF || c == 0x25D0;
}

bool ExtraGlyphs::Note(std::string_view utf8) {
  bool added = false;
  core::ForEachNonAscii(utf8, [&](char32_t code) {
    // ImGui 1.86 keys glyphs by 16-bit codepoints; control characters draw nothing.
    if (code > 0xFFFF || code < 0xA0 || InShippedSubset(code) || !known_.insert(code).second) return;
    codes_.push_back(code);
    ++generation_;
    added = true;
  });
  return added;
}

void ExtraGlyphs::NoteRole(const core::Role& role) {
  for (const std::string* text : {&role.title, &role.tagline}) Note(*text);
  for (const core::Section& section : role.sections) {
    Note(section.title);
    Note(section.intro);
    for (const core::Group& group : section.groups) {
      Note(group.title);
      Note(group.intro);
      for (const core::Item& item : group.items) {
        for (const std::string* text : {&item.name, &item.text, &item.bar, &item.importance_note}) Note(*text);
        for (const core::Fact& fact : item.facts) {
          Note(fact.label);
          Note(fact.value);
        }
      }
    }
  }
  for (const core::ScaleLevel& level : role.rating_model.scale) {
    Note(level.name);
    Note(level.descriptor);
  }
  for (const core::TargetProfile& target : role.rating_model.targets) {
    Note(target.name);
    Note(target.summary);
  }
}

void ExtraGlyphs::NoteAssessment(const core::Assessment& a) {
  Note(a.person_name);
  for (const auto& [id, rating] : a.ratings) {
    Note(rating.note);
    for (const core::Evidence& e : rating.evidence) {
      Note(e.what);
      Note(e.link);
    }
  }
  Note(a.review.reviewer);
  Note(a.review.summary);
  for (const auto& [id, entry] : a.review.entries) Note(entry.comment);
  for (const core::Snapshot& snapshot : a.snapshots) Note(snapshot.label);
}

void ExtraGlyphs::Restart(const NoteInUse& note_in_use) {
  codes_.clear();
  known_.clear();
  ++generation_;
  note_in_use(*this);
  limit_ = std::max(kCap, 2 * codes_.size());
}

int CountMissingGlyphs(const ImDrawData& data, const ImFontAtlas& atlas) {
  // A glyph is a quad whose first two vertices carry the glyph's (U0, V0) and
  // (U1, V0): look for the fallback glyph's corners of every font, in one pass.
  ImVector<const ImFontGlyph*> boxes;
  for (const ImFont* font : atlas.Fonts) {
    if (font->FallbackGlyph && font->FallbackGlyph->Visible) boxes.push_back(font->FallbackGlyph);
  }
  int missing = 0;
  for (int l = 0; l < data.CmdListsCount; ++l) {
    const ImVector<ImDrawVert>& v = data.CmdLists[l]->VtxBuffer;
    for (int i = 0; i + 1 < v.Size; ++i) {
      for (const ImFontGlyph* box : boxes) {
        if (v[i].uv.x != box->U0 || v[i].uv.y != box->V0) continue;
        if (v[i + 1].uv.x == box->U1 && v[i + 1].uv.y == box->V0) ++missing;
        break;
      }
    }
  }
  return missing;
}

}  // namespace rex::ui
