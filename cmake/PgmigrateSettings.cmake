# Common compile settings and the test registration helper, shared by every target.

# Applies the project's strictness to one target: warnings (errors when PGMIGRATE_WERROR is on,
# as in CI), no implicit ASCII casts so every user string goes through tr() or an explicit
# conversion, and no Q_FOREACH.
function(pgm_apply_common_settings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wnon-virtual-dtor)
  if(PGMIGRATE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    PGMIGRATE_VERSION="${PROJECT_VERSION}")
endfunction()

# pgm_add_qt_test(NAME <name> LABEL unit|pg|gui SOURCES ... [LIBRARIES ...])
# Registers one Qt test executable with CTest. Tests run offscreen, in a fixed locale, and a
# PostgreSQL test that finds no cluster exits 77, which CTest reports as skipped.
function(pgm_add_qt_test)
  cmake_parse_arguments(T "" "NAME;LABEL" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test pgm_test_support ${T_LIBRARIES})
  pgm_apply_common_settings(${T_NAME})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  # GUI tests take the platform from the environment: scripts/test runs them in a real X window
  # under Xvfb (their screenshots are of real windows), and offscreen where there is no Xvfb.
  if(T_LABEL STREQUAL "gui")
    # Their own settings (the wizard's remembered geometry), never the user's.
    set(_env "LANG=C.UTF-8;LC_ALL=C.UTF-8;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}-config")
  else()
    set(_env "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS ${T_LABEL}
    SKIP_RETURN_CODE 77
    TIMEOUT 600
    ENVIRONMENT "${_env}")
endfunction()
