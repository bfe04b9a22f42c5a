#pragma once
// ImGui user config for native builds (IMGUI_USER_CONFIG). Keeps ImGui's own
// checks (Begin/End pairing, ID clashes, stack balance) active even with NDEBUG,
// and routes them to a handler so a UI test reports a failure instead of aborting.
void RexImGuiAssertFailed(const char* expression, const char* file, int line);
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : RexImGuiAssertFailed(#_EXPR, __FILE__, __LINE__))
