# Warnings on for our own targets; sanitizers for the whole build when asked.
add_library(survey_warnings INTERFACE)
target_compile_options(survey_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)

if(SURVEY_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
