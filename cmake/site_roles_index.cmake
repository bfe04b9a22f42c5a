# Creates DIST/roles/index.json as an empty list when it is missing, and never
# overwrites it: it is the site's own list of role files (docs/adr/0021), which
# an intranet admin edits in place. Shipping it keeps a page with no site roles
# from asking for a file that is not there.
# Usage: cmake -DDIST=<dist dir> -P site_roles_index.cmake
if(NOT EXISTS "${DIST}/roles/index.json")
  file(MAKE_DIRECTORY "${DIST}/roles")
  file(WRITE "${DIST}/roles/index.json" "[]\n")
endif()
