# Included by tests/CMakeLists.txt in every build but asan. Registers:
#   unit.asan        the unit-test binary of the asan preset, when script/test passes its path
#   lint             script/lint (house rules, clang-format), so CI's one ctest run checks them
#   browser.<name>   one ctest test per journey in tests/browser/, against the real comdev

# --- unit.asan ---------------------------------------------------------------------------------
# script/test builds build/asan/tests/unit_tests first and configures this build with its path,
# so a single ctest run (and a single summary line) covers the sanitised unit tests too.
set(COMDEV_ASAN_UNIT_TESTS "" CACHE FILEPATH
    "unit_tests binary of the asan preset, run as the ctest test unit.asan (set by script/test)")
if(COMDEV_ASAN_UNIT_TESTS)
  add_test(NAME unit.asan COMMAND ${COMDEV_ASAN_UNIT_TESTS})
  set_tests_properties(unit.asan PROPERTIES
    TIMEOUT 300
    ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()

# --- lint --------------------------------------------------------------------------------------
# ARCHITECTURE.md §10: script/lint is what CI runs; as a test it shares the one summary line.
add_test(NAME lint COMMAND ${PROJECT_SOURCE_DIR}/script/lint)
set_tests_properties(lint PROPERTIES TIMEOUT 60)

# --- browser journeys --------------------------------------------------------------------------
# One file per journey, named as a sentence; the short name is the ctest name. Every .mjs file in
# tests/browser/ must be listed here, so that no journey is silently left out of the run.
set(COMDEV_BROWSER_JOURNEYS
  home_fr_ar  a_visitor_reads_the_home_page_in_french_and_arabic.mjs
  representative_verified  a_commune_representative_is_verified_by_the_animator.mjs
  signup_real_email  a_diaspora_member_signs_up_and_confirms_through_the_real_email.mjs
  invitation_accepted  a_commune_representative_invites_a_contact_who_accepts.mjs
  mydata_delete  a_member_downloads_then_deletes_their_account.mjs
  profile_visibility  a_diaspora_member_fills_a_profile_with_an_on_site_window.mjs
  needs_list_phone  a_visitor_filters_the_open_needs_on_a_phone.mjs
  project_published  a_commune_publishes_a_project_that_a_member_follows.mjs
  pcd_to_poster  a_commune_representative_imports_a_pcd_and_publishes_a_project.mjs
  need_satisfied  a_representative_publishes_a_need_then_marks_it_satisfied.mjs
  search_map_no_tiles  a_visitor_searches_then_finds_projects_on_the_map_without_tiles.mjs
  skill_renamed_then_picked  an_administrator_renames_a_skill_that_a_member_then_picks_by_its_domain.mjs
  digest_settings  a_member_turns_the_weekly_digest_on_in_french_and_arabic.mjs
  experts_done_when  a_representative_finds_invites_and_accepts_an_engineer.mjs
  newcomer_outbox_demo_roles  a_newcomer_confirms_through_the_outbox_then_tries_the_demo_roles.mjs
  touch_targets_phone  a_visitor_on_a_phone_can_tap_every_link_of_the_first_pages.mjs
  five_minute_tour  a_newcomer_takes_the_five_minute_tour_with_the_demo_accounts.mjs
  team_expert_lands  an_invited_expert_accepts_and_lands_in_the_team_as_an_expert.mjs
  team_mention_digest  a_project_team_discusses_and_a_mention_reaches_the_digest.mjs
  workspace_tasks_decision  a_team_shares_tasks_and_takes_a_decision_that_is_logged.mjs
  meeting_casablanca_paris  a_meeting_set_in_casablanca_shows_at_paris_time_and_imports_cleanly.mjs
  maturity_fundable  a_checklist_blocks_fundable_until_it_is_complete_then_the_project_advances.mjs
  lessons_arabic_new_project  a_done_project_sheet_is_published_found_in_arabic_and_starts_a_new_project.mjs
  documents_study_versions  a_team_uploads_a_study_replaces_it_and_downloads_both_versions.mjs
  campaigns_statement_confirms  a_carrier_raises_money_that_a_treasurer_confirms_from_the_bank_statement.mjs
  ledger_where_the_money_went  a_carrier_records_a_gift_and_a_receipted_expense_that_a_visitor_sees_where_the_money_went.mjs
  opportunity_introduction  an_investor_finds_an_opportunity_and_the_animator_introduces_them.mjs
)

find_program(COMDEV_NODE node)
set(browser_dir ${CMAKE_CURRENT_SOURCE_DIR}/browser)
set(browser_env "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1")

if(NOT COMDEV_NODE)
  message(WARNING "node not found: browser tests are not registered (script/bootstrap --test installs it)")
  return()
endif()

file(GLOB journey_files RELATIVE ${browser_dir} CONFIGURE_DEPENDS ${browser_dir}/*.mjs)
set(listed_files "")
set(remaining ${COMDEV_BROWSER_JOURNEYS})
while(remaining)
  list(POP_FRONT remaining name file)
  list(APPEND listed_files ${file})
  if(NOT EXISTS ${browser_dir}/${file})
    message(FATAL_ERROR "tests/browser.cmake lists ${file}, which does not exist")
  endif()
  if(TARGET comdev)
    add_test(NAME browser.${name} COMMAND ${COMDEV_NODE} ${browser_dir}/${file}
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(browser.${name} PROPERTIES
      ENVIRONMENT "${browser_env};COMDEV_BIN=$<TARGET_FILE:comdev>"
      RESOURCE_LOCK browser
      TIMEOUT 120)
  endif()
endwhile()
foreach(file IN LISTS journey_files)
  if(NOT file IN_LIST listed_files)
    message(FATAL_ERROR "tests/browser/${file} is not listed in tests/browser.cmake (COMDEV_BROWSER_JOURNEYS)")
  endif()
endforeach()
if(NOT TARGET comdev)
  message(WARNING "no comdev target yet: browser journeys are not registered")
endif()
