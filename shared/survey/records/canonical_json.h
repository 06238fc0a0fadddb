// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace survey::records {

/// The one byte-exact encoding used for hashing: object keys sorted, no whitespace,
/// UTF-8 kept as is (not \u-escaped). Invalid UTF-8 throws rather than hashing garbage.
std::string canonicalJson(const nlohmann::json& value);

/// Appends canonicalJson(value) to `out`: for texts that are built piece by piece.
void appendCanonicalJson(std::string& out, const nlohmann::json& value);

/// Appends canonicalJson of the string `text` (quoted, escaped) without building a json
/// value: for the hashed texts written once per pushed change.
void appendCanonicalString(std::string& out, std::string_view text);

/// SHA-256 (hex) of canonicalJson(value).
std::string recordHash(const nlohmann::json& value);

} // namespace survey::records
