# Project-wide compiler settings, applied to every target through icc_compiler_options.
add_library(icc_compiler_options INTERFACE)
target_compile_options(icc_compiler_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(icc_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(ICC_WARNINGS_AS_ERRORS)
    target_compile_options(icc_compiler_options INTERFACE -Werror)
endif()

if(ICC_SANITIZERS)
    target_compile_options(icc_compiler_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(icc_compiler_options INTERFACE -fsanitize=address,undefined)
endif()
