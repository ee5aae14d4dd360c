# Translation tests (included by tests/CMakeLists.txt; see cmake/Translations.cmake for the .ts files).

portalkeys_add_test(tst_translations SOURCES core/tst_translations.cpp LIBS PortalKeys::core)
target_compile_definitions(tst_translations PRIVATE
  PORTALKEYS_LRELEASE_PATH="$<$<TARGET_EXISTS:Qt6::lrelease>:$<TARGET_FILE:Qt6::lrelease>>")

if(NOT Python3_FOUND)
  return()
endif()

# The catalog's texts reach the .ts files through a generated source, which must follow services.json.
add_test(NAME catalog_strings_up_to_date
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/resources/catalog/catalog-strings.py --check)

if(NOT TARGET Qt6::lupdate OR NOT TARGET Qt6::lrelease)
  return()
endif()

# Every shipped language's .ts files hold every message of the sources, all finished (skipped while
# PORTALKEYS_SHIPPED_LANGUAGES, in cmake/Translations.cmake, is empty).
get_property(translation_layers GLOBAL PROPERTY PORTALKEYS_TRANSLATION_LAYERS)
set(layer_arguments "")
foreach(layer IN LISTS translation_layers)
  get_property(layer_sources GLOBAL PROPERTY PORTALKEYS_TRANSLATION_SOURCES_${layer})
  string(REPLACE ";" "," layer_sources "${layer_sources}")
  list(APPEND layer_arguments --layer "${layer}=${layer_sources}")
endforeach()
string(REPLACE ";" "," shipped_languages "${PORTALKEYS_SHIPPED_LANGUAGES}")
add_test(NAME translations_complete
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/support/check-ts-complete.py
    --lupdate $<TARGET_FILE:Qt6::lupdate> --root ${PROJECT_SOURCE_DIR}
    "--languages=${shipped_languages}" "--options=${PORTALKEYS_LUPDATE_OPTIONS}" ${layer_arguments})
set_tests_properties(translations_complete PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)

# A pseudo-translation of every message of every layer ("⟦…⟧"), made from the current sources at build
# time: whatever a test sees outside the brackets never passed through the translator.
file(GLOB_RECURSE pseudo_sources CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
  ${PROJECT_SOURCE_DIR}/imaging/*.cpp ${PROJECT_SOURCE_DIR}/imaging/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
set(pseudo_dir ${CMAKE_CURRENT_BINARY_DIR}/pseudo)
set(pseudo_qm ${pseudo_dir}/portalkeys_pseudo.qm)
add_custom_command(OUTPUT ${pseudo_qm}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${pseudo_dir}/all.ts
  COMMAND $<TARGET_FILE:Qt6::lupdate> ${PORTALKEYS_LUPDATE_OPTIONS} core imaging ui app -ts ${pseudo_dir}/all.ts
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/support/pseudo-translate.py
    ${pseudo_dir}/all.ts ${pseudo_dir}/pseudo.ts
  COMMAND $<TARGET_FILE:Qt6::lrelease> -silent ${pseudo_dir}/pseudo.ts -qm ${pseudo_qm}
  DEPENDS ${pseudo_sources} ${CMAKE_CURRENT_SOURCE_DIR}/support/pseudo-translate.py
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "Pseudo-translating every message for the untranslated-string tests"
  VERBATIM)
add_custom_target(portalkeys_pseudo_translation DEPENDS ${pseudo_qm})

# The command line's help, every line of it translated.
portalkeys_add_test(tst_clitranslated SOURCES cli/tst_clitranslated.cpp LIBS PortalKeys::core)
add_dependencies(tst_clitranslated portalkeys-cli portalkeys_pseudo_translation)
target_compile_definitions(tst_clitranslated PRIVATE PORTALKEYS_PSEUDO_QM="${pseudo_qm}")

if(PORTALKEYS_GUI)
  # Every page and the main dialogs, every visible text translated.
  portalkeys_add_test(tst_untranslated SOURCES ui/tst_untranslated.cpp LIBS portalkeys_ui GUI)
  add_dependencies(tst_untranslated portalkeys_pseudo_translation)
  target_compile_definitions(tst_untranslated PRIVATE PORTALKEYS_PSEUDO_QM="${pseudo_qm}")
endif()
