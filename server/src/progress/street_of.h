// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace survey::server::progress {

/// The street (路/街/巷/道/里/弄/村) of a Chinese address, for progress per street: the text
/// after the last administrative unit (省/市/区/县/镇/乡) up to and including the first
/// street word, e.g. "湖北省武汉市武昌区示范路12号" → "示范路". Empty when there is none.
std::string streetOf(std::string_view address);

} // namespace survey::server::progress
