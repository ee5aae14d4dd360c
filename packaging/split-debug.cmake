# cmake -DOBJCOPY=… -DREADELF=… -DBINARY=… -DWORK=… -P split-debug.cmake
# Writes BINARY's debug info to WORK/<name>.debug (the name the stripped executable links to) and its GNU build
# ID to WORK/build-id.
get_filename_component(name ${BINARY} NAME)
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${OBJCOPY} --only-keep-debug --compress-debug-sections ${BINARY} ${WORK}/${name}.debug
                RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "objcopy --only-keep-debug failed for ${BINARY}")
endif()
execute_process(COMMAND ${READELF} -n ${BINARY} OUTPUT_VARIABLE notes RESULT_VARIABLE failed)
string(REGEX MATCH "Build ID: ([0-9a-f]+)" found "${notes}")
if(failed OR NOT found)
  message(FATAL_ERROR "${BINARY} has no GNU build ID")
endif()
file(WRITE ${WORK}/build-id ${CMAKE_MATCH_1})
