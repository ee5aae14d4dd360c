# The desktop file, the AppStream metainfo and the icon in every hicolor size, for the gui component.
if(NOT PORTALKEYS_GUI)
  return()
endif()

install(FILES ${PORTALKEYS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT gui)
install(FILES ${PORTALKEYS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT gui)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/portalkeys.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${PORTALKEYS_APP_ID}.svg COMPONENT gui)

# Menus and software centres on older desktops pick a PNG of the exact size; rsvg-convert renders them from the SVG.
set(PORTALKEYS_ICON_SIZES 16 22 24 32 48 64 128 256 512)
find_program(RSVG_CONVERT rsvg-convert)
if(NOT RSVG_CONVERT)
  message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): only the scalable icon is installed")
  return()
endif()
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/portalkeys.svg)
set(icon_pngs)
foreach(size ${PORTALKEYS_ICON_SIZES})
  set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${PORTALKEYS_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}
    COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${icon_svg}
    DEPENDS ${icon_svg} VERBATIM)
  list(APPEND icon_pngs ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT gui)
endforeach()
add_custom_target(portalkeys_icons ALL DEPENDS ${icon_pngs})
