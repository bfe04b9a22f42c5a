# rex_embed_files(<target> <namespace> FILES f1 f2 ...)
# Generates a C++ source that holds each file's bytes, plus a header declaring
#   std::vector<EmbeddedFile> <namespace>::Files();
# so the app ships its content and font inside the wasm: no fetch at run time.
function(rex_embed_files target ns)
  cmake_parse_arguments(ARG "" "" "FILES" ${ARGN})
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/${target}_gen)
  set(cpp ${out_dir}/${target}.cpp)
  string(REPLACE ";" "|" files_arg "${ARG_FILES}")  # a list cannot cross the command line
  add_custom_command(
    OUTPUT ${cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${cpp} -DNS=${ns} "-DFILES=${files_arg}"
            -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${ARG_FILES} ${CMAKE_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding ${target}"
    VERBATIM)
  add_library(${target} STATIC ${cpp})
  target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR}/src)
endfunction()
