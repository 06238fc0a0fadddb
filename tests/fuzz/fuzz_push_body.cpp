// SPDX-License-Identifier: Apache-2.0
// A push body as the server receives it from a tablet: JSON parse, the protocol parser,
// per-change field validation against the catalogue, the area rules for parts, and the
// canonical encoding that records are hashed with. Beyond "no crash, no UB" it checks that
// an accepted push round-trips through its own wire form unchanged and that the canonical
// encoding is a fixed point.
#include "fuzz_check.h"
#include "survey/measure/area_rules.h"
#include "survey/records/canonical_json.h"
#include "survey/records/entity_catalog.h"
#include "survey/records/record_store.h"
#include "survey/sync/protocol.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using nlohmann::json;
using survey::fuzz::check;
namespace measure = survey::measure;

// The part fields as the server turns them into geometry once validateFields has accepted
// their types: integers taken as int64, whatever their JSON signedness.
measure::PartGeometry geometryOf(const json& fields, measure::PartKind kind) {
    measure::PartGeometry g;
    g.kind = kind;
    if (auto it = fields.find("lengths_mm"); it != fields.end() && it->is_array())
        for (const auto& v : *it)
            g.lengthsMm.push_back(v.get<std::int64_t>());
    if (auto it = fields.find("vertices_mm"); it != fields.end() && it->is_array())
        for (const auto& v : *it)
            g.verticesMm.push_back({v[0].get<std::int64_t>(), v[1].get<std::int64_t>()});
    if (auto it = fields.find("height_mm"); it != fields.end() && it->is_number_integer())
        g.heightMm = it->get<std::int64_t>();
    if (auto it = fields.find("sill_mm"); it != fields.end() && it->is_number_integer())
        g.sillMm = it->get<std::int64_t>();
    return g;
}

void checkPartArea(const json& fields) {
    auto kind = fields.find("kind");
    if (kind == fields.end() || !kind->is_string())
        return;
    const auto code = measure::partKindFromCode(kind->get<std::string>());
    if (!code)
        return;
    const auto area = measure::computePartArea(geometryOf(fields, *code));
    check(area.ok == area.error.empty(), "part area: ok exactly when there is no error");
    check(!area.ok || (area.areaDm2 >= 0 && !area.rule.empty()),
          "part area: an accepted part has a non-negative area and a rule text");
}

void checkCanonical(const json& fields) {
    // Parsed JSON holds only valid UTF-8, so the strict encoder must not throw here.
    const std::string canonical = survey::records::canonicalJson(fields);
    const json reparsed = json::parse(canonical, nullptr, false);
    check(reparsed == fields, "canonical JSON parses back to the same value");
    check(survey::records::canonicalJson(reparsed) == canonical,
          "canonical JSON of its own output is the same bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const json body = json::parse(data, data + size, nullptr, false);
    if (body.is_discarded())
        return 0;
    // The server refuses deep bodies by counting on the text, before it parses. nlohmann
    // stops at a NUL byte (the server refuses those bodies); up to one the count is exact.
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const bool textDeep = survey::sync::textNestsDeeperThan(text, survey::sync::kMaxJsonNesting);
    const bool parsedDeep = survey::sync::nestsDeeperThan(body, survey::sync::kMaxJsonNesting);
    check(textDeep || !parsedDeep, "the depth counted on the text is never less than parsed");
    check(text.find('\0') != std::string_view::npos || textDeep == parsedDeep,
          "without a NUL byte the depth counted on the text is the parsed document's");
    auto parsed = survey::sync::parsePushRequest(body);
    if (const auto* error = std::get_if<survey::errors::ApiError>(&parsed)) {
        check(!error->message.empty(), "a rejected push says why");
        return 0;
    }
    const auto& request = std::get<survey::sync::PushRequest>(parsed);
    check(survey::sync::isValidId(request.deviceId), "accepted device_id is a valid id");
    check(request.changes.size() <= survey::sync::kMaxChangesPerPush, "change count is capped");

    const json wire = survey::sync::toJson(request);
    auto again = survey::sync::parsePushRequest(wire);
    check(std::holds_alternative<survey::sync::PushRequest>(again) &&
              survey::sync::toJson(std::get<survey::sync::PushRequest>(again)) == wire,
          "an accepted push round-trips through its wire form");

    for (const auto& change : request.changes) {
        check(survey::sync::isValidId(change.changeId) && survey::sync::isValidId(change.id),
              "accepted change ids are valid ids");
        check(change.baseRev >= 0, "accepted base_rev is non-negative");
        check(change.fields.is_object(), "accepted fields are an object");
        const auto* entity = survey::records::findEntity(change.entity);
        if (!entity)
            continue;
        const bool valid =
            !survey::records::validateFields(*entity, change.fields, change.baseRev == 0);
        if (valid && entity->name == "part")
            checkPartArea(change.fields);
        checkCanonical(change.fields);
    }
    return 0;
}
