// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>
#include <string_view>

namespace survey::households {

/// A wire code and its Chinese label, e.g. {"private", "私有"}.
struct CodeLabel {
    std::string_view code;
    std::string_view label;
};

std::span<const CodeLabel> tenureCodes();        ///< 权属
std::span<const CodeLabel> useCodes();           ///< 批准用途 / 实际用途
std::span<const CodeLabel> landTypeCodes();      ///< 土地性质
std::span<const CodeLabel> structureCodes();     ///< 结构 01..06
std::span<const CodeLabel> relationCodes();      ///< 与户主关系
std::span<const CodeLabel> statusCodes();        ///< household status, domain.md §7 order
std::span<const CodeLabel> recognitionCodes();   ///< 认定 status, domain.md §6
std::span<const CodeLabel> photoCategoryCodes(); ///< 照片类别, domain.md §4

/// The label for `code` in `table`, or the code itself when unknown (never empty for input).
std::string_view labelFor(std::span<const CodeLabel> table, std::string_view code);
/// True when `code` is in `table`.
bool isKnownCode(std::span<const CodeLabel> table, std::string_view code);

} // namespace survey::households
