// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "measure/decimal_text.h"

#include <QString>

namespace survey::app {

/// What is wrong with a typed length or height for the surveyor (empty when nothing, or
/// when the text is empty: what is missing is said once, for the whole part).
QString lengthError(const DecimalText& typed);

/// As lengthError, but 0 is a fine coordinate: the outline starts at a corner (0, 0).
QString coordinateError(const DecimalText& typed);

} // namespace survey::app
