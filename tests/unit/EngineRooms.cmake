# The engine's include graph, checked against its rooms (engine/CMakeLists.txt):
#   cmake -DENGINE_DIR=<engine/> -DROOM_USES="room=used,used|room=..." -P EngineRooms.cmake
# Fails when a file of one room includes a header of a room it does not use (directly or
# through the rooms it uses), when the rooms' uses form a cycle, or when a source file lies
# outside every room. The build already refuses most of these (each room sees only its own and
# its used rooms' include roots), but CMake accepts a cycle between static libraries, and a
# header found through another path would slip by: this test names the offending line.
cmake_minimum_required(VERSION 3.24)

string(REPLACE "|" ";" _entries "${ROOM_USES}")
set(_rooms "")
foreach(_entry IN LISTS _entries)
  string(REGEX MATCH "^([a-z_]+)=(.*)$" _ "${_entry}")
  set(_room "${CMAKE_MATCH_1}")
  string(REPLACE "," ";" _used "${CMAKE_MATCH_2}")
  list(APPEND _rooms ${_room})
  set(_uses_${_room} ${_used})
endforeach()
if(NOT _rooms)
  message(FATAL_ERROR "no rooms given (ROOM_USES is empty)")
endif()

# Transitive uses, and no cycle: a room reached from itself is one.
set(_failures "")
foreach(_room IN LISTS _rooms)
  set(_seen "")
  set(_queue ${_uses_${_room}})
  while(_queue)
    list(POP_FRONT _queue _next)
    if(_next STREQUAL _room)
      list(APPEND _failures "cycle: room '${_room}' uses itself through its used rooms")
      break()
    endif()
    if(NOT _next IN_LIST _seen)
      list(APPEND _seen ${_next})
      list(APPEND _queue ${_uses_${_next}})
    endif()
  endwhile()
  set(_reach_${_room} ${_seen})
endforeach()

# Which room holds each header.
file(GLOB _all RELATIVE "${ENGINE_DIR}" "${ENGINE_DIR}/*.h" "${ENGINE_DIR}/*.cpp"
     "${ENGINE_DIR}/*/*.h" "${ENGINE_DIR}/*/*.cpp")
foreach(_file IN LISTS _all)
  get_filename_component(_dir "${_file}" DIRECTORY)
  get_filename_component(_name "${_file}" NAME)
  if(NOT _dir IN_LIST _rooms)
    list(APPEND _failures "${_file}: outside every room (put it in one of: ${_rooms})")
    continue()
  endif()
  set(_home_${_name} ${_dir})
endforeach()

set(_edges 0)
foreach(_file IN LISTS _all)
  get_filename_component(_dir "${_file}" DIRECTORY)
  if(NOT _dir IN_LIST _rooms)
    continue()
  endif()
  file(STRINGS "${ENGINE_DIR}/${_file}" _includes REGEX "^#include \"")
  foreach(_line IN LISTS _includes)
    string(REGEX MATCH "\"([^\"]+)\"" _ "${_line}")
    get_filename_component(_header "${CMAKE_MATCH_1}" NAME)
    set(_target_room "${_home_${_header}}")
    if(_target_room STREQUAL "" OR _target_room STREQUAL _dir)
      continue()
    endif()
    math(EXPR _edges "${_edges} + 1")
    if(NOT _target_room IN_LIST _reach_${_dir})
      list(APPEND _failures
           "${_file}: includes ${_header} of room '${_target_room}', which room '${_dir}' does "
           "not use (it uses: ${_reach_${_dir}})")
    endif()
  endforeach()
endforeach()

if(_failures)
  list(JOIN _failures "\n  " _text)
  message(FATAL_ERROR "engine rooms:\n  ${_text}")
endif()
list(LENGTH _rooms _count)
message(STATUS "engine rooms: ${_count} rooms, ${_edges} includes across rooms, all pointing down")
