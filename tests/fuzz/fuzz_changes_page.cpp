// SPDX-License-Identifier: Apache-2.0
// A page of the server's change cursor as the tablet parses it before writing the changes
// into its local store. An accepted page must survive one trip through its own encoding
// unchanged, and the fields of known entities go through the catalogue check the tablet
// applies to pulled rows.
#include "fuzz_check.h"
#include "survey/records/entity_catalog.h"
#include "survey/records/record_store.h"
#include "survey/sync/protocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using survey::fuzz::check;
    using survey::sync::ChangesPage;
    const auto body = nlohmann::json::parse(data, data + size, nullptr, false);
    if (body.is_discarded())
        return 0;
    auto parsed = survey::sync::parseChangesPage(body);
    if (!std::holds_alternative<ChangesPage>(parsed))
        return 0;
    const auto& page = std::get<ChangesPage>(parsed);
    check(page.changes.size() == body.at("changes").size(), "one change per entry");
    const auto wire = survey::sync::toJson(page);
    auto again = survey::sync::parseChangesPage(wire);
    check(std::holds_alternative<ChangesPage>(again) &&
              survey::sync::toJson(std::get<ChangesPage>(again)) == wire,
          "an accepted changes page round-trips through its wire form");
    for (const auto& change : page.changes) {
        check(change.fields.is_object(), "pulled fields are an object");
        if (const auto* entity = survey::records::findEntity(change.entity))
            survey::records::validateFields(*entity, change.fields, true);
    }
    return 0;
}
