# The application over real HTTP (every feature, the real server on port 0), run on SQLite and
# on PostgreSQL (the `pg` fixture of tests/store.cmake).
add_library(comdev_test_server
  support/test_server.cpp support/test_members.cpp support/smtp_sink.cpp support/json_schema.cpp
  support/helloasso_standin.cpp support/python_child.cpp)
# The SMTP sink's script is run from the source tree.
target_compile_definitions(comdev_test_server PRIVATE COMDEV_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_include_directories(comdev_test_server PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(comdev_test_server PUBLIC
  comdev_wiring comdev_http_server comdev_http_test_support comdev_store_testing)

file(GLOB app_test_files CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/http/*_test.cpp)
add_executable(app_tests ${app_test_files})
target_link_libraries(app_tests PRIVATE comdev_test_server GTest::gtest_main)
# The needs list's tests write projects and needs through its fixtures.
target_link_libraries(app_tests PRIVATE comdev_needslist_fixtures)
# Checkers written in Python (tests/support/check_ics.py) are run from the source tree.
target_compile_definitions(app_tests PRIVATE COMDEV_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# Each database's run is cut into shards (gtest's GTEST_TOTAL_SHARDS): ctest runs them side by
# side, a slow shard is named by itself, and each stays far from its timeout. Every test makes its
# own database (a SQLite file, a PostgreSQL schema), so shards never share data.
set(COMDEV_APP_TEST_SHARDS 3)
math(EXPR last_shard "${COMDEV_APP_TEST_SHARDS} - 1")
foreach(shard RANGE ${last_shard})
  add_test(NAME app.sqlite.${shard} COMMAND app_tests)
  set_tests_properties(app.sqlite.${shard} PROPERTIES TIMEOUT 300 ENVIRONMENT
    "COMDEV_TEST_DB=sqlite;GTEST_TOTAL_SHARDS=${COMDEV_APP_TEST_SHARDS};GTEST_SHARD_INDEX=${shard}")
  add_test(NAME app.postgres.${shard} COMMAND app_tests)
  set_tests_properties(app.postgres.${shard} PROPERTIES FIXTURES_REQUIRED pg TIMEOUT 300
    ENVIRONMENT "COMDEV_TEST_DB=postgres;COMDEV_TEST_PG_URL_FILE=${COMDEV_PG_URL_FILE};GTEST_TOTAL_SHARDS=${COMDEV_APP_TEST_SHARDS};GTEST_SHARD_INDEX=${shard}")
endforeach()

# The OpenAPI document of a real `comdev serve` is valid OpenAPI 3.1 and its examples validate
# with Ajv (JSON Schema 2020-12), both npm packages of package.json.
find_program(COMDEV_NODE node)
if(COMDEV_NODE AND TARGET comdev)
  add_test(NAME app.openapi
    COMMAND ${COMDEV_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/openapi/the_openapi_document_is_valid.mjs
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(app.openapi PROPERTIES
    ENVIRONMENT "COMDEV_BIN=$<TARGET_FILE:comdev>" TIMEOUT 120)
endif()

# The upload tests make their images with libvips (src/files/test_images.h).
target_link_libraries(app_tests PRIVATE PkgConfig::VIPS)
