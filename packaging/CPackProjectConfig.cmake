# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
  # CPackDeb puts the package-wide summary in front of each component's own synopsis and description unless it is
  # CPack's default; the components' descriptions (CPackSettings.cmake) start with their synopsis.
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
if(CPACK_GENERATOR STREQUAL "DragNDrop")
  # The DMG holds the app bundle, which macdeployqt made self-contained; the command line comes through Homebrew.
  set(CPACK_COMPONENTS_ALL gui)
endif()
