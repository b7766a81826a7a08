# One helper per kind of target, so warnings, sanitizers and aliases are set in one place.

# Warnings (errors with GREENLIGHT_WERROR) and sanitizers for our own targets only.
function(greenlight_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(GREENLIGHT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(GREENLIGHT_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# greenlight_add_library(<name> ALIAS <Namespace::Name> SOURCES ...)
function(greenlight_add_library name)
    cmake_parse_arguments(ARG "" "ALIAS" "SOURCES" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    add_library(${ARG_ALIAS} ALIAS ${name})
    greenlight_target_defaults(${name})
    if(GREENLIGHT_SANITIZE)
        # Consumers of a sanitized static library must link the runtimes too.
        target_link_options(${name} INTERFACE -fsanitize=address,undefined)
    endif()
endfunction()
