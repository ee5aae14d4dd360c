# The OpenAPI contract test (README, "Tests"). Every test whose sources use the portal simulator
# (support/PortalSimulator.h, or core/portal/PortalTestSupport.h) runs with PORTALKEYS_SIM_RECORD set, so the
# simulator writes each exchange to contract-recordings/<test>/; after them, openapi_contract checks every
# exchange against the vendor's description in ../shared/spec. The recordings hold the simulator's demo
# credentials: the setup makes the folder private and the check deletes it when it passes.
# DEPENDS, not a fixture, orders setup, tests and check: running one test alone stays just that test (its
# recording waits for the next full run's setup to clear it); `ctest -L contract` runs the check with its tests.
#
# It runs in the default preset only: core-only lacks the GUI tests' traffic and under the sanitizers the
# same exchanges would only be checked again.
set(PORTALKEYS_SHARED_SPEC "${PROJECT_SOURCE_DIR}/../shared/spec")
set(portalkeys_contract_recordings "${CMAKE_CURRENT_BINARY_DIR}/contract-recordings")
set(portalkeys_contract_dir "${CMAKE_CURRENT_LIST_DIR}")

if(PORTALKEYS_GUI AND NOT PORTALKEYS_SANITIZE)
  set(portalkeys_contract_enabled ON)
  add_test(NAME openapi_contract_setup
    COMMAND sh -c "rm -rf \"$1\" && mkdir -m 700 \"$1\"" sh ${portalkeys_contract_recordings})
  set_tests_properties(openapi_contract_setup PROPERTIES LABELS contract)
  # The simulator's self-test sends broken requests on purpose: only the simulator's answers to it count.
  add_test(NAME openapi_contract
    COMMAND ${portalkeys_contract_dir}/run-contract-check.sh
            ${PORTALKEYS_SHARED_SPEC}/docspace-openapi-3.7.0.json ${portalkeys_contract_recordings}
            --responses-only portal_simulator_selftest)
  set_tests_properties(openapi_contract PROPERTIES DEPENDS openapi_contract_setup LABELS contract
    SKIP_RETURN_CODE 77 TIMEOUT 300)
else()
  set(portalkeys_contract_enabled OFF)
  add_test(NAME openapi_contract COMMAND sh -c
    "echo 'SKIP: the OpenAPI contract test runs in the default preset only (GUI on, no sanitizers).'; exit 77")
  set_tests_properties(openapi_contract PROPERTIES SKIP_RETURN_CODE 77 LABELS contract)
endif()

function(portalkeys_contract_record_test name)
  set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
    "PORTALKEYS_SIM_RECORD=${portalkeys_contract_recordings}/${name}")
  set_property(TEST ${name} APPEND PROPERTY DEPENDS openapi_contract_setup)
  set_property(TEST ${name} APPEND PROPERTY LABELS contract)
  set_property(TEST openapi_contract APPEND PROPERTY DEPENDS ${name})
endfunction()

# Called by portalkeys_add_test: records the simulator's exchanges of a test that starts it.
function(portalkeys_contract_record name)
  if(NOT portalkeys_contract_enabled)
    return()
  endif()
  foreach(source IN LISTS ARGN)
    file(READ "${CMAKE_CURRENT_SOURCE_DIR}/${source}" text)
    # PortalTestSupport.h is the core tests' way to the simulator.
    if(text MATCHES "#include \"[^\"]*(support/PortalSimulator|PortalTestSupport)\\.h\"")
      portalkeys_contract_record_test(${name})
      return()
    endif()
  endforeach()
endfunction()

# The simulator's self-test (registered without portalkeys_add_test): its answers are checked too.
function(portalkeys_contract_record_selftest name)
  if(portalkeys_contract_enabled)
    portalkeys_contract_record_test(${name})
  endif()
endfunction()
