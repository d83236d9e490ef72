# The store suite: one binary, run once per database driver (ARCHITECTURE.md §6).
#
# The ctest fixture `pg` starts a throw-away PostgreSQL (script/pg-tmp) before any test that
# declares FIXTURES_REQUIRED pg and stops it after the last one. Its URL is written to
# ${COMDEV_PG_URL_FILE}; since ctest's ENVIRONMENT is fixed at configure time, tests get the
# file's path in COMDEV_TEST_PG_URL_FILE and read the URL from it (store/testing/temp_db.h).
# Other suites (http, crash) reuse it:
#   set_tests_properties(<test> PROPERTIES FIXTURES_REQUIRED pg
#     ENVIRONMENT "COMDEV_TEST_DB=postgres;COMDEV_TEST_PG_URL_FILE=${COMDEV_PG_URL_FILE}")
set(COMDEV_PG_STATE_DIR ${CMAKE_BINARY_DIR}/pg-tmp)
set(COMDEV_PG_URL_FILE ${COMDEV_PG_STATE_DIR}/url)

add_test(NAME pg.start COMMAND ${PROJECT_SOURCE_DIR}/script/pg-tmp start --state ${COMDEV_PG_STATE_DIR})
add_test(NAME pg.stop COMMAND ${PROJECT_SOURCE_DIR}/script/pg-tmp stop --state ${COMDEV_PG_STATE_DIR})
set_tests_properties(pg.start PROPERTIES FIXTURES_SETUP pg TIMEOUT 120)
set_tests_properties(pg.stop PROPERTIES FIXTURES_CLEANUP pg TIMEOUT 60)

get_property(store_files GLOBAL PROPERTY COMDEV_STORE_TEST_FILES)
get_property(store_libs GLOBAL PROPERTY COMDEV_STORE_TEST_LIBS)
list(REMOVE_DUPLICATES store_libs)
add_executable(store_tests ${store_files})
target_link_libraries(store_tests PRIVATE ${store_libs} GTest::gtest_main)
target_compile_definitions(store_tests PRIVATE COMDEV_MIGRATIONS_DIR="${PROJECT_SOURCE_DIR}/migrations")

add_test(NAME store.sqlite COMMAND store_tests)
set_tests_properties(store.sqlite PROPERTIES ENVIRONMENT "COMDEV_TEST_DB=sqlite" TIMEOUT 300)
add_test(NAME store.postgres COMMAND store_tests)
set_tests_properties(store.postgres PROPERTIES
  ENVIRONMENT "COMDEV_TEST_DB=postgres;COMDEV_TEST_PG_URL_FILE=${COMDEV_PG_URL_FILE}"
  FIXTURES_REQUIRED pg TIMEOUT 300)
