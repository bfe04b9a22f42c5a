#pragma once
// The promotion packet: one printable document a committee can read, made from
// an assessment and its role. Two renderings of the same content (packet_model.hpp):
// self-contained HTML (inline CSS with print rules, inline SVG radar charts, no
// scripts, no external resources) and Markdown. Every string a person typed is
// escaped for the target format.
#include <string>

#include "core/assessment/assessment.hpp"
#include "core/role/role.hpp"

namespace rex::core {

struct PacketOptions {
  bool redacted = false;     // leave out the name, notes, evidence and review text
  std::string generated_at;  // ISO-8601 from the platform: the packet's date (empty: the assessment's updated_at)
  bool charts = true;        // radar charts as inline SVG
};

std::string PacketHtml(const Assessment& assessment, const Role& role, const PacketOptions& options);
std::string PacketMarkdown(const Assessment& assessment, const Role& role, const PacketOptions& options);

}  // namespace rex::core
