# One interface target carries the compile settings every Centrale target shares,
# so a new library cannot silently build with weaker warnings or a different standard.
add_library(centrale_settings INTERFACE)
target_compile_features(centrale_settings INTERFACE cxx_std_20)
target_compile_definitions(centrale_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(centrale_settings INTERFACE -Wall -Wextra -Wpedantic)

option(CENTRALE_WERROR "Treat warnings as errors" OFF)
if(CENTRALE_WERROR)
    target_compile_options(centrale_settings INTERFACE -Werror)
endif()

option(CENTRALE_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
if(CENTRALE_SANITIZE)
    target_compile_options(centrale_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(centrale_settings INTERFACE -fsanitize=address,undefined)
endif()
