# Crash tests: SIGKILL a writing `comdev serve`, restart, check what it acknowledged, on both
# databases — contact messages, and the money (a statement import, a burst of confirmations).
# They need the comdev program, so they are built after it.
add_executable(crash_tests
  crash/acknowledged_writes_survive_sigkill_test.cpp crash/money_survives_sigkill_test.cpp)
target_include_directories(crash_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/http)
target_link_libraries(crash_tests PRIVATE
  comdev_test_server comdev_feature_contact comdev_http_test_support comdev_store_testing
  GTest::gtest_main)
target_compile_definitions(crash_tests PRIVATE COMDEV_BIN="$<TARGET_FILE:comdev>")
add_dependencies(crash_tests comdev)

add_test(NAME crash.sqlite COMMAND crash_tests)
set_tests_properties(crash.sqlite PROPERTIES ENVIRONMENT "COMDEV_TEST_DB=sqlite" TIMEOUT 300)
add_test(NAME crash.postgres COMMAND crash_tests)
set_tests_properties(crash.postgres PROPERTIES
  ENVIRONMENT "COMDEV_TEST_DB=postgres;COMDEV_TEST_PG_URL_FILE=${COMDEV_PG_URL_FILE}"
  FIXTURES_REQUIRED pg TIMEOUT 300)

# Backup and restore of a running server (`comdev backup` under a write load, `comdev restore`
# into an empty database), on both databases; PostgreSQL's needs pg_dump and pg_restore.
add_executable(backup_tests crash/backup_restore_test.cpp)
target_include_directories(backup_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/http)
target_link_libraries(backup_tests PRIVATE
  comdev_test_server comdev_feature_contact comdev_http_test_support comdev_store_testing comdev_ops
  GTest::gtest_main)
target_compile_definitions(backup_tests PRIVATE COMDEV_BIN="$<TARGET_FILE:comdev>"
  COMDEV_MIGRATIONS_DIR="${PROJECT_SOURCE_DIR}/migrations")
add_dependencies(backup_tests comdev)

add_test(NAME backup.sqlite COMMAND backup_tests)
set_tests_properties(backup.sqlite PROPERTIES ENVIRONMENT "COMDEV_TEST_DB=sqlite" TIMEOUT 300)
add_test(NAME backup.postgres COMMAND backup_tests)
set_tests_properties(backup.postgres PROPERTIES
  ENVIRONMENT "COMDEV_TEST_DB=postgres;COMDEV_TEST_PG_URL_FILE=${COMDEV_PG_URL_FILE}"
  FIXTURES_REQUIRED pg TIMEOUT 300)
