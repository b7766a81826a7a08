// Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF). Text that is not, a reason typed on a Latin-1 terminal for instance, is refused where
// it would enter a record others must read back byte for byte.
#pragma once

#include <string_view>

namespace greenlight {

bool isValidUtf8(std::string_view text);

} // namespace greenlight
