# The http_tests binary: every file registered with comdev_http_tests(). These tests start the
# real server on port 0 and talk to it over real sockets (ARCHITECTURE.md §9).
get_property(http_files GLOBAL PROPERTY COMDEV_HTTP_TEST_FILES)
get_property(http_libs GLOBAL PROPERTY COMDEV_HTTP_TEST_LIBS)
list(REMOVE_DUPLICATES http_libs)
add_executable(http_tests ${http_files})
target_link_libraries(http_tests PRIVATE ${http_libs} GTest::gtest_main)
add_test(NAME http COMMAND http_tests)
