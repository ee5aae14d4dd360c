# Packages: DEB and RPM on Linux (one package per component: portalkeys-cli, portalkeys, portalkeys-dbg /
# portalkeys-debuginfo), a WiX installer on Windows, a DMG on macOS. A CLI-only build (PORTALKEYS_GUI=OFF) makes
# the portalkeys-cli packages alone.
set(CPACK_PACKAGE_NAME portalkeys)
set(CPACK_PACKAGE_VENDOR "PortalKeys")
set(CPACK_PACKAGE_CONTACT "${PORTALKEYS_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY PortalKeys)
set(CPACK_PACKAGE_EXECUTABLES portalkeys PortalKeys)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/CPackProjectConfig.cmake)
set(CPACK_STRIP_FILES OFF) # DebugInfo.cmake strips, keeping the debug info apart
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)

set(components cli)
if(PORTALKEYS_GUI)
  list(APPEND components gui)
endif()
if(PORTALKEYS_SPLIT_DEBUG)
  list(APPEND components debug)
endif()
set(CPACK_COMPONENTS_ALL ${components})

set(about [=[
PortalKeys is a desktop application and a command-line tool for the people
who run ONLYOFFICE portals (DocSpace, and Workspace / Community Server):
third-party authorization keys (Google, Dropbox, OneDrive, Twilio, S3 and
others), OAuth 2.0 apps, API keys and JSON Web Tokens. Secrets live only in
the system's keychain (the Secret Service) or in memory, never in a file or
a log.]=])
set(summary_cli "Command-line tool for ONLYOFFICE portal keys, tokens and OAuth apps")
set(summary_gui "Keys, tokens and OAuth apps for ONLYOFFICE portals")
set(summary_debug "Debug symbols for PortalKeys")
set(body_cli "${about}\n\nThis package holds the command-line tool portalkeys-cli.")
set(body_gui "${about}\n\nThis package holds the desktop application.")
set(body_debug "The debug information of portalkeys-cli and portalkeys, for debuggers\nand crash reports.")
set(CPACK_COMPONENT_CLI_DISPLAY_NAME "PortalKeys command line")
set(CPACK_COMPONENT_GUI_DISPLAY_NAME "PortalKeys")
set(CPACK_COMPONENT_DEBUG_DISPLAY_NAME "PortalKeys debug symbols")
foreach(component cli gui debug)
  string(TOUPPER ${component} upper)
  set(CPACK_COMPONENT_${upper}_DESCRIPTION "${summary_${component}}")
  # Debian: the first line is the synopsis, the rest the extended description.
  set(CPACK_DEBIAN_${upper}_DESCRIPTION "${summary_${component}}\n${body_${component}}")
  set(CPACK_RPM_${upper}_PACKAGE_SUMMARY "${summary_${component}}")
  set(CPACK_RPM_${upper}_PACKAGE_DESCRIPTION "${body_${component}}")
endforeach()
set(CPACK_COMPONENT_DEBUG_DISABLED ON) # not offered by default in the Windows and macOS installers

# Debian: names and file names as Debian builds them, dependencies found by dpkg-shlibdeps.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_CLI_PACKAGE_NAME portalkeys-cli)
# QtKeychain loads libsecret at run time without declaring it; gnome-keyring or KWallet provide the service.
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_GUI_PACKAGE_NAME portalkeys)
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "libsecret-1-0, hicolor-icon-theme")
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "portalkeys-cli, gnome-keyring | kwalletmanager | keepassxc, fonts-dejavu-core")
set(CPACK_DEBIAN_DEBUG_PACKAGE_NAME portalkeys-dbg)
set(CPACK_DEBIAN_DEBUG_PACKAGE_SECTION debug)
set(CPACK_DEBIAN_DEBUG_PACKAGE_SHLIBDEPS OFF)
set(debian_version "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
if(PORTALKEYS_GUI)
  set(CPACK_DEBIAN_DEBUG_PACKAGE_DEPENDS "portalkeys-cli (= ${debian_version}) | portalkeys (= ${debian_version})")
else()
  set(CPACK_DEBIAN_DEBUG_PACKAGE_DEPENDS "portalkeys-cli (= ${debian_version})")
endif()

# RPM: dependencies found by rpmbuild's automatic requirements (autoreq), folders owned by filesystem left out.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_CLI_PACKAGE_NAME portalkeys-cli)
set(CPACK_RPM_CLI_PACKAGE_REQUIRES "libsecret")
set(CPACK_RPM_CLI_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_GUI_PACKAGE_NAME portalkeys)
set(CPACK_RPM_GUI_PACKAGE_REQUIRES "libsecret, hicolor-icon-theme")
set(CPACK_RPM_GUI_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_DEBUG_PACKAGE_NAME portalkeys-debuginfo)
set(CPACK_RPM_DEBUG_PACKAGE_AUTOREQ OFF)
set(CPACK_RPM_SPEC_MORE_DEFINE "%define __strip /bin/true\n%define __brp_strip /bin/true")
set(rpm_dirs /usr/share/man /usr/share/man/man1 /usr/share/applications /usr/share/metainfo /usr/share/icons
    /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/share/bash-completion /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/site-functions
    /usr/share/zsh/vendor-completions /usr/share/fish /usr/share/fish/vendor_completions.d /usr/lib/debug
    /usr/lib/debug/.build-id)
foreach(size ${PORTALKEYS_ICON_SIZES})
  list(APPEND rpm_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_dirs})

if(WIN32)
  set(CPACK_GENERATOR WIX ZIP)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB TGZ)
  find_program(RPMBUILD rpmbuild)
  if(RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
  endif()
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
include(CPack)
