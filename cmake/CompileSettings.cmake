# One interface target with the settings every PortalKeys target compiles with.
add_library(portalkeys_settings INTERFACE)
add_library(PortalKeys::settings ALIAS portalkeys_settings)

target_compile_definitions(portalkeys_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  PORTALKEYS_VERSION="${PROJECT_VERSION}"
  PORTALKEYS_QTKEYCHAIN_VERSION="${Qt6Keychain_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(portalkeys_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -fstack-protector-strong)
  target_link_options(portalkeys_settings INTERFACE
    $<$<PLATFORM_ID:Linux>:-Wl,-z,relro,-z,now,-z,noexecstack>)
  if(PORTALKEYS_WERROR)
    target_compile_options(portalkeys_settings INTERFACE -Werror)
  endif()
  if(PORTALKEYS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "PORTALKEYS_FUZZ needs clang (libFuzzer): use the `fuzz` preset")
    endif()
    # Coverage for libFuzzer in every object; the harnesses themselves link with -fsanitize=fuzzer.
    target_compile_options(portalkeys_settings INTERFACE
      -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(portalkeys_settings INTERFACE -fsanitize=address,undefined)
  elseif(PORTALKEYS_SANITIZE)
    target_compile_options(portalkeys_settings INTERFACE
      -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(portalkeys_settings INTERFACE -fsanitize=address,undefined)
  else()
    # _FORTIFY_SOURCE needs optimisation and conflicts with AddressSanitizer.
    target_compile_options(portalkeys_settings INTERFACE
      $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
  endif()
elseif(MSVC)
  target_compile_options(portalkeys_settings INTERFACE /W4 /permissive- /utf-8 /guard:cf
    $<$<BOOL:${PORTALKEYS_WERROR}>:/WX>)
  target_link_options(portalkeys_settings INTERFACE /guard:cf /DYNAMICBASE /HIGHENTROPYVA)
endif()
