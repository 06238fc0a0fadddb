// SPDX-License-Identifier: Apache-2.0
// The three-way field merge a push goes through when base_rev is behind. The input is
// three JSON documents on three lines: base, server, client. Besides "no crash" it checks
// the promises of merge.h: the device's data is never silently lost, the server's changes
// are kept, and `changed` tells the truth.
#include "fuzz_check.h"
#include "survey/records/canonical_json.h"
#include "survey/sync/merge.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using nlohmann::json;
using survey::fuzz::check;

const json kNull;

const json& member(const json& obj, const std::string& key) {
    if (!obj.is_object())
        return kNull;
    auto it = obj.find(key);
    return it == obj.end() ? kNull : *it;
}

std::string_view nextLine(std::string_view& rest) {
    const auto end = rest.find('\n');
    const auto line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    return line;
}

// The invariants hold for records, which are objects; other shapes only must not crash.
void checkRecordMerge(const json& base, const json& server, const json& client,
                      const survey::sync::MergeResult& result) {
    check(result.merged.is_object(), "merged record is an object");
    for (const auto& [key, value] : server.items())
        if (!client.contains(key))
            check(result.merged.at(key) == value, "fields the device did not send stay");
    for (const auto& [key, clientValue] : client.items()) {
        const json& serverValue = member(server, key);
        const json& baseValue = member(base, key);
        const json& mergedValue = member(result.merged, key);
        bool conflicted = false;
        for (const auto& c : result.conflicts)
            conflicted = conflicted || c.field == key;
        if (conflicted)
            check(mergedValue == serverValue && serverValue != baseValue &&
                      clientValue != baseValue && clientValue != serverValue,
                  "a conflict keeps the server value and is a real two-sided change");
        else
            check(mergedValue == clientValue ||
                      (mergedValue == serverValue && clientValue == baseValue),
                  "the device's value is taken unless it is the stale base value");
    }
    check(result.changed == (result.merged != server), "changed tells whether merged differs");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    json docs[3];
    for (auto& doc : docs) {
        doc = json::parse(nextLine(rest), nullptr, false);
        if (doc.is_discarded())
            return 0;
    }
    const auto& [base, server, client] = docs;
    const auto result = survey::sync::mergeFields(base, server, client);
    if ((base.is_object() || base.is_null()) && server.is_object() && client.is_object())
        checkRecordMerge(base, server, client, result);
    // The merged record is stored and hashed next.
    survey::records::canonicalJson(result.merged);
    return 0;
}
