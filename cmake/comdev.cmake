# Helpers shared by every layer's CMakeLists.txt.
#
# Unit tests sit beside the code they test but are linked into a few binaries to save link time
# (ARCHITECTURE.md §1): each folder adds its *_test.cpp files to one of these lists and
# tests/CMakeLists.txt builds the binaries.
#   comdev_unit_tests(FILES... LIBS...)   pure tests, also run under ASan+UBSan
#   comdev_store_tests(...)               run once per database driver
#   comdev_http_tests(...)                start the real server on port 0
function(comdev_add_tests kind)
  cmake_parse_arguments(ARG "" "" "FILES;LIBS" ${ARGN})
  foreach(f IN LISTS ARG_FILES)
    set_property(GLOBAL APPEND PROPERTY COMDEV_${kind}_TEST_FILES ${CMAKE_CURRENT_SOURCE_DIR}/${f})
  endforeach()
  set_property(GLOBAL APPEND PROPERTY COMDEV_${kind}_TEST_LIBS ${ARG_LIBS})
endfunction()
macro(comdev_unit_tests)
  comdev_add_tests(UNIT ${ARGN})
endmacro()
macro(comdev_store_tests)
  comdev_add_tests(STORE ${ARGN})
endmacro()
macro(comdev_http_tests)
  comdev_add_tests(HTTP ${ARGN})
endmacro()
