# Runs role-explorer once and checks its exit code and output (CTest alone can
# check one or the other, not both).
#   cmake -DEXE=... -DEXPECT_RC=1 [-DEXPECT_STDOUT=regex] [-DEXPECT_STDERR=regex]
#         [-DBIG_FILE=path] -P cli_check.cmake -- ARGS...
# BIG_FILE: first write a file just over the CLI's 5 MB input limit there.
set(args "")
set(after_dashes OFF)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_dashes)
    list(APPEND args "${CMAKE_ARGV${i}}")
  elseif("${CMAKE_ARGV${i}}" STREQUAL "--")
    set(after_dashes ON)
  endif()
endforeach()

if(DEFINED BIG_FILE)
  string(REPEAT "x" 1048576 mebibyte)
  string(REPEAT "${mebibyte}" 5 content)
  file(WRITE "${BIG_FILE}" "${content}!")
endif()

execute_process(COMMAND "${EXE}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("exit code: ${rc}\n--- stdout ---\n${out}--- stderr ---\n${err}")
if(NOT rc EQUAL EXPECT_RC)
  message(FATAL_ERROR "expected exit code ${EXPECT_RC}, got ${rc}")
endif()
if(DEFINED EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
  message(FATAL_ERROR "stdout does not match: ${EXPECT_STDOUT}")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr does not match: ${EXPECT_STDERR}")
endif()
