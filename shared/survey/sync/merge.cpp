// SPDX-License-Identifier: Apache-2.0
#include "survey/sync/merge.h"

namespace survey::sync {

using nlohmann::json;

namespace {
const json& valueOr(const json& obj, const std::string& key, const json& fallback) {
    if (!obj.is_object())
        return fallback;
    auto it = obj.find(key);
    return it == obj.end() ? fallback : *it;
}
} // namespace

MergeResult mergeFields(const json& base, const json& server, const json& client) {
    static const json kNull;
    MergeResult out;
    out.merged = server.is_object() ? server : json::object();
    for (const auto& [key, clientValue] : client.items()) {
        const json& serverValue = valueOr(server, key, kNull);
        const json& baseValue = valueOr(base, key, kNull);
        if (clientValue == serverValue)
            continue; // both sides agree already
        if (serverValue == baseValue) {
            out.merged[key] = clientValue; // only the device changed it
            out.changed = true;
        } else if (clientValue == baseValue) {
            continue; // only the server changed it; the device sent its old value
        } else {
            out.conflicts.push_back({key, baseValue, serverValue, clientValue});
        }
    }
    return out;
}

} // namespace survey::sync
