// SPDX-License-Identifier: Apache-2.0
#include "survey/records/canonical_json.h"

#include "survey/hashing/sha256.h"

#include <algorithm>

namespace survey::records {

std::string canonicalJson(const nlohmann::json& value) {
    // nlohmann::json keeps object keys in a std::map, so dump() is already key-sorted.
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

void appendCanonicalString(std::string& out, std::string_view text) {
    // Printable ASCII is what nlohmann writes as is, with '"' and '\\' escaped by a
    // backslash; anything else (control characters, UTF-8 it validates) goes through it.
    const bool plain =
        std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
    if (!plain) {
        out += canonicalJson(nlohmann::json(text));
        return;
    }
    out.reserve(out.size() + text.size() + 2);
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

std::string recordHash(const nlohmann::json& value) {
    return hashing::sha256Hex(canonicalJson(value));
}

} // namespace survey::records
