// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace survey::households {

/// The street (街巷) of a 坐落 address, by which teams and the back office group
/// households: the text after the last administrative unit (省/市/区/县/镇/乡/街道) and
/// before the house number, trimmed, e.g. "湖北省武汉市武昌区示范路12号" → "示范路",
/// "和平街道人民路128号" → "人民路". An address without a number ends its own street. The
/// schema keeps only the address, so the tablet and the server derive it with this one
/// function.
std::string streetOf(std::string_view address);

} // namespace survey::households
