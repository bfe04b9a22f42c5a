# Fails when a view in src/ui hands ImGui a literal pixel size: every size is a
# named member of ui::Metrics (src/ui/metrics.hpp, docs/adr/0028), scaled to the
# screen once.
set(layout_call "SameLine\\(0, [0-9]*[1-9]|SetNextItemWidth\\([0-9]|Indent\\([0-9]|Dummy\\(ImVec2\\([0-9.f]+, [0-9]*[1-9]")
set(sized_call "WidthFixed, [0-9]|PushTextWrapPos\\([0-9]*[1-9]|SetNextWindowSize\\(ImVec2\\([0-9]*[1-9]")
set(style_var "StyleVar_[A-Za-z]+, [0-9]*[1-9]|StyleVar_[A-Za-z]+, ImVec2\\([0-9]*[1-9]")
file(GLOB_RECURSE files ${SRC}/ui/*.cpp ${SRC}/ui/*.hpp)
set(failed FALSE)
foreach(f ${files})
  file(STRINGS ${f} hits REGEX "${layout_call}|${sized_call}|${style_var}")
  if(hits)
    message(SEND_ERROR "${f}: literal sizes; name them in src/ui/metrics.hpp: ${hits}")
    set(failed TRUE)
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "views must take their sizes from ui::Metrics")
endif()
message(STATUS "no literal sizes in views")
