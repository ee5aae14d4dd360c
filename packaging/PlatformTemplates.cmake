# Windows and macOS: version resources and icon, the bundle's Info.plist, Qt deployment at install time and the
# installer settings. The templates are rendered on every platform (into templates/), so a Linux build checks
# they configure (tests/packaging); they are used only where they belong.
set(templates ${CMAKE_CURRENT_BINARY_DIR}/templates)

# Windows: one .rc per executable, with the version and the icon.
foreach(RC_NAME portalkeys portalkeys-cli)
  set(RC_FILE_NAME ${RC_NAME}.exe)
  set(RC_ICON ${PROJECT_SOURCE_DIR}/resources/portalkeys.ico)
  set(RC_DESCRIPTION "PortalKeys")
  if(RC_NAME STREQUAL "portalkeys-cli")
    set(RC_DESCRIPTION "PortalKeys command line")
  endif()
  configure_file(windows/portalkeys.rc.in ${templates}/${RC_NAME}.rc @ONLY)
  if(WIN32 AND TARGET ${RC_NAME})
    target_sources(${RC_NAME} PRIVATE ${templates}/${RC_NAME}.rc)
  endif()
endforeach()

# macOS: Info.plist as CMake fills it for the bundle (rendered here with the same values, to check it).
set(MACOSX_BUNDLE_EXECUTABLE_NAME portalkeys)
set(MACOSX_BUNDLE_ICON_FILE portalkeys.icns)
set(MACOSX_BUNDLE_GUI_IDENTIFIER ${PORTALKEYS_APP_ID})
set(MACOSX_BUNDLE_BUNDLE_NAME PortalKeys)
set(MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
set(MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
set(MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 PortalKeys developers. GPL-3.0-or-later.")
configure_file(macos/Info.plist.in ${templates}/Info.plist)
if(APPLE AND TARGET portalkeys)
  set(icns ${PROJECT_SOURCE_DIR}/resources/portalkeys.icns)
  target_sources(portalkeys PRIVATE ${icns})
  set_source_files_properties(${icns} TARGET_DIRECTORY portalkeys PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  set_target_properties(portalkeys PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_ICON_FILE portalkeys.icns
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "${MACOSX_BUNDLE_COPYRIGHT}")
endif()

# Qt's libraries and plugins next to the executables (Windows) or inside the bundle (macOS), at install time.
set(qt_bin)
if(TARGET Qt6::qmake)
  get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
  get_filename_component(qt_bin "${qmake}" DIRECTORY)
endif()
if(WIN32)
  find_program(WINDEPLOYQT windeployqt HINTS "${qt_bin}" REQUIRED)
  foreach(program portalkeys portalkeys-cli)
    set(component gui)
    set(extra)
    if(program STREQUAL "portalkeys-cli")
      set(component cli)
      # Qt Gui and its image plugins for the icon module that oauth-app icon loads (app/cli/CMakeLists.txt).
      set(extra "\"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/$<TARGET_FILE_NAME:portalkeys_icon_module>\"")
    endif()
    if(TARGET ${program})
      install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-compiler-runtime --no-translations
                      \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/${program}.exe\" ${extra} COMMAND_ERROR_IS_FATAL ANY)"
              COMPONENT ${component})
    endif()
  endforeach()
  set(CPACK_WIX_UPGRADE_GUID "6E7A3D2C-52B8-4F0A-9C1D-3B5E8A4F7D21")
  set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/portalkeys.ico)
  set(CPACK_WIX_PROGRAM_MENU_FOLDER PortalKeys)
  set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
elseif(APPLE AND TARGET portalkeys)
  find_program(MACDEPLOYQT macdeployqt HINTS "${qt_bin}" REQUIRED)
  install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/portalkeys.app\" -always-overwrite
                  COMMAND_ERROR_IS_FATAL ANY)" COMPONENT gui)
  set(CPACK_DMG_VOLUME_NAME PortalKeys)
  set(CPACK_DMG_FORMAT UDZO)
endif()
