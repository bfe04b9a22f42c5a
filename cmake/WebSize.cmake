# Size of the web build (issue 7: first frame under 450 KB gzip). Included before
# any target is created so ImGui, core, ui and the app all get the same flags.
# -Oz over MinSizeRel's -Os for compile and for wasm-opt at link; measured in
# docs/PERFORMANCE.md ("Build flags"). Later flags win, so -Oz overrides -Os.
add_compile_options($<$<CONFIG:MinSizeRel>:-Oz>)
add_link_options($<$<CONFIG:MinSizeRel>:-Oz>)

# LTO: bitcode objects, one optimisation over the whole program at link time
# (emscripten links its own LTO system libraries then). Measured smaller: on.
option(REX_WEB_LTO "Link the web build with LTO (-flto)" ON)
if(REX_WEB_LTO)
  add_compile_options(-flto)
  add_link_options(-flto)
endif()

# No RTTI: nothing here uses dynamic_cast or typeid, and the type names of every
# std::function target and template were 54 KB of the wasm's data (issue 11).
# Exceptions still work: the compiler keeps type info for what is thrown and caught.
add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>)
