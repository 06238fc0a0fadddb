// SPDX-License-Identifier: Apache-2.0
#include "survey/records/canonical_json.h"

#include "survey/hashing/sha256.h"

namespace survey::records {

std::string canonicalJson(const nlohmann::json& value) {
    // nlohmann::json keeps object keys in a std::map, so dump() is already key-sorted.
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

std::string recordHash(const nlohmann::json& value) {
    return hashing::sha256Hex(canonicalJson(value));
}

} // namespace survey::records
